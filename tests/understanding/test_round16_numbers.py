"""Numbers read for the wrong slot or the wrong person (round 16: age, spend, tenure).

Covers: a temperature ("烧到38度5"), an average age of a group, elders of the family
("老头子", "奶奶") and an age after a clause about another person, "she's …, 20 years old", years
one looks older by ("老了十岁"), a school year before pupils ("高三学生都是08年的"), animals
counted ("30 cows"), patois "mi is", a birthday at Christmas; money sent home, games, a gift of
credit, "the phone one", a child's "4yo", a yearly amount "per annum", misspelt bills added, a
range with a currency after "between", a standalone "不是" correction, "月均"; a month word with
the bill named before the amount ("每月话费约…").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a temperature is no age
    ("age", "我儿子昨天烧到38度5，我请假在家陪他", {"has_dependents": True}, ""),
    ("age", "我今年三十八，发烧39度", {"age": 38}, ""),
    # an average of a group's ages
    ("age", "我们车间工人平均年龄都五十多了", {}, ""),
    ("age", "我五十多了", {"age": 50}, ""),
    # elders of the family and their ages
    ("has_partner", "我家老头子今年八十一了，天天钓鱼", {"has_partner": True}, ""),
    ("payment_method", "我奶奶八十多岁了，也用微信付钱", {}, ""),
    ("payment_method", "刚陪我外婆买菜，九十岁的人扫码付钱比我还快", {}, ""),
    ("age", "我八十多岁了", {"age": 80}, ""),
    # an age clause going on about "she"
    ("gender", "my grandson's at college. He's in Leeds, 19 years old", {}, ""),
    (
        "gender",
        "dad of two little ones, 38 years old",
        {"gender": "male", "age": 38, "has_dependents": True},
        "",
    ),
    # years one looks older by
    ("age", "老大八岁，我自己就不说了，被娃气得老了十岁", {"has_dependents": True}, "r"),
    # pupils' birth year after a school year, then the respondent's own
    ("age", "这届高二学生都是09年的，我自己是80年的", {"age": 46}, ""),
    # animals counted
    ("age", "sorry, 30 cows to milk before dark, ask me later", {}, ""),
    ("age", "45", {"age": 45}, ""),
    # patois "mi" is the respondent
    ("age", "Before anything, mi is 62 years old", {"age": 62}, ""),
    # a birthday at a feast day ahead
    ("age", "I'll be 70 at Christmas", {"age": 69}, ""),
    ("age", "I'm 70, Christmas is my favourite", {"age": 70}, ""),
    # money sent to family or spent on games, credit given as a gift
    ("has_dependents", "有，大儿子在外地打工，一个月寄八百块回家", {"has_dependents": True}, ""),
    ("monthly_spend", "一个月寄两千回家，话费每月九十", {"monthly_spend": 90.0}, ""),
    ("monthly_spend", "游戏里氪了328，不敢看账单", {}, ""),
    ("contract", "我儿子办的，说是两年的，送了三百元话费", {"contract": "two_year"}, ""),
    ("monthly_spend", "送了两百元话费，月租五十八", {"monthly_spend": 58.0}, ""),
    # "one" standing for a thing; a child's age
    # (the bill never looked at: vague, as "I never check the phone bill")
    ("monthly_spend", "rent's £700, gas about 80, never check the mobile one", {}, "v"),
    ("monthly_spend", "I don't keep track of the broadband one, sorry", {}, "v"),
    (
        "monthly_spend",
        "the phone one is 30, never check the broadband bill",
        {"monthly_spend": 30.0},
        "",
    ),
    (
        "monthly_spend",
        "hang on, my 4yo is crying, I'll look at the bill later",
        {"has_dependents": True},
        "",
    ),
    # a yearly amount with its monthly equivalent
    ("monthly_spend", "£960 per annum, so £80 a month", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "£960 per annum", {"monthly_spend": 80.0}, ""),
    # misspelt bills added up
    ("monthly_spend", "brodband is 40 and my fone is 12", {"monthly_spend": 52.0}, ""),
    # a range with a currency after "between"
    ("monthly_spend", "between £40 and £50 a month", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "Between GH₵ 200 and 260 a month", {"monthly_spend": 230.0}, ""),
    # a correction said as a clause of "不是"
    ("monthly_spend", "五十五吧，哦不是，六十五", {"monthly_spend": 65.0}, ""),
    ("monthly_spend", "五十五吧，不是很贵", {"monthly_spend": 55.0}, ""),
    # a month word with the bill named before the amount
    ("monthly_spend", "每月话费约六十八元", {"monthly_spend": 68.0}, ""),
    ("contract", "按月的，每月话费约六十八", {"contract": "month_to_month"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round16_numbers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
