"""Not knowing or not remembering, in more voices (kept apart from `vague`, at its size limit).

"I forgot" with nothing after it (not "I forgot to pay", an errand, nor "oh I forgot, I live in
Durban", an aside), Scottish and Irish "cannae mind", "not a clue", "haven't the foggiest",
"God knows" (not "God knows why they charge so much"), "search me",
"your guess is as good as mine", "not 100% sure", "uncertain", "lost track", "drawing a blank",
"slipped my mind", "never added it up", "changes every month", "不固定，有时多有时少", chat
spellings ("iunno", "donno", "i dont no", "ion know"), "all I know is…" about something else,
Northeastern "整不明白"; Cantonese "唔知" (唔 reads as 不),
"知唔到", Sichuan "晓不得", "记不到了", Hokkien "毋知", "不知影", "每个月不一样", "心里没数",
"没概念", Wu "勿清爽", "问俺也白问", "账单…从来不看", "有点复杂" ("it's complicated"), "俺也不懂
这些", "hard to explain", "don't really understand tech"; the answer left to what the question
counts ("这得看怎么算", "看你怎么定义", "算不算得看你", "这咋算呢，…" with the case told; not
"看看怎么算钱"). Only judged where
`vague.is_vague` is, so a value given with them ("forgot, maybe 50") still stands; searched only
when a cheap literal is in the message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

_TRIGGER = re.compile(
    r"forg|mind|clue|foggiest|notion|knows|search me|guess|sure|certain|track|count|blank|blur"
    r"|idea|hazy|fuzzy|slip|escape|never|every month|month to month|fluctuat|iunno|dno|donno"
    r"|duno|dk|白问|问不出"
    r"|idek|dont no|don't no|ion |i on know|memory|不知|知不到|晓不得|记不到|忘|毋知|每个?月|每次"
    r"|没|清爽|拎不清|固定|多有时|时多|看|复杂|懂|一窍|解释|explain|describe|words|understand|stuff"
    r"|any of|tech|all i know|all we know|整不|讲不|么算|咋算|样算|何算"
)
# How to put it, whose 好 is no rating: "唔知点讲好", "不知该怎么讲好" (added to the lexicon
# with no slot, like the hedges of `not_words`).
PUT_INTO_WORDS = (
    "点讲好",
    "点样讲好",
    "点说好",
    "怎么讲好",
    "怎么说好",
    "怎样讲好",
    "怎样说好",
    "咋讲好",
    "咋说好",
    "如何讲好",
    "如何说好",
    "讲不好",
)

_SHRUGS = re.compile(
    # (only with nothing but fillers after it: "oh I forgot, I live in Durban" and "before I
    # forget, I'm 41" are asides)
    r"(?<!before )\b(?:i (?:totally |completely |just |kinda |kind of |clean )?(?:forget|forgot"
    r"|'ve forgotten|have forgotten)|^(?:kinda |totally |clean )?forg[eo]t)\b"
    r"(?=(?:[\s,.!?…]|exactly\b|now\b|tbh\b|lol\b|sorry\b|mate\b|honestly\b|haha\b)*$)"
    r"|\b(?:can'?t|cannae|canna|cannot|dinnae|do not|dont) (?:really )?mind\b"
    r"(?=\s*(?:$|[,.!?;]|now\b|exactly\b|tbh\b|lol\b|mate\b|sorry\b|to be honest\b))"
    r"|\b(?:not|haven'?t|have not|no)(?: got)? (?:a|the) (?:clue|foggiest)\b|\bthe foggiest\b"
    r"|\bno notion\b|\bno (?:bloody|freaking|frickin|friggin|fucking|effing|flipping|flippin"
    r"|earthly|real|damn|bleeding|blinking|blimmin|bloomin|flamin) (?:idea|clue)\b"
    r"|\b(?:god|lord|heaven|goodness|christ|allah) (?:only )?knows\b"
    r"(?!\s+(?:why|i\b|i'?ve|i'?m|we\b|we'?ve|they|you|how hard))"
    r"|(?:^|[,.!?;]\s*)search me\b|\byour guess is as good as mine\b"
    r"|\bnot (?:too|entirely|totally|completely|quite|that|100 ?%|a hundred percent|one hundred"
    r" percent|really|exactly|super|very) (?:sure|certain)\b|\bnot certain\b|\buncertain\b"
    r"|\b(?:lost|lose|losing) (?:track|count)\b"
    r"|\b(?:haven'?t|have not|never|don'?t|do not|not) (?:really )?(?:kept|keep|keeping) (?:track"
    r"|count)\b"
    r"|\bdraw(?:ing)? a blank\b|\bmind(?:'s| has| is)? (?:gone|going|went) blank\b"
    r"|\b(?:memory|mind)(?:'s| is)? (?:a bit |all )?(?:hazy|fuzzy|a blur)\b|\bit'?s all a blur\b"
    r"|\b(?:hazy|fuzzy) on (?:that|this|it|the (?:details|date|number|amount))\b"
    r"|\b(?:slipped|slips|escapes|escaped) (?:my )?(?:mind|me)\b"
    r"|\b(?:my )?memory(?:'s| is) (?:not what it (?:was|used to be)|terrible|bad|shocking|awful"
    r"|rubbish|hopeless|useless|gone)\b"
    r"|\bnever (?:really )?(?:checked|counted|worked it out|added it up|totted it up|totalled it"
    r"(?: up)?)(?=\s*(?:$|[,.!?;]|tbh\b|lol\b|mate\b|honestly\b))"
    r"|\b(?:changes|different|differs|varies|fluctuates) (?:every|each|from) month\b"
    r"|\bfluctuates\b"
    # knowing only something else: "all I know is the promo was $10 off"
    r"|\ball (?:i|we) know is\b"
    r"|\b(?:iunno|dno|donno|duno|dunnno|idek|ionno)\b|\bi (?:dont|don't|do not) no\b"
    r"(?=\s*(?:$|[,.!?;]))|\b(?:ion|i on) know\b|^dk[.!]*$"
    # Chinese
    r"|(?:^|[,，。\s我俺也都还])不知(?:道)?(?=$|[,，。.!！~…啊呀喔哦噢嘞咧耶欸诶呢啦了哩嘛])"
    r"|知不到|晓不得|记不到(?:了|喽|咯|啰|嘞)?(?=$|[,，。.!！~…])"
    r"|忘(?:记|掉|光)?(?:咯|喽|啰|嘞|哩|啦|鸟|求了)(?=$|[,，。.!！~…])"
    r"|[毋不]知影|毋知"
    r"|(?:每个?月|每次|月月)(?:都|的)?(?:不一样|不同|不固定|不定|有变化)"
    # not fixed, as a clause of its own: "不固定，有时多有时少" (not "时间不固定")
    r"|(?:^|[,，。\s])(?:都|也|比较|挺|很)?不(?:太)?固定(?=$|[,，。.!！~…的啊呀吧])"
    r"|有时(?:候)?多(?:[,，]\s*)?有时(?:候)?少|时多时少"
    r"|没(?:个)?准(?:数|儿)|心里没(?:个)?(?:数|底)"
    r"|(?:^|[,，。我俺也都])没(?:个)?数(?:过)?(?=$|[,，。.!！~…啊呀哦])"
    r"|(?:^|[,，。我俺也都])没(?:啥|什么)?概念(?=$|[,，。.!！~…啊呀哦])"
    r"|[勿弗伐不]清爽|拎不清"
    # no use asking the respondent: "你问俺也白问", "问我也没用" (not "问我也没用的套餐")
    r"|问(?:我|俺|咱)(?:也|都)?(?:是|等于)?(?:白问|没用|问不出)(?=$|[,，。.!！~…啊呀哦了]|的(?:$|[,，。.!！~…]))"
    # the bill never looked at, said after it: "账单都是短信发，俺从来不看"
    r"|(?:账单|话费|短信)[^。!！?？]{0,12}?[,，]\s*(?:我|俺)?(?:也|都|就)?(?:从来|从)(?:都)?不(?:看|查|翻)"
    # not understanding such things, in other voices: "俺也不懂这些", "咱不太懂", "对这些一窍不通"
    r"|(?:俺|咱|偶)(?:也|都|是)?不(?:太|大)?懂|一窍不通|整不(?:明白|懂|清楚?|明)"
    # hard to put into words: "hard to explain really", "很难解释", "解释不清" (not "客服解释不清
    # 为什么多扣钱" with more said: read only when no value was found)
    r"|\b(?:hard|difficult|tough|tricky|complicated) to (?:explain|describe|put into words)\b"
    r"|(?:不好|很难|难以|没法|说来)解释|解释不(?:清|来|了)"
    # not knowing how to put it: "唔知点讲好", "不知该怎么说", "讲不好" as a clause of its own
    # (not "我都唔知点讲", speechless at the question)
    r"|(?<!都)不知(?:道)?(?:该|要)?(?:点样?|怎么|怎样|咋|如何)(?:讲|说|形容)"
    r"|(?:^|[,，。\s我俺也都还真])讲不好(?=$|[,，。.!！~…啊呀哦呢诶欸])"
    # not understanding the technology: "don't really understand tech" ("sorry not very techy"
    # only apologises, mostly for a question back)
    r"|\b(?:don'?t|do not|never) (?:really |fully )?(?:understand|get) (?:tech|technology"
    r"|these things|this stuff|that stuff|the tech(?:nical)? (?:side|stuff)"
    r"|any of (?:that|this|it))\b"
    # "怎么说呢，有点复杂": "it's complicated", as a clause of its own (not "手续有点复杂")
    r"|(?:^|[,，。\s])(?:说来|情况|这个|关系|感情)?(?:有点|有些|挺|比较|蛮|很|太)?复杂(?:了|的|呢|啊|哈|吧)*"
    r"(?=$|[,，。.!！~…])"
)
# The answer left to what counts: "这得看怎么算", "要看你怎么定义", "看你说的是哪种", "算不算得看
# 你" (not "我看看怎么算钱", working a sum out). It hedges a bare "嗯" said before it too.
_DEFINITION = re.compile(
    r"(?<!看)看(?:你|您|你们)?(?:怎么|咋|如何)(?:算|定义|界定|理解|划分|说)(?![钱账费数服])"
    r"|看(?:你|您)(?:说|指|问)的是(?:什么|啥|哪种|哪个|哪些)|算不算(?:得|要|就)?看(?:你|您|怎么)"
)


# "这咋算呢，老人有时候过来住几天": wondering how it counts, then the case told (not alone, a
# question back, nor with the case asked about after it: "…，老人偶尔来住算吗？").
_HOW_COUNTED = re.compile(
    r"(?:^|(?<=[,，。\s]))(?:这|这个|那|那这|这可|这事儿?)?(?:可|得|要|该)?(?:咋|怎么|怎样|如何)算"
    r"(?:呢|啊|哦|嘞|咧|哇)?\s*[,，…。.]+\s*(?=[^?？]*[\u4e00-\u9fff][^?？]*$)(?!.*算(?:吗|么|不算))"
)


def shrugs(said: str) -> Iterator[re.Match[str]]:
    """Every phrase of this module in `said` (a lower-cased message, questions blanked)."""
    if _TRIGGER.search(said) is None:
        return iter(())
    return chain(_SHRUGS.finditer(said), definitions(said))


def definitions(said: str) -> Iterator[re.Match[str]]:
    """The answer left to what the question counts, in `said` ("这得看怎么算")."""
    found = _DEFINITION.finditer(said) if "看" in said else iter(())
    return chain(found, _HOW_COUNTED.finditer(said)) if "算" in said else found
