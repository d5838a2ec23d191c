"""A "not yet" about the search for a partner, asked about children: "单身呢 还没找着".

Asked about children, a bare "还没" answers no. Followed by a verb of finding ("找着", "找到",
"遇到", "碰上") it says that a partner has not been found yet: the search is denied, not the
children, so it answers nothing about them (the partner question still reads it as no partner).
"""

from __future__ import annotations

import re

_FINDING = re.compile(r"\s*(?:找着|找到|找见|遇到|遇着|遇见|遇上|碰到|碰着|碰见|碰上)")


def about_search(low: str, end: int) -> bool:
    """The bare no ending at `end` denies a finding ("还没找着"), not the children asked about."""
    return _FINDING.match(low, end) is not None
