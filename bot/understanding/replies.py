"""Replies that are not values: commands, refusals, vague answers, and yes/no.

These are recognised by phrase patterns in both languages. Commands must be about the
conversation itself ("暂停", "show my data", "English please"), so the patterns for stopping only
accept a short message that is essentially the command: "I'll decide later" answers a question,
"later" pauses the survey. Refusals and vague answers are judged for the slot that was asked and
only when no value for it was found: "不知道是啥，反正有个光猫" is an answer (fiber), not vague.
The refusal phrases live in `refusals`, the vague phrases in `vague`.
"""

from __future__ import annotations

import re

from bot.understanding.literal_gates import gated
from bot.understanding.normalize import clean_surface, lower_same_length
from bot.understanding.types import Command
from bot.understanding.unanswered.vague import is_vague

_FILLER = re.compile(
    r"^(?:好吧|那个|嗯+|呃+|额+|哦+|啊+|唉|哎|ok|okay"
    r"|hmm+|um+|uh+|sorry|please|请|麻烦|能不能|可以|"
    r"我想|我要|帮我|can you|could you|can we|could we"
    r"|let'?s|i want to|i'd like to|i need to)?[\s,.!]*"
)
_STOP_EXACT = re.compile(
    r"(?:先|暂时|我想|我要|能不能|可以|请)?(?:暂停"
    r"|停|停一下|停下|先停|歇会|休息一下|先这样|就这样吧|"
    r"先到这|先到这里|到此为止|不聊了|不填了|不做了|不答了"
    r"|不想继续了|不想答了|结束|退出|下次再聊|下次再说|"
    r"回头再聊|回头再说|改天再聊|改天吧|晚点再聊|晚点再说|等会再聊|有事先走了|先走了|拜拜|再见)"
    r"(?:吧|了|啊|呀|一下|哈)*"
    r"|stop|pause|later|maybe later|talk later|later please|continue later|not now|gotta go"
    r"|got to go|i have to go|i need to go|have to go|brb|bye|goodbye|bye bye|i'm done|im done"
    r"|that's enough|enough for now|stop for now|pause for now|let's stop|let's pause|stop please"
    r"|please stop|pause please|another time|some other time|finish later|exit|quit the survey"
)
_STOP_SEARCH = re.compile(
    r"(?:stop|pause) (?:the|this) (?:survey|chat|conversation)|continue (?:this |it )?later"
    r"|(?:can|could) we (?:stop|pause|continue later|do this later)|先暂停|暂停一下|下次再继续"
    r"|回头再继续|以后再继续|稍后再继续|pick (?:this|it) up later|let'?s continue later"
)
_DELETE = re.compile(
    r"(?:删除|删掉|删了|清除|清空|抹掉|销毁|注销)(?:一下|掉)?(?:我的"
    r"|我)?(?:所有|全部)?的?(?:数据|资料|信息|记录|回答|答案)"
    r"|把我的(?:数据|资料|信息|记录|回答)(?:都|全)?(?:删|清)|"
    r"(?:delete|erase|remove|wipe|clear|purge) (?:all (?:of )?)?my (?:data|info|information|answers"
    r"|responses|details|records|personal data)|forget (?:about )?me\b|forget everything"
)
_SHOW = re.compile(
    r"(?:查看|看看|看一下|显示|给我看|调出|导出|查询"
    r"|查一下)(?:一下)?我的(?:所有|全部)?(?:数据|资料|信息|记录|回答|答案)"
    r"|我的(?:数据|资料|信息)(?:在哪|有哪些)|你们(?:存|记录|收集)了(?:我)?(?:哪些|什么)|"
    r"(?:show|see|view|display|export|send)(?: me)? my (?:data|info|information|answers|responses"
    r"|details|records)|what (?:data|info"
    r"|information) (?:do you have|have you (?:got|stored|collected))"
    r"|what do you know about me"
)
_SWITCH_ZH = gated(
    r"(?:说|讲|用|换成|切换到|切换成|改成|改用)(?:中文|汉语"
    r"|普通话|国语)|中文(?:吧|就行|可以吗|好吗|please)"
    # (the English verbs whole: "because chinese food is the best" asks for nothing)
    r"|^(?:中文|汉语|普通话)$|\b(?:speak|use|in|switch to"
    r"|talk in|reply in|continue in) (?:chinese|mandarin)"
    r"|chinese please|mandarin please"
)
_SWITCH_EN = re.compile(
    r"english please|\b(?:speak|use|switch to|talk in"
    r"|reply in|continue in|answer in|write in) english"
    r"|(?:can|could|do) you (?:speak|do|talk in|use) english|in english(?: please)?$|^english$"
    r"|(?:说|讲|用|换成|切换到|切换成|改成|改用)英(?:文|语)|英(?:文|语)(?:吧|就行|可以吗|好吗)"
)

