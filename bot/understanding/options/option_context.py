"""When an option of the service, plan or payment is named without being the respondent's own.

Chatty answers name options that the respondent does not have: a question in the A-not-A form
("套餐签没签约"), a past told after the word ("for 2 years back in 2015"), what a rival offers
("someone who offers fibre"), a workplace's line ("公司那边是千兆光纤", "gigabit at the office"),
a month word that is an amount's period ("每月99", "60 per month"), somebody's claim the
respondent doubts ("我老公说是千兆但我觉得他在吹牛", "我妈说电话线的便宜…我也搞不懂"), a wish
("my husband wanted to use the Amex"), a denial several words away ("I don't trust us with a
credit card"), a relative's own choice set against the respondent's ("my mom mails a check for
hers... mine?"), and, in a clause without a subject of its own, an outsider's choice told in the
clause before ("上次我同事携号转网…，手机号绑的银行卡全得改").
"""

from __future__ import annotations

import re

from bot.understanding import others
from bot.understanding.options import (
    other_senses,
    other_terms,
    talked_up,
    unarrived_options,
    unmade_choices,
)
from bot.understanding.people import OTHER_PERSON_ZH, clause_before

_CLAUSE_END = re.compile(r"[,.;!?，。；！？]")

# "签没签约", "装没装光纤", "有没有光纤": a yes-or-no question, no statement.
_A_NOT_A_BEFORE = re.compile(r"(.)[没不]\1(?:过|了)?\s*$")
# A period or a state of the past: "held me hostage for 2 years back in 2015", "I was on a 2 year
# deal back in 2019", "DSL那会儿老掉线" (but "got fibre back in 2019" is still the line).
_FOR_BEFORE = re.compile(r"\b(?:for|was|were|had|used to)\b[^,.;!?]{0,16}$")
_PAST_AFTER_EN = re.compile(r"[^,.;!?]{0,24}?\b(?:back in|back then|at the time)\b")
_PAST_AFTER_ZH = re.compile(r"[^,，。]{0,4}?(?:那时候?|那会儿?|那几年)")
# What a provider offers or sells: "someone who offers fibre", "在推销光纤".
_OFFERED_BEFORE = re.compile(
    r"\b(?:offers?|offering|sells?|selling|provides?|providing|advertis\w*|promot\w*|pushing)\s+"
    r"(?:\w+\s+)?$|推销|主推|在推"
    # "the new place is doing half-price fibre" (not "we're doing fibre now")
    r"|\b(?!i\b|we\b)[a-z]+(?:'s|'re|\s+is|\s+are)\s+doing\s+(?:[\w-]+\s+){0,2}$"
)
# A workplace's or school's line: "公司那边是千兆光纤", "gigabit at the office".
_WORKPLACE_BEFORE = re.compile(
    # (a card the place issued is the respondent's own: "学校那张建行卡", "单位发的工资卡"; so
    # is its account paying the bill: "我们公司账户开电子支票付的")
    r"(?<![你您贵])(?<!你们)(?:公司|单位|学校|办公室|厂里|店里)(?!那张|这张|办的|发的|给办的|的?账户|的?账号)"
    r"[^,，。]{0,6}$"
)
_WORKPLACE_BEFORE_EN = re.compile(r"\b(?:at|in) (?:work|the office|school|uni)\b[^,.;!?]{0,12}$")
_WORKPLACE_AFTER = re.compile(
    r"\s*(?:at|in)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+)?(?:office|work|school|uni|college"
    r"|library|gym|cafe|café|hotel|job)\b"
)
# Somebody's claim ("我老公说是", "my wife says") that the respondent doubts or cannot confirm.
_CLAIM_BEFORE = re.compile(r"说|\b(?:says|said|reckons|claims|told me|thinks)\b")
# ... unless it is the installer's or the provider's word, which the respondent merely does not
# follow ("师傅说是光纤入户，我也不懂", "the engineer said fibre, no idea what that means").
EXPERT_SAID = re.compile(
    r"(?:师傅|装机的|装宽带的|安装的|工程师|技术员|客服|营业厅的?)[^,，。]{0,4}(?:说|讲|告诉我)"
    r"|\b(?:engineer|installer|technician|tech guy|fitter|the (?:guy|man|lad|bloke|woman) who"
    r" (?:installed|fitted|set up) (?:it|the \w+)|customer service)\s+(?:said|says|told me)\b"
)
_DOUBT = re.compile(
    r"不知道|不清楚|搞不懂|搞不清|不懂|吹牛|不信|不确定|说不准"
    r"|\b(?:no idea|not sure|dunno|don'?t know|doubt|bragging|don'?t believe)\b"
)
# Doubting the word itself, not just not following it: "dunno if that's right", "是不是真的".
_CLAIM_DOUBTED = re.compile(
    r"\b(?:if|whether) (?:that|it)(?:'s| is| was) (?:right|true|correct|accurate)"
    r"|是不是真的|真的假的"
    r"|靠不靠谱|吹牛|不信|\b(?:doubt|don'?t believe)\b"
)
# Not knowing whether it is the option: "not sure if it's fibre or cable", "dunno whether we're
# on DSL".
_WHETHER_BEFORE = re.compile(
    r"\b(?:not sure|unsure|dunno|don'?t know|no idea|can'?t (?:remember|recall|tell))\s+"
    r"(?:if|whether)\s+(?:(?:it'?s|it is|we have|we'?ve got|i have|we'?re on|i'?m on|it'?s on)\s+)?"
    r"(?:the\s+|a\s+)?$"
)
# A wish, not what is used: "wanted to use the Amex", "would like to get fibre".
_WISH_BEFORE = re.compile(
    r"\b(?:wants?|wanted|would like|'d like|wanna|wish(?:es|ed)?)\s+(?:to\s+)?(?:use|pay (?:with"
    r"|by|via|on)|get|switch to|go with|try)\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+|his\s+|her\s+)?$"
    # asked for: "any chance of fiber?", "when can we get fibre", "is there fibre in my area"
    r"|\b(?:any chance of|chance of getting|when (?:can|will|do|could) (?:we|i|you) (?:get|have"
    r"|switch to|upgrade to)|can (?:we|i) (?:get|have|switch to|upgrade to)|is there)\s+"
    r"(?:any\s+|some\s+|a\s+)?$"
    r"|(?:能不能|可不可以|可以|能)(?:给我|帮我)?(?:换|装|升级|改)(?:成|到)?\s*$"
)
# ... or asked after: "when will fibre be available?", "光纤什么时候能通？"
_ASKED_FOR_AFTER = re.compile(
    r"\s+(?:be\s+|ever\s+|finally\s+)*(?:available|coming|on offer|rolled out)\b[^.!?]*\?"
    r"|(?:什么时候|啥时候|几时|哪年)(?:才|能|会)*(?:通|到|装|拉|有|开通)"
)
# A denial several words before the option: "I don't trust us with a credit card".
_DENIED_BEFORE = re.compile(
    r"\b(?:don'?t|do not|never|won'?t|wouldn'?t)\s+(?:trust|use|want|have|own|like|need)\b"
    r"[^,.;!?]{0,24}$"
)
# A card a purchase was made with, or maxed out by spending: "bought her a present for 120 on my
# credit card", "信用卡买了个包", "信用卡都刷爆了", "maxed out my credit card" (but not what
# pays the bill: "paid the bill with my credit card").
_BOUGHT_BEFORE = re.compile(
    r"\b(?:bought|buy|buying|purchased|splurged|spent)\b[^,.;!?]{0,48}\b(?:on|with|using)\s+"
    r"(?:my|the|a|his|her|our)?\s*$|\bmaxed out\s+(?:my|the|a|his|her|our)?\s*$"
)
_BOUGHT_AFTER = re.compile(
    r"\s*(?:都|已经|早就|早|就|全|又|快|也)*(?:买|购|刷(?:了|爆|光|空))"
    r"|(?:'s|\s+(?:is|was|got|are))\s+(?:completely\s+|totally\s+|all\s+)?maxed\b"
)
# A card in trouble: "my card got cloned", "someone skimmed my card", "信用卡丢了" tell of fraud
# or loss, not of how the bill is paid (which "用信用卡，之前被盗刷过一次" still says).
_CARD_TROUBLE_AFTER = re.compile(
    r"(?:'s|\s+(?:got|was|has been|had been|'s been|is|were|just got|keeps? getting))\s+"
    r"(?:\w+\s+)?(?:cloned|stolen|skimmed|hacked|compromised|frozen|blocked|cancell?ed|lost"
    r"|nicked|swiped|copied)\b|(?:又|已经|刚)?(?:被|让人)?(?:盗刷|盗|偷|冻结|挂失|锁|丢|停)(?:了|掉)"
)
_CARD_TROUBLE_BEFORE = re.compile(
    r"\b(?:lost|skimmed|cloned|froze|stole|nicked|hacked|blocked)\s+(?:my|our|the|his|her)\s+"
    r"(?:\w+\s+)?$"
)
_BILL_WORD = re.compile(
    r"话费|宽带|套餐|网费|账单|\b(?:bills?|plan|broadband|internet|phone|service|subscription)\b"
)
# The respondent's own set against another person's: "mine?", "我自己的", "as for me".
# (or "我的" going on to not knowing it: "我爸那个是两年的，我的我得查查", "我的不清楚")
_OWN_CONTRAST = re.compile(
    r"\bmine\b|\bmy own\b|\bas for me\b|我自己的|我的呢|至于我|我这边"
    r"|(?<![\u4e00-\u9fff])我的(?=[我俺]?(?:得|要|还)?(?:查|问|看看|翻|不清楚|不知道|不记得|记不|忘|搞不清))"
)
# A housemate's own plan, held by them: "my wife has the 2 year one on her phone", "my son's on
# fibre", "my mum's still on dsl", "我老婆的是两年的" (but "my wife signed us up for 2 years" is
# the household's).
_THEIRS_BEFORE = re.compile(
    r"\b(?:has|has got|'s got|(?:is|'s)(?:\s+(?:still|also|only|just))?\s+(?:on|with)"
    r"|(?:still\s+)?uses)\s+(?:the\s+|a\s+|an\s+|her\s+|his\s+)?$|(?<=[\u4e00-\u9fff])(?:的|那个|那张|那边)(?:是|也是|用的是|办的是)\s*$"
)
# A housemate's own means beside the respondent's own, each in a clause: "我用信用卡，我老公用
# 银行卡" (but "我老公用银行卡交", said alone, is the household's bill paid by him).
_THEIR_USE_ZH = re.compile(r"(?<=[\u4e00-\u9fff])(?:用|刷|用的是|用的)\s*$")
_OWN_USE_ZH = re.compile(
    r"(?:^|[,，。;；\s])(?:我|俺)(?:自己)?(?:就|都|一般|平时|主要)?(?:用|刷|是用)"
)
# "每月99", "60 per month": a month word that gives an amount's period names no contract.
_MONTH_WORD = re.compile(r"(?:每个?月|一个月|按月|(?:per|a|each|every) month|monthly|month)")
_MONTH_PRICE = re.compile(_MONTH_WORD.pattern + r"|月租|月费")
# (the bill may be named in between: "每月话费约五十八元")
_AMOUNT_AFTER = re.compile(
    r"\s*(?:(?:的)?(?:话费|网费|费用|账单|月租|the bill)\s*)?"
    r"(?:交|付|扣|是|要|大概|差不多|约|就|才|也就|都)?\s*(?:[¥$£€]|rmb)?\s*[\d一二两三四五六七八九十百]"
)
_AMOUNT_BEFORE = re.compile(
    r"[\d一二两三四五六七八九十百]\s*(?:块钱?|元|dollars?|bucks|quid|pounds?|euros?|ish)?\s*/?\s*$"
)
# ... and so does one that is the period of a price compared or judged: "it's cheaper per month",
# "the monthly price was lower", "月租便宜" (but "I pay per month" stays the plan).
_PRICE_BEFORE = re.compile(
    r"\b(?:cheaper|dearer|pricier|less|more|lower|higher|saving|save|saves)\s+(?:a\s+|each\s+)?$"
)
_PRICE_AFTER = re.compile(
    r"\s+(?:price|cost|fee|rate|charge)s?\b"
    r"|(?<=[租费月])(?:的)?(?:价格|价钱|费用)?(?:也|还|更|比较|挺|很|太|真|能)?(?:便宜|贵|划算|实惠|低|高|省)"
)
# Another person's home, named before the option in its clause: "我闺女在北京那套房子装的光纤",
# "我儿子家是光纤" (the respondent's own "我家" is home).
_THEIR_HOME_BEFORE = re.compile(
    r"(?:"
    + OTHER_PERSON_ZH.pattern
    + r")(?:的|在[^,，。]{1,6}?)?(?:家|那套房子?|那边|那儿|那里|房子|公寓)"
    r"[^,，。]{0,6}$"
)
# A person or the respondent in a clause: then it has a subject of its own.
_SELF = re.compile(r"[我俺咱]|\b(?:i|i'm|i've|we|we're|my|our|me|us|mine|ours)\b")


