"""A rival already joined, said beside a rating or as the intention: leaving.

"3, just joined Telstra", "2, just moved to EE", "3分，已经办了电信的卡", "3分，刚转到联通" tell the
respondent has gone to a named rival, as "3, just signed up with Optus" does. A past provider
("joined Telstra in 2019", "以前办过移动的卡"), a start with this one ("just joined"), somebody
else's move ("my brother just switched to Verizon", "我哥刚换了移动"), a place ("just moved to
Three Rivers") and a rival's shop visited ("刚去了移动营业厅") are no leaving. Rows are (asked
slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer and ""
otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import check_reading

S = "satisfaction"
CH = "churn_intent"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (S, "3, just joined Telstra", {"churn_intent": "leave", "satisfaction": 3}, ""),
    (S, "3, just signed up with Optus", {"churn_intent": "leave", "satisfaction": 3}, ""),
    (S, "3, just switched to Vodafone", {"churn_intent": "leave", "satisfaction": 3}, ""),
    (S, "2, just moved to EE", {"churn_intent": "leave", "satisfaction": 2}, ""),
    (S, "2, I've joined Three", {"churn_intent": "leave", "satisfaction": 2}, ""),
    (S, "3, just went with Telstra", {"churn_intent": "leave", "satisfaction": 3}, ""),
    (S, "3, just got a Telstra sim", {"churn_intent": "leave", "satisfaction": 3}, ""),
    (S, "3, just ported to Optus", {"churn_intent": "leave", "satisfaction": 3}, ""),
    (S, "3分，已经办了电信的卡", {"churn_intent": "leave", "satisfaction": 3}, ""),
    (S, "3分，刚转到联通", {"churn_intent": "leave", "satisfaction": 3}, ""),
    (S, "3, joined Telstra in 2019", {"satisfaction": 3}, ""),
    (S, "3, I was with Telstra before", {"satisfaction": 3}, ""),
    (S, "3, just joined", {"tenure_months": 0, "satisfaction": 3}, ""),
    (S, "3, just joined the gym", {"satisfaction": 3}, ""),
    (S, "3, my brother just switched to Verizon", {"satisfaction": 3}, ""),
    (S, "3, just moved to Three Rivers", {"satisfaction": 3}, ""),
    (S, "3分，刚办的卡", {"tenure_months": 0, "satisfaction": 3}, ""),
    (S, "3分，以前办过移动的卡", {"satisfaction": 3}, ""),
    (S, "3分，我哥刚换了移动", {"satisfaction": 3}, ""),
    (S, "3分，刚去了移动营业厅", {"satisfaction": 3}, ""),
    (CH, "just joined Telstra", {"churn_intent": "leave"}, ""),
    (CH, "刚转到联通", {"churn_intent": "leave"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_rivals_joined(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)
