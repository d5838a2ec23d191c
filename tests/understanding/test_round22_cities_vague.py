"""Cities, gender and the vague flag, round 22.

Covers: smaller cities named as home (Colombo with its district number, Omaha, Des Moines,
Braintree with its county after it, Clacton, Lusaka, Livingstone read only after "in" or when
asked); a planned move is no home ("moving back to Leeds in January so I'll be cancelling"); a
city left behind "when I was still in" it; grown children placed in a city
("娃娃们都在西安上班了") and relatives by age or the wider family ("the eldest lives in Leeds",
"my nan is in Braintree") are other people's places; the question shrugged off, then answered in
the first person ("doesn't matter. I'm a man", "无所谓，我是女的"), but "doesn't matter" alone
stays vague; what somebody else says to put down, quoted ("他在旁边说让我填'男'", "he says put
'male'"), is no gender of the respondent's; "I will ask him" puts the answer off like "I'll ask
him"; "could you specify?" at the end asks back (no answer, not vague); "闹不明白", "haven't a
clue", "haven't used it enough to say" and "I don't look" (at the bill) are vague; hobbies laughed
off with the reason ("Hobbies, with my shifts?", "谈什么爱好", "谈撒爱好"). Every rule has a near
miss that must still read as before. Rows are (asked slot, message, exact values, flag) with flag
"r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # smaller cities
    ("city", "Colombo 3", {"city": "Colombo"}, ""),
    ("city", "Omaha, Nebraska", {"city": "Omaha"}, ""),
    ("city", "Des Moines, Iowa", {"city": "Des Moines"}, ""),
    ("city", "Braintree in Essex", {"city": "Braintree"}, ""),
    ("city", "we live in Clacton, my nan is in Braintree", {"city": "Clacton"}, ""),
    ("city", "My gran lives in Omaha, I'm in Des Moines", {"city": "Des Moines"}, ""),
    ("city", "I'm in Lusaka", {"city": "Lusaka"}, ""),
    ("city", "used to be in Lusaka, now Livingstone", {"city": "Livingstone"}, ""),
    ("interests", "I read Livingstone's biography last year", {"interests": ["reading"]}, ""),
    # a planned move is no home, asked or not
    (
        "churn_intent",
        "moving back to Leeds in January so I'll be cancelling",
        {"churn_intent": "leave"},
        "",
    ),
    (
        "churn_intent",
        "I live in Bristol but moving to Leeds soon so cancelling",
        {"city": "Bristol", "churn_intent": "leave"},
        "",
    ),
    # (a move still to come names no home, even asked: see test_moves_and_stays)
    # (changed to vague: dev labels a bare move of one's own still to come so, "moving to calgary
    # next month")
    ("city", "moving back to Colombo in January", {}, "v"),
    # a city left behind
    (
        "tenure_months",
        "about 5 years, got it when I was still in Leeds, now I'm in Bristol",
        {"tenure_months": 60, "city": "Bristol"},
        "",
    ),
    # grown children and relatives placed elsewhere
    ("has_dependents", "娃娃们都在西安上班了", {"has_dependents": False}, ""),
    ("city", "娃娃在西安上班，我在吴忠", {"city": "Wuzhong", "has_dependents": False}, ""),
    ("city", "我在北京，娃娃们在上海", {"city": "Beijing", "has_dependents": True}, ""),
    ("has_dependents", "家里两个娃娃，一个上小学", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "no, the eldest lives in Leeds and the youngest is at uni in Bristol",
        {"has_dependents": False},
        "",
    ),
    ("city", "the eldest is in Leeds, we're in Bristol", {"city": "Bristol"}, ""),
    ("city", "I'm the eldest, I live in Leeds with my mum", {"city": "Leeds"}, ""),
    ("city", "living with my cousin in Leicester", {"city": "Leicester"}, ""),
    # the question shrugged off, then answered
    ("gender", "Is that one compulsory? Eh, doesn't matter. I'm a man", {"gender": "male"}, ""),
    ("gender", "Doesn't matter to me, I'm a woman", {"gender": "female"}, ""),
    ("gender", "无所谓，我是女的", {"gender": "female"}, ""),
    ("gender", "whatever, I'm a bloke", {"gender": "male"}, ""),
    ("city", "doesn't matter, I'm in Leeds", {"city": "Leeds"}, ""),
    ("gender", "doesn't matter", {}, "v"),
    ("gender", "无所谓", {}, "v"),
    ("gender", "doesn't matter, put whatever", {}, "v"),
    ("monthly_spend", "doesn't matter, I'm paying it either way", {}, "v"),
    # not knowing, not looking
    ("satisfaction", "haven't got a clue", {}, "v"),
    ("satisfaction", "haven't used it enough to judge, only got it last week", {}, "v"),
    (
        "satisfaction",
        "I haven't a clue why it drops at night, but it's a 4",
        {"satisfaction": 4},
        "",
    ),
    (
        "satisfaction",
        "she hasn't a clue how to use it, but for me it's a 5",
        {"satisfaction": 5},
        "",
    ),
    ("monthly_spend", "I never look, it just goes out", {}, "v"),
    ("monthly_spend", "I don't look at the bill, about 40 I think", {"monthly_spend": 40.0}, ""),
    # what somebody else says to put down is not the respondent's answer
    ("gender", "她在边上说让我填“女”，等我们商量一下", {}, ""),
    ("gender", "he says put 'male' lol", {}, ""),
    ("gender", "填男", {"gender": "male"}, ""),
    ("gender", "我是男的，他说让我填女我没理他", {"gender": "male"}, ""),
    ("gender", "I'm female, she says put 'other' but no", {"gender": "female"}, ""),
    # "I will ask him" puts the answer off, as "I'll ask him" does
    ("payment_method", "my uncle set up the payment, I will ask him and tell you after", {}, ""),
    (
        "payment_method",
        "I live in Leeds since May, my cousin pays it, I will ask him later",
        {"city": "Leeds"},
        "",
    ),
    ("payment_method", "I will pay by card from now on", {"payment_method": "credit_card"}, ""),
    ("payment_method", "no idea, my son does it", {}, "v"),
    # the bot asked to narrow the question down: no answer yet, not vague
    ("monthly_spend", "depends what you count, could you specify?", {}, ""),
    ("monthly_spend", "看你算哪些，能说具体点吗？", {}, ""),
    ("monthly_spend", "depends what you count", {}, "v"),
    (
        "monthly_spend",
        "about 40 I think, could you specify what counts?",
        {"monthly_spend": 40.0},
        "",
    ),
    # northern "闹不明白" (cannot make it out) is vague, as "弄不明白" is
    ("contract", "签的啥我闹不明白", {}, "v"),
    ("contract", "两年的，闹不明白为啥这么贵", {"contract": "two_year"}, ""),
    ("contract", "一年的合约，别闹了", {"contract": "one_year"}, ""),
    # hobbies laughed off
    ("interests", "Hobbies, with 12 hour shifts? I sleep, I eat. That's it.", {}, "v"),
    ("interests", "Hobbies, with my shifts? none really", {}, "v"),
    ("interests", "一天累得跟撒一样，谈什么爱好", {}, "v"),
    ("interests", "谈啥爱好哦，天天加班", {}, "v"),
    (
        "interests",
        "hobbies, with the kids I do a lot of swimming",
        {"has_dependents": True, "interests": ["fitness"]},
        "",
    ),
    (
        "interests",
        "我们谈恋爱的时候爱好是爬山",
        {"has_partner": True, "interests": ["sports"]},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round22_cities_vague(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
