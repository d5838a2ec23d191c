"""Vague answers, and answers that cannot give the asked value.

A vague answer answers the asked slot without a usable value ("不记得了", "a while", "还行" on a
slot that needs a number); it is judged only when no value for the slot was found, and a vague
phrase next to a weak value hedges it ("算是有吧…说不清楚"). Words that cannot give the value
("属狗的", "公司报销的", a wallet that is no payment option, a region for a city) are read alike but
never hedge a value. Neither counts inside a question to the bot ("can I pay with GCash?").
"""

from __future__ import annotations

import re

from bot.understanding import others
from bot.understanding.interests import free_time
from bot.understanding.literal_gates import gated, split_gated
from bot.understanding.options import option_context, wallets
from bot.understanding.people import clause_before
from bot.understanding.unanswered import no_basis, shrugs, their_lines, unnumbered, vague_scope

# Amounts said without a number ("好几年", "几百", "a while", "not long"): vague where a number is
# asked; a yes/no question cannot be answered so ("家长群消息几百条" is no vague dependents answer).
_AMOUNT = (
    r"好多年|很多年|好几年|好久|很久|挺久|几年|几个月|几十|几百|好些年|有些年|有段时间|一段时间"
    r"|不少钱|挺多|蛮多|(?<!差)不多|挺贵|有点贵|不小了|没多久|不久|一年半载|三年五载"
    r"|\bnot (?:that |very |too )?long\b"
    # (English phrases whole: "an awesome time", "I've told enough people", "some times" are none)
    r"|\bages\b|donkey'?s years|\byonks\b|\bforever\b|\ba few\b|\bseveral\b"
    r"|\b(?:a while|a long time|some time|not much|old enough|long enough|stopped counting)\b|够久"
    # not knowing how much: "份子钱都不知道给多少" is vague about an amount only
    r"|不知道[^,，。]{0,3}多少"
    # only that it is a lot: "too much, that's how much", "way too much", "costs me a fortune",
    # "太多了", "too bloody much" (not "too much hassle to switch", "too much data", "my sister
    # pays a fortune"; how often, not how much: "I change phones too much")
    r"|(?<!phones )(?<!handsets )(?<!providers )(?<!networks )(?<!plans )\b(?:(?:way|far|much"
    r"|wa+y) )?too (?:(?:bloody|damn|darn|effing|f\w*ing|freaking|flipping|ruddy) )?much(?=\s*"
    r"(?:$|[,.;!?…]|mate\b|honestly\b|tbh\b|lol\b|really\b|that'?s\b))|(?:^|[,.;!?]\s*|\b(?:i|we)"
    r" pay\s+|\bcosts? (?:me|us)\s+)(?:a (?:small |bloody |damn )?fortune|an arm and a leg)\b"
    r"|(?:^|[,，。.!！])(?:真是|实在)?太多了(?=\s*(?:$|[,，。.!！~…]))"
)
_VAGUE_WORDS = (
    r"不记得|记不清|记不得|记不住|记不牢|记不太清|忘了|忘记了|不知道(?![^,，。]{0,3}多少)"
    r"|不知(?=[^道晓觉,，。]{1,5}(?:未|没有?|吗|否)[\s?？。.!！…]*(?:$|[,，]))"  # "唔知续咗未"
    r"|[不伐弗勿]晓得|不清楚|(?:不(?:太|大|是很)?|无法)(?:清楚|知道(?![^,，。]{0,3}多少)|记得|确定)|说不清|说不好|不好说|说不上|说不准|难(?:讲|说)(?!话|出口)"
    r"|没(?:什么|啥|有|太大)?印象|印象不深"
    # the options not told apart: "我真分不清", "弄不明白这些", "can't tell them apart"
    r"|分不(?:清|出来?)|(?:搞|弄|闹)不(?:懂|明白)"
    # ... or not yet worked out ("现在咋交的我还没弄明白"; not the question: "没弄明白你问的啥",
    # nor a question of the respondent's just asked: "光纤跟DSL哪个快？我一直没搞明白")
    r"|(?:^|(?<=[,，。.!！]))[^,，。?？]{0,12}?没(?:弄|搞)(?:明白|清楚|懂)(?![^,，。]{0,2}你)"
    # Swahili "I don't know": "sijui kuhusu contract"
    r"|\bsijui\b|\bcan'?t tell (?:them|the two|which is which) apart\b"
    r"|\b(?:never|don'?t|do not) (?:really )?(?:understood|understand|know) the difference\b"
    r"|暧昧|算(?:是)?有?吧|勉强算|随意"
    r"|没(?:有|啥)?(?:什么|啥)?(?:特别的?)?(?:爱好|兴趣|嗜好)|no hobbies"
    r"|(?:don'?t|do not) have (?:any )?hobbies"
    r"|\bcould (?:also )?be\s+(?:\d|one|two|three|a|an)\b|也可能是|(?<![要别能会])随便|随你|看着叫"
    r"|(?:怎么|咋|点|咩|乜)叫(?:就|都)|[叫喊]我?(?:啥|什么|么子?|乜|咩)(?:都|就叫)|\bpick one\b"
    r"|(?<!if you )(?<!if ya )(?<!if u )(?<!if ye )\b(?:don'?t|dont) mind\b"  # (a courtesy)
    # the choice left to the bot, in any spelling: "call me wotever u like", "你看着办"
    r"|\bcall me (?:anything|whatever|(?:what|wot|wat) (?:you|u|ya|ye))\b"
    r"|\b(?:what|whatever) (?:you|u|ya|ye) call me\b"
    r"|\b(?:w[ao]t[e]?v(?:er|a|s|z)|whatev(?:s|a|z)?|wotevs)\b|看着办"
    r"|你(?:来)?(?:定|决定)(?:吧|啦)?(?=$|[,，。.!！~])"
    r"|都行|都可以|无所谓|还行|还可以|还好|一般般|^一般[吧啊呀]?$|凑合|差不多吧"
    # a start tied to an event without a date: "搬进新家那年办的", "高中的时候办的卡"
    r"|(?:那年|那会儿?|那时候?|(?<![有到么啥])的?时候)[^,，。]{0,6}?(?:办|开通|装|开始用|入网)"
    r"|到处跑|没有固定|不一定|没想好|一言难尽|看情况|没(?:什么|啥|甚么?)(?!客人|人|生意|胃口|顾客|车|动静|用)|懒得想|谁知道|天知道"
    # asked back as if nobody could know: "how would I know", "how am I supposed to know", "我哪
    # 知道", "我咋知道", "天晓得"
    r"|\bhow(?: would|'d| should| could| do| am| are| is)? (?:i|we|anyone|anybody)"
    r"(?: (?:be )?(?:supposed|meant|expected) to)? (?:know|remember|tell)\b"
    r"(?!\s+(?:if|whether|which|what|when|where|who|how)\b)"
    r"|(?:我|俺)(?:哪|哪里|哪儿|怎么|咋)(?:会|能)?(?:知道|晓得|记得)|天晓得|鬼(?:知道|晓得)|谁晓得|哪还?记得"
    # it depends on the mood: "看心情", "随心情吧"
    r"|(?:看|随)心情"
    # dialect spellings of "don't know": Geordie "divvent knaa", Trinidadian "I doh remember"
    r"|\b(?:divvent|divn'?t|dinnae|dinna|doh|dunnae)\s+(?:really\s+)?(?:know|knaa|knaw|ken"
    r"|remember|recall)\b(?!\s+(?:how|why|who)\b)"
    r"|\b(?:don'?t|do not|can'?t|cannot|couldn'?t|could not|couldnae|cannae) (?:remember"
    # but "don't tell the head": an aside, not "I can't tell"
    # ("don't know what to make of it": an opinion of something else, not the answer)
    r"|recall|say|tell(?! (?:the|my|your|him|her|them|anyone|anybody)\b)"
    r"|know(?! what to (?:make|think) of\b))|no idea|not sure"
    r"|\bunsure\b|dunno|\bidk\b|(?:hard|difficult|tough) to (?:say|tell)|\bdepends\b|it varies"
    r"|\bvaries\b|没什么不满意的?|没有不满意的?|都挺好的?|都还好|no complaints|nothing to complain"
    r"|all good|whatever|doesn'?t matter"
    # (phrases whole: "nice and uncomplicated" is no hedge; "long story, my uncle…" opens a story)
    r"|\bnothing much\b|\b(?:complicated|kind of|sort of|long story(?!,\s*(?:my|our|the|so)\b)"
    r"|the usual)\b"
    # chat spellings: "its complicatid", "complikated"
    r"|\bcompli[ck]{1,2}at{1,2}[eio]d\b"
    # (not a spill: "spilt Milo all over the couch"; "all over the place" still is)
    r"|\ball over\b(?!\s+(?:the (?!place\b|shop\b)|my|our|his|her|their|its|it|them|me|him|us)\b)"
    r"|\bsorta\b|\bfiguring (?:it|things) out\b|\bthat'?s all i (?:remember|recall|know)\b"
    r"|travel for work|finger on it|no clue|beats me|who knows|\bwho (?:even )?remembers\b"
    r"|\b(?:i'?ve tried|tried|trying) (?:(?:online|internet|speed)\s+)?dating\b(?!\s+apps?\b)"
    r"|(?:haven'?t|have not)(?: got)? a clue|comes? to mind"
    r"|\b(?:haven'?t|not) used it (?:enough|long enough) to (?:say|judge|tell|rate)\b"
    r"|\bi (?:don'?t|never) (?:even )?look(?=\s*(?:$|[.,!;]))"
    r"|^anything\b|\banything(?:'s| is)? (?:fine|ok|okay|works|goes)|想不(?:出来|起来)"
    r"|can'?t think of (?:anything|any|(?:a|one) (?:single )?thing)(?: off the top of my head)?"
    # no amount ("没多久", "not long"), or only a comparison ("比以前好点了", "better than before")
    r"|\bsince (?:covid|the pandemic|lockdown)\b"
    # (also than something named before, by a pronoun: "你们比它强多了")
    r"|比(?:以前|之前|原来|过去|去年|前年|上个?月|上次|刚开始|刚装|隔壁|别家|那家|其他家?|上一家"
    r"|它们?|他们|她们"
    # a time of the past: "比刚用的时候强点", "比刚装那会儿快", "比去年这个时候好"
    r"|[^,，。比]{1,8}?(?:的时候|那会儿?|那时候?|那阵子?|这个时候))"
    r"[^,，。]{0,6}(?:好|强|差|快|慢)"
    r"|跟(?:以前|之前|原来|过去|去年|隔壁|别家|那家|其他家?|上一家)[^,，。]{0,6}差不多"
    r"|\b(?:about|pretty much|much) the same as (?:before|ever|always|last|my old|the old)\b"
    r"|\b(?:better|worse) than (?:before|it was|it used to be|last (?:year|month|week|time)"
    r"|a (?:year|month|while) ago|my (?:old|last|previous)|the (?:old|last)"
    # than something named before: "you're better than them"
    r"|(?:them|it|those guys|that lot)\b)"
    # a change without a level: "it's improved since last year", "has got worse lately"
    r"|\b(?:it'?s|it has|has|have)\s+(?:(?:really|definitely|a bit|slightly)\s+)?(?:improved"
    r"|got(?:ten)? (?:better|worse))\b"
    r"|\bcompared (?:to|with)\b|不好评价|不好打分?(?=[的啊呀吧哈]*\s*(?:$|[,，。.!！~…]))"
    r"|too (?:early|soon) to (?:tell|say)"
    # better or worse since a change, with no level: "it's been better since they fixed the mast",
    # "修好以后好多了"
    r"|\b(?:better|worse)\s+since\b"
    r"|(?:以后|之后|过后)[^,，。]{0,4}(?:好|强|快|稳|差|慢)(?:多了|点了|一些了|些了|不少)"
    # "hard to say", built on a rating word: "不太好说" (but "不太好，说实话" rates)
    r"|不(?:太|大|是很|怎么)?好(?:说|讲)(?!话|实话|真的|白了)"
    # a judgement put off until the respondent has used it longer or made up their mind: "还得再
    # 用用看", "再观察观察", "still deciding", "haven't made up my mind"
    r"|再?用用看|(?:再|多)用(?:一段时间|一阵子?|几天|些日子|段时间)?(?:看看|再说)|(?:再|还得|还要)观察"
    # (undecided about something else is none: "还没决定换不换", "haven't decided whether to move")
    r"|没(?:决定|拿定主意)(?:好)?(?=\s*(?:呢|啊|吧|哦)?\s*(?:$|[,，。.!！?？~…]))"
    r"|\bstill (?:deciding|undecided|making (?:up )?my mind|on the fence|weighing (?:it|things) up)"
    r"(?!\s+(?:whether|if|to|on|about|which|what|between)\b)"
    r"|\b(?:haven'?t|have not|not yet) (?:decided|made (?:up )?my mind)"
    r"(?!\s+(?:whether|if|to|on|about|which|what|between)\b)|\bundecided\b"
    r"|\bjury'?s (?:still )?out\b"
    r"|\bneed to (?:use|try) it (?:a (?:bit|little) |for )?(?:longer|more|a while)\b"
    # "I need another month of using it before I judge properly"
    r"|\bbefore i (?:can )?(?:properly |really )?(?:judge|rate it|rate you|score it)\b"
    r"|时好时[坏差]|有时(?:候)?好有时(?:候)?[差坏]|hit[- ](?:or|and)[- ]miss|up and down"
    r"|^(?:ok|okay|k|fine|meh|hmm+|um+|嗯+|哦+|额+|呃+|啊+)$|\bmixed\b|not really\b"
)
_VAGUE = split_gated(_VAGUE_WORDS + "|" + _AMOUNT)
_AMOUNT_RE = re.compile(_AMOUNT)
_VAGUE_NO_AMOUNT = split_gated(_VAGUE_WORDS)
VAGUE = _VAGUE  # the vague phrases, for judging open answers (`open_answers`)

