"""Words of leaving or staying that state no plan of the respondent's.

"换" and "leave" are everywhere in chat: somebody else urges a switch ("我哥劝我转电信"), it
nearly happened ("去年差点换了"), it is weighed as a hassle ("换起来太麻烦"), "he" or "she" plans
it, something else is left or renewed ("打算换手机", "leaving the radio on", "renewing my
passport"), or the fault goes on ("网速照旧很慢"). `choices` asks `not_a_plan` of every intention
word it reads; `intentions` keeps the readings of conditions and of the asked question. A module
of its own because both need these readings and `intentions` had reached 400 lines.
"""

from __future__ import annotations

import re

from bot.understanding.churn import (
    done_asked,
    leaving_puns,
    no_difference,
    renewal_asked,
    survey_left,
    waved_away,
)
from bot.understanding.complaints.grievances import FAULT

# An intention urged by someone else, or one that nearly happened, is no plan of the respondent.
_URGED_BEFORE = re.compile(
    # (also of the household: "老婆让我们换移动", "my partner wants us to switch to Virgin")
    r"(?:劝|让|叫|建议|催|逼|撺掇)(?:我|俺|咱)们?(?:也)?(?:赶紧|早点|赶快)?$"
    r"|\b(?:told|tells|telling|urged|urging|wants?|wanted|keeps? (?:telling|asking)|nagging|on at"
    r"|pushing|asking|begging)\s+(?:me|us)\s+to\s+$"
    # advice reported: "my sister says I should leave", "他说我该换了"
    r"|\b(?:says?|said|thinks?|reckons?)\s+(?:that\s+)?i\s+(?:should|ought to|need to|must)"
    r"\s+(?:just\s+|really\s+)?$|说(?:我|俺)(?:应该|该|得|最好)(?:早点)?$"
)
# A plan of "he" or "she", with no "I" or "we" after it in the clause ("she's not renewing",
# "他要转网"); "they" is left alone, as it is often the provider ("they raised it, so I'm off").
_HE_SHE = re.compile(r"\b(?:he|she)\b|(?<![其吉利])他(?!们)|她(?!们)")
_I_WE = re.compile(r"\b(?:i|i'm|i'll|i've|i'd|we|we're|we'll|we've)\b|我|俺|咱")
# Leaving something other than the provider: "换手机", "leaving my job", "it's my bank I'm leaving".
OTHER_OBJECT_AFTER = re.compile(
    r"(?:了|掉)?(?:个|一个|份|一份)?(?:[^,，。]{1,5}?的)?(?:新)?(?:手机|工作|房子|车|发型|路由器|光猫|套餐|银行|学校|城市"
    # Cantonese 换工 / 转工 is changing jobs ("辞职换工", "换份工")
    r"|工(?![资钱程])"
    # another question asked for: "换个问题问你"
    r"|问题|话题)"
    # a way or a procedure taken, not the provider left: "打算走投诉流程", "走法律途径", "走着去"
    r"|(?:投诉|流程|法律|程序|途径|渠道|后门|关系|着|路)"
    r"|\s+(?:my|the|our|a)\s+(?:new\s+)?(?:job|bank|flat|house|apartment|school|gym|phone|car"
    r"|landlord|boyfriend|girlfriend|husband|wife|partner|router|plan|package|bundle)\b"
    # cards, orders and bookings cancelled, also after a second verb that shares the object:
    # "cancelling and replacing everything" after a stolen wallet ("everything here" is the
    # household's services, left when moving away)
    r"|(?:\s+and\s+[a-z]+)?\s+(?:(?:my|the|our|a|all|all my|all the)\s+)?"
    r"(?:(?:bank|credit|debit)\s+)?"
    r"(?:cards?|everything(?!\s+(?:with (?:you|your)|here\b))|orders?|appointments?|bookings?"
    r"|reservations?|flights?|trip|holiday|subscriptions?|memberships?|standing orders?)\b"
    # a thing left in a state, not the provider left: "leaving the radio on", "left the door open"
    r"|\s+(?:the|my|a|our|his|her|it|them)\b(?!\s+(?:service|contract|provider|network|plan)s?\b)"
    r"[a-z ]{0,20}?\s(?:on|off|open|running|unlocked|unattended|plugged in|switched on)\b"
    r"(?!\s+(?:the|a|my|your|\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec))"
)
# A fault of the service right after "照旧" or "继续": it is the fault that goes on.
# A device or a job named first, then the change: "路由器想换个新的", "手机早就想换了", "工作要换".
_OTHER_OBJECT_BEFORE = re.compile(
    r"(?:手机|路由器|光猫|电脑|平板|电视|机顶盒|工作|房子|车子?|冰箱|空调|发型)(?:[我俺咱]们?)?"
    r"(?:也|都|还|早就|一直|最近|今年|明年)?(?:想|要|打算|准备|得|该)?\s*$"
)
# The plan disowned after it: "…, but that's nothing to do with me", "移民嘅系我表姐，唔系我".
_DISOWNED_AFTER = re.compile(
    r"[^.!?。！？]{0,80}?(?:\bnothing to do with (?:me|us)\b"
    r"|\b(?:but|that'?s|it'?s) not (?:me|us)\b(?!\s+(?:too|either))"
    r"|(?:唔系|不是|不系)(?:我|俺)(?:哋|们)?(?=\s*$|[,，.。!！~…\s]|啦|呀|哦|喔|嘛))"
)
# "Staying" with people or at a place is a visit or a home: "we're staying with our daughter over
# Christmas", "staying at my mum's", "staying round my nan's", "staying in a hotel" (not "staying
# with my mum's provider", her plan kept).
_VISIT_AFTER = re.compile(
    r"\s+(?:over\s+)?(?:with|at|round|in)\s+(?:(?:my|our|his|her|their|the|a|an|some)\s+)?"
    r"(?:[a-z]+\s+)?(?:daughter|son"
    r"|kids?|children|mum|mom|mother|dad|father|parents|folks|sister|brother|aunt|auntie|uncle|gran"
    r"|grandma|granny|nan|nana|grandad|grandpa|grandparents|in-laws|cousin|friend|mate|family"
    r"|relatives|rellies|girlfriend|boyfriend|hotel|airbnb|motel|cottage|caravan|hostel)s?\b"
    r"(?:'s\b|(?!'))(?!\s+(?:plan|package|bundle|deal|account|contract|provider|network|line|sim"
    r"|broadband|wifi|wi-fi|internet|phone)s?\b)"
)
_FAULT_GOES_ON = re.compile(
    r"(?:很|那么|这么|还是|又|也|地|的)?(?:" + FAULT.pattern + r"|差|烂|不稳|没信号|出问题)"
)
# Renewing something other than the service: "renewing my passport", "will renew the lease".
_RENEWED_OTHER = re.compile(
    r"\s+(?:my|the|our|a|his|her|their)\s+(?:[a-z]+\s+)?(?:passport|licen[cs]e|insurance|lease"
    r"|mortgage|membership|visa|prescription|subscription|tenancy|tax|registration|warranty"
    r"|policy|gym)\b"
    r"|了?(?:[^,，。]{0,4}?的)?(?:健身卡|会员|房租|租约|租房合同|保险|驾照|护照|签证|车险)"
)
# "Stay" with a state after it says how the respondent keeps, not that they stay with the provider:
# "I'll stay nameless", "staying quiet on that", "I'll stay home" ("I'll stay loyal" and "stay
# put" do stay).
_STATE_WORD = re.compile(
    r"\s+(?:nameless|unnamed|anonymous|incognito|quiet|silent|schtum|shtum|home|indoors|awake"
    r"|up late|calm|positive|safe|healthy|sane|warm|dry|tuned|hydrated|humble|focused|single"
    r"|sober|neutral|out of (?:it|this)"
    # one's own life kept as it is: "single, and I'll stay that way", "we'll stay together"
    r"|(?:that|this) way|the same|as (?:i am|it is|is|we are)|like (?:this|that)|alone|on my own"
    r"|unattached|married|together|young|fit|in shape)\b"
)
_CLEFT_BEFORE = re.compile(
    r"\b(?:it'?s|it is)\s+(?:my|the|our)\s+(?!(?:provider|carrier|network|broadband|internet"
    r"|service|contract)\b)[a-z]+(?:\s+[a-z]+)?\s+(?:that\s+)?(?:i'?m|i am|we'?re|we are)\s+$"
)
# How hard leaving is, judged: "a nightmare to cancel", "impossible to leave" ("换起来太麻烦" is
# read after the word, by `_HYPOTHESIS_AFTER`).
_JUDGED_BEFORE = re.compile(
    r"\b(?:hard|difficult|impossible|easy|simple|tricky|painful|a (?:nightmare|pain|hassle|faff"
    r"|struggle|mission|headache))\s+to\s+$"
    # ... or named as a hassle: "the hassle of porting numbers", "all the faff of switching"
    r"|(?<!worth )\b(?:the|all the|such a)\s+(?:hassle|faff|pain|bother|headache|nightmare|palaver"
    r"|rigmarole|effort)\s+(?:of|involved in)\s+$"
)
# "Stay" asked of the agent on a call: "stay on the line please", "stay with me a sec".
_HOLD_THE_LINE = re.compile(
    r"\s+(?:on(?:\s+the)?\s+(?:line|phone|call|hold|chat)|on\s+hold|online|connected"
    r"|with me\b(?!\s+(?:as (?:a )?customer|for (?:years|now|good|ever)))"
    r")\b"
)
# A number ported here, an arrival: "ported my number over to you", "porting in from EE" (but
# "I'm porting my number out", "port my number to Vodafone").
_PORTED_HERE = re.compile(
    r"(?:\s+(?:my|our|the|his|her)\s+(?:\w+\s+)?(?:numbers?|lines?|mobiles?|sims?))?"
    r"\s+(?:(?:it|them)\s+)?(?:over\s+|across\s+)?(?:(?:in)?to\s+(?:you|your|this|here|y'all)\b"
    r"|in\b|here\b|from\b)"
)
_PORT = re.compile(r"\bport(?:ed|ing|s)?\b")
# "Not going anywhere" with a time or a cause of being stuck after it is a night in, no plan:
# "not going anywhere tonight", "ain't going anywhere this weekend", "in this snow" ("not going
# anywhere this year" and "anytime soon" still stay).
_NIGHT_IN_AFTER = re.compile(
    r",?\s+(?:tonight|today|tomorrow|this (?:weekend|evening|afternoon|morning|week|summer"
    r"|christmas|easter|holiday)|next (?:weekend|week)|on holiday|for (?:the )?(?:holidays?"
    r"|christmas|easter|weekend|bank holiday|my birthday)|over (?:the )?(?:weekend|holidays?"
    r"|christmas|easter)|till|until|in (?:this|the) (?:weather|rain|snow|traffic|heat|storm)"
    r"|with (?:this|my|a) (?:leg|knee|back|ankle|cold|flu|hangover|cough)|fast)\b"
)
_NEAR_MISS_BEFORE = re.compile(r"(?:差点|差一点|险些|几乎)(?:儿)?(?:就)?$|\b(?:almost|nearly)\s+$")


