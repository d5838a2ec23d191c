"""Numbers read for the wrong thing or the wrong person (round 18: age, tenure, spend).

Covers: somebody or something arriving ("刚来了个快递") and the worker of a visit ("上周装机那个
小伙子") taken for a recent start; a period counted with "一" ("一晚", "一学期") taken for an
amount; a range with the currency said twice ("£30 to £34"); a change "from $X to $Y"; "w/o"
after an amount; weeks written "wks"; people counted roughly ("30-odd people"); "wi' you" and
"yous" as "with you"; "every month" after a currency word; "N yr with you" asked about the
contract; years at university or a job said with "worked at"; a child by a plain word ("my wee
lad's 15"); colleagues by their role ("护士长都五十了"); doctor and dental bills.
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # somebody or something arriving starts nothing; the respondent arriving does
    ("name", "刚来了个快递，我先去拿一下", {}, ""),
    ("age", "店里刚来了位客人，你稍等", {}, ""),
    ("satisfaction", "刚来了条短信，说我欠费了", {}, ""),
    ("tenure_months", "刚来你们家没几天", {"tenure_months": 0}, ""),
    # the worker of a visit is talked about, not the start
    ("satisfaction", "上周装机那个小伙子很负责，我打五分", {"satisfaction": 5}, ""),
    ("tenure_months", "上礼拜装的", {"tenure_months": 0}, ""),
    # a period counted with "一" is no amount
    ("monthly_spend", "一季度交一次，话费我不清楚", {}, "v"),
    ("monthly_spend", "一晚房费三百，话费我不知道", {}, "v"),
    (
        "monthly_spend",
        "孩子学校一学期三百，我的话费不清楚",
        {"has_dependents": True},
        "v",
    ),
    ("monthly_spend", "一个月八十", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "每月一百二", {"monthly_spend": 120.0}, ""),
    # a range with the currency said twice; a change from one price to another is no range
    ("monthly_spend", "it's $40 to $50 depending on data", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "my bill is €20-€25 a month", {"monthly_spend": 22.5}, ""),
    ("monthly_spend", "it went from $89 to $119", {"monthly_spend": 119.0}, ""),
    (
        "complaint",
        "my bill jumped from £40 to £55 this year, not happy",
        {"monthly_spend": 55.0, "complaint": "my bill jumped from £40 to £55 this year, not happy"},
        "",
    ),
    # "w/o" after an amount is "without", no 万
    ("monthly_spend", "bill is $75 w/o the add-ons", {"monthly_spend": 75.0}, ""),
    # weeks are no money
    ("monthly_spend", "depends on roaming, was in Spain 3 wks", {}, "v"),
    ("monthly_spend", "about 45, was abroad 2 wks", {"monthly_spend": 45.0}, ""),
    # people counted roughly are no age
    ("age", "we had a barbecue with 30-odd people yesterday", {}, ""),
    ("age", "party with 40-odd guests, I'm 35", {"age": 35}, ""),
    ("age", "forty odd, don't ask", {"age": 40}, ""),
    # "wi' you", "yous": with us
    (
        "churn_intent",
        "After 8 years with yous? Nah, staying",
        {"tenure_months": 96, "churn_intent": "stay"},
        "",
    ),
    ("tenure_months", "been wi' you ten year", {"tenure_months": 120}, ""),
    # "every month" after a currency word ties the amount to the bill
    ("tenure_months", "I pay 80 dollars every month", {"monthly_spend": 80.0}, ""),
    # asked about the contract, "1yr with you" is the term; "been with you" is the time with us
    ("contract", "24 months with yous", {}, ""),
    (
        "contract",
        "been with you 5 years, month to month now",
        {"tenure_months": 60, "contract": "month_to_month"},
        "",
    ),
    ("tenure_months", "1yr with you guys", {"tenure_months": 12}, ""),
    # years at university, a job said with "worked at"
    ("tenure_months", "been at college 3 years, phone's in my dad's name", {}, ""),
    ("tenure_months", "worked at Tesco for 8 months, not sure about the phone", {}, "v"),
    ("tenure_months", "studied at uni for 4 years, been with you 2", {"tenure_months": 24}, ""),
    # a child by a plain word
    ("age", "my boy's 15", {"has_dependents": True}, ""),
    (
        "tenure_months",
        "been driving the cab 20 year, my wee lad's 12",
        {"has_dependents": True},
        "",
    ),
    ("age", "I'm a big lad, 33", {"age": 33}, ""),
    ("tenure_months", "15, my lad's 9", {"tenure_months": 15, "has_dependents": True}, ""),
    # colleagues by their role
    ("age", "老板都六十了还天天来店里", {}, ""),
    ("age", "我们主任今年五十八，我三十二", {"age": 32}, ""),
    ("age", "我是护士长，今年五十", {"age": 50}, ""),
    # doctor and dental bills are no phone bill
    ("monthly_spend", "Doctor bills run me $300 a month, my grandson pays the phone", {}, "v"),
    ("monthly_spend", "my phone bill is $60 a month", {"monthly_spend": 60.0}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round18_numbers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
