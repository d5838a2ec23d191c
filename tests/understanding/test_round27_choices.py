"""Numbers, choices and intentions, round 27.

Covers: "one" standing for a plan named before it ("the monthly rolling one", "just a cheap
one"; but "a one year deal", "one year"); a housemate's own plan ("my wife has the 2 year one on
her phone", "我老婆的是两年的"; but "my wife signed us up for 2 years"); not being sure of the
paperwork, no plan ("not sure about the contract bit"; but "not sure about renewing"); an amount
paid by a named means ("I pay £40 by direct debit"; but "paid £300 by card for the phone"); which
part is meant, set against anything else ("网络的还是别的？"); a renewal turned down at the term's
end without 就 ("合约到期不续了"); nowhere to switch to ("往哪换", "换去哪？"; but "不知道往哪换").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("tenure_months", "just a monthly one", {}, ""),
    ("tenure_months", "the 2 year one", {}, ""),
    ("tenure_months", "I'm on a rolling monthly one", {"contract": "month_to_month"}, ""),
    ("tenure_months", "one", {"tenure_months": 1}, ""),
    ("tenure_months", "just one", {"tenure_months": 1}, ""),
    ("tenure_months", "been a year and one month", {"tenure_months": 13}, ""),
    ("tenure_months", "about a year, the basic one", {"tenure_months": 12}, ""),
    (
        "tenure_months",
        "I think the fibre one, one year now",
        {"internet_service": "fiber_optic", "tenure_months": 12},
        "",
    ),
    ("monthly_spend", "the cheap one, one fifty a month", {"monthly_spend": 150.0}, ""),
    (
        "contract",
        "two year, my husband is on the monthly one",
        {"has_partner": True, "contract": "two_year"},
        "",
    ),
    ("contract", "I'm monthly, my son has a 1 year contract", {"contract": "month_to_month"}, ""),
    (
        "contract",
        "我是按月的，我老婆的是两年的",
        {"has_partner": True, "contract": "month_to_month"},
        "",
    ),
    (
        "contract",
        "我老公那个是一年的，我的是月付",
        {"has_partner": True, "contract": "month_to_month"},
        "",
    ),
    (
        "contract",
        "my wife signed us up for 2 years",
        {"has_partner": True, "contract": "two_year"},
        "",
    ),
    ("contract", "一年的，我老公办的", {"has_partner": True, "contract": "one_year"}, ""),
    (
        "payment_method",
        "direct debit, not sure about the contract details",
        {"payment_method": "bank_transfer"},
        "",
    ),
    ("tenure_months", "about 2 years, unsure of the plan type", {"tenure_months": 24}, ""),
    ("payment_method", "银行卡自动扣，不确定合约几年", {"payment_method": "bank_transfer"}, ""),
    (
        "satisfaction",
        "3, not sure about renewing",
        {"churn_intent": "unsure", "satisfaction": 3},
        "",
    ),
    (
        "contract",
        "I pay £40 via direct debit",
        {"monthly_spend": 40.0, "payment_method": "bank_transfer"},
        "",
    ),
    (
        "contract",
        "we pay $55 by credit card",
        {"monthly_spend": 55.0, "payment_method": "credit_card"},
        "",
    ),
    ("contract", "I paid £300 by card for the phone", {"payment_method": "credit_card"}, ""),
    ("complaint", "网络的还是其他的？", {}, ""),
    ("complaint", "是说网络的还是别的？", {}, ""),
    ("complaint", "the internet or something else?", {}, ""),
    (
        "complaint",
        "the internet or something else? the internet is awful",
        {"complaint": "the internet or something else? the internet is awful"},
        "",
    ),
    ("complaint", "要说哪些？网速太慢了", {"complaint": "要说哪些？网速太慢了"}, ""),
    ("complaint", "别的还好，就是网络老断", {"complaint": "别的还好，就是网络老断"}, ""),
    (
        "satisfaction",
        "一般，合同到期了不再续约了",
        {"churn_intent": "leave", "satisfaction": 3},
        "",
    ),
    ("satisfaction", "2分吧，到期以后不续了", {"churn_intent": "leave", "satisfaction": 2}, ""),
    (
        "payment_method",
        "银行卡，合约到期不续了",
        {"churn_intent": "leave", "payment_method": "bank_transfer"},
        "",
    ),
    ("satisfaction", "一般，到期不续的话有违约金吗", {"satisfaction": 3}, ""),
    ("churn_intent", "往哪换啊，就你们一家", {"churn_intent": "stay"}, ""),
    ("churn_intent", "换去哪？这边只有你们", {"churn_intent": "stay"}, ""),
    ("churn_intent", "还能换哪", {"churn_intent": "stay"}, ""),
    ("churn_intent", "往移动那换", {"churn_intent": "leave"}, ""),
    ("churn_intent", "换哪家都一样，还是换吧", {"churn_intent": "leave"}, ""),
    ("churn_intent", "换到哪家比较好？", {}, ""),
    ("churn_intent", "想换，不知道往哪换", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round27_choices(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
