"""Statements about somebody other than the respondent, and options that are only asked about.

Respondents explain themselves through other people: "我朋友家有两个孩子", "my brother has fiber",
"隔壁老王说要换电信", "my dad's been with you 10 years", "my sister rates you a 2". None of these
is the respondent's value, and storing them is a false fill. A topic word (a child, an option, a
duration, a rating) is someone else's when a person other than the respondent is named earlier in
its clause and the respondent does not come back between that person and the word:

- "我姐的娃" and "my sister has three kids" are the sister's; "我姐帮我带孩子" is the respondent's
  child, because "我" comes back after the sister;
- relatives who may share the household (parents, partner, children) count as other people only
  where the slot is personal (an intention, a duration with us, a rating): "我妈要换" is her plan,
  but "我老婆带着两个孩子" are the respondent's children and "my wife set up fiber" is the
  household's service.

An option word that is only asked about ("光纤多少钱？", "how much is fiber?", "fiber? is that the
fast one?") states nothing either.
"""

from __future__ import annotations

import re

from bot.understanding.literal_gates import SplitGated, gated, split_gated
from bot.understanding.people import clause_before, topic_chain
from bot.understanding.ratings.scale_ends import asks_which_end

# People outside the respondent's household.
# A job word after "是", "当", "做" or "任", with up to three words of its own between
# ("当小学校长", "是部门经理"), is what the respondent or the person just named does, not somebody
# else.
_WORD_ZH = r"[^的我你他她们\W]"
_OWN_JOB_BEFORE = "".join(r"(?<![是当做任]" + _WORD_ZH * n + ")" for n in range(4))
OUTSIDE = (
    # (a 男朋友 or 女朋友 is a partner, no friend: "跟女朋友两个人住")
    r"(?<![男女])朋友|同事|闺蜜|室友|邻居|隔壁|同学|领导|老板|亲戚|舅舅|姑姑|叔叔|阿姨"
    r"|表[哥姐弟妹]|堂[哥姐弟妹]"
    # a group named by two kin words is one set of people ("跟姐妹们唱K", "和兄弟们开黑")
    r"|姐妹|兄弟|哥们"
    # Cantonese brothers and sisters: "我细佬" (younger brother), "家姐", "细妹"
    r"|细佬|家姐|细妹"
    r"|(?<![老])(?:哥哥?|姐姐?|弟弟?|妹妹?)(?!们?[俩两]?个?(?:孩子|娃))"
    r"|楼上|楼下|对门|那家|别人|大家|办公室|身边的?人|(?:好|很)(?:几|多)个?人|不少人"
    # somebody called by a common surname: "老张", "小李" (not the respondent's own: "叫我老周")
    r"|(?<![我是叫])[老小][张王李赵刘陈杨黄周吴徐胡朱郭何罗梁宋郑谢韩唐冯董曹袁邓许沈彭吕蒋蔡魏潘杜汪]"
    # people the respondent deals with at work or at home, none of them the respondent
    # (a student plan is a kind of plan: "学生套餐一个月29", "my student deal")
    r"|顾客|客人|房东|网友|外甥|侄子|侄女|舅妈|姑妈|姨妈|婶婶?|伯伯|伯母"
    # in-laws of the respondent's generation: "我嫂子家三个娃", "小姑子的孩子"
    r"|[大二三小]?嫂子?|姐夫|妹夫|弟媳|小姑子|小叔子|大伯子|[大小]?舅子|妯娌|连襟"
    # people named by their role ("班长儿子都上大学了"; not the respondent's own job, "我是班长",
    # "当小学校长", "我是大学生", "在公司当部门经理")
    r"|"
    + _OWN_JOB_BEFORE
    + r"(?:学生(?!套餐|卡|价|优惠|包|资费|党)|店员|员工|老师|班长|组长|队长|主任|经理"
    r"|总监|老总|客户|病人|患者|家长|保姆|租客|房客|校长)"
    # pupils named by their school year: "my Year 11s", "my grade 5s"
    r"|\b(?:year|grade)\s?\d{1,2}s\b"
    r"|\b(?:friends?|buddy|buddies|mates?|neighbou?rs?|colleagues?|co-?workers?|roommates?"
    r"|flatmates?|brothers?|sisters?|siblings?|cousins?|boss|classmates?|uncles?|aunt(?:ie|y)?s?"
    r"|office|bro|sis|tita|tito|kuya|oga"  # (Filipino aunt, uncle, elder brother; Nigerian boss)
    # superiors at work or school (not the respondent's own job: "I'm a headteacher")
    r"|(?<!\ba )(?<!\ban )(?:head(?:master|mistress|teacher)s?|principals?|supervisors?|managers?"
    r"|team ?leads?|team ?leaders?)"
    r"|students?(?!\s+(?:plan|deal|discount|package|tariff|sim|rate)\b)|pupils?|staff|employees?|landlord|landlady|nephews?|nieces?"
    r"|god(?:son|daughter|child|children|mother|father|parent)s?)"
    r"(?:'s|')?\b"
)
# Household members: other people for personal slots only.
HOUSEHOLD = (
    r"爸妈|父母|老爸|老妈|(?<![老])爸|(?<![老])妈|儿子|女儿|闺女|孩子|老公|老婆|媳妇|爱人|老[大二三幺](?!哥|姐)"
    # a child as "娃" ("娃周末要上钢琴课"; not a doll or a claw machine: "娃娃", "抓娃娃"; "带娃"
    # is the respondent's care and "娃睡了" a time of their own: "娃睡了看两集剧")
    r"|(?<![娃带])(?<!带完)(?<!带着)娃(?!娃|睡)"
    r"|男朋友|女朋友|男友|女友|对象|外孙[子女]?|孙[子女]|孙儿|老伴儿?"
    # elders of the family: "我奶奶八十多岁了"
    r"|奶奶|爷爷|外婆|外公|姥姥|姥爷"
    # parents and in-laws by their fuller names: "我母亲是十几年的老用户", "我婆婆的卡"
    r"|母亲|父亲|婆婆|公公|岳母|岳父|丈母娘|老丈人|女婿|儿媳"
    # parents and grandparents in dialect: "俺爹", "我老爹", "俺娘", "我老娘", "婆娘" (a wife),
    # Cantonese "老豆", Sichuan "我老汉", "俺爷", "俺奶", "俺姥" (not "坑爹", "爹味", "姑娘",
    # "新娘", "老娘" said of oneself, "娘家", "牛奶", "大爷")
    r"|(?<!坑)爹(?!味)|(?<![姑新老伴大])娘(?![家们儿子])|(?<=[我俺咱])(?:老娘|老汉|[爷奶姥](?![爷奶姥们]))"
    r"|老豆|(?<=[我俺])个(?:仔|女(?![朋友生孩人的]))"  # Cantonese "我个仔" (my son), "我个女"
    r"|\b(?:grand(?:sons?|daughters?|kids?|child|children))(?:'s|')?\b"
    r"|\b(?:mom|mum|mother|dad|father|parents?|son|daughter|kids?|wife|husband|family"
    r"|girlfriend|boyfriend|gf|bf|fianc[eé]e?|partner|hubby|wifey|missus)(?:'s|')?\b"
    r"|\b(?:my|our)\s+\d+[ -]?(?:yo|y/o|(?:years?|yrs?)[ -]old)\b"
    # a parent in dialect, after "my" or its spellings "me", "mi", "mih": "me da", "me mam"
    r"|(?:(?<=\bme )|(?<=\bmy )|(?<=\bmi )|(?<=\bmih ))(?:da|mam|mammy|maw|ma|pa|lola|lolo)\b"
    # grandparents, and parents as people call them: "my nan", "me gran", "my old man", "our mam"
    r"|\b(?:grand(?:ma|pa|mother|father|dad|mum|mom)s?|grandads?|granny|nana|nanna)(?:'s|')?\b"
    r"|(?:(?<=\bme )|(?<=\bmy )|(?<=\bour ))(?:nan|gran|gramps|pops?|papa|mama|mammy|mam|folks"
    r"|old (?:man|dear|lady|fella)|oul (?:fella|one)|auld fella)\b"
)
_PARTNER = r"老公|老婆|媳妇|爱人|老伴|\b(?:wife|husband|partner|hubby|wifey|missus)(?:'s|')?\b"
_OUTSIDE_RE = split_gated(OUTSIDE)
_PARTNER_RE = re.compile(_PARTNER)
ANYONE_RE = split_gated(OUTSIDE + "|" + HOUSEHOLD)
# The respondent, back in the clause after the other person ("我姐帮我带孩子", "I've got").
# A recommendation is to the respondent: "朋友推荐的光纤", "a friend recommended fiber".
SELF = re.compile(
    r"我(?!们?家的?$)|俺|咱|自己|推荐|介绍|\b(?:i|i'm|i've|i'd|me|we|we're|us)\b"
    r"|\b(?:recommend|suggest|referr?)"
    # "my brother has fiber but mine is DSL" (not "a friend of mine has fiber")
    r"|(?<!\bof )\b(?:mine|ours)\b"
)
WITH_SELF = re.compile(
    r"(?:我|俺|咱)们?(?:和|跟|与|同)|\b(?:i|me)\s+(?:and|&)\s+|\bwith\s*$"
    # with people counted: "跟几个老姐妹出去旅游", "和一帮老同学打球"
    r"|(?:陪|带着?|和|跟|与|同)\s*(?:几个|一帮|一群|一伙|[两俩仨三四五\d]个?)?\s*(?:老|小|好)?\s*$"
    # with the person described first: "周末跟上五年级的儿子一起打篮球", "陪刚满六岁的闺女画画"
    r"|(?:陪|带着?|和|跟|与|同)\s*[^,，。;；!?！？陪带和跟与同他她我俺咱]{1,8}?的\s*$"
    # the person acts on the respondent: "被老板派到东莞"
    r"|被\s*$"
    # the person the respondent does it for: "I like cooking for the family and watching dramas"
    r"|\b(?:i|i'm|we)\b[^,.;!?]*?\b(?:cook|bak|mak|play|sing|knit|sew|grill)(?:e|es|s|ing)?\b"
    r"[^,.;!?]{0,24}\bfor\s*$"
)
OWNER_END = re.compile(r"(?:(?:我们|我|俺|咱)(?:家里?|的)*|\b(?:my|our|the)\s*)$")
# "5 from them", "a 2 from my sister", "five stars for him": a rating followed by whose it is.
_FROM_OTHER = re.compile(
    r"^\s*(?:(?:stars?|points?|pts|out of (?:5|five|10|ten))\s+)?(?:from|for|says?|according to)"
    r"\s+(?:them|her|him|my\s+\w+)\b"
)
_QUESTION_WORD = re.compile(
    # (and the A-not-A form: "光纤是不是更快？")
    # (and "A还是B？", a choice between two: "1是最好还是5是最好？")
    # (Cantonese and Hubei "几多" is 多少; a quality asked A-not-A: "贵不贵？", "快不快？"; not
    # "续不续？", which weighs the choice itself)
    r"多少|几多|几钱|什么|啥|吗|么|区别|哪|怎么|怎样|咋样|咋办|还是|[不没](?=\s*\?)|([是有会能])[不没]\1"
    r"|(贵|快|慢|稳|值|便宜|划算|靠谱)不\2"
    r"|\b(?:how|what|which|is that|is it|does|do you|can i|are)\b"
)
_CLAUSE = re.compile(r"[^,.;!?，。；！？]*[,.;!?，。；！？]?")


