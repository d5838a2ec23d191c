"""Phrasings of the intention question that a phrase list cannot hold: carrying on, sarcasm about
an option ("傻子才续", "renew? I'm not mad"), nowhere else to go, urging not heeded.

`patterns` reads `ASKED_PATTERNS` when the intention was asked and `CHOICE_OVERRIDES` always: they
beat the phrases inside them. Conditions and other people's plans are in `intentions`.
"""

from __future__ import annotations

import re

from bot.understanding.churn import (
    abroad,
    intention_asides,
    intention_echoes,
    last_straws,
    leaving_for_others,
    left_to_others,
    likely_plans,
    notice_given,
    renewal_asides,
    scorned_choices,
    threatened_moves,
    waved_off_moves,
)
from bot.understanding.churn.intentions import (
    NOT_GOING_ANYWHERE,
    NUMBER_TO_RIVAL,
    RIVAL_NAMES,
    WORD_RIVAL_MOVE,
)

# Rivals named or unnamed after a verb of leaving ("switching to Vodafone", "another provider").
_RIVALS = r"(?:" + RIVAL_NAMES + r"|another (?:provider|carrier|company|network)|a competitor)\b"
# The decision put off until after a move: "搬过去再看那边信号咋样", "搬家了再说".
_DECIDED_AFTER = r"(?:了|以后|之后|后)?[,，\s]*(?:再|才)(?:看|说|定|讲|决定)"
# Phrasings a phrase list cannot hold, read when the intention was asked (`patterns.choice_hits`).
ASKED_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "stay": (
        # "还用吧", "用着呗", "先用着": carrying on
        # (着 typed as its sound-alike 者: "就一直用者吧"; not 使用者, a user)
        re.compile(
            r"(?:还|先|就|继续|接着|一直)用[着者]?(?:吧|呗|呢|啦)|(?<!使)用[着者](?:吧|呗|呢|啦)"
            r"|先用[着者]"
        ),
        # "you've got me for another year", "再用一年", "give it one more year"
        re.compile(
            r"\byou(?:'ve| have)? got me\b|\b(?:for|give (?:you|it|them))\s+(?:another|one more)"
            r"\s+(?:year|term|contract)\b|再(?:用|续|给你们)一年"
        ),
        # no other network reaches them: "I'm stuck with you"
        renewal_asides.STUCK_WITH_YOU,
        # "no plans to go anywhere"; a renewal already made when asked about the future
        re.compile(
            r"\bno (?:plans?|intention|intentions) (?:to|of) go(?:ing)? anywhere\b"
            r"|\b(?:already|just) renewed\b|\brenewed (?:for|until|till|through)\b"
            r"|已经续(?:约|费)?了|续好了"
        ),
        # the line put first, then kept: "my line I'm keeping", "mine I'll keep"
        re.compile(
            r"\b(?:mine|my (?:own )?(?:line|one|number|plan|service|account|sim|contract))\s+"
            r"(?:i'?m|i am|i'?ll|i will|we'?re|we'?ll)\s+(?:keeping|keep|staying with)\b"
            # Scots or plain, no plan to move elsewhere (not house: "no plans to move house")
            r"|\bn(?:o|ae) (?:plans?|intention) (?:to|tae) (?:move|shift)\b(?!\s+(?:house|home"
            r"|out|abroad|away|in|city|cities|country|countries|flat|flats|jobs?|back))"
        ),
        # too old or settled for a change at all: "too old to be changing now", "can't be bothered
        # changing" (switching is in the lexicon; not "too old to change my ways", "…phones")
        re.compile(
            r"\b(?:too (?:old|set in (?:my|our) ways|long in the tooth|settled)(?: now)?"
            r"|can'?t be bothered|cannae be bothered) (?:to )?(?:be )?chang(?:e|ing)\b"
            r"(?!\s+(?:my|our|the|phones?|jobs?|habits?|ways|house|homes?|banks?|cars?)\b)"
        ),
        # "今年也没打算动": no plan to move at all
        re.compile(r"(?:没|不)(?:打算|想|准备|考虑)(?:要)?(?:动|挪)(?![手车身])"),
        waved_off_moves.AS_THINGS_ARE,  # "就这样用着", "凑合用吧"
    ),
    "unsure": (
        left_to_others.ASKED_ON,  # "ask my husband, he decides these things"
        # the decision put off to the term's end: "合约到期了看移动那边有么子优惠再说"
        intention_asides.DECIDED_AT_TERM_END,
        # ... put off bare, the term's end alone: "到期了再说", "到期那会儿再议", "合约到了再想",
        # "when it runs out I'll decide", "cross that bridge when I come to it" (not "到期了再续",
        # "到期再换": the decision itself)
        re.compile(
            r"(?:^|(?<=[,，。!！\s]))(?:等|等到)?(?:(?:合约|合同|协议|套餐)[^,，。]{0,4}?)?到(?:期|头)"
            r"(?:了|后|以后|之后|那会儿?|那时候?|的时候)?[,，]?(?:[我俺咱]们?)?(?:再|才)"
            r"(?:说|讲|议|想|看|定)"
            r"|\b(?:when|once|after)\s+(?:it|that|the (?:contract|deal|term|plan)"
            r"|my (?:contract|deal|term|plan)|our (?:contract|deal|plan))"
            r"(?:(?:'s|\s+is)\s+(?:up|over|done|finished)"
            r"|\s+(?:comes up|runs out|ends|expires|finishes))\b,?\s+(?:i'?ll|we'?ll|i will|we will"
            r"|let'?s)\s+(?:see|decide|think about it|figure it out|have a think)\b"
            r"|\bcross that bridge when (?:i|we) (?:come|get) to it\b"
        ),
        re.compile(
            r"\bhaven'?t (?:thought|decided) (?:that far|it through)|\bthat far ahead\b"
            # Scots "havenae decided yet", "I'm no decided" ("dinnae ken yet" is vague)
            r"|\b(?:havenae|hivnae|havnae|hivna|havena|haenae|i'?m no|we'?re no|am no|still no)"
            r"\s+(?:(?:quite|really|yet)\s+)?(?:decided|made up ma mind|made ma mind up)\b"
        ),
        # a mind not made up yet: "still making up my mind", "haven't made my mind up", "the
        # jury's still out", "还在琢磨" ("I've made up my mind, I'm staying" has decided)
        re.compile(
            r"\b(?:still|yet to|trying to|haven'?t|have not|not|never)\s+(?:made|make|making)\s+"
            r"(?:up (?:my|our) minds?|(?:my|our) minds? up)\b|\bjury(?:'s| is) (?:still )?out\b"
            r"|\b(?:chewing|turning|mulling) (?:it|that|this) over\b"
            r"|(?:还在|正在)(?:琢磨|盘算|权衡)"
            # 再 typed as its sound-alike 在, the whole answer: "在看看吧", "先在想想" (not "我在
            # 看看电视", somebody doing something now)
            r"|^(?:那|嗯|额|呃)?[,，\s]*(?:先|还是)?在(?:看看|想想|考虑考虑|等等看|说吧)(?:吧|呗|啦|哈|再说)?"
            r"[。.!！~…]*$"
        ),
        # too early to decide, in any degree: "bit early to say", "a little soon to tell", "现在说
        # 续不续还早", "为时尚早" (not "not too early to say", "说好了早点换", "早上说")
        re.compile(
            r"(?<!\bnot )(?<!\bnot a )\b(?:early|soon)\s+(?:yet\s+)?(?:to|2)\s+"
            r"(?:say|tell|decide|know|judge|commit)\b"
            r"|(?:说|讲|决定|下结论|判断)[^,，。.!！?？]{0,6}?(?:还|都|也)?(?:太|有点|有些|为时)?"
            r"(?:早|过早|尚早)(?![上饭餐点些就已晨班起])|为时(?:尚|过)早|言之过早"
        ),
        # whichever provider offers most will be used: "哪家优惠大就用哪家", "谁便宜跟谁",
        # "I'll go with whoever's cheapest", "whichever's cheaper at the time"
        re.compile(
            r"(?P<which>哪家|哪个|谁家|谁)[^,，。.!！?？]{1,10}?(?:就)?(?:用|选|办|跟|签|去|换|找)"
            r"(?P=which)"
            r"|\b(?:go(?:ing)? with|stick(?:ing)? with|pick|choose|sign(?:ing)? with) (?:whoever"
            r"|whichever|wherever)\b"
            r"|\b(?:whoever|whichever(?: one)?|wherever)(?:'s| is| gives| offers| has| does)\b"
            r"[^.!?]{0,30}?\b(?:cheap\w*|best|better|lowest|most)\b"
        ),
    ),
    "leave": (
        # a move with its date is the whole answer: "relocating to Perth in Jan", "moving
        # interstate next month" (not a new flat, "moving to a new place in March")
        re.compile(
            r"^(?:(?:i'?m|i am|we'?re|we are)\s+)?(?:relocating|moving|emigrating)\s+(?:back\s+)?"
            r"(?:to\s+(?!(?:a|an|the|my|our|his|her|their|new|another|house|flat)\b)"
            r"[a-z][a-z ]{1,24}?"
            r"|interstate|overseas|abroad)\s+(?:in|next|this|early|late|come|by)\b[^,.;!?]{0,16}"
            r"[.!]*\s*$"
        ),
        # "应该会走吧", "肯定走啊": leaving, said with a verb of intent
        re.compile(
            r"(?:会|要|得|肯定|一定|准备|打算|能|想|该)走(?!一步|了一步|路|过|访|走|神|运|势)"
        ),
        re.compile(
            r"(?:换|转|跳槽|跳|去)(?:到|成|去|回)?(?:中国)?(?:移动|联通|电信|广电|别家|别的运营商|其他运营商)"
        ),
        # a named rival: "signed with Vodafone", "going with T-Mobile", "joining Three", "I'm off
        # to Sky", "heading over to BT"
        re.compile(
            r"\b(?:sign(?:ed|ing)?(?: up)? with|go(?:ing)? with|join(?:ed|ing)?"
            r"|switch(?:ed|ing)? to|(?:i'?m|we'?re) off to|(?:go(?:ing)?|head(?:ing)?)"
            r" (?:over |across )?to|mov(?:e|ed|ing) (?:over |across )?to"
            r"|port(?:ed|ing)?(?: out)? to"
            r"|jump(?:ing)? ship to)\s+" + _RIVALS
        ),
        # signed up with a rival already, or moving over to one: "已经在联通那边办好了",
        # "下个月转过去"; no longer needed: "到期就不需要了" (and its typo "不须了")
        re.compile(
            r"在(?:中国)?(?:移动|联通|电信|广电|别家|别的运营商|其他运营商)(?:那边|那里|那儿)?(?:已经)?"
            r"(?:办|开|签|订)(?:好|了)|(?:转|换|搬|跳)过去(?!的|"
            + _DECIDED_AFTER
            + r")|不(?:需要|须|需)(?:了|啦)"
        ),
        # the number stopped at a time to come: "这个号到时候就停了", "这张卡到时候要停掉"
        # ("号停了" alone may be a missed payment; not somebody else's, read in `others`)
        re.compile(
            r"(?:号|号码|卡)(?:到时候|以后|之后|那时候?|明年|年底)[^,，。]{0,3}?(?:就|要|得|也)?"
            r"停(?:掉|了|用|机)|(?:准备|打算|要|得)(?:停机|停号|销号|注销)"
        ),
        # leaving the country: the service goes too
        # "I'm gone the minute my contract's up"
        re.compile(
            r"\b(?:i'?m|i am|we'?re|we are)\s+(?:so\s+)?(?:gone|out of here|outta here)\s+"
            r"(?:the (?:minute|moment|second|day)|as soon as|soon as)\s+(?:my|our|the)\s+"
            r"(?:contract|deal|plan|term)(?:'s| is)\s+(?:up|over|done|finished)\b"
        ),
        re.compile(r"搬(?:去|到)国外|出国(?:定居|工作|读书)?了?|移民|\bmoving abroad\b|\bemigrat"),
        abroad.MOVING_ABROAD,
        leaving_for_others.OTHER_SUPPLIER,  # "moving over to the co-op's internet"
        re.compile(
            r"\b(?:switch(?:ing)?|mov(?:e|ing)|go(?:ing)?|port(?:ing)?|jump(?:ing)?)\s+"
            r"(?:over\s+)?to\s+(?:another|a different|a new|some other|a cheaper)\b"
            # (a new home, job or school is no rival: "moving to a new flat in Jan")
            r"(?!\s+(?:[a-z-]+\s+)?(?:flat|house|home|place|apartment|unit|condo|room|address"
            r"|area|city|town|suburb|country|state|job|school|office|role|team|department)s?\b)"
        ),
        # a rival's offer the respondent means to take up: "had an offer from Bell, I'll take it",
        # "Sky quoted me £20, gonna accept it", "别家给的套餐更便宜，我打算办了" ("might take
        # it" is a hedge, read by the conditions)
        re.compile(
            r"(?:\b(?:offer|deal|quote)\s+(?:from|with)\s+"
            + _RIVALS
            + r"|\b(?:"
            + RIVAL_NAMES
            + r")\s+(?:offered|quoted|gave|sent|made)\s+(?:me|us)\b)"
            r"[^?]{0,60}?\b(?<!not )(?<!n't )"
            r"(?:i'?ll|i will|i'?m (?:going to|gonna)|gonna|going to|we'?ll)\s+"
            r"(?:probably |likely |definitely |just |happily )?(?:take|accept|go for)\s+"
            r"(?:it|that|them up on it|the (?:offer|deal))\b"
        ),
        # a rival described, not named, then taken up: "the new place down the road does
        # half-price fibre, we're going with them" ("I'm going with them" alone says no rival)
        re.compile(
            r"\b(?:(?:another|other|new|different|local|cheaper|rival)\s+(?:[\w-]+\s+)?(?:place"
            r"|company|provider|firm|network|carrier|outfit|lot|crowd|one)|offer|deal|quote"
            r"|half[- ]price)\b[^?]{0,120}?\b(?:we'?re|i'?m|we are|i am|we'?ll|i'?ll|gonna"
            r"|going to)\s+(?:probably\s+|just\s+|definitely\s+)?(?:go(?:ing)? with|sign(?:ing)?"
            r"(?: up)? with|switch(?:ing)? (?:over )?to|mov(?:e|ing) (?:over )?to|join(?:ing)?)"
            r"\s+them\b"
        ),
        re.compile(
            r"(?:移动|联通|电信|广电|别家|别的运营商|其他运营商)[^。？?]{0,16}?(?:优惠|套餐|活动|报价|价格?)"
            r"[^。？?]{0,12}?(?<![不没])(?:打算|准备|决定)(?:接受|答应|办|签)"
        ),
    ),
}

