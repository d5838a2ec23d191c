"""Numbers, household people, places and names, round 26: an event's date after "since", a
round birthday ahead or behind a stated age, with us since an event and how long ago that was,
bills added up beside a rival's or an advert's price, children or grandchildren as the whole
household, a couple of old folks as the whole household, a person living with the respondent in
a city, Saint and Fort towns, and a nickname or a name said in patois.

Covers: "1. awful since the outage last month" (but "with you since last month"); "mi 59, soon
reach di big six-oh" (but "the big 5-0 this year"); "been with you since we got married, about
6 yrs now" (but "been together since uni, about 6 yrs now"); "broadband 40 and my phone 25. saw
Xfinity advertising 30" (but "it was 30 in the advert, now 45" is untouched here); "就我跟我孙子
俩人过", "just me and my two girls" (but "just me and the girls tonight", "my girls from work");
"家里就老两口" (but "老两口跟儿子一家住"); "my parents live with me in Sha Tin" (but "my parents
live with my brother in Leeds"); "st louis", "St. George, Utah"; "Dem call mi Shanice", "mi name
Shanice" (but "they call me every day", "people call me lazy", "mi name nuh matter").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

P = "has_partner"
D = "has_dependents"
T = "tenure_months"
S = "monthly_spend"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # an event dated after "since" is no start with us
    ("satisfaction", "2, it's been rubbish since the outage last month", {"satisfaction": 2}, ""),
    (
        "satisfaction",
        "3 - bad since the repair guy came last month",
        {"satisfaction": 3},
        "",
    ),
    (
        "satisfaction",
        "awful since the outage last month, and I've only been with you 2 months",
        {"satisfaction": 1, T: 2},
        "",
    ),
    # ... but "since last month" itself, or joining last month, is
    (T, "since just last month", {T: 1}, ""),
    (P, "been with you since last month, no partner", {P: False, T: 1}, ""),
    ("satisfaction", "good, only been a customer since last month", {"satisfaction": 4, T: 1}, ""),
    ("satisfaction", "3, since I signed up last month its been ok", {"satisfaction": 3, T: 1}, ""),
    ("contract", "we joined last month, monthly", {"contract": "month_to_month", T: 1}, ""),
    # a round birthday near a stated age does not replace it
    ("age", "59, the big six-oh next year", {"age": 59}, ""),
    ("age", "39 and dreading the big four-o", {"age": 39}, ""),
    ("age", "I am 41, hit the big 4-0 last year", {"age": 41}, ""),
    ("age", "the big 4-0 came and went, 42 now", {"age": 42}, ""),
    ("age", "38, two years off the big four-oh", {"age": 38}, ""),
    ("age", "59 soon reach di big six-oh", {"age": 59}, ""),
    ("age", "我59了，快六十大关了", {"age": 59}, ""),
    # ... but the milestone alone still gives the age, and "40 soon" is still 39
    ("age", "the big 5-0 this year", {"age": 50}, ""),
    ("age", "hit the big six-oh last month", {"age": 60}, ""),
    ("age", "40, the big four-oh", {"age": 40}, ""),
    ("age", "turning 40 soon", {"age": 39}, ""),
    # with us since an event, and how long ago that was
    (P, "we've been with you since we got married, about 6 years", {P: True, T: 72}, ""),
    (D, "we've been with you since our first was born, about 8 yrs now", {D: True, T: 96}, ""),
    (
        "satisfaction",
        "been a customer ever since the move, that's 3 years now, and it's fine",
        {"satisfaction": 3, T: 36},
        "",
    ),
    (
        "city",
        "Leeds, been with you since I moved here about 4 years ago",
        {"city": "Leeds", T: 48},
        "",
    ),
    # ... but not a time that runs from something else, or time together
    (P, "we've been together since uni, about 6 yrs now", {P: True}, ""),
    (P, "been married since 2019, about 6 yrs now", {P: True}, ""),
    (P, "been with my wife since school, about 20 years now", {P: True}, ""),
    (P, "been with you since the outage, about 2 weeks of hell", {}, "v"),
    # bills added up beside a rival's price or an advert
    (S, "internet is 50, mobile 20. Comcast is offering 35 for the same", {S: 70.0}, ""),
    (S, "50 for internet and 15 for the phone. BT advertise 40 for it", {S: 65.0}, ""),
    (S, "broadband 40 and phone 25. Verizon wants 30", {S: 65.0}, ""),
    (S, "40 for broadband, 25 for phone; saw an ad for 30 elsewhere", {S: 65.0}, ""),
    (S, "I pay 60. saw an ad for 40 elsewhere", {S: 60.0}, ""),
    (S, "我每月交99，广告上说59", {S: 99.0}, ""),
    # ... but an advert alone, or one taken up, keeps its price
    (S, "广告上写的59", {S: 59.0}, ""),
    (S, "2 years ago I saw an ad for 30 a month and signed up", {S: 30.0}, ""),
    (S, "broadband 40 and my phone 25", {S: 65.0}, ""),
    # children or grandchildren as the whole household
    (P, "就我和外孙女住", {D: True}, ""),
    (P, "没老伴了，我带着孙子过", {P: False, D: True}, ""),
    (P, "就我跟我孙子俩，他爸妈在外地打工", {D: True}, ""),
    (P, "我跟孙子住在一起", {D: True}, ""),
    (P, "widowed, raising my grandson on my own", {P: False, D: True}, ""),
    (P, "no, it's just me and my grandson", {P: False, D: True}, ""),
    (P, "nope, just me and my boys", {P: False, D: True}, ""),
    (P, "single. just me and my little ones", {P: False, D: True}, ""),
    # ... but not a call, a walk, living nearby, a night out, friends or children away
    (P, "我跟孙子视频聊天", {}, ""),
    (P, "我带孙子过马路的时候摔了", {}, ""),
    (P, "我和孙子住得近", {}, ""),
    (P, "我孙子在外地上学，就我一个人过", {}, ""),
    (P, "just me and the girls tonight", {}, ""),
    (P, "no, just me and my girls from work going out on fridays", {P: False}, ""),
    (P, "no, just me and my two girls, they're at uni", {P: False}, ""),
    (P, "no, just me and the grandkids every other weekend", {P: False}, ""),
    (P, "no, I'm raising money for my grandson's school trip", {P: False}, ""),
    (P, "no, it's just me and my dog", {P: False}, ""),
    (P, "no, just me and my mum", {P: False}, ""),
    # a couple of old folks as the whole household
    ("internet_service", "家里就我们老两口，不用网", {P: True, D: False}, ""),
    (D, "家里就老两口", {P: True, D: False}, ""),
    # ... but not the old couple living with a son's family, or only doing something
    (D, "老两口跟儿子一家住", {P: True}, ""),
    ("internet_service", "没有，老两口都不会用", {P: True, "internet_service": "none"}, ""),
    # somebody living with the respondent in a city: the respondent's city
    (D, "my mum lives with us in Kowloon, we look after her", {D: True, "city": "Hong Kong"}, ""),
    (D, "my kids live with me in Denver", {D: True, "city": "Denver"}, ""),
    (P, "my girlfriend stays with me in Leeds", {P: True, "city": "Leeds"}, ""),
    (D, "my nephew lives with me in Tai Po now", {D: True, "city": "Hong Kong"}, ""),
    (D, "my daughter is staying with us in Leeds for the summer", {D: True, "city": "Leeds"}, ""),
    # ... but not another person's household, or one in the past
    (D, "my parents live with my brother in Leeds", {}, ""),
    (D, "my son lives with his mum in Denver", {D: True}, ""),
    (D, "my parents lived with me in Leeds until they passed", {}, ""),
    # Saint and Fort towns
    ("city", "saint louis", {"city": "St. Louis"}, ""),
    ("city", "St Louis, Missouri", {"city": "St. Louis"}, ""),
    ("city", "I live in st louis", {"city": "St. Louis"}, ""),
    ("city", "St Paul", {"city": "St. Paul"}, ""),
    ("city", "st. petersburg", {"city": "St. Petersburg"}, ""),
    ("city", "St Pete, florida", {"city": "St. Petersburg"}, ""),
    ("city", "st andrews", {"city": "St Andrews"}, ""),
    ("city", "st johns newfoundland", {"city": "St. John's"}, ""),
    ("age", "42, living in saint paul", {"age": 42, "city": "St. Paul"}, ""),
    (P, "married, we live in St. Louis", {P: True, "city": "St. Louis"}, ""),
    ("city", "St. George, Utah", {"city": "St. George"}, ""),
    (P, "married, we live in St. Augustine", {P: True, "city": "St. Augustine"}, ""),
    ("age", "44, based in Ft. Worth", {"age": 44, "city": "Ft. Worth"}, ""),
    # ... but a saint's church or a school is no town, and a stop still ends the answer
    (P, "we got married at St Paul's church", {P: True}, ""),
    ("city", "near St Paul's cathedral in London", {"city": "London"}, ""),
    (D, "my son goes to St Andrews school", {D: True}, ""),
    ("city", "Plymouth. Was in Lisbon last week", {"city": "Plymouth"}, ""),
    # a name said in patois, or what others call the respondent
    ("name", "mi name Shanice", {"name": "Shanice"}, ""),
    ("name", "Everybody call mi Tanya", {"name": "Tanya"}, ""),
    ("name", "di people dem call mi Ricky", {"name": "Ricky"}, ""),
    ("name", "them call me Bigga but mi real name Dwayne", {"name": "Dwayne"}, ""),
    ("name", "dem call mi Junior but mi real name Andre", {"name": "Andre"}, ""),
    ("name", "hello my name Rahul", {"name": "Rahul"}, ""),
    ("name", "They call me Lucky", {"name": "Lucky"}, ""),
    # ... but not when or how often they ring, what others think, or a name withheld
    ("name", "they call me every day about my bill", {}, ""),
    ("name", "people call me lazy", {}, ""),
    ("name", "dem call mi every day", {}, ""),
    ("name", "call me back later", {}, ""),
    ("name", "mi name nuh matter", {}, ""),
    ("name", "you have my name already", {}, ""),
    ("name", "my name is on the account", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round26_people(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
