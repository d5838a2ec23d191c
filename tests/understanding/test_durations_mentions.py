"""Amounts of time and terms said near the tenure and contract questions that are not ours.

Time lived or married is no time with us even alone ("在广州住了快十年了", "married 40 years, but
with you... no idea"), unless the service began with the move ("搬过来三年了，一搬来就装了"); a time
with us only measured against another span is vague ("married 12 years, with u guys less than
that"). A rival named by any name before a switch here keeps its years ("以前用中華電信十年，上個月
才換過來" → 1), and a rival's time ending "till two years ago" dates our start. A device judged old
in the clause before a bare amount dates the device ("路由器都用旧咗，起码五六年"); a phone number
kept across networks dates the number ("号码用咗成二十年，不过中间转过几次网": vague).
Cantonese "啱啱先开" is a start of 0 and "好耐" a vague length; "switched to u from T-Mobile" is a
switch here.
Under the contract question a warranty, a gift membership, a gym or club, or money received
monthly is no plan ("手机保修两年", "gym contract is 12 months", "I get paid monthly from my
pension"); a term run out and not signed again is month-to-month ("到期之后就冇再签"); a term echoed
and weighed ("两年？会唔会太长") is only asked about; "唔知续咗未" does not know.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise; near misses that keep their reading sit with each class.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("tenure_months", "在广州住了快十年了", {"city": "Guangzhou"}, ""),
    ("tenure_months", "在上海住了十五年，用你们多久倒记不清了", {"city": "Shanghai"}, "v"),
    (
        "tenure_months",
        "lived in canada 8 yrs but only switched to u recently, not sure exactly when",
        {},
        "v",
    ),
    (
        "tenure_months",
        "Married 40 years, but with you... goodness, I've no idea.",
        {"has_partner": True},
        "v",
    ),
    ("tenure_months", "住了五年", {}, ""),
    ("tenure_months", "lived here 10 years", {}, ""),
    ("tenure_months", "married 6 years", {"has_partner": True}, ""),
    ("tenure_months", "在成都住了八年", {"city": "Chengdu"}, ""),
    ("tenure_months", "结婚二十年了，用你们多久不记得了", {"has_partner": True}, "v"),
    ("tenure_months", "我在这边住了十年，你们的宽带才装了半年", {"tenure_months": 6}, ""),
    (
        "tenure_months",
        "married 5 years, customer for 3 of them",
        {"has_partner": True, "tenure_months": 36},
        "",
    ),
    ("tenure_months", "在这住了八年，用了你们五年", {"tenure_months": 60}, ""),
    ("tenure_months", "结婚那年装的，差不多五年了", {"has_partner": True, "tenure_months": 60}, ""),
    ("tenure_months", "搬过来三年了，一搬来就装了", {"tenure_months": 36}, ""),
    ("tenure_months", "搬来深圳两年，一来就办了", {"city": "Shenzhen", "tenure_months": 24}, ""),
    (
        "tenure_months",
        "lived here 4 years, got it installed when we moved in",
        {"tenure_months": 48},
        "",
    ),
    ("tenure_months", "三亚用了3年", {"tenure_months": 36}, ""),
    (
        "tenure_months",
        "married 12 years, with u guys less than that lol",
        {"has_partner": True},
        "v",
    ),
    ("tenure_months", "lived here 10 years, with you guys not as long", {}, "v"),
    ("tenure_months", "在这住了十年，用你们没那么久", {}, "v"),
    (
        "tenure_months",
        "married 12 years, with you less than a year",
        {"has_partner": True, "tenure_months": 12},
        "",
    ),
    (
        "tenure_months",
        "married 12 years, with u guys less than that, maybe 5",
        {"has_partner": True, "tenure_months": 5},
        "",
    ),
    ("tenure_months", "以前用中華電信十年，上個月才換過來", {"tenure_months": 1}, ""),
    ("tenure_months", "之前在香港宽频用了八年，去年转过来的", {"tenure_months": 12}, ""),
    ("tenure_months", "以前用联通十年，去年换到你们家，一年了", {"tenure_months": 12}, ""),
    ("tenure_months", "以前用你们十年，后来换过来了", {"tenure_months": 120}, ""),
    (
        "tenure_months",
        "I've had the same number since 1999, but it was with another company till two years ago.",
        {"tenure_months": 24},
        "",
    ),
    ("tenure_months", "I was with Vodafone until 2 years ago", {"tenure_months": 24}, ""),
    ("tenure_months", "I was with Vodafone for 2 years", {}, ""),
    ("tenure_months", "路由器都用旧咗，起码五六年", {}, ""),
    ("tenure_months", "my router's ancient, at least 5 years", {}, ""),
    ("tenure_months", "路由器挺好的，用你们家三年了", {"tenure_months": 36}, ""),
    ("tenure_months", "路由器都用旧了，用你们也五六年了", {"tenure_months": 66}, ""),
    ("tenure_months", "my phone's old, 3 years with you though", {"tenure_months": 36}, ""),
    ("tenure_months", "我嘅号码用咗成二十年，不过中间转过几次网", {}, "v"),
    ("tenure_months", "号码用了二十年了", {"tenure_months": 240}, ""),
    ("tenure_months", "号码用了二十年，一直是你们家的", {"tenure_months": 240}, ""),
    ("tenure_months", "I've had the same number since 1999", {"tenure_months": 324}, ""),
    (
        "tenure_months",
        "我老公用咗好耐，我自己就啱啱先开",
        {"has_partner": True, "tenure_months": 0},
        "",
    ),
    (
        "tenure_months",
        "我老公用了好久，我自己就刚刚才开",
        {"has_partner": True, "tenure_months": 0},
        "",
    ),
    ("tenure_months", "上个月先换咗新手机，用你哋嘅卡就好耐啦", {}, "v"),
    ("tenure_months", "啱啱先办", {"tenure_months": 0}, ""),
    ("tenure_months", "好耐啦", {}, "v"),
    ("tenure_months", "我刚才用手机查了一下", {}, ""),
    ("tenure_months", "刚刚才开完会", {}, ""),
    (
        "churn_intent",
        "i only switched to u from T-Mobile 2 months ago, ask me again later lol",
        {"tenure_months": 2},
        "",
    ),
    ("churn_intent", "switched to u 3 months ago, so far so good", {"tenure_months": 3}, ""),
    ("contract", "手机保修两年 合约啥的没注意过", {}, "v"),
    ("contract", "宽带办的时候送了一年的视频会员 别的不记得了", {}, "v"),
    ("contract", "gym contract is 12 months and i never go 😭", {}, ""),
    (
        "contract",
        "I get paid monthly from my pension, if that's what you mean? I'm 74, these questions "
        "confuse me.",
        {"age": 74},
        "",
    ),
    ("contract", "I signed up for a year at the bowls club last week, does that count? 😂", {}, ""),
    ("contract", "the phone has a 2 year warranty", {}, ""),
    ("contract", "房租一年一交", {}, ""),
    ("contract", "两年的合约送会员", {"contract": "two_year"}, ""),
    ("contract", "我是老会员签的两年", {"contract": "two_year"}, ""),
    ("contract", "用工资卡签了两年", {"contract": "two_year"}, ""),
    ("contract", "the bill is paid monthly", {"contract": "month_to_month"}, ""),
    ("contract", "it's paid monthly", {"contract": "month_to_month"}, ""),
    ("contract", "I pay monthly", {"contract": "month_to_month"}, ""),
    ("contract", "we get paid weekly but the plan is monthly", {"contract": "month_to_month"}, ""),
    (
        "contract",
        "I'm on the 2 year, the phone has a 1 year warranty",
        {"contract": "two_year"},
        "",
    ),
    ("contract", "12 months at the gym, with you it's monthly", {"contract": "month_to_month"}, ""),
    ("contract", "一年的，送了视频会员", {"contract": "one_year"}, ""),
    ("internet_service", "DSL at the flat for now", {"internet_service": "dsl"}, ""),
    ("contract", "以前系两年合约，到期之后就冇再签", {"contract": "month_to_month"}, ""),
    ("contract", "以前是两年合约，到期之后就没再续", {"contract": "month_to_month"}, ""),
    ("contract", "两年的合约，明年到期，到时候看要不要再签", {"contract": "two_year"}, ""),
    ("contract", "之前是两年的，到期后没再签，现在按月", {"contract": "month_to_month"}, ""),
    ("contract", "以前签过两年，现在呢……我都唔知续咗未", {}, "v"),
    ("contract", "不知续了没", {}, "v"),
    ("contract", "不知为啥网老断", {}, ""),
    ("contract", "两年，不知道", {}, "v"),
    ("contract", "两年？会唔会太长，有冇短啲嘅？", {}, ""),
    ("contract", "两年？太长了吧，有一年的吗", {}, ""),
    ("contract", "two years? that's too long, anything shorter?", {}, ""),
    ("contract", "两年？对，两年", {"contract": "two_year"}, ""),
    ("contract", "两年的，有点长", {"contract": "two_year"}, ""),
    ("contract", "two years, too long but cheaper", {"contract": "two_year"}, ""),
    ("contract", "两年？是的", {"contract": "two_year"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_durations_mentions(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
