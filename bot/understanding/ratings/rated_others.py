"""Ratings given to a rival provider, another firm, the weather or a person named as the subject
or the receiver of the score: none is the respondent's rating of the service.

`rating_scope` sets aside a score given to something named right after "rate" or "give"
("I'd rate November a 1", "gave the hotel a 4") and `numeric_slots` one whose clause names a
film, a restaurant or a driver. Three constructions are read here, within the score's clause:

- the other thing as the subject that "is", "gets" or "deserves" the score: "the weather today is
  a solid 2 out of 5", "Netflix gets a 4 from me", "my dentist gets 5 stars from me", "Vodafone
  would get a 2";
- the rivals as the receivers: "I'd give your competitors a 1", "rate the other networks a 2";
- in Chinese, a rival, a firm, the weather or a person given the score or taken as the topic:
  "我给移动打2分", "联通的话我只给1分", "今天天气只能打2分", "给美团打了1星", "房东我给1分".

A clause of the service's own keeps its score ("Vodafone I'd give a 2, you a 4" is 4; "比移动好
多了，4分" is 4; "移动数据老断，我给2分" is 2: 移动 is "mobile" there).
"""

from __future__ import annotations

import re

from bot.understanding.churn.intentions import RIVAL_NAMES

_CLAUSE_MARK = re.compile(r"[,，.。!！?？;；~…]")

# Things that are not the service, as a subject in English.
_OTHER_EN = (
    r"(?:the\s+)?weather(?:\s+(?:today|here|lately|this week))?|my day|(?:the\s+)?traffic"
    r"|netflix|spotify|disney\+?|amazon(?: prime)?|prime video|youtube|uber(?: eats)?|deliveroo"
    r"|just eat|doordash|tesco|aldi|lidl|starbucks|mcdonald'?s|kfc"
    r"|(?:my|our|the)\s+(?:dentist|doctor|gp|landlord|landlady|boss|neighbou?rs?|barber"
    r"|hairdresser|mechanic|plumber|gym|bank|council|postman|waiter|waitress|uber driver|driver"
    r"|local|takeaway|chippy|pub|vet|kids?'? school|school)"
    r"|metro(?:pcs| by t-mobile)?"
    r"|(?:your|the)\s+(?:competitors?|rivals?|competition|others|other\s+(?:lot|providers?|companies"
    r"|networks?|carriers?))|(?:" + RIVAL_NAMES + r")"
)
_SUBJECT_EN = re.compile(
    r"(?:^|\b(?:but|and|while|whereas)\s+)\s*(?:" + _OTHER_EN + r")\b(?:'s|\s+(?:is|was|gets?|got"
    r"|deserves?|would get|'d get|would be|scores?|earns?|rates?|only gets|barely gets))\s+"
    r"(?:(?:a|an|only|just|like|about|maybe|probably|easily|definitely|solid|strong|measly|generous"
    r"|straight|full|at best|at most)\s+)*$"
)
_GIVEN_EN = re.compile(
    r"\b(?:give|gave|giving|rate|rated|rating)\s+(?:your|the)\s+(?:competitors?|rivals?|competition"
    r"|others|other\s+(?:lot|providers?|companies|networks?|carriers?))\s+(?:an?\s+)?$"
)
# In Chinese: a rival (移动 as China Mobile, not "mobile" data), a firm, the weather, a person.
_OTHER_ZH = (
    r"(?:中国)?(?:移动|联通|电信|广电)(?!网络|数据|宽带|信号|端|支付|硬盘|电源|[45]g)|别家|其他家|其它家"
    r"|别的运营商|其他运营商|其它运营商|(?:今天的?|这几天的?|最近的?)?天气|房东|老板|领导|同事|医生|牙医"
    r"|美团|饿了么|淘宝|京东|拼多多|滴滴|爱奇艺|腾讯视频|优酷|抖音|快手|(?:那家|这家)?(?:外卖|餐厅|饭店)"
    # the installer, however named: "给装宽带那小伙子打五分"
    r"|(?:装|修)(?:宽带|机|网|光纤|路由器?)?的?(?:那|这)?(?:个|位)?(?:小伙子?|小哥|师傅|大哥|小姑娘|小姐姐)"
)
# A rival scorned before its score: "移动那破玩意儿我给两分".
_SCORNED = r"(?:那|这)?(?:个)?(?:破|烂)?(?:玩意儿?|东西)?"
_GIVEN_ZH = re.compile(
    r"给(?:" + _OTHER_ZH + r")(?:的服务)?(?:打|评)?(?:了)?(?:个)?\s*$"
    r"|(?:^|[^你您])(?:"
    + _OTHER_ZH
    + r")"
    + _SCORNED
    + r"(?:的话|嘛|呢|吧)?\s*(?:我|俺)?(?:只|就|顶多|最多|也就|大概)?"
    r"(?:能)?(?:给|打|评|是|有|只有|值)(?:了)?(?:个|它|他们)?\s*$"
)
_CHEAP = (
    "weather day traffic metro netflix spotify disney amazon prime youtube uber deliveroo eat"
    " doordash tesco aldi lidl starbucks mcdonald kfc my our the competitor rival others"
    " 移动 联通 电信 广电 别家 其他 其它 别的 天气 房东 老板 领导 装 修"
    " 同事 医生 牙医 美团 饿了么 淘宝 京东 拼多多"
    " 滴滴 爱奇艺 腾讯视频 优酷 抖音 快手 外卖 餐厅 饭店"
).split()


def rates_another(low: str, start: int) -> bool:
    """The score at `start` is given, in its clause, to a rival, another firm, the weather or a
    person other than the service."""
    begin = max((m.end() for m in _CLAUSE_MARK.finditer(low, 0, start)), default=0)
    before = low[begin:start]
    if not any(w in before for w in _CHEAP):
        return False
    return bool(
        _SUBJECT_EN.search(before.strip() + " ")
        or _GIVEN_EN.search(before)
        or _GIVEN_ZH.search(before)
    )