# Not looking something up, for want of time or care: "没看", "没心思看", "懒得查".
_NOT_LOOKED = r"(?:没(?:有)?(?:心思|空|时间|工夫|功夫|精力)?|懒得|顾不上)"
# The papers that say what is paid and for how long: the bill and the contract.
_PAPERS_ZH = r"(?:账单|话费|合同|合约|协议|条款)"


# Answers that cannot give the asked value: a zodiac sign or generation instead of an age, a start
# tied to an event rather than a date, somebody else paying the bill, a wallet that is no payment
# option. Only read when no value was found; unlike the phrases above they never hedge a value.
_NO_VALUE = split_gated(
    r"属(?:鼠|牛|虎|兔|龙|蛇|马|羊|猴|鸡|狗|猪)|本命年"
    r"|year of the (?:rat|ox|tiger|rabbit|dragon|snake"
    r"|horse|goat|sheep|ram|monkey|rooster|dog|pig)\b|(?<![\d年])[〇零一二三四五六七八九\d]{2}后"
    r"|\bgen(?:eration)?[ -]?[xyz](?:ers?)?\b|\bmill?enn?ial|\bxennials?\b|\bboomer\b|\bzoomer\b"
    r"|(?:那会儿?|那时候?|那年)(?:就|起|开始)"
    r"|(?:毕业|结婚|工作|上大学|搬家|退休|生孩子|出国|回国)(?:以后|之后|后|那年|那会儿?)?(?:就|才)"
    r"(?:开始|办|装|用|开通)"
    r"|\bsince (?:my|our|the|before|i was|we were|uni|college|school|(?:last |this )?(?:summer"
    r"|spring|winter|autumn"
    r"|fall)|i (?:started|moved|left|got|graduated|finished|retired))\b"
    r"|\b(?:company|work|employer|boss|office|firm|parents?|folks|mum|mom|dad|wife|husband"
    r"|partner)(?:'s)?\s+(?:pays?|covers?|handles?|sorts?|reimburses?|refunds?)\b"
    r"|\bon (?:my|the) (?:company|work|employer|parents?|dad|mom"
    r"|mum)(?:'s)? (?:account|plan|bill)|\bbundled (?:in|with)|\bincluded in (?:my|the) rent"
    r"|(?:公司|单位)(?:给|帮我?)?(?:报销?|出|付|交|承担)|(?:公司|单位)的?(?:套餐|账户|号|卡)"
    # the respondent never looked, or someone else knows: "我没细算", "具体问我老公"
    r"|没(?:有)?(?:怎么|太|大|咋)?(?:留意|注意|细算|算过|关注|在意)"
    r"|\b(?:haven'?t|have not|never) (?:really |actually |properly )?noticed\b"
    # the bill or the contract not read, or not closely, or not for want of time or care: "账单我
    # 没细看", "话费也没仔细查", "话费多少我都没心思看", "账单懒得看", "合同签完就没看过"
    r"|没(?:有)?(?:细|仔细|认真)(?:看|查|算)|"
    + _PAPERS_ZH
    + r"[^,，。]{0,4}"
    + _NOT_LOOKED
    + r"(?:看|查|翻)"
    # ... said a clause later: "协议签了就扔一边了，没看过"
    r"|" + _PAPERS_ZH + r"[^。!！?？]{0,12}?[,，]\s*(?:也|都|就|从来)?没(?:有)?(?:再)?(?:看|翻)过"
    # ... or never looks at it: "从来不看账单", "I never look at the phone bill", "I haven't
    # looked at the paperwork since I signed it", "I've given up checking"
    r"|(?:从来|从|都|也)不(?:看|查)"
    + _PAPERS_ZH
    # ... or never asked about: "合约啥的我还没问"
    + r"|"
    + _PAPERS_ZH
    + r"[^,，。]{0,6}?(?:还|也|都)?没(?:有)?(?:问|打听)(?:过|清楚)?(?=$|[,，。!！~…呢哈啊])"
    + r"|没(?:看|查)过"
    + _PAPERS_ZH
    + r"|\b(?:never|don'?t|do not|rarely|hardly ever|barely|haven'?t|have not|didn'?t|did not"
    r"|(?:no|haven'?t had(?: the| any)?) time to|too busy to)\s+(?:even\s+|really\s+)?"
    r"(?:look(?:ed)?\s+at|check(?:ed)?|read|open(?:ed)?|track(?:ed)?|keep track of)\s+"
    r"(?:the|my|our|any|that)\s+"
    r"(?:(?:phone|mobile|broadband|internet|monthly)\s+)?(?:bills?|statements?|paperwork"
    r"|contracts?|agreement|small print|fine print|terms|documents|welcome pack)\b"
    # ... the bill named by its service alone: "I don't track the phone one"
    r"|\b(?:never|don'?t|do not|rarely|hardly ever)\s+(?:even\s+|really\s+)?(?:look\s+at|check"
    r"|read|open|track|keep track of)\s+the\s+(?:phone|mobile|broadband|internet)\s+one\b"
    r"|\bgiven up (?:checking|looking)\b"
    # how much or when was never looked up: "具体多少没看", "几号扣的没细查"
    r"|(?:多少|几)[^,，。]{0,4}"
    + _NOT_LOOKED
    + r"(?:细|仔细|认真)?(?:看|查|算)|(?<![多])不(?:贵|便宜)(?![^,，。]{0,3}\d)"
    r"|问(?:问|一下)?(?:我|我家|俺|俺家)?(?:老公|老婆|爱人|媳妇|儿媳妇?|女婿|爸|妈|儿子|女儿|闺女|孙子"
    r"|孙女|家里人?)"
    # not known, and the bot told to ask the one who knows: "i dont even know what she pays
    # with, ask her lol" (not "my 9 yo is the football mad one, ask him": his interest)
    r"|\b(?:know|sure|idea|clue)\b[^.!?]{0,40}?[,;]\s*ask (?:her|him|them)\b"
    r"(?=\s*(?:$|[,.;!]|lol\b|haha\b|lah\b))"
    r"|\bask (?:my|the) (?:wife|husband|partner|dad|mum|mom|son|daughter|parents)"
    r"|\bbill (?:goes|is sent|gets sent) to\b"
    # a way of paying that is no option: cash over the counter, an automatic debit with no means
    r"|现金|\b(?:pay|paid|in) cash\b|\bcash (?:at|in|over)\b|\b(?:work|company) (?:phone|plan"
    r"|account)\b|自动(?:划扣|扣|划)(?:款|费|钱)?(?:的|了)?(?:呗|吧|啊|呀|嘛|啦|喽|咯)?"
    r"(?=\s*(?:$|[,，。!！~…]))|[一二三四两\d]位数"
    r"|(?:爸妈|父母|家里|老公|老婆|我妈|我爸)(?:帮我)?(?:交|付|出)的"
    # a relative who pays for the respondent: "都是我闺女在手机上帮我交", "儿子给我充的"
    r"|(?:儿子|女儿|闺女|孩子|孙子|孙女|老公|老婆|媳妇|爸妈|家里人?)[^,，。]{0,6}?(?:帮|替|给)"
    r"(?:我|俺)[^,，。]{0,5}?(?:交|付|缴|充)|"
    + wallets.WALLETS
    # an automatic payment names no means ("autopay, on the 1st")
    + r"|\bauto[- ]?(?:pay|debit)\w*|\b(?:automatic payments?|comes? out automatic(?:ally)?)\b"
    r"|搞不(?:懂|清楚?|明白)"
    # the respondent does not understand the choice: "网的话我不懂", "光纤？DSL？听不懂"
    r"|(?:听|看)不(?:懂|明白)|我(?:也|都)?不(?:太|大)?懂|(?:^|[,，。\s])不(?:太|大)?(?:懂|明白)|不(?:太|大)?懂(?:这些|这个|这玩意)"
    # ... or the matter: "合约的事不懂", "套餐这块不太明白"
    r"|(?:的事|这块|方面)(?:我|俺)?(?:也|都)?不(?:太|大)?(?:懂|明白)"
    # a bit of everything names no interest: "什么都看一点", "啥都玩点", "乜都玩少少", "样样都玩下",
    # "a lil of everything" (not "乜都唔玩")
    r"|(?:乜|咩|啥|什么|甚么|样样)都(?:玩|看|干|做|喜欢|爱|弄|试)(?:少少|一点|点|一下|下|些)"
    r"|\b(?:a )?(?:little|lil'?|tiny|bit|wee) (?:bit )?(?:of )?everything\b"
    # no time for any interest, or a joke one (`free_time`)
    r"|" + free_time.NO_FREE_TIME + "|" + unnumbered.NO_NUMBER
)


