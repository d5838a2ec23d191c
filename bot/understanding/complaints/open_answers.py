"""Judging an answer to an open question (the complaint): a value, vague, or no answer at all.

An open slot takes the respondent's words as they are, so everything depends on telling an answer
from a message that only *looks* like one. Most people asked "anything you are unhappy with?" who
have nothing to say still write a sentence: "目前没啥不满意的", "真没有，用着挺顺的", "nothing comes
to mind right now", "no issues so far". Storing those as complaints is a false fill, so the
message is read clause by clause: phrases that say "nothing", "fine", "so far" or "I can't think
of one" are removed together with fillers, and when no clause has words of its own left the answer
is vague. A clause with content after "没什么" keeps the whole message ("没什么，就是账单看不懂").

Words another slot already explained are no complaint either ("用了三年了，没啥问题" gives the
tenure and nothing to complain about; "I'm on fiber and it works fine" gives the service), so their
spans are blanked before judging. A question about the question ("比如说哪方面的？", "like what?",
"does it matter what I say here?") answers nothing: no value and no flag.

Last, a complaint has to name the service or something wrong (`names_a_grievance`, with the
words of `grievances`): a message that does neither ("周末带孩子去公园了", "just back from my
sister's wedding") talks about something else and is kept out of the complaint without a flag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.understanding.complaints.grievances import FAULT, SERVICE, YOU, about_other, aside
from bot.understanding.complaints.grievances import names_a_grievance as _names_a_grievance
from bot.understanding.replies import (
    WHAT_DO_YOU_MEAN,
    holds_and_goes,
    is_holding,
    is_question_back,
    puts_off,
)
from bot.understanding.unanswered import loose_answers
from bot.understanding.unanswered.vague import VAGUE, without_questions

_VAGUE_CORE = re.compile(
    r"不记得|记不清|不知道|不清楚|说不清|说不好|不好说|一言难尽|想不(?:出来?|起来|到)"
    # not saying where exactly: "说不上来具体哪里", "讲不出哪儿不好"
    r"|(?:说|讲)不(?:上来?|出来?|清)(?:具体)?(?:是)?(?:哪(?:里|儿|方面|块)?(?:不好|不行|不满意?|有问题)|哪(?:里|儿|方面|块))?"
    # ("can't say I've had any trouble" says there was none: `_NOTHING`)
    r"|\b(?:don'?t|do not|can'?t|cannot|couldn'?t) (?:remember|recall|say(?! (?:i'?ve|i have"
    r"|we'?ve))|tell|know)|no idea|not sure|\bunsure\b|dunno|\bidk\b|hard to say|finger on it"
    r"|no clue|beats me|who knows|(?:comes?|springs?) to mind"
    r"|can'?t think of (?:anything|any|(?:a|one) (?:single )?thing)"
    r"(?: (?:specific|particular|in particular|major|much|big|really))?(?: complaints?| issues?"
    r"| problems?| (?:i'?m|we'?re) unhappy (?:with|about))?"
)
# Phrases that say there is nothing to complain about, or that things are fine (or better than
# the last provider: "比我之前用的那家强多了", not "比之前慢多了").
_NOTHING = re.compile(
    r"(?:基本上?|暂时|目前(?:来说|为止)?|到现在|现在|一时(?:半会儿?)?|一下子|真的?|实在|一直|从来"
    r"|说实话|老实说|讲真|(?:我)?(?:倒是?)?(?:个人)?(?:觉得|感觉|认为)|(?:我)?倒是?)"
    # (Sichuan "没得啥子" is "没有什么"; written "暂无" is "暂时没有")
    r"|(?:还|也|都|倒)?(?:没(?:有|得|啥|什么|甚么?|乜)?|暂无)(?:遇到过?|碰到过?|发现|想到|想好|出(?:现)?过?)?(?:什么|啥子?|哪样|乜?嘢)?"
    r"(?:大的?|特别的?|太大的?|明显的?)?(?:问题|毛病|麻烦|故障|意见|不满意?的?(?:地方)?|不满|可(?:抱怨|吐槽|挑剔?|说)的?"
    r"|要(?:抱怨|吐槽|说)的?|好(?:说|讲|抱怨|吐槽|投诉|挑剔?)的?|想法|槽点|的)?"
    r"|比[^,，。!！?？比]{0,12}(?:强|好|稳|快|靠谱)(?:多了|很多|不少|一些|点儿?)?"
    r"|(?:都|也|还|倒)?(?:挺|很|蛮|还|几)?(?:好(?![累困忙烦饿晕慢卡贵差])|顺|顺手|稳定|稳稳?|满意|正常|不错|凑合|可以|行)(?:的|了)?"
    # nothing to pick at, and thanks for the work: "挑不出毛病", "辛苦了"
    r"|挑不出(?:什么|啥)?(?:毛病|问题|刺)|辛苦(?:了|啦|你们了?)?"
    r"|一般般?|(?:哪|哪家|各家|都)(?:都)?差不多|(?:具体)?哪(?:里|儿|方面)(?:不好|不行|有问题)"
    # a fault never had: "信号倒从来没掉过", "网从没断过"
    r"|(?:信号|网络?|宽带)?(?:倒|也|都)?(?:从来|从|一直)(?:都|也)?没(?:有)?(?:掉|断)过(?:线|网)?"
    r"|用着|用起来|就这样|没意见|无|(?:谢谢|多谢)(?:你们?)?(?:关心)?|感谢"
    # it is as it is: "反正就那样呗", "老样子", "就那么回事"
    r"|(?:就|也)?(?:那样|这样|老样子|那么回事|马马虎虎)"
    # "说不上有啥不满意的": what is left once the hedge is gone
    r"|有(?:啥|什么)(?:大的?|特别的?)?(?:不满意?的?|意见|问题|毛病|可(?:抱怨|吐槽|说)的?)|(?:有|是)(?:啥|什么)"
    # where the respondent is while typing: "没有，在开车", "等红灯呢"
    r"|在开车|等红灯|在(?:地铁|公交|车)上|在开会|在路上|在排队"
    # longest first: "thank you for asking" before "thank you", "no complain" before "no"
    r"|\b(?:(?:thanks|thank you) for asking|at all|not (?:one|a single) thing|not a thing"
    # knocking on wood and full marks: "none so far, touch wood", "zero issues. ten out of ten"
    r"|touch ?wood|knock on wood|fingers crossed|so good|(?:ten|10) ?(?:out of|/) ?(?:ten|10)"
    r"|full marks|zero (?:issues|problems|complaints)"
    # nothing in particular: "can't pin down anything specific", "just the usual", "same old"
    r"|(?:can'?t|cannot|couldn'?t) pin (?:it |anything )?down|(?:nothing|anything) (?:specific"
    r"|in particular)|the usual|same old(?: same old)?|same as ever|it is what it is"
    # where the respondent is while typing: "nothing, at a red light", "on the bus"
    r"|(?:i'?m |just |currently )?(?:at|on|in|stuck in) (?:a |the |my )?(?:red light|traffic"
    r"|lights|bus|train|tube|subway|metro|queue|meeting|lunch break|break|gym)|driving"
    r"|nothing (?:to|i'?d|i can|i could) (?:complain|moan|grumble|gripe|report|mention|add|say)"
    r"(?: about)?"
    # praise of the service: "the fibre's been solid", "the connection has been rock solid"
    # trouble never had: "can't say I've had any trouble", "never had any bother with you",
    # "not run into a single issue", "had no hassle" (not "had trouble last week")
    r"|(?:(?:can'?t say (?:i'?ve|i have|we'?ve)|(?:(?:i'?ve|i have|we'?ve)\s+)?(?:not|never"
    r"|haven'?t|have not|not once))\s+(?:really\s+|ever\s+|actually\s+)?(?:had|got|seen|run into"
    r"|come across|experienced|hit)\s+(?:any\s+|a single\s+|an?\s+|one\s+|much\s+)?"
    r"|(?:had|got|seen|run into)\s+(?:no|zero)\s+)(?:(?:real|major|big|serious)\s+)?(?:trouble"
    r"|bother|hassle|issues?|problems?|complaints?|grief|dramas?|faults?|that)"
    r"(?:\s+(?:with|from)\s+(?:you(?: guys| lot)?|it|them|the service|anything))?"
    r"(?:\s+(?:myself|personally))?"
    r"|to be fair|\btbf|in fairness|to be honest|\btbh|in all honesty|\bpersonally"
    r"|\bas for (?:me|you(?: lot| guys)?)|\b(?:you|your) (?:lot|guys|folks|lads)\b"
    r"|(?:(?:the|my|your)\s+)?(?:connection|internet|wi-?fi|service|signal|speeds?|line|network"
    r"|broadband|fib(?:re|er)|it)?(?:'s|\s+has|\s+is|\s+was)?\s*(?:been\s+)?(?:(?:really|very"
    r"|pretty|super|totally)\s+)?(?:rock solid|solid|reliable|flawless|faultless|steady|stable)"
    r"|no complain|naethin|nothin'?|nuthin|(?:been|is|'s|was|are) (?:sound|lekker|spot on|grand)"
    # "can't complain", "mustn't grumble": nothing to complain about
    r"|(?:can'?t|cannot|mustn'?t|can'?t really) (?:complain|grumble|moan|fault (?:you|it|ya|yous))"
    r"|everything(?:'s| is)? (?:ok|okay|fine|good)"
    r"|since i (?:joined|signed up|started|switched)(?: with| to)?(?: you| you guys| your lot)?"
    r"|nothing (?:much|major|big)|nothing really|no complaints?|no issues?|no problems?|no dramas?"
    # New Zealand contentment: "sweet as", "chur", "all sweet", "all gucci"
    r"|sweet as|all (?:sweet|gucci|choice)|chur"
    r"|not really|not much|nothing|none|nope|nah|no|all good|so far|right now|for now"
    r"|at the moment|yet|fine|okay|ok|good|great|alright|decent|work(?:s|ing)(?: fine| ok| well)?"
    r"|does the job|on my end|here|i guess|i suppose|honestly|really|really have any|have any"
    r"|(?:don'?t|do not) (?:really )?have any|not that i can think of|(?:not )?(?:right )?off"
    r" the top of m[aey] head|can'?t say there'?s anything|anything|meh|eh|hmm+|um+"
    r"|thanks|thank you|(?:you guys|you|y'all|your team)"
    r"(?: are| have been| 're|'re|'ve been| been) (?:great|good|fine|decent|brilliant|fab"
    r"|awesome|doing (?:fine|great|well|ok)))\b"
)
# ("不过你们这边倒没啥问题": a contrast and "on your side", like "but" and "on my end")
_ZH_FILLER = re.compile(
    r"你们|我|你|就|是|的|了|吧|呗|啊|呀|嗯|哦|也|都|这个|那个|这边|不过|但是|可是|其实|反正|感觉|具体|自己"
    # "I" and "we" in dialect ("阿拉没啥意见"); a discontent that names nothing ("就是不得劲")
    r"|阿拉|俺|咱|侬|额们|…+|不得劲儿?|不对劲|别扭|膈应|不爽|不痛快|不舒服"
    # written style: "就本人而言，对贵公司暂无意见"
    r"|对(?=贵公司|你们)|贵公司|(?:就)?(?:本人|个人)(?:而言|来说)?"
)
_EN_FUNCTION = frozenset(
    "i i'm im it it's its my me the a an to on of and just can't cant cannot don't dont do is be"
    " that this so well um uh oh yeah kinda sort kind there there's say tell with i've ive been"
    " you u your we we've have has had for since was were am are ago from one plan"
    # terms of address and chat particles: "no, dear", "sho, my bru", "lah"
    " dear pal mate love hun hon bru boet sho lah lor leh ye ye've ya ah sure sorry"
    # "but mine has been fine", "with you guys, nothing": a contrast, an address
    " but mine guys all"
    # one's own set against another's, a short time: "mine's fine though", "only been a month"
    " mine's though myself only".split()
)
# The respondent clears the provider ("跟你们没关系", "你们倒还好", "not your fault"): what the
# rest complains about is someone else (the landlord, an old computer), so it is no complaint.
# "其他你们都还好" clears only the rest, after a real complaint, and does not count.
_NOT_ABOUT_YOU = re.compile(
    r"(?:跟|和|与)你们(?:公司)?(?:没|无)(?:有)?(?:关系|关)|不关你们的?事|不怪你们"
    # "对你们没意见，我意见大的是老板", "这个不算你们的问题"
    r"|对你们(?:公司)?(?:倒是?|是)?(?:没|无)(?:有)?(?:啥|什么)?(?:意见|不满|怨言)"
    r"|不(?:算|是|关)你们(?:公司)?的?(?:问题|事|错|责任)"
    r"|\b(?:no|nothing wrong|not a thing wrong|never had (?:any )?(?:issues?|problems?|trouble))"
    r"(?: (?:complaints?|issues?|problems?))? (?:about|with|against) (?:you|your (?:lot|side|end"
    r"|service|company|network|broadband|internet|wi-?fi|signal))\b"
    # "nothing about you lot", "nothing with the service": the rest is about somebody else
    r"|\bnothing (?:about|with|against|to do with|on) (?:you|your (?:lot|side|end|service"
    r"|company)|the (?:service|provider|network|broadband|wi-?fi|internet))\b"
    r"|(?<![他它别])你们(?:倒|倒是)?(?:还|都|挺|蛮)?(?:好|行|可以|不错|没问题)"
    r"|\bnot (?:on )?you(?:r fault)?\b|\bnothing to do with you|\bnot your (?:fault|problem)"
    r"|\byou(?: guys)?(?:'re| are) (?:fine|ok|okay|alright|good)\b"
)
_ONLY_THE_REST = re.compile(r"其他|其它|别的|其余|除了|otherwise|apart from|other than|besides")
# A concession, then the complaint: "power cut, not your fault, but the router took two days to
# reconnect and nobody could say why" clears the provider of the cut only.
_BUT_THEN = re.compile(r"\b(?:but|though|however|still)\b|但是?|不过|可是")
_CLAUSES = re.compile(r"[,.!?;:，。！？；：~、…]+")
# A question about the question itself, for an open slot.
_META_QUESTION = re.compile(
    r"你说呢|(?:这个?|这种)?(?:也|还)(?:要|得)问|比如(?:说)?(?:哪|什么|啥)|要说(?:什么|啥)|说(?:什么|啥)好"
    r"|指(?:的是)?(?:什么|啥|哪)|(?:你|您)是?说(?:的是)?(?:哪|什么|啥)[种类个样]?的?问题(?=.*[?？]\s*$)"
    # which kind, asked back: "网络方面的还是客服方面的？你说哪个", "network or customer service?"
    r"|(?:方面的?还是[^,，。?？]{1,8}方面的?\s*[?？]\s*)?你说(?:的是)?哪(?:个|种|样|一个)[?？啊呀呢]*\s*$"
    r"|方面的?还是[^,，。?？]{1,8}方面的?\s*[?？]\s*$"
    r"|^(?:the\s+)?(?:network|signal|internet|broadband|billing|bills?|customer service|service"
    r"|support|price|app)\s+or\s+(?:the\s+)?[a-z ]{3,20}\?\s*$"
    r"|(?:什么|啥|撒|甚么?|哪)方面|(?<!nothing )\blike what\b|\bsuch as\?|\bdoes it matter\b"
    r"|\bwhat sort of\b|\bwhat (?:kind of|(?:kinda|sorta) (?:things?|stuff|issues?|problems?))\b"
    r"|" + WHAT_DO_YOU_MEAN + r"|\bwhat should i (?:say|write)\b"
)
# The question echoed back before an answer: "你问我哪儿不满意？", "问我有啥问题？网老断".
_ECHOED = re.compile(r"问我(?:有)?(?:哪里|哪儿|哪些|什么|啥)[^,，。]*[?？]")
# Wondering whether it concerns the provider at all: "不知道是不是你们的问题".
_WONDERING = re.compile(r"不知道(?:是不是|是否|会不会|有没有)|\bnot sure if\b|\bwonder if\b")
# The respondent lost track of the question and asks for it at the end: what came before was
# chatter, not an answer ("……心情巨差，你问的是啥来着？", "…kids screaming, sorry, what was the
# question?").
_LOST_QUESTION = re.compile(
    r"(?:你|您)?(?:刚才?)?问(?:的|了)?(?:是)?(?:啥|什么|哪个)(?:问题)?(?:来着)?|问题是(?:啥|什么)(?:来着)?"
    r"|\bwhat (?:was|is|'s) the question\b|\bwhat did you (?:just )?ask\b"
    r"|\bwhat were you asking\b"
)
# Only particles and punctuation after it: "…what was the question again?", "…问的啥来着？"
_LOST_TAIL = re.compile(r"(?:\s*(?:again|来着|呢|啊|呀|了)|[\s?？!！。.~…])*$")
# The survey itself, asked about: "这个问卷要填多久？", "how many more questions?".
_ABOUT_SURVEY = re.compile(
    r"问卷|调查|(?:几|多少)(?:道|个)?题|还有几个|这(?:些|个)?问题"
    r"|\b(?:survey|questionnaire|questions|more of these)\b|\basked (?:me )?(?:that|this)\b"
    # whether the answers are read at all: "will anyone actually look at this?", "真的有人看吗"
    r"|\b(?:anyone|anybody|someone|somebody|you|you guys)\s+(?:\w+\s+)?(?:read|look at|see"
    r"|care about|listen to)\s+(?:this|these|it|my answers?|the answers?)\b"
    r"|(?:有人|你们)(?:真的?|会|真的会)*(?:看|管|理会?)(?:吗|么|嘛)"
)
# A question said without its question mark: "how many more questions are there".
_ASKING = re.compile(r"^(?:how|what|when|why|will|is|are|do|does|can|who)\b|[?？]|吗|呢")
# Praise or a reason for having none, then the conclusion: "support sorted me out in 5 min, so no
# complaints here", "客服挺给力的，所以没啥好吐槽的".
_CONCLUDED_NONE = re.compile(
    r"(?:\b(?:so|hence|therefore|which is why)\s+(?:i have |i've got |i got |there are |there's )?"
    r"(?:no|zero|nothing|none)\b(?:\s+(?:complaints?|issues?|problems?|to complain about))?"
    r"|所以(?:我)?(?:也|就|真)?没(?:有|啥|什么)(?:可|好|要)?(?:抱怨|吐槽|不满意?|意见|问题|好说)?的?)"
    r"(?:\s*(?:here|from me|really|at all))?[\s.!。！~了啊呀]*$"
)
# Bare judgements with nothing specific: "还行", "just bad", "不满意".
_BARE = re.compile(
    r"^(?:就是|反正|感觉|总之|整体|就|都|也|挺|很|太|真的|特别|比较|有点|just|it's|its|it is"
    r"|overall|everything|all|really|pretty|kinda|it was|was|is|the service|service|服务|a bit|so"
    r"|too|very|[\s,，.!。~])*(?:不好|差|差劲|烂|垃圾|不满意|不太满意|不咋地|不怎么样|糟糕|bad"
    r"|not good|poor"
    r"|terrible|awful|sucks|bad service|not great|whatever|all of it|各方面|都不好|都不行)"
    r"(?:吧|啊|呀|了|的|lol|haha|[\s\W])*$"
)


def asks_back(low: str) -> bool:
    """The message asks about the open question instead of answering it."""
    if is_question_back(low) or is_holding(low) or holds_and_goes(low):
        return True
    if any(_LOST_TAIL.fullmatch(low, m.end()) for m in _LOST_QUESTION.finditer(low)):
        return True  # "…sorry, what was the question?"
    if puts_off(low) and _puts_off_unsaid(low):
        return True  # "…我脑子很乱，等我缓缓再说": no answer yet
    parts = [p for p in _CLAUSES.split(low) if p.strip()]
    if len(parts) <= 2 and _ABOUT_SURVEY.search(low) and _ASKING.search(low.strip()):
        return True  # "你们这个问卷要填多久啊？", "you already asked me that, didn't you?"
    meta = _META_QUESTION.search(low) is not None
    if not meta and _ECHOED.search(low) is None:
        return False
    if meta and len(parts) <= 2:
        return True
    # "哪方面？网速还是师傅？我邻居说你们师傅挺好的": the questions ask back and the rest only
    # passes on what somebody else said, or wonders whether it is the provider at all
    unasked = _OPTIONS_ASKED.sub(_unless_fault, without_questions(low))
    rest = [c for c in _CLAUSES.split(unasked) if c.strip()]
    return all(
        _empty(c) or about_other(c) or _WONDERING.search(c) or _WANTS_OPTIONS.search(c)
        for c in rest
    )


# Options offered back as questions of their own: "网速？价格？客服？", "network? billing?"
_OPTIONS_ASKED = re.compile(r"(?<![^\s?？])[^\s,，。.!！?？][^,，。.!！?？]{0,11}[?？]")


def _unless_fault(m: re.Match[str]) -> str:
    """An option asked back goes, unless it names a fault ("网速太慢？" says one; "价格？" only
    names the service)."""
    bare = SERVICE.sub("", m.group().strip(" ?？"))
    return m.group() if len(bare) > 1 and FAULT.search(m.group()) else " "


# After asking back, asking for options or finding the question hard: "你给我几个选项我好选",
# "open question太难答了", "give me some options", "too hard to answer like that".
_WANTS_OPTIONS = re.compile(
    r"(?:给|列)(?:我|个)?(?:几个|些|一些)?选项|太?(?:难|不好)(?:答|回答)"
    r"|\bgive me (?:some |a few )?options\b|\b(?:too )?hard to answer\b"
)


def _puts_off_unsaid(low: str) -> bool:
    """A message that puts the answer off has said none yet: no fault or service word (other than
    the "you" of "get back to you") and no "nothing" ("没啥不满意的，回头再说" is vague)."""
    if FAULT.search(low) or any(m.group() not in ("you", "your") for m in SERVICE.finditer(low)):
        return False
    return not any(_says_none(c) for c in _CLAUSES.split(low))


def _conceded(low: str, end: int) -> bool:
    """After clearing the provider (ending at `end`), a "but" brings a complaint about the service
    after all: a clause naming the service or a fault of it, not about somebody else."""
    but = _BUT_THEN.search(low, end)
    if but is None:
        return False
    rest = [c for c in _CLAUSES.split(low[but.start() :]) if c.strip()]
    return any(
        (SERVICE.search(c) or FAULT.search(c)) and not about_other(c) and not _empty(c)
        for c in rest
    )


def _turns_to_others(clauses: list[str]) -> bool:
    """After saying there is nothing to complain about, the respondent goes on about somebody
    or something else: "目前没啥不满意的，倒是我们小区物业烂透了", "no complaints from me! my mum
    on the other hand complains about everything"; or the other way round, gripes about others
    or the day only and then nothing for the provider: "my boss drives me mad, but no, nothing
    with you"."""
    if len(clauses) < 2:
        return False
    content = [c for c in clauses if not _empty(c)]
    # (a sigh is no "nothing": "唉，今天隔壁阿婆摔了一跤…" is a story, not an answer)
    if _says_none(clauses[0]) and about_other(content[0]):
        return True
    # a "nothing" anywhere, the rest small talk or others' affairs: "护工代打：没啥不满意的，孙女
    # 还教我视频通话，挺好", "没啥意见，就是今朝落雨脚痛，菜场青菜又涨了"
    if any(map(_says_none, clauses)) and all(about_other(c) or aside(c) for c in content):
        return True
    # (not "my landlord is useless and your bills keep going up, otherwise fine"); small talk
    # before the "nothing" is none either ("外面下大雪路都封了，你们嘛说不上有啥不满意的")
    small_talk = _SAYS_NONE.search(clauses[-1]) is not None  # not a bare "really?"
    # the respondent's own set against another's ("his bill is always wrong, mine's been fine",
    # "我老公那张卡信号差，我自己的没问题"): the provider named in the other's clause is theirs
    own_fine = any(_OWN_CONTRAST.search(c) for c in clauses if _empty(c))
    return _empty(clauses[-1]) and all(
        (about_other(c) or (small_talk and aside(c))) and (own_fine or not YOU.search(c))
        for c in content
    )


