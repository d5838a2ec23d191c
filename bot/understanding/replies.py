"""Replies that are not values: commands, refusals, vague answers, and yes/no.

These are recognised by phrase patterns in both languages. Commands must be about the
conversation itself ("暂停", "show my data", "English please"), so the patterns for stopping only
accept a short message that is essentially the command: "I'll decide later" answers a question,
"later" pauses the survey. Refusals and vague answers are judged for the slot that was asked and
only when no value for it was found: "不知道是啥，反正有个光猫" is an answer (fiber), not vague.
"""

from __future__ import annotations

import re

from bot.understanding.normalize import clean_surface, lower_same_length
from bot.understanding.types import Command

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
_SWITCH_ZH = re.compile(
    r"(?:说|讲|用|换成|切换到|切换成|改成|改用)(?:中文|汉语"
    r"|普通话|国语)|中文(?:吧|就行|可以吗|好吗|please)"
    r"|^(?:中文|汉语|普通话)$|(?:speak|use|in|switch to"
    r"|talk in|reply in|continue in) (?:chinese|mandarin)"
    r"|chinese please|mandarin please"
)
_SWITCH_EN = re.compile(
    r"english please|(?:speak|use|switch to|talk in"
    r"|reply in|continue in|answer in|write in) english"
    r"|(?:can|could|do) you (?:speak|do|talk in|use) english|in english(?: please)?$|^english$"
    r"|(?:说|讲|用|换成|切换到|切换成|改成|改用)英(?:文|语)|英(?:文|语)(?:吧|就行|可以吗|好吗)"
)

