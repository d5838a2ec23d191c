"""Answers to the complaint question that use words of grievance about no fault of the service
as it is now.

- Praise by comparison: the former or a rival provider griped about, the provider praised as
  better ("my last provider was rubbish, you lot are miles better", "Virgin was awful, you're way
  better", "以前那家运营商信号很差，你们强多了"). Nothing is wrong with the service: the vague
  "nothing to complain about". A clause about the service now keeps the complaint ("you're
  better than my last provider but the wifi still drops every night", "not much better than my
  old one").
- A fault that is over: "以前网老断，现在好多了", "the signal used to be bad but it's fine now",
  "it used to be slow but you fixed it", "刚开始网速慢，后来修好了". Nothing is wrong now: vague.
  A fault that goes on, comes back or is only said to be fixed stays a complaint ("以前网老断，
  现在还是断", "现在偶尔还断", "fixed now but it dropped again", "they said it was fixed").
- Another firm's prices or service ("Netflix keeps putting their prices up", "爱奇艺老是涨价",
  "Deliveroo is always late"), or another person who does not answer the phone or reply ("my
  landlord never answers his phone", "房东从来不接电话", "my boss never replies to emails"):
  no complaint about the service, and no flag. With the provider named or a fault of the network
  ("Netflix keeps buffering", "your prices keep going up", "爱奇艺老是涨价，你们也涨") it is one.
"""

from __future__ import annotations

import re

from bot.understanding.churn.intentions import RIVAL_NAMES
from bot.understanding.complaints.grievances import FAULT, OTHER_PARTY, SERVICE

_PARTS = re.compile(r"[,.!?;:，。！？；：~、…]+|\s+(?:and|so|but|though)\s+|\s+-+\s+")
# Fillers a clause may hold and say nothing: "honestly", "tbh", "说实话".
_FILLER = re.compile(
    r"\b(?:honestly|tbh|to be honest|to be fair|tbf|mate|lol|haha|though|tho|yeah|well|so|and"
    r"|i (?:must|have to|gotta) say|i'?d say|i reckon|i think|really|just|now)\b"
    r"|说实话|老实说|讲真|其实|真的|哈+|吧|啊|呀|嘛|呢|了|的|我觉得|感觉|[\s\W]"
)


def _parts(low: str) -> list[str]:
    return [p.strip() for p in _PARTS.split(low) if p and p.strip()]


def _empty(part: str) -> bool:
    return not _FILLER.sub("", part)


# --- praise by comparison -------------------------------------------------------------------

_RIVAL_ZH = r"移动|联通|电信|广电|别家|那家|上一家|原来那家|以前那家|之前那家"
# The provider said to be better: "you lot are miles better", "you're way better than Virgin",
# "much better with you", "你们好多了", "你们比联通强太多了" (not "not much better", "no better").
_BETTER = re.compile(
    r"^(?:(?:but|and|so|though|honestly|tbh)\s+)*(?:(?:you|you lot|you guys|your lot|your service"
    r"|yours|this one|this lot)(?:'re| are| is|'s)?|with you(?: lot| guys)?(?: it'?s)?|it'?s)\s+"
    r"(?:(?:so|much|way|far|miles|loads|heaps|a lot|a million times|a hundred times|ten times"
    r"|infinitely|definitely|honestly|already)\s+)*(?:better|more reliable|faster|cheaper"
    r"|superior)(?:\s+(?:with you|so far|by miles|by far|than (?:them|that|that lot|they were"
    r"|it was|my (?:last|old|previous|former) (?:one|provider|network|carrier|company)|the last"
    r" (?:one|lot)|before|" + RIVAL_NAMES + r")))*(?:\s+(?:honestly|tbh|mate|lol|thanks))*$"
    r"|^(?:不过|但|还是|现在)?(?:你们|你家|您这边|你们这边|你们家)(?:(?:可|倒|真|确实|是)?(?:比(?:它们?"
    r"|他们|她们|那家|他家|之前|以前|原来)(?:那家)?|比(?:" + _RIVAL_ZH + r")))?"
    r"(?:确实|真的|可|倒是?|明显|是)?(?:好|强|稳|快|靠谱|便宜)"
    r"(?:多了|太多了?|很多|不少|一百倍|百倍|得多|了)(?:的|啦|了|哈)*$"
)
_BETTER_CHEAP = (
    "better",
    "reliable",
    "faster",
    "cheaper",
    "superior",
    "好",
    "强",
    "稳",
    "快",
    "靠谱",
)
# The other provider, griped about: a former one, a rival, "以前用联通老断网".
_OTHER_PROVIDER = re.compile(
    r"\b(?:my|our|the)\s+(?:old|previous|last|former|ex|other)\s+(?:provider|network|carrier"
    r"|company|isp|operator|supplier|one|lot|crowd|mob)\b|\b(?:" + RIVAL_NAMES + r")\b"
    r"|(?:以前|之前|原来|过去)(?:用的?|那个|的)?(?:" + _RIVAL_ZH + r"|运营商|那个运营商)"
    r"|(?:用|在)(?:" + _RIVAL_ZH + r")的时候|" + _RIVAL_ZH
)