# A bandwidth answers a choice of service with no option: "100兆够用了", "the 500 meg one".
_BANDWIDTH = re.compile(r"\d+\s*(?:兆|mbps\b|megs?\b|mb\b)|[一二三四五六七八九十百千两]+兆")


def names_bandwidth(low: str) -> bool:
    """A bandwidth said as the answer; one asked about ("千兆多少钱一个月？"), weighed up or said
    of somebody else's line ("我隔壁装了千兆", `their_lines`) answers nothing."""
    said = without_questions(low)
    return any(their_lines.own_bandwidth(said, low, m.start()) for m in _BANDWIDTH.finditer(said))


def _amount_of_other(low: str, m: re.Match[str]) -> bool:
    """A vague amount said of a person other than the respondent and their partner ("my dad's
    been with you since forever", "我朋友用了好多年"): that person's time, not a vague answer
    (a partner shares the household's service: "my wife set it up ages ago" stays vague)."""
    if _AMOUNT_RE.fullmatch(m.group()) is None:
        return False
    return others.said_of_other(low, m.start(), household=True) and not others.said_of_partner(
        low, m.start()
    )


def is_vague(low: str, amounts: bool = True) -> bool:
    """A vague phrase, or words that cannot give the value, said outside a question to the bot;
    vague amounts count only when `amounts` (a number or a choice was asked, not a yes/no).

    A question asks, it does not answer: "can I pay with GCash?" names no option of its own, and
    "is there a discount if it's been a long time?" gives no vague time, so neither is vague."""
    said = without_questions(low)
    vague = _VAGUE if amounts else _VAGUE_NO_AMOUNT
    # an outsider's judgement passed on ("同事说网速还行", "my mate reckons it's ok") is not the
    # respondent's vague answer
    if any(
        not _amount_of_other(low, m) and not vague_scope.not_the_answer(low, m)
        for m in [*vague.finditer(said), *shrugs.shrugs(said), *no_basis.no_basis(said)]
    ):
        return True
    # a way of paying said of an outsider ("my coworker pays his with paypal") is not the answer
    return any(
        not others.said_of_other(low, m.start(), household=False)
        and not vague_scope.own_means(low, m)
        and not vague_scope.means_named(low, m)
        and not vague_scope.start_of_other(low, m)
        for m in _NO_VALUE.finditer(said)
    )


