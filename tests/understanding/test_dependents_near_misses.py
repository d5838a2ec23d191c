"""Child words said in passing that give no dependents value, and children shown in other answers.

Covers: "baby" called out ("ATL baby, Atlanta all day", "gigabit fiber baby 🔥": nobody's child;
"my baby is 2", "we just had a baby!" still are); children of a nursery or class job ("以前在幼儿园
当保育员，带过的孩子可老多了", "Teach a class of 28 Year 3s, so kids all day": pupils; "我是保育员，
自己有两个孩子" are own); a son or daughter who buys for the respondent ("我闺女给我买的这手机": a
grown-up; "我闺女上初中，给我买了束花" is a child); a child word as the measure of a likeness
("跟亲儿子似的", "跟我儿子差不多大"; "跟儿子一起住" is a child at home); a child working elsewhere
and home once a year ("儿子在深圳打工，一年回来一趟": grown; "大儿子在外地打工" alone stays open
to the rest); an animal asked about ("Is the dog a dependent?": no answer; "just the dog" is no);
a grown son or daughter "都" an age ("闺女都三十五了": one grown child, open; "俩闺女都三十了" no);
"shes 4", "刚满周岁", "读小一", "I'm his taxi to footy training", "her Uber" showing a child in
another answer (but "my daughter drives for Uber", "我儿子35周岁了" do not); Cantonese sons and
children ("我个仔都读四年级", "屋企两个仔", "我同仔女喺香港" show a child; "我个仔钟意打机", "我个仔
廿五岁喇" do not; "仔女都大个咗", "我个仔结咗婚" are grown).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

D = "has_dependents"
CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # "baby" called out
    ("city", "ATL baby, Atlanta all day", {"city": "Atlanta"}, ""),
    ("city", "Leeds baby!", {"city": "Leeds"}, ""),
    ("internet_service", "gigabit fiber baby 🔥", {"internet_service": "fiber_optic"}, ""),
    ("city", "Leeds, my baby is 2", {D: True, "city": "Leeds"}, ""),
    ("city", "Leeds, we just had a baby!", {D: True, "city": "Leeds"}, ""),
    ("city", "Leeds, a toddler and a baby.", {D: True, "city": "Leeds"}, ""),
    ("city", "Leeds, my sister's baby", {"city": "Leeds"}, ""),
    ("city", "Leeds, the baby keeps me up", {D: True, "city": "Leeds"}, ""),
    (
        "internet_service",
        "fiber, got twins and a baby",
        {D: True, "internet_service": "fiber_optic"},
        "",
    ),
    (D, "one baby", {D: True}, ""),
    (D, "baby, she's 2", {D: True}, ""),
    # pupils of a nursery or class job
    (D, "以前在幼儿园当保育员，带过的孩子可老多了", {}, ""),
    (D, "我是保育员，带的孩子有三十个", {}, ""),
    (D, "我是保育员，自己有两个孩子", {D: True}, ""),
    (D, "在幼儿园当保育员，家里俩娃", {D: True}, ""),
    (D, "带过的孩子", {D: True}, ""),
    (D, "Teach a class of 28 Year 3s, so kids all day 😅 why do you ask?", {}, ""),
    (D, "I'm a primary teacher, kids all day", {}, ""),
    (D, "I'm a teacher, two kids of my own", {D: True}, ""),
    (D, "I teach a class of 30, and I have two kids", {D: True}, ""),
    (D, "kids all day", {D: True}, ""),
    # a son or daughter who buys for the respondent
    (D, "我闺女给我买的这手机，可孝顺了，问这干啥？", {}, ""),
    (D, "我儿子给我买了个新手机", {}, ""),
    (D, "我闺女上初中，给我买了束花", {D: True}, ""),
    (D, "我闺女才8岁，还给我买了礼物", {D: True}, ""),
    (D, "给闺女买的手机", {D: True}, ""),
    # a likeness
    (D, "就养了只泰迪，跟亲儿子似的", {D: False}, ""),
    (D, "我们单位那几个小年轻跟我儿子差不多大", {}, ""),
    (D, "跟儿子一起住", {D: True}, ""),
    (D, "跟儿子两个人住", {D: True}, ""),
    # working elsewhere, home once a year
    (D, "儿子在深圳打工，一年回来一趟", {D: False}, ""),
    (D, "女儿在北京上班，过年才回家", {D: False}, ""),
    (D, "有，大儿子在外地打工，一个月寄八百块回家", {D: True}, ""),
    (D, "小儿子还在读初中，大儿子在厦门打工，过年才回来", {D: True}, ""),
    (D, "儿子在深圳上学，一年回来一趟", {D: True}, ""),
    # an animal asked about
    (D, "Is the dog a dependent? Because he eats more than me", {}, ""),
    (D, "does my cat count as a dependent?", {}, ""),
    (D, "Is the dog a dependent? Because he eats more than me. No kids though", {D: False}, ""),
    (D, "just the dog", {D: False}, ""),
    (D, "dependents? just the dog", {D: False}, ""),
    # one grown son or daughter, "都" an age
    ("age", "我？老喽，闺女都三十五了", {}, "v"),
    ("age", "俩闺女都三十了", {D: False}, ""),
    ("age", "闺女都十五了", {D: True}, ""),
    # a child shown in another answer
    ("age", "my phone is older than my daughter haha and shes 4", {D: True}, ""),
    ("age", "我儿子刚满周岁，我自己的年龄保密哈", {D: True}, "r"),
    ("age", "我儿子35周岁了", {}, ""),
    ("name", "我儿子叫乐乐，今年读小一", {D: True}, ""),
    ("name", "我儿子叫乐乐", {}, ""),
    ("interests", "my son's mad on Fortnite", {}, ""),
    ("interests", "my son is a taxi driver", {}, ""),
    ("interests", "my daughter drives for Uber", {}, ""),
    ("city", "my daughter does dance, I'm basically her Uber lol", {D: True}, ""),
    # Cantonese sons and children
    ("age", "我个仔都读四年级啦，我自己嘅就唔讲喇", {D: True}, "r"),
    ("gender", "宝妈一枚，屋企两个仔", {"gender": "female", D: True}, ""),
    (
        "city",
        "老公喺上海返工，我同仔女喺香港",
        {"city": "Hong Kong", "has_partner": True, D: True},
        "",
    ),
    ("city", "我仔女喺香港", {"city": "Hong Kong"}, ""),
    ("interests", "我个仔钟意打机", {}, ""),
    ("age", "我个仔廿五岁喇", {}, ""),
    ("age", "我个仔五岁", {D: True}, ""),
    (D, "仔女都大个咗", {D: False}, ""),
    (D, "我啲仔女都结咗婚", {D: False}, ""),
    (D, "我个仔结咗婚", {D: False}, ""),
    (D, "有两个仔女", {D: True}, ""),
    (D, "两个仔，大个咗少少", {D: True}, ""),
    # an adult's age is no child: "a 40 year old husband" (but "a 10 year old", "a 6 month old")
    (D, "Does a 40 year old husband who can't cook count? 😂", {"has_partner": True}, ""),
    (D, "I have a 40 year old husband", {"has_partner": True}, ""),
    (D, "I've got a 25 year old", {}, ""),
    (D, "a 18 year old", {}, ""),
    (D, "a 17 year old", {D: True}, ""),
    (D, "a 7 year old and a baby", {D: True}, ""),
    (D, "a 6 month old", {D: True}, ""),
    (D, "we have a 20 month old", {D: True}, ""),
    (D, "I've got a 16 year old", {D: True}, ""),
    (D, "got a 9 year old and a 12 year old", {D: True}, ""),
    (D, "I have a twelve year old", {D: True}, ""),
    ("gender", "I've got a 16 year old", {D: True}, ""),
    ("gender", "I've got a 30 year old", {}, ""),
    # a topic echoed as a question, then somebody else's story: nothing of the respondent's
    (D, "照顾老人？我们楼上那老太太才叫可怜，儿女都不管", {}, ""),
    (D, "孩子？我们邻居家有三个", {}, ""),
    (D, "kids? my neighbour has four", {}, ""),
    (D, "kids? the old lady next door has six lol", {}, ""),
    (D, "kids? my neighbour has four, I have two", {D: True}, ""),
    (D, "孩子？邻居家有俩，我家一个", {D: True}, ""),
    (D, "孩子？有俩", {D: True}, ""),
    (D, "kids? two", {D: True}, ""),
    (D, "照顾老人？我妈跟我住", {D: True}, ""),
    (D, "孩子？没有", {D: False}, ""),
    (D, "kids? nope", {D: False}, ""),
    (D, "我邻居人挺好，孩子我自己带", {D: True}, ""),
    # raising a child alone is the respondent's own ("带娃不容易" alone is children in general)
    ("has_partner", "离了好几年了 一个人带娃 不容易", {"has_partner": False, D: True}, ""),
    ("has_partner", "离婚了，自己带娃挺辛苦", {"has_partner": False, D: True}, ""),
    ("has_partner", "单身，现在养娃不容易", {"has_partner": False}, ""),
    (D, "独自带娃真累", {D: True}, ""),
    (D, "带娃不容易", {}, ""),
    (D, "现在养孩子多难", {}, ""),
    # "小朋友" had, counted: the respondent's children
    ("has_partner", "结咗婚，有两个小朋友", {"has_partner": True, D: True}, ""),
    ("has_partner", "已婚，有个小朋友", {"has_partner": True, D: True}, ""),
    ("has_partner", "结婚了，我邻居家有两个小朋友", {"has_partner": True}, ""),
    ("has_partner", "单身，我们班有两个小朋友特别皮", {"has_partner": False}, ""),
    ("has_partner", "已婚，两个小朋友", {"has_partner": True}, ""),
    ("has_partner", "结婚了，班上有两个小朋友", {"has_partner": True}, ""),
    ("age", "我26岁，带的是中班，今天有个小朋友哭着要妈妈", {"age": 26}, ""),
    ("has_partner", "结婚了，有一个小朋友，上幼儿园", {"has_partner": True, D: True}, ""),
    # children named by "my" and given two ages under 18, in any answer
    ("gender", "does it matter? my two girls are 6 and 9 if its for a family plan", {D: True}, ""),
    ("gender", "my kids are 4 and 7", {D: True}, ""),
    ("gender", "our girls are 10 and 12", {D: True}, ""),
    ("gender", "my two boys are 19 and 22", {}, ""),
    ("gender", "my two brothers are 9 and 12", {}, ""),
    ("gender", "my two dogs are 6 and 9", {}, ""),
    ("gender", "my girls are 16 and 21", {}, ""),
    ("gender", "my two grandkids are 3 and 5", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_dependents_near_misses(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
