"""Partner words said in passing that give no value, and partner facts said in other ways.

Covers: not telling "for now" ("我自己就先不讲了", "暂时不说" refuse; "先不说这个，我老公在上海"
answers, "先不说了，回头再说" puts off); a marriage said with 嫁 / 娶 ("嫁咗俾个香港人",
"嫁了个东北人", "娶了个四川妹子"; not "我女儿嫁给了一个香港人"); a marriage with how long it has
lasted after a "no" to another question ("小孩？還沒有，結婚才一年": married); a spouse who
"没的" after a time ("老伴前年没的": widowed; not "那会儿没的选", "没的工作"); couple words as
a likeness ("比两口子还亲", "like an old married couple"; "我们两口子比谁都亲" stays); an A-not-A
question ("问我结没结婚", "结不结婚": no value; "结没结婚？结了" answers); "just me and the kids"
with the partner away or for a while ("Husband's away… most weeks": a partner; "it's just me and
the kids" stays single); a partner in a named business ("my partner in the barbershop business";
"my partner in life and business" stays).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("has_partner", "我妹妹下个月结婚，我自己就先不讲了", {}, "r"),
    ("has_partner", "我自己就先不讲了", {}, "r"),
    ("has_partner", "暂时不说", {}, "r"),
    ("has_partner", "先不说这个，我老公在上海", {"has_partner": True}, ""),
    ("has_partner", "先不说了，回头再说", {}, ""),
    ("has_partner", "我妹妹下个月结婚", {}, ""),
    ("has_partner", "嫁咗俾个香港人，而家住喺深圳", {"city": "Shenzhen", "has_partner": True}, ""),
    ("has_partner", "嫁给了一个香港人，现在住深圳", {"city": "Shenzhen", "has_partner": True}, ""),
    ("has_partner", "嫁了个东北人", {"has_partner": True}, ""),
    ("has_partner", "娶了个四川妹子", {"has_partner": True}, ""),
    ("has_partner", "我女儿嫁给了一个香港人", {}, ""),
    ("has_partner", "我妹嫁咗俾个香港人", {}, ""),
    ("has_partner", "嫁给了工作", {"has_partner": False}, ""),
    ("city", "嫁给了一个香港人，现在住深圳", {"city": "Shenzhen"}, ""),
    (
        "has_dependents",
        "小孩？還沒有，結婚才一年",
        {"has_dependents": False, "has_partner": True},
        "",
    ),
    ("has_partner", "老伴前年没的，现在俺自个儿过", {"has_partner": False}, ""),
    ("has_partner", "老头子去年冬天没的", {"has_partner": False}, ""),
    ("has_partner", "老伴儿三年前就没的", {"has_partner": False}, ""),
    ("has_partner", "老伴那会儿没的选", {"has_partner": True}, ""),
    ("has_partner", "老公去年没的工作", {"has_partner": True}, ""),
    ("has_partner", "老公今年没的说，对我挺好", {"has_partner": True}, ""),
    ("has_partner", "老伴前年走的", {"has_partner": False}, ""),
    ("has_partner", "跟车间老王搭档二十年了，比两口子还亲", {}, ""),
    ("has_partner", "我和闺蜜像两口子一样", {}, ""),
    ("has_partner", "俺俩跟老两口似的天天拌嘴", {}, ""),
    ("has_partner", "我们两口子比谁都亲", {"has_partner": True}, ""),
    ("has_partner", "我们两口子跟你们一样", {"has_partner": True}, ""),
    ("has_partner", "我跟老公像朋友一样", {"has_partner": True}, ""),
    ("has_partner", "我们老两口天天吵", {"has_partner": True}, ""),
    ("has_partner", "me and my flatmate are like an old married couple", {}, ""),
    ("has_partner", "she's like a wife to me, my carer", {}, ""),
    ("has_partner", "I like my husband", {"has_partner": True}, ""),
    ("has_partner", "like a married couple, me and my wife, we argue", {"has_partner": True}, ""),
    ("has_partner", "你们这问卷还管人家结没结婚啊？", {}, ""),
    ("has_partner", "问我结没结婚干嘛", {}, ""),
    ("has_partner", "我妈天天问我结不结婚", {}, ""),
    ("has_partner", "结没结婚？结了", {"has_partner": True}, ""),
    ("has_partner", "结没结婚？没有", {"has_partner": False}, ""),
    ("has_partner", "没有没有，没结婚", {"has_partner": False}, ""),
    (
        "has_partner",
        "Husband's away working in the mines, FIFO, so it's just me and the kids most weeks",
        {"has_dependents": True, "has_partner": True},
        "",
    ),
    (
        "has_partner",
        "Husband's away most weeks, so it's just me and the kids",
        {"has_dependents": True, "has_partner": True},
        "",
    ),
    (
        "has_partner",
        "hubby works offshore, just me and the kids",
        {"has_dependents": True, "has_partner": True},
        "",
    ),
    (
        "has_partner",
        "my husband left, it's just me and the kids",
        {"has_dependents": True, "has_partner": False},
        "",
    ),
    (
        "has_partner",
        "it's just me and the kids",
        {"has_dependents": True, "has_partner": False},
        "",
    ),
    (
        "has_partner",
        "just me and the kids, 52 weeks a year",
        {"has_dependents": True, "has_partner": False},
        "",
    ),
    (
        "has_partner",
        "my partner and I split, just me and the kids now",
        {"has_dependents": True, "has_partner": False},
        "",
    ),
    ("has_partner", "my partner in the barbershop business told me y'all had good deals", {}, ""),
    ("has_partner", "my partner in the dog grooming business recommended you", {}, ""),
    ("has_partner", "my partner in life and business sorted the bills", {"has_partner": True}, ""),
    ("has_partner", "my partner and I run a barbershop", {"has_partner": True}, ""),
    ("has_partner", "my partner at home does the bills", {"has_partner": True}, ""),
    ("has_partner", "my partner at the moment is away", {"has_partner": True}, ""),
    (
        "has_dependents",
        "孩子还没有，结婚三年了",
        {"has_dependents": False, "has_partner": True},
        "",
    ),
    ("has_dependents", "没孩子，结婚不到一年", {"has_dependents": False, "has_partner": True}, ""),
    ("has_partner", "我姐结婚才一年就有娃了", {}, ""),
    ("has_partner", "还没结婚三年呢", {"has_partner": False}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_partners_near_misses(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
