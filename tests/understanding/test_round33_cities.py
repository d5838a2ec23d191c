"""Cities, round 33: where the respondent lives, said beside other facts or not at all.

Covers: a place of work or living after a self-given name that ends in a kinship word ("大家都
叫我茶妹，在安顺种茶", "叫我阿哥就行，在桂林跑滴滴"; not "我姐在杭州开店"); a city come to for
work or a life ("来银川打工这边反而差", "来杭州工作两年了"; not "来北京出差", "我弟来广州打工",
a home town "老家固原"); a trip that is no home even when the city is asked ("上个月去了趟昆明",
"去过一次厦门", "来成都玩了几天", "took a trip to Chicago", "I've been to Rome"); a city after a
refusal of the name with an aside ("I'm in Charleston if that helps", "I'm in Yeovil btw"; not "I'm
in Sales"); "in <Town>" closing a household or dwelling description, known to the gazetteer or
not ("wife and I still in the same house in Morgantown", "still living with mum and dad in Kandy";
not a son's or parents' house, "grew up in", "for the summer", "my old house in Leeds was"); a
dialect tag after the town ("Corner Brook b'y", "Moose Jaw eh"; "b'y" alone is none).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("name", "大家都叫我茶妹，在安顺种茶", {"city": "Anshun", "name": "茶妹"}, ""),
    ("age", "大家都叫我茶妹，在成都种茶", {"name": "茶妹", "city": "Chengdu"}, ""),
    ("name", "村里人都喊我兰姐，在大理开客栈", {"city": "Dali", "name": "兰姐"}, ""),
    ("name", "叫我阿哥就行，在桂林跑滴滴", {"city": "Guilin", "name": "阿哥"}, ""),
    ("name", "我叫小妹，在南宁卖粉", {"city": "Nanning", "name": "小妹"}, ""),
    ("age", "30，我姐在杭州开店", {"age": 30}, ""),
    ("age", "她老叫我去苏州，我没空", {}, ""),
    (
        "complaint",
        "老家固原信号还行，来银川打工这边反而差",
        {"city": "Yinchuan", "complaint": "老家固原信号还行，来银川打工这边反而差"},
        "",
    ),
    (
        "complaint",
        "来苏州上班三年了，宽带老掉线",
        {"city": "Suzhou", "complaint": "来苏州上班三年了，宽带老掉线"},
        "",
    ),
    (
        "complaint",
        "来银川三年了，信号一直差",
        {"city": "Yinchuan", "complaint": "来银川三年了，信号一直差"},
        "",
    ),
    ("age", "28，来杭州工作两年了", {"city": "Hangzhou", "age": 28}, ""),
    ("age", "32岁，刚来深圳打工", {"city": "Shenzhen", "age": 32}, ""),
    ("complaint", "来北京出差几天，酒店网太差", {"complaint": "来北京出差几天，酒店网太差"}, ""),
    ("age", "30，我弟来广州打工了", {"age": 30}, ""),
    ("complaint", "老家固原，信号一直不好", {"complaint": "老家固原，信号一直不好"}, ""),
    ("complaint", "我老家在固原，信号一直不好", {"complaint": "我老家在固原，信号一直不好"}, ""),
    ("city", "上个月去了趟昆明，玩得挺好", {}, ""),
    ("city", "前几天跑了一趟西安，吃得很爽", {}, ""),
    ("city", "去年去过一次厦门，挺喜欢", {}, ""),
    ("city", "来成都玩了几天", {}, ""),
    ("city", "we took a trip to Chicago last month, great time", {}, ""),
    ("city", "I've been to Rome twice, love it", {}, ""),
    ("city", "我在成都，上个月去了趟昆明", {"city": "Chengdu"}, ""),
    ("city", "昆明，上个月去了趟大理", {"city": "Kunming"}, ""),
    ("city", "上个月去了趟昆明，现在住大理", {"city": "Dali"}, ""),
    ("city", "去年去过一次厦门，现在在厦门上班", {"city": "Xiamen"}, ""),
    ("city", "去年搬到昆明了", {"city": "Kunming"}, ""),
    ("city", "I live in Leeds, took a trip to York last week", {"city": "Leeds"}, ""),
    ("city", "I've been in Leeds ten years", {"city": "Leeds"}, ""),
    (
        "name",
        "rather not give my name out on here, but I'm in Charleston if that helps",
        {"city": "Charleston"},
        "r",
    ),
    ("name", "I'd rather not say my name, but I'm in Leeds if it helps", {"city": "Leeds"}, "r"),
    (
        "name",
        "prefer not to share my name, I'm in Blacksburg if that helps",
        {"city": "Blacksburg"},
        "r",
    ),
    ("name", "won't give my name, but I'm in Yeovil btw", {"city": "Yeovil"}, "r"),
    ("name", "not giving my name, I'm in Sales if that helps", {}, "r"),
    ("name", "I'm in Hospital if that helps, no names", {}, "r"),
    (
        "age",
        "71, retired miner, wife and I still in the same house in Morgantown",
        {"city": "Morgantown", "has_partner": True, "age": 71},
        "",
    ),
    (
        "age",
        "66, retired, we're still in the old house in Bluefield",
        {"city": "Bluefield", "age": 66},
        "",
    ),
    (
        "age",
        "64, husband and I still in the family home in Ballymena",
        {"city": "Ballymena", "has_partner": True, "age": 64},
        "",
    ),
    (
        "age",
        "52, me and the kids in a little flat in Kettering",
        {"city": "Kettering", "age": 52},
        "",
    ),
    (
        "age",
        "im 19, student nurse, still living with mum and dad in Kandy",
        {"city": "Kandy", "age": 19},
        "",
    ),
    ("age", "22, still living with my parents in Galle", {"city": "Galle", "age": 22}, ""),
    (
        "age",
        "45, living with my partner in Wagga Wagga",
        {"city": "Wagga Wagga", "has_partner": True, "age": 45},
        "",
    ),
    ("city", "still living with mum and dad in Kandy", {"city": "Kandy"}, ""),
    ("age", "40, I'm a teacher in Bluefield", {"city": "Bluefield", "age": 40}, ""),
    ("age", "40, my son still lives with his girlfriend in Kandy", {"age": 40}, ""),
    ("age", "58, my daughter lives with her boyfriend in Galle", {"age": 58}, ""),
    ("age", "50, my parents are still in the same house in Morgantown", {"age": 50}, ""),
    ("age", "30, grew up in the same house in Morgantown", {"age": 30}, ""),
    ("age", "30, grew up in the old house in Bluefield", {"age": 30}, ""),
    ("age", "29, with my sister in Galle for the summer", {"age": 29}, ""),
    ("age", "45, my old house in Leeds was tiny", {"age": 45}, ""),
    ("city", "Corner Brook b'y", {"city": "Corner Brook"}, ""),
    ("city", "Gander b'y", {"city": "Gander"}, ""),
    ("city", "Moose Jaw eh", {"city": "Moose Jaw"}, ""),
    ("city", "Wollongong mate", {"city": "Wollongong"}, ""),
    ("city", "Leeds innit", {"city": "Leeds"}, ""),
    ("city", "b'y", {}, ""),
    ("city", "dunno mate", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round33_cities(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
