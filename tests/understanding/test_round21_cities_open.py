"""Cities, open answers, gender and the vague flag, round 21.

Covers: a relative called "our" and a name who moved elsewhere ("Our Sharon lives in Leeds now,
I'm still in Bradford"; but "Our new flat is in Leeds"); smaller Canadian cities (Saskatoon); a
couple living together "two years in" a city, said in a partner answer (but the partner alone
living there); a son-in-law and a Wu "伊" (he / she) placed in a city are other people; home or
uni asked back (neither answer nor vague); gender words of people in general ("哪有那么多女的",
"不少女的") beside the respondent's own; Hokkien 查某人 / 查埔人 (but "查某个号码"); "which kind?"
asked back to the complaint question (but the same question followed by a grievance); Cantonese
"冇乜不满意的，都几好" (nothing to complain about); "down in Hamilton" is a place, no outage (but
"the network goes down at night"); Wu "记不牢", "伐晓得" and "could not tell you" (vague).
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a relative called "our" and the name, placed elsewhere
    ("city", "Our Sharon lives in Leeds now, I'm still in Bradford", {"city": "Bradford"}, ""),
    ("city", "Swansea. Our kid moved to Cardiff", {"city": "Swansea"}, ""),
    ("city", "Our new flat is in Leeds", {"city": "Leeds"}, ""),
    ("city", "Swansea. My sister moved to Cardiff years ago", {"city": "Swansea"}, ""),
    # a move between two smaller cities
    ("city", "came from Winnipeg to Saskatoon last fall", {"city": "Saskatoon"}, ""),
    ("city", "Saskatoon", {"city": "Saskatoon"}, ""),
    # living together for a while in a city, in a partner answer
    (
        "has_partner",
        "yes married, living together six months in Dundee",
        {"has_partner": True, "city": "Dundee"},
        "",
    ),
    (
        "has_partner",
        "we have been living together for 3 years in Leeds",
        {"has_partner": True, "city": "Leeds"},
        "",
    ),
    (
        "has_partner",
        "I have a wife, she is living three years in Leeds without me",
        {"has_partner": True},
        "",
    ),
    # a son-in-law, and Wu 伊, placed in a city
    ("city", "闺女在南京读博，女婿在苏州上班，她俩周末见面", {}, ""),
    ("internet_service", "网是阿拉囡囡装个，伊在杭州上班，难得回来", {}, ""),
    ("city", "我和女婿一家住在上海", {"city": "Shanghai"}, ""),
    ("city", "我在伊朗", {"city": "伊朗"}, ""),
    # home or uni asked back
    ("city", "do you mean home or college, home is a hamlet and college is miles off", {}, ""),
    ("city", "你问的是老家还是现在住的地方？老家在农村", {}, ""),
    ("city", "depends really", {}, "v"),
    # people in general beside the respondent's own gender
    ("gender", "我男的，跑滴滴的哪有那么多女的", {"gender": "male"}, ""),
    ("gender", "男的，不少女的也开", {"gender": "male"}, ""),
    ("gender", "女，好多女的都用移动", {"gender": "female"}, ""),
    ("gender", "这么多男的问卷就我一个女的", {"gender": "female"}, ""),
    ("gender", "我女的，28", {"gender": "female"}, ""),
    # Hokkien words for a woman and a man
    ("gender", "阮是查某人啦", {"gender": "female"}, ""),
    ("gender", "阮是查埔人", {"gender": "male"}, ""),
    ("gender", "帮我查某个号码是谁的", {}, ""),
    # which kind of complaint, asked back
    ("complaint", "信号方面的还是服务方面的？你说哪个", {}, ""),
    ("complaint", "你说哪个方面？", {}, ""),
    ("complaint", "signal or speed?", {}, ""),
    (
        "complaint",
        "网络方面的还是资费方面的？资费太贵了",
        {"complaint": "网络方面的还是资费方面的？资费太贵了"},
        "",
    ),
    (
        "complaint",
        "你说哪个都有问题，网也差客服也差",
        {"complaint": "你说哪个都有问题，网也差客服也差"},
        "",
    ),
    # Cantonese: nothing to complain about
    ("complaint", "冇乜不满意，都几好，多谢关心", {}, "v"),
    ("complaint", "冇乜不满意", {}, "v"),
    ("complaint", "冇乜好讲，信号差到死", {"complaint": "冇乜好讲，信号差到死"}, ""),
    # a story of a night out is no complaint; "down" of a place is no outage
    ("complaint", "went down to Cork for a wedding, great craic", {}, ""),
    (
        "complaint",
        "the network goes down at night",
        {"complaint": "the network goes down at night"},
        "",
    ),
    ("complaint", "it's down again", {"complaint": "it's down again"}, ""),
    # Wu and plain English for not knowing
    ("monthly_spend", "话费侪是阿拉囡囡付个，多少我记不牢", {}, "v"),
    ("monthly_spend", "记不牢了", {}, "v"),
    ("monthly_spend", "每个月八十块，记得牢的", {"monthly_spend": 80.0}, ""),
    ("internet_service", "我伐晓得", {}, "v"),
    ("internet_service", "光纤，速度我伐晓得", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "my nephew set it up, I could not tell you the name of it", {}, "v"),
    (
        "internet_service",
        "fibre, I could not tell you the speed though",
        {"internet_service": "fiber_optic"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round21_cities_open(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
