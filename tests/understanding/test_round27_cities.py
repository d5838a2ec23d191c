"""Cities, round 27: the respondent's city said in passing as "here" or "mine", a partner's city
the family shares, a dwelling in the city, "I'm in <place>", "la" after a place, a move from a
past city with a time between, and no fixed place to live.

Covers: "俺是南阳的" / "我们是烟台的" (but "我是洛阳人", "我老公是洛阳的", "我老家是洛阳的");
"大同这边去年才通的光纤", "沈阳这块都这样", "西安本地的营业厅" (but "北京那边", "比北京这边",
"从杭州这边过去", "我妈在成都那边"); "老公在洛阳上班，我们一家都在这边", "儿子在成都上学，我也在这边
陪读" (but "我在这边带孩子", "我在这边上班" without "也"/"都"); "living in halls in Leeds", "in a
dorm in Austin" (but "my son's living in halls in Sheffield"); "38, and I'm in Tacoma" (but "for
work this week", "I'm in Hospital", "I'm in Marketing"); "Liverpool, la" (but "la", "LA", "in la");
"salt lake city, moved here last year from Boise"; "常年在外头跑，没固定住哪" (but "家在郑州，
常年在外头跑").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # "I am of the city": where the respondent is from and lives
    ("name", "俺是南阳的，名字就算了", {"city": "Nanyang"}, "r"),
    ("age", "我是成都的，今年35", {"city": "Chengdu", "age": 35}, ""),
    ("age", "35，俺是开封的", {"city": "Kaifeng", "age": 35}, ""),
    ("gender", "女的，我是杭州的", {"city": "Hangzhou", "gender": "female"}, ""),
    ("age", "我们是烟台的，三口人", {"city": "Yantai"}, ""),
    ("age", "本人也是烟台本地的", {"city": "Yantai"}, ""),
    ("age", "我是洛阳人", {}, ""),
    ("age", "我老公是洛阳的", {"has_partner": True}, ""),
    ("age", "我老家是洛阳的", {}, ""),
    ("age", "我以前是洛阳的，现在在郑州", {"city": "Zhengzhou"}, ""),
    ("age", "我是洛阳的，在深圳打工", {"city": "Shenzhen"}, ""),
    ("name", "他是洛阳的", {}, ""),
    # the city with a word for here after it
    (
        "tenure_months",
        "大同这边去年才通的光纤，装了快一年",
        {"city": "Datong", "internet_service": "fiber_optic", "tenure_months": 12},
        "",
    ),
    ("contract", "包年的，沈阳这块都这样", {"city": "Shenyang", "contract": "one_year"}, ""),
    (
        "monthly_spend",
        "一个月79，宁波这里差不多都这价",
        {"city": "Ningbo", "monthly_spend": 79.0},
        "",
    ),
    (
        "complaint",
        "苏州这儿晚上信号老断",
        {"city": "Suzhou", "complaint": "苏州这儿晚上信号老断"},
        "",
    ),
    (
        "complaint",
        "西安本地的营业厅态度差",
        {"city": "Xi'an", "complaint": "西安本地的营业厅态度差"},
        "",
    ),
    (
        "complaint",
        "上海这边的朋友都说你们网不行",
        {"city": "Shanghai", "complaint": "上海这边的朋友都说你们网不行"},
        "",
    ),
    ("complaint", "北京那边网挺好的，我这不行", {"complaint": "北京那边网挺好的，我这不行"}, ""),
    ("complaint", "比北京这边贵多了", {"complaint": "比北京这边贵多了"}, ""),
    ("age", "40，从杭州这边过去要两个小时", {"age": 40}, ""),
    ("age", "40，我妈在成都那边", {"age": 40}, ""),
    ("monthly_spend", "我朋友在杭州这边，一个月才五十", {}, ""),
    ("churn_intent", "打算搬去成都那边了", {}, ""),
    # the family joins the partner's or the child's city: "也"/"都" + "这边"
    ("city", "老公在洛阳上班，我们一家都在这边", {"has_partner": True, "city": "Luoyang"}, ""),
    ("city", "老公在洛阳上班，我们全家都住这儿", {"has_partner": True, "city": "Luoyang"}, ""),
    ("city", "老公在洛阳上班，我在这边带孩子", {"has_partner": True, "has_dependents": True}, "v"),
    ("city", "老公在洛阳上班，我带孩子在老家", {"has_partner": True, "has_dependents": True}, "v"),
    ("city", "儿子在成都上学，我也在这边陪读", {"has_dependents": True, "city": "Chengdu"}, ""),
    ("city", "我爸妈在成都，我也在这边", {"city": "Chengdu"}, ""),
    ("city", "我爸妈在成都，我在这边上班", {}, "v"),
    ("age", "老公在洛阳上班，我们一家都在这边", {"has_partner": True}, ""),
    # a dwelling in the city
    ("age", "I'm 20, first year, living in halls in Leeds", {"city": "Leeds", "age": 20}, ""),
    ("age", "I'm 22, in a dorm in Austin", {"city": "Austin", "age": 22}, ""),
    ("age", "we're in student digs in Leeds", {"city": "Leeds"}, ""),
    ("age", "renting a room in Leeds, 24", {"city": "Leeds", "age": 24}, ""),
    ("age", "my son's living in halls in Sheffield", {}, ""),
    ("age", "my son's in a student flat in Leeds", {}, ""),
    # "I'm in <place>" closing its clause, a place the gazetteer lacks
    ("age", "38, and I'm in Tacoma", {"city": "Tacoma", "age": 38}, ""),
    ("age", "I'm in Spokane", {"city": "Spokane"}, ""),
    ("age", "I'm in Spokane for work this week", {}, ""),
    ("age", "I'm in Hospital.", {}, ""),
    ("age", "I'm in a band", {}, ""),
    ("age", "I'm in Marketing", {}, ""),
    ("age", "42, my son's in Spokane", {"age": 42}, ""),
    # lowercase "la" after a place is a particle, not Los Angeles
    ("city", "Liverpool, la", {"city": "Liverpool"}, ""),
    ("city", "Liverpool, la, born and bred", {"city": "Liverpool"}, ""),
    ("city", "Boston, la", {"city": "Boston"}, ""),
    ("city", "Sheffield la", {"city": "Sheffield"}, ""),
    ("city", "la", {"city": "Los Angeles"}, ""),
    ("city", "LA", {"city": "Los Angeles"}, ""),
    ("city", "in la", {"city": "Los Angeles"}, ""),
    ("city", "moved from la to Boston", {"city": "Boston"}, ""),
    # moved here from a past city, with a time between
    ("city", "salt lake city, moved here last year from Boise", {"city": "Salt Lake City"}, ""),
    ("city", "Denver, moved here in 2019 from Austin", {"city": "Denver"}, ""),
    ("city", "Austin, came down here a few years back from Dallas", {"city": "Austin"}, ""),
    # no fixed place to live
    ("city", "常年在外头跑，没固定住哪", {}, "v"),
    ("city", "一年到头在外面跑", {}, "v"),
    ("city", "住的地方不固定", {}, "v"),
    ("city", "I'm all over the place, no fixed address", {}, "v"),
    ("city", "家在郑州，常年在外头跑", {"city": "Zhengzhou"}, ""),
    ("city", "常年在外面跑业务，家在合肥", {"city": "Hefei"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round27_cities(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