# "I'm 7 lol jk, 27", "快三十了，不对，29": the number after a correction counts.
CORRECTION = gated(
    r"\b(?:jk|j/k|just kidding|kidding|no wait|wait no|i mean|sorry,? i mean)\b"
    # "I'm actually 36", "actually, 27"; but not "same year as my husband actually, we met"
    r"|(?:^|[,.;!?]\s*|\bi'?m\s+|\bi am\s+|\bit'?s\s+)actually\b"
    r"|\bmore like\b|\bmake (?:that|it)\b|\bscratch that\b"
    # an apology right before a new number: "31. Sorry, 32", "45, oops 46"
    r"|\b(?:sorry|oops|whoops)[,.!]*\s*(?=\d)"
    # "28, sorry typo，是29", "31 typo 32": a typo owned up to right before the new number
    r"|\btypo\b[,.!，。\s]*(?:是|it'?s|should be|i mean)?\s*(?=\d)"
    # a bare "no" between two numbers: "June of 2021 no 2022", "45, no, 46"
    r"|(?<=\d)[,.]?\s*\bno\b[,.!]*\s*(?=\d)"
    r"|开玩笑|不对|说错了|我是说|应该是|准确(?:地|的)?说|不不|记岔|记错|搞错"
    # "七十八，啊不是，八十七": a "不是" standing alone as a clause takes back what went before
    r"|(?:^|[,，。.!！]\s*)(?:啊|哦|噢|呃|额|哎)?不是(?:不是)?(?:啦|的)?\s*[,，。.!！]"
)

_ZH_FILLER = re.compile(r"我|你|就|是|的|了|吧|啊|呀|也|都|这个|那个|真的|其实|反正|感觉|具体")
_EN_FUNCTION = frozenset(
    "i i'm im it it's its my me the a an to on of really just can't cant cannot don't dont do "
    "is be that this so well um uh hmm oh yeah kinda sort kind put say tell".split()
)
_YES = re.compile(
    r"好的?|好啊|好呀|好吧|行|可以|会|会的|同意|愿意|没问题|当然"
    r"|嗯+|是的?|对|开始吧|来吧|没事|ok|okay|sure|"
    r"yes|yeah|yep|yup|yea|y|of course|go ahead|why not"
    r"|alright|all right|fine|let'?s go|let'?s do it"
    r"|absolutely|definitely|certainly|no problem|sounds good|i agree|agreed|please do|👍"
    r"|打算|打算的|i guess so|guess so|i think so|think so|i suppose(?: so)?|most likely"
    # a yes made sure: "yes definitely", "yeah for sure", "是的肯定", "definitely yes"
    r"|(?:yes|yeah|yep|yup|yea|oh yes|是的?|对|会的?|嗯)\s*,?\s*(?:definitely|absolutely|certainly"
    r"|for sure|of course|totally|100%|deffo|defo|def|sure|indeed|肯定(?:的|会)?|当然(?:会)?"
    r"|一定(?:会)?)"
    r"|(?:definitely|absolutely|certainly|of course|肯定|当然)\s*,?\s*(?:yes|yeah|yep|是的?|会的?)"
)
_NO = re.compile(
    r"不要|不同意|不愿意|算了|不会|不用了?|不行|不好|不可以"
    r"|拒绝|别|不了|不想|不必|免了|不|no|nope|nah|n"
    r"|no thanks|no thank you|not now|not really|i don'?t|don'?t|i do not|never|no way|i disagree"
    r"|not interested|rather not|i'?d rather not|👎"
    r"|不打算|probably not|prob not|likely not|not likely|unlikely|i doubt it|doubt it"
    r"|(?:i )?don'?t think so|absolutely not|definitely not|certainly not|hardly"
)
_CLAUSE_SPLIT = re.compile(r"[,.!?;:，。！？；：~、…]+")
_POLITE = re.compile(r"(?:thanks|thank you|谢谢|谢啦|please|请|哈哈+|haha+|lol)")
_POLITE_TAIL = re.compile(
    r"(?:\s*(?:thanks|thank you|please|谢谢|谢啦|lol|haha)|吧|啊|呀|啦|的|哈|呢|嘛|了|哦|呗)+$"
)