_OF_MY_OWN = re.compile(r"(?:[\w']+\s+){1,2}of (?:my|our) own\b|[^,，。]{1,4}?(?:我|俺)自己的")


def said_of_other(low: str, start: int, *, household: bool) -> bool:
    """The word at `start` is said of another person named earlier in its clause, or in the
    clause before when its own has no subject ("我外甥女今年24了，在上海上班"); a pronoun stands for
    the person named before it ("我同学出国了，她那张卡要停"), and a thing owned by anyone else
    ("我儿子的卡", "我妈家") or kept at their home ("my parents have DSL at their house") is
    theirs though they share the household. What the respondent urges on somebody else ("I keep
    telling him to set up online banking", "一直劝我爸开通网银") is that person's, not yet done."""
    if _OF_MY_OWN.match(low, start):
        return False  # "my neighbour's twins, but no kids of my own": the respondent's own
    if _SELF_AT.match(low, start):
        return False  # "my husband got a job there so we're moving": the reading names the mover
    before = clause_before(low, start)
    if _URGED_ON_OTHER.search(before):
        return True
    opening = _list_head(low, start - len(before))
    clause = low[opening:start] if opening is not None else topic_chain(low, start)
    if opening is None and clause == before:
        clause = _liking_went_on(low, start, clause)
    clause = _TURNING_BACK.split(clause)[-1]  # "…a son who plays mahjong 😂 anyway male"
    clause = _SPACE_BREAK.split(clause)[-1]  # "孙子说挺好用的 接着用吧": a new sentence
    pattern = ANYONE_RE if household else _OUTSIDE_RE
    at_their_place = _AT_THEIR_PLACE.match(low, start) is not None
    found = [
        m
        for m in ANYONE_RE.finditer(clause)
        if household or at_their_place or _owner_of_thing(clause, m)
    ]
    found += list(pattern.finditer(clause))
    at = start - len(clause)
    found += [m for m in PRONOUN.finditer(clause) if _stands_for(low, at, clause, m, pattern)]
    if not found:
        return False
    last = max(found, key=lambda m: m.end())
    head = OWNER_END.sub("", clause[: last.start()])
    if WITH_SELF.search(head) and not (
        _CHILD.fullmatch(last.group()) and _LESSON_AFTER.match(low, start)
    ):
        # "我和老公都喜欢看电影", "喜欢陪孩子踢球": the respondent takes part (but "陪孩子上钢琴课":
        # a child's lesson is the child's, the parent only waits outside)
        return False
    # "我室友自己开了张卡": 自己 right after a person is that person's own, not the respondent
    rest = _REFLEXIVE.sub("", clause[last.end() :], count=1)
    if _TOLD_TO_SAY.search(rest) and _AGREED.search(low, start):
        return False  # "孙子说奶奶你就说喜欢看电视剧。对对": prompted, and agreed to
    return SELF.search(rest) is None


