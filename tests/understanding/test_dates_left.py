"""Tenure from "back in <month>", from a month said with "connected" / "installed", and no tenure
of 0 from a new job, school or home said with "just switched" / "刚换" (today is 2026-11-23)."""

from __future__ import annotations

import pytest

from .conftest import check_reading

T = "tenure_months"
CASES = [
    # "back in <month>": the latest such month
    (T, "joined back in may", {T: 6}, ""),
    (T, "signed up back in March", {T: 8}, ""),
    (T, "back in feb", {T: 9}, ""),
    (T, "Back in March.", {T: 8}, ""),
    (T, "oh, back in early August", {T: 3}, ""),
    (T, "we got it back in June, I think", {T: 5}, ""),
    (T, "switched to you back in march", {T: 8}, ""),
    (T, "back in March 2024", {T: 32}, ""),
    (T, "back in June, two years ago", {T: 29}, ""),
    # "back" of a verb, or a past event: no start
    (T, "I'll be back in May", {}, ""),
    (T, "call me back in March", {}, ""),
    (T, "I'll get back to you in March", {}, ""),
    (T, "moved back in May", {}, ""),
    (T, "back in the day", {}, ""),
    ("has_dependents", "back in feb", {}, ""),
    # connected / hooked up / installed in a month; the month wins over "just"
    (T, "just got connected back in early May", {T: 6}, ""),
    (T, "just got it installed in June", {T: 5}, ""),
    (T, "got connected in May", {T: 6}, ""),
    (T, "got hooked up in April", {T: 7}, ""),
    (T, "got it installed in September", {T: 2}, ""),
    (T, "we had it installed back in January", {T: 10}, ""),
    # a new job, school or home is no start with us
    (T, "switch? I just switched jobs", {}, ""),
    (T, "I just switched jobs", {}, ""),
    (T, "just switched over to a new job", {}, ""),
    (T, "just switched schools", {}, ""),
    (T, "跳槽？我刚换了工作", {}, ""),
    (T, "我刚换了工作", {}, ""),
    (T, "刚换了份新工作", {}, ""),
    (T, "刚转行", {}, ""),
    (T, "刚转正", {}, ""),
    # ... but a new provider is
    (T, "I just switched to you", {T: 0}, ""),
    (T, "just switched over from Verizon", {T: 0}, ""),
    (T, "刚换过来的", {T: 0}, ""),
    (T, "刚从移动换过来", {T: 0}, ""),
    (T, "刚换到你们家", {T: 0}, ""),
    (T, "刚办", {T: 0}, ""),
    (T, "just signed up", {T: 0}, ""),
    # "1万2" is 12000: a labelled amount elsewhere is no tenure
    (T, "一年交1万2", {"monthly_spend": 1000.0}, ""),
    (T, "工资1万2，用了三年", {T: 36}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)
