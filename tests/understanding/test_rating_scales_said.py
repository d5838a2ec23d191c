"""Rating scales said under the spend question, and sayings that weigh the bad over the good.

"N out of M", "N/M", "N of 5 stars", "M分里打N分", "满分M分" are a rating: neither number is money
("i'd give it 4 out of 5" gives no spend of 5), while an amount beside the rating keeps its
reading ("about 45, service is 4 out of 5" → 45) and "out of" that counts no points is no scale
("45 out of my pocket"). Under the rating question "好的不说，坏的一堆" (the good passed over, the
bad piled up) is plainly negative but names no level: vague, unless a score follows ("…，2分").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import check_reading

M = "monthly_spend"
S = "satisfaction"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (M, "i'd give it 4 out of 5", {"satisfaction": 4}, ""),
    (M, "4 out of 5", {"satisfaction": 4}, ""),
    (M, "3 outta 10", {}, ""),
    (M, "give it 7/10", {}, ""),
    (M, "3 of 5 stars lol", {"satisfaction": 3}, ""),
    (M, "五分里打四分", {"satisfaction": 4}, ""),
    (M, "满分5分我打4分", {"satisfaction": 4}, ""),
    (M, "10分里给7分", {}, ""),
    (M, "8 out of 10, pay about 50", {"monthly_spend": 50.0}, ""),
    (M, "about 45, service is 4 out of 5", {"satisfaction": 4, "monthly_spend": 45.0}, ""),
    (M, "50块，满分五分给四分", {"satisfaction": 4, "monthly_spend": 50.0}, ""),
    (M, "4 stars, i pay 40", {"satisfaction": 4, "monthly_spend": 40.0}, ""),
    (M, "45 out of my pocket", {"monthly_spend": 45.0}, ""),
    (M, "I pay 60, out of 5 people in the house", {"monthly_spend": 60.0}, ""),
    (M, "45", {"monthly_spend": 45.0}, ""),
    (M, "五十", {"monthly_spend": 50.0}, ""),
    (M, "50/month", {"monthly_spend": 50.0}, ""),
    (M, "about 45/mo", {"monthly_spend": 45.0}, ""),
    (M, "我每月交五十，打4分", {"satisfaction": 4, "monthly_spend": 50.0}, ""),
    (M, "40 or 50", {"monthly_spend": 45.0}, ""),
    (S, "4 out of 5", {"satisfaction": 4}, ""),
    (S, "i'd give it 4 out of 5", {"satisfaction": 4}, ""),
    (S, "好的不说，坏的一堆", {}, "v"),
    (S, "好的没有，坏的一大堆", {}, "v"),
    (S, "好处没几个，毛病一堆", {}, "v"),
    (S, "优点不说，缺点一箩筐", {}, "v"),
    (S, "好的不说，坏的也不少", {}, "v"),
    (S, "not much good, loads of bad", {}, "v"),
    (S, "好的不说了，坏的一堆，2分", {"satisfaction": 2}, ""),
    (S, "好的不说，坏的一堆，打两分", {"satisfaction": 2}, ""),
    (S, "好的一堆，坏的没有", {"satisfaction": 4}, ""),
    (S, "好的，4分", {"satisfaction": 4}, ""),
    (S, "好的不说，4分吧", {"satisfaction": 4}, ""),
    (S, "五五开吧，2分", {"satisfaction": 2}, ""),
    (S, "五五开吧", {}, "v"),
    (S, "一分钱一分货，给三分", {"satisfaction": 3}, ""),
    (S, "半斤八两，3/5", {"satisfaction": 3}, ""),
    (S, "好的不多，2分", {"satisfaction": 2}, ""),
    (S, "nothing good, lots of bad things. 1", {"satisfaction": 1}, ""),
    (S, "有好有坏吧", {}, "v"),
    (S, "挺好的", {"satisfaction": 4}, ""),
    (S, "不太满意", {"satisfaction": 2}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_rating_scales_said(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)
