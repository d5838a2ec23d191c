"""Start dates given by holidays, split clauses or corrections; names after corrections and chat
spellings; numbers that belong to other people, devices or other subscriptions; hobbies and
genders of other household members; planned moves and newly listed cities.

Each row is (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a
vague answer and "" otherwise; "today" is 2026-11-23.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # --- tenure: a holiday with its year names the month
    ("tenure_months", "前年国庆办的", {"tenure_months": 25}, ""),
    ("tenure_months", "去年双十二的时候装的宽带", {"tenure_months": 11}, ""),
    ("tenure_months", "joined around christmas 2024", {"tenure_months": 23}, ""),
    ("tenure_months", "since last christmas", {"tenure_months": 11}, ""),
    # a holiday without its year is left out
    ("monthly_spend", "618办的，每月79", {"monthly_spend": 79.0}, ""),
    # a year, then its month in the next clause
    ("tenure_months", "前年吧，8月份", {"tenure_months": 27}, ""),
    # a month and year on their own, a day of the month before it
    ("tenure_months", "it was march 2025 I think", {"tenure_months": 20}, ""),
    ("tenure_months", "since the 15th of August last year", {"tenure_months": 15}, ""),
    # a season names no month
    ("tenure_months", "summer of 2023", {}, "v"),
    ("tenure_months", "前年冬天装的", {}, "v"),
    # corrections: the later duration, or a bare number in the unit of the one corrected
    ("tenure_months", "两年吧，不对，三年了", {"tenure_months": 36}, ""),
    ("tenure_months", "6 months... actually more like 8", {"tenure_months": 8}, ""),
    ("tenure_months", "about 4 years, no wait, since june 2021", {"tenure_months": 65}, ""),
    # amounts add up only when the second is the remainder of the first
    (
        "tenure_months",
        "4 and a half years，两年合约",
        {"tenure_months": 54, "contract": "two_year"},
        "",
    ),
    ("tenure_months", "两年零三个月", {"tenure_months": 27}, ""),
    # a duration reached in a later month is short of it
    ("tenure_months", "3 years in January", {"tenure_months": 34}, ""),
    ("tenure_months", "明年二月就满一年了", {"tenure_months": 9}, ""),
    # units and amounts
    ("tenure_months", "正好三周年", {"tenure_months": 36}, ""),
    ("tenure_months", "one and a half yrs", {"tenure_months": 18}, ""),
    ("tenure_months", "abt a yr", {"tenure_months": 12}, ""),
    ("tenure_months", "a decade and a half, give or take", {"tenure_months": 180}, ""),
    # just joined: a weekday, a transfer from a rival
    ("tenure_months", "signed up last tuesday", {"tenure_months": 0}, ""),
    ("tenure_months", "just ported over from EE", {"tenure_months": 0}, ""),
    ("tenure_months", "上周三才开通", {"tenure_months": 0}, ""),
    # after-cues tie an amount to being a customer, also in answers to other questions
    ("name", "八年的老客户了", {"tenure_months": 96}, ""),
    (
        "churn_intent",
        "5 years with you, why would I leave",
        {"tenure_months": 60, "churn_intent": "stay"},
        "",
    ),
    ("contract", "两年前办的", {"tenure_months": 24}, ""),
    # no time with us: a new plan, hours spent, a child's birthday, an event without a date
    ("tenure_months", "资费是刚改的，人在你们家挺久了", {}, "v"),
    ("tenure_months", "排了2个小时队才办完", {}, ""),
    ("tenure_months", "my daughter turns 9 next week", {"has_dependents": True}, ""),
    ("tenure_months", "上大学那年办的", {}, "v"),
    ("tenure_months", "问这个干嘛，不说", {}, "r"),
    # --- names
    ("name", "喊我老刘就行", {"name": "老刘"}, ""),
    ("name", "偶叫阿杰", {"name": "阿杰"}, ""),
    ("name", "李强，不对，是李蔷", {"name": "李蔷"}, ""),
    ("name", "我是楼下开店的老陈", {"name": "老陈"}, ""),
    ("name", "its priya", {"name": "priya"}, ""),
    ("name", "Mr. O'Brien please", {"name": "Mr. O'Brien"}, ""),
    ("name", "J. Patel", {"name": "J. Patel"}, ""),
    ("name", "Logan's my name", {"name": "Logan"}, ""),
    ("name", "Niamh (pronounced neeve)", {"name": "Niamh"}, ""),
    ("name", "Jo plz", {"name": "Jo"}, ""),
    ("name", "I'm Tom's sister, Ruth", {"name": "Ruth"}, ""),
    ("name", "myself Arjun", {"name": "Arjun"}, ""),
    ("name", "first names are private", {}, "r"),
    ("name", "not giving that out, sorry", {}, "r"),
    ("name", "匿名吧", {}, "r"),
    ("name", "随你怎么叫", {}, "v"),
    ("name", "don't mind, whatever", {}, "v"),
    ("city", "同事在厦门，老叫我过去玩", {}, ""),
    # --- ages: durations, counts, identifiers and other people's ages are no age
    ("age", "在这行干了15年", {}, ""),
    ("age", "my dad's 80 and still works", {}, ""),
    ("age", "3 kids, 4, 7 and 12", {"has_dependents": True}, ""),
    ("age", "card ending 0317", {}, ""),
    ("age", "下星期满30", {"age": 29}, ""),
    ("age", "31 yo guy here", {"age": 31, "gender": "male"}, ""),
    ("age", "I have 5 grandkids", {}, ""),
    # a year is said digit by digit ("八五年的"); a number spoken with 十 is the age itself
    ("age", "都五十的人了，还问这个", {"age": 50}, ""),
    ("age", "三十几的人了", {"age": 30}, ""),
    ("age", "我是八五年的", {"age": 41}, ""),
    ("age", "我是85的人", {"age": 41}, ""),
    # --- money: devices, other subscriptions and counts are no bill
    ("monthly_spend", "手机花了3999买的，套餐每月88", {"monthly_spend": 88.0}, ""),
    ("monthly_spend", "the router was 150, the plan is 40", {"monthly_spend": 40.0}, ""),
    ("monthly_spend", "Spotify is 11 a month, no idea about yours", {}, "v"),
    ("monthly_spend", "2 phones and 1 laptop on it", {}, ""),
    # --- other people's hobbies, genders, children, marriages and plans
    ("interests", "我女儿爱画画和看电影", {}, ""),
    ("interests", "我和老婆都爱看电影", {"has_partner": True, "interests": ["movies"]}, ""),
    ("interests", "喜欢陪儿子打篮球", {"has_dependents": True, "interests": ["sports"]}, ""),
    ("interests", "my wife's the movie buff here", {"has_partner": True}, ""),
    # an outing somebody else organised is no hobby; what the respondent likes still is
    ("interests", "单位组织团建去爬山，爬一半我就不行了", {}, ""),
    ("interests", "上个月单位组织去打羽毛球，平时我就喜欢看书", {"interests": ["reading"]}, ""),
    ("interests", "our team-building day was hiking in the rain, hated it", {}, ""),
    ("interests", "爬山，周末经常去", {"interests": ["sports"]}, ""),
    ("gender", "我家老大是女孩", {"has_dependents": True}, ""),
    ("gender", "性别女，爱好男", {"gender": "female"}, ""),
    ("gender", "我是三个娃的妈", {"gender": "female", "has_dependents": True}, ""),
    ("name", "我叫刘洋，是个男生", {"name": "刘洋", "gender": "male"}, ""),
    ("has_partner", "my grandparents have been married 60 years", {}, ""),
    ("has_dependents", "no, both boys are married now", {"has_dependents": False}, ""),
    ("has_dependents", "楼下那家两个娃可吵了", {}, ""),
    ("churn_intent", "我们公司好多人都换电信了", {}, ""),
    ("tenure_months", "sorry, my 3 yr old needs me", {"has_dependents": True}, ""),
    ("has_dependents", "2 girls, both in nursery", {"has_dependents": True}, ""),
    ("has_dependents", "I pay for my mum's care home", {"has_dependents": True}, ""),
    ("has_dependents", "that's not your concern", {}, "r"),
    ("age", "nunya business lol", {}, "r"),
    # --- outages are not "no internet"; a hedge between options is vague
    ("satisfaction", "still no internet since this morning", {}, ""),
    ("contract", "one year I think, could be two", {}, "v"),
    ("interests", "在家追番", {"interests": ["movies"]}, ""),
    # --- cities: a planned move, newly listed cities
    ("city", "Leeds for now, relocating to York next year", {"city": "Leeds"}, ""),
    ("city", "现在在成都，明年要搬到重庆", {"city": "Chengdu"}, ""),
    ("name", "Ravi, living in Hyderabad", {"name": "Ravi", "city": "Hyderabad"}, ""),
    ("city", "grew up in Limerick, Galway these days", {"city": "Galway"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_dates_people_and_numbers(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