def praised_by_comparison(low: str) -> bool:
    """Each clause gripes about a former or rival provider or says the provider is better, and
    one says it is better."""
    if not any(w in low for w in _BETTER_CHEAP):
        return False
    better = False
    for part in _parts(low):
        if _BETTER.search(part):
            better = True
        elif not (_empty(part) or (_OTHER_PROVIDER.search(part) and not _YOURS.search(part))):
            return False
    return better


_YOURS = re.compile(r"你们|您|\b(?:you|your|you'?re|yours)\b")


# --- a fault that is over -------------------------------------------------------------------

_PAST = re.compile(
    r"以前|之前|原来|刚开始|一开始|开始的时候|刚装的时候|刚办的时候|过去|前阵子|前段时间|前一阵|上个月|去年|那时候|当时"
    r"|\b(?:used to|at first|in the beginning|at the (?:start|beginning)|initially|early on"
    r"|when (?:i|we) (?:first )?(?:joined|started|signed up|moved in|switched)|last (?:year|month"
    r"|week|winter|summer)|a while (?:ago|back)|for a while|there was a time|had (?:a few |some )?"
    r"(?:issues|problems|trouble)|was (?:a bit )?(?:slow|bad|patchy|spotty)|were (?:bad|slow))\b"
)
# The fault said to be over (the whole clause).
_OVER = re.compile(
    r"^(?:不过|但是?|可是?|还好|幸好|好在)?(?:现在|如今|目前|后来|最近|这阵子|这段时间)?(?:都|也|已经|早就?|基本)?"
    r"(?:(?:师傅|工程师|维修的?|你们|客服|他们|人家)(?:上门|过来|来)?(?:了)?(?:给|帮我)?)?"
    r"(?:好多了|好很多了?|好了|好些了|没(?:啥|什么)?(?:问题|事)了?|挺好的?了?|很好了?|正常了|稳定了?|稳多了|快多了"
    r"|不(?:断|卡|掉线)了|还行|可以了|(?:被|给|帮我)?(?:修好|解决|处理好|弄好|搞定|改进|改善|好转)(?:了|啦)?)"
    r"(?:的|了|啦|哈|呀)*$"
    r"|^(?:but|though|and|thankfully|luckily|fortunately)?\s*(?:(?:it'?s|its|it is|everything'?s"
    r"|all|that'?s|that is|it'?s been|it has been|been|they'?ve|you'?ve|you|they|someone"
    r"|the engineer|an engineer|your engineer|your team|the tech)\s+)?"
    r"(?:(?:all|much|a lot|way|loads|totally|completely|since|now|been|got)\s+)*"
    r"(?:fine|good|great|sorted|fixed|resolved|ok|okay|grand|solid|better|stable|fixed it|sorted it"
    r"|resolved it|sorted it out|got it sorted|got it fixed|no (?:issues|problems|complaints))"
    r"(?:\s+(?:now|since|out|ever since|these days|since then|for months|quickly|fast|right away"
    r"|in the end|eventually|pretty quick(?:ly)?))*$"
)
_OVER_CHEAP = (
    "好", "正常", "稳", "快多", "不断", "不卡", "不掉线", "还行", "可以了", "修", "解决", "处理",
    "弄好", "搞定", "改进", "改善", "问题", "没事",
    "fine", "good", "great", "sorted", "fixed", "resolved", "ok", "grand", "solid", "better",
    "stable", "no issues", "no problems", "no complaints",
)  # fmt: skip
# A fault that goes on, comes back or is only said to be over.
_GOES_ON = re.compile(
    r"还是|仍|依然|依旧|照样|偶尔|有时|时不时|又|还(?:会|有|断|卡|慢|掉)|就是|只是|但是现在|说是|号称|据说|没几天"
    r"|\b(?:still|sometimes|occasionally|again|except|apart from|said|says|claimed|supposedly"
    r"|for a (?:day|week|bit|while)|until|till|mostly|almost|nearly|kind of|kinda|sort of"
    r"|not)\b"
)


def fault_over(low: str) -> bool:
    """Every clause tells of a fault in the past or says it is over, and one says it is over
    after a fault was told (or names the repair); nothing goes on after it."""
    if not any(w in low for w in _OVER_CHEAP):
        return False
    over = past = repaired = False
    for part in _parts(low):
        if over and _GOES_ON.search(part):
            return False
        if _OVER.search(part) and not _GOES_ON.search(part):
            over = True
            repaired = repaired or _REPAIRED.search(part) is not None
        elif _PAST.search(part):
            past = True
        elif not _empty(part):
            return False
    return over and (past or repaired)


_REPAIRED = re.compile(r"修|解决|处理|\b(?:fixed|sorted|resolved)\b")


# --- another firm, another person ----------------------------------------------------------