def not_own_option(low: str, start: int, end: int) -> bool:
    """The service, plan or payment option at `start`..`end` is not what the respondent has."""
    before = clause_before(low, start)
    if _A_NOT_A_BEFORE.search(before) or (
        low[start : start + 1] in "没不"
        and 0 < start < len(low) - 1
        and low[start - 1] == low[start + 1]
    ):
        return True  # "套餐签没签约"
    if (
        _PAST_AFTER_ZH.match(low, end)
        or _OFFERED_BEFORE.search(before)
        or _THEIR_HOME_BEFORE.search(before)
    ):
        return True
    if _FOR_BEFORE.search(before) and _PAST_AFTER_EN.match(low, end):
        return True
    if _MONTH_WORD.fullmatch(low, start, end) and (
        _AMOUNT_AFTER.match(low, end) or _AMOUNT_BEFORE.search(before)
    ):
        return True  # "两年的，每月99", "24 months, about 60 per month"
    if _MONTH_PRICE.fullmatch(low, start, end) and (
        _PRICE_BEFORE.search(before) or _PRICE_AFTER.match(low, end)
    ):
        return True  # "talked into 24 months, it's cheaper per month", "两年的，月租便宜"
    if (
        _WORKPLACE_BEFORE.search(before)
        or _WORKPLACE_BEFORE_EN.search(before)
        or _WORKPLACE_AFTER.match(low, end)
    ):
        return True
    if (
        _CLAIM_BEFORE.search(before)
        and _DOUBT.search(low)
        and (not EXPERT_SAID.search(before) or _CLAIM_DOUBTED.search(low))
    ):
        return True
    if (
        _WISH_BEFORE.search(before)
        or _DENIED_BEFORE.search(before)
        or _WHETHER_BEFORE.search(before)
        or _ASKED_FOR_AFTER.match(low, end)
        or unarrived_options.not_had_yet(low, end, before)  # "还没改光纤", "would love fibre"
        or unmade_choices.unmade(low, end, before)  # "wish we had fiber", "打算改成…"
    ):
        return True
    if _BOUGHT_BEFORE.search(before) or _BOUGHT_AFTER.match(low, end):
        stop = _CLAUSE_END.search(low, end)
        if not _BILL_WORD.search(before + low[start : stop.start() if stop else len(low)]):
            return True  # "bought a present on my credit card": a purchase, not the bill
    if ("card" in low[start:end] or "卡" in low[start:end]) and (
        _CARD_TROUBLE_AFTER.match(low, end) or _CARD_TROUBLE_BEFORE.search(before)
    ):
        return True  # "my card got cloned last week": fraud told, not the way of paying
    if others.said_of_other(low, start, household=True) and (
        _OWN_CONTRAST.search(low, end) or _THEIRS_BEFORE.search(before)
    ):
        return True  # "my mom mails a check for hers... mine?", "my wife has the 2 year one"
    if _THEIR_USE_ZH.search(before) and others.said_of_other(low, start, household=True):
        stop = _CLAUSE_END.search(low, end)
        rest = low[: start - len(before)] + " " + (low[stop.end() :] if stop else "")
        if _OWN_USE_ZH.search(rest):
            return True  # "我用信用卡，我老公用银行卡": his own means, the respondent's said
    if other_senses.other_sense(low, start, end, before):
        return True  # "a high-fibre diet", "my travel visa", "the price goes up every year"
    if other_terms.other_term(low, start, end, before):
        return True  # "手机保修两年", "gym contract is 12 months", "I get paid monthly"
    if talked_up.heard_offer(low, end, before) or talked_up.urged(low, start, end, before):
        return True  # "听说签两年的送宽带，是不是真的", "我女婿说用信用卡交有积分"
    return _told_of_outsider(low, start, end, before)


