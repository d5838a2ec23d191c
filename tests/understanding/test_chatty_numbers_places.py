"""Chatty messages full of other prices, places and people: which number or place is the
respondent's own answer.

Each rule has a case that fills and a near miss that must not: a price difference, a price per
person or week, a purchase, rent or a dinner, somebody else's bill; a city passed through,
compared with, of a phone number, of an event or of the past; an option a rival offers, a
workplace's line, a doubted claim, a wish; a rate read as a duration; a gender word said of a pet
or a group. Each row is (asked slot, message, slot checked, value or None for "not filled");
"today" is 2026-11-23. Only the checked slot is compared, so that other slots' readings may
change without touching these cases.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import read, values

MONEY: list[tuple[str, str, str, Any]] = [
    # a difference or a saving is no price
    ("monthly_spend", "现在一百，比以前便宜了二十", "monthly_spend", 100.0),
    ("name", "小周，他说我们这边比他那边贵三十块", "monthly_spend", None),
    ("has_partner", "yes, and the bundle saves us $20 a month", "monthly_spend", None),
    ("monthly_spend", "I get a $15 discount so it's 55", "monthly_spend", 55.0),
    (
        "churn_intent",
        "staying, the other lot were charging $25 more than you",
        "monthly_spend",
        None,
    ),
    # a price per person, night, lesson or week
    ("monthly_spend", "聚餐人均两百，话费我得查查", "monthly_spend", None),
    ("has_dependents", "one boy, swimming lessons are $30 a week", "monthly_spend", None),
    ("age", "29, paying $30 a month for the internet", "monthly_spend", 30.0),
    ("monthly_spend", "60 each month", "monthly_spend", 60.0),
    # a purchase, the rent, a meal, travel, another utility
    ("monthly_spend", "上周刚买了个路由器，三百多", "monthly_spend", None),
    ("monthly_spend", "套餐买的是129的", "monthly_spend", 129.0),
    ("has_partner", "结婚了，房租一个月四千", "monthly_spend", None),
    ("has_partner", "结婚了，宽带一个月一百", "monthly_spend", 100.0),
    (
        "monthly_spend",
        "we blew $180 on a takeaway last night, the internet I'd have to check",
        "monthly_spend",
        None,
    ),
    ("tenure_months", "3 years, and my electric bill is 90 a month", "monthly_spend", None),
    # somebody else's bill
    ("satisfaction", "还行，我同事每月交一百五", "monthly_spend", None),
    ("monthly_spend", "我每月五十，我同事一百五", "monthly_spend", 50.0),
    ("internet_service", "没装，我表姐自己办了张流量卡，每月四十", "monthly_spend", None),
    ("monthly_spend", "我朋友推荐的，每月四十", "monthly_spend", 40.0),
    ("monthly_spend", "我闺女的卡每个月三十", "monthly_spend", None),
    ("monthly_spend", "宽带一百，我老公那张副卡再加三十", "monthly_spend", 130.0),
    ("satisfaction", "fine, my flatmate pays 40 a month for hers", "monthly_spend", None),
    # not asked, an amount needs a bill cue
    ("age", "30岁，每月99", "monthly_spend", 99.0),
    ("age", "30岁，昨天花了99", "monthly_spend", None),
    ("contract", "one year, £30", "monthly_spend", 30.0),
    ("payment_method", "card, I send my flatmate £30 which is my half", "monthly_spend", None),
    ("gender", "女，店里一个月也就来两三个男顾客", "monthly_spend", None),
    # corrections, bills parted by a space, a year paid at once
    ("monthly_spend", "50 quid, no wait, 55", "monthly_spend", 55.0),
    ("monthly_spend", "手机38 宽带100", "monthly_spend", 138.0),
    ("contract", "包年，一次交了九百六", "monthly_spend", 80.0),
    ("age", "33, bill is about 70", "monthly_spend", 70.0),
    # a spending on a named day is a one-off, unless it pays the bill or names the service
    ("monthly_spend", "最近开销大，前天加满油花了四百，周末又买了双鞋", "monthly_spend", None),
    ("monthly_spend", "spent 80 at the market on saturday, ouch", "monthly_spend", None),
    ("monthly_spend", "昨天刚交的话费，八十八", "monthly_spend", 88.0),
    ("monthly_spend", "paid 45 yesterday like every month", "monthly_spend", 45.0),
    # a subscription to another named service is no bill with us
    ("monthly_spend", "netflix went up to 11 a month, it's a joke", "monthly_spend", None),
    ("monthly_spend", "爱奇艺会员一个月25，贵死了", "monthly_spend", None),
    ("monthly_spend", "the broadband's 35 a month, netflix on top", "monthly_spend", 35.0),
    # an amount with a currency and a hedge, alone in its clause, answers a billing question
    ("payment_method", "roughly 52 pounds i reckon", "monthly_spend", 52.0),
    ("payment_method", "my share, which is 52 pounds i reckon", "monthly_spend", None),
    # a period of payment before the amount marks it as money, but not before a count
    ("contract", "年付的，一年960", "monthly_spend", 80.0),
    ("contract", "一年一续，一年2次上门维护", "monthly_spend", None),
]

PLACES: list[tuple[str, str, str, Any]] = [
    # passing through
    ("city", "在动车上，刚过武汉，马上到家了", "city", None),
    ("city", "stuck on a layover in Dallas, home is Austin", "city", "Austin"),
    ("city", "我在武汉", "city", "Wuhan"),
    # a yardstick, a phone number's region
    ("city", "住长沙，房价比武汉便宜多了", "city", "Changsha"),
    ("city", "老是接到广州的号码，烦死了", "city", None),
    ("city", "在广州", "city", "Guangzhou"),
    # the past, an event, a stay with a time frame, an origin
    ("satisfaction", "还行，跟我在广州那会儿差不多", "city", None),
    ("city", "我在广州的时候网很差，现在搬到了佛山", "city", "Foshan"),
    ("age", "40, ran the marathon in Boston last year", "city", None),
    ("age", "40, I live in Boston", "city", "Boston"),
    ("city", "这周在成都出差，平时住重庆", "city", "Chongqing"),
    ("city", "上周在南京，这周在合肥，到处跑", "city", None),
    ("city", "Based in Leeds, moved over from York last year", "city", "Leeds"),
    ("city", "Bristol. my brother's from Cardiff though", "city", "Bristol"),
    # a place the gazetteer lacks, said with "now", beside the known town moved from
    ("city", "I'm in Truro now, moved down from Bristol in March", "city", "Truro"),
    # a district or neighbourhood gives its city; a district name in a film or a tennis match
    # is no city
    ("city", "Brixton, south of the river", "city", "London"),
    ("city", "住在罗湖区", "city", "Shenzhen"),
    ("city", "光谷那边", "city", "Wuhan"),
    ("name", "Kim, I live in Kreuzberg", "city", "Berlin"),
    ("interests", "I love old Hollywood musicals", "city", None),
    ("satisfaction", "4, watched Wimbledon fine on it", "city", None),
    ("city", "Truro for now, I came down from Bristol", "city", "Truro"),
    # not asked, a city needs words that place the respondent there
    ("age", "42, my cousin's in Leeds", "city", None),
    ("name", "Sarah, 33, Leeds", "city", "Leeds"),
    ("name", "Priya here, from Pune", "city", "Pune"),
    ("age", "35, my flight from London was delayed", "city", None),
    ("name", "Sarah, grew up in Leeds, we respect our elders there", "city", None),
    ("tenure_months", "since I moved to Leeds in 2019", "city", "Leeds"),
    ("interests", "love a city break, took the kids to Paris at Easter", "city", None),
]

OPTIONS: list[tuple[str, str, str, Any]] = [
    ("contract", "签没签合约我真忘了", "contract", None),
    ("contract", "monthly now, I was on a 2 year deal back in 2019", "contract", "month_to_month"),
    ("contract", "两年的，每月80", "contract", "two_year"),
    ("contract", "按月的", "contract", "month_to_month"),
    ("contract", "no idea, my monthly bill is 60", "contract", None),
    ("internet_service", "DSL, the other company offers fibre though", "internet_service", "dsl"),
    ("internet_service", "fibre at work, DSL at home", "internet_service", "dsl"),
    ("internet_service", "单位是光纤，家里用的电话线", "internet_service", "dsl"),
    ("internet_service", "我老婆说是光纤，我也不清楚", "internet_service", None),
    ("internet_service", "我老婆说是光纤", "internet_service", "fiber_optic"),
    (
        "churn_intent",
        "leaving, paying 80 a month for DSL that keeps dropping",
        "internet_service",
        "dsl",
    ),
    (
        "payment_method",
        "bank transfer, my wife wants to use her credit card",
        "payment_method",
        "bank_transfer",
    ),
    (
        "payment_method",
        "bank transfer, I don't trust myself with a credit card",
        "payment_method",
        "bank_transfer",
    ),
    ("payment_method", "my dad still mails a check for his. mine? no clue", "payment_method", None),
    ("payment_method", "my dad mails a check for us every month", "payment_method", "mailed_check"),
    ("churn_intent", "不换了，我表哥换了电信，绑的银行卡全要改", "payment_method", None),
    # a credit union is no credit card
    ("payment_method", "credit union account, I think", "payment_method", None),
    ("payment_method", "my credit card, I think", "payment_method", "credit_card"),
]

DURATIONS: list[tuple[str, str, str, Any]] = [
    # "才" after a time ago stresses the time ("半年前才办的" is six months); "才办的" alone is new
    ("tenure_months", "电视用了好多年，宽带是十个月前才办的", "tenure_months", 10),
    ("tenure_months", "我是半年前才开的", "tenure_months", 6),
    ("tenure_months", "我才办的", "tenure_months", 0),
    ("tenure_months", "前天才开通", "tenure_months", 0),
    # "just started" a school, a job or a pastime, or "刚开始" as "at first", joins nothing
    ("has_dependents", "yes two, the little one just started reception", "tenure_months", None),
    ("has_partner", "yeah, he just started a night shift job", "tenure_months", None),
    ("satisfaction", "刚开始还凑合，现在2分", "tenure_months", None),
    ("tenure_months", "we only just started with you", "tenure_months", 0),
    ("tenure_months", "刚开始用", "tenure_months", 0),
    # an animal in a saying is no pet: worn out "like a dog", a night owl
    ("interests", "天天忙成狗，哪有空弄别的", "interests", None),
    ("interests", "I'm a total night owl, 夜猫子, big into films", "interests", ["movies"]),
    ("interests", "knackered as a dog after shifts, mostly I read", "interests", ["reading"]),
    ("interests", "每天下班遛狗", "interests", ["pets"]),
    ("tenure_months", "I pay 40 a month", "tenure_months", None),
    ("tenure_months", "a month", "tenure_months", 1),
    ("tenure_months", "he's the one who signed us up, ask him", "tenure_months", None),
    ("tenure_months", "路由器一百多块买的", "tenure_months", None),
    ("satisfaction", "刚装的时候老断网，现在好了，4分", "tenure_months", None),
    ("churn_intent", "刚装的，先用着", "tenure_months", 0),
    ("satisfaction", "刚换的套餐，还不错", "tenure_months", None),
    ("age", "35，上周刚换了个新手机", "tenure_months", None),
    ("churn_intent", "上个月刚从移动转网过来的，先用着", "tenure_months", 1),
    ("internet_service", "fibre, been with you since 2022 march", "tenure_months", 56),
    ("churn_intent", "staying, I've been here 6 years", "tenure_months", 72),
    ("city", "Leeds, been here 6 years", "tenure_months", None),
    ("tenure_months", "五年了，一直是一年一签", "contract", "one_year"),
    # leaving a rival for us, with the rival's name and a hedge before the amount
    (
        "satisfaction",
        "we moved across from Virgin Media roughly 14 months ago",
        "tenure_months",
        14,
    ),
    ("satisfaction", "switched from DSL to fibre about 3 months ago", "tenure_months", None),
    # a number said as a person's age is that person's, no tenure
    (
        "tenure_months",
        "my grandad recommended you lot, he's 81 and still sharp",
        "tenure_months",
        None,
    ),
    ("tenure_months", "我奶奶用的，她都八十五了", "tenure_months", None),
    ("tenure_months", "she set it up for me, 30 I think", "tenure_months", 30),
]

PEOPLE: list[tuple[str, str, str, Any]] = [
    ("gender", "阿姨一个，六十多岁了", "age", 60),
    ("age", "I'm 80 years young", "age", 80),
    ("name", "forty-something, call me Jo", "age", 40),
    ("monthly_spend", "fifty-something a month", "age", None),
    ("city", "oops, I'm actually 41, not 14", "age", 41),
    ("age", "30, same as my husband actually, we met at uni", "age", 30),
    ("name", "叫啥不重要，我就是个30岁的女生", "gender", "female"),
    ("name", "I'm a 25 y/o girl from Leeds", "gender", "female"),
    ("age", "41, male, Leeds", "gender", "male"),
    ("age", "41, my twins are a boy and a girl", "gender", None),
    ("age", "put me down as a woman, age is private", "gender", "female"),
    ("gender", "我是开店的，来的女顾客多", "gender", None),
    ("gender", "male, and the dog's a girl", "gender", "male"),
    ("gender", "男，家里的猫是女孩", "gender", "male"),
    ("gender", "我教书的，班上都是男生", "gender", None),
    ("gender", "why does my gender matter", "gender", None),
]


@pytest.mark.parametrize(
    ("asked", "text", "slot", "expected"), MONEY + PLACES + OPTIONS + DURATIONS + PEOPLE
)
def test_own_answer_among_chatter(
    survey: Survey, asked: str, text: str, slot: str, expected: Any
) -> None:
    assert values(read(survey, asked, text)).get(slot) == expected
