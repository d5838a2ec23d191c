"""Words of other slots said in passing, and answers in dialect or with an aside.

Covers the readings added against false fills from money that is not the bill (refunds, credits,
wages, one-off fees, a handset bought outright), complaints about somebody else, ages and genders
of other people, a partner's city, grown children who run the respondent's affairs, durations
lived or married, minutes and past ages, wished-for options and jobs; and the answers these rules
must still read: Cantonese characters, old numerals (卅二), a past plan given up, a refusal about
something else beside an explicit rating, a work place beside a home. Rows are (asked slot,
message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # money that comes back or comes in, or is paid once, is no monthly bill
    ("monthly_spend", "客服退了我二十块，月费我没留意", {}, "v"),
    ("monthly_spend", "月薪才四千，话费多少没算过", {}, "v"),
    ("monthly_spend", "上门费收了八十，每月交59", {"monthly_spend": 59.0}, ""),
    ("monthly_spend", "they gave me a 25 refund, usually I pay 60", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "paid 99 up front for the router, then 35", {"monthly_spend": 35.0}, ""),
    (
        "payment_method",
        "direct debit, and I got 20 back as a refund",
        {"payment_method": "bank_transfer"},
        "",
    ),
    (
        "complaint",
        "师傅收了三十块上门费，不太合理",
        {"complaint": "师傅收了三十块上门费，不太合理"},
        "",
    ),
    # a year's amount, another currency, a second line
    ("monthly_spend", "about 600 for the full year", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "₹1,200 monthly", {"monthly_spend": 1200.0}, ""),
    ("monthly_spend", "30 for mine and 15 for the ipad", {"monthly_spend": 45.0}, ""),
    # somebody else pays or knows the bill
    ("monthly_spend", "单位给报销，我不清楚", {}, "v"),
    ("monthly_spend", "具体得问我老婆", {"has_partner": True}, "v"),
    ("monthly_spend", "the bill is sent to my mum", {}, "v"),
    # cash or a debit with no means named is no payment option
    ("payment_method", "每个月自动扣的", {}, "v"),
    ("payment_method", "I always pay in cash at the shop", {}, "v"),
    ("payment_method", "用信用咭俾钱", {"payment_method": "credit_card"}, ""),
    # a complaint about someone else, with the provider cleared, is no complaint
    ("complaint", "房东老断电，跟你们没关系", {}, "v"),
    ("complaint", "my landlord is the problem, not your fault", {}, "v"),
    ("complaint", "冇乜嘢问题", {}, "v"),
    ("complaint", "网速慢，其他你们都还好", {"complaint": "网速慢，其他你们都还好"}, ""),
    # other people's ages and genders
    ("age", "我的学生都十七八了", {}, ""),
    ("gender", "店里的员工都是小伙子", {}, ""),
    # a partner's city is theirs when the respondent says where they are
    ("city", "老婆在广州打工，我带孩子住乡下", {"has_partner": True, "has_dependents": True}, "v"),
    ("city", "我老婆在广州", {"city": "Guangzhou", "has_partner": True}, ""),
    ("age", "28, my parents in Lagos", {"age": 28}, ""),
    # a place visited or worked in gives way to the home
    ("city", "Bristol. Was in Madrid last month for work", {"city": "Bristol"}, ""),
    ("city", "Leeds, but I work in York two days a week", {"city": "Leeds"}, ""),
    ("city", "I stay for Kano", {"city": "Kano"}, ""),
    # a grown child who runs the respondent's affairs is no dependent
    ("contract", "这事得问我女儿，是她帮我办的", {}, "v"),
    ("city", "退休后随儿子搬到苏州", {"city": "Suzhou"}, ""),
    # time lived or married is not time with us, when another duration is there
    ("tenure_months", "在这个小区住了八年，宽带才办了一年", {"tenure_months": 12}, ""),
    (
        "tenure_months",
        "married 10 years, with you for 4 years",
        {"has_partner": True, "tenure_months": 48},
        "",
    ),
    # minutes and a past age are no duration
    ("tenure_months", "打客服等了三十分钟", {}, ""),
    ("tenure_months", "no idea, dad set it up when I was about 10", {}, "v"),
    # a rating on another scale, a refusal about something else
    ("satisfaction", "十分制的话给七分", {}, "v"),
    ("satisfaction", "7 outta 10", {}, "v"),
    ("satisfaction", "别的就不说了，服务给4分", {"satisfaction": 4}, ""),
    # dialect and old numerals
    ("age", "今年廿八", {"age": 28}, ""),
    ("name", "唔好意思，名就唔讲喇", {}, "r"),
    ("name", "咩叫都得", {}, "v"),
    ("name", "叫我陈生得啦", {"name": "陈生"}, ""),
    ("name", "call me Ade haha", {"name": "Ade"}, ""),
    ("churn_intent", "梗係继续啦，换来换去好烦", {"churn_intent": "stay"}, ""),
    # ages said by a description, or with the birthday ahead
    ("gender", "a man of 45", {"age": 45, "gender": "male"}, ""),
    ("age", "下个月生日就满三十了", {"age": 29}, ""),
    # refusals
    ("age", "I'd sooner not say", {}, "r"),
    ("gender", "leave it blank please", {}, "r"),
    # a past plan given up is the opposite now
    ("churn_intent", "之前想过换，如今不打算了", {"churn_intent": "stay"}, ""),
    ("churn_intent", "was planning to cancel, changed my mind", {"churn_intent": "stay"}, ""),
    (
        "churn_intent",
        "my wife is leaving them, but I'll keep mine",
        {"has_partner": True, "churn_intent": "stay"},
        "",
    ),
    ("churn_intent", "用了好几年了，舍不得换", {"churn_intent": "stay"}, ""),
    # a wish, a bandwidth, no service yet
    ("internet_service", "还是DSL，一直想换光纤", {"internet_service": "dsl"}, ""),
    ("internet_service", "200兆的，够用", {}, "v"),
    ("internet_service", "家里还没网，用手机热点凑合", {"internet_service": "none"}, ""),
    ("internet_service", "we haven't got internet at the flat", {"internet_service": "none"}, ""),
    # interests: work, other people, dramas and games
    ("interests", "我是教吉他的，平时爱看美剧", {"interests": ["movies"]}, ""),
    ("interests", "电脑是上班用的，周末喜欢做饭", {"interests": ["food"]}, ""),
    (
        "interests",
        "my boyfriend loves football, I play minecraft",
        {"has_partner": True, "interests": ["gaming"]},
        "",
    ),
    ("interests", "周末看看港剧", {"interests": ["movies"]}, ""),
    ("interests", "nothing much, just work", {}, "v"),
    # names beside a refused first name
    ("name", "Ms. Okafor, I'd rather not give my first name", {"name": "Ms. Okafor"}, ""),
    # dependents: money sent to parents
    ("has_dependents", "I send money home to my mum every month", {"has_dependents": True}, ""),
    # a rating of something else gives way to the rating of the service
    ("satisfaction", "那家餐厅我给5分，你们嘛一般般", {"satisfaction": 3}, ""),
    ("satisfaction", "the movie got 1 star from me, you get 4", {"satisfaction": 4}, ""),
    ("satisfaction", "meh 3 tbh", {"satisfaction": 3}, ""),
    # options considered and not taken, hobbies given up, children named as someone else's
    ("internet_service", "光纤太贵了没装，用的电话线那种", {"internet_service": "dsl"}, ""),
    ("interests", "吉他早不弹了，现在爱跑步", {"interests": ["fitness"]}, ""),
    ("has_dependents", "the boys in the photo are my nephews", {}, ""),
    # a topic then its denial, a condition ruled out, odds
    ("churn_intent", "换是不可能换的", {"churn_intent": "stay"}, ""),
    (
        "churn_intent",
        "if they doubled the price I'd leave, but that won't happen, so staying",
        {"churn_intent": "stay"},
        "",
    ),
    ("churn_intent", "honestly 50/50", {"churn_intent": "unsure"}, ""),
    ("contract", "no contract, free to leave", {"contract": "month_to_month"}, ""),
    # dialect and chat: films, a parent's role, dating, a space ending a negation
    ("interests", "钟意睇戏", {"interests": ["movies"]}, ""),
    ("gender", "我是当爹的", {"gender": "male"}, ""),
    ("has_partner", "同男朋友拍拖两年", {"has_partner": True}, ""),
    ("has_partner", "上个月表白成功", {"has_partner": True}, ""),
    (
        "has_partner",
        "老婆在外地上班，我一个人带孩子",
        {"has_dependents": True, "has_partner": True},
        "",
    ),
    ("interests", "没空 娃睡了才看会儿美剧", {"has_dependents": True, "interests": ["movies"]}, ""),
    ("age", "四十 老二五岁", {"age": 40}, ""),
    # a short option word with a word about the connection; an installer's word about it
    ("satisfaction", "adsl, speeds are bad, 2", {"internet_service": "dsl", "satisfaction": 2}, ""),
    ("internet_service", "装的师傅说是光纤入户", {"internet_service": "fiber_optic"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_said_in_passing(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
