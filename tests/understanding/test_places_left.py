"""City answers: regions that name a town in a state, bare US states, a place after a distance."""

from __future__ import annotations

import pytest

from .conftest import check_reading

CASES = [
    # a province or region followed by a state: the town of that name
    ("city", "I live in Ontario, California", {"city": "Ontario"}, ""),
    ("city", "Ontario, California", {"city": "Ontario"}, ""),
    ("city", "Alberta, Virginia", {"city": "Alberta"}, ""),
    ("city", "Victoria, Texas", {"city": "Victoria"}, ""),
    # ... but a province alone, or with a remark or its country, is no city
    ("city", "Ontario", {}, "v"),
    ("city", "Ontario, a couple hours from anywhere you would have heard of", {}, "v"),
    ("city", "Ontario, Canada", {}, "v"),
    ("city", "Ontario, Kitchener", {"city": "Kitchener"}, ""),
    ("city", "North Island, Hamilton", {"city": "Hamilton"}, ""),
    # a US state alone is no city
    ("city", "Texas", {}, "v"),
    ("city", "somewhere in Ohio", {}, "v"),
    ("city", "Florida, near the coast", {}, "v"),
    ("city", "I live in Texas", {}, "v"),
    ("city", "California", {}, "v"),
    ("city", "Texas, USA", {}, "v"),
    ("city", "out in West Texas", {}, "v"),
    ("city", "up in Northern Ontario", {}, "v"),
    # ... unless a town is named with it
    ("city", "Texas, Austin", {"city": "Austin"}, ""),
    ("city", "Ohio, Dayton", {"city": "Dayton"}, ""),
    ("city", "Dallas, Texas", {"city": "Dallas"}, ""),
    ("city", "Columbus Ohio", {"city": "Columbus"}, ""),
    ("city", "I live in Columbus Ohio", {"city": "Columbus"}, ""),
    ("city", "Kansas City", {"city": "Kansas City"}, ""),
    ("city", "Virginia Beach", {"city": "Virginia Beach"}, ""),
    ("city", "New York", {"city": "New York"}, ""),
    ("city", "I'm out in West Lothian", {"city": "West Lothian"}, ""),
    # a place named after the distance from town counts as one named before it
    ("city", "离市里很远，在宁乡", {"city": "宁乡"}, ""),
    ("city", "在宁乡，离市里很远", {"city": "宁乡"}, ""),
    ("city", "离县城要一个小时，住在石门", {"city": "石门"}, ""),
    ("city", "离市区四十多里地，我在浏阳", {"city": "浏阳"}, ""),
    ("city", "离市区挺远的，在长沙县", {"city": "Changsha"}, ""),
    ("city", "离市里很远", {}, "v"),
    ("city", "离市里很远，在乡下", {}, "v"),
    ("city", "离市里很远，住山上", {}, "v"),
    # a child's city is theirs: vague when the city is asked (docs/understanding.md, Cities)
    ("city", "我儿子在厦门上班，三十了", {}, "v"),
    ("city", "我和儿子在厦门", {"city": "Xiamen"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)
