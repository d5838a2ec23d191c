"""Household readings, round 25: support denied in the people it is about, lists of denials,
newlyweds, a love life, an age only next to someone else's, a single parent asked their gender
and a city shared with the people one lives with.

Covers: "没老人要我养", "家里没什么人要我管", "no one who needs me to look after them" (but
"没办法，孩子要我养", "没孩子，但是有老人要我养"); "no kids no wife just me",
"没孩子没老婆就我一个", "no kids just a wife" (but "no kids or grandkids", "no kids or wife");
"newlyweds", "we're newly weds" (but "my brother and his wife are newlyweds", "the newlyweds next
door"); "my love life", "keep my love life out of this" (but "my love and I"); "比我老婆大两岁",
"same age as my husband" (but "35, two years older than my wife", "我老公比我大三岁"); "single mum
here" to the gender question (but "raised by a single mum", and not to other questions); "living
with my boyfriend in Denver" (but "visiting my boyfriend in Denver", "my boyfriend lives in
Denver").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

P = "has_partner"
D = "has_dependents"
G = "gender"
A = "age"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # the people one would support denied, with what they would need of the respondent
    (D, "没孩子，也没有老人要我养", {D: False}, ""),
    (D, "没老人要我养", {D: False}, ""),
    (D, "没有老人需要我赡养", {D: False}, ""),
    (D, "家里没什么人要我管", {D: False}, ""),
    (D, "也没谁要我养活", {D: False}, ""),
    (D, "没有人需要我照顾", {D: False}, ""),
    (D, "no one who needs me to look after them", {D: False}, ""),
    (D, "nobody that relies on me", {D: False}, ""),
    (D, "nobody for me to support", {D: False}, ""),
    # ... but not a denial of something else, nor one clause before
    (D, "没办法，孩子要我养", {D: True}, ""),
    (D, "没工作，还有老人要我养", {D: True}, ""),
    (D, "没孩子，但是有老人要我养", {D: True}, ""),
    (D, "孩子没了，老人要我养", {D: True}, ""),
    (D, "没想到现在老人要我养", {D: True}, ""),
    (D, "没老婆，但有个老妈要我照顾", {P: False, D: True}, ""),
    (D, "no kids but my dad relies on me", {D: True}, ""),
    # a list of denials, "just me" or "only me" after them
    (D, "no kids no wife just me", {P: False, D: False}, ""),
    (P, "no kids no husband only me", {P: False, D: False}, ""),
    (P, "no kids no wife", {P: False, D: False}, ""),
    (D, "no kids, no partner, just me and the dog", {P: False, D: False}, ""),
    (D, "not married no kids", {P: False, D: False}, ""),
    (D, "没孩子没老婆就我一个", {P: False, D: False}, ""),
    (P, "no kids just a wife", {P: True, D: False}, ""),
    # ... but a denial joined by "or" goes on, and "not just" denies the "just"
    (D, "no kids or grandkids", {D: False}, ""),
    (P, "no kids or wife", {P: False, D: False}, ""),
    (D, "no partner, but two kids", {P: False, D: True}, ""),
    (P, "no kids, my wife and I like it that way", {P: True, D: False}, ""),
    # newlyweds
    (D, "not yet lol, we're newlyweds", {P: True, D: False}, ""),
    (P, "newlyweds", {P: True}, ""),
    (P, "newly weds here", {P: True}, ""),
    (P, "我们是新婚", {P: True}, ""),
    (D, "刚结婚，还没孩子", {P: True, D: False}, ""),
    (P, "my brother and his wife are newlyweds", {}, ""),
    (P, "the newlyweds next door are loud", {}, ""),
    (P, "our neighbours are newlyweds", {}, ""),
    (P, "我妹刚结婚", {}, ""),
    # a love life is a topic, no partner; keeping it out of this is a refusal
    (P, "I'd rather keep my love life out of this 😂", {}, "r"),
    (P, "keep my dating life out of this", {}, "r"),
    (P, "I'd rather keep my private life out of this", {}, "r"),
    (P, "my love life is a disaster lol", {}, ""),
    (P, "what's my love life got to do with broadband", {}, ""),
    (P, "my love and I have been together 5 years", {P: True}, ""),
    (P, "my love life is great, been with my wife 10 years", {P: True}, ""),
    (P, "let's keep my family out of this", {}, "r"),
    # an age only next to somebody else's
    (A, "比我老婆大两岁", {P: True}, "v"),
    (A, "比我老公小三岁", {P: True}, "v"),
    (A, "跟我老公同岁", {P: True}, "v"),
    (A, "比我姐大两岁", {}, "v"),
    (A, "大我老婆两岁", {P: True}, "v"),
    (A, "same age as my husband", {P: True}, "v"),
    (A, "two years older than my sister", {}, "v"),
    (A, "a year younger than my wife", {P: True}, "v"),
    # ... but an age of one's own beside it is the answer
    (A, "比我老婆大两岁，今年35", {P: True, A: 35}, ""),
    (A, "35, two years older than my wife", {P: True, A: 35}, ""),
    (A, "older than your company lol", {}, ""),
    (A, "我老公比我大三岁", {P: True}, ""),
    (A, "我老婆跟我同岁", {P: True}, ""),
    (A, "my wife is two years younger than me", {P: True}, ""),
    # a single parent asked the gender question
    (G, "single mum here so female obvs", {P: False, G: "female"}, ""),
    (G, "I'm a single mum", {P: False, G: "female"}, ""),
    (G, "single dad here", {P: False, G: "male"}, ""),
    (G, "as a single mother I have no time", {P: False, G: "female"}, ""),
    (G, "I'm a proud single dad", {P: False, G: "male"}, ""),
    # ... but not a parent of somebody else's, nor in another answer
    (G, "my sister is a single mum", {}, ""),
    (G, "raised by a single mum", {}, ""),
    (G, "my best mate is a single dad", {}, ""),
    (P, "brought up by a single mother, now married myself", {P: True}, ""),
    (P, "single dad of two, no time for dating", {P: False}, ""),
    (D, "I'm a single mum of two", {P: False, D: True}, ""),
    # living with somebody in a city: the respondent's city too
    (P, "living with my boyfriend in Denver", {P: True, "city": "Denver"}, ""),
    (P, "I live with my girlfriend in Leeds", {P: True, "city": "Leeds"}, ""),
    (P, "moved in with my fiancé in Austin", {P: True, "city": "Austin"}, ""),
    (P, "shacked up with my girlfriend in Glasgow", {P: True, "city": "Glasgow"}, ""),
    (D, "living with my daughter in Denver", {D: True, "city": "Denver"}, ""),
    # ... but not a partner's city alone, a visit or another person's household
    (P, "my boyfriend lives in Denver", {P: True}, ""),
    (P, "visiting my boyfriend in Denver", {P: True}, ""),
    (P, "I met my boyfriend in Denver", {P: True}, ""),
    (P, "my sister is living with her boyfriend in Leeds", {}, ""),
    (P, "my son lives with his girlfriend in Leeds", {}, ""),
    (P, "I used to live with my ex in Boston", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round25_household(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
