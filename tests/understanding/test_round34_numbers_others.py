"""Numbers, ratings and other people's statements, round 34: chat spellings of a recent start,
a duration reached next month with "yous", the card after a yearly amount, "bit early to say",
prices seen on the website or in an advert, what people around say, 好 as "finished" and care
given as a job.

Covers: "jus signed up last wk" (0; not "signed up for the gym last wk"); "it'll be two years with
yous next month" (23; "contract's up next month" says nothing of the duration); "about 1200 a year,
on my credit card" (credit card, 100; not "I'd rather not put it on my credit card"); "only joined
in August, bit early to say" (unsure; "说好了早点换" leaves); "我看你们官网上最低的套餐才19块" and
"看到广告说电信宽带一年才三百，真的假的" (no spend; "看了下官网，我的套餐是每月59" and "我看每月也就
七八十吧" are the bill); "我们这儿的人都说移动信号好一些" (no rating; "…，我觉得你们也不错" rates);
"我们村信号塔前年才建好" (no rating; "服务挺好" rates); "I look after other people's parents all
day" as a care worker (no dependent; "I look after my parents" is one).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

T = "tenure_months"
M = "monthly_spend"
PM = "payment_method"
C = "churn_intent"
S = "satisfaction"
D = "has_dependents"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # chat spellings of "just" and "week", a time after "signed up"; a club joined is no start
    (T, "jus signed up last wk", {T: 0}, ""),
    (T, "just signed up last wk", {T: 0}, ""),
    (T, "joined last wk", {T: 0}, ""),
    (T, "jus joined", {T: 0}, ""),
    (T, "jst joined this wk", {T: 0}, ""),
    (T, "just signed up this week", {T: 0}, ""),
    (T, "just signed up this morning", {T: 0}, ""),
    (T, "signed up for the gym last wk", {}, ""),
    (T, "just joined the gym", {}, ""),
    # a duration reached next month, "you" as it is said ("yous", "ya", "u")
    (T, "it'll be two years with yous next month", {T: 23}, ""),
    (T, "three years with youse next month", {T: 35}, ""),
    (T, "it'll be a year with ya next month", {T: 11}, ""),
    (T, "2 yrs with u next month", {T: 23}, ""),
    (T, "two years with yous, contract's up next month", {T: 24}, ""),
    (T, "下个月就满两年了", {T: 23}, ""),
    # the card an amount of any period goes on; a card refused or a purchase is no means
    (M, "about 1200 a year, on my credit card", {PM: "credit_card", M: 100.0}, ""),
    (M, "about 100 a month, on my credit card", {PM: "credit_card", M: 100.0}, ""),
    (M, "300 a quarter, on the visa", {PM: "credit_card", M: 100.0}, ""),
    (M, "about 1200 a year, goes on my credit card", {PM: "credit_card", M: 100.0}, ""),
    (M, "about 1200 a year", {M: 100.0}, ""),
    (M, "1200 a year, I'd rather not put it on my credit card", {M: 100.0}, ""),
    (M, "一年1200，信用卡付的", {PM: "credit_card", M: 100.0}, ""),
    # too early to decide, in any degree (a rating too early to give stays vague)
    (C, "only joined in August, bit early to say", {T: 3, C: "unsure"}, ""),
    (C, "bit early to say", {C: "unsure"}, ""),
    (C, "a little soon to tell", {C: "unsure"}, ""),
    (C, "kinda early to decide tbh", {C: "unsure"}, ""),
    (C, "才用了三个月，现在说还早", {T: 3, C: "unsure"}, ""),
    (C, "现在说续不续还早", {C: "unsure"}, ""),
    (C, "为时尚早吧", {C: "unsure"}, ""),
    (C, "刚办，现在下结论太早了", {T: 0, C: "unsure"}, ""),
    (C, "说好了早点换", {C: "leave"}, ""),
    (C, "早上说过了，不换", {C: "stay"}, ""),
    (C, "early to say but probably staying", {C: "stay"}, ""),
    (S, "only been 2 months, too early to tell", {T: 2}, "v"),
    # a price seen on the website, in an advert or as the cheapest of the range; the own bill
    (M, "我看你们官网上最低的套餐才19块", {}, ""),
    (M, "看到广告说电信宽带一年才三百，真的假的", {}, ""),
    (M, "我在网上看到你们的套餐才29一个月", {}, ""),
    (M, "刷抖音看到你们家宽带一年只要365", {}, ""),
    (M, "电视上看到你们的广告，宽带一年才三百", {}, ""),
    (M, "I saw on your website the cheapest plan is 19 a month", {}, ""),
    (M, "I read in the paper your cheapest deal is 15 quid", {}, ""),
    (M, "saw it on the website, 45 a month", {}, ""),
    (M, "saw an ad for 30 a month", {}, ""),
    (M, "2 years ago I saw an ad for 30 a month and signed up", {M: 30.0}, ""),
    (M, "看到广告说29一个月，就办了", {M: 29.0}, ""),
    (M, "官网上看到的是59，实际每月扣我99", {M: 99.0}, ""),
    (M, "你们最便宜的套餐才19，我这个要99", {M: 99.0}, ""),
    (M, "每月80，看到广告说新用户才50，真的假的", {M: 80.0}, ""),
    (M, "广告上写的59", {M: 59.0}, ""),
    (M, "我看每月也就七八十吧", {M: 75.0}, ""),
    (M, "我看了下账单，每月89", {M: 89.0}, ""),
    (M, "看了下官网，我的套餐是每月59", {M: 59.0}, ""),
    (M, "在网上营业厅看到每月扣89", {M: 89.0}, ""),
    (M, "I saw my bill online, it's 62", {M: 62.0}, ""),
    (M, "I checked the app, it's 45 a month", {M: 45.0}, ""),
    (M, "我用的是最便宜的套餐，19块", {M: 19.0}, ""),
    (M, "你们最低的套餐多少钱？我现在每月交80", {M: 80.0}, ""),
    # what people in general say about a provider; the respondent speaking again
    (S, "我们这儿的人都说移动信号好一些", {}, ""),
    (S, "村里人都讲电信快，我觉得你们也不错", {S: 4}, ""),
    (S, "听说联通网速好", {}, ""),
    (S, "people round here say EE is great", {}, ""),
    (S, "apparently Vodafone is brilliant", {}, ""),
    (S, "everyone says you're good, I'd give you a 3", {S: 3}, ""),
    (S, "人家都说你们信号不好，我倒觉得挺好", {S: 4}, ""),
    (S, "我都说了，挺好的", {S: 4}, ""),
    (S, "大家都说好，我也觉得好", {S: 4}, ""),
    # 好 as "finished" after a verb of building or fitting
    (S, "我们村信号塔前年才建好", {}, ""),
    (S, "基站去年刚盖好", {}, ""),
    (S, "路由器换好了", {}, ""),
    (S, "网线拉好了", {}, ""),
    (S, "信号塔建好以后信号好多了", {}, "v"),
    (S, "服务挺好", {S: 4}, ""),
    # other people's relatives cared for as a job; the respondent's own relatives
    (D, "I'm a care worker, I look after other people's parents all day lol", {}, ""),
    (D, "I'm a nanny, I look after other people's children", {}, ""),
    (D, "I care for other folks' elderly parents for a living", {}, ""),
    (D, "I care for the elderly for a living", {}, ""),
    (D, "I'm a carer, I look after old people", {}, ""),
    (D, "我在养老院上班，照顾别人家的老人", {}, ""),
    (D, "我是保姆，在雇主家带孩子", {}, ""),
    (D, "我是护工，天天照顾别人的父母", {}, ""),
    (D, "I look after my parents", {D: True}, ""),
    (D, "I'm a carer, I look after my mum", {D: True}, ""),
    (D, "I look after my other son", {D: True}, ""),
    (D, "I look after other people's kids all day, then come home to my own two", {D: True}, ""),
    (D, "我照顾我爸妈", {D: True}, ""),
    (D, "我在养着两个娃", {D: True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round34_numbers_others(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
