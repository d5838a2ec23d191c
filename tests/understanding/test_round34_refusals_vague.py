"""Refusals and vague answers, round 34: what is asked named as the object of "not saying"
("not saying where I live, sorry love"), the asker told off in play ("never you mind 😂"),
names said not to matter after a self-description whose city still counts, a next question
only foreseen ("23 and single if that's the next question": nothing refused), the asked thing
called the respondent's own affair ("花多少钱是我自己的事", "爱好是私事，不聊这个"), rating as a
chore not taken on ("打分的事不想弄"); no hobbies for a long working week ("don't really have
hobbies, I work 60 hours a week"), the spend judged with no amount ("way too much for what it
is"), and not knowing with a look only supposed ("no idea, honestly, I'd have to check").

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("city", "not saying where I live, sorry love", {}, "r"),
    ("city", "I'm not saying where I live", {}, "r"),
    ("age", "not saying how old I am lol", {}, "r"),
    ("monthly_spend", "not saying how much I pay, mate", {}, "r"),
    ("city", "I'm not saying where I live is bad, I'm in Leeds", {"city": "Leeds"}, ""),
    (
        "monthly_spend",
        "I'm not saying how much I pay is too much, it's 40 quid",
        {"monthly_spend": 40.0},
        "",
    ),
    ("age", "never you mind 😂", {}, "r"),
    ("age", "never you mind", {}, "r"),
    ("gender", "wouldn't you like to know 😏", {}, "r"),
    ("age", "never mind, I'm 34", {"age": 34}, ""),
    ("age", "ah never mind that, 34", {"age": 34}, ""),
    ("name", "I'm a uni lecturer in Bradford, names aren't important", {"city": "Bradford"}, "r"),
    ("name", "names aren't important", {}, "r"),
    ("name", "name isn't important, sorry", {}, "r"),
    ("name", "names are not important really", {}, "r"),
    ("name", "I'm a nurse in Leeds, my name's not important", {"city": "Leeds"}, "r"),
    ("name", "names aren't important, call me Dave", {"name": "Dave"}, ""),
    (
        "gender",
        "23 years old and single if that's the next question",
        {"age": 23, "has_partner": False},
        "",
    ),
    ("gender", "male, 40, in case that's your next question", {"gender": "male"}, ""),
    ("gender", "Male. Next question", {"gender": "male"}, ""),
    ("gender", "next question", {}, "r"),
    ("monthly_spend", "花多少钱是我自己的事", {}, "r"),
    ("age", "多大是我自己的事", {}, "r"),
    ("city", "住哪是我个人的事吧", {}, "r"),
    ("monthly_spend", "这是我自己的事", {}, "r"),
    ("has_dependents", "带孩子是我自己的事，我有两个娃", {"has_dependents": True}, ""),
    ("interests", "爱好是私事，不聊这个", {}, "r"),
    ("has_partner", "感情是私事", {}, "r"),
    ("age", "这属于私事", {}, "r"),
    ("tenure_months", "家里有点私事，晚点再答", {}, ""),
    ("interests", "不聊这个", {}, "r"),
    ("interests", "不聊这个了，我平时爱看电影", {"interests": ["movies"]}, ""),
    ("satisfaction", "打分的事不想弄", {}, "r"),
    ("satisfaction", "评分这个懒得弄", {}, "r"),
    ("satisfaction", "打分不想搞", {}, "r"),
    ("satisfaction", "打分的事不想弄错，给4分吧", {"satisfaction": 4}, ""),
    ("churn_intent", "宽带的事不想弄了，直接换", {"churn_intent": "leave"}, ""),
    ("interests", "don't really have hobbies, I work 60 hours a week", {}, "v"),
    ("interests", "I don't really have any hobbies", {}, "v"),
    ("interests", "haven't really got hobbies tbh", {}, "v"),
    ("interests", "I work 70 hours a week", {}, "v"),
    ("interests", "I work crazy hours, so nothing really", {}, "v"),
    ("interests", "I work six days a week", {}, "v"),
    ("interests", "一周上六天班，天天加班", {}, "v"),
    (
        "interests",
        "I work 60 hours a week but I still play football on Sundays",
        {"interests": ["sports"]},
        "",
    ),
    (
        "interests",
        "don't really have hobbies, just reading now and then",
        {"interests": ["reading"]},
        "",
    ),
    ("monthly_spend", "way too much for what it is 😩", {}, "v"),
    ("monthly_spend", "too much for what you get", {}, "v"),
    ("monthly_spend", "it's a rip-off", {}, "v"),
    ("monthly_spend", "overpriced tbh", {}, "v"),
    ("monthly_spend", "more than it's worth", {}, "v"),
    ("monthly_spend", "太贵了", {}, "v"),
    ("monthly_spend", "贵死了", {}, "v"),
    ("monthly_spend", "真的太贵了，不值", {}, "v"),
    ("monthly_spend", "way too much for what it is, about £60", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "太贵了，一个月两百", {"monthly_spend": 200.0}, ""),
    ("satisfaction", "way too much for what it is, 2", {"satisfaction": 2}, ""),
    ("contract", "no idea, honestly, I'd have to check", {}, "v"),
    ("contract", "not sure, I'd need to look at the paperwork", {}, "v"),
    ("tenure_months", "no clue, I would have to check", {}, "v"),
    ("contract", "I'd have to look", {}, ""),
    ("contract", "no idea, let me check", {}, ""),
    ("contract", "let me check", {}, ""),
    ("contract", "这个我得查一下", {}, ""),
    (
        "complaint",
        "wouldn't you like to know why it keeps dropping every night",
        {"complaint": "wouldn't you like to know why it keeps dropping every night"},
        "",
    ),
    ("interests", "I work from home, mostly gaming", {"interests": ["gaming"]}, ""),
    ("interests", "I work from home", {}, ""),
    ("monthly_spend", "my phone bill is a rip-off, £45", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "the roaming is a rip-off", {}, ""),
    ("churn_intent", "太贵了", {}, ""),
    ("satisfaction", "太贵了", {}, ""),
    ("monthly_spend", "不值这个价", {}, "v"),
    ("monthly_spend", "这个价格不值，一个月99", {"monthly_spend": 99.0}, ""),
    ("complaint", "太贵了", {"complaint": "太贵了"}, ""),
    ("city", "never you mind, I'm in Leeds", {"city": "Leeds"}, ""),
    ("age", "never you mind, I'm 34", {"age": 34}, ""),
    ("monthly_spend", "那是我的私事", {}, "r"),
    ("interests", "我是做私事的", {}, ""),
    ("tenure_months", "我的事你别管", {}, "r"),
    ("monthly_spend", "这是我自己的事，一个月大概100吧", {"monthly_spend": 100.0}, ""),
    ("name", "我叫什么是我自己的事", {}, "r"),
    ("has_partner", "有没有对象是我个人的事", {}, "r"),
    ("interests", "我周末的事比较多，爱看电影", {"interests": ["movies"]}, ""),
    (
        "gender",
        "single if that's your next question, and I'm female",
        {"has_partner": False, "gender": "female"},
        "",
    ),
    ("satisfaction", "问卷这种事不想弄", {}, "r"),
    ("interests", "I work 40 hours a week and play tennis", {"interests": ["sports"]}, ""),
    ("interests", "he works crazy hours, I read a lot", {"interests": ["reading"]}, ""),
    ("contract", "not sure, I'll have to check", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round34_refusals_vague(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