# A space after a sentence-final particle ends a sentence in Chinese chat: "孙子说挺好用的 接着用吧"
# (but not after a bare name: "我儿子 要换电信" is still the son's).
_SPACE_BREAK = re.compile(
    # (not 的 after a person: "我儿子的 光纤" is still his)
    r"(?:(?<=[了吧呢啊呀哈嘛啦])|(?<=[^子儿女妈爸公婆哥姐弟妹友他她们]的))\s+(?=[\u4e00-\u9fff]|$)"
    # ... and so does a space before the service named as a new topic: "给装机小哥五星 服务嘛一般"
    # (not after a person or a saying: "我老公说 服务一般" is still his), or the respondent's own
    # home: "我哥家是光纤 我家不清楚"
    r"|(?<=[^\s子儿女妈爸公婆哥姐弟妹友他她们说讲得为])\s+(?=(?:服务|网速|信号|网络|宽带|整体|总体|总的来说"
    r"|我家|我们家|俺家|我自己)(?!的?(?:人|员|师傅|小哥)))"
)


def last_sentence(clause: str) -> str:
    """The words of `clause` after its last spaced sentence break ("给师傅打五星 网速" → "网速")."""
    return _SPACE_BREAK.split(clause)[-1]


# Told what to answer by somebody at hand, then agreeing: "孙子在旁边说奶奶你就说喜欢养花和看电视
# 剧。对对，还养了只猫" (but "孙子说你就说喜欢打游戏" alone is his suggestion).
_TOLD_TO_SAY = re.compile(r"你就?(?:说|讲|写|填)")
_AGREED = re.compile(r"[。.!！?？]\s*(?:对对|对[,，啊呀]|是的|没错|嗯嗯|就是就是)")


