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
from collections.abc import Sequence

from bot.understanding.churn import done_asked
from bot.understanding.complaints import (
    account_questions,
    arrivals,
    complaint_asides,
    complaint_voices,
    elsewhere_gripes,
    elsewhere_zh,
    gripes_not_ours,
    home_chores,
    late_asides,
    no_fault_named,
    offside_zh,
    others_lines,
    promises_broken,
    repeat_asides,
    reported_gripes,
    service_shortfalls,
    settled_gripes,
)
from bot.understanding.complaints.grievances import FAULT, SERVICE
from bot.understanding.complaints.open_answers import names_a_grievance

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
# The part set against "anything else": "网络的还是别的？", "the internet or something else?"
_ELSE_ZH = r"(?:别的|其他的?|其它的?|别的方面|其他方面)"
_ELSE = r"(?:something else|anything else|other stuff|other things|the rest|everything)"
_ASKS_WHICH = re.compile(
    r"^(?:(?:as in|you mean|do you mean|meaning|like|i\.?e\.?|which|what|so|about"
    r"|(?:is|was) (?:this|it|that)(?: about| for)?|are you (?:asking|talking) about)\s*,?\s+)?"
    + _PART
    + r"\s*,?\s+or\s+(?:"
    + _PART
    + "|"
    + _ELSE
    + r")(?:\s+(?:you mean|you're asking about))?\s*\?+\s*$"
    r"|^(?:你|您)?(?:是|要)?(?:说|问|指)(?:的是)?"
    + _PART_ZH
    + r"还是(?:"
    + _PART_ZH
    + "|"
    + _ELSE_ZH
    + r")(?:啊|呀|呢|吗|嘛)?\s*[?？]*\s*$"
    r"|^" + _PART_ZH + r"还是(?:" + _PART_ZH + "|" + _ELSE_ZH + r")(?:啊|呀|呢)?\s*[?？]+\s*$"
)


def asks_which_part(low: str) -> bool:
    """The whole message asks which part of the service the question means."""
    return (" or " in low or "还是" in low) and _ASKS_WHICH.search(low.strip()) is not None


# The question asked again: "can you repeat that?", "come again?", "再说一遍", "没听清".
_AGAIN = re.compile(
    r"\b(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|please\s+)?"
    r"(?:(?:repeat|rephrase|reword)(?:\s+(?:that|it|this|the (?:last )?question|yourself"
    r"|what you said))?|(?:say|ask|read)(?:\s+(?:that|it|this|the (?:last )?question))?"
    r"\s+(?:again|one more time|once more))(?:\s+(?:again|please|pls))*\b"
    r"|\b(?:come again|pardon(?: me)?|say what|what was that|what did you (?:just )?(?:say|ask)"
    r"|what (?:was|is|'s) the question(?: again)?|(?:i )?(?:didn'?t|did not|couldn'?t|could not)"
    r" (?:quite )?(?:catch|hear|get) (?:that|it|you|the question|what you said)"
    r"|i missed (?:that|the question|what you said)|you'?re breaking up)\b"
    r"|(?:你|您)?(?:能|可以)?(?:麻烦)?(?:再|重新)(?:说|问|讲|念)一(?:遍|次|下)|重复一(?:遍|次|下)"
    r"|没(?:太)?听(?:清楚?|见|到|懂)|听不(?:清楚?|见|到|懂)|(?:是)?(?:啥|什么)意思"
    r"|(?:你|您)(?:刚才?)?(?:说|问)(?:的)?(?:是)?(?:啥|什么)"
    # what to tell of: "要说哪些？", "说哪方面？"
    r"|^(?:那)?(?:要|得)?(?:说|讲)(?:哪些|哪方面的?|哪一块)(?:呀|啊|呢)?\s*[?？]+"
)
_SENTENCES = re.compile(r"[^,.!?;，。！？；]+[,.!?;，。！？；]*")


def asks_again(low: str, explained: Sequence[tuple[int, int]] = ()) -> bool:
    """The question is asked again, or which part it means, and nothing else says what is wrong:
    "sorry was driving, can you repeat that?", "what was the question again? had to serve a
    customer", "我今年62了，你问的是宽带还是手机？" (but "没听清，
    你们信号太差了" and "宽带还是手机？手机信号差得要命" are complaints)."""
    rest = _AGAIN.sub(lambda m: " " * len(m.group()), low)
    found = rest != low
    rest, meant = repeat_asides.blanked(
        rest, found
    )  # "你是说网速那种问题吗？", "back from the shops"
    found = found or meant
    if " or " in low or "还是" in low:
        for m in _SENTENCES.finditer(rest):
            if asks_which_part(m.group()):
                found = True
                rest = rest[: m.start()] + " " * len(m.group()) + rest[m.end() :]
    return found and not names_a_grievance(rest, explained)


