"""Answers that give no value for a slot: nothing to complain about, other people, questions.

Covers the readings added against false fills: open answers that only say "nothing" or "fine",
questions about the question; counts, comparisons and other people's ratings when satisfaction is
asked; children, services, plans and durations of friends, siblings and parents; options that are
only asked about; devices' ages; and which of two names is the name. Rows are (asked slot,
message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey
from bot.understanding import others
from bot.understanding.complaints import open_answers

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # "can't complain" and praise of the service are nothing to complain about; a question
    # that opens with "like" asks back; a change without a level and an unnamed small place are
    # vague
    (
        "complaint",
        "been with you guys 5 years, honestly can't complain",
        {"tenure_months": 60},
        "v",
    ),
    ("complaint", "nothing so far, the connection has been rock solid", {}, "v"),
    (
        "complaint",
        "the connection has been anything but reliable lately",
        {"complaint": "the connection has been anything but reliable lately"},
        "",
    ),
    (
        "complaint",
        "can't complain about the price but the router keeps dropping",
        {"complaint": "can't complain about the price but the router keeps dropping"},
        "",
    ),
    (
        "complaint",
        "like what sort of issues? my neighbour had outages with his old company, does that count?",
        {},
        "",
    ),
    ("satisfaction", "tough to say, still new", {}, "v"),
    ("satisfaction", "it has got better this year", {}, "v"),
    ("satisfaction", "it has got better, I'd give it a 4", {"satisfaction": 4}, ""),
    ("city", "a tiny village, nobody's heard of it", {}, "v"),
    # a town near the city is not the city (dev labels "a wee village near Hawick" vague)
    ("city", "a small town near Leeds", {}, "v"),
    # open answer: nothing to complain about is vague, not a complaint
    ("complaint", "目前没啥不满意的", {}, "v"),
    ("complaint", "真没有，用着挺顺的", {}, "v"),
    ("complaint", "基本没遇到过问题", {}, "v"),
    ("complaint", "no issues so far", {}, "v"),
    ("complaint", "hmm, not that I can think of", {}, "v"),
    ("complaint", "honestly? none", {}, "v"),
    # ... also when the rest of the message answers another slot
    ("complaint", "用了三年了，没啥问题", {"tenure_months": 36}, "v"),
    ("complaint", "I'm on fiber and it works fine", {"internet_service": "fiber_optic"}, "v"),
    # a question about the question is no answer at all
    ("complaint", "比如说哪方面的？", {}, ""),
    ("complaint", "like what?", {}, ""),
    # something specific after "nothing" is a complaint
    ("complaint", "没什么，就是账单看不懂", {"complaint": "没什么，就是账单看不懂"}, ""),
    (
        "complaint",
        "nothing major, just the wifi dropping at night",
        {"complaint": "nothing major, just the wifi dropping at night"},
        "",
    ),
    # satisfaction: counts, ordinals and durations are no rating
    ("satisfaction", "打了3次客服电话才解决", {}, ""),
    ("satisfaction", "第1次被问这个", {}, ""),
    ("satisfaction", "I've had 2 outages this month", {}, ""),
    ("satisfaction", "my router is 4 years old and still works", {}, ""),
    ("satisfaction", "用了3年了", {"tenure_months": 36}, ""),
    # ... nor somebody else's rating, a comparison or "good and bad by turns"
    ("satisfaction", "my sister rates you a 2 but she's picky", {}, ""),
    ("satisfaction", "the family loves it, 5 from them, 4 from me", {"satisfaction": 4}, ""),
    (
        "satisfaction",
        "我老婆挺满意的，我觉得一般",
        {"satisfaction": 3, "has_partner": True},
        "",
    ),
    ("satisfaction", "比以前好点了", {}, "v"),
    ("satisfaction", "better than before I guess", {}, "v"),
    ("satisfaction", "看心情吧，有时好有时差", {}, "v"),
    ("satisfaction", "10分制的话7分", {}, "v"),
    # children of friends, siblings and neighbours are not the respondent's
    ("has_dependents", "我朋友家有两个孩子", {}, ""),
    ("has_dependents", "我姐的娃我偶尔帮忙带带", {}, ""),
    ("has_dependents", "my neighbour's kids use our wifi lol", {}, ""),
    ("has_dependents", "我哥有两个孩子，我还单着", {"has_partner": False}, ""),
    # wished for, or only in the past
    ("has_dependents", "想要孩子，但还没有", {"has_dependents": False}, ""),
    ("has_dependents", "以前要养我妈，她去年走了", {"has_dependents": False}, ""),
    # tenure: somebody else's time with us, a device's age, "next month"
    ("tenure_months", "我爸在你们这用了十年，我自己才一年", {"tenure_months": 12}, ""),
    ("tenure_months", "my dad's been with you 10 years", {}, ""),
    ("tenure_months", "路由器用了3年了，你们家的服务才1年", {"tenure_months": 12}, ""),
    ("tenure_months", "two years next month", {"tenure_months": 23}, ""),
    ("tenure_months", "刚从移动换过来", {"tenure_months": 0}, ""),
    ("tenure_months", "signed up the week before last", {"tenure_months": 0}, ""),
    ("tenure_months", "three-ish years", {"tenure_months": 36}, ""),
    ("tenure_months", "since 2021.6", {"tenure_months": 65}, ""),
    ("tenure_months", "came over from Verizon in January", {"tenure_months": 10}, ""),
    ("tenure_months", "没多久", {}, "v"),
    ("tenure_months", "since Covid", {}, "v"),
    ("churn_intent", "我哥刚换了移动", {}, ""),
    # options of other households, or only asked about
    ("internet_service", "邻居家是光纤，我家还是老的ADSL", {"internet_service": "dsl"}, ""),
    ("internet_service", "my brother has fiber", {}, ""),
    ("internet_service", "光纤多少钱？", {}, ""),
    ("internet_service", "朋友推荐的光纤，挺快", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "fiber? is that the fast one?", {}, ""),
    # intentions of others, questions, rhetorical questions
    ("churn_intent", "隔壁老王说要换电信", {}, ""),
    ("churn_intent", "我妈要换，我自己的不换", {"churn_intent": "stay"}, ""),
    ("churn_intent", "what happens if I leave?", {}, ""),
    ("churn_intent", "都用了十年了，还换啥", {"churn_intent": "stay", "tenure_months": 120}, ""),
    ("satisfaction", "我室友退网了，我还在用，还行吧", {"satisfaction": 3}, ""),
    # a city of someone else is no unknown place
    ("city", "我朋友在深圳", {}, ""),
    # "没什么" then a fault of the service is a complaint, however short ("老掉线", "有点贵");
    # "没什么" alone is none
    ("complaint", "没什么，就是老掉线", {"complaint": "没什么，就是老掉线"}, ""),
    ("complaint", "没啥，就是有点贵", {"complaint": "没啥，就是有点贵"}, ""),
    ("complaint", "没什么，真的", {}, "v"),
    # option words inside set phrases answer nothing
    ("contract", "一年到头都在出差", {}, ""),
    ("contract", "一年的", {"contract": "one_year"}, ""),
    ("payment_method", "the SIM card came in the post", {}, ""),
    ("payment_method", "card", {"payment_method": "credit_card"}, ""),
    ("churn_intent", "leave me alone lol", {}, ""),
    ("churn_intent", "I'll stay", {"churn_intent": "stay"}, ""),
    ("has_dependents", "no kidding, long survey", {}, ""),
    ("has_dependents", "no kids", {"has_dependents": False}, ""),
    # a form of address to the bot is no gender; a self-description is
    ("gender", "美女，我问一下这个要填多久", {}, ""),
    ("gender", "hey dude, how long is this", {}, ""),
    ("gender", "美女一枚", {"gender": "female"}, ""),
    # more set phrases: "一分钱" (every last cent), "single-handedly", "孩子王", "stay up"
    ("monthly_spend", "一分钱都没少交", {}, ""),
    ("satisfaction", "打一分", {"satisfaction": 1}, ""),
    ("has_partner", "I'm single-handedly raising 2 kids", {"has_dependents": True}, ""),
    ("has_dependents", "我就是个孩子王，幼儿园老师", {}, ""),
    ("churn_intent", "I plan to stay up late tonight", {}, ""),
    # a child of an adult age is grown up; a toddler's months are no age
    ("has_dependents", "我儿子今年三十了", {"has_dependents": False}, ""),
    ("has_dependents", "女儿都18个月了", {"has_dependents": True}, ""),
    # a street named after a city is no city; "关你啥事" declines
    ("city", "在北京路上班，住城西", {}, ""),
    ("city", "住在北京，路上堵死了", {"city": "Beijing"}, ""),
    ("has_partner", "有没有对象关你啥事", {}, "r"),
    ("monthly_spend", "套餐59，但是每个月都超，大概要八九十", {"monthly_spend": 85.0}, ""),
    # a business partner, leaving for work, "live in hope", a height: none of them answers
    ("has_partner", "partnered with a startup last year, busy busy", {}, ""),
    ("has_partner", "I'm partnered", {"has_partner": True}, ""),
    ("churn_intent", "I'm leaving for work now, can we continue later?", {}, ""),
    ("churn_intent", "leaving for Vodafone next month", {"churn_intent": "leave"}, ""),
    ("city", "I live in hope", {}, ""),
    ("age", "I'm 5'8", {}, ""),
    ("age", "I'm 34, 5 foot 2", {"age": 34}, ""),
    ("city", "住公司宿舍", {}, ""),
    # a question word after 姓 is no surname; saying the name does not matter declines
    ("name", "我是你们的老客户了，姓什么不重要", {}, "r"),
    ("name", "姓李", {"name": "李"}, ""),
    # an unknown place is a proper name
    ("city", "just moved, still unpacking boxes", {}, ""),
    ("city", "nowhere", {}, ""),
    ("city", "kimberley", {"city": "Kimberley"}, ""),
    ("churn_intent", "no plans to change", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I've already given notice", {"churn_intent": "leave"}, ""),
    ("complaint", "I gave notice at work today, so nothing to complain about here", {}, "v"),
    ("city", "I like Reading", {"interests": ["reading"]}, ""),
    # (the city is Gqeberha now, as dev labels it: "Gqeberha, used to be PE")
    ("city", "Port Elizabeth", {"city": "Gqeberha"}, ""),
    # words holding a city's or an option's characters mean something else: ivy, a burger, a
    # film, money, a satisfaction survey; what one is doing right now is no place
    ("city", "阳台上的常春藤长疯了", {}, ""),
    ("city", "在吃汉堡，等下回你", {}, ""),
    ("city", "我刚把活干完成都快累趴了", {}, ""),
    ("city", "在看罗马假日呢", {}, ""),
    ("has_partner", "我只爱人民币", {}, ""),
    ("satisfaction", "满意度调查一个月发三次，烦不烦", {}, ""),
    ("satisfaction", "挺满意的", {"satisfaction": 4}, ""),
    ("city", "网速变成都不能用了", {}, ""),
    ("city", "平台中间那个按钮找不到", {}, ""),
    ("city", "在成都", {"city": "Chengdu"}, ""),
    ("city", "在吉首", {"city": "吉首"}, ""),
    # a complaint names the service or something wrong; talk about something else is none
    ("complaint", "周末带孩子去公园了，玩得很开心", {"has_dependents": True}, ""),
    ("complaint", "just got back from my sister's wedding, what a day", {}, ""),
    ("complaint", "营业员说话很冲", {"complaint": "营业员说话很冲"}, ""),
    ("complaint", "the shop staff ignored me", {"complaint": "the shop staff ignored me"}, ""),
    ("complaint", "装个宽带等了一个礼拜", {"complaint": "装个宽带等了一个礼拜"}, ""),
    (
        "complaint",
        "took them a month to send the router",
        {"complaint": "took them a month to send the router"},
        "",
    ),
    # in a long story, general words of a grievance ("still", "again") are the story's; a
    # long complaint names the service or a fault of it
    (
        "complaint",
        "we went to my cousin's christening last weekend and I'm still tired, my feet are "
        "killing me again",
        {},
        "",
    ),
    (
        "complaint",
        "the engineer promised to come back on Tuesday and still hasn't turned up, I've "
        "taken two days off for nothing",
        {
            "complaint": "the engineer promised to come back on Tuesday and still hasn't "
            "turned up, I've taken two days off for nothing"
        },
        "",
    ),
    (
        "complaint",
        "still waiting for a callback",
        {"complaint": "still waiting for a callback"},
        "",
    ),
    # "说不上有啥不满意的" says there is nothing once the hedge is gone
    ("complaint", "外面下大雪路都封了，你们嘛我也说不上有啥不满意的", {}, "v"),
    (
        "complaint",
        "说不上有啥不满意的，就是晚上老掉线",
        {"complaint": "说不上有啥不满意的，就是晚上老掉线"},
        "",
    ),
    # what the respondent does there is no place; a town or county the gazetteer lacks still is
    ("city", "我在外面跑货车，到处跑，今年四十八了", {"age": 48}, "v"),
    ("city", "我做物流的", {}, ""),
    ("city", "我用的是月付的", {"contract": "month_to_month"}, ""),
    ("city", "在宁乡县", {"city": "宁乡县"}, ""),
    ("city", "住周庄镇", {"city": "周庄镇"}, ""),
    # days in a month are no bill
    ("monthly_spend", "一个月二十来天在路上跑", {}, ""),
    ("city", "我做物流的，一个月二十来天在路上跑，住哪都说不准", {}, "v"),
    # "every single month" says nothing about a partner
    (
        "complaint",
        "billing is confusing every single month",
        {"complaint": "billing is confusing every single month"},
        "",
    ),
    # names: the first name offered, unless the respondent says what to call them
    ("name", "我叫Amy，中文名王芳", {"name": "Amy"}, ""),
    ("name", "王芳，英文名Amy", {"name": "王芳"}, ""),
    ("name", "我叫王芳，叫我Amy就行", {"name": "Amy"}, ""),
    ("name", "my name's Wang Fang but call me Amy", {"name": "Amy"}, ""),
    ("name", "Hi there, Ben speaking", {"name": "Ben"}, ""),
    ("name", "我网名叫风清扬", {"name": "风清扬"}, ""),
    ("name", "name? uh, Kevin", {"name": "Kevin"}, ""),
    ("name", "Jo (short for Joanna)", {"name": "Jo"}, ""),
    # a generation of mobile network is no rating; an account of one's own is no living alone
    ("satisfaction", "4G还是5G都一样", {}, ""),
    ("tenure_months", "my dad's been with you 10 years, I'm on my own plan", {}, ""),
    # the partner shares the household: their start is the household's
    (
        "tenure_months",
        "my wife set it up 2 years ago",
        {"tenure_months": 24, "has_partner": True},
        "",
    ),
    ("tenure_months", "since 09/2020", {"tenure_months": 74}, ""),
    ("has_dependents", "猫主子一只", {"has_dependents": False}, ""),
    ("complaint", "都挺好，谢谢关心", {}, "v"),
    ("complaint", "no, you guys are great", {}, "v"),
    # somebody else handles the bills or the tech, or the respondent cannot tell: vague
    ("payment_method", "my daughter handles all the bills", {}, "v"),
    ("internet_service", "宽带都是我儿子在管", {}, "v"),
    ("payment_method", "I don't really understand it, my son sorted it", {}, "v"),
    (
        "payment_method",
        "my wife pays it by direct debit from our bank account",
        {"payment_method": "bank_transfer", "has_partner": True},
        "",
    ),
    (
        "tenure_months",
        "my husband set it up three years ago",
        {"tenure_months": 36, "has_partner": True},
        "",
    ),
    # a wallet that is an outsider's says nothing of the respondent's payment
    ("payment_method", "my flatmate pays his through alipay", {}, ""),
    ("payment_method", "I just use alipay", {}, "v"),
    # a card that bought something is no way of paying the bill
    ("payment_method", "splurged on new shoes with my credit card last week lol", {}, ""),
    ("payment_method", "信用卡买了台相机，现在还在还", {}, ""),
    ("payment_method", "I pay the bill with my credit card", {"payment_method": "credit_card"}, ""),
    # 老公房 is a kind of flat, no husband; 老公 + 房子 is still one
    ("internet_service", "住的老公房，只能拉电话线", {"internet_service": "dsl"}, ""),
    ("has_partner", "老公房子在郊区", {"has_partner": True}, ""),
    # not knowing when something happens hedges that event, not the answer
    ("contract", "一年的，说不准什么时候搬家", {"contract": "one_year"}, ""),
    ("contract", "一年的吧，说不准", {}, "v"),
    # chat spellings, not taking part, never looked, a bit of everything, left to someone else
    ("satisfaction", "还阔以哈", {"satisfaction": 3}, ""),
    ("monthly_spend", "还阔以", {}, "v"),
    ("satisfaction", "评分这类东西我向来不参加", {}, "r"),
    ("satisfaction", "活动我一般不参加，服务给4分", {"satisfaction": 4}, ""),
    ("monthly_spend", "每月自动扣，扣多少从来没细看", {}, "v"),
    ("monthly_spend", "扣多少没细看，应该六十左右", {"monthly_spend": 60.0}, ""),
    ("interests", "什么都看点", {}, "v"),
    ("interests", "什么都看点，最爱打游戏", {"interests": ["gaming"]}, ""),
    ("payment_method", "缴费这块都是我老公弄", {"has_partner": True}, "v"),
    (
        "payment_method",
        "这块我闺女弄不明白，我用信用卡",
        {"payment_method": "credit_card"},
        "",
    ),
    # small talk after "nothing to complain about"; an echoed question, then someone else's trouble
    ("complaint", "没啥不满意的，就是这两天降温，感冒了", {}, "v"),
    (
        "complaint",
        "没啥不满意的，就是这两天网速特别慢",
        {"complaint": "没啥不满意的，就是这两天网速特别慢"},
        "",
    ),
    ("complaint", "问我有什么不满意？我表姐说她那边信号差，不知道是不是你们的", {}, ""),
    (
        "complaint",
        "问我有什么不满意？晚上信号差",
        {"complaint": "问我有什么不满意？晚上信号差"},
        "",
    ),
    # another person's judgement passed on is no vague answer
    ("contract", "我表哥说他那个套餐还行", {}, ""),
    ("contract", "我表哥办的，具体我不记得了", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_no_value_said(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(
    ("low", "start_word", "household", "expected"),
    [
        ("我姐的娃", "娃", False, True),
        ("我姐帮我带孩子", "孩子", False, False),
        ("我老婆带着两个孩子", "孩子", False, False),
        ("我妈要换", "换", True, True),
        ("my sister has three kids", "kids", False, True),
        ("my friend's got twins, i've got a cat", "cat", False, False),
    ],
)
def test_said_of_other(low: str, start_word: str, household: bool, expected: bool) -> None:
    assert others.said_of_other(low, low.index(start_word), household=household) is expected


def test_only_asked() -> None:
    assert others.only_asked("光纤多少钱?", 0) is True
    assert others.only_asked("光纤?对", 0) is False
    assert others.only_asked("fiber? is that the fast one?", 0) is True


def test_open_answer_spans_of_other_slots_are_set_aside() -> None:
    low = "用了三年了,没啥问题"
    assert open_answers.is_vague_open(low, [(0, 4)]) is True
    assert open_answers.is_vague_open("用了三年了,网老断", [(0, 4)]) is False
