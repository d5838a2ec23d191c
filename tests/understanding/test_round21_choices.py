"""Choice slots, round 21: staying said in other voices, no line at home, a fibre that has not
reached the area, Scots month to month, a payment of an earlier time, and a question about which
question was asked.

Covers: "we'll bide", "no intention of changing", "I shall remain", "I'll continue with you",
"nae plans tae move" (but "no plans to move house"), "where else would I go out here" (but "where
would I go out here to eat"), "mine I'm keeping" (but "I'm keeping my options open"), "免换" (but
"换"), "ain't switchin'" (but "ain't got no internet" is still no line); "up to my mum" is left to
somebody else; "none we use mobile data", "haven't got broadband at all", "tether off my phone"
(but "none, not mobile data, we've got fibre"); "fibre's no reached us" (but "fibre's no bad");
"month tae month", "nae contract"; "I change phones too much" is how often, not an amount (but
"way too much" about the spend stays vague); "此前" puts a payment in the past; "续约那个？" asks
which question it was (but "续约那个吧" answers).
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # staying, in other voices
    ("churn_intent", "aye, we'll bide wi ye", {"churn_intent": "stay"}, ""),
    ("churn_intent", "nae plans tae move elsewhere", {"churn_intent": "stay"}, ""),
    ("churn_intent", "no plans to move house, but I might switch", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "I've no intention of changing, I shall remain", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'll remain a customer", {"churn_intent": "stay"}, ""),
    ("churn_intent", "likely I'll continue with you", {"churn_intent": "stay"}, ""),
    ("churn_intent", "where else would I go out here, honestly", {"churn_intent": "stay"}, ""),
    ("churn_intent", "where am I gonna go round here?", {"churn_intent": "stay"}, ""),
    ("churn_intent", "my dad's cancelling, mine I'm keeping", {"churn_intent": "stay"}, ""),
    ("churn_intent", "my own number I'll keep", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'm keeping my options open", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "习惯了，免换了", {"churn_intent": "stay"}, ""),
    ("churn_intent", "打算换", {"churn_intent": "leave"}, ""),
    ("churn_intent", "I ain't switchin', too old for that", {"churn_intent": "stay"}, ""),
    ("churn_intent", "we ain't leavin", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'm switching next month", {"churn_intent": "leave"}, ""),
    # left to somebody else
    ("churn_intent", "that's up to my dad really", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "up to my nan", {"churn_intent": "unsure"}, ""),
    # which question was it
    ("churn_intent", "等下，你问的啥，续约那个？", {}, ""),
    ("churn_intent", "续约那个吧", {"churn_intent": "stay"}, ""),
    ("churn_intent", "续约那个套餐？", {"churn_intent": "stay"}, ""),
    # no line at home
    ("internet_service", "none we only use phone data", {"internet_service": "none"}, ""),
    ("internet_service", "none. we use mobile data", {"internet_service": "none"}, ""),
    (
        "internet_service",
        "none, not mobile data, we've got fibre",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("internet_service", "haven't got broadband at all", {"internet_service": "none"}, ""),
    ("internet_service", "I just tether off my phone", {"internet_service": "none"}, ""),
    (
        "internet_service",
        "I tether off my phone at work but home is fibre",
        {"internet_service": "fiber_optic"},
        "",
    ),
    (
        "internet_service",
        "me, I ain't got no internet at home, only the phone",
        {"internet_service": "none"},
        "",
    ),
    # fibre that is not there yet
    ("internet_service", "still copper, fibre's no reached us", {"internet_service": "dsl"}, ""),
    ("internet_service", "fibre's no bad, fast enough", {"internet_service": "fiber_optic"}, ""),
    # Scots month to month
    ("contract", "month tae month", {"contract": "month_to_month"}, ""),
    ("contract", "nae contract at all", {"contract": "month_to_month"}, ""),
    ("contract", "nae bother", {}, ""),
    # how often, not how much
    (
        "contract",
        "monthly, no contract, I swap phones too much",
        {"contract": "month_to_month"},
        "",
    ),
    ("monthly_spend", "way too much, mate", {}, "v"),
    # a payment of an earlier time
    ("payment_method", "信用卡自动扣，此前是寄支票", {"payment_method": "credit_card"}, ""),
    ("payment_method", "寄支票", {"payment_method": "mailed_check"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round21_choices(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