# Everyday goods and bills of other firms, whose prices are no grievance with the provider.
_GOODS = re.compile(
    r"白菜|青菜|蔬菜|菜价|猪肉|牛肉|鸡蛋|大米|水果|物价|油价|汽油|房租|房价|煤气|燃气|水电|电费|水费|学费|奶粉"
    r"|菜(?=[又也都还]?(?:涨|贵))|\b(?:petrol|diesel|fuel|gas prices?|rent|groceries|grocery|eggs"
    r"|bread|milk|butter|food|electricity|energy|heating|bus fares?|train fares?|tuition|beer"
    r"|coffee|mortgage|council tax|insurance|supermarkets?|cost of living)\b"
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


# An errand to a shop for everyday goods: "had to go to the shop to get a bar of chocolate",
# "went to the store to buy some candy" (not "the shop" of the provider for a SIM, a router or a
# bill: "had to go to the shop to get a new sim card", "…to your shop to get my bill sorted").
_ERRAND = re.compile(
    r"\b(?:go|goes|went|gone|going|pop|popped|popping|nip|nipped|run|ran|walk(?:ed)?|drove|drive)"
    r"\s+(?:down\s+|out\s+|over\s+|round\s+)?to\s+the\s+(?:corner\s+)?(?:shops?|stores?"
    r"|supermarket|market|chemist|pharmacy|newsagents?|bakery|deli|mall|off-?licen[cs]e)"
    r"\s+(?:to\s+(?:get|buy|grab|pick\s+up)|for)\s+"
    r"(?P<goods>(?:(?!(?:because|cause|and|but|since|as|so|when|while|then)\b)[a-z'-]+\s*){1,6})"
)
_NOT_GOODS = re.compile(
    r"\b(?:sim|router|modem|phones?|bills?|top-?ups?|data|contract|plan|line|credit|vouchers?"
    r"|recharge|cards?|charger|cable)\b"
)


def errand_only(low: str) -> bool:
    """The message tells of an errand for everyday goods, and with it set aside names neither
    the service nor a fault of it."""
    if "to the " not in low:
        return False
    rest = low
    for m in _ERRAND.finditer(low):
        if _NOT_GOODS.search(m.group("goods")) is None:
            rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    return rest != low and not names_a_grievance(rest)


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


# The signal falling back a generation or coming and going: "出了小区5G就变4G，时有时无",
# "5g keeps dropping to 4g", "signal comes and goes" (but "5G挺稳的" and "the pain comes and goes").
_FALLS_BACK = re.compile(
    r"时有时无|忽有忽无|时断时续|时好时坏|一会儿?有一会儿?没"
    r"|[2345]g[^,，。.!！?？]{0,4}?(?:变|跳|掉|降|切)(?:回|成|到)?(?:了)?[2345]g"
    r"|\b[345]g\b[^,.!?]{0,16}?\b(?:drops?|dropping|dropped|falls?|falling|switch\w*|goes|going"
    r"|flips?|flipping)\s+(?:back\s+)?(?:down\s+)?to\s+[234]g\b"
    r"|\b(?:drops?|dropping|falls?|falling)\s+(?:back\s+)?(?:down\s+)?to\s+[234]g\b"
    r"|\b(?:signal|reception|coverage|wi-?fi|internet|connection|network|it)\s+(?:just\s+)?"
    r"(?:comes and goes|comes in and out|cuts in and out)\b"
)


def signal_falls_back(low: str) -> bool:
    """The signal falls back to an older generation or comes and goes: a complaint."""
    return _FALLS_BACK.search(low) is not None


def about_the_service(low: str, explained: Sequence[tuple[int, int]] = ()) -> bool:
    """The answer to the complaint question names something wrong with the service: a
    grievance, a technician who never came, a signal that falls back or a shortfall, and not
    only the prices of everyday goods ("白菜又涨价了") nor only another person's gripe about
    another provider ("我对象用别家的，她老吐槽她们家网卡"); an aside about an answer left out
    earlier ("oh I never answered earlier, I'm in Orillia") is set aside like another slot's."""
    low = promises_broken.in_english(low)  # "la señal is trash": the service named in Spanish
    return (
        names_a_grievance(low, [*explained, *late_asides.late_asides(low)])
        or missed_visit(low)
        or signal_falls_back(low)
        or service_shortfalls.falls_short(low)  # "上行带宽不够", "says 5G but it's really 4G"
        or promises_broken.complains(
            low
        )  # "说好的优惠第二个月就没了", "has to stand by the window"
    ) and not (
        prices_elsewhere(low)
        or complaint_voices.theirs_only(low)
        or errand_only(low)
        or home_chores.chores_only(low)  # "just got in from the shed, been fixing the mower"
        or arrivals.arrival_only(low)  # "just back from the shops"
        or account_questions.asks_only(low)  # "does my plan transfer?", "宽带能移机吗？"
        or elsewhere_gripes.elsewhere_only(low)  # "the trains were late again", "物业太差劲了"
        or gripes_not_ours.firm_or_person_only(low)  # "Netflix keeps putting their prices up"
        or settled_gripes.others_trouble_only(low)  # "my sister's bill is always wrong"
        or others_lines.others_line_only(low)  # "我朋友用移动的，信号差", "邻居家的网老断"
        or reported_gripes.reported_only(low)  # "my mate says his wifi is rubbish"
        or no_fault_named.no_fault_named(
            low
        )  # "my only complaint is my husband", "说了你们会改吗？"
        or done_asked.asks_if_done(low)  # "我是不是已经退订了", "did I cancel already?"
        or elsewhere_zh.about_else(low)  # "老板天天画大饼 这个能投诉吗", "要投诉的话打哪个电话"
        or offside_zh.elsewhere(low)  # "今天抽卡又歪了，心态炸裂", "投诉了有补偿吗？"
        or complaint_asides.aside_only(
            low
        )  # "my old provider was terrible, that's why I came to you"
    )