# Sarcasm about an option: only a fool would take it ("傻子才续", "I'd have to be mad to stay"),
# or it is echoed and the respondent says they are no fool ("续约？我脑子又没进水", "renew? I'm
# not mad", "do I look stupid?"). Either way the option is denied.
_NO_FOOL = (
    r"(?:\s+(?:with |on with )?(?:you|u)(?: guys| lot| people| all)?)?"
    r"[^,，。?？\s]{0,2}\s*[?？]+\s*"
    # (a reason in between: "续？就你们这网速，我又不傻"; not the option taken, "续？当然续，…")
    r"(?:[^,，。.!！?？续留用换走]{1,12}[,，]\s*)?(?:我|俺|额)?(?:又|可|才|也)?(?:(?:不|没|唔)(?:是|系)?(?:那么)?(?:傻|笨|蠢|疯|病"
    r"|冤大头|韭菜|瓜)|"
    + scorned_choices.HEAD
    + r"(?:又|可|也)?(?:没|不)(?:得|有)?(?:进水|坏|抽|有病|秀逗|包)"
    r"|(?:疯了|有病|" + scorned_choices.HEAD + r"(?:进水|有包)了?)[吗吧啊]"
    r"|(?:i'?m|i am) not (?:(?:that|so) )?(?:mad|crazy|insane|stupid|daft|nuts|an idiot|a fool"
    r"|a mug|a moron|thick)\b(?! about)|do i look (?:stupid|mad|crazy|daft|thick|like (?:an idiot"
    r"|a fool|a mug))|am i (?:mad|crazy|stupid|insane|nuts)\b"
    # only were the respondent mad: "续约？除非我脑子坏了", "renew? only if I'd lost my mind"
    r"|除非\s*"
    + scorned_choices.MAD
    + r"|(?:only |not )?(?:if|unless|when)\s+"
    + scorned_choices.MAD
    + r")"
)
_FOOLS_ONLY = (
    r"(?:傻子|傻瓜|冤大头|疯子|二傻子|(?:我|俺)?疯了|(?:我|俺)?"
    + scorned_choices.HEAD
    + r"(?:进水|坏|有包)了?)才(?:会|要|能|肯)?(?:继续)?"
    r"|\bonly (?:an? )?(?:fool|idiot|mug|moron|madman|lunatic)s? would\s+"
    r"|\b(?:i'?d|you'?d|i would|you would|one would) (?:have to|need to|got to) be (?:mad|crazy"
    r"|insane|nuts|stupid|daft|an idiot|a fool) to\s+"
)
_STAY_WORDS = r"(?:续约|续费|续|留下|留|继续用|renew(?:ing)?|stay(?:ing)?)"
_LEAVE_WORDS = r"(?:携号转网|转网|换|走|销户|leav(?:e|ing)|switch(?:ing)?|cancel(?:l?ing)?)"

