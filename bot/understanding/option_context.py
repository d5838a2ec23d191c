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
from bot.understanding.people import clause_before

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
)
# A workplace's or school's line: "公司那边是千兆光纤", "gigabit at the office".
_WORKPLACE_BEFORE = re.compile(
    r"(?<![你您贵])(?<!你们)(?:公司|单位|学校|办公室|厂里|店里)[^,，。]{0,6}$"
)
_WORKPLACE_AFTER = re.compile(
    r"\s*(?:at|in)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+)?(?:office|work|school|uni|college"
    r"|library|gym|cafe|café|hotel|job)\b"
)
# Somebody's claim ("我老公说是", "my wife says") that the respondent doubts or cannot confirm.
_CLAIM_BEFORE = re.compile(r"说|\b(?:says|said|reckons|claims|told me|thinks)\b")
_DOUBT = re.compile(
    r"不知道|不清楚|搞不懂|搞不清|不懂|吹牛|不信|不确定|说不准"
    r"|\b(?:no idea|not sure|dunno|don'?t know|doubt|bragging|don'?t believe)\b"
)
# A wish, not what is used: "wanted to use the Amex", "would like to get fibre".
_WISH_BEFORE = re.compile(
    r"\b(?:wants?|wanted|would like|'d like|wanna|wish(?:es|ed)?)\s+(?:to\s+)?(?:use|pay (?:with"
    r"|by|via|on)|get|switch to|go with|try)\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+|his\s+|her\s+)?$"
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
_BILL_WORD = re.compile(
    r"话费|宽带|套餐|网费|账单|\b(?:bills?|plan|broadband|internet|phone|service|subscription)\b"
)
# The respondent's own set against another person's: "mine?", "我自己的", "as for me".
_OWN_CONTRAST = re.compile(r"\bmine\b|\bmy own\b|\bas for me\b|我自己的|我的呢|至于我|我这边")
# "每月99", "60 per month": a month word that gives an amount's period names no contract.
_MONTH_WORD = re.compile(r"(?:每个?月|一个月|按月|(?:per|a|each|every) month|monthly|month)")
_AMOUNT_AFTER = re.compile(
    r"\s*(?:交|付|扣|是|要|大概|差不多|约|就|才|也就|都)?\s*(?:[¥$£€]|rmb)?\s*[\d一二两三四五六七八九十百]"
)
_AMOUNT_BEFORE = re.compile(
    r"[\d一二两三四五六七八九十百]\s*(?:块钱?|元|dollars?|bucks|quid|pounds?|euros?|ish)?\s*/?\s*$"
)
# A person or the respondent in a clause: then it has a subject of its own.
_SELF = re.compile(r"[我俺咱]|\b(?:i|i'm|i've|we|we're|my|our|me|us)\b")


def not_own_option(low: str, start: int, end: int) -> bool:
    """The service, plan or payment option at `start`..`end` is not what the respondent has."""
    before = clause_before(low, start)
    if _A_NOT_A_BEFORE.search(before) or (
        low[start : start + 1] in "没不"
        and 0 < start < len(low) - 1
        and low[start - 1] == low[start + 1]
    ):
        return True  # "套餐签没签约"
    if _PAST_AFTER_ZH.match(low, end) or _OFFERED_BEFORE.search(before):
        return True
    if _FOR_BEFORE.search(before) and _PAST_AFTER_EN.match(low, end):
        return True
    if _MONTH_WORD.fullmatch(low, start, end) and (
        _AMOUNT_AFTER.match(low, end) or _AMOUNT_BEFORE.search(before)
    ):
        return True  # "两年的，每月99", "24 months, about 60 per month"
    if _WORKPLACE_BEFORE.search(before) or _WORKPLACE_AFTER.match(low, end):
        return True
    if _CLAIM_BEFORE.search(before) and _DOUBT.search(low):
        return True
    if _WISH_BEFORE.search(before) or _DENIED_BEFORE.search(before):
        return True
    if _BOUGHT_BEFORE.search(before) or _BOUGHT_AFTER.match(low, end):
        stop = _CLAUSE_END.search(low, end)
        if not _BILL_WORD.search(before + low[start : stop.start() if stop else len(low)]):
            return True  # "bought a present on my credit card": a purchase, not the bill
    if others.said_of_other(low, start, household=True) and _OWN_CONTRAST.search(low, end):
        return True  # "my mom mails a check for hers... mine?"
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