_REFLEXIVE = re.compile(r"^\s*自己")
# A clause with no subject after a comma goes on with what another person likes: "我老婆就喜欢
# 逛街，买衣服买个不停" (her shopping), but "我老婆喜欢逛街，我买衣服" names the respondent.
_LIKES_END = gated(
    rf"(?:{OUTSIDE}|{HOUSEHOLD})[^,，。;；!?！？我]{{0,4}}(?:喜欢|爱|迷)[^,，。;；!?！？]*[,，]$"
)
_NO_SUBJECT_ZH = re.compile(r"[我俺咱你他她]|自己")


def _liking_went_on(low: str, start: int, clause: str) -> str:
    """`clause`, widened to the clause before when that one says what another person likes and
    this one, in Chinese, names nobody."""
    pos = start - len(clause)
    if pos < 2 or low[pos - 1] not in ",，" or _NO_SUBJECT_ZH.search(clause):
        return clause
    if ANYONE_RE.search(clause):
        return clause
    prev = clause_before(low, pos - 1) + low[pos - 1]
    return prev + clause if _LIKES_END.search(prev) else clause


_CHILD = re.compile(r"儿子|女儿|孩子|娃|闺女|\b(?:son|daughter|kids?)(?:'s|')?")
_LESSON_AFTER = re.compile(
    r"[^,，。;；!?！？]{1,4}?(?:课|班|培训)|[a-z ]{1,16}?\b(?:lessons?|classes|class)\b"
)
# A reading that opens with the respondent as its subject ("we're moving there").
_SELF_AT = re.compile(r"(?:i'm|i am|we're|we are|we'll|i'll)\b")
# Advice to somebody else, the thing advised right after it: "telling him to set up online
# banking", "on at my dad to get fibre", "劝我爸开通网银" (but "told me to", "劝我赶紧换").
_URGED_ON_OTHER = re.compile(
    r"\b(?:tell|tells|telling|told|urge[sd]?|urging|nag(?:s|ged|ging)?|remind(?:s|ed|ing)?"
    r"|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|advis(?:e|es|ed|ing)|on at|begg(?:ed|ing))\s+"
    r"(?:(?:my|our|his|her|their)\s+[a-z'-]+|(?!(?:me|us|you|myself|ourselves)\b)[a-z'-]+)"
    r"\s+to\s+(?:[a-z'-]+\s+){0,3}$"
    r"|(?:劝|催|说服)(?!(?:我|俺|咱)们?(?:[去赶早也都开办用装换改绑试学]|$))[^,，。;；!?！？]{1,6}?"
    r"(?:去|赶紧|早点|也)?(?:开通?|办|用|装|换成?|改用|绑定?|试试?|学)[^,，。;；!?！？]{0,3}$"
)
# A thing kept at another person's own home: "DSL at their house", "fibre at her place".
_AT_THEIR_PLACE = re.compile(
    r"[^,.;!?，。；！？]{0,30}?\b(?:at|in|round at|over at)\s+(?:their|his|her)\s+(?:own\s+)?"
    r"(?:house|place|home|flat|apartment|end|shop|shophouse|office|farm|cottage)\b"
)
# An English list of bare items goes on about the clause that opens it, when that clause opens
# with another person: "my sister's the hobby person, pottery, salsa, sea swimming" are her
# hobbies ("34, two kids, hiking, cooking" are the respondent's).
_LIST_ITEM = re.compile(r"\s*(?:(?:and|or)\s+)?[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?\s*")
_OPENS_WITH_OTHER = re.compile(rf"\s*(?:(?:my|our)\s+)?(?:{OUTSIDE}|{HOUSEHOLD}|she\b|he\b|they\b)")
_BREAK = re.compile(r"[,.;!?，。；！？]")


