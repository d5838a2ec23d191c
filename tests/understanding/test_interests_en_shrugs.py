"""English answers to the interests question with no pastime of the respondent's now.

Covers: a child's pastime named as "my two", "my lad", "my children" (not "me and my lad", nor
"my two are into gaming and so am I", nor "my two cats"); pastimes not touched or visited ("a gym
membership I haven't set foot in", "haven't touched the guitar in ten years"), of youth and ended
("played hurling as a young lad, but the knees are gone"; "… and I still play" stays); the TV on
for noise; no hobby said outright ("don't really have hobbies", "nothing special for me", "but
nah, nothing at the moment"); a dull life or duties only ("I'm dead boring me, work and bed",
"washing, ironing, hoovering", "revision. then more revision"); a pastime ended, then the
respondent's now ("used to rodeo… Now I mostly just sit on the porch", "tried pilates once.
Never again"); dislikes as the opening words ("can't stand football"; "my husband can't stand
golf" is no answer); somebody close's pastime, then what the respondent just does ("the wife does
yoga on Sundays, I just have a nap"; "I just tag along" shares it); "more of a book person"
(reading); a spouse who passed before a clause of the respondent's ("since my husband passed I
took up pickleball": widowed); a child's two ages in brackets ("my two (8 and 11)": children).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

ASK = "interests"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a child's pastime, then the respondent's own doing
    (
        ASK,
        "My two (8 and 11) are all about soccer and Roblox, I just drive 'em around.",
        {"has_dependents": True},
        "v",
    ),
    (
        ASK,
        "My lad's 10 and mad on football, I just stand on the touchline freezing",
        {"has_dependents": True},
        "v",
    ),
    (
        ASK,
        "My children play piano and violin, I drive them to lessons. For me there is no time",
        {"has_dependents": True},
        "v",
    ),
    (ASK, "my boys play rugby, I just watch", {}, "v"),
    (ASK, "My lad and I play football every weekend", {"interests": ["sports"]}, ""),
    (ASK, "Me and my two play Roblox together", {"interests": ["gaming"]}, ""),
    (ASK, "My two are into gaming and so am I", {"interests": ["gaming"]}, ""),
    (ASK, "my boys play rugby, I play too", {"interests": ["sports"]}, ""),
    (ASK, "My two cats keep me busy", {"interests": ["pets"]}, ""),
    (
        ASK,
        "My children play piano, I love gardening and reading",
        {"has_dependents": True, "interests": ["reading"]},
        "",
    ),
    # somebody close's pastime, then the respondent's
    ("interests", "The wife does yoga on Sundays, I just have a nap", {"has_partner": True}, "v"),
    (
        ASK,
        "My husband's into golf and fishing, I just stay home and enjoy the quiet.",
        {"has_partner": True},
        "v",
    ),
    (
        ASK,
        "My wife does the crosswords and the quilting club, I mostly fall asleep in the recliner.",
        {"has_partner": True},
        "v",
    ),
    (
        ASK,
        "my husband's into golf, I just tag along for the cart ride haha",
        {"has_partner": True},
        "",
    ),
    (ASK, "My husband's into golf, I just love my garden", {"has_partner": True}, ""),
    (ASK, "Our two love swimming, we all go on Saturdays", {"interests": ["fitness"]}, ""),
    (ASK, "My wife does yoga, I just read", {"has_partner": True, "interests": ["reading"]}, ""),
    (
        ASK,
        "My brother's always on the Xbox but I'm more of a book person",
        {"interests": ["reading"]},
        "",
    ),
    # not touched, not visited
    (ASK, "Still paying for a gym membership I haven't set foot in since New Year's 😬", {}, "v"),
    (ASK, "Got a gym membership I haven't used since January 🙈", {}, "v"),
    (ASK, "Used to be in a band at uni, haven't touched the guitar in ten years", {}, "v"),
    (ASK, "haven't been to the gym since march", {}, "v"),
    (ASK, "I have a gym membership and go 3 times a week", {"interests": ["fitness"]}, ""),
    (
        ASK,
        "I haven't played the piano in years, but I sing in a choir",
        {"interests": ["music"]},
        "",
    ),
    # of youth, ended
    (ASK, "Played hurling as a young lad, but sure the knees are gone now", {}, "v"),
    (ASK, "I was in a choir for years, but I stopped when I moved here. Now nothing", {}, "v"),
    (ASK, "I played hurling as a young lad and I still play", {"interests": ["sports"]}, ""),
    (ASK, "I was in a choir for years and I still sing", {"interests": ["music"]}, ""),
    # the TV on for noise
    (
        ASK,
        "TV's usually on for noise but I couldn't tell you what's on. Don't really have hobbies.",
        {},
        "v",
    ),
    (ASK, "TV's usually on for noise", {}, "v"),
    (ASK, "I watch TV for fun", {"interests": ["movies"]}, ""),
    # no hobby said outright
    (ASK, "My son keeps telling me to get a hobby lol, I don't have any.", {}, "v"),
    (ASK, "I don't have any hobbies but I like films", {"interests": ["movies"]}, ""),
    (ASK, "My son doesn't have hobbies, I love gaming", {"interests": ["gaming"]}, ""),
    (ASK, "do you have hobbies?", {}, ""),
    (ASK, "Reckon I'd like to get into fishing one day, but nah, nothing at the moment.", {}, "v"),
    (ASK, "nothing special, I like reading", {"interests": ["reading"]}, ""),
    (ASK, "nothing beats hiking", {"interests": ["sports"]}, ""),
    (
        ASK,
        "My husband loves cooking, me I do the washing up haha. Nothing special for me",
        {"has_partner": True},
        "v",
    ),
    # a dull life, duties only
    (ASK, "Och, I'm dead boring me, work and bed", {}, "v"),
    (ASK, "Man just works innit, no time for all that", {}, "v"),
    (ASK, "Honestly I just work at the nail salon six days a week and sleep.", {}, "v"),
    (ASK, "Washing, ironing, hoovering. That's it, that's the list", {}, "v"),
    (ASK, "revision. then more revision. exams in january 😩", {}, "v"),
    (ASK, "I just work out and read", {"interests": ["reading"]}, ""),
    (ASK, "washing up and then gaming", {"interests": ["gaming"]}, ""),
    (ASK, "I'm boring lol but I love baking", {"interests": ["food"]}, ""),
    # ended, then now
    (ASK, "Used to rodeo till I busted my hip. Now I mostly just sit on the porch.", {}, "v"),
    (ASK, "Tried pilates once. Never again.", {}, "v"),
    (ASK, "I tried yoga. Now I just do yoga at home", {"interests": ["fitness"]}, ""),
    (
        ASK,
        "My late husband Harold and I used to go dancing every Saturday at the Elks Lodge. "
        "I don't much go out anymore.",
        {"has_partner": False},
        "v",
    ),
    # dislikes
    (ASK, "Can't stand football, I know, un-American of me.", {}, "v"),
    (ASK, "Hate baseball, hate hockey, and I live in the wrong town for that.", {}, "v"),
    (ASK, "can't stand video games", {}, ""),
    (ASK, "I can't stand football but I love rugby", {"interests": ["sports"]}, ""),
    (ASK, "My husband can't stand golf", {"has_partner": True}, ""),
    # a partner who passed, a child's ages in brackets
    (
        ASK,
        "Since my husband passed I took up pickleball at the rec center, three mornings a week, "
        "and I'm in a book club that mostly drinks wine.",
        {"has_partner": False, "interests": ["reading", "sports"]},
        "",
    ),
    ("has_partner", "since my wife passed I have been lonely", {"has_partner": False}, ""),
    ("has_partner", "my husband passed his exam", {"has_partner": True}, ""),
    ("has_dependents", "my kids (4 and 7) keep me busy", {"has_dependents": True}, ""),
    ("has_dependents", "my two brothers (9 and 12)", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_interests_en_shrugs(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
