"""A closing "X不X" clause after a question to the bot asks again, it hedges nothing.

"光纤多少钱一个月？贵不贵" asks the price and then whether it is dear: "贵不贵" there is a second
question without its question mark, not the vague "贵不贵的，还行" of an answer; a clause with
more before it ("爱好？睡觉算不算") still hedges. A price asked without its question mark
("光纤一个月多少钱啊 贵不贵") is followed the same way, and so is not knowing which one the
asker wants after a question back ("What name is on the account? … not sure which one you
want"). The vague check reads the message with that clause blanked (same length).
"""

from __future__ import annotations

import re

# a question mark, then one short clause of the shape A不A to the end: "？贵不贵", "? 好不好啊"
_FOLLOW_UP = re.compile(
    r"(?<=[?？])\s*(?P<a>[\u4e00-\u9fff])不(?P=a)[\u4e00-\u9fff]{0,2}"
    r"[啊呀呢吧]?[\s~…。.]*$"
)


# ... or after a price asked without its mark: "光纤一个月多少钱啊 贵不贵"
_AFTER_PRICE = re.compile(
    r"(?:多少钱|几多钱|几钱|啥价|什么价)(?:啊|呀|呢|哇|嘞)?\s+(?P<q>(?P<a>[\u4e00-\u9fff])不(?P=a)"
    r"[\u4e00-\u9fff]{0,2}[啊呀呢吧]?[\s~…。.]*)$"
)


# ... or a price asked of a thing, with its mark: "漫游贵不贵？", "国际漫游要不要钱？" (no hedge)
_PRICE_ASKED = re.compile(
    r"(?P<q>(?:漫游|流量|套餐|宽带|电话|短信|国际|费用|月租|这个|那个)[\u4e00-\u9fff]{0,4}?"
    r"(?:贵不贵|要不要钱|收不收费|收不收钱|便宜不)(?:啊|呀|呢|哇)?\s*[?？]+)\s*$"
)


# After a question back, not knowing which of two the asker wants asks again, it hedges nothing:
# "What name is on the account? My husband set it up in his name, so I'm not sure which one you
# want" (but "not sure which one" alone, with no question before it, still hedges).
_WHICH_WANTED = re.compile(
    r"(?<=[?？])[^?？]*?\b(?:(?:i'?m|i am) )?(?:not sure|unsure|don'?t know|dunno)"
    r" which (?:one|name|address|number|account)s? (?:you|u) (?:want|need|mean|are after|'re after)"
    r"(?:\s*(?:lol|haha|tbh))?[\s.!~…]*$"
)


def without_follow_up(said: str) -> str:
    """`said` with a closing A-not-A question after a question blanked."""
    if "which" in said and (w := _WHICH_WANTED.search(said)) is not None:
        said = said[: w.start()] + " " * (w.end() - w.start())
    if "不" not in said:
        return said
    if "?" in said or "？" in said:
        q = _PRICE_ASKED.search(said)
        if q is not None:
            said = said[: q.start("q")] + " " * (q.end("q") - q.start("q")) + said[q.end("q") :]
    if "钱" in said or "价" in said:
        p = _AFTER_PRICE.search(said)
        if p is not None:
            return said[: p.start("q")] + " " * (p.end() - p.start("q"))
    if "?" not in said and "？" not in said:
        return said
    m = _FOLLOW_UP.search(said)
    if m is None:
        return said
    return said[: m.start()] + " " * (m.end() - m.start())
