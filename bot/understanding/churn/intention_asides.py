"""Intentions said alongside another answer: staying said for certain, and a renewal left open.

Asked for a rating or a contract, people often add where they stand: "solid 4, staying for sure",
"4, and I'll be staying for sure", "4分，会继续用的", "一年的，到时候再看续不续", "one year, we'll
see when it's up". The bare words ("staying", "继续用", "续不续") say too little in passing, so
these readings need the certainty ("for sure", "definitely", "会", "肯定") or the renewal weighed
("看续不续") or the contract's end as the time of deciding. Somebody else's plan ("my son is
staying for sure", "我妈会继续用") and staying somewhere ("definitely staying in tonight") are not
read: the first needs the respondent as the subject or no subject at all, the second is cut off
by what follows. `intentions.STRONG_PATTERNS` holds these.
"""

from __future__ import annotations

import re

# The respondent, or no subject at all (a clause of its own), before "staying".
_SELF_BEFORE = (
    r"(?:(?<=^)|(?<=[,.;!?])|(?<=[,.;!?] )|(?<=\band )|(?<=\bbut )|(?<=\bso )|(?<=\bi'm )"
    r"|(?<=\bim )|(?<=\bi am )|(?<=\bwe're )|(?<=\bwe are )|(?<=\bi'll be )|(?<=\bwe'll be )"
    r"|(?<=\bi will be )|(?<=\bwe will be ))"
)
# Staying somewhere or for a while is no plan ("definitely staying in tonight", "staying for sure
# at my sister's").
_NOT_A_STAY_AFTER = (
    r"(?!\s*,?\s*(?:in|at|on|over|for(?!\s+sure)|up|out|home|here|there|until|till|tonight"
    r"|today|tomorrow|the|this|next|late|awake|away|back|overnight|with (?!you|u\b|ye\b|y'all))\b)"
)
STAYING_FOR_SURE = re.compile(
    # (the words first, so that other places fail at once)
    r"(?=staying|definitely|def|deffo|defo|100%|absolutely|totally|certainly)"
    + _SELF_BEFORE
    + r"(?:(?:definitely|def|deffo|defo|100%|absolutely|totally|certainly)\s+"
    r"staying(?:\s*,?\s*(?:for sure|no doubt|no question))?"
    r"|staying\s*,?\s*(?:for sure|no doubt|no question|fo sho|100%))" + _NOT_A_STAY_AFTER
)
# "会继续用的", "肯定续", "一定会续约", "还会接着用": staying said with certainty (not of a device
# kept, before or after: "这手机我会继续用", "会继续用这个手机"; nor somebody else's, read in
# `others`).
_DEVICES = ("手机", "电脑", "平板", "路由器", "光猫", "微信", "支付宝", "app", "软件")
_BETWEEN = ("", "我", "俺", "我们", "我也", "我还", "也", "还", "我肯定", "肯定", "我一定", "一定")
_NOT_OF_DEVICE = "".join(f"(?<!{device}{between})" for device in _DEVICES for between in _BETWEEN)
GOING_ON_ZH = re.compile(
    r"(?=[肯一当铁还也会])"
    + _NOT_OF_DEVICE
    + r"(?:(?:肯定|一定|当然|铁定)(?:还)?(?:会|要)?(?:继续|接着|一直)?(?:续约|续费|续)"
    r"|(?:(?:肯定|一定|当然|铁定|还|也)(?:还)?会|(?<![不没])(?<![不没]还)会(?=[^,，。]{0,6}?"
    r"(?:的|吧|啊|呀|哈|呢|了)?\s*(?:$|[,，。!！~…])))"
    r"(?:继续|接着|一直)(?:用|使用|续约|续费|续)(?:下去)?"
    r"(?![^,，。!！?？]{0,3}?(?:这|那)?(?:个|部|台)?(?:手机|电脑|路由器|光猫|微信|支付宝|app)))"
)
# "到时候再看续不续", "看情况续不续", "到期再看换不换": the renewal weighed at the term's end.
RENEWAL_WEIGHED = re.compile(
    r"(?:再|看看|看情况|到时候?|到期)看?(?:看|情况)?[^,，。!！?？]{0,6}?(?P<verb>续|换|走|留)不(?P=verb)"
    # not decided whether to renew ("还没想好续不续"; "还没决定换不换" may be of anything)
    r"|(?:没想好|没定|没决定|不确定|说不好|纠结|在考虑)(?:要不要)?续不续"
    # ("续不续看情况", "换不换到时候再说")
    r"|(?P<verb2>续|换|走|留)不(?P=verb2)(?:约|费)?(?:的话|这事|嘛)?(?:看情况|(?:到时候?)?再(?:说|看|定))"
)
# "一年的，到时候再说", "一年的合约，明年三月到期，到时候看情况", "到期了看联通有啥优惠再说",
# "two year, we'll see when it's up": the decision put off to the end of the term just named (a
# bare "到时候再说" under another question puts off anything at all).
DECIDED_AT_TERM_END = re.compile(
    r"(?:合约|合同|协议|套餐|[一两二三\d]年的|个月的)[^。!！?？]{0,16}?"
    r"(?:(?:到时候?再|到期(?:了|后|以后|之后)?(?:再|才))(?:看|说|定|决定)"
    # ("…明年三月到期，到时候看情况")
    r"|(?:到时候?|到期(?:了|后|以后|之后)?)(?:再)?看(?:情况|看)"
    # ... what the rivals offer then: "合约到期了看移动那边有么子优惠再说"
    r"|(?:到时候?|到期(?:了|后|以后|之后)?)[,，]?(?:再)?看看?[^,，。!！?？]{1,16}?"
    r"再(?:说|定|决定|看|讲))"
    r"(?:吧|呗|啦)?(?=\s*(?:$|[,，。!！~…]))"
    # the term left unnamed, its end opening a clause of its own, and what to weigh then:
    # "到期了看联通有啥优惠再说" (not "到家了再说", nor another thing's end: "会员到期了…"; a bare
    # "到期再说吧" under another question puts that answer off)
    r"|(?:^|(?<=[,，。!！\s]))(?:等|等到)?到期(?:了|后|以后|之后)?[,，]?"
    r"(?:再)?看看?[^,，。!！?？]{1,16}?再(?:说|定|决定|看|讲)"
    r"(?:吧|呗|啦)?(?=\s*(?:$|[,，。!！~…]))"
    r"|(?:\b(?:we'?ll|i'?ll|we will|i will|let'?s|gonna|going to|will)\s+|(?<=^)|(?<=[,.;] ))"
    r"(?:see|decide|think about it|figure it out|review it)\b[^.!?]{0,16}?\b(?:when|once|after)\s+"
    r"(?:it|that|the (?:contract|deal|term|plan)|my (?:contract|deal|term|plan)"
    r"|our (?:contract|deal|plan))"
    r"(?:(?:'s|\s+is)\s+(?:up|over|done|due|finished)\b(?!\s+to\b)"
    r"|\s+(?:comes up|runs out|ends|expires|finishes)\b)"
)


