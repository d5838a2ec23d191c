"""Round 24 bugs: a birthday ahead said before the age, a start month put right, the price now,
a share that is no number, a call held or a number ported in, hesitations before a name, an outage
as a complaint, and dating tried.

Covers: "next year I'll be 40", "明年我就五十岁了", "过完年就40了" (but "my son turns 10 next week,
I'm 41", "next year I'll be retired, 64 now"); "March 2023 no sorry April 2023", "2023年3月，不对，
4月" (but "since March 2023, no complaints", "No, May is when I upgraded"); "40 a month, 45 now"
(but "now and then 45", "my son pays 45 now"); "not 100% sure" (but "about 100 months"); "stay on
the line please", "ported my number over to you" (but "I'm porting my number out", "I'll stay with
you for now"); "Sorry, it's pouring here. Kerry", "额是王磊" (but "额尔敦"); "the line was dead
for a week", "no dial tone" (but "the battery on my phone is dead", "dead happy"); "God knows I've
tried dating" (but "I'm dating someone", "single, tried dating but gave up").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("age", "next year I'll be 40", {"age": 39}, ""),
    ("age", "I turn 40 next year", {"age": 39}, ""),
    ("age", "gonna be 40 next spring", {"age": 39}, ""),
    ("age", "明年四十", {"age": 39}, ""),
    ("age", "过完年就40了", {"age": 39}, ""),
    ("age", "明年就六十了", {"age": 59}, ""),
    ("age", "38 next week", {"age": 37}, ""),
    ("age", "next year I turn forty", {"age": 39}, ""),
    ("age", "next month I'm turning 30", {"age": 29}, ""),
    ("age", "next year I'll hit 50", {"age": 49}, ""),
    ("age", "明年我就五十岁了", {"age": 49}, ""),
    ("age", "明年我就满六十了", {"age": 59}, ""),
    ("age", "过了年我就40了", {"age": 39}, ""),
    ("age", "过完这个年就七十了", {"age": 69}, ""),
    ("age", "next year, I'll be 40", {"age": 39}, ""),
    ("age", "next week I'm 38", {"age": 37}, ""),
    ("age", "next year I'll be retired, 64 now", {"age": 64}, ""),
    ("age", "明年我儿子就十岁了，我三十八", {"has_dependents": True, "age": 38}, ""),
    ("age", "我明年就退休了，59", {"age": 59}, ""),
    ("age", "next year we'll be married 20 years, I'm 45", {"has_partner": True, "age": 45}, ""),
    ("age", "I'm 40 and next year I'll be 41", {"age": 40}, ""),
    ("age", "next year my wife will be 40, I'm 42", {"has_partner": True, "age": 42}, ""),
    ("age", "过完年就回老家了，今年45", {"age": 45}, ""),
    ("age", "next year I'll be moving, 33 now", {"age": 33}, ""),
    ("age", "this year I'll be 40", {"age": 40}, ""),
    ("age", "my son Jack turns 10 next week, I'm 41", {"has_dependents": True, "age": 41}, ""),
    ("age", "my son turns 10 next week I'm 41", {"has_dependents": True, "age": 41}, ""),
    ("tenure_months", "March 2023 no sorry April 2023", {"tenure_months": 43}, ""),
    ("tenure_months", "March 2023 actually April 2023", {"tenure_months": 43}, ""),
    ("tenure_months", "since March 2023, sorry, April", {"tenure_months": 43}, ""),
    ("tenure_months", "2023年3月，不对，4月", {"tenure_months": 43}, ""),
    ("tenure_months", "since March 2023 no sorry since May 2023", {"tenure_months": 42}, ""),
    ("tenure_months", "2023年3月开始的，不对，是5月", {"tenure_months": 42}, ""),
    ("tenure_months", "2023年3月办的，不对不对，四月份", {"tenure_months": 43}, ""),
    ("tenure_months", "since march 2023. oops, april", {"tenure_months": 43}, ""),
    ("tenure_months", "March 2023 no sorry it was April 2023", {"tenure_months": 43}, ""),
    ("tenure_months", "March 2023, no problems since", {"tenure_months": 44}, ""),
    ("tenure_months", "since March 2023, no complaints", {"tenure_months": 44}, ""),
    ("tenure_months", "joined March 2023 and upgraded April 2024", {"tenure_months": 44}, ""),
    ("tenure_months", "since March 2023. No, May is when I upgraded", {"tenure_months": 44}, ""),
    ("tenure_months", "March 2023, sorry I don't remember exactly", {"tenure_months": 44}, ""),
    ("tenure_months", "since March 2023 actually", {"tenure_months": 44}, ""),
    ("tenure_months", "2023年3月，不对，是2024年3月", {"tenure_months": 32}, ""),
    ("monthly_spend", "40 a month, 45 now", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "used to be 40, now 45", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "was £30 but it's gone up to £35", {"monthly_spend": 35.0}, ""),
    ("monthly_spend", "以前50现在60", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "£40 a month, £45 now they've put it up", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "$40 a month, now it's $45", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "一个月50块，现在60了", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "40 a month, 45 with the sports package", {"monthly_spend": 40.0}, ""),
    ("monthly_spend", "40 a month, 45 next month", {"monthly_spend": 40.0}, ""),
    ("monthly_spend", "40 a month, now and then 45", {"monthly_spend": 40.0}, ""),
    ("monthly_spend", "I pay 40 a month, my son pays 45 now", {"monthly_spend": 40.0}, ""),
    ("monthly_spend", "40 a month, she pays 45 now", {"monthly_spend": 40.0}, ""),
    ("monthly_spend", "45 now, used to be 40", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "40 a month, 45 from now on? no idea", {"monthly_spend": 40.0}, ""),
    ("tenure_months", "not 100% sure", {}, "v"),
    ("tenure_months", "100 percent not sure", {}, "v"),
    ("tenure_months", "I'm not 100% sure, maybe 3 years", {"tenure_months": 36}, ""),
    ("tenure_months", "百分之百确定是两年", {"tenure_months": 24}, ""),
    ("tenure_months", "100% sure it's 2 years", {"tenure_months": 24}, ""),
    ("tenure_months", "3 years, 100% sure", {"tenure_months": 36}, ""),
    ("tenure_months", "about 100 months", {"tenure_months": 100}, ""),
    ("monthly_spend", "100 a month", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "40 a month with 10% off", {"monthly_spend": 40.0}, ""),
    ("age", "I'm 100% sure I'm 35", {"age": 35}, ""),
    ("churn_intent", "stay on the line please", {}, ""),
    ("churn_intent", "can you stay on the line", {}, ""),
    ("churn_intent", "please hold, stay on the call", {}, ""),
    ("churn_intent", "stay with me a sec", {}, ""),
    ("churn_intent", "don't hang up, stay on the line", {}, ""),
    ("churn_intent", "I'll stay with you for now", {"churn_intent": "stay"}, ""),
    ("churn_intent", "stay with me as a customer? yes", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'm staying with you", {"churn_intent": "stay"}, ""),
    (
        "churn_intent",
        "staying on the line, but I'm leaving you next month",
        {"churn_intent": "leave"},
        "",
    ),
    ("churn_intent", "ported my number over to you", {}, ""),
    ("churn_intent", "I ported my number over to you last year", {}, ""),
    ("churn_intent", "porting my number over to you was a nightmare", {}, ""),
    ("churn_intent", "ported my number to you, happy to stay", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'm porting my number out", {"churn_intent": "leave"}, ""),
    ("churn_intent", "going to port my number to Vodafone", {"churn_intent": "leave"}, ""),
    ("churn_intent", "ported my number to EE last week", {"churn_intent": "leave"}, ""),
    ("churn_intent", "I've ported out already", {"churn_intent": "leave"}, ""),
    (
        "contract",
        "month to month, which is rad cuz I'm moving to Portugal in the spring",
        {"churn_intent": "leave", "contract": "month_to_month"},
        "",
    ),
    ("name", "Sorry, it's pouring here. Kerry", {"name": "Kerry"}, ""),
    ("name", "sorry it's raining. Kerry", {"name": "Kerry"}, ""),
    ("name", "Sorry, it's noisy here, it's Kerry", {"name": "Kerry"}, ""),
    ("name", "Kerry, sorry it's pouring here", {"name": "Kerry"}, ""),
    ("name", "It's freezing here. Tom", {"name": "Tom"}, ""),
    ("name", "sorry, Kerry", {"name": "Kerry"}, ""),
    ("name", "It's Kerry", {"name": "Kerry"}, ""),
    ("name", "额是王磊", {"name": "王磊"}, ""),
    ("name", "呃是王磊", {"name": "王磊"}, ""),
    ("name", "嗯是王磊", {"name": "王磊"}, ""),
    ("name", "额，是王磊", {"name": "王磊"}, ""),
    ("name", "嗯嗯是李娜", {"name": "李娜"}, ""),
    ("name", "呃...是张伟", {"name": "张伟"}, ""),
    ("name", "是王磊", {"name": "王磊"}, ""),
    ("name", "额我叫王磊", {"name": "王磊"}, ""),
    ("name", "额尔敦", {"name": "额尔敦"}, ""),
    ("name", "是的，王磊", {"name": "王磊"}, ""),
    ("name", "是不是要全名", {}, ""),
    (
        "complaint",
        "the line was dead for a week",
        {"complaint": "the line was dead for a week"},
        "",
    ),
    ("complaint", "no dial tone for three days", {"complaint": "no dial tone for three days"}, ""),
    (
        "complaint",
        "my phone line went dead last month",
        {"complaint": "my phone line went dead last month"},
        "",
    ),
    (
        "complaint",
        "line's been dead since Tuesday",
        {"complaint": "line's been dead since Tuesday"},
        "",
    ),
    (
        "complaint",
        "the landline's been totally dead since the storm",
        {"complaint": "the landline's been totally dead since the storm"},
        "",
    ),
    (
        "complaint",
        "we lost the connection for 3 days",
        {"complaint": "we lost the connection for 3 days"},
        "",
    ),
    (
        "complaint",
        "no service at all for two days",
        {"complaint": "no service at all for two days"},
        "",
    ),
    ("complaint", "the internet kept dropping", {"complaint": "the internet kept dropping"}, ""),
    ("complaint", "dead happy with it", {}, ""),
    ("complaint", "the battery on my phone is dead", {}, ""),
    ("complaint", "my mobile's battery went dead", {}, ""),
    ("complaint", "my dad is dead", {}, ""),
    ("complaint", "the line dead? no, never had that", {}, "v"),
    ("complaint", "no complaints", {}, "v"),
    ("has_partner", "God knows I've tried dating", {}, "v"),
    ("has_partner", "I've tried dating, it's a nightmare", {}, "v"),
    ("has_partner", "I've been trying dating for years", {}, "v"),
    ("has_partner", "tried online dating once", {}, "v"),
    ("has_partner", "single, tried dating but gave up", {"has_partner": False}, ""),
    ("has_partner", "tried the dating apps, no luck", {"has_partner": False}, ""),
    ("has_partner", "I've tried dating but I'm married now", {"has_partner": True}, ""),
    ("has_partner", "met my wife speed dating", {"has_partner": True}, ""),
    ("has_partner", "I'm dating someone", {"has_partner": True}, ""),
    ("has_partner", "been dating Sarah for two years", {"has_partner": True}, ""),
    ("age", "45, tried dating, not for me", {"age": 45}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round24_bugs(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