# ("我倒觉得还好", "personally I've had none": the respondent's view set against the other's)
_OWN_CONTRAST = re.compile(
    r"\bmine\b|\bmy own\b|\bmyself\b|\bpersonally\b|\bas for me\b|我(?:自己)?的|我自己|我这边"
    r"|我倒|我(?:个人)?(?:觉得|感觉)"
)

_SAYS_NONE = re.compile(
    r"没|无|不满|好(?![累困忙烦饿晕慢卡贵差])|行|满意|不错|可以|凑合|顺|稳|那样|老样子"
    r"|\b(?:no|nothing?|none|nope|nah|fine|ok|okay|good|great|grand|alright|works|solid"
    r"|complain\w*|think of)\b"
)


def _says_none(clause: str) -> bool:
    """The clause says there is nothing (or that all is fine), not only a sigh ("唉") or the
    fillers around another slot's answer."""
    return _SAYS_NONE.search(clause) is not None and _empty(clause)


def _empty(clause: str) -> bool:
    rest = _NOTHING.sub(" ", _VAGUE_CORE.sub(" ", clause))
    cjk = sum(1 for ch in _ZH_FILLER.sub("", rest) if "\u4e00" <= ch <= "\u9fff")
    words = [w for w in re.findall(r"[a-z']+", rest) if w not in _EN_FUNCTION]
    return cjk <= 1 and not words


