"""Names, places, gender, age and kinds of line, round 40: northwestern "额" for "我", a round age
still ahead said with 整, a single letter thanked for, a question back after "name?", the town
where the respondent is now beside a move ahead, a region or "在外头" with no town, a little lad
at home, and a kind of line asked about or described by its router or its wifi.

Covers: "额是延安的，叫我高飞就行" (Yan'an and the name; "额是王磊" still a name),
"这都要问？额不说" (refusal); "下个月就整四十了" (39; "整四十了" is 40); "F thanks", "m cheers" (not
"f this survey");
"why do you need my name? is this being recorded?" (no name; "name? Will" names); "moving to Perth
next month, currently Broome", "下个月搬去成都，目前在广汉" (the town now; not "currently
unemployed", "暂时在朋友家"); "up the North Island somewhere", "过年回老家了，平时在外头" (vague;
not "平时在外面吃饭", "平时在外头，住杭州"); "Me, the missus and our little lad" (dependents; not
"my sister's little lad"); "sorry can you explain what DSL is", "能解释一下DSL是什么吗" (no line);
"it's the router thing with the blinking lights", "我就知道有个wifi，别的不懂" (vague; not
"fibre, the router with the blue light", "光猫").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # 额, the northwestern "我"
    ("name", "额是延安的，叫我高飞就行", {"name": "高飞", "city": "Yan'an"}, ""),
    ("name", "额们是延安的，叫我高飞", {"name": "高飞", "city": "Yan'an"}, ""),
    ("city", "额是延安的", {"city": "Yan'an"}, ""),
    ("name", "额是王磊", {"name": "王磊"}, ""),
    ("gender", "这都要问？额不说", {}, "r"),
    ("gender", "额不说", {}, "r"),
    ("gender", "这个额不说", {}, "r"),
    ("gender", "额是男的", {"gender": "male"}, ""),
    # a round age still ahead, said with 整
    ("age", "下个月就整四十了，愁人", {"age": 39}, ""),
    ("age", "明年就整五十了", {"age": 49}, ""),
    ("age", "明年我就整六十了", {"age": 59}, ""),
    ("age", "下周就整30岁了", {"age": 29}, ""),
    ("age", "整四十了", {"age": 40}, ""),
    ("age", "今年整四十", {"age": 40}, ""),
    ("age", "下个月满40", {"age": 39}, ""),
    # a single letter, then thanks
    ("gender", "F thanks", {"gender": "female"}, ""),
    ("gender", "M thanks", {"gender": "male"}, ""),
    ("gender", "m cheers", {"gender": "male"}, ""),
    ("gender", "f thank you!", {"gender": "female"}, ""),
    ("gender", "M please", {"gender": "male"}, ""),
    ("gender", "f this survey", {}, ""),
    ("gender", "f that", {}, ""),
    # a question back after "name?"
    ("name", "why do you need my name? is this being recorded?", {}, ""),
    ("name", "Name? Do you really need it?", {}, ""),
    ("name", "why do you want my name? will it be shared?", {}, ""),
    ("name", "my name? what for?", {}, ""),
    ("name", "name? Will", {"name": "Will"}, ""),
    ("name", "name? Sam", {"name": "Sam"}, ""),
    ("name", "my name? Will, why?", {"name": "Will"}, ""),
    # the town now, beside a move ahead
    ("city", "moving to Perth next month, currently Broome", {"city": "Broome"}, ""),
    ("city", "currently Broome, moving to Perth next month", {"city": "Broome"}, ""),
    ("city", "currently Broome", {"city": "Broome"}, ""),
    ("city", "moving to Perth soon. right now Broome", {"city": "Broome"}, ""),
    ("city", "moving to Perth next month, at the moment Broome", {"city": "Broome"}, ""),
    ("city", "was in Leeds for years, now Hexham", {"city": "Hexham"}, ""),
    # (changed to vague: dev labels a bare move of one's own still to come so, "moving to calgary
    # next month")
    ("city", "moving to Perth next month, currently unemployed", {}, "v"),
    ("city", "下个月搬去成都，目前在广汉", {"city": "广汉"}, ""),
    ("city", "下个月搬去成都，现在住在德阳", {"city": "Deyang"}, ""),
    # (changed to vague: dev labels a bare move of one's own still to come so, "下个月搬去南宁")
    ("city", "下个月搬去成都，暂时在朋友家", {}, "v"),
    ("city", "下个月搬去成都，现在在上班", {}, "v"),
    # a region or "away", no town
    ("city", "up the North Island somewhere", {}, "v"),
    ("city", "the South Island", {}, "v"),
    ("city", "down the coast somewhere", {}, "v"),
    ("city", "out in the Outback", {}, "v"),
    ("city", "up near Whangarei somewhere", {"city": "Whangarei"}, ""),
    # the region before the town is set aside: the town is the answer
    ("city", "North Island, Hamilton", {"city": "Hamilton"}, ""),
    ("city", "过年回老家了，平时在外头", {}, "v"),
    ("city", "平时在外地打工", {}, "v"),
    ("city", "人在外地", {}, "v"),
    ("city", "我在外面上班", {}, "v"),
    ("city", "平时在外头，住杭州", {"city": "Hangzhou"}, ""),
    ("city", "我儿子在外地", {}, ""),
    ("city", "Me", {}, ""),
    # a little lad at home
    (
        "city",
        "Whitehorse, Yukon. Me, the missus and our little lad",
        {"city": "Whitehorse", "has_partner": True, "has_dependents": True},
        "",
    ),
    (
        "has_dependents",
        "Me, the missus and our little lad",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    ("has_dependents", "just me and my wee lass", {"has_dependents": True}, ""),
    ("has_dependents", "our little lad's 4", {"has_dependents": True}, ""),
    (
        "city",
        "Leeds, me, the wife and our wee lass",
        {"city": "Leeds", "has_partner": True, "has_dependents": True},
        "",
    ),
    (
        "city",
        "Whitehorse. Me, the missus and the little one",
        {"city": "Whitehorse", "has_partner": True, "has_dependents": True},
        "",
    ),
    ("age", "44, my wee lad's 25 now", {"age": 44}, ""),
    ("has_dependents", "my sister's little lad stays over sometimes", {}, ""),
    ("has_dependents", "my neighbour's wee lass", {}, ""),
    # a kind of line asked about
    ("internet_service", "sorry can you explain what DSL is", {}, ""),
    ("internet_service", "can you tell me what fibre is", {}, ""),
    ("internet_service", "what does DSL stand for?", {}, ""),
    ("internet_service", "能解释一下DSL是什么吗", {}, ""),
    ("internet_service", "光纤是什么呢", {}, ""),
    (
        "internet_service",
        "can you explain what DSL is? I have fibre",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("internet_service", "DSL, I think", {"internet_service": "dsl"}, ""),
    ("internet_service", "用的光纤", {"internet_service": "fiber_optic"}, ""),
    # the router or the wifi, and nothing more
    ("internet_service", "it's the router thing with the blinking lights", {}, "v"),
    ("internet_service", "the box with the lights", {}, "v"),
    ("internet_service", "that little white modem thingy", {}, "v"),
    ("internet_service", "就是那个会闪灯的路由器", {}, "v"),
    ("internet_service", "我就知道有个wifi，别的不懂", {}, "v"),
    ("internet_service", "只知道是无线的，其他不清楚", {}, "v"),
    ("internet_service", "家里有wifi", {}, "v"),
    ("internet_service", "I just know there's wifi, nothing else", {}, "v"),
    ("internet_service", "all I know is it's wifi", {}, "v"),
    ("internet_service", "光猫", {"internet_service": "fiber_optic"}, ""),
    (
        "internet_service",
        "fibre, the router with the blue light",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("internet_service", "家里有wifi，是光纤的", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "the router keeps dropping", {}, ""),
    ("internet_service", "路由器坏了", {}, ""),
    ("satisfaction", "it's the router thing with the blinking lights", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round40_names_places_kinds(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
