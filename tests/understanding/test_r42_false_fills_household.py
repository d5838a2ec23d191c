"""False fills (a question back, chatter, a bill that varies, a joke, a fee) and household values
said in dialect ("伢", "俺"), with the near misses that keep their reading."""

from __future__ import annotations

import pytest

from .conftest import check_reading

CASES = [
    # the survey doubted, or the question lost, under the open question: no complaint
    (
        "complaint",
        "do you actually pass these on to anyone or is it just a box ticking thing?",
        {},
        "",
    ),
    ("complaint", "do you guys actually pass this on to anyone?", {}, ""),
    ("complaint", "你们真的会把这些转给谁吗？还是走个形式？", {}, ""),
    ("complaint", "sorry mate the dog just ran off with my shoe, what'd you ask?", {}, ""),
    ("complaint", "不好意思刚才狗叼走了我的鞋，你问的啥？", {}, ""),
    # ... but a fault named beside them is a complaint
    (
        "complaint",
        "is this just box ticking? the signal drops every night",
        {"complaint": "is this just box ticking? the signal drops every night"},
        "",
    ),
    (
        "complaint",
        "sorry what'd you ask? the signal is terrible",
        {"complaint": "sorry what'd you ask? the signal is terrible"},
        "",
    ),
    (
        "complaint",
        "走个形式而已吧，反正网速也不会变快",
        {"complaint": "走个形式而已吧，反正网速也不会变快"},
        "",
    ),
    # a bill that varies month to month is no month-to-month contract
    ("monthly_spend", "it varies month to month, depends on the data overages", {}, "v"),
    ("monthly_spend", "it changes month to month, usually around 60", {"monthly_spend": 60.0}, ""),
    (
        "monthly_spend",
        "month to month, about 45 bucks",
        {"contract": "month_to_month", "monthly_spend": 45.0},
        "",
    ),
    ("contract", "I pay month to month", {"contract": "month_to_month"}, ""),
    # "月租" rising is the fee; the threat to switch is "unsure"
    (
        "complaint",
        "合约期一过月租说涨就涨，也没人通知，再这样俺就换联通了",
        {
            "complaint": "合约期一过月租说涨就涨，也没人通知，再这样俺就换联通了",
            "churn_intent": "unsure",
        },
        "",
    ),
    ("churn_intent", "再涨价俺就换联通了", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "下个月就换联通了", {"churn_intent": "leave"}, ""),
    ("contract", "月租的，没签", {"contract": "month_to_month"}, ""),
    # grown sons placed in a city place nobody of the household
    (
        "has_dependents",
        "nope, our boys are grown up and living in Sydney now",
        {"has_dependents": False},
        "",
    ),
    ("has_dependents", "no, my sons live in Auckland", {"has_dependents": False}, ""),
    (
        "city",
        "our boys are living in Sydney now, we're in Newcastle",
        {"city": "Newcastle"},
        "",
    ),
    ("city", "me and my boys live in Sydney", {"city": "Sydney"}, ""),
    # a no taken back as a joke answers nothing; "on my own" beside a plan is no single life
    (
        "has_partner",
        "why, you offering? 😏 nah jk, just curious why a phone company wants to know",
        {},
        "",
    ),
    ("has_partner", "no jk I'm married", {"has_partner": True}, ""),
    ("has_partner", "nah, single", {"has_partner": False}, ""),
    ("age", "nineteen, first phone plan on my own 🙌", {"age": 19}, ""),
    ("has_partner", "I live on my own", {"has_partner": False}, ""),
    ("age", "nineteen, living on my own now", {"age": 19, "has_partner": False}, ""),
    # a name likened to a film is no hobby
    ("city", "Fargo. yes like the movie, no we don't all talk like that 🙄", {"city": "Fargo"}, ""),
    ("city", "Casablanca, like the film lol", {"city": "Casablanca"}, ""),
    ("city", "Fargo, yes I like the movies", {"city": "Fargo", "interests": ["movies"]}, ""),
    ("interests", "like the movies and stuff", {"interests": ["movies"]}, ""),
    # a price asked back names no line
    ("internet_service", "你们的光纤几多钱一个月？", {}, ""),
    ("internet_service", "光纤多少钱一个月？", {}, ""),
    (
        "churn_intent",
        "续不续？这事得听我老婆的，她管钱",
        {"churn_intent": "unsure", "has_partner": True},
        "",
    ),
    ("internet_service", "我家是光纤的，几多钱忘了", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "光纤，快不快我也说不好", {"internet_service": "fiber_optic"}, ""),
    # groceries just bought are no new line
    ("satisfaction", "早上好啊，我刚买菜回来", {}, ""),
    ("satisfaction", "刚买完东西，4分吧", {"satisfaction": 4}, ""),
    ("tenure_months", "我刚办的", {"tenure_months": 0}, ""),
    ("tenure_months", "刚买了张卡", {"tenure_months": 0}, ""),
    ("tenure_months", "我刚买的", {"tenure_months": 0}, ""),
    # the word echoed and which sense is meant, asked back
    ("has_dependents", "孩子？你是说自己的还是家里的？", {}, ""),
    ("has_dependents", "kids? you mean my own or the grandkids?", {}, ""),
    ("has_dependents", "孩子？自己的没有", {"has_dependents": False}, ""),
    # a child matter put off is no child
    (
        "has_dependents",
        "没娃，俺跟媳妇都在天津打工，娃的事还没顾上",
        {"has_dependents": False, "has_partner": True, "city": "Tianjin"},
        "",
    ),
    ("has_dependents", "有娃，娃的事都是我管", {"has_dependents": True}, ""),
    # Hubei "伢", a child, in any answer and denied
    ("age", "反正是个90后，伢都上幼儿园了", {"has_dependents": True}, "v"),
    ("has_partner", "离了，伢跟我过", {"has_partner": False, "has_dependents": True}, ""),
    (
        "interests",
        "喜欢唱K，还有带着伢出去自驾游",
        {"interests": ["music", "travel"], "has_dependents": True},
        "",
    ),
    ("has_dependents", "我自己都还是个学生，哪来的伢", {"has_dependents": False}, ""),
    ("has_dependents", "伢都上初中了", {"has_dependents": True}, ""),
    (
        "internet_service",
        "屋里冇得网，伢上网课都是开我的热点",
        {"internet_service": "none", "has_dependents": True},
        "",
    ),
    ("name", "你就喊我满伢子咯，屋里人都咯样喊", {"name": "满伢子"}, ""),
    # "俺" households
    ("has_dependents", "就俺一个，光棍一条", {"has_dependents": False, "has_partner": False}, ""),
    (
        "has_dependents",
        "孩子都工作了，不用俺管，俺跟老头子自己过",
        {"has_dependents": False, "has_partner": True},
        "",
    ),
    ("age", "68，俺跟老头子住村里", {"age": 68, "has_partner": True}, ""),
    # the household listed as the respondent and children
    (
        "internet_service",
        "none, we just hotspot off my phone. it's me and my 2 boys so the data goes quick",
        {"internet_service": "none", "has_dependents": True},
        "",
    ),
    ("age", "41, me and the boys play footy on sundays", {"age": 41}, ""),
    ("age", "41, it's just me and my two boys, both grown up now", {"age": 41}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)