# Words that belong to an explained number: its hedge before ("快三年", "about 2 years") and its
# unit after ("4 stars", "3/5").
_HEDGE_BEFORE = re.compile(
    r"(?:(?:快|将近|差不多|大概|大约|约|近|都|已经|\b(?:about|around|almost|nearly|roughly|over))\s*)+$"
)
_UNIT_AFTER = re.compile(r"\s*(?:多|stars?\b|points?\b|pts\b|分|颗星|星|/\s*\d+|out of \d+)")


def _widened(low: str, start: int, end: int) -> tuple[int, int]:
    hedge = _HEDGE_BEFORE.search(low, 0, start)
    unit = _UNIT_AFTER.match(low, end)
    return (hedge.start() if hedge else start), (unit.end() if unit else end)


def is_vague_open(low: str, explained: Sequence[tuple[int, int]] = ()) -> bool:
    """An open answer that names nothing specific once explained spans are set aside."""
    if _BARE.match(low.strip()) or loose_answers.unexplained_gripe(low):
        return True  # ... or "just bad overall, cant explain"
    cleared = _NOT_ABOUT_YOU.search(low)
    if cleared and not _ONLY_THE_REST.search(low) and not _conceded(low, cleared.end()):
        return True
    if _CONCLUDED_NONE.search(low):
        return True
    if VAGUE.search(low) is not None:
        # a vague phrase that leaves almost nothing ("can't really put my finger on it"); a fault
        # of the service in what is left is a complaint ("没什么，就是老掉线")
        rest = VAGUE.sub(" ", low)
        cjk = sum(1 for ch in _ZH_FILLER.sub("", rest) if "\u4e00" <= ch <= "\u9fff")
        if (
            cjk <= 3
            and len([w for w in re.findall(r"[a-z']+", rest) if w not in _EN_FUNCTION]) <= 2
            and not FAULT.search(low)
        ):
            return True
    blanked = _blanked(low, explained)
    clauses = [c for c in _CLAUSES.split(blanked) if c.strip()]
    if not clauses:
        return False
    if all(_empty(c) for c in clauses):
        # only another slot's answer and fillers ("对了，我家是光纤", "before I forget, I'm on the
        # two year contract") is no answer here; with a "nothing" it is ("用了三年了，没啥问题")
        return blanked == low or any(_SAYS_NONE.search(c) for c in clauses)
    return _turns_to_others(clauses)


def names_a_grievance(low: str, explained: Sequence[tuple[int, int]] = ()) -> bool:
    """The answer names the service or something wrong once the words another slot explained
    are set aside: "before I forget, I'm on the two year contract" gives the contract under the
    complaint question, no complaint (and, saying no "nothing", no vague answer either). A fault
    inside another slot's words still is one ("再掉线就换" gives the churn intent and the fault)."""
    return FAULT.search(low) is not None or _names_a_grievance(_blanked(low, explained))


def _blanked(low: str, explained: Sequence[tuple[int, int]]) -> str:
    """`low` with the explained spans (and their hedges and units) blanked out, same length."""
    for start, end in explained:
        start, end = _widened(low, start, end)
        low = low[:start] + " " * (end - start) + low[end:]
    return low
