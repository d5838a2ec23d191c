"""Numbers, round 20: ages, time with us, the monthly spend and the rating.

Covers: "十余年", "十余载", "五载有余" (but "下载", "车载"), with "与贵公司相伴" as a cue of being a
customer (but "和老伴相伴"); "last weak" and "moved across to you last week" (but "weak since last
week"); "turning 30 na po next month" (but "I'm 30 na po"); "Myself Priya, 28 years" and "67 years
completed in August" (but "10 years completed with Jio"); "3 ngl", "4 lah", "for me 2 only" (but
"2 only people", "3 items"); "三百兆" no rating, "扣一分" and "考了95分" no rating, "考试才及格" no
rating (but "服务及格"); "life feels awful" the speaker's own (but "feels fine with you guys");
"学生套餐" a plan (but "my students pay"); "my cousin pay like 50 but mine 75"; "in 1980" a year
(but "2000 yen a month"); "超时一单扣了我五块钱", "被罚了二十" fines (but "每月自动扣五十块");
"my son set that up last Easter" asked how they pay (but "we joined you last Christmas"); "令吉",
"RM99"; "跑车八年了" a trade's years (but "开通五年了"); "sometime good sometime bad" by turns;
"前两天才开通" (but "前两天开会"); "上个月才转过来的" (but "转过来一笔钱"); "交个39"; "it's like 90
now" after another bill; "给我爸充了一百".
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a formal or written count of years (but 下载, 车载, a partner's years)
    ("tenure_months", "我已与贵公司相伴十余载", {"tenure_months": 120}, ""),
    ("tenure_months", "用了十余年了", {"tenure_months": 120}, ""),
    ("tenure_months", "相伴五载有余", {"tenure_months": 60}, ""),
    ("churn_intent", "用你们家十余年了，不换", {"tenure_months": 120, "churn_intent": "stay"}, ""),
    ("tenure_months", "下载了三次都没成功", {}, ""),
    ("tenure_months", "我的车载了五个人", {}, ""),
    ("churn_intent", "和老伴相伴五十年了，不换", {"has_partner": True, "churn_intent": "stay"}, ""),
    # "last weak" mistyped, and "moved across" (but weak as a word)
    ("tenure_months", "joined last weak", {"tenure_months": 0}, ""),
    ("tenure_months", "only moved across to you last week", {"tenure_months": 0}, ""),
    ("tenure_months", "my signal's been weak since last week", {}, ""),
    (
        "tenure_months",
        "moved across the road last week, been with you 3 years",
        {"tenure_months": 36},
        "",
    ),
    # a particle before "next week" (but a particle with no birthday ahead)
    ("age", "turning 40 po next week", {"age": 39}, ""),
    ("age", "turning 50 lah next year", {"age": 49}, ""),
    ("age", "I'm 30 na po", {"age": 30}, ""),
    ("age", "I'm 45 na, next month I'll go on holiday", {"age": 45}, ""),
    # Indian English ages: "Myself Name, N years", "N years completed" (but years with us)
    (
        "name",
        "Myself Priya, 28 years, from Chennai",
        {"age": 28, "city": "Chennai", "name": "Priya"},
        "",
    ),
    ("age", "67 years completed in August", {"age": 67}, ""),
    ("tenure_months", "5 years completed with you in August", {"tenure_months": 60}, ""),
    ("tenure_months", "10 years completed with Jio, no complaints", {"tenure_months": 120}, ""),
    ("age", "10 years completed at the bank, I am 50", {"age": 50}, ""),
    ("name", "Rahul, 34 years with Airtel before you", {"name": "Rahul"}, ""),
    # a rating with a particle after it (but "only" before more words, counts)
    ("satisfaction", "2 ngl", {"satisfaction": 2}, ""),
    ("satisfaction", "4 it's decent", {"satisfaction": 4}, ""),
    ("satisfaction", "3 years with you, 4 lah", {"tenure_months": 36, "satisfaction": 4}, ""),
    (
        "satisfaction",
        "my son says 1, for me 4 only",
        {"satisfaction": 4},
        "",
    ),
    ("satisfaction", "2 only people in the house use it", {}, ""),
    ("satisfaction", "3 items broke this year", {}, ""),
    ("satisfaction", "I called 3 times it's annoying", {}, ""),
    # speeds in 兆 are no rating; a point taken off or an exam mark is none either
    ("satisfaction", "三百兆", {}, ""),
    ("satisfaction", "一百兆，挺好", {"satisfaction": 4}, ""),
    ("satisfaction", "9/10吧，扣一分因为装机慢", {}, "v"),
    ("satisfaction", "4分，扣一分是因为网速", {"satisfaction": 4}, ""),
    ("satisfaction", "I'd say 4, deducted 1 for the wait", {"satisfaction": 4}, ""),
    ("satisfaction", "心情负一分，服务4分", {"satisfaction": 4}, ""),
    (
        "satisfaction",
        "儿子考试考了95分，服务嘛给4分",
        {"has_dependents": True, "satisfaction": 4},
        "",
    ),
    ("satisfaction", "考试才及格", {}, ""),
    ("satisfaction", "服务刚及格吧", {"satisfaction": 3}, ""),
    ("satisfaction", "我考了驾照，服务及格", {"satisfaction": 3}, ""),
    # the speaker's own day (but the service said to feel fine)
    ("satisfaction", "ask me tomorrow, life feels awful right now", {}, ""),
    ("satisfaction", "life feels great, service 2", {"satisfaction": 2}, ""),
    ("satisfaction", "everything feels fine with you guys", {"satisfaction": 3}, ""),
    # a student plan is a plan (but students as people)
    ("monthly_spend", "学生套餐一个月29", {"monthly_spend": 29.0}, ""),
    ("monthly_spend", "I'm on the student plan, 15 a month", {"monthly_spend": 15.0}, ""),
    ("monthly_spend", "my students pay like 20 a month for their phones", {}, ""),
    # someone outside the household, then the respondent's own
    ("monthly_spend", "my roommate pay like 40 but mine 60", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "我同事每个月一百二，我的也就五十", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "my cousin pays like 50", {}, ""),
    # a calendar year is no amount (but a sum in yen)
    ("monthly_spend", "in 1980 a phone call cost pennies", {}, ""),
    ("monthly_spend", "back in 2019 it was 40, now 55", {"monthly_spend": 55.0}, ""),
    ("monthly_spend", "I pay in 2000 yen a month", {"monthly_spend": 2000.0}, ""),
    # a fine at work or on the road (but the bill taken each month)
    ("monthly_spend", "没看过账单 今天超时一单扣了我五块钱", {}, "v"),
    ("monthly_spend", "今天超时一单被罚了二十", {}, ""),
    ("monthly_spend", "每月自动扣五十块", {"monthly_spend": 50.0}, ""),
    (
        "monthly_spend",
        "got a parking fine of 60 today, the phone is about 45 a month",
        {"monthly_spend": 45.0},
        "",
    ),
    ("monthly_spend", "it's fine, 40 a month", {"monthly_spend": 40.0}, ""),
    # "set that up" asked how they pay is the payment (but joining, and asked tenure)
    (
        "payment_method",
        "online banking, my son set that up for me last Easter",
        {"payment_method": "bank_transfer"},
        "",
    ),
    (
        "payment_method",
        "card. we joined you last Christmas",
        {"tenure_months": 11, "payment_method": "credit_card"},
        "",
    ),
    ("tenure_months", "my daughter set it up for me last Christmas", {"tenure_months": 11}, ""),
    # ringgit and RM
    ("tenure_months", "一个月八十令吉的配套", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "RM99 配套", {"monthly_spend": 99.0}, ""),
    # a trade said by what is done (but 开通)
    ("tenure_months", "跑车八年了，用你们家两年", {"tenure_months": 24}, ""),
    ("tenure_months", "开通五年了", {"tenure_months": 60}, ""),
    # "sometime ... sometime" by turns (but "call sometime, it's good")
    ("satisfaction", "sometime slow, other times ok", {}, "v"),
    ("satisfaction", "I'll call sometime, it's good", {"satisfaction": 4}, ""),
    # "前两天才开通" (but "前两天开会"); "上个月才转过来的" (but money sent over)
    ("tenure_months", "前两天才开通的", {"tenure_months": 0}, ""),
    ("tenure_months", "前两天开会说的，用了三年了", {"tenure_months": 36}, ""),
    ("tenure_months", "号是上个月才转过来的", {"tenure_months": 1}, ""),
    ("tenure_months", "上个月换过来的，之前用移动", {"tenure_months": 1}, ""),
    ("tenure_months", "上个月转过来一笔钱，用你们家五年了", {"tenure_months": 60}, ""),
    # "交个29": a measure word between paying and the amount (but a router bought)
    ("payment_method", "没上班了，每个月就交个39", {"monthly_spend": 39.0}, ""),
    ("payment_method", "花个200买了个路由器", {}, ""),
    # "it's like N now" after another bill (but after the phone bill)
    ("monthly_spend", "the water bill doubled, it's like 90 now", {}, ""),
    ("monthly_spend", "the phone bill went up, it's 60 now", {"monthly_spend": 60.0}, ""),
    # topped up for "我妈" (but for the respondent or their own home)
    ("monthly_spend", "给我爸充了一百", {}, ""),
    ("monthly_spend", "我妈给我充了一百", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "给我们家宽带充了一百", {"monthly_spend": 100.0}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round20_numbers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
