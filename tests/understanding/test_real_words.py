"""Real words one edit from a survey word are no typos: "saying" is not "staying".

The typo corrector still fixes misspellings ("satsified", "seperated", "brodband") and the dropped
g's and singulars meant as the survey word ("lookin", "the odd concert"), but leaves alone the
everyday words that only look like one: "either" is no "neither", "shipping" no "shopping",
"separate" phones no "separated" couple. Each reading row is (asked slot, message, exact values).
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey
from bot.understanding.lexicon import Lexicon
from bot.understanding.model import survey_model
from bot.understanding.real_words import REAL_WORDS

from .conftest import check_reading

REAL = [
    "saying",
    "either",
    "shipping",
    "separate",
    "coming",
    "contact",
    "leading",
    "paying",
    "misses",
    "possible",
    "terribly",
    "provided",
    "arent",
    "looked",
    "round",
    "worried",
]

TYPOS = [
    ("satisifed", "satisfied"),
    ("satsified", "satisfied"),
    ("satisfued", "satisfied"),
    ("disatisfied", "dissatisfied"),
    ("seperated", "separated"),
    ("maried", "married"),
    ("divorcd", "divorced"),
    ("contarct", "contract"),
    ("swiching", "switching"),
    ("stayng", "staying"),
    ("leavng", "leaving"),
    ("brodband", "broadband"),
    ("electonic", "electronic"),
    ("tranfser", "transfer"),
    ("cancelld", "cancelled"),
    # dropped g's, common slips and forms of the same word, meant as the survey word
    ("lookin", "looking"),
    ("thinkin", "thinking"),
    ("cloths", "clothes"),
    ("coarse", "course"),
    ("concert", "concerts"),
    ("teenage", "teenager"),
    ("divorce", "divorced"),
]

CASES: list[tuple[str, str, dict[str, Any]]] = [
    # real words that look like a survey word one letter off
    ("churn_intent", "I'm just saying the price is high", {}),
    ("has_partner", "either way I'm single", {"has_partner": False}),
    ("churn_intent", "either way I'm staying", {"churn_intent": "stay"}),
    ("has_partner", "married, separate phones though", {"has_partner": True}),
    (
        "payment_method",
        "separate card for bills, credit card",
        {"payment_method": "credit_card"},
    ),
    ("interests", "I work in shipping, spare time it's mostly reading", {"interests": ["reading"]}),
    ("interests", "coming home late most days, I just read", {"interests": ["reading"]}),
    # misspellings and forms of the survey word still read
    ("satisfaction", "satsified", {"satisfaction": 4}),
    ("has_partner", "seperated", {"has_partner": False}),
    ("churn_intent", "stayng put", {"churn_intent": "stay"}),
    ("interests", "mostly cooking and the odd concert", {"interests": ["food", "music"]}),
]


@pytest.fixture(scope="module")
def lexicon(survey: Survey) -> Lexicon:
    return survey_model(survey).lexicon


@pytest.mark.parametrize("word", REAL)
def test_real_words_are_left_alone(lexicon: Lexicon, word: str) -> None:
    assert lexicon.correct(word) == word


@pytest.mark.parametrize(("typo", "fixed"), TYPOS)
def test_typos_are_still_fixed(lexicon: Lexicon, typo: str, fixed: str) -> None:
    assert typo not in REAL_WORDS
    assert lexicon.correct(typo) == fixed


def test_real_words_are_lowercase_words() -> None:
    assert all(w.isalpha() and w.islower() for w in REAL_WORDS)


@pytest.mark.parametrize(("asked", "text", "expected"), CASES)
def test_real_words(survey: Survey, asked: str, text: str, expected: dict[str, Any]) -> None:
    check_reading(survey, asked, text, expected, "")
