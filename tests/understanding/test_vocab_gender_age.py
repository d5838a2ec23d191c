"""Gender and age vocabulary, broadened by class: regional and informal words for a man or a
woman, forms of address given as the whole answer, and English set phrases for an age.

Covers: "lad", "lass", "chap", "sheila", "ma'am", "sir", "mister", "老娘", "大姐", "男仔" /
"女仔" as answers to the gender question, and "I'm a lass" / "I'm a chap" as a self-description in
another answer (but "Yes sir", "the lady at the shop", "总被骑手叫大哥", "大姐你好，问一下",
"男的女的有关系吗");
"the big four-oh" / "the big 5-0" (one short when it is still ahead), "three score and ten", "a
quarter century", "half a century" (but "half a century of marriage"); a decade or a set phrase said
of somebody else ("she's in her late forties", "我爸年过古稀") is not the respondent's.
"Mid-thirties" and the like follow the docs (early / mid / late → 2 / 5 / 8).
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # informal and regional words for a man or a woman, asked
    ("gender", "lad", {"gender": "male"}, ""),
    ("gender", "just a lass", {"gender": "female"}, ""),
    ("gender", "chap", {"gender": "male"}, ""),
    ("gender", "sheila mate", {"gender": "female"}, ""),
    ("gender", "老娘", {"gender": "female"}, ""),
    ("gender", "大姐一个", {"gender": "female"}, ""),
    ("gender", "我系男仔", {"gender": "male"}, ""),
    ("gender", "女仔嚟嘅", {"gender": "female"}, ""),
    ("gender", "我是个奶爸", {"gender": "male"}, ""),
    # a form of address, as the whole answer only
    ("gender", "Sir.", {"gender": "male"}, ""),
    ("gender", "ma'am", {"gender": "female"}, ""),
    ("gender", "mister", {"gender": "male"}, ""),
    ("gender", "Yes sir", {}, ""),
    ("gender", "Sir, what's this needed for?", {}, ""),
    ("gender", "Yes ma'am, go on", {}, ""),
    # others, groups and questions
    ("gender", "the lady in the phone shop said I'd have to answer this", {}, ""),
    ("gender", "that guy from your call centre already asked me", {}, ""),
    ("gender", "I'm the man of the house", {"gender": "male"}, ""),
    ("gender", "hey guys, is this bit optional?", {}, ""),
    ("gender", "my dog's a she if that helps", {}, ""),
    ("gender", "男生女生有区别吗", {}, ""),
    ("gender", "大姐你好，这个一定要填吗", {}, ""),
    ("gender", "留着寸头，老被外卖小哥叫大哥，其实我是女的", {"gender": "female"}, ""),
    ("gender", "总被人叫大姐", {}, ""),
    # a self-description in another answer
    ("city", "I'm a lass from Dundee", {"gender": "female", "city": "Dundee"}, ""),
    ("city", "I'm a chap from Bristol", {"gender": "male", "city": "Bristol"}, ""),
    (
        "internet_service",
        "fibre, the lad who put it in was quick",
        {"internet_service": "fiber_optic"},
        "",
    ),
    # English set phrases for an age
    ("age", "just hit the big four-oh", {"age": 40}, ""),
    ("age", "the big 5-0 next month", {"age": 49}, ""),
    ("age", "three score and ten, and still going", {"age": 70}, ""),
    ("age", "four score, believe it or not", {"age": 80}, ""),
    ("age", "a quarter century", {"age": 25}, ""),
    ("age", "half a century old this year", {"age": 50}, ""),
    ("age", "mid-thirties", {"age": 35}, ""),
    ("age", "on the wrong side of 60", {"age": 60}, ""),
    # the same words about somebody else, or about time
    ("age", "my dad's hitting the big eight-oh in May", {}, ""),
    ("age", "she's in her late forties, I'm 44", {"age": 44}, ""),
    ("age", "my husband's in his early fifties", {"has_partner": True}, ""),
    ("age", "我爸年过古稀了，我还不到四十", {"age": 40}, ""),
    ("age", "我爸年过古稀了", {}, ""),
    ("age", "got a big 40 inch telly for my birthday, 36 now", {"age": 36}, ""),
    ("age", "we've been married half a century", {"has_partner": True}, ""),
    ("age", "my wife's big four-oh is on Saturday, I'm 43", {"has_partner": True, "age": 43}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_vocab_gender_age(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