def _core(low: str) -> str:
    return _FILLER.sub("", low.strip(" ,.!?~\"'")).strip(" ,.!?~\"'")


def detect_command(low: str) -> Command | None:
    """A command about the conversation, or None."""
    if _DELETE.search(low):
        return Command.delete_data
    if _SHOW.search(low):
        return Command.show_data
    if _SWITCH_EN.search(low):
        return Command.switch_en
    if _SWITCH_ZH.search(low):
        return Command.switch_zh
    core = _core(low)
    if _STOP_EXACT.fullmatch(core) or (len(core) <= 40 and _STOP_SEARCH.search(low)):
        return Command.stop
    return None


# "what do you mean" and its spoken spellings: "what d'you mean", "whaddya mean", "whatcha mean"
WHAT_DO_YOU_MEAN = (
    r"\bwha(?:t(?:\s+do\s+(?:you|u|ya)|\s+d'?\s*(?:you|ya)|\s*(?:cha|chu|dya|daya))|dd?a?ya)"
    r"\s+mean\b"
)
# A question back about the question itself ("define partner", "什么意思？", "怎么算"): no answer.
_QUESTION_BACK = re.compile(
    # ("wdym", "what do u mean": chat spellings)
    r"^(?:(?:hmm+|um+|uh+|well|so|wait|sorry)[\s,.!]*)*(?:define\b|"
    + WHAT_DO_YOU_MEAN
    + r"|wdym\b|what does .{1,30} mean\b|what counts as\b|meaning what\b|how do you define\b)"
    r"|什么意思|啥意思|(?:是指|指的是)(?:什么|啥)|怎么算|算不算|(?:什么|啥)叫"
    # which of two things the question means: "你说的是宽带还是手机？", "do you mean the
    # broadband or the mobile?"
    r"|(?:你|您)?(?:说|问|指)的是[^,，。?？]{1,12}?还是|(?:你|您)是(?:说|问|指)[^,，。?？]{1,12}?还是"
    r"|^(?:(?:hmm+|um+|uh+|well|so|wait|sorry)[\s,.!]*)*(?:do you |you )mean\b[^.!?]{1,40}\bor\b"
)


def is_question_back(low: str) -> bool:
    """One clause that asks what the question means, and says nothing else (not even "不知道")."""
    # (the items of a numbered list are clauses: "①看书 ②羽毛球 ③志愿者（这个算不算）")
    parts = [p for p in _CLAUSE_SPLIT.split(_NUMBERED_ITEM.sub(",", low)) if p.strip()]
    return len(parts) == 1 and _QUESTION_BACK.search(low) is not None and not is_vague(low)


_NUMBERED_ITEM = re.compile(r"(?<=[\u4e00-\u9fff]) (?=\d[\u4e00-\u9fff])")


# Asking what the question or the scale means, or what counts, inside a longer message: "what counts
# as a partner? like do business partners count", "does my godson count?", "what's a 3 mean?",
# "这个问题是问我自己的孩子对吧？".
_MEANING = gated(
    r"\bdefine\b|" + WHAT_DO_YOU_MEAN + r"|\bwdym\b|\bwhat does\b[^.?!]{1,30}?\bmean\b"
    # "could you clarify whether you mean financially dependent?"
    r"|\bwhat counts\b|\b(?:whether|if) you mean\b|\bwhich one be\b|\bwetin be\b"  # (Pidgin)
    r"|\bwhat(?:'s| is)\s+(?:an?\s+)?[\w']+\s+mean\b|\bmeaning what\b|\bhow do you define\b"
    r"|\b(?:do|does|would)\s+(?:[\w']+\s+){0,4}?count\b|\bdo you mean\b|\bare you asking\b"
    r"|什么意思|啥意思|是指|指的是|怎么算|算不算|(?:什么|啥)叫|(?<![打就总计清])算[^?,，。]{0,6}?(?:吗|么)"
    r"|(?:是(?:在)?问|问的是)[^?,，。]{0,12}?(?:吗|么|对吧|是吧|对不对)"
)
# (a numbered item, "①看书 ②羽毛球 ③…" with the circled digits made plain, starts a clause)
_CLAUSE_START = re.compile(r"[,.?!;]|(?<=[\u4e00-\u9fff]) (?=\d?[\u4e00-\u9fff])")


