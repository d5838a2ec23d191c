"""Places read across word boundaries or after a move, services not had yet, conditional or
word-named intentions, "wed" and kinds of songs."""

from __future__ import annotations

import pytest

from .conftest import check_reading

CASES = [
    # a city name straddling two words: "霞浦那边" is no 浦那 (Pune)
    ("city", "宁德，霞浦那边", {"city": "Ningde"}, ""),
    ("city", "宁德霞浦那块", {"city": "Ningde"}, ""),
    ("city", "上海青浦那边", {"city": "Shanghai"}, ""),
    ("city", "住在浦那", {"city": "Pune"}, ""),
    ("city", "浦那", {"city": "Pune"}, ""),
    ("city", "福州，长乐那边", {"city": "Fuzhou"}, ""),
    # a move, then its time: the city moved to is the home
    (
        "tenure_months",
        "差不多两年半了吧，从吉安搬到厦门那阵就办了",
        {"tenure_months": 30, "city": "Xiamen"},
        "",
    ),
    (
        "tenure_months",
        "差不多四年了吧，搬到襄阳那会儿办的",
        {"tenure_months": 48, "city": "Xiangyang"},
        "",
    ),
    ("tenure_months", "三年多，去厦门出差那阵办的", {"tenure_months": 36}, ""),
    ("city", "在上海那会儿网很好，现在在苏州", {"city": "Suzhou"}, ""),
    # the home for now, after a move ahead
    ("city", "moving to Leeds next month but for now Hull", {"city": "Hull"}, ""),
    ("city", "moving to Leeds next month but for now York", {"city": "York"}, ""),
    # (changed to vague: dev labels a bare move of one's own still to come so, "moving to calgary
    # next month")
    ("city", "moving to Leeds next month", {}, "v"),
    # a Caribbean capital
    ("name", "Nadine Clarke here, from Nassau", {"name": "Nadine Clarke", "city": "Nassau"}, ""),
    ("city", "from Nassau originally, now in Miami", {"city": "Miami"}, ""),
    ("city", "Bridgetown", {"city": "Bridgetown"}, ""),
    # a service not switched to yet or only wished for
    ("internet_service", "电话线那种老宽带，还没改光纤", {"internet_service": "dsl"}, ""),
    ("internet_service", "还没换成光纤，还是电话线", {"internet_service": "dsl"}, ""),
    ("internet_service", "电话线那种老宽带，刚改了光纤", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "没换，还是光纤", {"internet_service": "fiber_optic"}, ""),
    (
        "internet_service",
        "copper line still, would love fibre but it's not here yet",
        {"internet_service": "dsl"},
        "",
    ),
    (
        "internet_service",
        "fibre isn't available in our street yet, we're on adsl",
        {"internet_service": "dsl"},
        "",
    ),
    ("internet_service", "I love my fibre", {"internet_service": "fiber_optic"}, ""),
    (
        "internet_service",
        "we finally got fibre last month",
        {"internet_service": "fiber_optic"},
        "",
    ),
    # an intention under a condition in a complaint is unsure; a rival named by a word
    (
        "complaint",
        "信号太差，要是明年还这样我就转联通",
        {"complaint": "信号太差，要是明年还这样我就转联通", "churn_intent": "unsure"},
        "",
    ),
    (
        "complaint",
        "信号太差，要是还这样我就不续了",
        {"complaint": "信号太差，要是还这样我就不续了", "churn_intent": "unsure"},
        "",
    ),
    (
        "complaint",
        "信号太差，我就转联通",
        {"complaint": "信号太差，我就转联通", "churn_intent": "leave"},
        "",
    ),
    ("churn_intent", "I'm moving to Flow when the contract's done.", {"churn_intent": "leave"}, ""),
    (
        "complaint",
        "Roaming charges were huge. I'm moving to Flow when the contract's done.",
        {
            "complaint": "Roaming charges were huge. I'm moving to Flow when the contract's done.",
            "churn_intent": "leave",
        },
        "",
    ),
    ("churn_intent", "I'm moving to flow state", {}, ""),
    # "wed" as married
    ("has_partner", "aye, 12 years wed to our lass", {"has_partner": True}, ""),
    ("has_partner", "we got wed last spring", {"has_partner": True}, ""),
    ("has_partner", "wedding next month", {}, ""),
    ("satisfaction", "4, call me on wed", {"satisfaction": 4}, ""),
    # songs of a language and an age
    ("interests", "喜欢听粤语老歌，还有跟老战友爬爬山", {"interests": ["music", "sports"]}, ""),
    ("interests", "喜欢听国语老歌", {"interests": ["music"]}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)
