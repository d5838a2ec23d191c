"""Household, intentions, ratings and complaints as people really put them (round 4 rules).

Covers: a denial listed after another ("no car no kids"); traditional characters; pets as the
whole household and pets called children; crowds of children (pupils, a team); a denied
modifier ("没有需要照顾的老人") and a form field left empty ("孩子：无"); children and parents
living with the respondent; a grandparent's form of address; alone with someone only for now; a
marriage that is over; questions about what counts; "nothing to complain about" in more forms
(praise, a reason, an aside about where the respondent is, a question about the survey);
intentions with a negative or A-not-A condition, left to someone else, urged by someone else,
nearly taken, about something else, reported, or taken back by sarcasm; intentions stated in a
complaint; scores the respondent received or gave to something else; good and bad by turns; a
singer's songs as music. Every rule has a near miss that must still read as before. Rows are
(asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer
and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey
from bot.understanding import replies
from bot.understanding.churn import not_plans
from bot.understanding.family import pets
from bot.understanding.normalize import Text

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # own small children counted, or a child by age placed at home
    (
        "has_partner",
        "separated, it's me and my 3 little girls",
        {"has_partner": False, "has_dependents": True},
        "",
    ),
    ("age", "my three little dogs keep me busy, 50", {"age": 50}, ""),
    (
        "interests",
        "reading mostly, I have a 6 year old at home",
        {"interests": ["reading"], "has_dependents": True},
        "",
    ),
    # a denial listed after another denial keeps its own meaning
    ("has_dependents", "no car no kids no worries", {"has_dependents": False}, ""),
    ("has_dependents", "不是没有孩子", {"has_dependents": True}, ""),
    # traditional characters read as simplified ones
    ("has_partner", "單身，沒有小孩", {"has_partner": False, "has_dependents": False}, ""),
    # Nigerian Pidgin "pikin"; parents who need none of the respondent's money
    ("has_dependents", "we got 3 pikin", {"has_dependents": True}, ""),
    ("has_dependents", "我爸妈有退休金，花不着我的钱", {"has_dependents": False}, ""),
    ("has_dependents", "我爸妈跟我住，生活费我出", {"has_dependents": True}, ""),
    # a partner in business or in crime is none; "every. single." is no relationship status
    ("has_partner", "my business partner and I run a shop", {}, ""),
    (
        "complaint",
        "fails every. single. morning.",
        {"complaint": "fails every. single. morning."},
        "",
    ),
    # pets as the household, and pets called children
    ("has_dependents", "just a hamster and a budgie", {"has_dependents": False}, ""),
    ("has_dependents", "my 'baby' is a labrador called Max", {"has_dependents": False}, ""),
    ("has_dependents", "我家宝宝是只柯基", {"has_dependents": False}, ""),
    ("has_dependents", "my baby is a fussy eater", {"has_dependents": True}, ""),
    ("has_dependents", "a dog and two kids", {"has_dependents": True}, ""),
    ("has_dependents", "my sister has two cats", {}, ""),
    # more children than a family has: pupils or a team
    (
        "has_dependents",
        "I coach 30 kids on Saturdays, none of my own",
        {"has_dependents": False},
        "",
    ),
    ("has_dependents", "I have 3 kids", {"has_dependents": True}, ""),
    # a denied modifier, a form field left empty
    ("has_dependents", "没有需要照顾的老人", {"has_dependents": False}, ""),
    ("has_dependents", "有需要照顾的老人", {"has_dependents": True}, ""),
    ("has_dependents", "孩子：无", {"has_dependents": False}, ""),
    ("has_dependents", "孩子：两个", {"has_dependents": True}, ""),
    # children or a parent living with the respondent, a parent taken in and paid for
    ("age", "52, my two daughters live with me", {"age": 52, "has_dependents": True}, ""),
    ("has_dependents", "my dad moved in last year", {"has_dependents": True}, ""),
    ("has_dependents", "I cover everything for him since his stroke", {"has_dependents": True}, ""),
    ("has_dependents", "my brother moved in", {}, ""),
    # what the grandchildren call the respondent says nothing about dependents
    ("age", "Grandad Tom to the little ones, 71 to you", {"age": 71}, ""),
    # alone with someone only for now; a marriage that is over
    (
        "has_partner",
        "wife's on a night shift, just me and the kids tonight",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    (
        "has_partner",
        "it's just me and my daughter",
        {"has_partner": False, "has_dependents": True},
        "",
    ),
    ("has_partner", "I was married, now it's just me", {"has_partner": False}, ""),
    ("has_partner", "I was married in June", {"has_partner": True}, ""),
    ("has_partner", "老伴去年走了", {"has_partner": False}, ""),
    ("has_dependents", "孩子们都在外地成家了", {"has_dependents": False}, ""),
    ("has_partner", "sorta, it's complicated", {}, "v"),
    # a question about what counts: inside it and weak words after it answer nothing
    ("has_dependents", "does my stepdaughter count? she stays weekends", {}, ""),
    ("has_dependents", "no, does a cat count?", {"has_dependents": False}, ""),
    ("has_dependents", "what counts as a dependent? I have two kids", {"has_dependents": True}, ""),
    ("satisfaction", "what's a 2 mean?", {}, ""),
    ("satisfaction", "4, does that count as good?", {"satisfaction": 4}, ""),
    # nothing to complain about, in more forms
    ("complaint", "没什么好抱怨的，挺稳定", {}, "v"),
    ("complaint", "对你们没什么意见，就是我家路由器老了", {}, "v"),
    ("complaint", "都挺好，这个不是你们的问题", {}, "v"),
    ("complaint", "一时半会儿说不上来", {}, "v"),
    ("complaint", "none yet, knock on wood", {}, "v"),
    ("complaint", "zero problems, 10/10", {}, "v"),
    ("complaint", "the engineer was brilliant, so no complaints from me", {}, "v"),
    ("complaint", "nothing, on the bus", {}, "v"),
    ("complaint", "用了差不多两年了，没啥问题", {"tenure_months": 24}, "v"),
    ("complaint", "nothing really, 5 stars", {"satisfaction": 5}, "v"),
    ("complaint", "how many more questions are there?", {}, ""),
    (
        "complaint",
        "the app crashes, otherwise no complaints",
        {"complaint": "the app crashes, otherwise no complaints"},
        "",
    ),
    ("complaint", "没有，在地铁上信号特别差", {"complaint": "没有，在地铁上信号特别差"}, ""),
    ("complaint", "why is the bill so high?", {"complaint": "why is the bill so high?"}, ""),
    # intentions in a complaint: a named rival, a threat
    (
        "complaint",
        "billing is a mess, I'm switching to Vodafone",
        {"complaint": "billing is a mess, I'm switching to Vodafone", "churn_intent": "leave"},
        "",
    ),
    ("complaint", "再掉线就换", {"complaint": "再掉线就换", "churn_intent": "unsure"}, ""),
    (
        "complaint",
        "if it drops out again I'm done",
        {"complaint": "if it drops out again I'm done", "churn_intent": "unsure"},
        "",
    ),
    # (the neighbour's plan is no intention; the wifi fine for me is no complaint: vague)
    ("complaint", "my neighbour is switching to Vodafone, the wifi is fine for me", {}, "v"),
    (
        "complaint",
        "if it's slow I restart the router",
        {"complaint": "if it's slow I restart the router"},
        "",
    ),
    # conditions: in the negative, as A-not-A, left to someone else
    ("churn_intent", "不降价就走", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "不走", {"churn_intent": "stay"}, ""),
    ("churn_intent", "看你们降不降价", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "看我老婆的吧", {"churn_intent": "unsure", "has_partner": True}, ""),
    (
        "churn_intent",
        "it's up to my wife really",
        {"churn_intent": "unsure", "has_partner": True},
        "",
    ),
    ("churn_intent", "就继续用呗", {"churn_intent": "stay"}, ""),
    ("churn_intent", "便宜就继续用", {"churn_intent": "unsure"}, ""),
    # reported words, advice, near misses, other things left
    (
        "churn_intent",
        "staying. I asked about fibre and they said maybe next year",
        {"churn_intent": "stay", "internet_service": "fiber_optic"},
        "",
    ),
    ("churn_intent", "我妈让我换移动，我没理她", {"churn_intent": "stay"}, ""),
    ("churn_intent", "我妈让我换移动", {}, ""),
    ("churn_intent", "差点就换了", {}, ""),
    ("churn_intent", "暂时没打算动", {"churn_intent": "stay"}, ""),
    ("churn_intent", "打算换手机", {}, ""),
    ("churn_intent", "想换个便宜点的套餐", {}, ""),
    ("churn_intent", "it's my gym I'm leaving, not you", {}, ""),
    ("churn_intent", "leaving, it's the provider I'm leaving", {"churn_intent": "leave"}, ""),
    # sarcasm and mockery deny; signed up elsewhere, or no longer needed
    ("churn_intent", "stay with you? when pigs fly", {"churn_intent": "leave"}, ""),
    ("churn_intent", "续？续个寂寞", {"churn_intent": "leave"}, ""),
    ("churn_intent", "已经在移动那边办好了", {"churn_intent": "leave"}, ""),
    ("churn_intent", "到期就不需要了", {"churn_intent": "leave"}, ""),
    # scores received or given to something else; good and bad by turns; still thinking
    ("satisfaction", "my manager rated me a 4 this year, you lot maybe 3", {"satisfaction": 3}, ""),
    ("satisfaction", "学生给我打了满分", {}, ""),
    ("satisfaction", "我给你们打4分", {"satisfaction": 4}, ""),
    ("satisfaction", "we gave the hotel 4 stars", {}, ""),
    ("satisfaction", "I'd give the whole thing a 4", {"satisfaction": 4}, ""),
    ("satisfaction", "some weeks great, some weeks terrible", {}, "v"),
    ("satisfaction", "sometimes fast, other times useless", {}, "v"),
    ("satisfaction", "sometimes it drops but overall pretty good", {"satisfaction": 4}, ""),
    ("satisfaction", "ok... let me think", {}, ""),
    ("satisfaction", "ok", {"satisfaction": 3}, ""),
    ("satisfaction", "评分就算了", {}, "r"),
    # a singer's songs are music; somebody else's are not the respondent's
    ("interests", "喜欢听陈奕迅的歌", {"interests": ["music"]}, ""),
    (
        "interests",
        "我老公爱听陈奕迅的歌，我喜欢看书",
        {"interests": ["reading"], "has_partner": True},
        "",
    ),
    # a condition without a comma before leaving is still a condition
    (
        "complaint",
        "the signal keeps dropping and if it carries on I'm leaving",
        {
            "complaint": "the signal keeps dropping and if it carries on I'm leaving",
            "churn_intent": "unsure",
        },
        "",
    ),
    (
        "complaint",
        "if I'm honest I'm done with the app, it crashes",
        {"complaint": "if I'm honest I'm done with the app, it crashes"},
        "",
    ),
    # leaving weighed as a hypothesis ("V的话", "V起来") is a reason, not a plan or a condition
    ("churn_intent", "不走，转网的话还得挨个通知亲戚朋友", {"churn_intent": "stay"}, ""),
    ("churn_intent", "续，走起来手续太多", {"churn_intent": "stay"}, ""),
    ("churn_intent", "涨价的话就换", {"churn_intent": "unsure"}, ""),
    # "没" with an object of its own denies no partner; a switch judged a hassle is no plan
    (
        "has_dependents",
        "孩子跟我住，我老公也没说什么",
        {"has_dependents": True, "has_partner": True},
        "",
    ),
    ("has_partner", "老公还没找呢", {"has_partner": False}, ""),
    ("churn_intent", "转网太折腾了，不想换", {"churn_intent": "stay"}, ""),
    ("churn_intent", "转网是麻烦，但下个月还是换电信", {"churn_intent": "leave"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_household_and_intentions(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


def test_traditional_characters_keep_the_surface() -> None:
    text = Text.of("我單身")
    assert text.low == "我单身"
    assert text.surface == "我單身"


def test_meaning_spans_cover_the_question_clause_only() -> None:
    low = "4, does that count as good?"
    spans = replies.meaning_spans(low)
    assert spans and all(start > 0 for start, _ in spans)
    assert replies.meaning_spans("yes, two kids") == []


def test_pet_called_child() -> None:
    low = "my baby is a poodle, no kids"
    start = low.index("baby")
    assert pets.pet_called_child(low, start, start + 4)
    low = "my baby is a fish lover"
    assert not pets.pet_called_child(low, start, start + 4)


def test_not_a_plan() -> None:
    low = "我爸劝我换联通"
    end = low.index("换") + 1
    assert not_plans.not_a_plan(low, "我爸劝我", end, "leave")
    assert not not_plans.not_a_plan("我想换联通", "我想", 3, "leave")
