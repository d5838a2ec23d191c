"""Round 19: choices, intentions, ratings and complaints.

Covers: Scots "cannae be bothered" before a switch; a rhetorical "换啥子换" / "走什么走"; "we ain't
goin anywhere" in any answer (not a trip); a contract "a two-year one"; fibre that "ain't made it"
out to the area; a rating reported from "老伴" or given by "my team lead"; the decision put off to
the contract's end ("合约到期再看") in another answer; nothing to complain about in Sichuan
"没得啥子" or written "对贵公司暂无意见".
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # reluctance in Scots denies the switch
    ("churn_intent", "aye staying, cannae be bothered changing", {"churn_intent": "stay"}, ""),
    ("churn_intent", "couldnae be bothered switching tbh", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'll switch once I can be bothered", {"churn_intent": "leave"}, ""),
    # "换什么换": no need to switch
    ("churn_intent", "习惯了，走什么走", {"churn_intent": "stay"}, ""),
    ("churn_intent", "用顺手了，换啥子换嘛", {"churn_intent": "stay"}, ""),
    ("churn_intent", "换！马上换", {"churn_intent": "leave"}, ""),
    # staying put in dialect, in any answer; a trip is no plan to stay
    ("satisfaction", "we aint goin anywhere, hun", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I ain't going anywhere", {"churn_intent": "stay"}, ""),
    # (no stay; "telly" is TV, the movies option)
    (
        "interests",
        "we ain't going anywhere this weekend, just telly",
        {"interests": ["movies"]},
        "",
    ),
    # a term "one" is the contract itself
    ("contract", "it's a two year one I think", {"contract": "two_year"}, ""),
    (
        "churn_intent",
        "contract finishes in May, it's a one year one",
        {"contract": "one_year"},
        "",
    ),
    # fibre not reached the area yet
    (
        "internet_service",
        "old phone line still, fiber ain't made it to our village",
        {"internet_service": "dsl"},
        "",
    ),
    (
        "internet_service",
        "fibre, got it put in last spring",
        {"internet_service": "fiber_optic"},
        "",
    ),
    # a rating reported from somebody else
    (
        "satisfaction",
        "我老伴说你们比原来那家强，给5分，我倒觉得一般般",
        {"satisfaction": 3, "has_partner": True},
        "",
    ),
    (
        "satisfaction",
        "4 overall, though my team leader would give you 2 because of the dropouts",
        {"satisfaction": 4},
        "",
    ),
    ("satisfaction", "老伴挺满意，我也给5分", {"satisfaction": 5, "has_partner": True}, ""),
    # the decision put off to the contract's end
    (
        "satisfaction",
        "4分吧，合同到期了再说",
        {"satisfaction": 4, "churn_intent": "unsure"},
        "",
    ),
    (
        "satisfaction",
        "3分，合约到期就不续了",
        {"satisfaction": 3, "churn_intent": "leave"},
        "",
    ),
    # nothing to complain about, in dialect or in writing
    ("complaint", "暂时没得啥子意见", {}, "v"),
    ("complaint", "就个人而言，对贵公司暂无意见", {}, "v"),
    ("complaint", "没得啥子，就是晚上网慢", {"complaint": "没得啥子，就是晚上网慢"}, ""),
    ("complaint", "信号差得很，经常没得网", {"complaint": "信号差得很，经常没得网"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round19_choices_open(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