def meaning_spans(low: str) -> list[tuple[int, int]]:
    """Spans of the clauses that ask what the question means or what counts; words inside them
    state nothing, and after them only strong evidence answers."""
    spans: list[tuple[int, int]] = []
    for m in _MEANING.finditer(low):
        starts = [b.end() for b in _CLAUSE_START.finditer(low, 0, m.start())]
        stop = _CLAUSE_START.search(low, m.end())
        spans.append((starts[-1] if starts else 0, stop.end() if stop else len(low)))
    return spans


# Holding the conversation, not answering yet: "hold on, one sec", "让我想想".
_HOLD = re.compile(
    r"\b(?:hold on|hang on|one sec(?:ond)?|just a (?:sec|second|minute|moment)|a sec\b|one moment"
    r"|give me a (?:sec|second|minute|moment)|(?:let me|lemme) think|brb)\b|稍等|等一下|等等"
    r"|等会儿?|我想想|让我想想|想一下|我看看|让我看看"
)
# Still making up their mind: "ok you guys... lemme think", "嗯…让我想想" (a habit of pausing
# over a question is no pause now: "看到这题会多想一下").
_THINKING = re.compile(r"\b(?:let me|lemme) think\b|让我想想|我想想|容我想想|(?<!会多)想一下")
# A short question to the bot ("你们能解决吗？", "can you fix it?") asks, it does not answer.
_ASK_BACK = re.compile(
    r"^(?:你们|你)(?:能|会|可以|能不能|会不会|管不管)[^,，。]{0,8}(?:吗|么|嘛)?\s*\?+$"
    r"|^(?:can|will|could|would) you(?: guys)? (?:fix|solve|help|sort)[^,.!]{0,20}\?+$"
)


# Putting the answer off: holding, going to look it up, answering later ("等下我看看账单", "hold on
# let me check my account", "具体多少我等会儿查下"). No value yet is no vague answer either.
_PUT_OFF = re.compile(
    _HOLD.pattern + r"|等下(?![个周次月年班])|等[我俺]|待会儿?|晚点|回头(?:再|查|看|告诉)"
    r"|去(?:看看|查|翻)|查(?:一)?下(?![^,，。]{0,2}才(?:知道|晓得|清楚))|翻翻|翻(?:一)?下"
    # to look at home first, or to answer once looked: "宽带我回家看了再讲", "到家看看再告诉你"
    r"|(?:回家|回去|到家)(?:再|先)?(?:看|查|翻)|(?:看|查|翻)(?:了|完|过)[^,，。]{0,4}?再(?:说|讲|告诉)"
    # (a look only supposed is none: "no idea, I'd have to check", "would need to look")
    r"|\b(?<!'d )(?<!would )(?:let me|lemme|i'?ll|i will|gotta|need to|have to) (?:go (?:and )?)?"
    r"(?:check|look|see|find|pull up|dig)\b"
    r"|\bget back to you\b|\banswer (?:this|these|it|that) (?:later|when)\b"
    # "can we come back to it", "can we do this later": the answer is put off
    r"|\b(?:come|get) back to (?:it|this|that|this one|that one|me)\b"
    r"|\b(?:do|finish) (?:this|it|these) (?:later|another time|tomorrow)\b"
    # "I'll ask her", "let me ask the wife": somebody else will be asked for it
    r"|\b(?:i'?ll|i will|let me|lemme|gonna|i'?m going to) (?:go )?ask"
    r" (?:her|him|them|the (?:wife|husband"
    r"|missus|mrs|kids?)|my \w+)\b"
)


