"""Numbers inside idioms and figures of speech count nothing; some idioms answer the rating
question with no level.

Covers: proverbs and set phrases whose numerals are no value ("一分钱一分货",
"五五开", "半斤八两", "百里挑一", "十年如一日", "一年半载", "on cloud nine", "my two cents",
"a dime a dozen", "seven days a week", "one in a million"), while a number said beside them
still counts ("一般般，一分价钱一分货" → 3, "two cents lol, about 60" → 60); "百分百满意",
"一万个满意", "100% satisfied" are 5 and "一百个不满意" is 1, like "十分满意"; asked for the
rating, a figure with no level is vague ("五五开吧", "说不上好坏", "五星好评是不可能的",
"一星半点的好感都没有", good on one floor and not on another), unless a score is said beside
it ("五星是不可能的，三星吧" → 3).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # proverbs: you get what you pay for, even, six of one
    ("satisfaction", "一分钱一分货吧", {}, "v"),
    ("satisfaction", "一般般，一分价钱一分货", {"satisfaction": 3}, ""),
    ("satisfaction", "you get what you pay for", {}, "v"),
    ("satisfaction", "you get what you pay for, 3 I guess", {"satisfaction": 3}, ""),
    ("satisfaction", "五五开吧", {}, "v"),
    ("satisfaction", "半斤八两", {}, "v"),
    ("satisfaction", "fifty-fifty", {}, "v"),
    ("monthly_spend", "一分钱一分货，99一个月", {"monthly_spend": 99.0}, ""),
    ("monthly_spend", "一分钱一分货，每月一百二", {"monthly_spend": 120.0}, ""),
    ("monthly_spend", "半斤八两，都是五十块左右", {"monthly_spend": 50.0}, ""),
    ("age", "一分钱一分货，我39", {"age": 39}, ""),
    ("age", "百里挑一的客户，36", {"age": 36}, ""),
    # every bit satisfied, a hundred times dissatisfied
    ("satisfaction", "百分百满意", {"satisfaction": 5}, ""),
    ("satisfaction", "百分之百满意", {"satisfaction": 5}, ""),
    ("satisfaction", "100%满意", {"satisfaction": 5}, ""),
    ("satisfaction", "100% satisfied", {"satisfaction": 5}, ""),
    ("satisfaction", "a hundred percent satisfied", {"satisfaction": 5}, ""),
    ("satisfaction", "一万个满意", {"satisfaction": 5}, ""),
    ("satisfaction", "一百个不满意", {"satisfaction": 1}, ""),
    ("satisfaction", "100% dissatisfied", {"satisfaction": 1}, ""),
    ("satisfaction", "十分满意", {"satisfaction": 5}, ""),
    ("satisfaction", "satisfied", {"satisfaction": 4}, ""),
    # can't say good or bad
    ("satisfaction", "用了3年了，说不上好坏", {"tenure_months": 36}, "v"),
    ("satisfaction", "谈不上好坏", {}, "v"),
    ("satisfaction", "好坏说不上", {}, "v"),
    ("satisfaction", "can't say good or bad", {}, "v"),
    ("satisfaction", "说不上好坏，3分吧", {"satisfaction": 3}, ""),
    ("satisfaction", "说不上好", {"satisfaction": 2}, ""),
    ("satisfaction", "不好不坏", {"satisfaction": 3}, ""),
    # five stars ruled out, with no score said
    ("satisfaction", "五星好评是不可能的", {}, "v"),
    ("satisfaction", "不可能给五星", {}, "v"),
    ("satisfaction", "five stars? no way", {}, "v"),
    ("satisfaction", "五星是不可能的，三星吧", {"satisfaction": 3}, ""),
    ("satisfaction", "五星好评是不可能的，给个4分", {"satisfaction": 4}, ""),
    ("satisfaction", "five stars? no way. 2", {"satisfaction": 2}, ""),
    ("satisfaction", "五星好评", {"satisfaction": 5}, ""),
    ("satisfaction", "一星都不想给", {"satisfaction": 1}, ""),
    # not the least goodwill
    ("satisfaction", "一星半点的好感都没有", {}, "v"),
    ("satisfaction", "对你们一点好感都没有", {}, "v"),
    ("satisfaction", "很有好感", {"satisfaction": 4}, ""),
    # good on one floor, not on another
    ("satisfaction", "1楼信号好，3楼没信号", {}, "v"),
    ("satisfaction", "楼下信号好，楼上没信号", {}, "v"),
    ("satisfaction", "upstairs is fine, downstairs nothing", {}, "v"),
    ("satisfaction", "works fine on the ground floor, but the 2nd floor is dead", {}, "v"),
    ("satisfaction", "住3楼，信号挺好", {"satisfaction": 4}, ""),
    ("satisfaction", "住3楼，4分", {"satisfaction": 4}, ""),
    ("satisfaction", "I'm on the 2nd floor, it's great", {"satisfaction": 5}, ""),
    # idioms of time and quantity
    ("tenure_months", "十年如一日", {}, ""),
    ("tenure_months", "一年半载吧", {}, "v"),
    ("tenure_months", "三年五载了", {}, "v"),
    ("tenure_months", "一年半", {"tenure_months": 18}, ""),
    ("tenure_months", "一来二去用了两年", {"tenure_months": 24}, ""),
    (
        "tenure_months",
        "三天两头换运营商，这家用了两年",
        {"churn_intent": "leave", "tenure_months": 24},
        "",
    ),
    ("age", "我一年到头都在加班，35了", {"age": 35}, ""),
    ("age", "一百个不愿意说", {}, "r"),
    ("has_dependents", "一个两个都上小学了", {"has_dependents": True}, ""),
    # English figures
    ("satisfaction", "on cloud nine", {}, ""),
    ("satisfaction", "on cloud nine, a solid 5", {"satisfaction": 5}, ""),
    ("satisfaction", "a dime a dozen", {}, ""),
    ("satisfaction", "a dime a dozen, 3", {"satisfaction": 3}, ""),
    ("satisfaction", "seven days a week it drops", {}, ""),
    ("satisfaction", "my two cents: it's ok", {"satisfaction": 3}, ""),
    ("tenure_months", "seven days a week for 3 years", {"tenure_months": 36}, ""),
    ("monthly_spend", "two cents lol, about 60", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "one in a million deal, 30 bucks", {"monthly_spend": 30.0}, ""),
    ("monthly_spend", "seven days a week I use it, 70 a month", {"monthly_spend": 70.0}, ""),
    ("satisfaction", "5 stars", {"satisfaction": 5}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_number_idioms(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
