"""Ages that describe other people the respondent speaks of, not the respondent.

"我是老师，班里都是十几岁的孩子", "我教的都是十几岁的学生", "我们厂里都是二十几岁的年轻人",
"店里来的都是七八十岁的老人": an age before "的" and a word for people (pupils, children, the
young, the old, customers, workers) describes those people, whom the respondent teaches,
serves or works with. It tells no age of the respondent's.

The respondent described the same way stays theirs: "我是个三十岁的人", "我一个四十多岁的人了",
"我这个六十岁的老头子", "四十五岁的人了" (a plain "人" or an old man or woman is somebody else only
when counted among many: "都是", "一群", "那些").
"""

from __future__ import annotations

import re

# After the number: the age, "的", and the people it describes.
_PEOPLE_AFTER = re.compile(
    r"\s*(?:多|来|几)?\s*(?:周岁|岁)(?:左右|上下)?的\s*(?:(?P<young>孩子|小孩|学生|娃|小朋友|年轻人"
    r"|小伙子?|小姑娘|姑娘|小年轻|后生|客人|顾客|工人|员工|病人|学员|老年人|小学生|中学生|大学生)"
    r"|(?P<anyone>人|老人|老头|老太|大爷|大妈|阿姨))"
)
# Before the number: the respondent as the one described ("我是个", "我一个", "作为一个").
_SELF_BEFORE = re.compile(
    r"(?:我|俺|咱|本人)(?:是|就是|也是|都|也|已经|都已经|这样|这种|这个|这)?(?:一)?(?:个|位|名)?\s*$"
    r"|作为(?:一)?(?:个|名|位)?\s*$"
)
# Before the number: many people counted ("都是", "一群", "那些"), for a plain "人".
_MANY_BEFORE = re.compile(
    r"(?:都是|全是|净是|尽是|大多是|基本是|一群|一帮|一堆|这些|那些|好多|很多|不少|许多)\s*$"
)


def people_of_age(low: str, start: int, end: int) -> bool:
    """The age at `start`..`end` describes other people ("都是十几岁的孩子"), not the respondent."""
    if "的" not in low:
        return False
    m = _PEOPLE_AFTER.match(low, end)
    if m is None:
        return False
    before = low[max(0, start - 8) : start]
    if _SELF_BEFORE.search(before):
        return False
    return m.group("young") is not None or _MANY_BEFORE.search(before) is not None
