"""Whose fact a clause states, in chatty answers full of other people (round 5 rules).

Covers: a spouse who "passed"; a partner sought, set up or asked about ("还在找对象", "相亲对象",
"when I'll get married"); a dating app; money sent to parents somewhere ("给农村的爸妈打钱", "老家的
父母"); a "有" with an object of its own ("有快递"); Cantonese "同我住"; "不如" that negates
nothing; a parent of young children by self-description; grown-up daughters; the respondent's own
childhood ("since I was a kid"); a kids' plan; a child spoken of again after it was named as
somebody else's; a child of "he" or "she"; "the baby of the family", "家里老大"; pupils of a
teaching job; "换啥换"; an option dismissed by a second question ("renew? at these prices?"); a
leaving tied to the contract's end, a condition, or weighing up, said in another answer; advice
reported and the plans of "he" or "she"; a group of friends named by two kin words ("姐妹们");
hobbies of "he", "she" or "they"; an activity going on right now; "all sorts" and "K-dramas".
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a spouse who passed is none; "passed" with an object is something else
    ("has_partner", "my wife passed last spring", {"has_partner": False}, ""),
    ("has_partner", "my husband passed his driving test", {"has_partner": True}, ""),
    # a partner sought, set up or asked about is not had; one found is
    ("has_partner", "我妈老给我介绍对象，烦死了", {}, ""),
    ("has_partner", "还在找对象呢", {"has_partner": False}, ""),
    ("has_partner", "单身，周末还得去见相亲对象", {"has_partner": False}, ""),
    ("has_partner", "终于找到对象了", {"has_partner": True}, ""),
    ("has_partner", "trying to find a boyfriend haha", {}, ""),
    ("has_partner", "my aunt always asks when I'll get married", {}, ""),
    ("has_partner", "we got married when I was 24", {"has_partner": True}, ""),
    ("has_partner", "lol are you a dating site now", {}, ""),
    ("has_partner", "dating a guy from my gym", {"has_partner": True}, ""),
    # money sent to parents somewhere else; a friend's parents are none of the respondent's
    ("has_dependents", "每月给乡下的父母转点钱", {"has_dependents": True}, ""),
    ("has_dependents", "给同事的爸妈转过钱", {}, ""),
    ("has_dependents", "给老家的爸妈寄生活费", {"has_dependents": True}, ""),
    ("has_dependents", "以前在老家要养爸妈，现在不用了", {"has_dependents": False}, ""),
    # "有" with an object of its own answers nothing; a bare or counted one does
    ("has_dependents", "等一下，有电话进来", {}, ""),
    ("has_dependents", "我们合唱团有三十几个小朋友", {}, ""),
    ("has_dependents", "有个小的，刚上幼儿园", {"has_dependents": True}, ""),
    ("has_dependents", "有两个吧", {"has_dependents": True}, ""),
    ("has_partner", "已经有人了", {"has_partner": True}, ""),
    ("has_partner", "稍等，有人敲门", {}, ""),
    # Cantonese "同我住" is "跟我住"; denied it is still a denial
    ("has_dependents", "老豆老妈同我住", {"has_dependents": True}, ""),
    ("has_dependents", "爸妈不同我住", {"has_dependents": False}, ""),
    # "不如" negates nothing; a real negation still does
    ("age", "还不如给娃买个新书包，我41", {"age": 41, "has_dependents": True}, ""),
    ("has_dependents", "没有娃，不如养猫", {"has_dependents": False}, ""),
    # a parent of young children by self-description, in any answer
    (
        "gender",
        "I'm a busy mum of two, both under five",
        {"gender": "female", "has_dependents": True},
        "",
    ),
    ("gender", "I'm a father of two", {"gender": "male"}, ""),
    ("has_dependents", "two grown daughters, both married", {"has_dependents": False}, ""),
    # the respondent's own childhood is no child of theirs
    ("age", "34, been playing chess since I was a kid", {"age": 34}, ""),
    ("interests", "tennis with my kid", {"interests": ["sports"], "has_dependents": True}, ""),
    # a kids' plan is a product
    ("has_dependents", "is there a children's discount?", {}, ""),
    ("has_dependents", "yes, my kids' tablets eat all the data", {"has_dependents": True}, ""),
    # a child spoken of again after being named as somebody else's
    ("has_dependents", "同事刚生了个闺女，小家伙胖乎乎的", {}, ""),
    ("has_dependents", "my cousin had twins, the babies are tiny", {}, ""),
    ("has_dependents", "邻居家有娃，我家也有一个娃", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "my friend had a baby, no kids myself though",
        {"has_dependents": False},
        "",
    ),
    # a child of "he" or "she", unless the pronoun may stand for the respondent's partner
    ("has_dependents", "他女儿今年考大学", {}, ""),
    ("has_dependents", "she has a son, I have none", {"has_dependents": False}, ""),
    (
        "has_partner",
        "有，孩子他爸在外地，我在家带娃",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    # a place in a group is no child
    ("age", "I'm 29, the baby of the family", {"age": 29}, ""),
    ("has_dependents", "the baby is 1 and the big one is 4", {"has_dependents": True}, ""),
    ("has_dependents", "我是家里老大，底下还有个妹妹", {}, ""),
    ("has_dependents", "我家老大上初中了", {"has_dependents": True}, ""),
    # children of a teaching job are pupils
    ("has_dependents", "我是小学老师，天天被小朋友围着", {}, ""),
    ("has_dependents", "家里俩小朋友", {"has_dependents": True}, ""),
    # the verb repeated around a question word dismisses it
    ("churn_intent", "换什么换，这么多年了", {"churn_intent": "stay"}, ""),
    ("churn_intent", "换，肯定换", {"churn_intent": "leave"}, ""),
    # an option dismissed by a second question
    ("churn_intent", "stay? with this wifi? no chance", {"churn_intent": "leave"}, ""),
    ("churn_intent", "renew? sure, why not", {"churn_intent": "stay"}, ""),
    # in another answer: a leaving tied to the contract's end, a condition, weighing up
    (
        "satisfaction",
        "2分吧，合同到期我就不续了",
        {"satisfaction": 2, "churn_intent": "leave"},
        "",
    ),
    ("satisfaction", "2分，到期就换套餐", {"satisfaction": 2}, ""),
    (
        "satisfaction",
        "2 stars. if nothing changes by spring, I'm gone",
        {"satisfaction": 2, "churn_intent": "unsure"},
        "",
    ),
    ("satisfaction", "2 stars. even if they fix it, I'm out", {"satisfaction": 2}, ""),
    ("payment_method", "considering cancelling tbh", {"churn_intent": "unsure"}, ""),
    ("age", "33, thinking of leaving my job", {"age": 33}, ""),
    # advice reported, and plans of "he" or "she", are not the respondent's
    ("churn_intent", "my mate reckons I should switch", {}, ""),
    ("churn_intent", "my mate switched and I'm leaving too", {"churn_intent": "leave"}, ""),
    ("churn_intent", "she's cancelling hers next month", {}, ""),
    ("churn_intent", "他要转网，我不换", {"churn_intent": "stay"}, ""),
    ("churn_intent", "她说要换电信", {}, ""),
    # a group of friends named by two kin words
    ("interests", "周末跟兄弟们打篮球", {"interests": ["sports"]}, ""),
    ("interests", "姐妹们爱逛街，我不爱", {}, ""),
    # hobbies of "he", "she" or "they"; the respondent with them, or a pet identified
    ("interests", "my son? he's always on his xbox", {"has_dependents": True}, ""),
    ("interests", "they spend all weekend camping, I stay home", {}, ""),
    ("interests", "she and I love cooking together", {"interests": ["food"]}, ""),
    ("interests", "弹吉他和跑步", {"interests": ["fitness", "music"]}, ""),
    (
        "interests",
        "walking my dog Biscuit (he's a beagle) and reading",
        {"interests": ["pets", "reading"]},
        "",
    ),
    ("interests", "saw three of his gigs last year", {"interests": ["music"]}, ""),
    # an activity going on right now is no hobby; a habit is
    ("interests", "正在打游戏呢，等会儿说", {}, ""),
    ("interests", "最近在练瑜伽", {"interests": ["fitness"]}, ""),
    ("interests", "I'm baking right now, can this wait", {}, ""),
    ("interests", "I'm really into baking", {"interests": ["food"]}, ""),
    # "all sorts" is no misspelt "sports"; "K-dramas" are TV
    ("interests", "all sorts, reading mostly", {"interests": ["reading"]}, ""),
    ("interests", "all sorts of sports", {"interests": ["sports"]}, ""),
    ("interests", "c-dramas and cycling", {"interests": ["movies", "sports"]}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_whose_fact(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
