"""Children counted by whether they are boys or girls: "我家两个都是男孩", "家里俩丫头".

A count of boys or girls said as the household's ("我家两个都是男孩", "家里俩丫头", "我有两个
男孩", "一个男孩一个女孩") names children at home, in any answer, as "俩娃" does. Boys counted
without the household ("楼下两个男孩在打球", "我朋友家两个男孩") name nobody's; the household
or "有" must open the count, or the answer must be the count alone.
"""

from __future__ import annotations

import re

_KID = r"(?:男孩|女孩|男娃|女娃|丫头|小子|闺女|儿子|女儿)(?:子|儿)?"
_COUNT = r"(?:两|俩|三|仨|四|几|\d)\s*个?"
_COUNTED = re.compile(
    # "我家两个都是男孩", "家里俩丫头", "我有两个男孩", "俺家仨小子"
    r"(?:(?:我|俺|咱|我们|咱们)家(?:里)?|家里|(?:我|俺)(?:就)?有)\s*(?:有)?\s*"
    + _COUNT
    + r"(?:都是|全是)?\s*"
    + _KID
    # the count alone as the answer: "两个都是男孩", "一个男孩一个女孩"
    + r"|^\s*"
    + _COUNT
    + r"(?:都是|全是)\s*"
    + _KID
    + r"|^\s*(?:有)?一个"
    + _KID
    + r"[,，、\s]*(?:和|还有)?一个"
    + _KID
)


def spans(low: str) -> list[tuple[int, int]]:
    """Where `low` counts the household's boys or girls."""
    if "男" not in low and "女" not in low and "丫头" not in low and "小子" not in low:
        return []
    return [m.span() for m in _COUNTED.finditer(low)]
