"""Cities (round 18 rules).

Smaller cities the gazetteer lacked ("我在娄底", "在钦州跑车", "住在新山" → Johor Bahru, "I live in
Daly City"), a province alone is no city ("广东那边", "我在江西" are vague; "湖南长沙" names
Changsha), the land around instead of a town ("up the glen", "down the valleys"), a correction of
the city given earlier ("刚才城市写错了，应该是无锡"), "base在…office" (the respondent's own
office), where some members of a group come from ("群里有北京的，有广州的") is nobody's home, a move
from one city to another ("从上海跑到丽江开客栈", "从武汉来厦门打拼"; not "跑来大理玩了一个礼拜"),
and "I'm wherever the job takes me" beside a partner's city (vague). Rows are (asked slot,
message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # smaller cities
    ("city", "我在娄底", {"city": "Loudi"}, ""),
    ("age", "35岁，住在永州", {"age": 35, "city": "Yongzhou"}, ""),
    ("age", "我在鹰潭开了个小超市，今年42", {"age": 42, "city": "Yingtan"}, ""),
    ("name", "我叫阿强，在钦州跑车", {"name": "阿强", "city": "Qinzhou"}, ""),
    ("city", "我们一家住新山", {"city": "Johor Bahru"}, ""),
    ("age", "30岁，在怡保", {"age": 30, "city": "Ipoh"}, ""),
    ("city", "I live in Daly City", {"city": "Daly City"}, ""),
    ("age", "我朋友在益阳，我自己在长沙", {"city": "Changsha"}, ""),
    ("city", "老家是萍乡的，现在在深圳", {"city": "Shenzhen"}, ""),
    ("interests", "喜欢吃三明治", {"interests": ["food"]}, ""),
    ("complaint", "来宾太多了，服务员忙不过来", {"complaint": "来宾太多了，服务员忙不过来"}, ""),
    # a province alone; the land around instead of a town
    ("city", "广东那边", {}, "v"),
    ("city", "我在江西", {}, "v"),
    ("city", "四川的，农村", {}, "v"),
    ("city", "湖南长沙", {"city": "Changsha"}, ""),
    ("city", "湖南益阳那边", {"city": "Yiyang"}, ""),
    ("city", "down the valleys", {}, "v"),
    ("city", "up the glen, miles from anywhere", {}, "v"),
    # the city given earlier corrected under another question
    ("gender", "刚才城市写错了，应该是无锡", {"city": "Wuxi"}, ""),
    ("age", "更正一下城市，不是北京是天津", {"city": "Tianjin"}, ""),
    ("gender", "刚才那个城市不对，应该填南京", {"city": "Nanjing"}, ""),
    ("gender", "刚才说的是上海，那个没错", {}, ""),
    # based at the office in the city
    ("age", "目前base在广州office", {"city": "Guangzhou"}, ""),
    ("age", "老板base在香港", {}, ""),
    # where some members of a group come from
    ("city", "群里有北京的，有广州的，天南地北都有", {}, ""),
    ("city", "我们公司有从上海调来的，也有深圳来的", {}, ""),
    ("city", "车队里有从青岛来的也有从济南来的，我是烟台的", {"city": "Yantai"}, ""),
    # a move from one city to another
    (
        "has_partner",
        "有，我们两口子从上海跑到丽江开客栈",
        {"has_partner": True, "city": "Lijiang"},
        "",
    ),
    ("age", "去年从广州搬来中山，今年35", {"age": 35, "city": "Zhongshan"}, ""),
    ("interests", "我们从杭州跑来大理玩了一个礼拜", {}, ""),
    ("has_partner", "有老婆，我们下个月从成都搬去大理", {"has_partner": True}, ""),
    # no place of their own beside a partner's city
    (
        "city",
        "I'm wherever the job takes me, my husband's back in Austin",
        {"has_partner": True},
        "v",
    ),
    ("city", "my wife is in Chicago, that's home", {"has_partner": True, "city": "Chicago"}, ""),
    (
        "city",
        "my tita's in Manila and my kuya works in Dubai, me and my mum moved to Calgary last year",
        {"city": "Calgary"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_cities(survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str) -> None:
    check_reading(survey, asked, text, expected, flag)
