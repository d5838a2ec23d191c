"""What an answer to the complaint question is about, beyond the words of `grievances`.

Three readings `open_answers` (at its size limit) does not make. Which part of the service is
meant, asked back and nothing more ("as in the phone or the broadband?", "你是说手机还是宽带？"),
answers nothing (but "the phone or the broadband? both are rubbish" does). Prices of everyday
goods ("刚从菜市场回来，白菜又涨价了", "petrol's gone up again") are no grievance with the
provider, though a rise is a fault word (but "又涨价了" alone, or "白菜涨价了，你们套餐也涨了",
is). A visit of the provider's technician that never happened ("tech was supposed to come tues,
never showed, took a day off work for nothing") is a complaint though it names no service.
"""

from __future__ import annotations

import re

from bot.understanding.grievances import FAULT, SERVICE

_PART = (
    r"(?:(?:the|my|your|our|home|mobile)\s+)*(?:phones?|mobiles?|landline|broadband|internet"
    r"|wi-?fi|signal|network|bills?|billing|service|customer service|support|app|prices?|data"
    r"|contract|plan|tv|line|phone line|speeds?|coverage)(?:\s+(?:one|side|bit|part))?"
)
_PART_ZH = (
    r"(?:手机|宽带|网络?|网速|信号|话费|套餐|客服|账单|资费|流量|固话|座机|电话线?|价格|服务|营业厅|装机|售后"
    r"|wi-?fi|光纤|路由器)"
    r"(?:的)?(?:方面|那个|这块|那块|那边)?(?:的)?"
)
_ASKS_WHICH = re.compile(
    r"^(?:(?:as in|you mean|do you mean|meaning|like|i\.?e\.?|which|what|so|about)\s*,?\s+)?"
    + _PART
    + r"\s*,?\s+or\s+"
    + _PART
    + r"\s*\?+\s*$"
    r"|^(?:你|您)?(?:是)?(?:说|问|指)(?:的是)?"
    + _PART_ZH
    + r"还是"
    + _PART_ZH
    + r"(?:啊|呀|呢|吗|嘛)?\s*[?？]*\s*$"
    r"|^" + _PART_ZH + r"还是" + _PART_ZH + r"(?:啊|呀|呢)?\s*[?？]+\s*$"
)


def asks_which_part(low: str) -> bool:
    """The whole message asks which part of the service the question means."""
    return (" or " in low or "还是" in low) and _ASKS_WHICH.search(low.strip()) is not None


# Everyday goods and bills of other firms, whose prices are no grievance with the provider.
_GOODS = re.compile(
    r"白菜|青菜|蔬菜|菜价|猪肉|牛肉|鸡蛋|大米|水果|物价|油价|汽油|房租|房价|煤气|燃气|水电|电费|水费|学费|奶粉"
    r"|菜(?=[又也都还]?(?:涨|贵))|\b(?:petrol|diesel|fuel|gas prices?|rent|groceries|grocery|eggs"
    r"|bread|milk|butter|food|electricity|energy|heating|bus fares?|train fares?|tuition|beer"
    r"|coffee|mortgage|council tax|insurance)\b"
)
# The generic words of price that `SERVICE` also counts: said of the goods, they name no service.
_PRICE_WORDS = frozenset(
    ("price", "prices", "cost", "costs", "charge", "charges", "价格", "费用", "bill", "bills")
)
_CLAUSES = re.compile(r"[^,.!?;，。！？；]+")


def prices_elsewhere(low: str) -> bool:
    """Only prices of everyday goods are complained of: every clause with a fault names goods,
    and no word of the service is said."""
    if _GOODS.search(low) is None:
        return False
    if any(m.group() not in _PRICE_WORDS for m in SERVICE.finditer(low)):
        return False
    return all(_GOODS.search(c) or not FAULT.search(c) for c in _CLAUSES.findall(low))


_VISITOR = (
    r"\b(?:tech|techs|technician|engineer|installer|fitter|repair ?man|repair guy|service guy"
    r"|cable guy|broadband guy|your (?:guy|man|people|engineer|tech|technician))\b"
)
_NO_SHOW = (
    r"\b(?:never (?:showed|came|turned up|arrived|appeared)|didn'?t (?:show|come|turn up|appear)"
    r"|no[- ]show|stood (?:me|us) up|failed to (?:show|turn up|come))"
)
_MISSED_VISIT = re.compile(
    _VISITOR
    + r"[^.!?]{0,60}?"
    + _NO_SHOW
    + r"|(?:师傅|维修的?|装机的?|安装的?|工程师|技术员)[^。!！?？]{0,20}?"
    r"(?:没来|没上门|没人来|放了?(?:我|俺)?鸽子|爽约|没露面|人影都没)"
)


def missed_visit(low: str) -> bool:
    """A technician's visit that never happened: "the engineer never showed"."""
    return _MISSED_VISIT.search(low) is not None