# Firms other than the provider whose prices and service people gripe about.
_FIRM = re.compile(
    r"\b(?:netflix|spotify|disney\+?|disney plus|amazon(?: prime)?|prime video|hulu|hbo(?: max)?"
    r"|youtube(?: premium)?|apple (?:music|tv)|now tv|paramount\+?|deliveroo|uber(?: eats)?"
    r"|just eat|doordash|grubhub|the gym|my gym|the energy company|british gas"
    r"|the electric(?:ity)? company|the water company|octopus)\b"
    r"|爱奇艺|优酷|腾讯视频|芒果tv|视频会员|美团|饿了么|外卖|滴滴|淘宝|京东|拼多多|抖音|快手|网易云|qq音乐"
    r"|健身房|电力公司|燃气公司|自来水公司"
)
_FIRM_CHEAP = (
    "netflix spotify disney amazon prime hulu hbo youtube apple now tv paramount deliveroo uber"
    " just eat doordash grubhub gym energy british gas electric water octopus"
    " 爱奇艺 优酷 腾讯视频 芒果 视频会员 美团 饿了么 外卖 滴滴"
    " 淘宝 京东 拼多多 抖音 快手 网易云 qq音乐"
    " 健身房 电力公司 燃气公司 自来水公司"
).split()
# The network's own faults, which show in another firm's app ("Netflix keeps buffering").
_NETWORK_FAULT = re.compile(
    r"\b(?:buffer\w*|lag\w*|slow\w*|load\w*|drop\w*|freez\w*|stream\w*|connect\w*|signal|wi-?fi"
    r"|internet|network|data|broadband|speeds?|cuts? out|won'?t play|can'?t watch)\b"
    r"|卡|慢|缓冲|加载|转圈|断|掉线|打不开|看不了|刷不出|信号|网|流量"
)
# Price words of the firm's own, which `SERVICE` also counts.
_PRICE_WORDS = frozenset(("price", "prices", "cost", "costs", "charge", "charges", "价格", "费用"))

# Another person not answering the phone or replying: "never answers his phone", "不接电话".
_UNANSWERED = re.compile(
    r"\b(?:never|doesn'?t|does not|won'?t|will not|don'?t|didn'?t|rarely|hardly ever|always ignores"
    r"|ignores)\s+(?:(?:ever|even|bother to)\s+)*(?:answer(?:s|ed|ing)?|picks? up|picking up"
    r"|return(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|texts? back|calls? back"
    r"|rings? back|gets? back)\b"
    r"(?:\s+(?:to\s+)?(?:his|her|their|the|my|any|me|us)?\s*(?:phone|calls?|texts?|emails?"
    r"|messages?|whatsapps?|voicemails?))?"
    r"|(?:从来|从|老是|总是|一直|经常|老|总)?(?:不|没)(?:接|回)(?:我的?)?(?:电话|消息|微信|短信|邮件|信息)"
    r"|(?:电话|消息|微信|短信)(?:从来|老是|总是|一直|也|都)?(?:不|没人)(?:接|回)"
)


def _person_unanswering(part: str) -> bool:
    m = _UNANSWERED.search(part)
    if m is None:
        return False
    party = OTHER_PARTY.search(part, 0, m.start())
    return party is not None and _YOURS.search(part) is None


# The firm's service put on the respondent's line or bill unasked: "someone signed me up to a
# Netflix add-on", "a Spotify bolt-on I never wanted" (the charge is the provider's doing).
# (not the firm's own sign-up: "Netflix signed me up for a free trial")
_PUT_ON_US = re.compile(
    r"^(?:(?!" + _FIRM.pattern + r")[^\n])*?\bsigned (?:me|us) up\b|\b(?:add|bolt)[- ]?ons?\b"
    r"|\b(?:on|to|onto) (?:my|our) (?:bill|line|contract|plan)\b"
)


def _firm_griped(part: str) -> bool:
    if not any(w in part for w in _FIRM_CHEAP) or _FIRM.search(part) is None:
        return False
    return (
        _PUT_ON_US.search(part) is None
        and _YOURS.search(part) is None
        and _NETWORK_FAULT.search(part) is None
        and all(m.group() in _PRICE_WORDS for m in SERVICE.finditer(part))
    )


def firm_or_person_only(low: str) -> bool:
    """The answer gripes about another firm or another person's replies, with nothing of the
    service said beside (the weather, transport or the council are read by
    `elsewhere_gripes.elsewhere_only`)."""
    firm = any(w in low for w in _FIRM_CHEAP)
    if not firm and not any(w in low for w in ("answer", "pick", "return", "repl", "respond",
                                                "back", "接", "回")):  # fmt: skip
        return False
    found = False
    for part in _parts(low):
        if (firm and _firm_griped(part)) or _person_unanswering(part):
            found = True
        elif _empty(part):
            continue
        elif FAULT.search(part) or any(
            m.group() not in _PRICE_WORDS for m in SERVICE.finditer(part)
        ):
            return False
    return found


def not_ours_vague(low: str) -> bool:
    """Praise by comparison or a fault that is over: nothing to complain about now."""
    return praised_by_comparison(low) or fault_over(low)