# ... but a mind not made up, put off to a talk or to more use, is a vague answer: "我还没想好，
# 等我们商量一下再说", "I need another month before I judge".
_UNDECIDED = re.compile(
    r"(?:还)?没(?:想好|想清楚|拿定主意)"
    r"|\b(?:haven'?t|have not|not yet) (?:decided|made (?:up )?my mind)"
    r"|\bstill (?:deciding|undecided)\b|\bbefore i (?:can )?(?:properly )?(?:judge|rate|decide)\b"
)


def puts_off(low: str) -> bool:
    """The respondent will answer later: with no value given, the answer is neither vague nor
    refused ("等下，我去看看路由器上贴的啥")."""
    return _PUT_OFF.search(low) is not None and _UNDECIDED.search(low) is None


# A message that ends asking which sense of the question is meant: "…你说的常住是哪个？", "…which
# address do you need, the registered one or the real one?". What came before lays out the choice;
# the answer waits for the reply, so it is not vague.
_ENDS_ASKING_WHICH = re.compile(
    r"(?:你|您)?(?:说|问|指)的(?:是)?[^,，。.!！?？]{0,8}?(?:是)?(?:哪(?:一)?(?:个|种|里|儿)|啥|什么)"
    r"(?:啊|呀|呢)?[?？]\s*$"
    r"|(?:你|您)?(?:说|问|指)的(?:是)?[^,，。.!！?？]{1,12}?还是[^,，。.!！?？]{1,12}[?？]\s*$"
    r"|\bwhich (?:address|city|town|place|home|one|location)\b[^.!?]{0,60}\?\s*$"
    r"|\b(?:do|did) (?:you|u) mean\b[^.!?]{0,60}\?\s*$"
    r"|\bwhat do (?:you|u) mean by\b[^.!?]{0,40}\?\s*$"
    # the bot asked to narrow the question down: "…depends what you count. Could you specify?"
    r"|\b(?:could|can|would) (?:you|u) (?:please )?(?:specify|clarify|be (?:more )?specific)\b"
    r"[^.!?]{0,20}\?\s*$|(?:能|可以)?(?:说|讲)(?:得)?(?:具体|清楚)(?:一)?点(?:吗|吧|呢)?[?？]\s*$"
    # home or where one studies or works, asked back anywhere: "depends do u mean home or uni 😭
    # home is a tiny village…", "你说老家还是上学的地方？"
    r"|\b(?:you|u) mean (?:my )?(?:home|where i live) or (?:uni|university|college|school|work)\b"
    r"|(?:你|您)?(?:说|问|指)的?(?:是)?老家还是(?:现在|上学|读书|上班|工作)"
    # what others answer, asked at the end: "…wat do other people usually put for this?"
    r"|\b(?:what|wat|wot) do(?:es)? (?:other \w+|others|most people|everyone|people)"
    r"(?: \w+)? (?:put|say|write|answer)\b[^.!?]{0,30}\?\s*$"
    r"|别人(?:一般|都|通常)?(?:怎么|咋)(?:填|写|回答|答)的?[^,，。]{0,6}[?？]\s*$"
)


def ends_asking_which(low: str) -> bool:
    """The message ends asking which sense of the question is meant ("你说的常住是哪个？")."""
    return _ENDS_ASKING_WHICH.search(low) is not None


# A message that opens by holding the conversation: "你等会儿，…", "hold on, …".
_HOLD_FIRST = re.compile(
    r"^\s*(?:(?:你|您|哎|诶|嗯|oh|wait|sorry|um+|mate|pal|bro|love)[\s,，]*){0,2}(?:"
    + _HOLD.pattern
    + r")"
)


def holds_and_goes(low: str) -> bool:
    """The respondent holds the conversation and goes off to deal with something ("你等会儿，猫把
    路由器的线咬断了，我先去看看", "hold on, the dog chewed the cable, let me go check"): what
    they tell on the way is the interruption, no answer yet."""
    first = _HOLD_FIRST.search(low)
    return first is not None and _PUT_OFF.search(low, first.end()) is not None


# Asking what the question was: "你刚问啥来着？", "anyway what was it you were asking?". What came
# before it was said without the question in mind, so only words specific to a slot answer.
_FORGOT_QUESTION = gated(
    r"(?:你|您)?刚(?:才|刚)?(?:问|说)(?:的)?(?:是)?(?:啥|什么|哪个)(?:来着|问题)?"
    r"|\bwhat (?:was|were|is) (?:it |that )?(?:you|u) (?:were |was )?(?:asking|asked|saying)\b"
    r"|\bwhat was the question\b|\bwhat(?:'s| is| was) the question again\b"
)


