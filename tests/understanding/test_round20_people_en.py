"""People in English answers, round 20: a partner's death said later in the clause, a grandchild
word typed in two, a payment a son or daughter set up, a grown child urging later in the clause,
and the respondent calling themself a kid.

Covers: "my husband sorted the bills before he passed", "until she died last year" (but "before
his dad passed", "since she passed her test", "my husband… since she died" of someone else);
"my grand daughter", "grand kids" (but "my daughter", "a grand total of two kids"); "my daughter
set up direct debit for me" (but "my son set up a lemonade stand, he's 7"); "my son's up north
and always on at me that I should move" (but "always fussing about his homework", a child of 9
"always going on that we should get a dog"); "I'm more of a big kid", "still a kid at heart"
(but "I'm a mum of a big kid, he's 8", "I'm a single mum of two"); "the other half" after "half"
of something and "dating apps" (but "me and the other half", "dating two years"); children
another person raised (but "I raised three kids"); "expecting our first child" (but "our second
baby"); "me don't have any"; "got a boyfriend, we're not living together" (but "we split, we
don't live together any more", "we don't live together"); "nobody at home depending on me" said
last (but "my daughter's 7, nobody else depending on me"); "our firstborn", "my first was born"
(but "my first car", "my first job"); a partner's child who stays at weekends (but "my partner's
son lives with us full time", "my son stays with us every other weekend").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a partner's death said later in the clause, of "he" or "she"
    (
        "has_partner",
        "my wife handled all the bills until she died last year",
        {"has_partner": False},
        "",
    ),
    (
        "has_partner",
        "my hubby took care of everything till he died in 2020",
        {"has_partner": False},
        "",
    ),
    (
        "has_partner",
        "my husband did the paperwork before he passed away",
        {"has_partner": False},
        "",
    ),
    (
        "has_partner",
        "my husband has been great since she died, my mum I mean",
        {"has_partner": True},
        "",
    ),
    (
        "has_partner",
        "my wife has been more relaxed since she passed her driving test",
        {"has_partner": True},
        "",
    ),
    ("has_partner", "my boyfriend pays since he passed his exams", {"has_partner": True}, ""),
    ("has_partner", "my husband sorted it before his dad passed", {"has_partner": True}, ""),
    # a grandchild word typed in two
    ("age", "one sec, my grand son wants his juice, he's 4", {}, ""),
    ("has_dependents", "my grand kids come round on sundays", {}, ""),
    ("has_dependents", "my daughter wants the ipad", {"has_dependents": True}, ""),
    ("has_dependents", "a grand total of two kids", {"has_dependents": True}, ""),
    # a payment set up by a son or daughter
    (
        "payment_method",
        "my daughter set up direct debit for me",
        {"payment_method": "bank_transfer"},
        "",
    ),
    ("has_dependents", "my son set up a lemonade stand, he's 7", {"has_dependents": True}, ""),
    # a grown child urging later in the clause
    (
        "has_dependents",
        "My son's over in Leeds and always on at me that I should move nearer",
        {},
        "",
    ),
    ("has_dependents", "my son's always fussing about his homework", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "my daughter is always going on that we should get a dog, she's 9",
        {"has_dependents": True},
        "",
    ),
    # the respondent calling themself a kid
    (
        "gender",
        "Bloke. The wife says I'm more of a big kid though",
        {"gender": "male", "has_partner": True},
        "",
    ),
    ("gender", "female, but honestly I'm still a kid at heart", {"gender": "female"}, ""),
    ("has_dependents", "I'm a mum of a big kid, he's 8", {"has_dependents": True}, ""),
    ("has_dependents", "I'm with the kids all day", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "I'm a single mum of two",
        {"has_partner": False, "has_dependents": True},
        "",
    ),
    # "the other half" of something halved before, and dating as a service
    ("city", "half my cousins are in Lagos and the other half in Leeds", {}, ""),
    ("has_partner", "me and the other half", {"has_partner": True}, ""),
    ("has_partner", "lol are you lot running a dating app now", {}, ""),
    ("has_partner", "we've been dating two years", {"has_partner": True}, ""),
    # children another person raised, and the baby of a first pregnancy
    ("name", "Ama, after my nan who raised seven kids", {"name": "Ama"}, ""),
    (
        "has_dependents",
        "I raised three kids on my own, they're 5, 8 and 11",
        {"has_dependents": True},
        "",
    ),
    (
        "has_dependents",
        "she's expecting our first child in June, so none yet",
        {"has_dependents": False},
        "",
    ),
    ("has_dependents", "we're expecting our second baby in May", {"has_dependents": True}, ""),
    # "me don't" as "I don't"
    ("has_dependents", "my sister got three. me don't have any", {"has_dependents": False}, ""),
    ("has_dependents", "me don't mind telling you, two boys", {"has_dependents": True}, ""),
    # a couple not living together yet
    ("has_partner", "I have a boyfriend but we're not living together", {"has_partner": True}, ""),
    (
        "has_partner",
        "my girlfriend and I split, we don't live together any more",
        {"has_partner": False},
        "",
    ),
    ("has_partner", "we don't live together", {"has_partner": False}, ""),
    # nobody depending on the respondent, said last
    (
        "has_dependents",
        "my boy's 35 with kids of his own, so nobody at home depending on me now",
        {"has_dependents": False},
        "",
    ),
    (
        "has_dependents",
        "my daughter's 7, nobody else depending on me",
        {"has_dependents": True},
        "",
    ),
    # a first child born, as "my first" or "firstborn"
    (
        "has_dependents",
        "our firstborn arrived in may, no sleep since",
        {"has_dependents": True},
        "",
    ),
    ("gender", "male, our firstborn is 2", {"gender": "male", "has_dependents": True}, ""),
    ("has_dependents", "my first car was a mini", {}, ""),
    ("has_dependents", "my first job was at a bank", {}, ""),
    # a partner's child who stays part of the time
    ("has_dependents", "my wife's daughter stays with us at weekends", {"has_partner": True}, ""),
    (
        "has_dependents",
        "my partner's son lives with us full time",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    ("has_dependents", "my son stays with us every other weekend", {"has_dependents": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round20_people_en(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