_REFUSAL = re.compile(
    r"不方便(?:说|透露|告诉|讲|回答|提供)?|保密|不(?:太|大|是很)想(?:说|讲|告诉|透露|回答)"
    r"|不想(?:细|多|具体|详细|再)?(?:说|讲|告诉|透露|回答|打分|填|提|聊|分享|回)"
    r"|不用(?:称呼|叫名字|留名字?)|(?:称呼|名字|姓名)就?(?:不用|不必|免了)"
    r"|不愿意?(?:说|透露|告诉|回答|讲)|不告诉你|不(?:能"
    r"|便)(?:说|告诉|透露)|就不(?:说|留|讲|提|填|告诉|透露|打)[了啦喇咯]"
    r"|不说了|(?:私人|个人)(?:问题|信息|的事)|隐私|无可奉告"
    r"|跳过|下一题|略过|不回答|秘密|这个不(?:说|讲|填)"
    r"|没必要(?:说|告诉)|关你什么事|管得着|不关你的?事|别问了|不予回答"
    r"|(?:名字|称呼|姓名|这个|这题|这个问题|打分|评分|打星|评价)(?:就|还是)?算了"
    r"|\banonymous\b|\banon\b"
    r"|prefer not|(?:(?:i'?d|i would) |^)rather not\b(?!\s+(?:switch|leave|change|move|cancel|renew"
    r"|stay|go|have|be|pay|use))|rather not (?:say|share|answer|tell|discuss|rate|give)"
    r"|none of your (?:business|concern)|not your (?:business|concern)|mind your own"
    r"|not telling|won'?t (?:say|tell|share)|\bnunya\b"
    r"|(?:don'?t|do not) (?:want|wish|care) to (?:say|give|provide|reveal|leave"
    r"|share|answer|tell|talk|go into|discuss|disclose|rate)"
    r"|not comfortable|that'?s (?:personal|private)|\bno names\b|\bno name,? please\b"
    r"|\b(?:keep|leave)\s+(?:\w+\s+){0,2}?out of (?:this|it)\b"
    r"|keep (?:that|it|this|my \w+) (?:private|to myself)"
    r"|^skip\b|\bskip (?:this|it|that|the question)|^pass\b|\bi'?ll pass\b|no comment|\bdecline"
    r"|not going to (?:say|tell|share|answer)|confidential|next question|private matter"
    r"|personal question|not (?:gonna|going to) answer|not answering|\bclassified\b"
    r"|\b(?:is|'s|are) (?:private|a secret)\b|\bnot (?:giving|sharing|telling)\b|匿名|"
    r"(?:^|[,，。]\s*)不说[了啦吧]?[!！。]?$|rather not (?:get|go) into|不留名|名就不留"
    r"|(?:名字|称呼|姓名)(?:不重要|无所谓|没那么重要)|\bname (?:doesn'?t|does not|don'?t) matter"
    r"|\bname(?:'s| is)? not important|\bno giving\b"
    # a rating put off: "你们就先不评了" ("先不聊" may only mean "later")
    r"|先不(?:评|打分)"
    r"|\b(?:i'?d|i would) sooner not\b|\bnot something i (?:share|give out|discuss|tell)"
    r"|\bnot something i'?m (?:comfortable|happy|keen) (?:sharing|saying|telling|giving)"
    r"|(?:^|\bi |[,.]\s*)(?:don'?t|do not|never|won'?t) (?:give out|hand out|disclose|share) "
    r"(?:my |any |that |such |payment |personal |bank |card |financial )*"
    r"(?:info|information|details)\b"
    r"|(?:^|[,，。？?!！]\s*)不填(?:了|啦|吧)?(?=$|[,，。.!！])"
    r"|\bleave (?:that|it|this) (?:one )?blank|(?:^|[,.]\s*)skip[.!]?$|^no,? thank(?:s| you| u)\b"
)
_VAGUE = re.compile(
    r"不记得|记不清|记不得|记不太清|忘了|忘记了|不知道"
    r"|不晓得|不清楚|不(?:太|大|是很)(?:清楚|知道|记得|确定)|说不清|说不好|不好说|说不上|说不准"
    r"|暧昧|算(?:是)?有?吧|勉强算|随意"
    r"|没(?:有|啥)?(?:什么|特别的?|啥)?(?:爱好|兴趣)|no hobbies"
    r"|(?:don'?t|do not) have (?:any )?hobbies"
    r"|\bcould (?:also )?be\s+(?:\d|one|two|three|a|an)\b|也可能是|随便|随你|看着叫"
    r"|怎么叫就怎么叫|怎么叫都|(?:点|咩|乜)叫都|\bpick one\b|\b(?:don'?t|dont) mind\b"
    r"|\bcall me (?:anything|whatever|what you)\b"
    r"|都行|都可以|无所谓|还行|还可以|还好|一般般|^一般[吧啊呀]?$|凑合|差不多吧"
    # a start tied to an event without a date: "搬进新家那年办的", "高中的时候办的卡"
    r"|(?:那年|那会儿?|那时候?|的时候)[^,，。]{0,6}?(?:办|开通|装|开始用|入网)"
    r"|好多年|很多年|好几年|好久|很久|挺久"
    r"|几年|几个月|几十|几百|好些年|有些年|有段时间"
    r"|一段时间|不少钱|挺多|蛮多|不多|挺贵|有点贵|不小了"
    r"|到处跑|没有固定|不一定|没想好|一言难尽|看情况|没什么|没啥|懒得想|谁知道|天知道"
    r"|\b(?:don'?t|do not|can'?t|cannot|couldn'?t) (?:remember"
    # but "don't tell the head": an aside, not "I can't tell"
    r"|recall|say|tell(?! (?:the|my|your|him|her|them|anyone|anybody)\b)|know)|no idea|not sure"
    r"|\bunsure\b|dunno|\bidk\b|hard to say|difficult to say|\bdepends\b|it varies|\bvaries\b"
    r"|没什么不满意的?|没有不满意的?|都挺好的?|都还好|no complaints|nothing to complain|all good"
    r"|whatever|doesn'?t matter|\bages\b|donkey'?s years|\byonks\b|a while|a long time"
    r"|\bforever\b|\ba few\b|\bseveral\b"
    r"|some time|not much|\bnothing much\b|old enough|stopped counting|complicated|kind of|sort of"
    r"|\bsorta\b|\bfiguring (?:it|things) out\b"
    r"|long story|\bthat'?s all i (?:remember|recall|know)\b"
    r"|the usual|all over|travel for work|finger on it|no clue|beats me|who knows"
    r"|^anything\b|\banything(?:'s| is)? (?:fine|ok|okay|works|goes)|comes? to mind"
    r"|can'?t think of (?:anything|any)|想不(?:出来|起来)"
    # no amount ("没多久", "not long"), or only a comparison ("比以前好点了", "better than before")
    r"|没多久|不久|\bnot (?:that |very |too )?long\b|\bsince (?:covid|the pandemic|lockdown)\b"
    r"|比(?:以前|之前|原来|过去|隔壁|别家|那家|其他家?|上一家)[^,，。]{0,6}(?:好|强|差|快|慢)"
    r"|\b(?:better|worse) than (?:before|it was|my (?:old|last|previous)|the (?:old|last))"
    r"|\bcompared (?:to|with)\b|不好评价|不好打分|too (?:early|soon) to (?:tell|say)"
    r"|时好时[坏差]|有时(?:候)?好有时(?:候)?[差坏]|hit or miss|up and down"
    r"|^(?:ok|okay|k|fine|meh|hmm+|um+|嗯+|哦+|额+|呃+|啊+)$|\bmixed\b|not really\b"
)
VAGUE = _VAGUE  # the vague phrases, for judging open answers (`open_answers`)
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


