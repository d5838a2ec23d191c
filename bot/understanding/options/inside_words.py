"""Short option words that are part of a longer word or phrase naming something else.

A few option synonyms are short enough to sit inside other words: 千兆 in "千兆网卡" (a gigabit
network card, no fibre line), 电话线 in "电话线路故障" (a fault on the phone line), 拨号 in "拨号键"
(the dial key), 一年 in "一年级" (first grade), "copper" in "copper kettle", "card" in "card game"
or "birthday card", "bank" in "food bank" or "bank holiday", "wire" in "barbed wire", "cc" in
"250cc" or "cc me", "rolling" in "rolling my eyes", "annual" in "annual leave". Said so, the word
names an object or a thing of everyday life, not the option; the option said alone or with its
own words ("千兆宽带", "copper line", "card, same as always") still counts. Each reading is keyed
on the exact word matched, so the patterns run only when that word was found.
"""

from __future__ import annotations

import re

from bot.understanding.options import unlisted_lines

# The rest of the longer word, right after the option word.
_WORD_AFTER: dict[str, re.Pattern[str]] = {
    "千兆": re.compile(r"(?:网卡|网口|网线|交换机|路由器?|显卡)"),
    "gigabit": re.compile(r"\s+(?:router|ethernet|switch|network card|port|lan)\b"),
    "电话线": re.compile(r"路"),
    "拨号": re.compile(r"(?:键|盘|音|界面)"),
    "一年": re.compile(r"级"),
    "二年": re.compile(r"级"),
    "年费": re.compile(r"(?:大)?会员"),
    "copper": re.compile(
        r"\s+(?:kettles?|pots?|pans?|pipes?|pipework|bracelets?|jewell?e?ry|coins?|hair|roof"
        r"|mugs?|sinks?|bath|tub|wok)\b"
    ),
    "card": re.compile(r"\s*(?:games?|tricks?|tables?|sharks?|decks?|shops?)\b"),
    "bank": re.compile(r"\s+holidays?\b"),
    "wire": re.compile(r"\s*(?:cutters?|hangers?|fenc\w*|brush(?:es)?|frames?)\b"),
    "cc": re.compile(r"(?:'d\b|\s+(?:me|him|her|them|us)\b)"),
    "rolling": re.compile(
        r"\s+(?:(?:my|his|her|their|our)\s+eyes|on the floor|in (?:it|the aisles|money|dough)"
        r"|around|about|with laughter)\b"
    ),
    "annual": re.compile(
        r"\s+(?:leave|reviews?|reports?|general meeting|agm|bonus|holidays?|check-?\s?ups?"
        r"|physical|appraisal|price (?:rises?|increases?|hikes?)|increases?|rises?|festival"
        r"|conference|sale)\b"
    ),
}
# The head of the longer word, right before the option word.
_WORD_BEFORE: dict[str, re.Pattern[str]] = {
    "年卡": re.compile(r"(?:健身|游泳|公园|景区|动物园|迪士尼|博物馆)$"),
    "card": re.compile(
        r"\b(?:birthday|christmas|xmas|library|greetings?|get well|thank you|report|oyster|bus"
        r"|memory|sd|graphics|video|sound|tarot|trading|pokemon|yellow|red|green|membership)\s+$"
    ),
    "bank": re.compile(r"\b(?:power|food|blood|river|sperm|memory|seed)\s+$"),
    "wire": re.compile(r"\b(?:copper|barbed|live|electric|fence|guitar|piano)\s+$"),
    "cc": re.compile(r"\d\s*$"),
}


def inside_another(low: str, start: int, end: int) -> bool:
    """The option word at `start`..`end` is part of a longer word naming something else."""
    word = low[start:end]
    after = _WORD_AFTER.get(word)
    if after is not None and after.match(low, end):
        return True  # "千兆网卡", "card game", "annual leave"
    before = _WORD_BEFORE.get(word)
    return before is not None and before.search(low, max(0, start - 24), start) is not None


# The wireless of the home named as the whole answer to the kind of line: "无线的", "用的无线网",
# "wifi", "just wireless" (the router's wifi runs on any line, so no option is named).
_WIRELESS_ONLY = re.compile(
    r"(?:嗯|就是|用的是?|是|家里是?|我家是?|我们家是?)?\s*(?:无线|wifi|wi-fi)(?:的|网|网络|宽带|路由)*"
    r"(?:吧|啊|呀|呗|啦)?"
    r"|(?:(?:uh|um|it's|its|just|we have|we've got|i have|i've got|we use|i use)\s+)*(?:the\s+)?"
    r"(?:wifi|wi-fi|wireless)(?:\s+(?:one|i think|i guess|thing))?"
)
_ENDS = " .!?。！？~，,"


def wireless_only(low: str) -> bool:
    """The answer names only the home's wireless, or a line that is no option ("cable i
    think?", `unlisted_lines`), no kind of line of ours: vague."""
    if unlisted_lines.unlisted_only(low):
        return True
    return ("无线" in low or "wi" in low) and _WIRELESS_ONLY.fullmatch(low.strip(_ENDS)) is not None
