"""Values left over: a rough amount put right, a yearly fee after its amount, words that open an
answer and are no name, and the name the respondent tells the bot to use.

- "差不多一百，九十五": a rough figure corrected at once by a precise one near it is the precise
  one; two bills still add up, a range still takes its midpoint, a far or hedged second figure is
  no correction.
- "1万2的年费": a yearly fee said after its amount is paid for the year (1000 a month).
- "Born here, from Leeds originally": a participle, a gerund or an adverb opening the answer is no
  name.
- "Thomas, my mates call me Tommo, you can call me Tom", "I'm Priyanka, but Pri is fine": the name
  the respondent says to use wins over the one given; a nickname others use is only an alias.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a rough figure, then the precise one
    ("monthly_spend", "差不多一百，九十五", {"monthly_spend": 95.0}, ""),
    ("monthly_spend", "一百左右吧，九十八", {"monthly_spend": 98.0}, ""),
    ("monthly_spend", "大概一百，九十五吧", {"monthly_spend": 95.0}, ""),
    ("monthly_spend", "100左右，95", {"monthly_spend": 95.0}, ""),
    ("monthly_spend", "差不多一百，准确说是九十五", {"monthly_spend": 95.0}, ""),
    ("monthly_spend", "about 100, 95 actually", {"monthly_spend": 95.0}, ""),
    ("monthly_spend", "around 100, 95", {"monthly_spend": 95.0}, ""),
    ("monthly_spend", "roughly 80, 78 to be exact", {"monthly_spend": 78.0}, ""),
    ("monthly_spend", "about 100... 95 to be precise", {"monthly_spend": 95.0}, ""),
    # ... near misses: bills that add up, a range, a bill named, a far or hedged figure
    ("monthly_spend", "手机39，宽带100", {"monthly_spend": 139.0}, ""),
    ("monthly_spend", "九十到一百", {"monthly_spend": 95.0}, ""),
    ("monthly_spend", "大概一百，宽带九十五", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "大概一百，两百", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "about 100, 95 for the phone", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "about 100, maybe 95", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "100，95", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "差不多一百块", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "不到一百，九十几吧", {"monthly_spend": 90.0}, ""),
    # a yearly fee after its amount
    ("monthly_spend", "1万2的年费，用了两年", {"monthly_spend": 1000.0, "tenure_months": 24}, ""),
    ("monthly_spend", "1万5的年费", {"monthly_spend": 1250.0}, ""),
    ("monthly_spend", "一万二的年费", {"monthly_spend": 1000.0}, ""),
    ("monthly_spend", "1.2万的年费", {"monthly_spend": 1000.0}, ""),
    ("monthly_spend", "12000的年费", {"monthly_spend": 1000.0}, ""),
    ("monthly_spend", "年费1.2万", {"monthly_spend": 1000.0}, ""),
    ("monthly_spend", "年费一万二", {"monthly_spend": 1000.0}, ""),
    # ... near miss: a monthly fee stays as said
    ("monthly_spend", "100的月费", {"monthly_spend": 100.0}, ""),
    # words opening an answer that are no name
    ("name", "Born here, from Leeds originally", {}, ""),
    ("name", "Born here", {}, ""),
    ("name", "Raised here, born in Leeds", {}, ""),
    ("name", "Emigrated, from Leeds originally", {}, ""),
    ("name", "Driving, sorry", {}, ""),
    ("name", "Working nights, sorry", {}, ""),
    ("name", "Sure thing", {}, ""),
    ("name", "Living in Leeds", {"city": "Leeds"}, ""),
    # ... near misses: a name after them, or before them, still names
    ("name", "Sure, Dave", {"name": "Dave"}, ""),
    ("name", "Absolutely, Dave", {"name": "Dave"}, ""),
    ("name", "Mostly, Dave", {"name": "Dave"}, ""),
    ("name", "Dave, born here", {"name": "Dave"}, ""),
    ("name", "Holly, born here", {"name": "Holly"}, ""),
    ("name", "Sterling", {"name": "Sterling"}, ""),
    ("name", "Fred", {"name": "Fred"}, ""),
    # the name the respondent tells the bot to use
    ("name", "Thomas, my mates call me Tommo, you can call me Tom", {"name": "Tom"}, ""),
    ("name", "Thomas, my mates call me Tommo, but call me Tom", {"name": "Tom"}, ""),
    ("name", "I'm Priyanka, but Pri is fine", {"name": "Pri"}, ""),
    ("name", "It's Ravindra, but just Ravi is fine", {"name": "Ravi"}, ""),
    ("name", "It's Ravindra, but Ravi will do", {"name": "Ravi"}, ""),
    ("name", "I'm Priyanka, Pri works", {"name": "Pri"}, ""),
    (
        "name",
        "It's Margaret Okafor, but Mrs. Okafor will do just fine",
        {"name": "Mrs. Okafor"},
        "",
    ),
    # ... near misses: what others call them is an alias, a place or a day is no name
    ("name", "Thomas, my mates call me Tommo", {"name": "Thomas"}, ""),
    ("name", "Thomas, my mates call me Tommo and my mum calls me Tommy", {"name": "Thomas"}, ""),
    ("name", "Thomas, the lads call me Tommo, you can too", {"name": "Tommo"}, ""),
    (
        "name",
        "Everybody call me Miss Pearl, so you can call me dat too",
        {"name": "Miss Pearl"},
        "",
    ),
    ("name", "Thomas, my mates call me Tommo, you can call me whatever", {"name": "Thomas"}, ""),
    ("name", "I'm Tom, Leeds is fine", {"name": "Tom"}, ""),
    ("name", "I'm Sarah, Tuesday works", {"name": "Sarah"}, ""),
    ("name", "I'm Sarah and my son Jake is fine", {"name": "Sarah"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_leftover_values(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
