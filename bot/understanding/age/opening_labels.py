"""The respondent named by a label that opens the message, before what they say of themselves.

Chinese chat often opens with what the respondent calls themselves, then a space or a comma and
the rest with no subject of its own: "老李 水泥厂退休的 今年六十一了" (the speaker is 老李), "大姐
五十多岁了" (a woman calling herself 大姐), "单身狗一只 二十四岁" (a single person), "宝妈一枚，
32岁". The label holds a person word ("李" read as somebody called 老李, "姐", "狗", "妈"), but the
age after it is the respondent's own. Only a label standing alone at the opening counts: "我大姐
五十多岁了", "我家狗狗 三岁了" are somebody else's, and plain kin words that a parent uses for a
child ("姐姐 五岁", "哥哥 八岁") are not labels.
"""

from __future__ import annotations

import re

from bot.understanding.cities.self_labels import LABELS_ZH

# Forms of address people use for themselves ("大姐我五十了"), a surname with 老 or 小, and the
# joking labels of a single life or of school ("单身狗", "大学狗").
_ADDRESS = (
    r"大姐|大哥|大叔|大妈|大爷|大娘|大婶|老头子?|老太太?|老太婆|老婆子|老汉(?!们)"
    r"|小姐姐|小哥哥|小仙女|小可爱"  # chat's words for a young woman or man, said of oneself
)
_SURNAMED = r"[老小][张王李赵刘陈杨黄周吴徐胡朱郭何罗梁宋郑谢韩唐冯董曹袁邓许沈彭吕蒋蔡魏潘杜汪]"
_JOKING = r"单身狗|单身汪|大学狗|学生狗|考研狗|单身(?:汉|男|女)|光棍(?:一条)?"
_OPENING_LABEL = re.compile(
    r"^\s*(?:本人|俺是|我是)?\s*(?:"
    + _ADDRESS
    + "|"
    + _SURNAMED
    + "|"
    + _JOKING
    + "|"
    + LABELS_ZH
    # ... with a count word ("一只", "一枚"), then a break: a space, a comma, the end
    + r")(?:一只|一枚|一个|一名|一位|一条|一头)?(?=\s|[,，。.!！~～:：]|$)"
)


def opening_label_end(low: str) -> int:
    """Where a label the respondent gives themselves at the very opening ends, or 0 when the
    message opens otherwise."""
    if not low or not ("\u4e00" <= low.lstrip()[:1] <= "\u9fff"):
        return 0  # cheap: a label opens with a Chinese character
    m = _OPENING_LABEL.match(low)
    return m.end() if m else 0


def without_opening_label(low: str, clause: str, start: int) -> str:
    """`clause`, which ends at `start` in `low`, with the opening label blanked out when the
    clause reaches back to it: what the label holds names no other person."""
    end = opening_label_end(low)
    opening = start - len(clause)
    if end <= opening:
        return clause
    cut = min(end - opening, len(clause))
    return " " * cut + clause[cut:]
