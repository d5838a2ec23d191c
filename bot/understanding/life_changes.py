"""A change of job, school or home said with "刚换" / "just switched": no start with the provider.

"刚换了工作", "刚转行", "刚转正", "刚搬了新家", "I just switched jobs", "just switched schools":
the words that tell of a new customer ("刚换过来的", "I just switched to you") also tell of a new
job, a new school, a new home or a new shift, which say nothing about the time with us. When what
changed is one of those, the "just" gives no tenure of 0 (a new phone or plan is read in
`duration_cues.device_follows` and `recent_starts`). A change of "company" is left alone: it may
be the provider ("刚换了家公司的宽带", "just switched companies").
"""

from __future__ import annotations

import re

# After "刚换" / "刚转" / "刚加入": a workplace, a school, a home or a shift
_OTHER_ZH = re.compile(
    r"\s*(?:了|过)?\s*(?:一?[个份所间套家])?\s*(?:新的?)?\s*"
    r"(?:工作|单位|岗位?|部门|老板|东家|行业?|学校|学|专业|班级?|房子?|住处|新家|住的地方|城市"
    r"|工地|正|科室|领导)"
)
# After "just switched" / "just changed": jobs, careers, schools, homes, banks, shifts
_OTHER_EN = re.compile(
    r"(?:\s+over)?\s+(?:(?:to|from)\s+)?(?:(?:my|our|a|an|the|his|her)\s+)?(?:new\s+|different\s+)?"
    r"(?:jobs?|careers?|roles?|employers?|positions?|schools?|unis?|universit(?:y|ies)|colleges?"
    r"|majors?|courses?|classes|teams?|departments?|shifts?|houses?|homes?|flats?|apartments?"
    r"|cities|towns?|banks?|cars?|doctors?|gyms?|offices?|desks?|night shifts?|day shifts?)\b"
)


def changed_other(low: str, m: re.Match[str]) -> bool:
    """The "just switched" / "刚换" matched by `m` changed a job, school or home."""
    word = m.group()
    if word.endswith(("换", "转", "加入")):
        return _OTHER_ZH.match(low, m.end()) is not None
    if word.endswith(("switched", "switched over")):
        return _OTHER_EN.match(low, m.end()) is not None
    return False
