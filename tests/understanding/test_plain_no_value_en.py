"""Answers with no value, in English: vague ones, refusals, and a question back that is neither.

Covers: interests answered with a mixture and nothing named ("a little of this, a little of
that", "bits and bobs"), with "nothing really", with a life called boring, or with free time
slept away ("I just sleep when I'm not working"); a vehicle called home under the city question;
somebody else paying ("I don't pay it, my parents do") and a plan somebody else picked ("whichever
one my dad picked"); a generation instead of an age ("Gen Xer", "Gen-X", "xennial"). Refusals: a
question passed on by its topic ("gonna pass on the age q"), a pass as the whole clause ("I'd
rather pass"), the name said not to matter with an adverb ("my name doesn't really matter").
Doubting the asker ("how do I know you're legit") is a question back, not "I don't know". Near
misses keep their values: an interest named beside the shrug, an amount beside the payer, a
generation beside an age, "I pass the gym every day", a thing handed on ("I'll pass the phone to
my husband"). Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal,
"v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # interests: nothing named
    ("interests", "ya know, a little of this, a little of that", {}, "v"),
    ("interests", "bit of this bit of that", {}, "v"),
    ("interests", "this and that", {}, "v"),
    ("interests", "bits and bobs", {}, "v"),
    ("interests", "odds and ends", {}, "v"),
    ("interests", "bit of everything", {}, "v"),
    ("interests", "nothing really, I'm pretty boring", {}, "v"),
    ("interests", "nothing really", {}, "v"),
    ("interests", "not a lot tbh", {}, "v"),
    ("interests", "I'm pretty boring", {}, "v"),
    ("interests", "honestly I just sleep when I'm not working", {}, "v"),
    ("interests", "when I'm not working I just sleep", {}, "v"),
    ("interests", "on my days off I just sleep", {}, "v"),
    ("interests", "not much, work and sleep", {}, "v"),
    # ... near misses: an interest named
    ("interests", "a little of this and that, mostly gaming", {"interests": ["gaming"]}, ""),
    ("interests", "I'm pretty boring, I just read", {"interests": ["reading"]}, ""),
    ("interests", "nothing really, bit of gaming", {"interests": ["gaming"]}, ""),
    ("interests", "nothing beats a good book", {"interests": ["reading"]}, ""),
    ("interests", "I pass the gym every day", {"interests": ["fitness"]}, ""),
    ("interests", "I only sleep when the baby sleeps", {"has_dependents": True}, ""),
    ("interests", "啥都玩点", {}, "v"),
    # city: a vehicle called home
    ("city", "I'm on the road 300 days a year, the truck's my home lol", {}, "v"),
    ("city", "home is my rig", {}, "v"),
    ("city", "I live in my truck", {}, "v"),
    ("city", "the truck's my home, based in Denver though", {"city": "Denver"}, ""),
    ("city", "I drive a truck out of Leeds", {"city": "Leeds"}, ""),
    # money and plan: somebody else pays or picked
    ("monthly_spend", "I don't pay it, my parents do", {}, "v"),
    ("monthly_spend", "I never pay for it, my husband does", {"has_partner": True}, "v"),
    ("monthly_spend", "my husband pays it", {"has_partner": True}, "v"),
    ("monthly_spend", "my parents pay $40 for my line", {"monthly_spend": 40.0}, ""),
    ("monthly_spend", "I don't pay it, my parents do, it's like $40", {"monthly_spend": 40.0}, ""),
    ("monthly_spend", "I don't pay much, maybe 30", {"monthly_spend": 30.0}, ""),
    ("payment_method", "I don't pay it, my parents do", {}, "v"),
    (
        "payment_method",
        "I don't pay it, my mum does by card",
        {"payment_method": "credit_card"},
        "",
    ),
    ("contract", "whichever one my dad picked, I'm on his plan", {}, "v"),
    ("contract", "whatever my mum set up", {}, "v"),
    ("contract", "whichever one my dad picked, the two year one", {"contract": "two_year"}, ""),
    # age: a generation
    ("age", "I'm a Gen Xer lol", {}, "v"),
    ("age", "Gen-X", {}, "v"),
    ("age", "millennial here", {}, "v"),
    ("age", "boomer lol", {}, "v"),
    ("age", "Gen Z", {}, "v"),
    ("age", "xennial lol", {}, "v"),
    ("age", "八零后", {}, "v"),
    ("age", "millennial, 34", {"age": 34}, ""),
    ("age", "90后，今年36", {"age": 36}, ""),
    # refusals: a pass
    ("age", "gonna pass on the age q", {}, "r"),
    ("age", "eh I'll pass on the age thing", {}, "r"),
    ("has_dependents", "gonna pass on the family stuff ngl", {}, "r"),
    ("age", "pass on this one", {}, "r"),
    ("age", "I'll skip that q", {}, "r"),
    ("age", "I'd rather pass", {}, "r"),
    ("age", "gonna pass", {}, "r"),
    ("age", "年龄这题跳过吧", {}, "r"),
    ("age", "I pass the gym every day", {}, ""),
    ("age", "I'm gonna pass the 2 year mark soon", {}, ""),
    ("age", "I'll pass the phone to my husband", {"has_partner": True}, ""),
    ("age", "I'll pass on the message to my wife", {"has_partner": True}, ""),
    # name: said not to matter, or the asker doubted
    ("name", "my name doesn't really matter for this does it", {}, "r"),
    ("name", "my name doesn't matter", {}, "r"),
    ("name", "my name doesn't really matter, call me Jo", {"name": "Jo"}, ""),
    ("name", "does my name matter?", {}, ""),
    (
        "name",
        "who's asking? had three scam calls this arvo already, how do I know you're legit",
        {},
        "",
    ),
    ("name", "how do I know this is legit", {}, ""),
    ("contract", "how would I know", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
