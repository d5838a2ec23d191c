"""Ratings set aside for what they score, answers with no level, and values out of reach.

Covers: a score of something else when the service is then turned to as not judged yet ("the app
4 stars … The internet itself I really can't judge", "靓女好有耐心，我好钟意佢；至于网速点样，我真系
讲唔准"; "the staff are a 5, the internet a 3" keeps 3); a day or a work mark scored ("Monday's a
1", "绩效拿了个4"), the scale's ends asked about ("是5分最好还是1分最好"), a time to come back
("after 3 maybe"); a number taken back or said with ease ("2... no actually 1", "5 easy", "3
thôi"); a month gone by judged against now ("上个月还可以，这个月老掉线"); no judgement formed
("还说不出个所以然", "还没感觉出啥"); a comparison with the one before set first ("跟上一家比好太多
了"), or with anything ("anything's an improvement"); a score echoed and denied ("五星好评？不
可能"); a rating not given as a habit or without a subject ("我一向不给的", "…不打了");
level by weather or by room; "had y'all 3 years" as the time with us; "ain't goin' nowhere" as
staying; the NBN as a bill that adds up; a kind put behind "after years on" it; a time waited
("waiting ages") as no vague amount; only a family member knowing ("我老伴才清楚"); a bill not
found or a label not read.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("satisfaction", "1到5分，是5分最好还是1分最好啊？", {}, ""),
    ("satisfaction", "is 5 the best or 1?", {}, ""),
    ("satisfaction", "店里那个靓女好有耐心，我好钟意佢；至于网速点样，我真系讲唔准", {}, "v"),
    (
        "satisfaction",
        "Gave the app 4 stars on the app store, but that's the app. The "
        "internet itself I really can't judge.",
        {},
        "v",
    ),
    ("satisfaction", "I'm happy as a clam with my new job, the internet I dunno.", {}, "v"),
    (
        "satisfaction",
        "Kuya at the store gave me 2 free months, so that part 5 haha. but the "
        "service, not sure yet",
        {},
        "v",
    ),
    (
        "satisfaction",
        "Left Deliveroo a 1 star review earlier, still fuming about my cold "
        "chips, yours I haven't made my mind up about",
        {},
        "v",
    ),
    (
        "satisfaction",
        "Gabriel from your store is a 10!! very kind boy. The internet I need "
        "to use more before I say",
        {},
        "v",
    ),
    ("satisfaction", "The staff are a 5, the internet a 3.", {"satisfaction": 3}, ""),
    ("satisfaction", "The internet I dunno, maybe 3.", {"satisfaction": 3}, ""),
    ("satisfaction", "4, the internet I can't really judge beyond that", {"satisfaction": 4}, ""),
    ("satisfaction", "至于网速，我给3分", {"satisfaction": 3}, ""),
    ("satisfaction", "网速我说不准，大概3分吧", {"satisfaction": 3}, ""),
    ("satisfaction", "刚看到我们部门季度绩效拿了个4，哈哈，不好意思跑题了", {}, ""),
    ("satisfaction", "部门绩效拿了个4，你们我给3分", {"satisfaction": 3}, ""),
    ("satisfaction", "Monday's a 1 out of 5 so far, hold on, customer just walked in", {}, ""),
    ("satisfaction", "Monday's a 1 but the service is a 4", {"satisfaction": 4}, ""),
    ("satisfaction", "Can't do this now, mid lunch rush, after 3 maybe", {}, ""),
    ("satisfaction", "after 3 years I'd say 4", {"satisfaction": 4}, ""),
    ("satisfaction", "2... no actually 1, it's been down all week", {"satisfaction": 1}, ""),
    ("satisfaction", "4, no wait, 3", {"satisfaction": 3}, ""),
    ("satisfaction", "3 thôi. Ok but not great.", {"satisfaction": 3}, ""),
    ("satisfaction", "Well chuffed, 5 easy", {"satisfaction": 5}, ""),
    ("satisfaction", "easy 3 months ago I joined", {"tenure_months": 3}, ""),
    ("satisfaction", "上个月还可以，这个月老掉线，真不好说", {}, "v"),
    ("satisfaction", "上个月还可以", {"satisfaction": 3}, ""),
    ("satisfaction", "以前还可以，现在不行了", {"satisfaction": 2}, ""),
    (
        "satisfaction",
        "八段锦队的姐妹都说好，我刚转过来，还说不出个所以然",
        {"tenure_months": 0},
        "v",
    ),
    ("satisfaction", "我老婆说挺满意，我自己还没感觉出啥", {"has_partner": True}, "v"),
    (
        "satisfaction",
        "我老婆说挺满意，我自己也挺满意",
        {"has_partner": True, "satisfaction": 4},
        "",
    ),
    ("satisfaction", "跟上一家比好太多了", {}, "v"),
    ("satisfaction", "跟上一家比好太多了，5分", {"satisfaction": 5}, ""),
    ("satisfaction", "我女儿说跟上一家比好太多了", {}, ""),
    ("satisfaction", "五星好评？不可能的，这辈子都不可能", {}, "v"),
    ("satisfaction", "5 stars? no way mate", {}, "v"),
    ("satisfaction", "5 stars? yes, easily", {"satisfaction": 5}, ""),
    ("satisfaction", "評分這種東西我一向不給的", {}, "r"),
    ("satisfaction", "打分看心情的，今天心情不好，不打了", {}, "r"),
    ("satisfaction", "打分看心情，今天心情好，给5分", {"satisfaction": 5}, ""),
    ("satisfaction", "打篮球？我不打", {}, ""),
    (
        "satisfaction",
        "In 1974 we had a party line with six families on it, so honestly "
        "anything's an improvement.",
        {},
        "v",
    ),
    ("satisfaction", "anything's better than Digicel, 4", {"satisfaction": 4}, ""),
    ("satisfaction", "Changes with the weather mate, the rain's the killer.", {}, "v"),
    ("satisfaction", "4G in the kitchen, no bars in the bedroom, that's my review.", {}, "v"),
    (
        "satisfaction",
        "no signal in the garden, fine in the kitchen, 3 overall",
        {"satisfaction": 3},
        "",
    ),
    (
        "satisfaction",
        "I'm in Tempe, had y'all about 3 years, I'd give it a 4.",
        {"tenure_months": 36, "city": "Tempe", "satisfaction": 4},
        "",
    ),
    ("churn_intent", "Ain't goin' nowhere, y'all are stuck with me.", {"churn_intent": "stay"}, ""),
    ("churn_intent", "he ain't going nowhere", {}, ""),
    ("churn_intent", "ain't going nowhere this weekend", {}, ""),
    ("monthly_spend", "$79 for the NBN and $35 for the mobile.", {"monthly_spend": 114.0}, ""),
    ("monthly_spend", "$79 for the NBN", {"monthly_spend": 79.0}, ""),
    ("monthly_spend", "账单上写着呢，我找不到了", {}, "v"),
    ("monthly_spend", "账单找不到了，大概九十", {"monthly_spend": 90.0}, ""),
    ("monthly_spend", "can't find the bill but about 60", {"monthly_spend": 60.0}, ""),
    (
        "internet_service",
        "Fibre, finally, after years stuck on the old copper.",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("internet_service", "still stuck on copper after years", {"internet_service": "dsl"}, ""),
    ("internet_service", "Is fibre on my street yet? Been waiting ages", {}, ""),
    ("internet_service", "就是墙上那个白色盒子，牌子我看不清", {}, "v"),
    ("internet_service", "牌子我看不清，应该是光纤", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "网速慢，视频都看不清", {}, ""),
    ("tenure_months", "具体多久我老伴才清楚，都是他在弄", {"has_partner": True}, "v"),
    ("tenure_months", "我老伴不清楚，我用了五年", {"has_partner": True, "tenure_months": 60}, ""),
    ("tenure_months", "been with you for ages", {}, "v"),
    ("tenure_months", "the router's about 5 years old if that helps", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_ratings_set_aside_and_out_of_reach(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
