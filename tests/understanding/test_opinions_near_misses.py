"""Opinions mentioned without being given, and their near misses.

Under the rating question: a score for the installer or a scorned rival
("给装宽带那小伙子打五分", "移动那破玩意儿我给两分"), a score that cannot be given
("你们的我还真打不出来"), five stars ruled out ("五星好评是甭想了"), signal bars room by room
("客厅5格满格，卧室就剩1格了"), a rival named in English ("Metro would get a 5 from me").
Under the intention question: leaving the survey ("这问卷整完我就撤了"), a phone changed
("刚换了个新手机"), reluctance with a filler ("懒得折腾换号" stays), a price asked
("漫游贵不贵？" hedges nothing). Under the complaint question: a fixed fault with a thumbs up or a
new mast, staff praised, another's provider set against "yours", a joke for the one thing to
change, a strong signal, a rival's past trouble, a question about discounts, another person's
trouble alone. Under the rating question too: a bill with "都" before its amount
("月费都要一百二"), how to put it ("唔知点讲好"), kinder than another's score ("I'm not as harsh"),
time to think it over ("I gotta think on it"), a hint ("that should tell you something"); under
the complaint question, a plan with "unless" after it. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" for neither.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

S = "satisfaction"
I = "churn_intent"  # noqa: E741
C = "complaint"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # the installer or a scorned rival scored
    (S, "给装宽带那小伙子打五分，你们公司嘛不好说", {}, "v"),
    (S, "给装宽带那小伙子打五分，你们公司打三分", {S: 3}, ""),
    (S, "装宽带的师傅五星，网速给4分", {S: 4}, ""),
    (S, "给你们打五分", {S: 5}, ""),
    (S, "移动那破玩意儿我给两分，你们的我还真打不出来", {}, "v"),
    (S, "移动那破玩意儿我给两分，你们的给四分", {S: 4}, ""),
    (S, "移动数据老断，我给2分", {S: 2}, ""),
    (S, "那破玩意儿我给两分", {S: 2}, ""),
    (S, "你们的我还真打不出来", {}, "v"),
    (S, "打不出来高分，3分吧", {S: 3}, ""),
    (S, "网页打不开，2分", {S: 2}, ""),
    # five stars ruled out; bars room by room
    (S, "五星好评是甭想了，还得再用用看", {}, "v"),
    (S, "五星好评是甭想了，三星吧", {S: 3}, ""),
    (S, "客厅5格满格，卧室就剩1格了", {}, "v"),
    (S, "客厅信号好，卧室差，总体4分", {S: 4}, ""),
    # a rival named in English
    (S, "Metro would get a 5 from me, y'all I'm not sure yet", {}, "v"),
    (S, "Metro would get a 5 from me, y'all a 3", {S: 3}, ""),
    (S, "I'd give you a 5", {S: 5}, ""),
    # leaving the survey, a phone changed, reluctance, a price asked
    (I, "这问卷整完我就撤了，还得去买菜", {}, ""),
    (I, "这问卷整完我就撤了", {}, ""),
    (I, "整完我就换移动", {I: "leave"}, ""),
    (I, "网再这么烂我就撤了", {I: "unsure"}, ""),
    (I, "闺女刚给我换了个新手机，贼好使", {}, ""),
    (I, "刚换了个新套餐", {}, ""),
    (I, "准备换个移动的号", {I: "leave"}, ""),
    (I, "继续用呗，懒得折腾换号", {I: "stay"}, ""),
    (I, "懒得换号", {I: "stay"}, ""),
    (I, "折腾换号", {I: "leave"}, ""),
    (I, "继续用呗，想折腾换号", {I: "leave"}, ""),
    (I, "过年要去泰国玩一周，漫游贵不贵？", {}, ""),
    (I, "漫游贵不贵？", {}, ""),
    (I, "换不换？", {I: "unsure"}, ""),
    # a fault fixed, then praise
    (C, "都挺好的，上次断网客服半小时就修好了，点赞👍", {}, "v"),
    (
        C,
        "都挺好的，上次断网客服半小时就修好了，现在又断了",
        {C: "都挺好的，上次断网客服半小时就修好了，现在又断了"},
        "",
    ),
    (
        C,
        "上次断网客服半小时就修好了，点赞👍 就是有点贵",
        {C: "上次断网客服半小时就修好了，点赞👍 就是有点贵"},
        "",
    ),
    (C, "之前信号不好，后来你们加了基站，现在没问题了", {}, "v"),
    (
        C,
        "之前信号不好，后来你们加了基站，还是不好",
        {C: "之前信号不好，后来你们加了基站，还是不好"},
        "",
    ),
    (
        C,
        "之前信号不好，说要加基站，到现在也没加",
        {C: "之前信号不好，说要加基站，到现在也没加"},
        "",
    ),
    # nothing to fault, the staff praised
    (C, "Nah, honestly can't fault you, the lad who came out was dead sound", {}, "v"),
    (
        C,
        "the lad who came out was dead sound but the wifi is still rubbish",
        {C: "the lad who came out was dead sound but the wifi is still rubbish"},
        "",
    ),
    (
        C,
        "can't fault you on the signal but the bill is a mess",
        {C: "can't fault you on the signal but the bill is a mess"},
        "",
    ),
    (
        C,
        "Can't think of anything, it's been grand tbh. Been with yous about five years",
        {"tenure_months": 60},
        "v",
    ),
    (C, "Can't think of anything. Been with you about five years", {"tenure_months": 60}, "v"),
    (
        C,
        "Can't think of anything except the price. Been with yous about five years",
        {
            "tenure_months": 60,
            C: "Can't think of anything except the price. Been with yous about five years",
        },
        "",
    ),
    # another's provider set against "yours"
    (
        C,
        "My other half's on Optus and their service is a joke, yours is fine",
        {"has_partner": True},
        "v",
    ),
    (
        C,
        "My other half's on Optus and their service is a joke, yours is worse",
        {
            "has_partner": True,
            C: "My other half's on Optus and their service is a joke, yours is worse",
        },
        "",
    ),
    # the one thing to change is a joke
    (C, "The only thing I'd change is the weather 😂 service is grand", {}, "v"),
    (C, "The only thing I'd change is the weather, service is grand", {}, "v"),
    (
        C,
        "The only thing I'd change is the price 😂 service is grand",
        {C: "The only thing I'd change is the price 😂 service is grand"},
        "",
    ),
    (
        C,
        "The only thing I'd change is the weather 😂 wifi keeps dropping",
        {C: "The only thing I'd change is the weather 😂 wifi keeps dropping"},
        "",
    ),
    # a strong signal
    (C, "honestly nothing, signal stays strong even out at my grandma's farm", {}, "v"),
    (
        C,
        "honestly nothing, signal stays strong but the bill is too high",
        {C: "honestly nothing, signal stays strong but the bill is too high"},
        "",
    ),
    (
        C,
        "signal doesn't stay strong at my grandma's farm",
        {C: "signal doesn't stay strong at my grandma's farm"},
        "",
    ),
    # a rival's past trouble, the provider fine
    (C, "Comcast used to have me on hold for hours, y'all been fine", {}, "v"),
    (
        C,
        "Comcast used to have me on hold for hours, y'all do too",
        {C: "Comcast used to have me on hold for hours, y'all do too"},
        "",
    ),
    (C, "Comcast used to have me on hold for hours", {}, ""),
    # a question about discounts
    (C, "Is there a discount if I bundle the mobile and broadband?", {}, ""),
    (C, "any deals if I add a second line?", {}, ""),
    (
        C,
        "is there a discount for pensioners? the bill is a joke",
        {C: "is there a discount for pensioners? the bill is a joke"},
        "",
    ),
    # another person's trouble alone
    (C, "my sister's bill is always wrong", {}, ""),
    (C, "my sisters bill is always wrong", {}, ""),
    (C, "我姐的账单老是算错", {}, ""),
    (
        C,
        "my sister's bill and mine are always wrong",
        {C: "my sister's bill and mine are always wrong"},
        "",
    ),
    (
        C,
        "my sister's bill is always wrong and so is mine",
        {C: "my sister's bill is always wrong and so is mine"},
        "",
    ),
    (
        C,
        "my sister's bill is always wrong, I get the same",
        {C: "my sister's bill is always wrong, I get the same"},
        "",
    ),
    (C, "my sister's bill is always wrong but mine is ok", {}, "v"),
    (
        C,
        "my sister's wifi drops every night, you should sort that out",
        {C: "my sister's wifi drops every night, you should sort that out"},
        "",
    ),
    # a bill said with "都" before its amount; how to put it, whose 好 rates nothing
    (S, "月费都要一百二……唔知点讲好", {"monthly_spend": 120.0}, "v"),
    (S, "月费都要一百二", {"monthly_spend": 120.0}, ""),
    (S, "话费都要一百二", {"monthly_spend": 120.0}, ""),
    (S, "月费都要120", {"monthly_spend": 120.0}, ""),
    (S, "月费要一百二十", {"monthly_spend": 120.0}, ""),
    (S, "我爸药费每个月都得一两千", {}, ""),
    (S, "唔知点讲好", {}, "v"),
    (S, "唔知点讲", {}, "v"),
    (S, "我都唔知点讲好", {}, ""),
    (S, "我也不知道该怎么讲好", {}, "v"),
    (S, "讲不好", {}, "v"),
    (S, "这个真讲不好", {}, "v"),
    (S, "唔知点讲好，还算满意啦", {S: 4}, ""),
    (S, "怎么说好呢，还行吧", {S: 3}, ""),
    (S, "不知道怎么说，挺好的", {S: 4}, ""),
    (S, "说好的网速呢，给2分", {S: 2}, ""),
    (S, "我英文讲不好，给4分吧", {S: 4}, ""),
    (S, "挺好", {S: 4}, ""),
    # kinder or harsher than another's score, with none of one's own
    (S, "My flatmate gave you a 1 in the last survey 😂 I'm not as harsh", {}, "v"),
    (S, "My flatmate gave you a 1 in the last survey 😂 I'm not as harsh, 3 from me", {S: 3}, ""),
    (S, "I'd be more generous than him", {}, "v"),
    (S, "I'm a bit kinder than my brother", {}, "v"),
    (S, "I am not so strict about these things, 4", {S: 4}, ""),
    (S, "the signal is not as harsh", {}, ""),
    (S, "I'm less bothered about speed", {}, ""),
    # time to think it over, or a hint to read the rating from
    (S, "my Uber rating is 4.9 lol, for y'all I gotta think on it", {}, "v"),
    (S, "I need to think about it", {}, "v"),
    (S, "I'll have to have a think about that one", {}, "v"),
    (S, "I gotta think on it, 4 I guess", {S: 4}, ""),
    (S, "I think it's about a 4", {S: 4}, ""),
    (S, "I don't think about it much", {}, ""),
    (S, "you guys though... let me think about it", {}, ""),
    (S, "been with y'all 5 years, that should tell you something", {"tenure_months": 60}, "v"),
    (S, "been with you 5 years, that says it all", {"tenure_months": 60}, "v"),
    (S, "that says it all, 2 stars", {S: 2}, ""),
    (S, "she says it all the time", {}, ""),
    (S, "that tells you something about their billing, 3", {S: 3}, ""),
    # a plan with "unless" after it, under another question
    (
        C,
        "Contract ends in March and I'm off to another provider unless the price drops",
        {
            I: "unsure",
            C: "Contract ends in March and I'm off to another provider unless the price drops",
        },
        "",
    ),
    (
        C,
        "I'm leaving unless the price drops",
        {I: "unsure", C: "I'm leaving unless the price drops"},
        "",
    ),
    (
        C,
        "I'm leaving, the app never works unless I restart it",
        {I: "leave", C: "I'm leaving, the app never works unless I restart it"},
        "",
    ),
    (C, "the app is slow, I'm leaving", {I: "leave", C: "the app is slow, I'm leaving"}, ""),
    (
        I,
        "Contract ends in March and I'm off to another provider unless the price drops",
        {I: "unsure"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_opinions_near_misses(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
