"""Realistic answers per asked slot, in both languages, with the values they must yield.

Each row is (asked slot, message, expected proposals). Expected proposals are exact: a value for a
slot the message does not fill is a failure (false fill), as is a missing one.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import read, values

CASES: list[tuple[str, str, dict[str, Any]]] = [
    # --- name
    ("name", "我叫张伟", {"name": "张伟"}),
    ("name", "叫我小王就行", {"name": "小王"}),
    ("name", "免贵姓张", {"name": "张"}),
    ("name", "叫我阿强", {"name": "阿强"}),
    ("name", "老刘", {"name": "老刘"}),
    ("name", "就叫我Jack吧", {"name": "Jack"}),
    ("name", "李娜，今年28", {"name": "李娜", "age": 28}),
    ("name", "我叫王建国，住北京", {"name": "王建国", "city": "Beijing"}),
    ("name", "Tom", {"name": "Tom"}),
    ("name", "call me Jess", {"name": "Jess"}),
    ("name", "just call me Alex", {"name": "Alex"}),
    ("name", "My name is Emily Chen and I'm 29", {"name": "Emily Chen", "age": 29}),
    ("name", "David, from London", {"name": "David", "city": "London"}),
    ("name", "It's Priya 😊", {"name": "Priya"}),
    # --- age
    ("age", "25岁", {"age": 25}),
    ("age", "３２岁", {"age": 32}),
    ("age", "二十五", {"age": 25}),
    ("age", "我今年二十八岁", {"age": 28}),
    ("age", "28周岁", {"age": 28}),
    ("age", "25到30之间", {"age": 28}),
    ("age", "三十多岁", {"age": 30}),
    ("age", "差不多三十五六岁吧", {"age": 36}),
    ("age", "1998年生的", {"age": 28}),
    ("age", "85年的", {"age": 41}),
    ("age", "九零年出生", {"age": 36}),
    ("age", "1990", {"age": 36}),
    ("age", "下个月满30", {"age": 29}),
    ("age", "200岁", {"age": 200}),
    ("age", "twenty-nine", {"age": 29}),
    ("age", "I am 31 years old", {"age": 31}),
    ("age", "born in '98", {"age": 28}),
    ("age", "I was born in 1985", {"age": 41}),
    ("age", "somewhere between 30 and 35", {"age": 33}),
    ("age", "forty-something", {"age": 40}),
    ("age", "mid thirties", {"age": 35}),
    ("age", "late 20s", {"age": 28}),
    ("age", "Im 19", {"age": 19}),
    ("age", "我在上海", {"city": "Shanghai"}),
    ("age", "I'm in Beijing", {"city": "Beijing"}),
    (
        "age",
        "我25岁，在上海，用光纤",
        {"age": 25, "city": "Shanghai", "internet_service": "fiber_optic"},
    ),
    ("age", "34, married, two kids", {"age": 34, "has_partner": True, "has_dependents": True}),
    ("age", "my daughter is 5 and I'm 33", {"age": 33, "has_dependents": True}),
    ("age", "我30，老公32", {"age": 30, "has_partner": True}),
    ("age", "28 and I pay about 90 a month", {"age": 28, "monthly_spend": 90.0}),
    ("age", "我住杭州，今年41了，两个娃", {"age": 41, "city": "Hangzhou", "has_dependents": True}),
    (
        "age",
        "I'm twenty-seven, live in Guangzhou and use fibre",
        {"age": 27, "city": "Guangzhou", "internet_service": "fiber_optic"},
    ),
    # --- gender
    ("gender", "男", {"gender": "male"}),
    ("gender", "女生", {"gender": "female"}),
    ("gender", "我是个姑娘", {"gender": "female"}),
    ("gender", "纯爷们儿", {"gender": "male"}),
    ("gender", "非二元", {"gender": "other"}),
    ("gender", "跨性别", {"gender": "other"}),
    ("gender", "F", {"gender": "female"}),
    ("gender", "m", {"gender": "male"}),
    ("gender", "I'm a guy", {"gender": "male"}),
    ("gender", "non-binary", {"gender": "other"}),
    ("gender", "女，单身", {"gender": "female", "has_partner": False}),
    ("gender", "男，28岁，在广州", {"gender": "male", "age": 28, "city": "Guangzhou"}),
    ("gender", "female, 27 years old", {"gender": "female", "age": 27}),
    # --- city
    ("city", "上海", {"city": "Shanghai"}),
    ("city", "魔都", {"city": "Shanghai"}),
    ("city", "帝都", {"city": "Beijing"}),
    ("city", "广州啦", {"city": "Guangzhou"}),
    ("city", "北京朝阳", {"city": "Beijing"}),
    ("city", "住在深圳宝安", {"city": "Shenzhen"}),
    ("city", "湖南长沙", {"city": "Changsha"}),
    ("city", "现在在杭州，老家是武汉的", {"city": "Hangzhou"}),
    ("city", "刚从北京搬到苏州", {"city": "Suzhou"}),
    ("city", "不在北京，在天津", {"city": "Tianjin"}),
    ("city", "义乌", {"city": "Yiwu"}),
    ("city", "shenzhen", {"city": "Shenzhen"}),
    ("city", "I live in Beijing", {"city": "Beijing"}),
    ("city", "new york", {"city": "New York"}),
    ("city", "Toronto, Canada", {"city": "Toronto"}),
    ("city", "moved to Hangzhou last year, before that Shanghai", {"city": "Hangzhou"}),
    ("city", "Springfield", {"city": "Springfield"}),
    ("city", "我在丽江古城", {"city": "Lijiang"}),
    ("city", "重庆的，今年26", {"city": "Chongqing", "age": 26}),
    ("city", "我是东北的", {}),
    ("city", "等一下，我先接个电话", {}),
    # --- has_partner
    ("has_partner", "单身", {"has_partner": False}),
    ("has_partner", "已婚", {"has_partner": True}),
    ("has_partner", "有", {"has_partner": True}),
    ("has_partner", "没有", {"has_partner": False}),
    ("has_partner", "还没结婚", {"has_partner": False}),
    ("has_partner", "没有对象", {"has_partner": False}),
    ("has_partner", "离婚了，现在一个人", {"has_partner": False}),
    ("has_partner", "还单着呢，家里催婚😂", {"has_partner": False}),
    ("has_partner", "是的，结婚五年了", {"has_partner": True}),
    ("has_partner", "nope, single", {"has_partner": False}),
    ("has_partner", "I have a girlfriend", {"has_partner": True}),
    ("has_partner", "Not married but living with my boyfriend", {"has_partner": True}),
    ("has_partner", "divorced, no kids", {"has_partner": False, "has_dependents": False}),
    ("has_partner", "yep, husband and two kids", {"has_partner": True, "has_dependents": True}),
    # --- has_dependents
    ("has_dependents", "俩娃", {"has_dependents": True}),
    ("has_dependents", "有两个孩子", {"has_dependents": True}),
    ("has_dependents", "没有孩子", {"has_dependents": False}),
    ("has_dependents", "丁克", {"has_dependents": False}),
    ("has_dependents", "还没要孩子", {"has_dependents": False}),
    ("has_dependents", "孩子都工作了，不用我养", {"has_dependents": False}),
    ("has_dependents", "有个3岁的儿子", {"has_dependents": True}),
    ("has_dependents", "没有，就我和我老婆", {"has_dependents": False, "has_partner": True}),
    ("has_dependents", "a couple of kids", {"has_dependents": True}),
    ("has_dependents", "no, no kids yet", {"has_dependents": False}),
    ("has_dependents", "I take care of my elderly parents", {"has_dependents": True}),
    ("has_dependents", "nope", {"has_dependents": False}),
    # --- tenure_months
    ("tenure_months", "两年半", {"tenure_months": 30}),
    ("tenure_months", "三个月", {"tenure_months": 3}),
    ("tenure_months", "刚办", {"tenure_months": 0}),
    ("tenure_months", "两三年吧", {"tenure_months": 30}),
    ("tenure_months", "快三年了", {"tenure_months": 36}),
    ("tenure_months", "用了快五年了", {"tenure_months": 60}),
    ("tenure_months", "十几年了", {"tenure_months": 120}),
    ("tenure_months", "从2018年开始", {"tenure_months": 96}),
    ("tenure_months", "2015", {"tenure_months": 132}),
    ("tenure_months", "a couple of years", {"tenure_months": 24}),
    ("tenure_months", "I joined in March 2022", {"tenure_months": 56}),
    ("tenure_months", "I've been with you guys since May 2024", {"tenure_months": 30}),
    ("tenure_months", "like 4 yrs", {"tenure_months": 48}),
    ("tenure_months", "one year", {"tenure_months": 12}),
    (
        "tenure_months",
        "签了两年的合约，用了三年了",
        {"tenure_months": 36, "contract": "two_year"},
    ),
    (
        "tenure_months",
        "two years, on the 2 year contract too",
        {"tenure_months": 24, "contract": "two_year"},
    ),
    (
        "tenure_months",
        "8 months, on a monthly plan",
        {"tenure_months": 8, "contract": "month_to_month"},
    ),
    # --- contract
    ("contract", "月付", {"contract": "month_to_month"}),
    ("contract", "包月", {"contract": "month_to_month"}),
    ("contract", "不是月付，是两年的", {"contract": "two_year"}),
    ("contract", "没签合约，随时能退", {"contract": "month_to_month"}),
    ("contract", "签了24个月", {"contract": "two_year"}),
    ("contract", "我签的是两年", {"contract": "two_year"}),
    ("contract", "年约，上个月刚续", {"contract": "one_year"}),
    ("contract", "一年的，每个月89", {"contract": "one_year", "monthly_spend": 89.0}),
    ("contract", "我用了两年，合约是一年的", {"contract": "one_year", "tenure_months": 24}),
    ("contract", "monthly, no wait, one year", {"contract": "one_year"}),
    ("contract", "2-year", {"contract": "two_year"}),
    ("contract", "I'm on the yearly plan", {"contract": "one_year"}),
    ("contract", "no contract, I pay as I go", {"contract": "month_to_month"}),
    (
        "contract",
        "24-month plan, about 120 a month",
        {"contract": "two_year", "monthly_spend": 120.0},
    ),
    # --- internet_service
    ("internet_service", "光纤", {"internet_service": "fiber_optic"}),
    ("internet_service", "我用的fiber", {"internet_service": "fiber_optic"}),
    ("internet_service", "我们家是电信光纤", {"internet_service": "fiber_optic"}),
    ("internet_service", "不知道是啥，反正有个光猫", {"internet_service": "fiber_optic"}),
    ("internet_service", "不是光纤，是DSL", {"internet_service": "dsl"}),
    ("internet_service", "没装宽带，只用流量", {"internet_service": "none"}),
    ("internet_service", "没有", {"internet_service": "none"}),
    ("internet_service", "not fiber, DSL", {"internet_service": "dsl"}),
    ("internet_service", "fibre optic", {"internet_service": "fiber_optic"}),
    ("internet_service", "no broadband, just 5G on my phone", {"internet_service": "none"}),
    ("internet_service", "old copper phone line thing", {"internet_service": "dsl"}),
    (
        "internet_service",
        "光纤，每月一百二",
        {"internet_service": "fiber_optic", "monthly_spend": 120.0},
    ),
    # --- monthly_spend
    ("monthly_spend", "七十来块", {"monthly_spend": 70.0}),
    ("monthly_spend", "89.9元", {"monthly_spend": 89.9}),
    ("monthly_spend", "一百二", {"monthly_spend": 120.0}),
    ("monthly_spend", "六十八块五", {"monthly_spend": 68.5}),
    ("monthly_spend", "每月８８", {"monthly_spend": 88.0}),
    ("monthly_spend", "两三百吧", {"monthly_spend": 250.0}),
    ("monthly_spend", "一年大概交1200", {"monthly_spend": 100.0}),
    ("monthly_spend", "1.2k a year", {"monthly_spend": 100.0}),
    ("monthly_spend", "$49.99/month", {"monthly_spend": 49.99}),
    ("monthly_spend", "about fifty quid", {"monthly_spend": 50.0}),
    ("monthly_spend", "it was 79 but they raised it to 89", {"monthly_spend": 89.0}),
    ("monthly_spend", "no idea, my husband pays it", {"has_partner": True}),
    # --- payment_method
    ("payment_method", "信用卡", {"payment_method": "credit_card"}),
    ("payment_method", "刷信用卡自动扣款", {"payment_method": "credit_card"}),
    ("payment_method", "以前用邮寄支票，现在改成信用卡了", {"payment_method": "credit_card"}),
    ("payment_method", "不是信用卡，是银行转账", {"payment_method": "bank_transfer"}),
    ("payment_method", "e-check", {"payment_method": "electronic_check"}),
    ("payment_method", "I mail a check every month", {"payment_method": "mailed_check"}),
    ("payment_method", "auto-pay from my bank account", {"payment_method": "bank_transfer"}),
    ("payment_method", "Visa", {"payment_method": "credit_card"}),
    ("payment_method", "支付宝", {}),
    # --- satisfaction
    ("satisfaction", "非常满意", {"satisfaction": 5}),
    ("satisfaction", "比较满意", {"satisfaction": 4}),
    ("satisfaction", "还行", {"satisfaction": 3}),
    ("satisfaction", "一般般", {"satisfaction": 3}),
    ("satisfaction", "不太满意", {"satisfaction": 2}),
    ("satisfaction", "非常不满意", {"satisfaction": 1}),
    ("satisfaction", "太差了", {"satisfaction": 1}),
    ("satisfaction", "4分", {"satisfaction": 4}),
    ("satisfaction", "三分", {"satisfaction": 3}),
    ("satisfaction", "给个4吧", {"satisfaction": 4}),
    ("satisfaction", "以前3分，现在能给4分", {"satisfaction": 4}),
    ("satisfaction", "ok", {"satisfaction": 3}),
    ("satisfaction", "pretty bad", {"satisfaction": 2}),
    ("satisfaction", "terrible", {"satisfaction": 1}),
    ("satisfaction", "4 out of 5", {"satisfaction": 4}),
    ("satisfaction", "2/5", {"satisfaction": 2}),
    ("satisfaction", "I'd say a 4", {"satisfaction": 4}),
    ("satisfaction", "very satisifed", {"satisfaction": 5}),
    ("satisfaction", "8/10", {}),
    ("satisfaction", "👍", {"satisfaction": 4}),
    ("satisfaction", "不满意，信号太差", {"satisfaction": 2}),
    # --- complaint (open)
    ("complaint", "晚上网速特别慢，视频老卡", {"complaint": "晚上网速特别慢，视频老卡"}),
    ("complaint", "网速慢   客服也不理人", {"complaint": "网速慢 客服也不理人"}),
    (
        "complaint",
        "信号太差了，合约到期我就换运营商",
        {"complaint": "信号太差了，合约到期我就换运营商", "churn_intent": "leave"},
    ),
    (
        "complaint",
        "价格贵，每个月要交200多",
        {"complaint": "价格贵，每个月要交200多", "monthly_spend": 200.0},
    ),
    ("complaint", "installation took three weeks", {"complaint": "installation took three weeks"}),
    (
        "complaint",
        "no signal in my apartment building, have to stand by the window",
        {"complaint": "no signal in my apartment building, have to stand by the window"},
    ),
    ("complaint", "slow speeds 🙄", {"complaint": "slow speeds 🙄"}),
    # --- churn_intent
    ("churn_intent", "会续约", {"churn_intent": "stay"}),
    ("churn_intent", "会", {"churn_intent": "stay"}),
    ("churn_intent", "肯定不换啊", {"churn_intent": "stay"}),
    ("churn_intent", "不会续约了", {"churn_intent": "leave"}),
    ("churn_intent", "已经在办携号转网了", {"churn_intent": "leave"}),
    ("churn_intent", "价格降了就继续用，不降就走", {"churn_intent": "unsure"}),
    ("churn_intent", "看情况吧", {"churn_intent": "unsure"}),
    ("churn_intent", "yes", {"churn_intent": "stay"}),
    ("churn_intent", "won't switch, happy here", {"churn_intent": "stay"}),
    ("churn_intent", "not sure yet, depends on the price", {"churn_intent": "unsure"}),
    ("churn_intent", "if you lower the price I'll stay", {"churn_intent": "unsure"}),
    ("churn_intent", "I'm leaving as soon as my contract ends", {"churn_intent": "leave"}),
    # --- interests
    ("interests", "爱打球和看电影", {"interests": ["movies", "sports"]}),
    ("interests", "听歌、旅游、撸猫", {"interests": ["music", "pets", "travel"]}),
    ("interests", "不怎么运动，主要是看书", {"interests": ["reading"]}),
    ("interests", "打游戏，看动漫，偶尔健身", {"interests": ["fitness", "gaming", "movies"]}),
    ("interests", "书法和追剧", {"interests": ["movies"]}),
    ("interests", "not into sports, mostly gaming", {"interests": ["gaming"]}),
    ("interests", "my cats and baking", {"interests": ["food", "pets"]}),
    ("interests", "钓鱼", {}),
    # --- nothing asked: only clear statements count
    (
        None,
        "我在上海用光纤，每月一百块",
        {"city": "Shanghai", "internet_service": "fiber_optic", "monthly_spend": 100.0},
    ),
    (None, "好的", {}),
]


@pytest.mark.parametrize(("asked", "text", "expected"), CASES)
def test_values(survey: Survey, asked: str | None, text: str, expected: dict[str, Any]) -> None:
    result = read(survey, asked, text)
    got = values(result)
    assert got == expected
    assert not result.refused


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("age", "25到30之间"),
        ("age", "三十多岁"),
        ("monthly_spend", "about 70 bucks a month"),
        ("monthly_spend", "七十来块"),
    ],
)
def test_approximate_values_are_marked(survey: Survey, asked: str, text: str) -> None:
    proposal = read(survey, asked, text).for_slot(asked)
    assert proposal is not None and proposal.approximate


def test_canonical_types(survey: Survey) -> None:
    result = read(survey, "monthly_spend", "一百二")
    assert isinstance(result.proposals[0].value, float)
    result = read(survey, "age", "25到30之间")
    assert result.proposals[0].value == 28 and isinstance(result.proposals[0].value, int)
