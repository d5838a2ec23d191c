"""English answers to the interests question: pastimes named but not had, and hobbies denied.

Covers: pastime words that name no pastime of the respondent's (a gym membership or a treadmill
left unused, the television on as background noise, computers repaired at work, a pastime
dropped after it was named or before a list, dislikes in a list or a shrug at the hype, "jog my
memory", "surf the web", a pet barking during an interruption); English ways of saying there is
no hobby (duties instead of hobbies, the service's faults as the joke hobby, chat words for a dull
day, a hobby disowned, somebody else's pastime followed by the respondent's own shrug); and
pastimes said in forms the option lists had missed ("I jog", "I surf", "a wee trip away",
"watching the Springboks"). Near misses: the same words with the pastime kept up, said of
somebody else alone, asked back, or beside a pastime of the respondent's own.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

_I = "interests"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # things owned and left unused, the TV on for company, computers fixed at work
    (_I, "I pay for a gym membership and have gone exactly twice, so not a hobby", {}, "v"),
    (_I, "I have a gym membership, been only once", {}, "v"),
    (_I, "We've got a treadmill, but honestly it just holds laundry.", {}, "v"),
    (_I, "Netflix, though I haven't opened it in months", {}, "v"),
    (_I, "the TV's just on in the background most nights I don't really watch it", {}, "v"),
    (_I, "Nothing special. The telly is on all evening but it's just background noise.", {}, "v"),
    (_I, "Nothing exciting. I fix compliers, COMPUTERS, all day at work.", {}, "v"),
    (_I, "I go to the gym three times a week", {_I: ["fitness"]}, ""),
    (_I, "I go to the gym, I've been twice this week", {_I: ["fitness"]}, ""),
    (_I, "I have a gym membership and go every morning", {_I: ["fitness"]}, ""),
    (_I, "I watch TV in the background while I knit", {_I: ["movies"]}, ""),
    (_I, "I fix computers for fun", {_I: ["technology"]}, ""),
    # dropped, disliked, shrugged at
    (
        _I,
        "Gaming, no wait, I stopped that. Now it's mostly gym and cooking.",
        {_I: ["fitness", "food"]},
        "",
    ),
    (_I, "honestly nothing rn, i quit dance and basketball when i started uni", {}, "v"),
    (_I, "I can tell you what I hate: football and reality shows. Still figuring out.", {}, "v"),
    (
        _I,
        "I don't really get the hype around hockey. Give me a good movie and my dog.",
        {_I: ["movies", "pets"]},
        "",
    ),
    (_I, "I hate football but love tennis", {_I: ["sports"]}, ""),
    (_I, "gaming, still do it every night", {_I: ["gaming"]}, ""),
    (_I, "I stopped playing football and started yoga", {_I: ["fitness"]}, ""),
    (_I, "i hate golf and reading is my thing", {_I: ["reading"]}, ""),
    (
        _I,
        "my husband is into golf but I can't stand it, I'd rather be baking or reading",
        {_I: ["food", "reading"], "has_partner": True},
        "",
    ),
    # sayings and an interruption
    (_I, "I surf the web all day", {}, ""),
    (_I, "surfing and skating", {_I: ["sports"]}, ""),
    (_I, "I jog every morning", {_I: ["fitness"]}, ""),
    (_I, "hang on the dog's barking at the postman give me a sec", {}, ""),
    (_I, "walking the dog every morning", {_I: ["pets"]}, ""),
    # missing forms
    (
        _I,
        "Watching the Springboks and grilling meat with the okes, lekker.",
        {_I: ["food", "sports"]},
        "",
    ),
    (
        _I,
        "I sing in the church choir, so I do, and I do love a wee trip away.",
        {_I: ["music", "travel"]},
        "",
    ),
    # no hobby, in English
    (_I, "Hobbies? I'm an adult with a mortgage. I have bills, not hobbies.", {}, "v"),
    (_I, "Eish, I used to surf every weekend, now it's just work, work, work.", {}, "v"),
    (
        _I,
        "Regrettably, my professional commitments leave little time for leisure pursuits.",
        {},
        "v",
    ),
    (_I, "Hobby ke? Na work and church I dey do, no time for enjoyment.", {}, "v"),
    (_I, "Work, church, come home, sleep. Dat's it, mi nuh have no hobby.", {}, "v"),
    (_I, "My hobby is restarting your router. Every. Single. Evening.", {}, "v"),
    (_I, "lol i work two jobs and do homework, what's a hobby", {}, "v"),
    (_I, "Hobbies? At my age, love, it's the doctor's and the chemist. Ha!", {}, "v"),
    (_I, "ngl i'm boring fr, i just scroll and sleep", {}, "v"),
    (_I, "Hobbies? I drive 11 hours a day, buddy, I ain't got hobbies", {}, "v"),
    (_I, "I ain't got hobbies except football", {_I: ["sports"]}, ""),
    (
        _I,
        "Hobbies? I had those before the kids, now I just read",
        {_I: ["reading"], "has_dependents": True},
        "",
    ),
    (_I, "what counts as a hobby?", {}, ""),
    (_I, "i'm boring fr, i just read", {_I: ["reading"]}, ""),
    (_I, "I have bills, not hobbies, but I do cook", {_I: ["food"]}, ""),
    (_I, "no time for enjoyment except the odd movie", {_I: ["movies"]}, ""),
    # somebody else's pastime, then the respondent's own shrug
    (
        _I,
        "My son is mad about cricket and my wife does her yoga. Me? I just pay the bills.",
        {"has_partner": True},
        "v",
    ),
    (
        _I,
        "my wife's big into her pilates she'd have a lot to say here me not so much",
        {"has_partner": True},
        "v",
    ),
    (
        _I,
        "my bf is obsessed w formula 1 and makes me watch it every sunday i do not care",
        {"has_partner": True},
        "v",
    ),
    (
        _I,
        "Our grandson's mad on his PlayStation. I'm more of a sit-and-doze person myself.",
        {},
        "v",
    ),
    (_I, "My son is mad about cricket. Me? I just love football", {_I: ["sports"]}, ""),
    (_I, "my wife's into pilates and I like cooking", {_I: ["food"], "has_partner": True}, ""),
    (_I, "my husband's the golf fan in this house", {"has_partner": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_interests_en_unused(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