# A question to the bot: a clause opening with an auxiliary or a question word ("can I …?", "is
# there …?") or a Chinese one with a question word or particle ("有啥区别啊？", "能用支付宝吗"), up
# to its question mark. Rhetorical ones meaning "I don't know" ("who knows?", "我哪知道？") answer.
_SENTENCE_Q = gated(r"[^.!?。！？]*[?？吗](?:(?<!吗)|(?<!算吗)(?=[\s~…]*$))")  # "…一样吗"
_Q_START = r"(?:^|(?<=[,，;；:：.!?。！？]))"
_QUESTION_CLAUSE = re.compile(
    # ("like what kind of problems?": "like" as a filler too)
    _Q_START + r"\s*(?:(?:wait|so|and|but|oh|hmm+|um+|ok|okay|also|btw|sorry|hey|well|then|like)\b"
    r"[\s,]*)*(?=(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|may|how|what"
    r"|what's|whats|when|where|why|which|who|whose|have|has|any)\b)"
    r"|" + _Q_START + r"(?=[^,，;；:：]*(?:吗|嘛(?=\s*[?？])|呢|能不能|可不可以|有没有|是不是"
    r"|会不会|要不要|行不行|怎么|怎样|多少|什么|啥|哪|还是))"
)
_RHETORICAL = re.compile(
    r"谁知道|天知道|鬼知道|我(?:哪|怎么)(?:知道|记得)|\bwho knows\b"
    r"|\bhow (?:would|should|do|am|could) i (?:supposed to )?(?:know|remember)\b"
    r"|" + free_time.RHETORICAL
)