# Readings that beat the phrases inside them: "没想过换" is staying, although "没想过" alone is
# "haven't thought about it". Their hits carry the kind "override".
CHOICE_OVERRIDES: dict[str, tuple[re.Pattern[str], ...]] = {
    # a threat on one more failure: "one more outage and I'm gone", "再断一次网我就走"
    "unsure": (
        last_straws.LAST_STRAW,
        likely_plans.WEIGHED_UP,  # "on the fence about renewing": no renewal
        threatened_moves.ULTIMATUM,  # "fix it or I'm leaving"
        # the decision put off until after a move of home: "搬过去再看那边信号咋样", "搬完家再说"
        # (the "过去" of moving over is no past, which the phrase "再看" alone would take it for)
        re.compile(r"搬(?:过去|家|完家|了家|走)" + _DECIDED_AFTER),
    ),
    "leave": (
        re.compile(f"(?:{_FOOLS_ONLY}){_STAY_WORDS}|{_STAY_WORDS}(?:{_NO_FOOL})"),
        scorned_choices.RENEWING_SCORNED,
        NUMBER_TO_RIVAL,
        WORD_RIVAL_MOVE,
        waved_off_moves.RENEW_WAVED_OFF,  # "续约就算了", "再续一年？拉倒吧"
        notice_given.GONE_WHEN_UP,  # "soon as this contract's up, I'm gone" (asked)
    ),
    "stay": (
        scorned_choices.SWITCHING_SCORNED,
        waved_off_moves.SWITCH_WAVED_OFF,  # "换运营商？我就算了吧", "转网就算了"
        waved_off_moves.LONG_SINCE_WOULD,  # "要换早换了"
        # "leave? I only just got here", "走？往哪走", "换了也一样，天下乌鸦一般黑"
        intention_echoes.JUST_JOINED,
        intention_echoes.NOWHERE_ECHOED,
        intention_echoes.FATALISM,
        re.compile(f"(?:{_FOOLS_ONLY}){_LEAVE_WORDS}|{_LEAVE_WORDS}(?:{_NO_FOOL})"),
        # nowhere else to go, asked as a rhetorical question, which the 换 or 走 in it does not
        # undo: "用了十多年了还能往哪走", "都八年了还能走到哪去", "我还能换到哪家去啊", "又能上哪儿
        # 去" (not "不知道还能往哪走", "还能去哪玩")
        re.compile(
            r"(?<!知道)(?:(?:还|又)|(?:^|(?<=[,，。.!！?？\s我俺])))能(?:往|去|跑|换|转|到|上|走|搬)?到?"
            r"哪(?:儿|里|家|个)?(?:去|走|跑|换|转)?"
            r"(?=\s*(?:呢|啊|呀|吧)?\s*(?:$|[,，。.!！?？~…]))"
        ),
        # "where else would I go?", "who else would I switch to", "where am I gonna go?"
        re.compile(
            r"\b(?:where|who)(?: else)? (?:would|could|can|am|will|should) i (?:even |possibly "
            r"|really )?(?:gonna |going to )?(?:go|switch|move|turn|run)(?: to)?\b"
            r"(?=\s*(?:[?,.!]|$|honestly|though|anyway|tbh|lol|mate|(?:out|round|around|up|down)"
            r" (?:here|there)\b))"
            # "why would I go anywhere else", "why would we ever move elsewhere" (not "…anywhere
            # near your shop")
            r"|\bwhy (?:on earth |the hell )?(?:would|should) (?:i|we) (?:ever |even |wanna "
            r"|want to )?(?:go|move|switch|look|shop) (?:anywhere|elsewhere|somewhere)(?: else)?\b"
            r"(?! near\b)"
        ),
        re.compile(r"没(?:想过|打算过?|考虑过)(?:要)?(?:换|走|离开|转网|退网)"),
        # "I'm going nowhere", patois "mi nah go nowhere", "mi nuh leave unu" ("nah", "nuh" are
        # "not"; not "going nowhere fast", which is being stuck)
        re.compile(
            r"\b(?:i'?m|i am|we'?re|we are|mi|me|i)\s+(?:(?:nah|nuh|naw|not|ain'?t)\s+)?(?:going"
            r"|goin'?|go|gwaan|moving)\s+nowhere\b(?!\s+fast)"
            r"|\b(?:mi|me)\s+(?:nah|nuh|naw)\s+(?:leave|lef|switch|change|go)\b"
        ),
        NOT_GOING_ANYWHERE,
        # rhetorical "换什么换", "换啥子换", "走啥走": no need to switch at all (not "换什么好")
        re.compile(r"(?P<verb>换|走|转|跑|撤)(?:个)?(?:什么|啥子?|甚么)(?P=verb)"),
        # somebody urged a switch and was not heeded: "我哥劝我转电信，我没听他的"; the reading
        # starts at the refusal (group "at"), which is the respondent's own statement
        re.compile(
            r"(?:劝|让|叫|建议|催|撺掇)(?:我|俺)[^。!?]{0,12}?(?:换|转|走|跳)[^。!?]{0,12}?"
            r"(?P<at>(?:没|不|才不|没有)(?:听|理|搭理|答应|同意))"
            r"|\b(?:told|tells|urged|urges|wants?|keeps? telling|nagging|on at) me to (?:switch"
            r"|leave|change|move|go)[^.!?]{0,40}?\b(?P<at2>i'?m not|i am not|i didn'?t|i did not"
            r"|i won'?t|i ignored|not listening)\b"
        ),
    ),
}
