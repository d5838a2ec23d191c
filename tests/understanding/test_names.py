"""Names: humble surname forms, corrections and jokes taken back, names typed twice, handles,
clauses parted without punctuation, and descriptions or other people's names that are no name.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise; each rule has a case that fills and a near miss that must not.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey
from bot.understanding.identity import name_words

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # humble forms of giving the surname
    ("name", "免贵姓蒋", {"name": "蒋"}, ""),
    ("name", "免贵，复姓慕容", {"name": "慕容"}, ""),
    ("name", "敝姓上官", {"name": "上官"}, ""),
    ("name", "免贵", {}, ""),
    ("age", "我同事姓王，我30", {"age": 30}, ""),
    # the name after a correction or a joke taken back
    ("name", "张敏，打错字了，是张闽", {"name": "张闽"}, ""),
    ("name", "我叫孙悟空，逗你的，孙立新", {"name": "孙立新"}, ""),
    ("name", "Batman, just kidding, Bruce", {"name": "Bruce"}, ""),
    ("name", "Jon no actually make that Jonathan", {"name": "Jonathan"}, ""),
    ("name", "Ethan. Teaching 30 kids, so make it quick", {"name": "Ethan"}, ""),
    ("name", "王芳，开玩笑的", {"name": "王芳"}, ""),
    # a name typed twice is one name; a doubled character or syllable is part of it
    ("name", "陈晨陈晨", {"name": "陈晨"}, ""),
    ("name", "Lucas Lucas", {"name": "Lucas"}, ""),
    ("name", "婷婷", {"name": "婷婷"}, ""),
    ("name", "Li Li", {"name": "Li Li"}, ""),
    # a handle is a whole phrase; a refusal in its place is none
    ("name", "我的网名叫快乐的小鱼", {"name": "快乐的小鱼"}, ""),
    ("name", "网名叫不告诉你", {}, "r"),
    # clauses parted by a space next to Chinese, by an emoji, by an apology
    ("name", "周敏 住在苏州", {"name": "周敏", "city": "Suzhou"}, ""),
    ("name", "Wang Lei 用拼音打的", {"name": "Wang Lei"}, ""),
    ("name", "mira 🌸 my gran chose it", {"name": "mira"}, ""),
    ("name", "Nico sorry autocorrect", {"name": "Nico"}, ""),
    ("name", "wah 我是 driver la", {}, ""),
    ("name", "hmm 🤔 idk", {}, "v"),
    # after a clause that describes, only a capitalised clause names
    ("name", "I'm the daughter, Kim", {"name": "Kim"}, ""),
    ("name", "I'm a cook, long hours", {}, ""),
    ("name", "I'm a nurse, sorry if I'm slow", {}, ""),
    # dialect frames: Henan "就中", Cantonese "我系"
    ("name", "叫俺栓子就中", {"name": "栓子"}, ""),
    ("name", "我系黄志强", {"name": "黄志强"}, ""),
    ("name", "我系统出问题了", {}, ""),
    # "我是" with a role, a state or a thing describes the respondent; a nickname with a title
    # is a name
    ("name", "我是小周", {"name": "小周"}, ""),
    ("name", "叫我兔兔老师", {"name": "兔兔老师"}, ""),
    ("name", "我是老用户", {}, ""),
    ("name", "我是小米手机", {}, ""),
    ("name", "我是中学老师", {}, ""),
    ("name", "我是国企员工", {}, ""),
    # a bare "叫…" names somebody else outside the name question
    ("name", "叫秀英", {"name": "秀英"}, ""),
    ("has_partner", "有老婆，叫秀英", {"has_partner": True}, ""),
    # homophone slips of the pinyin keyboard, for a surname and a given name only
    ("name", "我教张建华", {"name": "张建华"}, ""),
    ("name", "我事刘芳", {"name": "刘芳"}, ""),
    ("name", "我教高二", {}, ""),
    ("name", "我教语文", {}, ""),
    # somebody else's name on the account
    ("name", "户主是我妈的名字，赵桂兰", {}, ""),
    ("name", "账户是我老公的名字，我叫李娟", {"name": "李娟", "has_partner": True}, ""),
    ("name", "it's in my husband's name", {"has_partner": True}, ""),
    ("age", "my brother's name is Leo, I'm 19", {"age": 19}, ""),
    # a given name that is a common word counts when capitalised after "my name is"
    ("name", "my name's Guy", {"name": "Guy"}, ""),
    ("gender", "I'm Guy", {"gender": "male"}, ""),
    # "go with" names only when the name was asked
    ("name", "Legally Aleksandr, but go with Sasha", {"name": "Sasha"}, ""),
    ("churn_intent", "I'll go with Vodafone", {"churn_intent": "leave"}, ""),
    # a name signed at a sentence start, whatever was asked; not a place or an activity
    ("tenure_months", "Priya here, about 2 years", {"name": "Priya", "tenure_months": 24}, ""),
    ("age", "41. Marcus, by the way", {"name": "Marcus", "age": 41}, ""),
    ("tenure_months", "Manchester here, 2 years", {"city": "Manchester", "tenure_months": 24}, ""),
    ("interests", "Gaming here, mostly", {"interests": ["gaming"]}, ""),
    ("age", "Honestly, by the way, 40", {"age": 40}, ""),
    # consent and address after the name, a Filipino "Ma." and "po", quotes and hyphens kept
    ("name", "Ms. Okoye will do nicely", {"name": "Ms. Okoye"}, ""),
    ("name", "Ma. Luisa po", {"name": "Ma. Luisa"}, ""),
    ("name", "'Bex' works", {"name": "Bex"}, ""),
    ("name", "Mr. Ortiz-Reyes", {"name": "Mr. Ortiz-Reyes"}, ""),
    # "我是…" as what somebody takes the respondent for is no introduction
    ("age", "爸妈总以为我是小孩，其实我32了", {"age": 32}, ""),
    ("age", "我是小周，32", {"name": "小周", "age": 32}, ""),
    # a greeting is stripped as a whole word, in its chat spellings
    ("name", "hiya, sorry, only just got round to this", {}, ""),
    ("name", "hiya, Mia here", {"name": "Mia"}, ""),
    ("name", "heyyy Tom", {"name": "Tom"}, ""),
    # months, seasons and holidays are no names; those that are given names count as names
    (
        "complaint",
        "it's December now and the signal still drops every evening",
        {"complaint": "it's December now and the signal still drops every evening"},
        "",
    ),
    ("name", "my name's June", {"name": "June"}, ""),
    ("name", "april lee", {"name": "april lee"}, ""),
    # "rather not" alone declines; "call me whatever" gives nothing to store
    ("name", "rather not, sorry", {}, "r"),
    ("churn_intent", "rather not switch", {"churn_intent": "stay"}, ""),
    ("name", "call me whatever you like", {}, "v"),
    # a word in capitals after "its" / "I'm", in a message typed in lowercase, is an acronym
    ("tenure_months", "the van failed its MOT this morning, 3 years", {"tenure_months": 36}, ""),
    ("age", "my name is AJ, 29", {"name": "AJ", "age": 29}, ""),
    ("name", "it's DJ", {"name": "DJ"}, ""),
    # several words of consent after a titled name
    ("name", "Mr Lowe is good thanks", {"name": "Mr Lowe"}, ""),
    ("name", "Ken is fine", {"name": "Ken"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_name_answer(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


def test_once() -> None:
    assert name_words.once("李想李想") == "李想"
    assert name_words.once("Sam Sam") == "Sam"
    assert name_words.once("丽丽") == "丽丽"
    assert name_words.once("Li Li") == "Li Li"
    assert name_words.once("Anna Lee") == "Anna Lee"