# A question back about the question itself ("define partner", "什么意思？", "怎么算"): no answer.
_QUESTION_BACK = re.compile(
    r"^(?:(?:hmm+|um+|uh+|well|so|wait|sorry)[\s,.!]*)*(?:define\b|what do you mean\b"
    r"|what does .{1,30} mean\b|what counts as\b|meaning what\b|how do you define\b)"
    r"|什么意思|啥意思|(?:是指|指的是)(?:什么|啥)|怎么算|算不算|(?:什么|啥)叫"
)


def is_question_back(low: str) -> bool:
    """One clause that asks what the question means, and says nothing else (not even "不知道")."""
    parts = [p for p in _CLAUSE_SPLIT.split(low) if p.strip()]
    return len(parts) == 1 and _QUESTION_BACK.search(low) is not None and not is_vague(low)


# Asking what the question or the scale means, or what counts, inside a longer message: "what counts
# as a partner? like do business partners count", "does my godson count?", "what's a 3 mean?",
# "这个问题是问我自己的孩子对吧？".
_MEANING = re.compile(
    r"\bdefine\b|\bwhat do you mean\b|\bwhat does\b[^.?!]{1,30}?\bmean\b|\bwhat counts\b"
    r"|\bwhat(?:'s| is)\s+(?:an?\s+)?[\w']+\s+mean\b|\bmeaning what\b|\bhow do you define\b"
    r"|\b(?:do|does|would)\s+(?:[\w']+\s+){0,4}?count\b|\bdo you mean\b|\bare you asking\b"
    r"|什么意思|啥意思|是指|指的是|怎么算|算不算|(?:什么|啥)叫|算(?:吗|么)"
    r"|(?:是(?:在)?问|问的是)[^?,，。]{0,12}?(?:吗|么|对吧|是吧|对不对)"
)
_CLAUSE_START = re.compile(r"[,.?!;]|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def meaning_spans(low: str) -> list[tuple[int, int]]:
    """Spans of the clauses that ask what the question means or what counts; words inside them
    state nothing, and after them only strong evidence answers."""
    spans: list[tuple[int, int]] = []
    for m in _MEANING.finditer(low):
        starts = [b.end() for b in _CLAUSE_START.finditer(low, 0, m.start())]
        stop = _CLAUSE_START.search(low, m.end())
        spans.append((starts[-1] if starts else 0, stop.end() if stop else len(low)))
    return spans


# Answers that cannot give the asked value: a zodiac sign or generation instead of an age, a start
# tied to an event rather than a date, somebody else paying the bill, a wallet that is no payment
# option. Only read when no value was found; unlike the phrases above they never hedge a value.
_NO_VALUE = re.compile(
    r"属(?:鼠|牛|虎|兔|龙|蛇|马|羊|猴|鸡|狗|猪)|本命年"
    r"|year of the (?:rat|ox|tiger|rabbit|dragon|snake"
    r"|horse|goat|sheep|ram|monkey|rooster|dog|pig)\b|(?<![\d年])[〇零一二三四五六七八九\d]{2}后"
    r"|\bgen(?:eration)? ?[xyz]\b|\bmillennial|\bboomer\b|\bzoomer\b"
    r"|(?:那会儿?|那时候?|那年)(?:就|起|开始)"
    r"|(?:毕业|结婚|工作|上大学|搬家|退休|生孩子|出国|回国)(?:以后|之后|后|那年|那会儿?)?(?:就|才)"
    r"(?:开始|办|装|用|开通)"
    r"|\bsince (?:my|our|the|before|i was|we were|uni|college|school|(?:last |this )?(?:summer"
    r"|spring|winter|autumn"
    r"|fall)|i (?:started|moved|left|got|graduated|finished|retired))\b"
    r"|\b(?:company|work|employer|boss|parents?|folks|mum|mom|dad|wife|husband|partner)(?:'s)?\s+"
    r"(?:pays?|covers?|handles?|sorts?)\b|\bon (?:my|the) (?:company|work|employer|parents?|dad|mom"
    r"|mum)(?:'s)? (?:account|plan|bill)|\bbundled (?:in|with)|\bincluded in (?:my|the) rent"
    r"|(?:公司|单位)(?:给|帮我?)?(?:报销?|出|付|交|承担)|(?:公司|单位)的?(?:套餐|账户|号|卡)"
    # the respondent never looked, or someone else knows: "我没细算", "具体问我老公"
    r"|没(?:有)?(?:留意|注意|细算|算过|关注|在意)|(?<![多])不(?:贵|便宜)(?![^,，。]{0,3}\d)"
    r"|问(?:问|一下)?(?:我|我家)?(?:老公|老婆|爱人|媳妇|爸|妈|儿子|女儿|家里人?)"
    r"|\bask (?:my|the) (?:wife|husband|partner|dad|mum|mom|son|daughter|parents)"
    r"|\bbill (?:goes|is sent|gets sent) to\b"
    # a way of paying that is no option: cash over the counter, an automatic debit with no means
    r"|现金|\b(?:pay|paid|in) cash\b|\bcash (?:at|in|over)\b|(?:每月|每个月)[^,，。]{0,6}自动扣的?$"
    r"|\b(?:work|company) (?:phone"
    r"|plan|account)\b|[一二三四两\d]位数|(?:爸妈|父母|家里|老公|老婆|我妈|我爸)(?:帮我)?(?:交|付|出)的"
    r"|支付宝|微信(?:支付)?|云闪付|\balipay\b|\bwechat\b|\bpaypal\b|\bapple pay\b|\bgoogle pay\b"
    r"|\bvenmo\b|\bzelle\b|\bcash app\b|\bgcash\b|\bpaymaya\b|\bm[- ]?pesa\b|\bpaytm\b|\bphonepe\b"
    r"|\bgrabpay\b|\bgopay\b|\bopay\b|\bpalmpay\b|\bkakao ?pay\b|\bsamsung pay\b"
    # an automatic payment names no means ("autopay, on the 1st")
    r"|\bauto[- ]?pay(?:ment)?s?\b|\bautomatic payments?\b"
    r"|搞不(?:懂|清楚?|明白)"
    # the respondent does not understand the choice: "网的话我不懂", "光纤？DSL？听不懂"
    r"|(?:听|看)不(?:懂|明白)|我(?:也|都)?不(?:太|大)?懂"
)
# Holding the conversation, not answering yet: "hold on, one sec", "让我想想".
_HOLD = re.compile(
    r"\b(?:hold on|hang on|one sec(?:ond)?|just a (?:sec|second|minute|moment)|a sec\b|one moment"
    r"|give me a (?:sec|second|minute|moment)|(?:let me|lemme) think|brb)\b|稍等|等一下|等等"
    r"|等会儿?|我想想|让我想想|想一下|我看看|让我看看"
)
# Still making up their mind: "ok you guys... lemme think", "嗯…让我想想".
_THINKING = re.compile(r"\b(?:let me|lemme) think\b|让我想想|我想想|容我想想|想一下")
# A short question to the bot ("你们能解决吗？", "can you fix it?") asks, it does not answer.
_ASK_BACK = re.compile(
    r"^(?:你们|你)(?:能|会|可以|能不能|会不会|管不管)[^,，。]{0,8}(?:吗|么|嘛)?\s*\?+$"
    r"|^(?:can|will|could|would) you(?: guys)? (?:fix|solve|help|sort)[^,.!]{0,20}\?+$"
)


def is_refusal(low: str) -> bool:
    return _REFUSAL.search(low) is not None


# A bandwidth answers a choice of service with no option: "100兆够用了", "the 500 meg one".
_BANDWIDTH = re.compile(r"\d+\s*(?:兆|mbps\b|megs?\b|mb\b)|[一二三四五六七八九十百千两]+兆")


def names_bandwidth(low: str) -> bool:
    return _BANDWIDTH.search(low) is not None


def is_vague(low: str) -> bool:
    return _VAGUE.search(low) is not None or _NO_VALUE.search(low) is not None


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


def vague_elsewhere(low: str, spans: list[tuple[int, int]]) -> bool:
    """A vague phrase outside the value's own words: "算是有吧…说不清楚" hedges its "有".

    A mild judgement ("开手机热点凑合", "fiber, it's ok") rates the value; it does not hedge it."""
    return any(
        all(m.end() <= start or m.start() >= end for start, end in spans)
        and not _NOT_A_HEDGE.fullmatch(m.group())
        for m in _VAGUE.finditer(low)
    )


# A mild judgement rates, and a vague amount of time ("用了好几年了") is about the tenure: neither
# hedges another answer.
_NOT_A_HEDGE = re.compile(
    r"还行|还可以|还好|一般般|凑合|好多年|很多年|好几年|好久|很久|挺久|几年|几个月|好些年|有些年|几十|几百"
    r"|有段时间|一段时间|\ba while|a long time|\bages\b|donkey'?s years|\byonks\b|\bforever\b"
)


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
)
_LEAD_NO = re.compile(r"(?:没有|没|不会|不是|否|no|nope|nah|not really|never)")


def leading_yes_no(text: str) -> bool | None:
    """A yes or no that opens an answer and is then explained ("会的，用惯了", "nope, it's me").

    Only real answer words count; fillers such as "嗯" or "ok" open any message.
    """
    low = lower_same_length(clean_surface(text))
    parts = [p.strip() for p in _CLAUSE_SPLIT.split(low) if p.strip()]
    if len(parts) < 2 or "?" in low:
        return None
    head = _POLITE_TAIL.sub("", parts[0]).strip()
    if _LEAD_NO.fullmatch(head):
        return False
    if _LEAD_YES.fullmatch(head):
        return True
    return None