def forgot_question(low: str) -> bool:
    """The respondent ends by asking what the question was: their bare numbers and words answer
    nothing ("what was the question again? 45" answers after it)."""
    m = _FORGOT_QUESTION.search(low)
    return m is not None and not re.search(r"\d|[一二三四五六七八九十两]", low[m.end() :])


def still_thinking(low: str) -> bool:
    """The respondent says they are still thinking: a weak word next to it ("ok") is no answer."""
    return _THINKING.search(low) is not None


def is_holding(low: str) -> bool:
    """A message that only holds the conversation ("hold on, my kid's yelling, one sec")."""
    if _ASK_BACK.search(low.strip()):
        return True
    if _HOLD.search(low) is None:
        return False
    rest = _HOLD.sub(" ", low)
    cjk = sum(1 for ch in _ZH_FILLER.sub("", rest) if "\u4e00" <= ch <= "\u9fff")
    words = [w for w in re.findall(r"[a-z']+", rest) if w not in _EN_FUNCTION]
    return cjk <= 4 and len(words) <= 3


# "yeah probably", "应该是吧": a hedge keeps the answer it goes with (docs: "probably" keeps the
# value), so it is read without the hedge.
_HEDGE = re.compile(
    r"^(?:probably|prob|most likely|likely|i think|i guess|应该|大概|估计)\s*"
    r"|\s*(?:probably|prob|most likely|i think|i guess)$"
)


def _yes_no_part(part: str) -> bool | None:
    plain = _POLITE_TAIL.sub("", part).strip()
    for candidate in (part, plain, _HEDGE.sub("", plain).strip()):
        if not candidate:
            continue
        if _NO.fullmatch(candidate):
            return False
        if _YES.fullmatch(candidate):
            return True
    return None


def parse_yes_no(text: str) -> bool | None:
    """Consent / confirmation: True for yes, False for no, None when it is neither or unclear.

    Every clause is read as a whole phrase ("好的", "no thanks"); when clauses disagree the last
    one wins, because people correct themselves ("嗯…算了，不要").
    """
    low = lower_same_length(clean_surface(text))
    answer: bool | None = None
    for part in _CLAUSE_SPLIT.split(low):
        part = part.strip()
        if not part or _POLITE.fullmatch(part):
            continue
        reading = _yes_no_part(part)
        if reading is None:
            return None
        answer = reading
    return answer


_LEAD_YES = re.compile(
    r"(?:有|有的|有啊|是的?|是啊|对|对的|会|会的|当然|yes|yeah|yep|yup|yea|sure|of course"
    r"|definitely|absolutely|certainly)"
    # ("yes definitely, been with you for years")
    r"(?:\s+(?:definitely|absolutely|certainly|for sure|of course|totally))?"
)
_LEAD_NO = re.compile(r"(?:没有|没|不会|不是|否|no|nope|nah|not really|never)")
# A Chinese answer word said twice, then a space: "会的会的 挺好用", "不会不会 用惯了".
_DOUBLED_HEAD = re.compile(r"(会的?|不会|是的|对的?|有的?)\1\s")


def leading_yes_no(text: str) -> bool | None:
    """A yes or no that opens an answer and is then explained ("会的，用惯了", "nope, it's me").

    Only real answer words count; fillers such as "嗯" or "ok" open any message.
    """
    low = lower_same_length(clean_surface(text))
    parts = [p.strip() for p in _CLAUSE_SPLIT.split(low) if p.strip()]
    if len(parts) == 1 and _DOUBLED_HEAD.match(parts[0]):
        parts = parts[0].split(None, 1)  # "会的会的 还挺好用": a doubled answer, then a space
    if len(parts) < 2 or "?" in low:
        return None
    doubled = _DOUBLED_HEAD.match(parts[0] + " ")
    head = doubled.group(1) if doubled else _POLITE_TAIL.sub("", parts[0]).strip()
    if parts[0].endswith("对了"):
        return None  # "对了，我是两年的合约": "by the way", no yes
    if _LEAD_NO.fullmatch(head):
        return False
    if _LEAD_YES.fullmatch(head):
        return True
    return None
