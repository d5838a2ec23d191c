"""Numbers, round 23: an age just ahead, a point passed after a range, an age one only feels, an
elder by a regional word, a start year put right with a bare "no", a "total" glued to Chinese, a
"but" about somebody else's amount after one's own, and a flight's number.

Covers: "about to turn 33", "fixin' to turn 45 in January", "gonna turn 30 next month" (but
"about to turn in for the night, 38", "turned 45 in January", "gonna turn 30"); "between 40 and
45, stopped counting after 40" (but "stopped counting after 40" alone, "I'm 45, ... after 40");
"Manchester, 31 and skint" (but "3 kids and broke", "40 and broke even"); "感觉心态像50岁了",
"像个八十岁的" (but "我好像50了", "我今年32，但感觉像50岁");
"我阿嬷九十多岁" (but "我係阿婆，七十几岁");
"since 2019 no 2020", "45 no 46" (but "since 2019, no complaints",
"2 years, no 5G"); "加起来total 158" (but "subtotal 40, 60 with tax"); "£52. My mum's is £20 but
that's hers" (but "it was 40 but it's 45 now"); "坐CA1501那趟航班" (but "rs500", "RM50", "kr200");
"no idea, the new fridge was 600" (but "45 a month, and a new kettle for 20"); "最不满意的就是网速"
answering the complaint (but asked for the rating, or "客服最不满意").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a birthday just ahead
    ("age", "about to turn 33, 32 at the minute", {"age": 32}, ""),
    ("age", "I'm fixing to turn 50 in February so 49 still", {"age": 49}, ""),
    ("age", "gonna turn 30 next month so 29 still", {"age": 29}, ""),
    ("age", "I'm going to turn 60 in the spring", {"age": 59}, ""),
    ("age", "I'm about to turn in for the night, 38 by the way", {"age": 38}, ""),
    ("age", "turned 45 in January", {"age": 45}, ""),
    ("age", "gonna turn 30", {"age": 30}, ""),
    ("age", "I turn 50 in March", {"age": 49}, ""),
    # a point passed after a range
    ("age", "somewhere between 50 and 55, stopped counting after 50 to be fair", {"age": 53}, ""),
    ("age", "between 30 and 35, stopped counting at 30", {"age": 33}, ""),
    ("age", "stopped counting after 40", {"age": 40}, ""),
    ("age", "I'm 45, I stopped counting after 40", {"age": 45}, ""),
    ("age", "after 40 you stop caring, I'm 52", {"age": 52}, ""),
    # an age one only feels
    ("age", "加班加到感觉像50岁了", {}, ""),
    ("age", "我心态像个八十岁的老头", {}, ""),
    ("age", "我好像50了", {"age": 50}, ""),
    ("age", "我今年32，但感觉像50岁", {"age": 32}, ""),
    ("age", "50岁", {"age": 50}, ""),
    # the age offered with how life is, in another answer
    ("city", "Manchester these days, 31 and skint", {"age": 31, "city": "Manchester"}, ""),
    ("city", "Leeds, 3 kids and broke", {"has_dependents": True, "city": "Leeds"}, ""),
    ("city", "Leeds, paid 40 and broke even", {"city": "Leeds"}, ""),
    # an elder by a regional word
    ("complaint", "过年我阿嬷八十多岁了还包了一桌饺子", {}, ""),
    ("complaint", "隔壁阿公都八十了还在种地", {}, ""),
    ("age", "我阿婆今年八十，我自己五十二", {"age": 52}, ""),
    ("age", "我係阿婆，七十几岁啦", {"age": 70}, ""),
    ("age", "我是阿公，今年75", {"age": 75}, ""),
    # a bare "no" between two numbers
    ("tenure_months", "joined back in May of 2020 no 2021", {"tenure_months": 66}, ""),
    ("tenure_months", "since 2019 no 2020", {"tenure_months": 72}, ""),
    ("tenure_months", "since 2019, no wait, 2020", {"tenure_months": 72}, ""),
    ("tenure_months", "since 2019, no complaints", {"tenure_months": 84}, ""),
    ("tenure_months", "2 years, no 5G though", {"tenure_months": 24}, ""),
    ("age", "45 no 46", {"age": 46}, ""),
    ("monthly_spend", "40 no 45 a month", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "about 40, no extras", {"monthly_spend": 40.0}, ""),
    # a total glued to Chinese
    ("monthly_spend", "网费100，话费38，加起来total 138", {"monthly_spend": 138.0}, ""),
    ("monthly_spend", "宽带99，手机59，total是158", {"monthly_spend": 158.0}, ""),
    ("monthly_spend", "broadband 40, mobile 20, total 60", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "subtotal 40, 60 with tax", {"monthly_spend": 40.0}, ""),
    # a "but" about somebody else's amount after one's own
    (
        "monthly_spend",
        "£35 a month. My dad's is about £15 but he pays that",
        {"monthly_spend": 35.0},
        "",
    ),
    (
        "monthly_spend",
        "€40 a month, my sister pays €25 but that's her own phone",
        {"monthly_spend": 40.0},
        "",
    ),
    ("monthly_spend", "it was 40 but it's 45 now", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "used to be 40, now 45 but whatever", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "以前80，现在58", {"monthly_spend": 58.0}, ""),
    # a flight's number
    ("monthly_spend", "坐MU5101回来的，流量费扣了不少", {}, ""),
    ("monthly_spend", "I flew BA287 last week and got roaming charges", {}, ""),
    ("monthly_spend", "rs500 a month", {"monthly_spend": 500.0}, ""),
    ("monthly_spend", "RM50 sebulan", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "kr200 a month", {"monthly_spend": 200.0}, ""),
    # what is liked least, named in another answer
    (
        "complaint",
        "最不满意的就是网速，晚上卡得要命",
        {"complaint": "最不满意的就是网速，晚上卡得要命"},
        "",
    ),
    ("complaint", "最唔满意系個網，成日斷線", {"complaint": "最唔满意系個網，成日斷線"}, ""),
    ("satisfaction", "最不满意的是客服", {"satisfaction": 2}, ""),
    ("complaint", "客服最不满意", {"satisfaction": 2, "complaint": "客服最不满意"}, ""),
    # a thing bought for the house
    ("monthly_spend", "not a clue, bought a new toaster for 40 quid today though", {}, "v"),
    ("monthly_spend", "no idea, the new fridge was 600", {}, "v"),
    (
        "monthly_spend",
        "about 45 a month, and I got a new kettle for 20",
        {"monthly_spend": 45.0},
        "",
    ),
    ("monthly_spend", "£30 a month, same price as a decent kettle", {"monthly_spend": 30.0}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round23_numbers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
