"""Names and refusals (round 18 rules).

Names: the sentence-final particles of the south and west ("咯", "喽", "撒") are no part of a name;
a feeling ("有点慌"), a step of the talk ("先说年纪"), the polite "您" holding the talk, praise in
passing ("倍儿棒") and a number with its measure word ("九十八分") are no names; a loose "我是" with
a lowercase English phrase describes the respondent outside the name question; an emoticon parts
clauses like an emoji ("Nusrat :) student"); words of assent ("Sawa", "Aye", "Nay") are no names;
a full name before a nickname others use ("X, though the lads call me Y") is the name.
Refusals: giving up telling ("算了不讲了"), the real name not given out ("不报真名"), a rating not
given ("就不打分了"), "别打听了"; Northern English "I'll not say", "I shan't", "not tellin'",
"keep that to meself"; the topic echoed and turned down flat ("Location data? Absolutely not."),
the survey turned down as unpaid work, kept "off your servers", "doesn't include telling you",
told not to give it out "so I shan't". "Next question" after an answer moves on: the answer
stands. Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for
a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # sentence-final particles after a name
    ("name", "叫我阿强喽", {"name": "阿强"}, ""),
    ("name", "喊我二毛撒，大家都这么喊", {"name": "二毛"}, ""),
    ("name", "叫我小美嘞", {"name": "小美"}, ""),
    ("name", "叫我小九", {"name": "小九"}, ""),
    # feelings, steps of the talk, holding the talk, praise, scores: no names
    ("name", "有点紧张", {}, ""),
    ("name", "害怕", {}, ""),
    ("name", "先说城市吧，我在长沙", {"city": "Changsha"}, ""),
    ("name", "您稍等", {}, ""),
    ("name", "九十八分，倍儿棒", {}, ""),
    ("name", "两百块", {}, ""),
    ("name", "陆一", {"name": "陆一"}, ""),
    # a loose 我是 with a lowercase English phrase
    ("city", "我是digital nomad，到处跑", {}, "v"),
    ("city", "我是Lily，住在杭州", {"name": "Lily", "city": "Hangzhou"}, ""),
    ("name", "我是lily", {"name": "lily"}, ""),
    # an emoticon parts clauses
    ("name", "Priya :) from Pune", {"name": "Priya", "city": "Pune"}, ""),
    ("name", "jamal :D final year at college", {"name": "jamal"}, ""),
    # words of assent are no names
    ("name", "Haya, nipe dakika moja", {}, ""),
    ("name", "Sawa, I am Wanjiku", {"name": "Wanjiku"}, ""),
    ("name", "Aye, it's Morag", {"name": "Morag"}, ""),
    ("name", "Nay", {}, ""),
    # a full name before a nickname others use
    ("name", "Siobhan Kelly, the kids at school call me Miss K", {"name": "Siobhan Kelly"}, ""),
    ("name", "Roisin. the girls at work call me Ro", {"name": "Roisin"}, ""),
    ("name", "Katherine, but everyone calls me Kat", {"name": "Katherine"}, ""),
    ("name", "folks call me Red", {"name": "Red"}, ""),
    ("name", "yeah, my mates call me Kat", {"name": "Kat"}, ""),
    # giving up telling
    ("complaint", "唉不讲了，心累", {}, "r"),
    ("complaint", "算了，不提了，说了也白说", {}, "r"),
    (
        "complaint",
        "客服不讲道理，信号差了三个月",
        {"complaint": "客服不讲道理，信号差了三个月"},
        "",
    ),
    # the real name not given out
    ("name", "不留真名，见谅", {}, "r"),
    ("name", "我不报名字，怕被骚扰", {}, "r"),
    ("name", "真名就不报了，叫我阿飞吧", {"name": "阿飞"}, ""),
    # a rating not given
    ("satisfaction", "就不打分了，没意思", {}, "r"),
    ("satisfaction", "这个就不评了", {}, "r"),
    ("satisfaction", "打分吧，我给8分，下次就不打分了", {"satisfaction": 8}, ""),
    # "别打听了"
    ("has_partner", "这个就别打听了", {}, "r"),
    ("age", "甭打听了", {}, "r"),
    ("has_partner", "我妈总让我别打听别人的事，我单身", {"has_partner": False}, ""),
    # Northern English and Irish refusals
    ("city", "I'll not say, sorry", {}, "r"),
    ("age", "I'll not tell you that", {}, "r"),
    ("age", "I shan't say", {}, "r"),
    ("intention", "I'll not renew, too dear", {"churn_intent": "leave"}, ""),
    ("monthly_spend", "not tellin ya, love", {}, "r"),
    ("payment_method", "I'll keep that to meself", {}, "r"),
    ("name", "I keep meself to meself mostly", {}, ""),
    # the topic echoed and turned down flat
    ("city", "My address? No way.", {}, "r"),
    ("age", "My age? Not a chance.", {}, "r"),
    ("has_dependents", "Kids? No way, never", {"has_dependents": False}, ""),
    # the survey as unpaid work
    ("complaint", "not doing your market research for free, mate", {}, "r"),
    (
        "complaint",
        "I'm not doing your job for you",
        {"complaint": "I'm not doing your job for you"},
        "",
    ),
    # kept off the records; a plan that does not include telling
    ("city", "where I live stays off your records", {}, "r"),
    ("age", "my privacy policy doesn't include sharing my age", {}, "r"),
    (
        "has_dependents",
        "my plan doesn't include kids, I have none",
        {"has_dependents": False},
        "",
    ),
    # told not to give it out, so not doing so
    ("age", "I was told not to give my age out online, so I won't.", {}, "r"),
    # "next question" after an answer
    ("gender", "Woman. Next question", {"gender": "female"}, ""),
    ("gender", "next question please", {}, "r"),
    ("age", "how old? next question", {}, "r"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_names_refusals(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
