"""Partners, dependents and names in chat style, and whom a topic word is about.

Covers: chat spellings of a negation ("木有"), possessives ("my son's"), partner words about
somebody else ("我姐结婚了"), grown-up and unborn children, echoed questions ("kids? nope"),
questions back ("define married?"), someone else's city, "一块儿" as "together", and the polite
frames and emoticons around names. Rows are (asked slot, message, exact values, flag) with flag
"r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey
from bot.understanding import people
from bot.understanding.cities import whose_place
from bot.understanding.normalize import Text

from .conftest import check_reading, read, values

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # chat spellings of 没有
    ("has_dependents", "木有孩子", {"has_dependents": False}, ""),
    ("has_dependents", "莫有娃", {"has_dependents": False}, ""),
    ("has_partner", "木有", {"has_partner": False}, ""),
    # possessive 's on a topic word
    ("has_dependents", "my son's at college", {"has_dependents": True}, ""),
    ("age", "I'm 52 and my husband's 55", {"age": 52, "has_partner": True}, ""),
    # partner words about somebody else
    ("has_partner", "我姐刚结婚", {}, ""),
    ("has_partner", "我姐结婚了，我还单着", {"has_partner": False}, ""),
    ("has_partner", "my sister just got married, I'm still single", {"has_partner": False}, ""),
    ("has_partner", "her husband is my best friend", {}, ""),
    ("has_partner", "我和他结婚三年了", {"has_partner": True}, ""),
    ("has_partner", "我是他老婆", {"has_partner": True}, ""),
    ("has_partner", "I'm his wife", {"has_partner": True}, ""),
    # grown-up children are no dependents
    ("has_dependents", "女儿嫁人了", {"has_dependents": False}, ""),
    ("has_dependents", "两个孩子都参加工作了", {"has_dependents": False}, ""),
    ("has_dependents", "our son has his own family now", {"has_dependents": False}, ""),
    ("has_dependents", "my kids are married with kids of their own", {"has_dependents": False}, ""),
    ("age", "女儿嫁人了，我今年55", {"age": 55}, ""),
    # children on the way
    ("has_dependents", "老婆怀孕了", {"has_dependents": False, "has_partner": True}, ""),
    ("has_dependents", "一个女儿，老婆又怀上了", {"has_dependents": True, "has_partner": True}, ""),
    ("has_dependents", "expecting our second in May", {"has_dependents": True}, ""),
    ("has_dependents", "I wasn't expecting that question", {}, ""),
    # the question echoed, then answered
    ("has_dependents", "孩子？有俩", {"has_dependents": True}, ""),
    ("has_dependents", "kids? nope", {"has_dependents": False}, ""),
    # a bare "有" inside a question is no yes
    ("has_dependents", "有啥关系吗?", {}, ""),
    ("has_partner", "这跟套餐有什么关系？", {}, ""),
    # questions back about the question
    ("has_partner", "define married?", {}, ""),
    ("has_partner", "什么意思？我结婚了", {"has_partner": True}, ""),
    # pattern readings for the asked topic
    ("has_dependents", "two under two 😵", {"has_dependents": True}, ""),
    ("has_dependents", "I send my parents money every month", {"has_dependents": True}, ""),
    ("has_dependents", "每月往家里寄钱", {"has_dependents": True}, ""),
    ("has_partner", "we've been together since uni", {"has_partner": True}, ""),
    ("has_partner", "在一起五年了", {"has_partner": True}, ""),
    ("has_partner", "和爸妈住在一起三年了", {}, ""),
    # new topic words
    ("has_partner", "那口子天天加班", {"has_partner": True}, ""),
    ("has_partner", "娃他爸常年出差", {"has_partner": True}, ""),
    ("has_partner", "空窗期中", {"has_partner": False}, ""),
    ("has_partner", "早成家了", {"has_partner": True}, ""),
    ("has_partner", "老夫老妻了", {"has_partner": True}, ""),
    ("has_partner", "I'm spoken for 😉", {"has_partner": True}, ""),
    ("has_dependents", "一个小家伙，刚会走路", {"has_dependents": True}, ""),
    ("has_dependents", "得养活一大家子", {"has_dependents": True}, ""),
    # a single parent: no partner; a dependent only when that is what was asked
    ("gender", "男，单亲爸爸", {"gender": "male", "has_partner": False}, ""),
    ("has_dependents", "single dad here", {"has_dependents": True, "has_partner": False}, ""),
    # in-laws, strangers with "some" / "this" / "there's a" / "有个", neighbours: nobody's own
    ("age", "my son-in-law is a plumber, I'm 67", {"age": 67}, ""),
    ("age", "my son is 6, I'm 35", {"age": 35, "has_dependents": True}, ""),
    ("age", "some toddler keeps screaming in the queue, I'm 29", {"age": 29}, ""),
    ("age", "there's a kid next door who practises drums all day, I'm 40", {"age": 40}, ""),
    ("age", "地铁上有个小孩一直在哭，我31", {"age": 31}, ""),
    ("has_dependents", "yes, a baby boy", {"has_dependents": True}, ""),
    ("has_dependents", "we've got this kid who never sleeps", {"has_dependents": True}, ""),
    ("has_dependents", "家里有个小孩，上小学", {"has_dependents": True}, ""),
    ("has_partner", "the couple upstairs just got married, lovely do it was", {}, ""),
    ("has_partner", "we're a couple, married last spring", {"has_partner": True}, ""),
    # children who have left home; a household of two, unless the other one is a child
    (
        "has_dependents",
        "married 30 years and the children have all left home",
        {"has_partner": True, "has_dependents": False},
        "",
    ),
    ("has_dependents", "two kids, both still at home", {"has_dependents": True}, ""),
    (
        "city",
        "成都，跟老公俩人住",
        {"city": "Chengdu", "has_partner": True, "has_dependents": False},
        "",
    ),
    ("city", "成都，跟女儿两个人住", {"city": "Chengdu", "has_dependents": True}, ""),
    # (a girlfriend is a partner, no friend the fact is said of)
    (
        "city",
        "南京，跟女朋友两个人住",
        {"city": "Nanjing", "has_partner": True, "has_dependents": False},
        "",
    ),
    # "俺家小的" is the respondent's child; young children counted after "mum of" / "dad of"
    ("has_dependents", "下午要接俺家小的放学", {"has_dependents": True}, ""),
    ("age", "dad of two under 5, 36", {"age": 36, "has_dependents": True}, ""),
    ("gender", "mother of one", {"gender": "female"}, ""),
    ("age", "a mum of three under 10 at my gym told me about you, I'm 44", {"age": 44}, ""),
    # refusals, hedges and vague answers
    ("has_dependents", "不想多说", {}, "r"),
    ("has_dependents", "keep my kids out of it please", {}, "r"),
    ("name", "名字就不用了", {}, "r"),
    ("name", "no names, sorry", {}, "r"),
    ("has_partner", "算是吧", {}, "v"),
    ("has_partner", "还在暧昧", {}, "v"),
    ("name", "称呼随意", {}, "v"),
    # names with polite frames and emoticons
    ("name", "Kim's fine by me", {"name": "Kim"}, ""),
    ("name", "hi all, Ravi here", {"name": "Ravi"}, ""),
    ("name", "put me down as Lee", {"name": "Lee"}, ""),
    ("name", "Anna :)", {"name": "Anna"}, ""),
    ("name", "小雨^_^", {"name": "小雨"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_people_answer(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


def test_chat_negation_is_standardised_in_place() -> None:
    text = Text.of("暂时木有娃，冇车")
    assert text.low == "暂时没有娃,没车"
    assert len(text.low) == len(text.surface)
    assert text.surface == "暂时木有娃,冇车"  # names and open answers keep what was typed


def test_someone_elses_city_is_not_the_respondents(survey: Survey) -> None:
    assert values(read(survey, "age", "32，老婆在上海上班")) == {"age": 32, "has_partner": True}
    assert values(read(survey, "age", "我38，我老公在北京工作，我在天津")) == {
        "age": 38,
        "city": "Tianjin",
        "has_partner": True,
    }
    assert values(read(survey, "has_partner", "我和老公住在杭州")) == {
        "has_partner": True,
        "city": "Hangzhou",
    }
    assert values(read(survey, "age", "跟爸妈住在成都，今年26")) == {"age": 26, "city": "Chengdu"}
    # asked, the place still answers the question
    assert values(read(survey, "city", "我老公在上海")) == {"city": "Shanghai", "has_partner": True}


def test_together_is_no_amount_of_money(survey: Survey) -> None:
    # (the two of them living together also says there are no dependents at home)
    assert values(read(survey, "has_partner", "老伴健在，俩人住一块儿")) == {
        "has_partner": True,
        "has_dependents": False,
    }
    assert values(read(survey, "age", "跟我妈住一块，我今年30")) == {"age": 30}
    assert values(read(survey, "monthly_spend", "一块五")) == {"monthly_spend": 1.5}


def test_life_events_are_no_tenure(survey: Survey) -> None:
    assert values(read(survey, "has_partner", "just got engaged!")) == {"has_partner": True}
    assert values(read(survey, "tenure_months", "just got connected last week")) == {
        "tenure_months": 0
    }


def test_whose_helpers() -> None:
    assert people.owned_by_someone_else("我姐结婚了", 2)
    assert not people.owned_by_someone_else("我和他结婚了", 3)
    assert people.grown_up("女儿嫁人了", 2)
    assert not people.grown_up("女儿上初中", 2)
    assert people.echoed_no("kids? nope", 4)
    assert not people.echoed_no("kids? two", 4)
    assert whose_place.someone_elses_place("my wife works in beijing", 17)
    assert not whose_place.someone_elses_place("my wife and i live in beijing", 22)
    assert people.in_question("有什么关系?", 1)
