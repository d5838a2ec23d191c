"""A slot phrase inside a longer Chinese word with another meaning fills nothing.

Chinese has no spaces, so a slot phrase can sit inside a longer word: Samsung is "三星" (three
stars), an industry insider "业内人士" holds 内人 (my wife), a claw machine "抓娃娃" holds 娃,
Florida "佛罗里达" holds the city 达州, and "去年约了师傅" (booked a visit last year) holds 年约.
Each row is (asked slot, message, exact values); the near misses keep the slot phrase's own sense.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any]]] = [
    # stars in a phone brand, a week, a tiny bit; points in minutes
    ("complaint", "三星手机一进电梯就没信号", {"complaint": "三星手机一进电梯就没信号"}),
    ("complaint", "报修一星期了没人管", {"complaint": "报修一星期了没人管"}),
    ("complaint", "地下室一星半点信号都没有", {"complaint": "地下室一星半点信号都没有"}),
    ("complaint", "热线让我干等了一百分钟", {"complaint": "热线让我干等了一百分钟"}),
    ("satisfaction", "换了三星手机信号还是差，给2分", {"satisfaction": 2}),
    ("satisfaction", "三星吧，不好不坏", {"satisfaction": 3}),
    ("satisfaction", "只能给一星", {"satisfaction": 1}),
    # 内人 after a word that ends in 内: insiders, people in the country
    ("complaint", "国内人多，晚上就卡", {"complaint": "国内人多，晚上就卡"}),
    (
        "complaint",
        "业内人士说你们的光纤是假的",
        {"internet_service": "fiber_optic", "complaint": "业内人士说你们的光纤是假的"},
    ),
    ("has_partner", "我和内人两个人住", {"has_partner": True, "has_dependents": False}),
    # a rate, a shopping day, a real man, an ex: no partner said either way
    (
        "complaint",
        "全国离婚率都这么高了，你们还问这个",
        {"complaint": "全国离婚率都这么高了，你们还问这个"},
    ),
    (
        "complaint",
        "光棍节抢的路由器，用了三天就坏",
        {"complaint": "光棍节抢的路由器，用了三天就坏"},
    ),
    ("complaint", "男子汉大丈夫，网卡就卡吧", {"complaint": "男子汉大丈夫，网卡就卡吧"}),
    ("has_partner", "前男友帮我装的网，现在早分了", {}),
    ("has_partner", "离婚三年了", {"has_partner": False}),
    ("has_partner", "光棍一条", {"has_partner": False}),
    ("has_partner", "儿媳妇帮我弄的手机，老伴前年走了", {"has_partner": False}),
    # a childish tone, the speaker as an only child, a vegetable, a dog, a phone, a policy
    ("complaint", "客服说话孩子气，一问三不知", {"complaint": "客服说话孩子气，一问三不知"}),
    ("has_dependents", "我是独生子女，还没结婚", {"has_partner": False}),
    ("complaint", "娃娃菜都比你们网速贵", {"complaint": "娃娃菜都比你们网速贵"}),
    ("has_dependents", "没有，只养了只吉娃娃", {"has_dependents": False}),
    ("has_dependents", "我用的老人机，这些不太懂", {}),
    (
        "complaint",
        "三胎政策出来了，你们套餐也不便宜点",
        {"complaint": "三胎政策出来了，你们套餐也不便宜点"},
    ),
    ("has_dependents", "老二刚满月，三胎不打算要了", {"has_dependents": True}),
    ("has_dependents", "有个闺女上小学", {"has_dependents": True}),
    # booked last year, paid last month, a month that ends: no contract
    (
        "complaint",
        "去年约了师傅上门，到现在没人来",
        {"complaint": "去年约了师傅上门，到现在没人来"},
    ),
    ("complaint", "今年约了三次师傅都没来", {"complaint": "今年约了三次师傅都没来"}),
    ("monthly_spend", "上个月付了200，这个月还没扣", {"monthly_spend": 200.0}),
    ("satisfaction", "合约这个月结束，网速还行，4分", {"satisfaction": 4}),
    ("contract", "一年约的", {"contract": "one_year"}),
    ("contract", "按月付", {"contract": "month_to_month"}),
    # states and a country that hold a city's name
    ("city", "佛罗里达州", {"city": "佛罗里达州"}),
    ("city", "我住在昆士兰州", {"city": "昆士兰州"}),
    ("city", "罗马尼亚", {"city": "罗马尼亚"}),
    ("city", "兰州", {"city": "Lanzhou"}),
    # going on foot or to court is no leaving
    (
        "complaint",
        "断网一个月了，我打算走法律途径",
        {"complaint": "断网一个月了，我打算走法律途径"},
    ),
    ("complaint", "我打算走着去营业厅当面问", {"complaint": "我打算走着去营业厅当面问"}),
    ("churn_intent", "打算走了", {"churn_intent": "leave"}),
]


@pytest.mark.parametrize(("asked", "text", "expected"), CASES)
def test_words_inside_words(
    survey: Survey, asked: str, text: str, expected: dict[str, Any]
) -> None:
    check_reading(survey, asked, text, expected, "")
