"""People and household, round 16: who a household word is about, in chat and dialect.

Covers: "宝宝们" said to a livestream or group-chat audience; Shanghainese partner and death
words ("我搭老头子", "阿拉跟老太婆", "走掉了") and a couple as the whole household
("就阿拉老两口"); patois "mi husband", "pass on"; children "reared and gone" with
grandchildren; a grandchild's school; a son or daughter who signs the respondent up, has a
grown-up's circle or is the parent of the respondent's grandchildren; a child given a watch
card; other people's babies and "他家" children; a likeness ("跟小孩似的"); "一个人" doing a
task; elders the respondent cares for; "npy", dating for years, getting together with "him";
"wdym" and "whether you mean" questions back.
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # the audience called "宝宝们" is nobody's child
    ("has_partner", "单身哦宝宝们", {"has_partner": False}, ""),
    ("contract", "包年的呀宝宝们～", {"contract": "one_year"}, ""),
    ("monthly_spend", "一个月八十多吧宝宝们", {"monthly_spend": 80.0}, ""),
    ("has_dependents", "我家宝宝们都上幼儿园了", {"has_dependents": True}, ""),
    ("has_dependents", "俩宝宝们都挺乖的", {"has_dependents": True}, ""),
    ("has_dependents", "宝宝们都上学了", {"has_dependents": True}, ""),
    # Shanghainese: the husband or wife with the respondent, the couple as the whole household
    (
        "has_dependents",
        "就阿拉跟老太婆两个人",
        {"has_partner": True, "has_dependents": False},
        "",
    ),
    (
        "age",
        "七十了，家里就我和老伴两个人",
        {"age": 70, "has_partner": True, "has_dependents": False},
        "",
    ),
    ("has_partner", "我家老头子走掉三年了", {"has_partner": False}, ""),
    ("has_partner", "老头子刚走掉，去买菜了", {"has_partner": True}, ""),
    # patois: "mi wife", the verb unmarked
    ("has_partner", "mi wife pass away in 2019", {"has_partner": False}, ""),
    ("has_partner", "my husband will pass on the message", {"has_partner": True}, ""),
    (
        "city",
        "Galway, just me and me husband",
        {"city": "Galway", "has_partner": True, "has_dependents": False},
        "",
    ),
    (
        "city",
        "Kingston. Just me and mi husband and mi two grandkids",
        {"city": "Kingston", "has_partner": True},
        "",
    ),
    # children reared and gone; grandchildren are theirs
    (
        "has_dependents",
        "No, mine are all reared and gone, sure I've three grandchildren",
        {"has_dependents": False},
        "",
    ),
    ("has_dependents", "囡囡刚上小学", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "孙女在读高中，我跟老伴两个人住",
        {"has_partner": True, "has_dependents": False},
        "",
    ),
    ("has_dependents", "儿子上高中了", {"has_dependents": True}, ""),
    # a son or daughter who signs the respondent up is a grown-up
    ("tenure_months", "about 3 years, my daughter signed me up", {"tenure_months": 36}, ""),
    ("tenure_months", "4 years, my son Tony put me on this plan", {"tenure_months": 48}, ""),
    ("has_dependents", "my son Jack is 6", {"has_dependents": True}, ""),
    # a grandparent's sons and daughters; a child with a grown-up's circle
    (
        "tenure_months",
        "My son's been with Telstra for ages, we joined you 4 years back, the grandkids were over",
        {"tenure_months": 48},
        "",
    ),
    (
        "tenure_months",
        "my son uses the broadband for school, 3 years with you",
        {"tenure_months": 36, "has_dependents": True},
        "",
    ),
    (
        "churn_intent",
        "my daughter's boyfriend works at EE and wants me to switch, but I'm staying",
        {"churn_intent": "stay"},
        "",
    ),
    (
        "has_dependents",
        "my daughter's teacher says she's doing great",
        {"has_dependents": True},
        "",
    ),
    # a child given a watch card is young; a daughter who set up the respondent's plan is grown
    (
        "monthly_spend",
        "我的卡49，给闺女办的儿童手表卡9块，一共58",
        {"monthly_spend": 58.0, "has_dependents": True},
        "",
    ),
    ("monthly_spend", "女儿帮我办的卡，每月59", {"monthly_spend": 59.0}, ""),
    # other people's babies, "他家" children, a likeness
    (
        "has_dependents",
        "我自己没孩子，我姐家二宝刚满月，小宝宝天天哭",
        {"has_dependents": False},
        "",
    ),
    ("has_dependents", "我家二宝刚满月，小宝宝天天哭", {"has_dependents": True}, ""),
    (
        "has_partner",
        "我老婆在老家 我表哥跟我一个厂 他家三个娃都在镇上读书",
        {"has_partner": True},
        "",
    ),
    ("has_dependents", "我在外地打工 家里两个娃在读书", {"has_dependents": True}, ""),
    ("interests", "我妈老说我跟小孩似的，就爱打游戏", {"interests": ["gaming"]}, ""),
    # "一个人" doing a task is no single life
    ("has_partner", "我室友刚领证，留我一个人守宿舍", {}, ""),
    ("has_partner", "老伴走了以后就剩我一个人了", {"has_partner": False}, ""),
    # elders the respondent cares for
    (
        "has_partner",
        "有啊，公公婆婆跟我们住，都是我一个人照顾",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    ("has_partner", "有，爸妈让我照顾好自己", {"has_partner": True}, ""),
    ("has_partner", "有，婆婆不用我照顾，她自己住", {"has_partner": True}, ""),
    # "npy", dating for years, together with "him"
    ("has_partner", "有npy", {"has_partner": True}, ""),
    ("has_partner", "谈了两年了，还没结婚", {"has_partner": True}, ""),
    ("has_partner", "和他谈了五年，去年分了", {}, ""),
    (
        "tenure_months",
        "我跟她在一起以后才换过来的，两年",
        {"tenure_months": 24, "has_partner": True},
        "",
    ),
    ("tenure_months", "今天我跟他在一起吃饭，用了两年", {"tenure_months": 24}, ""),
    # questions back
    ("has_dependents", "wdym dependents", {}, ""),
    ("has_dependents", "what do u mean by dependents", {}, ""),
    (
        "has_dependents",
        "my sister has kids. could you clarify if you mean financially dependent?",
        {},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round16_people(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
