"""Household and people, round 37: a generation called a baby, the respondent's role in a couple,
"de facto", parents supported back home, a son's game in passing, a wedding feast that is no
sign-up, a typo for 领证, in-laws' children, "闹腾死了", pupils of "our" kindergarten and "单亲".

Covers: "Gen X baby", "millennial kid", "80后宝宝" (no dependants: a generation; but "we have a
baby"); "I'm the husband", "wife here" (the gender; not "my husband's filling it in", "my husband
here says hi"); "de facto", "we're de facto" (a partner; not "de facto control"); "supporting my
parents in the village" (True; not "I'm supporting the local team", "my parents are supporting
me"); "my son loves fortnite" under another question (open; but "my kids love minecraft");
"刚结婚，上个月才办的酒" (no tenure; but "上个月才办的宽带" is 1); "有男朋友 还没领正" (a partner);
"我嫂子家三个娃", "我小姑子家两个孩子" (nobody's of the respondent); "我家三个娃 闹腾死了" (True,
no death); "我们幼儿园小朋友可多了", "our kindergarten has lots of kids", "我在幼儿园上班
娃娃可多了" (pupils; but "我家小朋友上幼儿园了", "…，自己有两个孩子"); "单亲，带着儿子过" (no
partner; but "我爸妈是单亲家庭", "我是单亲家庭长大的" nothing). Rows are (asked slot, message,
exact values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

P = "has_partner"
D = "has_dependents"
G = "gender"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a generation called a baby or a kid, no child
    ("age", "Gen X baby 😎", {}, "v"),
    ("age", "millennial baby lol", {}, "v"),
    ("age", "Gen Z kid here", {}, "v"),
    ("age", "boomer baby, born 1958", {"age": 68}, ""),
    ("age", "80后宝宝", {}, "v"),
    ("age", "90后的宝宝", {}, "v"),
    (D, "we have a baby", {D: True}, ""),
    # the respondent's role in a couple names the gender
    (G, "the wife's filling this in for me, I'm the husband 😂", {P: True, G: "male"}, ""),
    (G, "I'm the husband", {P: True, G: "male"}, ""),
    (G, "husband here, wife is typing", {P: True, G: "male"}, ""),
    (G, "I'm the wife, he's at work", {P: True, G: "female"}, ""),
    (G, "wife here lol", {P: True, G: "female"}, ""),
    (G, "I'm his wife", {P: True, G: "female"}, ""),
    (G, "my husband's filling it in for me", {P: True}, ""),
    (G, "my husband here says hi", {P: True}, ""),
    ("age", "I'm the husband, 45", {P: True, "age": 45}, ""),
    # "de facto" on its own is a partner, "in fact" before a noun is not
    (P, "de facto, and we've got a toddler", {P: True, D: True}, ""),
    (P, "de facto", {P: True}, ""),
    (P, "we're de facto", {P: True}, ""),
    (P, "de facto partner of 5 years", {P: True}, ""),
    (D, "de facto, and we've got a toddler", {P: True, D: True}, ""),
    (P, "de facto control of the house is mine lol", {}, ""),
    # parents supported back home
    (
        D,
        "I am supporting my parents in the village near Comilla, sending money each month",
        {D: True},
        "",
    ),
    (D, "supporting my mum and dad in the village", {D: True}, ""),
    (D, "I'm supporting my elderly mother back home", {D: True}, ""),
    (D, "I send money to my mum every month", {D: True}, ""),
    ("age", "34, supporting my parents back home", {"age": 34, D: True}, ""),
    (D, "I'm supporting the local team", {}, ""),
    (D, "my parents are supporting me right now", {}, ""),
    (D, "my brother is supporting my parents, not me", {}, ""),
    # a son's or daughter's game in passing leaves the household open
    ("interests", "my son loves fortnite, I just watch the rugby", {"interests": ["sports"]}, ""),
    ("interests", "my son plays fortnite, I just watch the rugby", {"interests": ["sports"]}, ""),
    (
        "interests",
        "my daughter loves fortnite, I just watch the rugby",
        {"interests": ["sports"]},
        "",
    ),
    ("interests", "my daughter plays netball, I like reading", {"interests": ["reading"]}, ""),
    ("interests", "my kids love minecraft, I'm into cooking", {D: True, "interests": ["food"]}, ""),
    (D, "my son loves fortnite", {D: True}, ""),
    # a wedding feast is no sign-up
    (P, "刚结婚，上个月才办的酒", {P: True}, ""),
    (P, "结婚了，去年办的酒", {P: True}, ""),
    ("tenure_months", "上个月才办的", {"tenure_months": 1}, ""),
    ("tenure_months", "上个月才办的宽带", {"tenure_months": 1}, ""),
    ("tenure_months", "上个月刚办的，办完就后悔", {"tenure_months": 1}, ""),
    # a typo for 领证 after a relationship
    (P, "有男朋友 还没领正", {P: True}, ""),
    (P, "有男朋友，还没领证", {P: True}, ""),
    (P, "有对象 没领证", {P: True}, ""),
    (P, "没男朋友", {P: False}, ""),
    # in-laws' children, and "死了" as an intensifier
    (D, "我嫂子家三个娃 闹腾死了", {}, ""),
    (D, "我嫂子家的孩子", {}, ""),
    (D, "我嫂子有三个娃", {}, ""),
    (D, "我小姑子家两个孩子", {}, ""),
    (D, "我大嫂家一个儿子", {}, ""),
    (D, "我姐家两个孩子 天天来我家", {}, ""),
    (D, "my sister-in-law has three kids, chaos", {}, ""),
    (D, "我家三个娃 闹腾死了", {D: True}, ""),
    (D, "三个娃 烦死了", {D: True}, ""),
    (D, "有个娃 累死了", {D: True}, ""),
    # pupils of the respondent's school or nursery
    (D, "我们幼儿园小朋友可多了哈哈", {}, ""),
    (D, "我们班小朋友很多", {}, ""),
    (D, "咱们学校的孩子们都很乖", {}, ""),
    (D, "我在幼儿园上班 娃娃可多了", {}, ""),
    (D, "our kindergarten has lots of kids haha", {}, ""),
    (D, "the kids in my class are lovely", {}, ""),
    (D, "I work at a nursery, the kids are a handful", {}, ""),
    (D, "我在幼儿园上班，自己有两个孩子", {D: True}, ""),
    (D, "我家小朋友上幼儿园了", {D: True}, ""),
    (D, "I work at a nursery and I have two kids", {D: True}, ""),
    (D, "我们俩有个小朋友，三岁", {D: True}, ""),
    # "单亲" is a single parent, not a background
    (D, "单亲，带着儿子过，他才6岁", {P: False, D: True}, ""),
    (P, "单亲，带着儿子过，他才6岁", {P: False, D: True}, ""),
    (P, "单亲妈妈", {P: False}, ""),
    (D, "单亲妈妈，一个女儿", {P: False, D: True}, ""),
    (P, "single parent with two kids", {P: False, D: True}, ""),
    (P, "我爸妈是单亲家庭", {}, ""),
    (P, "grew up in a single parent family", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round37_household_people(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
