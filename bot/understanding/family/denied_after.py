"""A topic word denied by what is said right after it: "孩子暂时没有", "对象还没找".

"没" said right after a topic word denies it ("孩子嘛，还没有", "小孩目前还没", "对象还没找",
"孩子还没生", Sichuan "孩子没得", "对象没得", "老公更没有"), but not when it is the wedding that is
denied ("谈了三年还没领证": the relationship stands).
A word that is itself a denial ("单身", "离婚了") is not turned round by a search still going on
after it: "单身呢 还没找着", "离婚了，还没再找" stay single ("单身？没有" still denies it).
"""

from __future__ import annotations

import re

# "没" on a verb or object of its own is what the person did not do, not their absence: "我老婆也没
# 意见", "老公没空" (but "对象还没找", "孩子还没生", "老伴没了").
_NONE_AFTER = re.compile(
    r"\s*(?:(?:嘛|呢|啊|吧)?[,，]?\s*(?:倒是|是)|(?:嘛|呢|啊|吧)[,，]?\s*)?(?:都|暂时|目前|还|也|就|更)*没"
    r"(?:[有得](?![\u4e00-\u9fff])|(?![\u4e00-\u9fff])|[有得](?=[呢了啊呀的啦哦喔嘛哈诶])|(?P<verb>(?=[呢了啊呀的找生要结领谈过])))"
)
# "谈了三年还没领证", "谈着呢，还没领证": the wedding denied, not the relationship before it.
_WEDDING_DENIED = re.compile(
    r"\s*(?:(?:嘛|呢|啊|吧)?[,，]\s*)?(?:还|都|也|但|可)*没(?:有)?(?:领证|结婚|扯证|办酒|摆酒|办婚礼)"
)
_STILL_SEEKING = re.compile(r"[找谈结领再]")
# "我跟对象还没要孩子": a child not had yet, the partner stands.
_CHILD_AFTER = re.compile(r"[要生](?:过|了)?(?:孩子|小孩|娃|宝宝)")


def denied_after(after: str, value: bool) -> bool:
    """Does `after`, the text right after a topic word saying `value`, deny that word?"""
    found = _NONE_AFTER.match(after)
    if found is None or _WEDDING_DENIED.match(after):
        return False
    if found.group("verb") is not None and _CHILD_AFTER.match(after, found.end()):
        return False
    if not value and found.group("verb") is not None:
        return not _STILL_SEEKING.match(after, found.end())  # "单身呢，还没找": still single
    return True
