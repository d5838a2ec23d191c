"""Interests, round 21: pastimes the synonyms lacked, and pastime words that are no pastime.

Covers: singing in a choir and folk and Chinese instruments as music ("the fiddle", "二胡",
"合唱团"; but "fit as a fiddle", "fiddle with", a "fiddly" app, a choir director); winter, team,
racket, cue and Scottish and Irish sports and martial arts as sports ("curling", "shinty",
"hillwalking", "karate", "攀岩"; but "Boxing Day", "curling my hair", "curling up with a book",
"surfing the web", "网上冲浪", a rising price); tai chi, 八段锦 and classes as fitness (but
"客服跟我打太极": passing the buck); kinds of reading, games by name, cooking, photography and pets
words; square dancing, fishing, calligraphy, chess and mahjong have no option and stay out. A
streaming service offered as an add- on to the bill ("add Netflix to your bill for £4.99") or a
pastime named as a contract ("a gym contract years ago") is no interest, nor is a pastime dated to
the past after it ("did karate as a kid"), unless kept up; reading documents ("reading contracts")
is no reading; "like half the choir" compares and cues no interest. Rows are (asked slot, message,
exact values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # singing and instruments
    (
        "interests",
        "I sing with a community choir and play the fiddle",
        {"interests": ["music"]},
        "",
    ),
    ("interests", "二胡、葫芦丝，还参加了社区合唱团", {"interests": ["music"]}, ""),
    ("interests", "clarinet in the town orchestra", {"interests": ["music"]}, ""),
    ("interests", "I'm fit as a fiddle and go hillwalking", {"interests": ["sports"]}, ""),
    ("interests", "I fiddle with old radios, and I'm in a choir", {"interests": ["music"]}, ""),
    ("interests", "the app is fiddly, but I like reading", {"interests": ["reading"]}, ""),
    (
        "churn_intent",
        "the choir director keeps telling me to move to another network like half the choir",
        {},
        "",
    ),
    # sports
    ("interests", "curling on Tuesdays and a frame of snooker", {"interests": ["sports"]}, ""),
    ("interests", "hurling, and the six nations on the telly", {"interests": ["sports"]}, ""),
    ("interests", "boxing and karate", {"interests": ["sports"]}, ""),
    ("interests", "周末去攀岩或者滑冰", {"interests": ["sports"]}, ""),
    ("interests", "surfing whenever the swell is up", {"interests": ["sports"]}, ""),
    ("interests", "Boxing Day sales, that's about it", {}, ""),
    ("interests", "surfing the web mostly lol", {}, ""),
    ("interests", "喜欢网上冲浪，刷刷微博", {}, ""),
    ("interests", "curling my hair takes an hour every morning", {}, ""),
    ("interests", "curling up with a good thriller", {"interests": ["reading"]}, ""),
    ("interests", "prices keep surging. I like snooker though", {"interests": ["sports"]}, ""),
    (
        "satisfaction",
        "4, the engineer was lovely, we chatted about the curling",
        {"satisfaction": 4},
        "",
    ),
    # fitness
    ("interests", "tai chi in the park every morning", {"interests": ["fitness"]}, ""),
    ("interests", "练练八段锦，听听有声书", {"interests": ["fitness", "reading"]}, ""),
    ("interests", "每天晨练，周末烧烤", {"interests": ["fitness", "food"]}, ""),
    ("interests", "客服老跟我打太极，哪有心情搞爱好", {}, ""),
    (
        "complaint",
        "你们客服跟我打太极，推来推去",
        {"complaint": "你们客服跟我打太极，推来推去"},
        "",
    ),
    # reading, games, food, photography, pets
    ("interests", "poetry, audiobooks in the car and a book club", {"interests": ["reading"]}, ""),
    ("interests", "王者荣耀，还有看漫画", {"interests": ["gaming", "reading"]}, ""),
    (
        "interests",
        "zelda and mario kart with my kids",
        {"has_dependents": True, "interests": ["gaming"]},
        "",
    ),
    ("interests", "bbq in the summer and trying new recipes", {"interests": ["food"]}, ""),
    (
        "interests",
        "photo editing in lightroom, and my two rabbits",
        {"interests": ["pets", "photography"]},
        "",
    ),
    ("interests", "养了两只仓鼠，还喜欢修图", {"interests": ["pets", "photography"]}, ""),
    ("interests", "I won't budge on that. I keep a budgie though", {"interests": ["pets"]}, ""),
    ("interests", "a movie marathon on Sundays", {"interests": ["movies"]}, ""),
    ("interests", "half marathons, and the odd parkrun", {"interests": ["fitness"]}, ""),
    ("interests", "watched the marathon on telly, that's it", {}, ""),
    ("interests", "I'm on the computer all evening", {"interests": ["technology"]}, ""),
    ("interests", "computer games", {"interests": ["gaming"]}, ""),
    # no option: left out
    ("interests", "平时跳跳广场舞", {}, ""),
    ("interests", "书法和下象棋", {}, ""),
    ("interests", "fishing and gardening", {}, ""),
    # a bill item, a contract, the past, a document
    ("interests", "your text offered me Spotify and Netflix as an add-on, no thanks", {}, ""),
    ("interests", "they keep trying to sell me a Netflix bundle", {}, ""),
    ("interests", "the letter says add Netflix to your package. not interested", {}, ""),
    ("interests", "Netflix and long walks", {"interests": ["movies"]}, ""),
    (
        "contract",
        "monthly, went through hell with a gym contract once",
        {"contract": "month_to_month"},
        "",
    ),
    ("interests", "I had a gym membership years ago but never went", {}, ""),
    ("interests", "I did karate as a kid, these days it's gaming", {"interests": ["gaming"]}, ""),
    ("interests", "I took up yoga years ago and still go", {"interests": ["fitness"]}, ""),
    ("interests", "I gave up tennis, now it's just the gym", {"interests": ["fitness"]}, ""),
    (
        "interests",
        "stopped going to the gym in lockdown. I read now",
        {"interests": ["reading"]},
        "",
    ),
    ("interests", "quit smoking and took up running", {"interests": ["fitness"]}, ""),
    ("interests", "the email says Sports package add-on, no ta. I like my garden", {}, ""),
    ("interests", "I've loved football since I was a kid", {"interests": ["sports"]}, ""),
    ("interests", "yoga for 5 years now, and baking", {"interests": ["fitness", "food"]}, ""),
    (
        "interests",
        "I read the small print for fun. no really, cooking",
        {"interests": ["food"]},
        "",
    ),
    ("interests", "I like adding spices when cooking", {"interests": ["food"]}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round21_interests(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