def _list_head(low: str, pos: int) -> int | None:
    """Where the clause that opens a list holding the clause at `pos` starts, if that clause opens
    with another person and the list has two bare items or more."""
    if not _is_item(low, pos):
        return None
    end = _BREAK.search(low, pos)
    items = 2 if end is not None and end.group() == "," and _is_item(low, end.end()) else 1
    while pos >= 2 and low[pos - 1] == ",":
        pos -= 1 + len(clause_before(low, pos - 1))
        if not _is_item(low, pos):
            return pos if items >= 2 and _OPENS_WITH_OTHER.match(low, pos) else None
        items += 1
    return None


def _is_item(low: str, pos: int) -> bool:
    """The clause at `pos` is a bare item of one or two words with nobody in it ("sea swimming")."""
    end = _BREAK.search(low, pos)
    piece = low[pos : end.start() if end else len(low)]
    return _LIST_ITEM.fullmatch(piece) is not None and not (
        SELF.search(piece) or ANYONE_RE.search(piece) or PRONOUN.search(piece)
    )


# A thing right after its owner: "我儿子的卡", "我爸那张卡", "我妈家", "my son's phone".
_OWNED_THING = re.compile(
    r"\s*(?:的|那张|那个|那台|那部|那边的?)?\s*(?:卡|号|手机|套餐|宽带|账户|账号|账单|合约|家(?!人|里人)"
    r"|电话|那边|那儿|那里)|(?:'s|(?<=')s?|(?<='s))\s+(?:phone|plan|account|line|bill|contract|sim"
    r"|card|broadband|internet|wifi|house|place|flat|is|was)\b"  # ("my mum's is ADSL": hers)
)
# "他" / "她" / "he" / "she" / "they": a person named before ("她那张卡", "he's on fibre").
PRONOUN = re.compile(r"(?<![其吉利])(?<!孩子)(?<!娃)[他她](?:们)?|\b(?:he|she|his)\b")