# A leaving said as a chance ("might switch to Smart honestly", "3, may leave tbh", "thinking of
# switching to Globe") is "unsure" in any answer: with a rival or the provider as its object, or
# standing alone at the clause's end (not "might leave early", "thinking of switching phones",
# "might move house", nor "I don't think I'll switch": no "might").
def hedged_leaving(rivals: str) -> re.Pattern[str]:
    """The pattern of a hedged leaving, with the rival names `rivals` (a regex alternation)."""
    might = (
        r"(?<!\bnot )(?<!n't )\b(?:might|may|could)\s+(?:well\s+|just\s+|actually\s+|end up\s+)?"
    )
    return re.compile(
        r"(?=might|may|could|thinking|considering)(?:"
        + might
        + r"(?:switch|leave|cancel|port(?: out)?|jump ship|go elsewhere)"
        r"|(?<!\bnot )(?<!n't )\b(?:thinking (?:of|about|bout)|considering)\s+(?:switching"
        r"|porting out|jumping ship))"
        r"(?:(?:\s+(?:over|across))?\s+to\s+(?:" + rivals + r")\b"
        r"|\s+(?:from\s+)?(?:you(?: guys| lot| people| all)?|y'all|your (?:lot|company|service)"
        r"|(?:my |the )?(?:providers?|networks?|carriers?))\b)"
        # (standing alone only a plain leaving: a bare "considering switching" under another
        # question may be of anything)
        r"|" + might + r"(?:leave|cancel|jump ship|go elsewhere)"
        r"(?=\s*(?:[,.;!?…]|$|(?:honestly|tbh|to be honest|though|soon|at this rate|lol|haha"
        r"|tbf|ngl|next year|this year|when (?:it|my contract|the contract) ends)\b))"
    )


# Unsure of a fact, not of a plan: "2 year contract, not sure how long in tho", "不确定用了多久".
_UNSURE_OF_FACT_AFTER = re.compile(
    r"\s*(?:about\s+|of\s+)?(?:how (?:long|many|much|old|far)|what|when|which|where|who|exactly"
    r"|the (?:date|exact|number|amount|price|name))\b"
    # ("not sure about the contract bit", "unsure of the plan details": the paperwork, no plan)
    r"|\s*(?:about|of|on)\s+(?:the|my|that|this|our)\s+(?:[a-z]+\s+)?(?:contract|plan|deal|bit"
    r"|part|details?|paperwork|terms|length|type|dates?|billing|package|tariff|fine print)\b"
    r"|(?:具体)?(?:用了|是|有)?(?:多久|多少|几|什么时候|哪)|(?:合约|合同|套餐)"
)


def unsure_of_fact(low: str, end: int) -> bool:
    """The "not sure" ending at `end` is of a fact named after it ("not sure how long")."""
    return _UNSURE_OF_FACT_AFTER.match(low, end) is not None


# A named part of the service rated mildly: "光纤用着还行", "网速还可以", "fibre's alright". Asked
# whether they will stay, the respondent who rates parts ("光纤用着还行，手机信号不太行") says how
# things are, which is no hedge of the plan; "用着还行" with nothing named stays vague.
_SERVICE_RATED = re.compile(
    r"(?:光纤|宽带|网速|速度|网络|网|信号|客服|套餐|资费|价格|服务|\b(?:fib(?:re|er)|broadband|internet"
    r"|wi-?fi|signal|speeds?|service|price|customer service)\b)"
    r"[^,，。;；!！?？]{0,4}?(?:还行|还可以|还好|一般般?|凑合|马马虎虎"
    r"|(?:'s|\s+is|\s+are|\s+has been)\s+(?:alright|ok|okay|fine|decent|not bad)\b)"
)


def without_rated_services(low: str) -> str:
    """`low` with mild ratings of a named part of the service blanked out (same length)."""
    if not any(w in low for w in ("还", "一般", "凑合", "马马虎虎", "'s", " is", " are", " has")):
        return low
    return _SERVICE_RATED.sub(lambda m: " " * len(m.group()), low)