def without_questions(low: str) -> str:
    """`low` with its questions to the bot blanked out (same length)."""
    out = low
    for sentence in _SENTENCE_Q.finditer(low):
        start = _QUESTION_CLAUSE.search(low, sentence.start(), sentence.end())
        if start is None or _RHETORICAL.search(low, start.start(), sentence.end()):
            continue
        a, b = start.start(), sentence.end()
        out = out[:a] + " " * (b - a) + out[b:]
    return out


def vague_elsewhere(low: str, spans: list[tuple[int, int]]) -> bool:
    """A vague phrase outside the value's own words: "算是有吧…说不清楚" hedges its "有".

    A mild judgement ("开手机热点凑合", "fiber, it's ok") rates the value; it does not hedge it."""
    return any(
        all(m.end() <= start or m.start() >= end for start, end in spans)
        and not _not_a_hedge(low, m)
        and not _WHEN_AFTER.match(low, m.end())
        and not _OTHER_THING_BEFORE.search(clause_before(low, m.start()))
        and not _about_elsewhere(low, m, spans)
        and not _expert_not_followed(low, m)
        and not vague_scope.hedges_nothing(low, m)
        for m in [*_VAGUE.finditer(low), *shrugs.definitions(low)]
    )


_SENTENCE_BREAK = re.compile(r"[.!?。！？]")
# Somewhere other than home named first in a sentence: "公司是专线，我也不知道啥类型".
_ELSEWHERE_BEFORE = re.compile(
    r"公司|单位|办公室|学校|厂里|店里|\b(?:at work|the office|work'?s|my work|at school|at uni)\b"
)