# After an intention word: a hypothesis weighed, not a plan ("换起来太麻烦", "换号的话客户就
# 联系不上我").
# ("换运营商好折腾", "转网太费事了": the change judged a hassle, also without 起来; "换号还得挨个
# 通知", "转网又要去营业厅排队": what the change would take, not "换还得等合约到期", a plan
# that waits)
_HYPOTHESIS_AFTER = re.compile(
    r"[^,，。]{0,2}?(?:起来|的话|(?:太|好|很|挺|真|多)(?:麻烦|费劲|折腾|费事)"
    r"|(?:还|又|就)(?:得|要)(?!等|看)(?:重新|挨个|一个个|一个一个|去|跑|再)?)"
    # ... the hassle said after it: "换号码麻烦得很", "换运营商麻烦死了" (not "换 麻烦你们办一下")
    r"|[^,，。\s]{0,4}?(?:麻烦|费劲|折腾|费事)(?:得很|得要命|死了?|透了|得慌)"
)


def not_a_plan(low: str, before: str, end: int, value: str, asked: bool = False) -> bool:
    """The intention word ending at `end`, with `before` its clause so far, is no plan of the
    respondent: urged by someone else, nearly done, a hypothesis weighed, or about leaving
    something else."""
    if (
        _URGED_BEFORE.search(before)
        or _NEAR_MISS_BEFORE.search(before)
        or _JUDGED_BEFORE.search(before)
    ):
        return True
    if _HYPOTHESIS_AFTER.match(low, end) and not (asked and waved_away.hassle_after(low, end)):
        return True  # (asked, "换太麻烦了" waves the switch away: `choices` reads it as staying)
    if not asked and value == "leave" and waved_away.hassle_after(low, end):
        return True  # "3, porting my number over is a hassle": a reason, said of no plan
    if value == "leave" and leaving_puns.not_leaving(low, before, end):
        return True  # "leave? I just got home", "switching would be worse", "switch off the TV"
    if renewal_asked.obligation_asked(low, before, end):
        return True  # "请问是否需要续约？", "do I need to renew?": a question, no plan
    if done_asked.asks_if_done(low):
        return True  # "have I already given notice?", "我是不是已经退订了": asked, not planned
    if value == "leave" and survey_left.survey_left(low, before, end):
        return True  # "I'm done with this survey", "问卷做完我就走了": the survey, not the provider
    if value == "leave" and not asked and waved_away.not_wanted_after(low, end):
        return True  # "leaving isn't something I want to do", said under another question
    if value == "stay" and low.endswith("anywhere", 0, end) and _NIGHT_IN_AFTER.match(low, end):
        return True  # "I am not going anywhere tonight": a night in
    he_she = list(_HE_SHE.finditer(before))
    if he_she and not _I_WE.search(before, he_she[-1].end()):
        return True  # "her contract ends in March and she's not renewing"
    if (
        value == "stay"
        and low.endswith(("stay", "staying"), 0, end)
        and _STATE_WORD.match(low, end)
    ):
        return True  # "I'll stay nameless for this one", "staying home tonight"
    if (
        value == "stay"
        and low.endswith(("stay", "staying"), 0, end)
        and _HOLD_THE_LINE.match(low, end)
    ):
        return True  # "stay on the line please": the call held, no intention
    ported = value == "leave" and _PORT.search(low, max(0, end - 24), end)
    if ported and _PORTED_HERE.match(low, end):
        return True  # "ported my number over to you": an arrival, not a leaving
    if value == "leave" and _OTHER_OBJECT_BEFORE.search(before):
        return True  # "路由器想换个新的": the device changed, not the provider
    if _DISOWNED_AFTER.match(low, end):
        return True  # "the church is moving … but that's nothing to do with me"
    if (
        value == "stay"
        and low.endswith(("stay", "staying"), 0, end)
        and _VISIT_AFTER.match(low, end)
    ):
        return True  # "we're staying with our daughter in Perth": a visit
    if value == "stay" and _RENEWED_OTHER.match(low, end):
        return True  # "renewing my passport", "续了健身卡"
    if no_difference.said_no_difference(low, before, end):
        return True  # "谁续都一样", "换哪家都一样": whoever it is, no plan said
    if _FAULT_GOES_ON.match(low, end):
        return True  # "网速照旧很慢", "还会继续断网吗": the fault goes on, no plan is said
    return value == "leave" and bool(
        OTHER_OBJECT_AFTER.match(low, end) or _CLEFT_BEFORE.search(before)
    )