def _owner_of_thing(clause: str, person: re.Match[str]) -> bool:
    return _OWNED_THING.match(clause, person.end()) is not None


def _stands_for(
    low: str, head: int, clause: str, pronoun: re.Match[str], pattern: SplitGated
) -> bool:
    """The pronoun in `clause` (which starts at `head` in `low`) stands for another person: the
    last one named before it in the message is one `pattern` counts, or it owns a thing
    ("她那张卡")."""
    named = list(ANYONE_RE.finditer(low, 0, head + pronoun.start()))
    if not named or named[-1].start() >= head:
        return False  # a person named in the clause itself is its subject ("我同事跟他女朋友")
    return pattern.fullmatch(named[-1].group()) is not None or _owner_of_thing(clause, pronoun)


def mentions_anyone(text: str) -> bool:
    """`text` names a person other than the respondent (household members included)."""
    return ANYONE_RE.search(text) is not None


# A person referred to by a pronoun ("he's got a gaming PC", "they've been showing me photos",
# "他天天打游戏"; not the child's in "孩子他妈", nor the 他 of "吉他" or "其他"), and the
# respondent as a subject, who takes the clause back ("he and I ski").
_THIRD_PERSON_WORD = re.compile(r"\b(?:he|she|they)\b|(?<![其吉利])(?<!孩子)(?<!娃)[他她]")
# The word names what the person is ("(she's a cat)", "he's my dog"), not what they do.
_IDENTIFIED = re.compile(r"(?:'s|'re|\s+is|\s+are|\s+was)\s+(?:(?:a|an|my|our|the)\s+)?$")
_TURNING_BACK = re.compile(
    r"\b(?:anyway|anyways|anyhow|back to (?:the|your) question)\b|总之|言归正传"
)
_FIRST_PERSON_SUBJECT = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'd|we'll)\b|我|俺|咱"
)


