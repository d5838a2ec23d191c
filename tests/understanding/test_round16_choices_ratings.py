"""Ratings, intentions and vague answers in dialect and chat (round 16 rules).

Covers: a rating given to "ye", "yez", "youse" or patois "unu"; a question about the scale ("A还是
B？"); a score given by "he" or "she" while the respondent's own is still to come; a score given
to a mood or to the speaker ("I'm a 1 lol"), and "N from me"; somebody else's rating out of ten,
which leaves the respondent's unsaid, not unusable; a threat with a time between ("再这样…到期就
换"), a failure then leaving ("不行就换联通"), written conditions ("视情况而定", "若…则"), "到时候再
看", a number to be stopped, a fee asked about in an if-clause, the hassle of switching, "我自己的
话" after other people's plans, "going nowhere" in patois and Irish English, dropped g's ("thinkin
of leavin"); the time with us said with "ye" or "I am with you"; papers done by somebody else and
not knowing what was signed; a hold to go and ask somebody.
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a rating given to "ye", "yez", "youse" or "unu" rates the provider
    ("satisfaction", "I'd give ye a 3, it's grand", {"satisfaction": 3}, ""),
    ("satisfaction", "honestly I'd give yez a 5, never a bother", {"satisfaction": 5}, ""),
    ("satisfaction", "Mi give unu a 4 still", {"satisfaction": 4}, ""),
    ("contract", "I'd give youse 4 stars, no complaints", {"satisfaction": 4}, "v"),
    ("satisfaction", "I'd give Bernie a 2", {}, ""),
    ("satisfaction", "I'd give her a 5, the lady in the shop", {}, ""),
    # a question about the scale rates nothing
    ("satisfaction", "5分是满分还是1分是满分？", {}, ""),
    ("satisfaction", "还是给4分", {"satisfaction": 4}, ""),
    ("satisfaction", "还是5分吧", {"satisfaction": 5}, ""),
    # "he" or "she" scores; the respondent's own is still to come
    ("satisfaction", "她说给4分，我还没想好", {}, "v"),
    ("satisfaction", "他给了5分，等我们商量好了，我还没想好", {}, "v"),
    ("satisfaction", "她给了5分，我给3分", {"satisfaction": 3}, ""),
    ("satisfaction", "给他们打4分吧", {"satisfaction": 4}, ""),
    ("satisfaction", "he'd give you a 2, not sure myself yet", {}, "v"),
    (
        "satisfaction",
        "my boss rates ye 2, I need a few more weeks before I judge",
        {},
        "v",
    ),
    # somebody else's rating out of ten leaves the respondent's own unsaid, not unusable
    ("satisfaction", "My buddy gives you 10 out of 10, I'm on the phone, ask me later", {}, ""),
    ("satisfaction", "my brother says 9/10 but I'd go 4", {"satisfaction": 4}, ""),
    ("satisfaction", "8/10", {}, "v"),
    # a score of a mood or of the speaker gives way to the score of the service
    ("satisfaction", "I'm a 3 on mood today but ye get 5 from me", {"satisfaction": 5}, ""),
    ("satisfaction", "mood's a 1, the broadband 4", {"satisfaction": 4}, ""),
    ("satisfaction", "I'm a 4 I'd say", {"satisfaction": 4}, ""),
    ("satisfaction", "works grand, 4 from me", {"satisfaction": 4}, ""),
    # a threat with a time between, and a failure then leaving, are conditions
    ("churn_intent", "再这样下去合约到期就换", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "合约到期就不续了", {"churn_intent": "leave"}, ""),
    ("satisfaction", "4分吧，实在不行就换电信", {"satisfaction": 4, "churn_intent": "unsure"}, ""),
    ("satisfaction", "3分，手机不行就换个新的", {"satisfaction": 3}, ""),
    # written conditions and "到时候再看"
    ("churn_intent", "若价格不变则续约", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "视价格而定吧", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "若无意外，会继续用下去", {"churn_intent": "stay"}, ""),
    ("churn_intent", "春节后搬家，到时再看", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "到时候肯定续", {"churn_intent": "stay"}, ""),
    # a number to be stopped at a time to come is leaving
    ("churn_intent", "年底去澳洲定居，这张卡以后就停掉了", {"churn_intent": "leave"}, ""),
    ("churn_intent", "我妈出国了，她的号停了，我的还用", {}, ""),
    # a fee asked about in an if-clause decides nothing; a consequence does
    ("churn_intent", "如果我明年不续约，要赔钱吗？", {}, ""),
    ("churn_intent", "if I cancel now is there a penalty?", {}, ""),
    ("churn_intent", "如果涨价我就换，违约金多少？", {"churn_intent": "unsure"}, ""),
    # the hassle of switching is a reason to stay
    ("churn_intent", "续吧，转网太麻烦了", {"churn_intent": "stay"}, ""),
    ("churn_intent", "不换了，换一家太麻烦", {"churn_intent": "stay"}, ""),
    # "我自己的话" sets the respondent against others, it is no condition
    ("churn_intent", "我哥想换移动，我自己的话继续用", {"churn_intent": "stay"}, ""),
    ("churn_intent", "价格合适的话我就续", {"churn_intent": "unsure"}, ""),
    # "going nowhere" in patois and Irish English is staying; stuck "going nowhere fast" is not
    ("churn_intent", "mi nah go nowhere, unu treat mi good", {"churn_intent": "stay"}, ""),
    ("churn_intent", "sure I'm going nowhere", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'm going nowhere fast with this bill lol", {}, ""),
    # dropped g's: weighing it up
    ("satisfaction", "thinkin bout cancellin tbh", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "leavin next month, signed with vodafone", {"churn_intent": "leave"}, ""),
    # the time with us with "ye" or "I am with you"
    (
        "churn_intent",
        "12 years with ye, staying put",
        {"churn_intent": "stay", "tenure_months": 144},
        "",
    ),
    ("satisfaction", "6 years I am with you, 4", {"satisfaction": 4, "tenure_months": 72}, ""),
    # papers done by somebody else, or not knowing what was signed, answers vaguely
    ("contract", "the lad from the shop did all the forms for me", {}, "v"),
    ("contract", "I haven't the foggiest what I signed up for", {}, "v"),
    (
        "contract",
        "my wife did the papers, it's a one year deal",
        {"contract": "one_year", "has_partner": True},
        "",
    ),
    ("internet_service", "some router my nephew installed, don't ask me what it is", {}, "v"),
    (
        "internet_service",
        "don't ask me what it is, fibre I think",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("payment_method", "交费的事由我儿子负责", {}, "v"),
    ("payment_method", "我从不过问，都是家里人弄", {}, "v"),
    # held to go and ask somebody: no answer yet; without the hold, left to them: vague
    (
        "monthly_spend",
        "hold on, my husband pays the bills, let me ask him",
        {"has_partner": True},
        "",
    ),
    (
        "monthly_spend",
        "I'd need to check, my wife deals with the bills",
        {"has_partner": True},
        "v",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round16_choices_ratings(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
