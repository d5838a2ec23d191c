"""Intentions, services, payment and vague answers (round 18 rules).

Covers: the respondent's own plan to ask the person who handles the bills ("we'll ask him on
Sunday", "我去问问她"), which puts the answer off, against telling the bot to ask ("ask him");
looking at home first ("回家看了再讲"); a bandwidth only asked about; Swahili "sijui"; a way of
paying not yet worked out ("还没弄明白"); 着 typed as 者 ("一直用者吧") and not knowing how to
switch; a renewal only asked about ("要是续约的话有优惠吗？"); an option echoed, a reason, then
"我又不傻"; a decision left to a son or daughter; an echo answered no after a second question;
a rival's offer weighed and a decision set for a month; the respondent's own move abroad with its
time under another question; Filipino kin ("my tita"); "nowt" and "don't have the internet"; DSL
listed with the plan's terms; a cheque posted, said under another question.
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # the respondent will ask the person who handles it: put off, not vague
    (
        "contract",
        "Her daughter deals with the paperwork. We'll ask her when she comes round on Friday.",
        {},
        "",
    ),
    ("payment_method", "my son sorts out the paperwork, I will have to check with him", {}, ""),
    ("payment_method", "交钱的事都是我儿子在弄，我晚上问问他", {}, ""),
    ("contract", "这些都是我闺女办的，我得去问问她", {}, ""),
    # ... telling the bot to ask, or a check only supposed, leaves it to them: vague
    ("contract", "my daughter handles that, ask her", {}, "v"),
    ("monthly_spend", "Hmm I'd have to check, my daughter looks after the bills", {}, "v"),
    ("payment_method", "都是我儿子弄的，你问他吧", {}, "v"),
    # looking at home first puts the answer off
    ("internet_service", "宽带我到家看了再讲，刚才那题忘了说", {}, ""),
    ("contract", "合约我回家查查再告诉你", {}, ""),
    ("internet_service", "不记得了，回家也看不出来", {}, "v"),
    # a bandwidth asked about answers nothing; one given is vague
    ("internet_service", "你们五百兆的一个月多少钱？", {}, ""),
    ("internet_service", "200兆的", {}, "v"),
    # Swahili "I don't know"
    ("contract", "sijui kuhusu hiyo contract", {}, "v"),
    ("contract", "month to month, sijui why you ask", {"contract": "month_to_month"}, ""),
    # a way of paying not yet worked out
    ("payment_method", "现在是怎么扣的我到现在都没弄明白", {}, "v"),
    ("payment_method", "没搞明白你问的是啥", {}, ""),
    ("internet_service", "光纤和DSL有啥区别？我一直没弄明白", {}, ""),
    ("payment_method", "信用卡交的，别的我没搞清楚", {"payment_method": "credit_card"}, ""),
    # 着 typed as 者; not knowing how to switch is no hedge
    ("churn_intent", "先用者呗", {"churn_intent": "stay"}, ""),
    ("churn_intent", "年纪大了，不晓得换，继续用者吧", {"churn_intent": "stay"}, ""),
    ("churn_intent", "不知道咋转网，就这么用着吧", {"churn_intent": "stay"}, ""),
    ("churn_intent", "不知道换不换", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "老人用者方便不？", {}, ""),
    # a renewal only asked about is no decision
    ("churn_intent", "如果我续两年，能便宜点吗？", {}, ""),
    ("churn_intent", "if I stay another year, would you knock something off?", {}, ""),
    ("churn_intent", "要是续约送路由器的话，我就续", {"churn_intent": "unsure"}, ""),
    # an option echoed, a reason, then "I'm no fool"
    ("churn_intent", "续约？就这服务，我脑子又没进水", {"churn_intent": "leave"}, ""),
    ("churn_intent", "续？当然续，我又不傻", {"churn_intent": "stay"}, ""),
    # a decision left to a son or daughter
    ("churn_intent", "这个，看我儿子怎么说吧", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "that's for my grandson to decide", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "我去看看路由器，回来再说", {}, ""),
    # an echo answered no after a second question
    ("churn_intent", "Leave? After all these years? Nah", {"churn_intent": "stay"}, ""),
    ("churn_intent", "leaving? yeah, first chance I get", {"churn_intent": "leave"}, ""),
    # a rival's offer weighed, a decision set for a time to come
    (
        "churn_intent",
        "I'm weighing up a deal from Vodafone, I'll decide by March",
        {"churn_intent": "unsure"},
        "",
    ),
    ("churn_intent", "comparing quotes, will decide next month", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "I decided in March to stay", {"churn_intent": "stay"}, ""),
    # the respondent's own move abroad with its time, under another question
    (
        "contract",
        "monthly, since we're relocating to Canada next year",
        {"contract": "month_to_month", "churn_intent": "leave"},
        "",
    ),
    (
        "contract",
        "月付的，我们年底要搬去新加坡",
        {"contract": "month_to_month", "churn_intent": "leave"},
        "",
    ),
    (
        "contract",
        "month to month, my sister is moving to Portugal in the spring",
        {"contract": "month_to_month"},
        "",
    ),
    (
        "contract",
        "monthly, we're moving to France for a holiday in June",
        {"contract": "month_to_month"},
        "",
    ),
    # Filipino kin are other people
    ("churn_intent", "my tita wants to switch to another carrier", {}, ""),
    ("churn_intent", "my kuya moved to another carrier, I'm staying", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I switched to another carrier lol", {"churn_intent": "leave"}, ""),
    # "nowt" and "don't have the internet"
    ("internet_service", "nowt, just the phone", {"internet_service": "none"}, ""),
    (
        "internet_service",
        "I don't have the internet, never needed it",
        {"internet_service": "none"},
        "",
    ),
    ("internet_service", "nowt wrong with it, it's fibre", {"internet_service": "fiber_optic"}, ""),
    ("satisfaction", "nowt wrong, 4", {"satisfaction": 4}, ""),
    # DSL listed with the plan's terms
    (
        "contract",
        "two year contract on DSL",
        {"contract": "two_year", "internet_service": "dsl"},
        "",
    ),
    ("contract", "month to month, used to be on DSL", {"contract": "month_to_month"}, ""),
    ("age", "30, and yes I know what DSL stands for", {"age": 30}, ""),
    # a cheque posted, under another question
    (
        "monthly_spend",
        "about 60, I mail a check every month",
        {"monthly_spend": 60.0, "payment_method": "mailed_check"},
        "",
    ),
    (
        "monthly_spend",
        "my mom pays hers by check, mails it in, mine's 40",
        {"monthly_spend": 40.0},
        "",
    ),
    ("monthly_spend", "40, I check the mail for the bill", {"monthly_spend": 40.0}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round18_choices(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