def about_third_person(low: str, start: int) -> bool:
    """A hobby or a gender word at `start` is said of a person referred to by a pronoun earlier in
    its clause, and the respondent does not come back as a subject after it ("he's got a gaming
    PC"; but "she and I both run"). For the personal slots only: "they" of a rating or a plan is
    often the provider."""
    clause = re.split(r"[()（）]", clause_before(low, start))[-1]  # a bracket is a clause
    # "she got a son who only plays mahjong 😂 anyway male": a word that turns back to the
    # answer starts a clause of its own where the emoji between was all the punctuation
    clause = _TURNING_BACK.split(clause)[-1]
    found = list(_THIRD_PERSON_WORD.finditer(clause))
    if not found or _IDENTIFIED.fullmatch(clause, found[-1].end()):
        return False
    head = clause[: found[-1].start()]
    if re.search(r"\b(?:and|with|&)\s*$|(?:和|跟|与|同|陪|带着?)\s*$", head):
        return False  # "me and her love hiking", "陪他打球"
    return _FIRST_PERSON_SUBJECT.search(clause, found[-1].end()) is None


def said_of_partner(low: str, start: int) -> bool:
    """The word at `start` is said of the respondent's partner, who shares the household."""
    found = list(_PARTNER_RE.finditer(clause_before(low, start)))
    return bool(found) and said_of_other(low, start, household=True)


def rated_by_other(low: str, start: int, end: int) -> bool:
    """The rating at `start`..`end` is someone else's ("my wife would say 5", "5 from them")."""
    return said_of_other(low, start, household=True) or bool(_FROM_OTHER.match(low[end:]))


# A sentence that opens as a question ("what's the difference between fibre and DSL, honestly?",
# "is fibre even available out here?") asks about every word in it, across its commas.
_QUESTION_OPENING = re.compile(
    r"\s*(?:what|what's|whats|how|which|is|are|can|could|does|do|will|any)\b"
)
_SENTENCE = re.compile(r"[^.;!?。；！？]*[.;!?。；！？]?")


def _piece_at(pieces: list[str], low: str, start: int) -> str:
    """The one of `pieces` (consecutive matches in `low`) that holds position `start`."""
    pos = 0
    for piece in pieces:
        pos = low.find(piece, pos)
        if pos <= start < pos + len(piece):
            return piece
        pos += len(piece)
    return ""


_WHICH_IS_BEST = re.compile(r"(?:啥|什么|哪家|哪个)(?:比较)?(?:好|合适)呢[,.;!?，。；！？~\s]*$")


def only_asked(low: str, start: int) -> bool:
    """The word at `start` is in a question ("光纤多少钱？"), or every clause asks one."""
    sentence = _piece_at([s for s in _SENTENCE.findall(low) if s.strip()], low, start)
    if sentence.rstrip().endswith("?") and _QUESTION_OPENING.match(sentence):
        return True
    if asks_which_end(sentence):
        return True  # "几分最好来着", "what's 5 again, best or worst?"
    clauses = [c for c in _CLAUSE.findall(low) if c.strip()]
    clause = _piece_at(clauses, low, start)
    if "呢" in clause and _WHICH_IS_BEST.search(clause):
        return True  # "换啥好呢", "换哪家好呢": which one, wondered without a question mark
    # (a clause opening with the verb asks too, after an interjection: "why, is fibre cheaper?")
    if clause.rstrip().endswith("?") and (
        _QUESTION_WORD.search(clause) or _QUESTION_OPENING.match(clause)
    ):
        return True
    return len(clauses) >= 2 and all(c.rstrip().endswith("?") for c in clauses)
