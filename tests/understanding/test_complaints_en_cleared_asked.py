"""English answers to the complaint question: cleared, asked back, held, blamed, declined.

Covers: the provider cleared now, with a fault of the past set right, praise, another party's
trouble or a joke taken back around it ("there was an outage in March but you had it fixed within
the hour, so no beef here", "Rogers drove me nuts. Since switching to you, nothing to report",
"…jk ur fine": vague; "no issues with billing, but the wifi drops every night", "you're no
better": complaints); a question about complaining or what may be said, and a pause with the
interruption told ("how to complain to IMDA one? just asking", "give me five minutes": neither;
"who do I complain to about the constant dropouts?" is a complaint); the provider's own fault
named after clearing it of another, and staff who do nothing ("what is your fault is the
broadband dropping", "customer care keep saying 'ticket raised' and nothing happens"); a mood
"getting me down" (no outage); the answer kept for another channel, or not repeated in Pidgin
(refusals); an ultimatum ("fix it or I'm leaving": unsure), a switch with its time and a formal
"shall not be renewing" (leave); a price now after an old one said of the bill; "nothing" as a
word of the sentence ("nothing like what was advertised": no "none" for the internet question).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading


def _c(text: str, **more: Any) -> tuple[str, str, dict[str, Any], str]:
    """A complaint row: the whole text is the complaint, with any other values."""
    return ("complaint", text, {"complaint": text, **more}, "")


CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # cleared: a fault set right, praise, others' trouble, a joke taken back
    (
        "complaint",
        "Honestly no issues, your team sorted my connection the same day itself.",
        {},
        "v",
    ),
    ("complaint", "No issues, your engineer fixed the router the same day.", {}, "v"),
    (
        "complaint",
        "There was an outage last week but you fixed it within an hour, so no complaints.",
        {},
        "v",
    ),
    ("complaint", "Earlier the wifi was slow, but after the router swap it's fine now.", {}, "v"),
    (
        "complaint",
        "Had a billing mistake in May but it was corrected and I was credited. Nothing else.",
        {},
        "v",
    ),
    ("complaint", "No concerns at this time. The broadband has exceeded expectations.", {}, "v"),
    (
        "complaint",
        "You guys have been brilliant, the lady on the phone sorted my bill in minutes.",
        {},
        "v",
    ),
    (
        "complaint",
        "Vodafone drove me mad for years. Since moving to you, nothing to report.",
        {},
        "v",
    ),
    ("complaint", "My brother's provider is the one with problems. We've been lucky.", {}, "v"),
    (
        "complaint",
        "My landlord is the only thing annoying me this month. The internet's fine.",
        {},
        "v",
    ),
    ("complaint", "I'm fighting the council over parking, that's my gripe, not yours.", {}, "v"),
    (
        "complaint",
        "Nothing from your side. Only thing upsetting me is the Springboks losing.",
        {},
        "v",
    ),
    ("complaint", "Mi cyaan complain, everything good.", {}, "v"),
    ("complaint", "Hakuna matata, all good so far.", {}, "v"),
    ("complaint", "why is the sky blue? because your wifi is so fast. jk ur fine", {}, "v"),
    ("complaint", "Una no do me anything o.", {}, "v"),
    # ... but a fault now, a fault left, or a turn to the service keeps the complaint
    _c("No issues with billing, but the wifi drops every night."),
    _c("Earlier there was slowness and it's still slow after the router change."),
    _c("No complaints otherwise, but the outage last month was never sorted."),
    _c("You lot have been marvellous, but the bill went up again."),
    _c("My boss is the only thing disappointing me. The internet's slow though."),
    _c("Rogers drove me nuts and you're no better, nothing to report otherwise."),
    _c("Had a billing error in June; it was never credited. Nothing else."),
    _c("No issues, except the price is too high."),
    _c("the wifi is slow jk it's still slow"),
    # asking how to complain or what may be said, and pauses: neither
    ("complaint", "How do I complain to Ofcom? Just curious.", {}, ""),
    ("complaint", "Where do I escalate this formally?", {}, ""),
    ("complaint", "Please share the nodal officer's email.", {}, ""),
    ("complaint", "ok wait does it have to be one thing or can I list a few", {}, ""),
    ("complaint", "Not a complaint, more a question: do you have a student discount?", {}, ""),
    ("complaint", "Sorry, my mum's calling, give me five minutes.", {}, ""),
    ("complaint", "hang on, someone's at the door, brb", {}, ""),
    ("complaint", "It's this rain that's getting me down, ten days of it.", {}, ""),
    # ... unless the service is named as wrong
    _c("Who do I complain to about the constant dropouts?"),
    _c("Not a complaint, more a question: why does my internet keep dropping?"),
    _c("Give me two minutes, the wifi just dropped again and I'm reconnecting."),
    _c("Spent 45 minutes on hold on Tuesday and then got cut off. Unreal."),
    _c("The outages are getting me down."),
    # the provider's own fault after clearing it of another; staff who do nothing
    _c(
        "The weather's been dreadful but that's not your fault. What is your fault is the "
        "broadband dropping every time it rains."
    ),
    ("complaint", "The weather's been dreadful but that's not your fault.", {}, "v"),
    _c("Customer service keep promising a callback and nothing happens."),
    # kept for another channel, or not repeated: refusals
    (
        "complaint",
        "I would prefer to submit my feedback through the formal complaints channel rather "
        "than this survey.",
        {},
        "r",
    ),
    ("complaint", "I'd rather raise it with customer service directly than here.", {}, "r"),
    ("complaint", "I'd prefer to give my feedback by email rather than in this chat.", {}, "r"),
    (
        "complaint",
        "I'd prefer to give my feedback in this survey rather than on the phone.",
        {},
        "",
    ),
    _c("I'd rather raise the dropping wifi with your support than this survey."),
    (
        "complaint",
        "Abeg leave am, I don already tell customer care everything, I no wan repeat myself.",
        {},
        "r",
    ),
    # ultimatums are "unsure"; a switch with its time and a formal refusal to renew leave
    _c("Sort the signal out or I'll switch.", churn_intent="unsure"),
    _c("Do something about the outages or we're leaving.", churn_intent="unsure"),
    _c("Abeg fix am or I go port to another network.", churn_intent="unsure"),
    ("churn_intent", "Fix it or I'm leaving.", {"churn_intent": "unsure"}, ""),
    (
        "churn_intent",
        "Abeg fix am or I go port to another network.",
        {"churn_intent": "unsure"},
        "",
    ),
    _c("They never fix it or even call, so I'm leaving.", churn_intent="leave"),
    _c("We will not be renewing our contract.", churn_intent="leave"),
    _c("Unless they lower the price, I won't be renewing.", churn_intent="unsure"),
    ("complaint", "Switching next month, cheers.", {"churn_intent": "leave"}, ""),
    _c("Switching next month, the speed is awful.", churn_intent="leave"),
    ("complaint", "Switching phones next month.", {}, ""),
    ("churn_intent", "I will be renewing my contract.", {"churn_intent": "stay"}, ""),
    # the price now replaces the old one said of the bill
    _c(
        "Bill went up without any intimation. I was paying ₹799 per month, now suddenly ₹999.",
        monthly_spend=999.0,
    ),
    ("complaint", "I pay 40 a month, my son pays 45 now", {"monthly_spend": 40.0}, ""),
    # "nothing" as a word of the sentence fills no "none"
    _c("Speeds are nothing like what was advertised."),
    _c("nothing changed, the speed is the same as before"),
    ("complaint", "like what?", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_complaints_en_cleared_asked(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
