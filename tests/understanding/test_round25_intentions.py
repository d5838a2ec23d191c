"""Intentions and choice options, round 25.

Covers: an exception named as a condition ("续约？除非降价", "不会换，除非搬家";
but "继续用，除了网速有点慢"); a shrug about other people's plans, then the respondent's own
word ("我室友说要换移动，我无所谓，反正我不换"; but "无所谓", "无所谓，我不知道"); Scots
undecided ("havenae decided yet", "I'm no decided"; but "dinnae ken yet", vague); a yes made
sure ("yes definitely", "是的肯定"; but "yes definitely not"); a leaving said as a chance
under another question ("might switch to Smart honestly", "3, may leave"; but "might switch
to smart meters", "my sister might switch to Smart", "3, thinking of switching phones", "3,
might leave early today"); "not going anywhere" with a night in after it ("4, I am not going
anywhere tonight"; but "… anytime soon", "… this year"); a term's deal named under the tenure
question ("I'm on the 24 month deal"; but "24 months, great deal"); a monthly payment beside
a fixed term ("一年的，每月自动扣", "two year contract, paid monthly"; but
"一年的合约到期了，现在按月"); a part of the service asked back ("like the wifi or the phone
line?").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("churn_intent", "续约？除非降价", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "不会换，除非搬家", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "除非你们涨价，否则一直用", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "继续用，除了网速有点慢", {"churn_intent": "stay"}, ""),
    ("churn_intent", "会续约，除了价格别的都满意", {"churn_intent": "stay"}, ""),
    ("churn_intent", "stay, unless the price goes up", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "我室友说要换移动，我无所谓，反正我不换", {"churn_intent": "stay"}, ""),
    ("churn_intent", "无所谓，反正我不换", {"churn_intent": "stay"}, ""),
    ("churn_intent", "无所谓，我不知道", {}, "v"),
    ("churn_intent", "无所谓", {}, "v"),
    ("churn_intent", "换不换都无所谓", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "havenae decided yet", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "I'm no decided yet", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "hivnae decided", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "dinnae ken yet", {}, "v"),
    ("churn_intent", "dinnae ken", {}, "v"),
    ("churn_intent", "haven't decided yet", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "yes definitely", {"churn_intent": "stay"}, ""),
    ("churn_intent", "yeah for sure", {"churn_intent": "stay"}, ""),
    ("churn_intent", "yep absolutely", {"churn_intent": "stay"}, ""),
    ("churn_intent", "是的肯定", {"churn_intent": "stay"}, ""),
    ("churn_intent", "yes definitely, been with you ages", {"churn_intent": "stay"}, ""),
    ("churn_intent", "definitely yes", {"churn_intent": "stay"}, ""),
    ("churn_intent", "yes definitely not", {}, ""),
    ("churn_intent", "no definitely not", {}, ""),
    ("churn_intent", "yeah maybe", {"churn_intent": "unsure"}, ""),
    ("has_partner", "yes definitely", {"has_partner": True}, ""),
    (
        "satisfaction",
        "4, not going anywhere anytime soon",
        {"churn_intent": "stay", "satisfaction": 4},
        "",
    ),
    (
        "satisfaction",
        "4, I am not going anywhere this year",
        {"churn_intent": "stay", "satisfaction": 4},
        "",
    ),
    ("satisfaction", "4, not going anywhere in this snow", {"satisfaction": 4}, ""),
    ("churn_intent", "not going anywhere", {"churn_intent": "stay"}, ""),
    ("satisfaction", "might switch to Smart honestly", {"churn_intent": "unsure"}, ""),
    ("satisfaction", "might switch to Globe tbh", {"churn_intent": "unsure"}, ""),
    (
        "satisfaction",
        "2, might switch to Safaricom",
        {"churn_intent": "unsure", "satisfaction": 2},
        "",
    ),
    ("satisfaction", "3, may leave", {"churn_intent": "unsure", "satisfaction": 3}, ""),
    (
        "satisfaction",
        "3, may leave soon honestly",
        {"churn_intent": "unsure", "satisfaction": 3},
        "",
    ),
    # (right after a rating the switch weighed is of the service: unsure, see round 36)
    ("satisfaction", "3, thinking of switching", {"churn_intent": "unsure", "satisfaction": 3}, ""),
    (
        "satisfaction",
        "3, thinking of switching to Airtel",
        {"churn_intent": "unsure", "satisfaction": 3},
        "",
    ),
    (
        "complaint",
        "slow every night, might switch providers",
        {"churn_intent": "unsure", "complaint": "slow every night, might switch providers"},
        "",
    ),
    (
        "monthly_spend",
        "80 a month, might leave you guys",
        {"churn_intent": "unsure", "monthly_spend": 80.0},
        "",
    ),
    ("satisfaction", "might switch to smart meters", {}, ""),
    ("satisfaction", "3, might leave early today", {"satisfaction": 3}, ""),
    ("satisfaction", "3, thinking of switching phones", {"satisfaction": 3}, ""),
    ("satisfaction", "3, might move house", {"satisfaction": 3}, ""),
    ("satisfaction", "3, not thinking of switching", {"satisfaction": 3}, ""),
    ("satisfaction", "I don't think I'll switch", {}, ""),
    ("satisfaction", "my sister might switch to Smart", {}, ""),
    ("interests", "might switch to cricket", {"interests": ["sports"]}, ""),
    ("satisfaction", "2, could go elsewhere", {"churn_intent": "unsure", "satisfaction": 2}, ""),
    ("age", "34, might leave the country", {"age": 34}, ""),
    ("satisfaction", "4, I ain't going anywhere this weekend", {"satisfaction": 4}, ""),
    ("satisfaction", "4, not going anywhere this weekend", {"satisfaction": 4}, ""),
    ("satisfaction", "4, I'm not going anywhere tonight", {"satisfaction": 4}, ""),
    ("satisfaction", "4, I am not going anywhere tonight", {"satisfaction": 4}, ""),
    ("satisfaction", "4, I am not going anywhere", {"churn_intent": "stay", "satisfaction": 4}, ""),
    ("churn_intent", "I'm not going anywhere tonight", {}, ""),
    ("tenure_months", "I'm on the 24 month deal if that helps", {"contract": "two_year"}, ""),
    (
        "tenure_months",
        "on a 12 month deal, been with you since 2020",
        {"contract": "one_year", "tenure_months": 72},
        "",
    ),
    (
        "satisfaction",
        "I'm on the 24 month deal, 4 out of 5",
        {"contract": "two_year", "satisfaction": 4},
        "",
    ),
    (
        "satisfaction",
        "the 12-month deal was good value, 4",
        {"contract": "one_year", "satisfaction": 4},
        "",
    ),
    ("tenure_months", "24 months I think", {"tenure_months": 24}, ""),
    ("tenure_months", "24 months, great deal", {"tenure_months": 24}, ""),
    ("tenure_months", "two years, got a good deal", {"tenure_months": 24}, ""),
    ("contract", "一年的，每月自动扣", {"contract": "one_year"}, ""),
    ("contract", "两年合约，按月扣费", {"contract": "two_year"}, ""),
    ("contract", "two year contract, paid monthly", {"contract": "two_year"}, ""),
    ("contract", "one year, 50 per month", {"monthly_spend": 50.0, "contract": "one_year"}, ""),
    (
        "contract",
        "12 month contract but I pay monthly by card",
        {"payment_method": "credit_card", "contract": "one_year"},
        "",
    ),
    ("contract", "一年的合约到期了，现在按月", {"contract": "month_to_month"}, ""),
    ("contract", "was on a one year, now monthly", {"contract": "month_to_month"}, ""),
    ("contract", "每月自动扣", {"contract": "month_to_month"}, ""),
    ("contract", "monthly", {"contract": "month_to_month"}, ""),
    ("contract", "一年的，后来改成按月交了", {"contract": "month_to_month"}, ""),
    ("contract", "两年的？不对，是按月的", {"contract": "month_to_month"}, ""),
    ("complaint", "like the wifi or the phone line?", {}, ""),
    ("complaint", "you mean the broadband or the phone line?", {}, ""),
    ("satisfaction", "the wifi or the phone line?", {}, ""),
    ("complaint", "说宽带还是电话线？", {}, ""),
    (
        "complaint",
        "the phone line keeps dropping, the wifi too",
        {"internet_service": "dsl", "complaint": "the phone line keeps dropping, the wifi too"},
        "",
    ),
    (
        "complaint",
        "wifi or phone line, both are rubbish",
        {"internet_service": "dsl", "complaint": "wifi or phone line, both are rubbish"},
        "",
    ),
    ("internet_service", "phone line I think", {"internet_service": "dsl"}, ""),
    ("satisfaction", "might switch to Vodafone honestly", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "yes", {"churn_intent": "stay"}, ""),
    ("churn_intent", "no", {"churn_intent": "leave"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round25_intentions(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
