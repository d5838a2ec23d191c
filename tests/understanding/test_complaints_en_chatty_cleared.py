"""English answers to the complaint question: chatty clearing, putting off, plain-word faults, a
leaving said in passing, and "this is <place>".

Covers: regional and chatty ways of clearing the provider, vague ("nothin' really, y'all been real
good to us", "wala naman po", "the internet's braw", "sweet as by comparison", "couldn't fault
him", "your lot are fine", "none about you though", "…, not the wifi", a joke complaint that is
praise or is taken back with "lol. nah we're good", clauses wholly about the weather or the
buses), against a real fault said beside them (complaint); putting the question off for being busy
and asking how and where to complain (neither), against a fault named in the same answer; a
fault played down first ("nothing major, just that the modem light blinks"), a speed paid for and
not got, and a call passed around by staff (complaint), against "nothing major, just busy",
"paying for 100 and getting 100", "my son hung up on me"; leaving once the contract is up or
with notice already given (churn_intent "leave", also under other questions; not notice given at
work, nor a question); "and this is Texas" as a place, no name ("Hi, this is Georgia" still names);
"drops to nothing" and "nothin' really" under the complaint question, no "none" for the internet.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "complaint",
        "Y'all's internet goes out every time the wind blows over 20, and this is Texas, the "
        "wind always blows.",
        {
            "complaint": "Y'all's internet goes out every time the wind blows over 20, and this "
            "is Texas, the wind always blows.",
        },
        "",
    ),
    (
        "complaint",
        "Nothin' really, y'all been real good to us.",
        {},
        "v",
    ),
    (
        "complaint",
        "Telstra was a nightmare, you lot have been sweet as by comparison.",
        {},
        "v",
    ),
    (
        "complaint",
        "Well, my late husband always handled these things, and when I called to put the "
        "account in my name the young man transferred me four times and then hung up. I cried, "
        "I'm not ashamed to say.",
        {
            "has_partner": False,
            "complaint": "Well, my late husband always handled these things, and when I called to "
            "put the account in my name the young man transferred me four times and "
            "then hung up. I cried, I'm not ashamed to say.",
        },
        "",
    ),
    (
        "complaint",
        "How do I file a formal complaint, is there a number I can call?",
        {},
        "",
    ),
    (
        "complaint",
        "Only complaint is y'all don't come with free pizza lol. nah we're good",
        {},
        "v",
    ),
    (
        "complaint",
        "Complaints? I got plenty, none about you though. My landlord, that's another story.",
        {},
        "v",
    ),
    (
        "complaint",
        "Outage three nights in a row and nobody at support could tell me a thing. Soon as "
        "this contract's up, I'm gone.",
        {
            "churn_intent": "leave",
            "complaint": "Outage three nights in a row and nobody at support could tell me a "
            "thing. Soon as this contract's up, I'm gone.",
        },
        "",
    ),
    (
        "complaint",
        "My neighbor Gus gripes about his cable company every morning over coffee. Me, I got "
        "nothing to add.",
        {},
        "v",
    ),
    (
        "complaint",
        "Wala naman po, ok naman so far",
        {},
        "v",
    ),
    (
        "complaint",
        "Nothing major, just that the modem light blinks orange half the day.",
        {
            "complaint": "Nothing major, just that the modem light blinks orange half the day.",
        },
        "",
    ),
    (
        "complaint",
        "Only thing that's let me down lately is the All Blacks, your lot are fine.",
        {},
        "v",
    ),
    (
        "complaint",
        "Used to be the dropped calls but y'all fixed that tower last year, so now nothin'.",
        {},
        "v",
    ),
    (
        "complaint",
        "Honestly? The engineer was brilliant, couldn't fault him",
        {},
        "v",
    ),
    (
        "complaint",
        "My boss is what disappoints me, not the wifi 😂",
        {},
        "v",
    ),
    (
        "complaint",
        "How do I make a formal complaint? Is there an email?",
        {},
        "",
    ),
    (
        "complaint",
        "Paying for 500 and getting about 80 on a good day",
        {
            "complaint": "Paying for 500 and getting about 80 on a good day",
        },
        "",
    ),
    (
        "complaint",
        "The upload is so slow I can't work from home, I've already given notice",
        {
            "churn_intent": "leave",
            "complaint": "The upload is so slow I can't work from home, I've already given notice",
        },
        "",
    ),
    (
        "complaint",
        "Only complaint is the wifi's too good, I can't blame it for dodging work calls anymore 😂",
        {},
        "v",
    ),
    (
        "complaint",
        "sorry in a seminar rn, can't type much",
        {},
        "",
    ),
    (
        "complaint",
        "Ask me another time, got customers waiting",
        {},
        "",
    ),
    (
        "complaint",
        "The weather's shocking and the buses are worse, but the internet's braw",
        {},
        "v",
    ),
    (
        "complaint",
        "nothin' really",
        {},
        "v",
    ),
    (
        "complaint",
        "Nothin', y'all been real good",
        {},
        "v",
    ),
    (
        "complaint",
        "Telstra was a nightmare and you lot are no better.",
        {
            "complaint": "Telstra was a nightmare and you lot are no better.",
        },
        "",
    ),
    (
        "complaint",
        "Telstra was a nightmare, you lot have been sweet as by comparison, except the price.",
        {
            "complaint": "Telstra was a nightmare, you lot have been sweet as by comparison, "
            "except the price.",
        },
        "",
    ),
    (
        "complaint",
        "Optus was rubbish, your lot have been solid.",
        {},
        "v",
    ),
    (
        "complaint",
        "Only complaint is y'all don't come with free pizza lol. nah seriously the wifi drops "
        "every night",
        {
            "complaint": "Only complaint is y'all don't come with free pizza lol. nah seriously "
            "the wifi drops every night",
        },
        "",
    ),
    (
        "complaint",
        "Only complaint is the wifi drops lol",
        {
            "complaint": "Only complaint is the wifi drops lol",
        },
        "",
    ),
    (
        "complaint",
        "Complaints? I got plenty, none about you though.",
        {},
        "v",
    ),
    (
        "complaint",
        "Complaints? I got plenty, mostly about you.",
        {
            "complaint": "Complaints? I got plenty, mostly about you.",
        },
        "",
    ),
    (
        "complaint",
        "Complaints? plenty, none about you though, except the bill.",
        {
            "complaint": "Complaints? plenty, none about you though, except the bill.",
        },
        "",
    ),
    (
        "complaint",
        "My neighbor gripes about his cable company. Me, I got nothing to add.",
        {},
        "v",
    ),
    (
        "complaint",
        "My neighbor gripes about his cable company. Me, my internet drops every day.",
        {
            "complaint": "My neighbor gripes about his cable company. Me, my internet drops every "
            "day.",
        },
        "",
    ),
    (
        "complaint",
        "wala naman",
        {},
        "v",
    ),
    (
        "complaint",
        "Wala naman po, pero mabagal minsan ang internet",
        {
            "complaint": "Wala naman po, pero mabagal minsan ang internet",
        },
        "",
    ),
    (
        "complaint",
        "Nothing major, just busy",
        {},
        "v",
    ),
    (
        "complaint",
        "Nothing major, just that the bill went up again",
        {
            "complaint": "Nothing major, just that the bill went up again",
        },
        "",
    ),
    (
        "complaint",
        "Nothing major, just that I'm busy at work",
        {},
        "v",
    ),
    (
        "complaint",
        "not much, only that the router drops at night",
        {
            "complaint": "not much, only that the router drops at night",
        },
        "",
    ),
    (
        "complaint",
        "Nothing major really",
        {},
        "v",
    ),
    (
        "complaint",
        "Only thing that's let me down lately is your wifi.",
        {
            "complaint": "Only thing that's let me down lately is your wifi.",
        },
        "",
    ),
    (
        "complaint",
        "Only thing that's let me down is the All Blacks, and your wifi.",
        {
            "complaint": "Only thing that's let me down is the All Blacks, and your wifi.",
        },
        "",
    ),
    (
        "complaint",
        "Used to be the dropped calls and it's still the dropped calls.",
        {
            "complaint": "Used to be the dropped calls and it's still the dropped calls.",
        },
        "",
    ),
    (
        "complaint",
        "The engineer was rude, couldn't fault the wifi though",
        {
            "complaint": "The engineer was rude, couldn't fault the wifi though",
        },
        "",
    ),
    (
        "complaint",
        "couldn't fault it",
        {},
        "v",
    ),
    (
        "complaint",
        "The engineer was brilliant but the wifi still drops",
        {
            "complaint": "The engineer was brilliant but the wifi still drops",
        },
        "",
    ),
    (
        "complaint",
        "The wifi is what disappoints me, not my boss",
        {
            "complaint": "The wifi is what disappoints me, not my boss",
        },
        "",
    ),
    (
        "complaint",
        "My boss disappoints me, and the wifi too",
        {
            "complaint": "My boss disappoints me, and the wifi too",
        },
        "",
    ),
    (
        "complaint",
        "How do I make a formal complaint about the constant dropouts? Is there an email?",
        {
            "complaint": "How do I make a formal complaint about the constant dropouts? Is there "
            "an email?",
        },
        "",
    ),
    (
        "complaint",
        "is there a number I can call? the wifi has been down for days",
        {
            "complaint": "is there a number I can call? the wifi has been down for days",
        },
        "",
    ),
    (
        "complaint",
        "Paying for 100 and getting 100",
        {},
        "",
    ),
    (
        "complaint",
        "we pay for 100 meg but only get 20",
        {
            "complaint": "we pay for 100 meg but only get 20",
        },
        "",
    ),
    (
        "complaint",
        "I pay for 2 phones and get 3 sims",
        {},
        "",
    ),
    (
        "complaint",
        "Only complaint is the wifi's too slow",
        {
            "complaint": "Only complaint is the wifi's too slow",
        },
        "",
    ),
    (
        "complaint",
        "my only complaint is it's too expensive",
        {
            "complaint": "my only complaint is it's too expensive",
        },
        "",
    ),
    (
        "complaint",
        "sorry in a seminar rn, the wifi here is awful",
        {
            "complaint": "sorry in a seminar rn, the wifi here is awful",
        },
        "",
    ),
    (
        "complaint",
        "Ask me another time, the wifi keeps dropping",
        {
            "complaint": "Ask me another time, the wifi keeps dropping",
        },
        "",
    ),
    (
        "complaint",
        "I can't type much because the internet keeps dropping",
        {
            "complaint": "I can't type much because the internet keeps dropping",
        },
        "",
    ),
    (
        "complaint",
        "can't talk, driving",
        {},
        "",
    ),
    (
        "complaint",
        "The weather's shocking and the internet's worse",
        {
            "complaint": "The weather's shocking and the internet's worse",
        },
        "",
    ),
    (
        "complaint",
        "The weather's shocking and the buses are worse",
        {},
        "",
    ),
    (
        "complaint",
        "the internet's braw",
        {},
        "v",
    ),
    (
        "complaint",
        "the internet's been solid, except the bill",
        {
            "complaint": "the internet's been solid, except the bill",
        },
        "",
    ),
    (
        "complaint",
        "the young man transferred me four times and then hung up",
        {
            "complaint": "the young man transferred me four times and then hung up",
        },
        "",
    ),
    (
        "complaint",
        "nobody hung up on me, they were great",
        {},
        "",
    ),
    (
        "complaint",
        "they transferred me to the right team and sorted it",
        {},
        "",
    ),
    (
        "complaint",
        "my husband hung up on the telemarketer",
        {
            "has_partner": True,
        },
        "",
    ),
    (
        "complaint",
        "Well, my late husband always handled these things",
        {
            "has_partner": False,
            "complaint": "Well, my late husband always handled these things",
        },
        "",
    ),
    (
        "complaint",
        "The wifi drops. Soon as this contract's up, I'm gone.",
        {
            "churn_intent": "leave",
            "complaint": "The wifi drops. Soon as this contract's up, I'm gone.",
        },
        "",
    ),
    (
        "complaint",
        "The wifi drops. Soon as this contract's up, my sister's gone.",
        {
            "complaint": "The wifi drops. Soon as this contract's up, my sister's gone.",
        },
        "",
    ),
    (
        "complaint",
        "The wifi drops, soon as my contract's up I'm switching to Optus",
        {
            "churn_intent": "leave",
            "complaint": "The wifi drops, soon as my contract's up I'm switching to Optus",
        },
        "",
    ),
    (
        "complaint",
        "The wifi drops, I'm not gone when my contract's up, I'll stay",
        {
            "churn_intent": "stay",
            "complaint": "The wifi drops, I'm not gone when my contract's up, I'll stay",
        },
        "",
    ),
    (
        "complaint",
        "The wifi drops, I've already given notice",
        {
            "churn_intent": "leave",
            "complaint": "The wifi drops, I've already given notice",
        },
        "",
    ),
    (
        "complaint",
        "The wifi drops, I've already given notice at work",
        {
            "complaint": "The wifi drops, I've already given notice at work",
        },
        "",
    ),
    (
        "complaint",
        "The wifi drops, have I already given notice?",
        {
            "complaint": "The wifi drops, have I already given notice?",
        },
        "",
    ),
    (
        "complaint",
        "The wifi drops, my wife has already given notice",
        {
            "has_partner": True,
            "complaint": "The wifi drops, my wife has already given notice",
        },
        "",
    ),
    (
        "complaint",
        "How do I lodge a complaint, is there a form?",
        {},
        "",
    ),
    (
        "complaint",
        "how do i complain, do you have an email address?",
        {},
        "",
    ),
    (
        "complaint",
        "is there a number I can call?",
        {},
        "",
    ),
    (
        "complaint",
        "How do I file a formal complaint? Is there a number? The wifi drops every hour",
        {
            "complaint": "How do I file a formal complaint? Is there a number? The wifi drops "
            "every hour",
        },
        "",
    ),
    (
        "complaint",
        "sorry, in a meeting",
        {},
        "",
    ),
    (
        "complaint",
        "in class rn",
        {},
        "",
    ),
    (
        "complaint",
        "busy rn, ask me later",
        {},
        "",
    ),
    (
        "complaint",
        "ask me later",
        {},
        "",
    ),
    (
        "complaint",
        "not a good time",
        {},
        "",
    ),
    (
        "complaint",
        "sorry in a meeting, the signal here is terrible",
        {
            "complaint": "sorry in a meeting, the signal here is terrible",
        },
        "",
    ),
    (
        "complaint",
        "they hung up on me twice",
        {
            "complaint": "they hung up on me twice",
        },
        "",
    ),
    (
        "complaint",
        "my son hung up on me",
        {},
        "",
    ),
    (
        "complaint",
        "the wifi dies in wind and this is Florida",
        {
            "complaint": "the wifi dies in wind and this is Florida",
        },
        "",
    ),
    (
        "complaint",
        "Hi, this is Georgia, the wifi is slow",
        {
            "name": "Georgia",
            "complaint": "Hi, this is Georgia, the wifi is slow",
        },
        "",
    ),
    (
        "churn_intent",
        "Soon as this contract's up, I'm gone.",
        {
            "churn_intent": "leave",
        },
        "",
    ),
    (
        "churn_intent",
        "I've already given notice",
        {
            "churn_intent": "leave",
        },
        "",
    ),
    (
        "satisfaction",
        "4, but soon as my contract's up I'm gone",
        {
            "churn_intent": "leave",
            "satisfaction": 4,
        },
        "",
    ),
    (
        "name",
        "Hi, this is Georgia",
        {
            "name": "Georgia",
        },
        "",
    ),
    (
        "complaint",
        "The speed drops to nothing every evening",
        {"complaint": "The speed drops to nothing every evening"},
        "",
    ),
    (
        "complaint",
        "Nothin' really, but the wifi drops every night.",
        {"complaint": "Nothin' really, but the wifi drops every night."},
        "",
    ),
    ("internet_service", "nothing, just mobile data", {"internet_service": "none"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_complaints_en_chatty_cleared(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
