"""Numbers, round 28: an age as a bare "34 yrs", a Chinese numeral typed a character at a time,
an advertised price asked about, a payment each period counted with 一回, a salary card that pays
the bill, "我一退伍老兵" (I'm a veteran, no count), a service a relative set up, and a house move.

Covers: "34 yrs", "３４ yrs" (but "married 34 years", "34 yrs of marriage"); "七 十 三 了",
"一 百 二 十", "2 5岁" (but "三 四 个"); "saw an ad for 39.99, is that for new customers only?"
(but "saw an ad for 30 but I pay 55, why?", "45 a month, is that normal?"); "三个月交一回，一次240",
"季度交一回，一回300" (but "去营业厅交过一回钱"); "每个月工资卡自动扣58" (but "工资才三千五");
"我一退伍老兵，今年六十三" (but "我一个人住", "我一年交1200"); "儿子给办的有五年了" (but
"我儿子用了五年了", "我帮我妈办的，她用了三年了"); "芜湖，刚从合肥搬过来" (but "刚从移动转过来").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("age", "34 yrs", {"age": 34}, ""),
    ("age", "３４ yrs", {"age": 34}, ""),
    ("age", "34years", {"age": 34}, ""),
    ("age", "about 34 yrs", {"age": 34}, ""),
    ("age", "34 years", {"age": 34}, ""),
    ("age", "im 34 yrs", {"age": 34}, ""),
    ("age", "34 yrs, why", {"age": 34}, ""),
    ("age", "nearly 60 yrs now", {"age": 60}, ""),
    ("age", "been with them 34 years", {}, ""),
    ("age", "34 years with the same firm", {}, ""),
    ("age", "my son is 34 yrs", {}, ""),
    ("age", "34 yrs of marriage", {}, ""),
    ("tenure_months", "3 yrs", {"tenure_months": 36}, ""),
    ("age", "七 十 三 了", {"age": 73}, ""),
    ("age", "六 十", {"age": 60}, ""),
    ("age", "三 十 五 岁", {"age": 35}, ""),
    ("age", "２ ５ 岁", {"age": 25}, ""),
    ("age", "2 5岁", {"age": 25}, ""),
    ("age", "今年 2 5 岁", {"age": 25}, ""),
    ("age", "快 七 十 了", {"age": 70}, ""),
    ("age", "我 今年 四 十 二", {"age": 42}, ""),
    ("age", "十 八 岁", {"age": 18}, ""),
    ("monthly_spend", "一 百 二 十", {"monthly_spend": 120.0}, ""),
    ("monthly_spend", "每月 九 十", {"monthly_spend": 90.0}, ""),
    ("has_dependents", "两个孩子 3 5 岁", {"has_dependents": True}, ""),
    ("has_dependents", "孩子 两 个", {"has_dependents": True}, ""),
    ("monthly_spend", "saw an ad for 39.99 on TV, is that for new customers only?", {}, ""),
    ("monthly_spend", "the ad said 25 a month, does that apply to me?", {}, ""),
    ("monthly_spend", "广告上说59一个月，老用户能办吗", {}, ""),
    ("monthly_spend", "宣传的是69，是新用户专享吗？", {}, ""),
    ("monthly_spend", "saw an ad for 30 but I pay 55, why?", {"monthly_spend": 55.0}, ""),
    ("monthly_spend", "I pay 45, saw an ad for less, can I switch?", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "45 a month, is that normal?", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "广告上写的59", {"monthly_spend": 59.0}, ""),
    ("monthly_spend", "about 60 i think?", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "the ad said 39.99 and that is what I pay", {"monthly_spend": 39.99}, ""),
    ("monthly_spend", "三个月交一回，一次240", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "三个月交一回，240", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "半年交一回，一次480", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "季度交一回，一回300", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "季度交一次，300", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "一年交一回，1200", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "两个月交一回 一次150", {"monthly_spend": 75.0}, ""),
    ("monthly_spend", "每月一回，一回68", {"monthly_spend": 68.0}, ""),
    ("monthly_spend", "一回事吗，每月58", {"monthly_spend": 58.0}, ""),
    ("monthly_spend", "去营业厅交过一回钱", {}, ""),
    ("age", "头一回被问这个，45", {"age": 45}, ""),
    (
        "monthly_spend",
        "每个月工资卡自动扣58",
        {"payment_method": "bank_transfer", "monthly_spend": 58.0},
        "",
    ),
    ("monthly_spend", "工资卡扣58", {"payment_method": "bank_transfer", "monthly_spend": 58.0}, ""),
    (
        "monthly_spend",
        "从工资卡里扣，一个月七十",
        {"payment_method": "bank_transfer", "monthly_spend": 70.0},
        "",
    ),
    (
        "monthly_spend",
        "绑的工资卡，每月扣99",
        {"payment_method": "bank_transfer", "monthly_spend": 99.0},
        "",
    ),
    ("monthly_spend", "工资才三千五，交不起", {}, ""),
    ("monthly_spend", "每个月工资卡自动扣", {"payment_method": "bank_transfer"}, ""),
    ("has_dependents", "我一退伍老兵，今年六十三", {"age": 63}, ""),
    ("has_dependents", "我一退休教师，今年六十三", {"age": 63}, ""),
    ("has_dependents", "我一老太婆，今年七十", {"age": 70}, ""),
    ("has_dependents", "我一农民，今年五十五，两个娃", {"age": 55, "has_dependents": True}, ""),
    ("has_dependents", "我一个人，今年六十三", {"age": 63}, ""),
    ("has_dependents", "我一个人住", {}, ""),
    ("monthly_spend", "我一年交1200", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "我一百块一个月", {"monthly_spend": 100.0}, ""),
    ("has_dependents", "今年三月生的二胎", {"has_dependents": True}, ""),
    ("has_dependents", "今年六月", {}, ""),
    ("tenure_months", "儿子 给 办的 有 五年了", {"tenure_months": 60}, ""),
    ("tenure_months", "儿子给办的有五年了", {"tenure_months": 60}, ""),
    ("tenure_months", "闺女帮我开的，三年多了", {"tenure_months": 36}, ""),
    ("tenure_months", "儿子帮办的 差不多两年", {"tenure_months": 24}, ""),
    ("tenure_months", "孙子给装的已经一年了", {"tenure_months": 12}, ""),
    ("tenure_months", "我儿子用了五年了", {}, ""),
    ("tenure_months", "我朋友用了五年了", {}, ""),
    ("tenure_months", "儿子上班五年了", {}, ""),
    ("tenure_months", "我帮我妈办的，她用了三年了", {}, ""),
    ("age", "儿子给办的有五年了", {}, ""),
    ("city", "芜湖，刚从合肥搬过来", {"city": "Wuhu"}, ""),
    ("city", "刚从老家搬过来", {}, ""),
    ("city", "上个月从上海搬过来的，住杭州", {"city": "Hangzhou"}, ""),
    ("tenure_months", "刚从移动转过来", {"tenure_months": 0}, ""),
    ("tenure_months", "刚从电信换过来的", {"tenure_months": 0}, ""),
    ("tenure_months", "刚从联通搬网过来", {"tenure_months": 0}, ""),
    ("tenure_months", "上个月从移动转过来", {"tenure_months": 1}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round28_numbers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