def _about_elsewhere(low: str, m: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """The phrase `m` is in a sentence about a workplace or school, and the value is said in
    another sentence ("公司是专线，我也不知道啥类型。家里的话没装宽带"): it hedges that line."""
    start = max((b.end() for b in _SENTENCE_BREAK.finditer(low, 0, m.start())), default=0)
    stop = _SENTENCE_BREAK.search(low, m.end())
    end = stop.start() if stop else len(low)
    if not _ELSEWHERE_BEFORE.search(low, start, m.start()):
        return False
    return all(b <= start or a >= end for a, b in spans)


def _expert_not_followed(low: str, m: re.Match[str]) -> bool:
    """Not following what the installer or the provider said ("师傅说是光纤入户，我也不懂")
    leaves their word standing; doubting it ("…, dunno if that's right") does not."""
    if not option_context.EXPERT_SAID.search(low, 0, m.start()):
        return False
    return not vague_scope.claim_doubted(low, m)


def _not_a_hedge(low: str, m: re.Match[str]) -> bool:
    """The vague phrase `m` is, or opens, a judgement ("没什么" of "没什么不满意的")."""
    judged = _NOT_A_HEDGE.match(low, m.start())
    return judged is not None and judged.end() >= m.end()


# Not knowing something else named first: "每个月多少钱我都不知道", "其他的不清楚", "how much it
# is I couldn't tell you" leave the value given alone ("合约什么的不清楚" is "and such": a hedge).
_OTHER_THING_BEFORE = re.compile(
    r"(?:多少|几[号块个]|什么(?!的)|啥(?!的)|其他|其它|别的|其余|剩下的)[^,，。;；!?！？]{0,6}$"
    r"|\b(?:how much|the rest|anything else|everything else)\b[^,.;!?]{0,20}$"
)


# Uncertain about when something happens ("说不准哪天就调走", "not sure when I'll move"): that
# event is unsure, not the value. Wondering why something is asked or done ("not sure why every
# form wants this, but I'm male", "搞不懂为啥要问，男的") questions the asking, not the answer.
_WHEN_AFTER = re.compile(
    r"\s*(?:哪(?:一)?天|什么时候|啥时候|几时|为(?:什么|啥|何)|干(?:嘛|吗|啥)|\b(?:when|why)\b)"
)


# A mild judgement rates, contentment gives a reason ("staying, no complaints", "光纤，都挺好的"),
# and a vague amount of time ("用了好几年了") is about the tenure: none hedges another answer.
_NOT_A_HEDGE = re.compile(
    r"no complaints|nothing to complain|all good|没什么不满意的?|没有不满意的?|都挺好的?|都还好"
    r"|没(?:什么|啥)(?:大|太大)?(?:毛病|问题|可挑|好挑)"
    # a way chosen for ease, then the usual one: "whatever's easiest, usually online banking"
    r"|whatever(?:'s| is)?\s+(?:easiest|quickest|handiest|simplest|fastest|most convenient)"
    # not knowing how to switch is inability, a reason to stay: "我老了，不晓得换，就一直用着吧"
    r"|不晓得(?:怎么|咋)?(?:换|转网)|不知道(?:怎么|咋)(?:换|转网)"
    r"|还行|还可以|还好|一般般|凑合|好多年|很多年|好几年|好久|很久|挺久|几年|几个月|好些年|有些年|几十|几百"
    r"|有段时间|一段时间|\ba while|a long time|\bages\b|donkey'?s years|\byonks\b|\bforever\b"
)
