"""Readings pinned in chat answers: time with us typed short ("been w u 8 months", "3 yrs w
yall"), a line's speed that is no time ("一百兆的"), a start tied to a time of life and not a date
("大一开学时候办的"), a rhetorical "还能走咋的" (staying), and plans said in passing with a hedge
("ill prob renew", "i prob wont renew", "on the fence about renewing", "合约到期可能换") or a rival
already signed with ("I've already signed with Telstra"), each with near misses that keep their
reading."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import check_reading

Case = tuple[str, str, dict[str, Any], str]

_TELSTRA = (
    "Three weeks without internet after the storm and nobody cared. "
    "I've already signed with Telstra"
)

# Time with us after "w", "w/" for "with" (another person's time is not ours).
SHORT_WITH_US: list[Case] = [
    ("city", "Fresno. been w yall 3 yrs", {"tenure_months": 36, "city": "Fresno"}, ""),
    ("city", "Fresno. been w/ you 3 yrs", {"tenure_months": 36, "city": "Fresno"}, ""),
    ("city", "Fresno. been w/you 3 yrs", {"tenure_months": 36, "city": "Fresno"}, ""),
    ("city", "Fresno, 3 yrs w u", {"tenure_months": 36, "city": "Fresno"}, ""),
    ("city", "Fresno, 3 years w/ yall", {"tenure_months": 36, "city": "Fresno"}, ""),
    ("city", "Fresno. been w u guys like 4 yrs", {"tenure_months": 48, "city": "Fresno"}, ""),
    ("city", "Fresno, been w my wife 3 yrs", {"has_partner": True, "city": "Fresno"}, ""),
    ("city", "Fresno, been w/ my gf 3 yrs", {"has_partner": True, "city": "Fresno"}, ""),
    ("city", "Fresno, been w her 5 yrs", {"city": "Fresno"}, ""),
    ("city", "Fresno, lived here 3 yrs", {"city": "Fresno"}, ""),
    ("city", "Fresno, been with you 3 years", {"tenure_months": 36, "city": "Fresno"}, ""),
    (
        "contract",
        "month to month, been w u 8 months",
        {"tenure_months": 8, "contract": "month_to_month"},
        "",
    ),
    (
        "contract",
        "month to month, been w/ u 8 months",
        {"tenure_months": 8, "contract": "month_to_month"},
        "",
    ),
    (
        "contract",
        "month to month, been w the wife 8 months",
        {"has_partner": True, "contract": "month_to_month"},
        "",
    ),
    (
        "contract",
        "month to month, 8 months w u",
        {"tenure_months": 8, "contract": "month_to_month"},
        "",
    ),
    (
        "satisfaction",
        "satisfied, 4 stars, been w u 10 yrs",
        {"tenure_months": 120, "satisfaction": 4},
        "",
    ),
    ("satisfaction", "4, been w u 2 yrs", {"tenure_months": 24, "satisfaction": 4}, ""),
    (
        "satisfaction",
        "4 stars, been w my partner 10 yrs",
        {"has_partner": True, "satisfaction": 4},
        "",
    ),
    ("satisfaction", "3, been w yall a yr", {"tenure_months": 12, "satisfaction": 3}, ""),
    (
        "churn_intent",
        "renewing for sure, been w u 7 yrs",
        {"tenure_months": 84, "churn_intent": "stay"},
        "",
    ),
    (
        "churn_intent",
        "staying, been w u 6 months",
        {"tenure_months": 6, "churn_intent": "stay"},
        "",
    ),
    (
        "churn_intent",
        "leaving, been w my bf 7 yrs",
        {"has_partner": True, "churn_intent": "leave"},
        "",
    ),
    ("tenure_months", "been w u 7 yrs", {"tenure_months": 84}, ""),
    ("tenure_months", "7 yrs w u", {"tenure_months": 84}, ""),
]

# A line's speed in Chinese numerals is no amount of time or money.
SPEEDS: list[Case] = [
    ("tenure_months", "光纤，一百兆的", {"internet_service": "fiber_optic"}, ""),
    ("tenure_months", "一百兆的", {}, ""),
    ("tenure_months", "光纤 一百兆", {"internet_service": "fiber_optic"}, ""),
    ("tenure_months", "光纤，两百兆的", {"internet_service": "fiber_optic"}, ""),
    ("tenure_months", "光纤，五百兆", {"internet_service": "fiber_optic"}, ""),
    ("tenure_months", "一千兆的光纤", {"internet_service": "fiber_optic"}, ""),
    ("tenure_months", "两千兆", {"internet_service": "fiber_optic"}, ""),
    ("tenure_months", "一万兆的", {}, ""),
    ("tenure_months", "三百兆 用了一年", {"tenure_months": 12}, ""),
    ("tenure_months", "一百兆，两年了", {"tenure_months": 24}, ""),
    ("tenure_months", "两年了，一百兆的", {"tenure_months": 24}, ""),
    (
        "tenure_months",
        "光纤，一百兆，用了两年",
        {"internet_service": "fiber_optic", "tenure_months": 24},
        "",
    ),
    ("tenure_months", "一百多兆吧", {}, ""),
    ("tenure_months", "一百二十兆", {}, ""),
    ("tenure_months", "一年", {"tenure_months": 12}, ""),
    ("tenure_months", "用了一百天", {"tenure_months": 3}, ""),
    ("monthly_spend", "一百兆的，一个月九十九", {"monthly_spend": 99.0}, ""),
    ("monthly_spend", "五百兆 每月一百二", {"monthly_spend": 120.0}, ""),
    ("monthly_spend", "五百兆宽带，一个月一百块", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "一百块", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "一百兆", {}, ""),
]

# A start tied to a time of life, without a date, is vague (a date or an amount still counts).
LIFE_TIME_STARTS: list[Case] = [
    ("tenure_months", "大一开学时候办的", {}, "v"),
    ("tenure_months", "高一开学时候办的", {}, "v"),
    ("tenure_months", "刚上初中时候办的", {}, "v"),
    ("tenure_months", "开学时候办的", {}, "v"),
    ("tenure_months", "大一时候办的", {}, "v"),
    ("tenure_months", "读高中时候办的卡", {}, "v"),
    ("tenure_months", "搬家时候装的", {}, "v"),
    ("tenure_months", "上班时候开通的", {}, "v"),
    ("tenure_months", "大一那年办的", {}, "v"),
    ("tenure_months", "大一的时候办的", {}, "v"),
    ("tenure_months", "上大学那会儿就开始用了", {}, "v"),
    ("tenure_months", "大一开学时候办的，三年了", {"tenure_months": 36}, ""),
    ("tenure_months", "大一的时候办的，三年了", {"tenure_months": 36}, ""),
    ("tenure_months", "去年九月开学的时候办的", {"tenure_months": 14}, ""),
    ("tenure_months", "去年九月开学时候办的", {"tenure_months": 14}, ""),
    ("tenure_months", "今年618时候办的", {"tenure_months": 5}, ""),
    ("tenure_months", "去年国庆时候装的", {"tenure_months": 13}, ""),
    ("tenure_months", "有时候装不上", {}, ""),
    ("tenure_months", "到时候再办", {}, ""),
    ("tenure_months", "两年了", {"tenure_months": 24}, ""),
]

# "还能走咋的": leaving asked rhetorically is staying (other plans keep their reading).
RHETORICAL_STAYS: list[Case] = [
    ("churn_intent", "用了十几年了还能走咋的", {"tenure_months": 120, "churn_intent": "stay"}, ""),
    ("churn_intent", "用了十年了还能换咋的", {"tenure_months": 120, "churn_intent": "stay"}, ""),
    ("churn_intent", "都八年了还能走咋地", {"churn_intent": "stay"}, ""),
    ("churn_intent", "还能换咋滴", {"churn_intent": "stay"}, ""),
    (
        "churn_intent",
        "用了十几年了还能走咋的，继续用呗",
        {"tenure_months": 120, "churn_intent": "stay"},
        "",
    ),
    ("churn_intent", "用了十几年了还能走？", {"tenure_months": 120, "churn_intent": "stay"}, ""),
    (
        "churn_intent",
        "用了十几年了还能走到哪去",
        {"tenure_months": 120, "churn_intent": "stay"},
        "",
    ),
    ("churn_intent", "用了十几年了还要走", {"tenure_months": 120, "churn_intent": "leave"}, ""),
    ("churn_intent", "用了十几年了，想走", {"tenure_months": 120, "churn_intent": "leave"}, ""),
    ("churn_intent", "用了十几年了准备走了", {"tenure_months": 120, "churn_intent": "leave"}, ""),
    ("churn_intent", "要换咋的", {"churn_intent": "leave"}, ""),
    ("churn_intent", "还能续咋的", {"churn_intent": "leave"}, ""),
    ("churn_intent", "还续咋的", {"churn_intent": "leave"}, ""),
    ("churn_intent", "不续咋的", {"churn_intent": "leave"}, ""),
    ("churn_intent", "还能不续咋的", {"churn_intent": "stay"}, ""),
]

# Plans said in passing with a hedge, weighed up, or a rival signed with.
HEDGED_PLANS: list[Case] = [
    (
        "satisfaction",
        "4, no real complaints on my end, ill prob renew",
        {"churn_intent": "stay", "satisfaction": 4},
        "",
    ),
    ("satisfaction", "4, ill prob renew", {"churn_intent": "stay", "satisfaction": 4}, ""),
    ("satisfaction", "4, i'll probably renew", {"churn_intent": "stay", "satisfaction": 4}, ""),
    ("satisfaction", "4, probably renewing", {"churn_intent": "stay", "satisfaction": 4}, ""),
    (
        "satisfaction",
        "4 stars, will probably stay with you guys",
        {"churn_intent": "stay", "satisfaction": 4},
        "",
    ),
    ("satisfaction", "4, I'll most likely renew", {"churn_intent": "stay", "satisfaction": 4}, ""),
    ("satisfaction", "4, we'll likely renew tbh", {"churn_intent": "stay", "satisfaction": 4}, ""),
    ("satisfaction", "4, prob gonna stick around", {"churn_intent": "stay", "satisfaction": 4}, ""),
    ("satisfaction", "4, ill prob renew if it gets cheaper", {"satisfaction": 4}, ""),
    (
        "satisfaction",
        "4, my wife will probably renew",
        {"has_partner": True, "satisfaction": 4},
        "",
    ),
    ("satisfaction", "4, probably renew my passport first", {"satisfaction": 4}, ""),
    ("satisfaction", "3, i prob wont renew", {"churn_intent": "leave", "satisfaction": 3}, ""),
    ("satisfaction", "3, probably won't renew", {"churn_intent": "leave", "satisfaction": 3}, ""),
    (
        "satisfaction",
        "3, we probably won't be renewing",
        {"churn_intent": "leave", "satisfaction": 3},
        "",
    ),
    (
        "satisfaction",
        "3, most likely not renewing",
        {"churn_intent": "leave", "satisfaction": 3},
        "",
    ),
    (
        "satisfaction",
        "3, prob not gonna renew the contract",
        {"churn_intent": "leave", "satisfaction": 3},
        "",
    ),
    ("satisfaction", "3, my son probably won't renew", {"satisfaction": 3}, ""),
    ("satisfaction", "2, prob wont renew my gym membership", {"satisfaction": 2}, ""),
    (
        "contract",
        "2 yr contract, ends next summer and i prob wont renew",
        {"churn_intent": "leave", "contract": "two_year"},
        "",
    ),
    (
        "contract",
        "2 yr contract, ill prob renew",
        {"churn_intent": "stay", "contract": "two_year"},
        "",
    ),
    (
        "contract",
        "2 yr contract, my wife prob wont renew hers",
        {"has_partner": True, "contract": "two_year"},
        "",
    ),
    (
        "satisfaction",
        "Honestly mate, I'm on the fence about renewing",
        {"churn_intent": "unsure"},
        "",
    ),
    (
        "satisfaction",
        "3, I'm on the fence about renewing",
        {"churn_intent": "unsure", "satisfaction": 3},
        "",
    ),
    (
        "satisfaction",
        "3, in two minds about switching",
        {"churn_intent": "unsure", "satisfaction": 3},
        "",
    ),
    (
        "satisfaction",
        "3, not sure about renewing tbh",
        {"churn_intent": "unsure", "satisfaction": 3},
        "",
    ),
    ("satisfaction", "3, torn on leaving", {"churn_intent": "unsure", "satisfaction": 3}, ""),
    ("satisfaction", "3, not sure about staying in tonight", {"satisfaction": 3}, ""),
    ("satisfaction", "3, on the fence about switching phones", {"satisfaction": 3}, ""),
    ("satisfaction", "3, on the fence", {"satisfaction": 3}, ""),
    (
        "churn_intent",
        "Honestly mate, I'm on the fence about renewing",
        {"churn_intent": "unsure"},
        "",
    ),
    ("churn_intent", "on the fence about renewing", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "renewing for sure", {"churn_intent": "stay"}, ""),
    (
        "complaint",
        _TELSTRA,
        {
            "churn_intent": "leave",
            "complaint": _TELSTRA,
        },
        "",
    ),
    (
        "satisfaction",
        "3, I've already signed with Vodafone",
        {"churn_intent": "leave", "satisfaction": 3},
        "",
    ),
    (
        "satisfaction",
        "3, already signed up with another provider",
        {"churn_intent": "leave", "satisfaction": 3},
        "",
    ),
    ("satisfaction", "3, just signed with Optus", {"churn_intent": "leave", "satisfaction": 3}, ""),
    ("satisfaction", "3, signed up with you in 2019", {"satisfaction": 3}, ""),
    ("satisfaction", "3, I already signed with the gym", {"satisfaction": 3}, ""),
    ("satisfaction", "3, signed with Vodafone before, they were worse", {"satisfaction": 3}, ""),
    ("churn_intent", "I've already signed with Telstra", {"churn_intent": "leave"}, ""),
    (
        "satisfaction",
        "3分吧，价格有点贵，合约到期可能换",
        {"churn_intent": "unsure", "satisfaction": 3},
        "",
    ),
    ("satisfaction", "3分，合约到期可能会换", {"churn_intent": "unsure", "satisfaction": 3}, ""),
    (
        "satisfaction",
        "3分，合同到了说不定就换了",
        {"churn_intent": "unsure", "satisfaction": 3},
        "",
    ),
    ("satisfaction", "3分，到期可能不续了", {"churn_intent": "unsure", "satisfaction": 3}, ""),
    ("satisfaction", "3分，合约到期没准转网", {"churn_intent": "unsure", "satisfaction": 3}, ""),
    (
        "satisfaction",
        "还行吧，等到期了可能就转网了",
        {"churn_intent": "unsure", "satisfaction": 3},
        "",
    ),
    ("satisfaction", "3分，合约到期就换", {"churn_intent": "leave", "satisfaction": 3}, ""),
    ("satisfaction", "3分，合约到期可能换手机", {"satisfaction": 3}, ""),
    ("satisfaction", "3分，到期可能续", {"satisfaction": 3}, ""),
    ("satisfaction", "4分，手机到期可能换", {"satisfaction": 4}, ""),
    ("satisfaction", "3分，会员到期可能不续了", {"satisfaction": 3}, ""),
    ("satisfaction", "3分，可能换", {"satisfaction": 3}, ""),
    ("churn_intent", "合约到期可能换", {"churn_intent": "unsure"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), SHORT_WITH_US)
def test_short_with_us(
    survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), SPEEDS)
def test_speeds(survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), LIFE_TIME_STARTS)
def test_life_time_starts(
    survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), RHETORICAL_STAYS)
def test_rhetorical_stays(
    survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), HEDGED_PLANS)
def test_hedged_plans(
    survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
