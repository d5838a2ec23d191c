"""Choices, intentions, household and complaints, round 24.

Covers: staying said for certain alongside another answer ("solid 5, staying for sure", "4分，会
继续用的"; but "my son is staying for sure", "definitely staying in tonight", "这手机我会继续用");
a renewal left open ("一年的，到时候再看续不续", "one year, we'll see when it's up"; but "35，到时候
再说", "我老公说到时候再看续不续"); an option asked about or never heard of ("电子支票是啥，没听过",
"electronic check? what's that"; but "光纤是啥时候装的"); someone else's contract, then not knowing
one's own ("我爸那个是两年的，我的得查查"; but "我的也是两年"); an option wished for in a question
("any chance of fibre?", "光纤什么时候能通"); the phone's data judged slow (but "only mobile data
and it crawls"); dating with no wedding yet ("谈着呢，还没领证"); the other parent split up with
("me and his mum split up"; but "my parents split up", "split the bill", "back together"); a
self-description as a kid ("19 y/o uni kid"; but "my college kid"); "just me and the dog" under
the partner question (dependents left open; a couple still answers them); a part of the service
asked back under the complaint question, prices of everyday goods, a technician who never came;
an automatic debit that names no means ("都是自动扣的").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("satisfaction", "solid 5, staying for sure", {"churn_intent": "stay", "satisfaction": 5}, ""),
    (
        "satisfaction",
        "4, and we'll be staying for sure",
        {"churn_intent": "stay", "satisfaction": 4},
        "",
    ),
    ("satisfaction", "4, definitely staying", {"churn_intent": "stay", "satisfaction": 4}, ""),
    ("age", "45, and I'm staying for sure", {"churn_intent": "stay", "age": 45}, ""),
    ("satisfaction", "4, my son is staying for sure", {"satisfaction": 4}, ""),
    ("satisfaction", "4, he's definitely staying", {"satisfaction": 4}, ""),
    ("satisfaction", "4, definitely staying in tonight", {"satisfaction": 4}, ""),
    ("satisfaction", "5, staying for sure at my sister's this week", {"satisfaction": 5}, ""),
    ("satisfaction", "4, not sure I'm staying", {"satisfaction": 4}, ""),
    ("satisfaction", "4分，会继续用的", {"churn_intent": "stay", "satisfaction": 4}, ""),
    ("satisfaction", "4分，我们会继续用", {"churn_intent": "stay", "satisfaction": 4}, ""),
    ("satisfaction", "5分，一定会续约", {"churn_intent": "stay", "satisfaction": 5}, ""),
    ("satisfaction", "3分，还会接着用", {"churn_intent": "stay", "satisfaction": 3}, ""),
    ("age", "38，肯定会继续用下去", {"churn_intent": "stay", "age": 38}, ""),
    ("satisfaction", "4分，我妈会继续用", {"satisfaction": 4}, ""),
    ("satisfaction", "4分，这手机我会继续用", {"satisfaction": 4}, ""),
    ("satisfaction", "4分，不会继续用了", {"satisfaction": 4}, ""),
    (
        "contract",
        "一年的，到明年六月，到时候再看续不续",
        {"churn_intent": "unsure", "contract": "one_year"},
        "",
    ),
    ("contract", "两年的，到时候再说吧", {"churn_intent": "unsure", "contract": "two_year"}, ""),
    ("contract", "一年的，看情况续不续", {"churn_intent": "unsure", "contract": "one_year"}, ""),
    ("contract", "一年的，续不续看情况", {"churn_intent": "unsure", "contract": "one_year"}, ""),
    (
        "contract",
        "两年的，换不换到时候再说",
        {"churn_intent": "unsure", "contract": "two_year"},
        "",
    ),
    ("contract", "两年的，还没想好续不续", {"churn_intent": "unsure", "contract": "two_year"}, ""),
    ("contract", "两年的，还没决定换不换", {"contract": "two_year"}, ""),
    ("contract", "一年的，到期了再看", {"churn_intent": "unsure", "contract": "one_year"}, ""),
    ("contract", "一年的合约，到时候再定", {"churn_intent": "unsure", "contract": "one_year"}, ""),
    ("satisfaction", "4分，到时候再看续不续", {"churn_intent": "unsure", "satisfaction": 4}, ""),
    (
        "contract",
        "one year, we'll see when it's up",
        {"churn_intent": "unsure", "contract": "one_year"},
        "",
    ),
    (
        "contract",
        "two year, see what happens when it runs out",
        {"churn_intent": "unsure", "contract": "two_year"},
        "",
    ),
    (
        "contract",
        "one year, I'll decide when it runs out",
        {"churn_intent": "unsure", "contract": "one_year"},
        "",
    ),
    (
        "contract",
        "two year, we'll see when it's up to my wife",
        {"has_partner": True, "contract": "two_year"},
        "",
    ),
    ("age", "35，到时候再说", {"age": 35}, ""),
    ("tenure_months", "两年多了，到时候再说", {"tenure_months": 24}, ""),
    ("satisfaction", "4分，我老公说到时候再看续不续", {"has_partner": True, "satisfaction": 4}, ""),
    ("contract", "一年，我妈那个到时候再看续不续", {"contract": "one_year"}, ""),
    ("contract", "一年的，看情况吧", {}, "v"),
    ("payment_method", "电子支票是啥，没听过", {}, ""),
    ("payment_method", "电子支票是什么我不知道，我用微信付", {}, "v"),
    ("internet_service", "光纤是啥，不懂", {}, "v"),
    ("payment_method", "electronic check? what's that", {}, ""),
    ("payment_method", "what's an e-check? never used one", {}, ""),
    (
        "internet_service",
        "what is DSL even, we've got fibre",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("payment_method", "银行转账是啥，我都用信用卡", {"payment_method": "credit_card"}, ""),
    (
        "internet_service",
        "光纤是啥时候装的我忘了，反正是光纤",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("contract", "是什么套餐我忘了，反正是两年的", {"contract": "two_year"}, ""),
    (
        "payment_method",
        "我用的是电子支票，就是网上那种",
        {"payment_method": "electronic_check"},
        "",
    ),
    ("contract", "我爸那个是两年的，我的得查查", {}, ""),
    ("contract", "我老婆的是一年的，我的不清楚", {"has_partner": True}, "v"),
    ("contract", "我爸那个是两年的，我的也是两年", {"contract": "two_year"}, ""),
    ("contract", "我爸那个是两年的，我的是一年的", {"contract": "one_year"}, ""),
    ("contract", "我妈是月付，我的应该也是", {"contract": "month_to_month"}, ""),
    (
        "churn_intent",
        "by the way we're on DSL, any chance of fibre?",
        {"internet_service": "dsl"},
        "",
    ),
    (
        "churn_intent",
        "we're on DSL, when will fibre be available?",
        {"internet_service": "dsl"},
        "",
    ),
    (
        "internet_service",
        "when will fibre be available here? we're on DSL",
        {"internet_service": "dsl"},
        "",
    ),
    ("internet_service", "光纤什么时候能通啊，现在用的电话线", {"internet_service": "dsl"}, ""),
    ("internet_service", "能不能换成光纤？现在是ADSL", {"internet_service": "dsl"}, ""),
    (
        "internet_service",
        "we got fibre last year, it's available everywhere now",
        {"internet_service": "fiber_optic"},
        "",
    ),
    (
        "complaint",
        "mobile data crawls in the city, broadband at home is fine",
        {"complaint": "mobile data crawls in the city, broadband at home is fine"},
        "",
    ),
    (
        "complaint",
        "手机流量在市区慢得要死，家里wifi还行",
        {"complaint": "手机流量在市区慢得要死，家里wifi还行"},
        "",
    ),
    (
        "complaint",
        "we've no internet at home, only mobile data and it crawls",
        {
            "internet_service": "none",
            "complaint": "we've no internet at home, only mobile data and it crawls",
        },
        "",
    ),
    (
        "complaint",
        "只用手机流量，慢得要死",
        {"internet_service": "none", "complaint": "只用手机流量，慢得要死"},
        "",
    ),
    ("age", "34, mobile data is rubbish round here", {"age": 34}, ""),
    ("age", "34, just mobile data at home", {"internet_service": "none", "age": 34}, ""),
    ("has_partner", "谈着呢，还没领证，都在武汉", {"city": "Wuhan", "has_partner": True}, ""),
    ("has_partner", "谈恋爱呢，还没结婚", {"has_partner": True}, ""),
    ("has_partner", "还在谈着，没结婚", {"has_partner": True}, ""),
    ("has_partner", "没谈，单着呢", {"has_partner": False}, ""),
    (
        "has_dependents",
        "Yes, a little boy, he's 3. Me and his mum split up in 2024",
        {"has_partner": False, "has_dependents": True},
        "",
    ),
    (
        "has_dependents",
        "two boys, me and their dad separated in 2022",
        {"has_partner": False, "has_dependents": True},
        "",
    ),
    (
        "has_dependents",
        "one son, I split up with his mum years ago",
        {"has_partner": False, "has_dependents": True},
        "",
    ),
    (
        "has_dependents",
        "a daughter, 6, her dad and I are separated",
        {"has_partner": False, "has_dependents": True},
        "",
    ),
    (
        "has_dependents",
        "yeah two, my parents split up when I was a kid though",
        {"has_dependents": True},
        "",
    ),
    ("has_dependents", "3 kids, we split up the bill with my sister", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "yes one girl, her dad and I split the bill for her school",
        {"has_dependents": True},
        "",
    ),
    (
        "has_dependents",
        "one boy, his dad and I split up but we're back together",
        {"has_dependents": True},
        "",
    ),
    ("has_partner", "my sister has a boy, his dad and her split up", {}, ""),
    (
        "interests",
        "19 y/o uni kid, mostly anime and football",
        {"age": 19, "interests": ["movies", "sports"]},
        "",
    ),
    ("interests", "college kid, into basketball", {"interests": ["sports"]}, ""),
    ("age", "19, still a kid myself lol", {"age": 19}, ""),
    ("has_dependents", "I have a college kid and a toddler", {"has_dependents": True}, ""),
    ("has_dependents", "my college kid is home for the summer", {"has_dependents": True}, ""),
    ("has_dependents", "one kid, I raised the kid myself", {"has_dependents": True}, ""),
    ("has_dependents", "2 college kids, both away", {"has_dependents": True}, ""),
    ("has_partner", "Nope, just me and the cat", {"has_partner": False}, ""),
    ("has_partner", "nah, just me and my two dogs", {"has_partner": False}, ""),
    ("has_dependents", "just me and the dog", {"has_dependents": False}, ""),
    ("has_dependents", "only a cat", {"has_dependents": False}, ""),
    (
        "has_dependents",
        "just my husband and our two dogs",
        {"has_partner": True, "has_dependents": False},
        "",
    ),
    (
        "city",
        "Calgary. it's just me and my wife here",
        {"has_partner": True, "has_dependents": False, "city": "Calgary"},
        "",
    ),
    ("has_partner", "no, just me and the kids", {"has_dependents": True, "has_partner": False}, ""),
    ("complaint", "as in the phone or the broadband?", {}, ""),
    ("complaint", "the mobile or the home broadband?", {}, ""),
    ("complaint", "是说手机还是宽带？", {}, ""),
    ("complaint", "价格还是服务？", {}, ""),
    (
        "complaint",
        "the phone or the broadband? both are rubbish",
        {"complaint": "the phone or the broadband? both are rubbish"},
        "",
    ),
    ("complaint", "手机还是宽带？宽带老掉线", {"complaint": "手机还是宽带？宽带老掉线"}, ""),
    ("complaint", "刚从超市回来，鸡蛋又涨价了", {}, ""),
    ("complaint", "petrol's gone up again, nearly two quid a litre", {}, ""),
    ("complaint", "the cost of petrol is mad", {}, ""),
    ("complaint", "又涨价了", {"complaint": "又涨价了"}, ""),
    (
        "complaint",
        "白菜涨价了，你们的套餐也涨了",
        {"complaint": "白菜涨价了，你们的套餐也涨了"},
        "",
    ),
    (
        "complaint",
        "eggs went up again, and your prices too",
        {"complaint": "eggs went up again, and your prices too"},
        "",
    ),
    ("complaint", "菜又涨价了，网也老卡", {"complaint": "菜又涨价了，网也老卡"}, ""),
    (
        "complaint",
        "engineer was due Thursday morning, never showed, wasted a day's leave",
        {"complaint": "engineer was due Thursday morning, never showed, wasted a day's leave"},
        "",
    ),
    (
        "complaint",
        "your engineer didn't turn up on Saturday",
        {"complaint": "your engineer didn't turn up on Saturday"},
        "",
    ),
    (
        "complaint",
        "约了装机的师傅周二上门，结果放我鸽子",
        {"complaint": "约了装机的师傅周二上门，结果放我鸽子"},
        "",
    ),
    ("complaint", "my mate never showed for dinner lol, but nothing with you", {}, "v"),
    ("complaint", "tech came on time and fixed it, no complaints", {}, "v"),
    ("payment_method", "每个月八十来块，都是自动扣的", {"monthly_spend": 80.0}, "v"),
    ("payment_method", "都是自动扣款", {}, "v"),
    ("payment_method", "自动划扣的", {}, "v"),
    ("payment_method", "it's auto-debited", {}, "v"),
    ("payment_method", "it just comes out automatically", {}, "v"),
    ("payment_method", "自动扣费，从银行卡扣", {"payment_method": "bank_transfer"}, ""),
    ("payment_method", "信用卡自动扣的", {"payment_method": "credit_card"}, ""),
    ("payment_method", "auto-debit from my credit card", {"payment_method": "credit_card"}, ""),
    ("monthly_spend", "每个月99，自动扣的", {"monthly_spend": 99.0}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round24_choices(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