def _told_of_outsider(low: str, start: int, end: int, before: str) -> bool:
    """In a clause without a subject, the option goes on about an outsider named in the clause
    before ("上次我同事携号转网折腾了一个礼拜，手机号绑的银行卡全得改")."""
    stop = _CLAUSE_END.search(low, end)
    clause = before + low[start : stop.start() if stop else len(low)]
    if _SELF.search(clause) or others.mentions_anyone(clause):
        return False
    head = start - len(before)
    if head <= 0:
        return False
    return others.said_of_other(low, head - 1, household=False)


# The respondent has what the other person has: "my cousin swears by fibre, we got it too",
# "我邻居装了光纤，我们家也装了", also following their lead ("我也跟着办了一张").
_SAME_FOR_ME = re.compile(
    r"\b(?:we|i)(?:'ve| have)?\s+(?:got|have|had|get|use|went for|switched to)\s+(?:it|that|one"
    r"|the same(?: thing)?)\s+(?:too|as well|also)\b|\b(?:we|i) (?:do|have|did) too\b"
    r"|\bso (?:do|have|did) (?:we|i)\b|\bsame here\b|\bus too\b"
    r"|(?:我|俺|咱)们?(?:家)?(?:跟着|学着)?(?:也|同样)(?:跟着|学着|照着)?(?:装了|是|用的?|有|办了|换了|签了)(?![^,，。]{0,3}(?:别|其他|不))"
)


def same_as_other(low: str, end: int) -> bool:
    """After another person's option ending at `end`, the respondent says they have it too."""
    return _SAME_FOR_ME.search(low, end) is not None
