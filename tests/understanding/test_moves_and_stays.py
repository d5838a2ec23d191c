"""Moves, trips and stays: where the respondent lives, and whether a move is leaving the provider.

Covers: a stay for a season beside the home said outright ("staying in Paris for the summer, I live
in Lyon" → Lyon; the stay alone gives nothing); a bare town beside a move somebody else urges or
one still planned ("Hamilton. my kids keep telling me to move to Auckland" → Hamilton,
"宁乡，我女儿一直劝我搬去长沙" → 宁乡); a move still to come is no home, even as the only place
named under the city question, but a vague answer ("moving to Bristol next month", "下个月搬去
成都"; not "just moved to Bristol", "搬去昆明一年了", "去年年底搬到济南", "since moving to
Leeds"); a city's people named as the answer ("East Londoner" → London, "Dubliner born and
bred" → Dublin; "ex-Londoner" nothing, "Londoner, live in Hove now" → Hove, "正宗四川人" a
province, no city); a trip abroad is no leaving ("another week and I'm off to Spain"; but
"heading back to India for good", "we're moving to Spain in June"); the survey left is not the
provider ("I'm done with this survey",
"问卷做完我就走了"; but "I'm done with you lot"); "leaving isn't something I want to do" states no
leaving under another question; a switch judged a hassle is staying, with or without a space or
太 ("换 太麻烦了", "换号太麻烦"; but "我要换 麻烦你们帮我办一下", "换麻烦吗？").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

C = "city"
I = "churn_intent"  # noqa: E741
S = "satisfaction"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a stay for a season beside the home said outright
    (C, "staying in Paris for the summer, I live in Lyon", {C: "Lyon"}, ""),
    (C, "staying in Nice for the summer, I live in Lyon", {C: "Lyon"}, ""),
    (C, "staying in Rome over the holidays, home is Kearney", {C: "Kearney"}, ""),
    (C, "we're in Cornwall for the weekend, we live in Leeds", {C: "Leeds"}, ""),
    (C, "staying in Paris for the summer", {}, ""),
    (C, "staying in Bath over the holidays", {}, ""),
    (C, "living in Kearney for now", {C: "Kearney"}, ""),
    (C, "I live in Lyon, it's lovely in the summer", {C: "Lyon"}, ""),
    (C, "暑假在大理住，我住昆明", {C: "Kunming"}, ""),
    (C, "这个暑假住大理，平时住昆明", {C: "Kunming"}, ""),
    (C, "寒假在三亚，家在哈尔滨", {C: "Harbin"}, ""),
    (C, "暑假在大理住", {}, ""),
    # a bare town beside a move urged, considered or planned
    (C, "Hamilton. my kids keep telling me to move to Auckland", {C: "Hamilton"}, ""),
    (C, "Hamilton, my daughter wants me to move to Wellington", {C: "Hamilton"}, ""),
    (C, "Hamilton, moving to Auckland next month", {C: "Hamilton"}, ""),
    (C, "Wellington. my kids keep telling me to move to Auckland", {C: "Wellington"}, ""),
    (C, "宁乡，我女儿一直劝我搬去长沙", {C: "宁乡"}, ""),
    (C, "my kids keep telling me to move to Auckland", {}, ""),
    (C, "我妹一直劝我搬去成都", {}, ""),
    # a move still to come is no home; a move made is
    # (changed to vague: dev labels a bare move of one's own still to come so, "moving to calgary
    # next month")
    (C, "moving to Bristol next month", {}, "v"),
    (C, "we're moving to Leeds in the spring", {}, "v"),
    # (changed to vague: dev labels a bare move of one's own still to come so, "下个月搬去南宁")
    (C, "下个月搬去成都", {}, "v"),
    (C, "明年要搬到重庆", {}, "v"),
    (C, "年底搬去大理", {}, "v"),
    (C, "Bath for now, moving to Bristol next month", {C: "Bath"}, ""),
    (C, "现在在绵阳，下个月搬去成都", {C: "Mianyang"}, ""),
    (C, "just moved to Bristol", {C: "Bristol"}, ""),
    (C, "moved to Bristol last month", {C: "Bristol"}, ""),
    (C, "since moving to Leeds the wifi has been rubbish", {C: "Leeds"}, ""),
    (C, "刚搬到成都", {C: "Chengdu"}, ""),
    (C, "搬去昆明一年了", {C: "Kunming"}, ""),
    (C, "去年年底搬到济南", {C: "Jinan"}, ""),
    # a city's people named as the answer
    (C, "East Londoner", {C: "London"}, ""),
    (C, "Londoner", {C: "London"}, ""),
    (C, "a proud Glaswegian", {C: "Glasgow"}, ""),
    (C, "Dubliner born and bred", {C: "Dublin"}, ""),
    (C, "New Yorker", {C: "New York"}, ""),
    (C, "ex-Londoner", {}, ""),
    (C, "Londoner, live in Hove now", {C: "Hove"}, ""),
    (C, "Londoner but I live in Leeds", {C: "Leeds"}, ""),
    ("age", "I'm a Londoner, 35", {"age": 35}, ""),
    (C, "地道成都人", {C: "Chengdu"}, ""),
    (C, "正宗四川人", {}, ""),
    (C, "地道湖南人", {}, ""),
    # a trip abroad is no leaving; a move abroad, or going for good, is
    (I, "another week and I'm off to Spain", {}, ""),
    (I, "off to Portugal next month, back in June", {}, ""),
    (I, "heading to Japan for a fortnight", {}, ""),
    (I, "过两天去三亚玩", {}, ""),
    (I, "下个月去日本玩几天", {}, ""),
    (I, "下个月搬去成都", {}, ""),
    (I, "heading back to India for good", {I: "leave"}, ""),
    (I, "we're moving to Spain in June", {I: "leave"}, ""),
    (I, "going to Australia to live next year", {I: "leave"}, ""),
    (I, "年底要搬去日本了", {I: "leave"}, ""),
    (I, "下个月搬去成都，到时候就不用了", {I: "leave"}, ""),
    (I, "moving to Bristol next month so I'll be cancelling", {I: "leave"}, ""),
    # the survey left, not the provider
    (I, "I'm staying, one more question and I'm done with this survey", {I: "stay"}, ""),
    (C, "I'm staying, one more question and I'm done with this survey", {}, ""),
    (I, "I'm done with this survey", {}, ""),
    (I, "one more question and I'm out", {}, ""),
    (I, "问卷做完我就走了", {}, ""),
    (I, "答完这几道题我就撤了", {}, ""),
    (I, "续，问卷做完我就走了", {I: "stay"}, ""),
    (I, "I'm done with you lot", {I: "leave"}, ""),
    (I, "one more question and I'm switching to Vodafone", {I: "leave"}, ""),
    (I, "问题不解决我就走", {I: "unsure"}, ""),
    # leaving not wanted, said under another question
    (S, "leaving isn't something I want to do on a survey", {}, ""),
    ("complaint", "leaving isn't something I want to do", {}, ""),
    (I, "leaving isn't something I want to do", {I: "stay"}, ""),
    (S, "leaving you lot, 1", {I: "leave", S: 1}, ""),
    # a switch judged a hassle, with or without a space
    (I, "换 太麻烦了", {I: "stay"}, ""),
    (I, "换太麻烦了", {I: "stay"}, ""),
    (I, "换号 太麻烦", {I: "stay"}, ""),
    (I, "换运营商麻烦", {I: "stay"}, ""),
    (I, "换起来太折腾了", {I: "stay"}, ""),
    (I, "转网太麻烦了", {I: "stay"}, ""),
    (I, "换起来太麻烦，但还是要换", {I: "leave"}, ""),
    (I, "换麻烦吗？", {}, ""),
    (I, "我要换 麻烦你们帮我办一下", {I: "leave"}, ""),
    (S, "换太麻烦了", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_moves_and_stays(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
