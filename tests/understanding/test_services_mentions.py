"""Answers about the line, the spend and the way of paying that mention something tempting.

Covers: a card or bank named about something else while the bill goes by cash, a wallet or a
top-up (vague: "信用卡都刷爆了😭 话费我用微信交的", "my bank sends me a paper statement, the phone
bill i pay cash at the store", "MTN MoMo, because the bank is too far"), a card that bought the
handset ("买手机嗰阵碌卡分期"), paying at a 7-11 ("都去7-11繳"), the bank's website an e-check goes
through; the fibre's price or putting in asked about without a question mark ("光纤一个月多少钱啊
贵不贵", "光纤大概几钱一个月？", "光纤入户是不是要打孔啊"), a landline's phone line beside a
broadband not known, Cantonese "未拉网", "no broadband just mobile data", "None at home, …",
"whatever comes through the phone line"; and the own bill said not to be known beside a fee, a
rent, a rival's offer or somebody else's bill ("my moms bill is like 90, mine i dont remember",
"平常多少我沒在看"). Near misses keep their values: the card or bank said of the bill or as the
usual way, the price asked after the line stated, the line said to be the broadband's, an amount
with no own bill denied. Rows are (asked slot, message, exact values, flag) with flag "r" for a
refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

NET = "internet_service"
M = "monthly_spend"
P = "payment_method"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (P, "我在银行上班 但交话费都是用支付宝 一个月就五十来块", {"monthly_spend": 50.0}, "v"),
    (P, "信用卡都刷爆了😭 话费我用微信交的", {}, "v"),
    (
        P,
        "买手机的时候刷的信用卡 话费嘛 每次去营业厅交现金 我是月付的",
        {"contract": "month_to_month"},
        "v",
    ),
    (P, "每次去营业厅交现金 银行卡我不会弄", {}, "v"),
    (P, "买手机嗰阵碌卡分期，月费就唔记得点俾", {}, "v"),
    (P, "信用卡我不用的，每个月去营业厅交现金", {}, "v"),
    (P, "my bank sends me a paper statement, the phone bill i pay cash at the store", {}, "v"),
    (
        P,
        "I only use my Visa for fuel on the road. The phone, I top up at the shop, about £20 a"
        " month.",
        {"monthly_spend": 20.0},
        "v",
    ),
    (P, "MTN MoMo, because the bank is too far from my village.", {}, "v"),
    (P, "bought the phone on my credit card, the bill I pay cash", {}, "v"),
    (P, "e-check through the bank website", {"payment_method": "electronic_check"}, ""),
    (P, "都去7-11繳，超方便", {}, "v"),
    (P, "都在超商繳的", {}, "v"),
    (P, "可以去7-11繳嗎？", {}, ""),
    (P, "话费信用卡自动扣，宽带用支付宝", {"payment_method": "credit_card"}, ""),
    (P, "信用卡为主，偶尔用支付宝", {"payment_method": "credit_card"}, ""),
    (P, "信用卡，有时候也用支付宝", {"payment_method": "credit_card"}, ""),
    (P, "我在银行上班，话费也是银行卡代扣", {"payment_method": "bank_transfer"}, ""),
    (P, "买手机的时候刷的信用卡，话费也是信用卡扣", {"payment_method": "credit_card"}, ""),
    (P, "信用卡都刷爆了，话费也是信用卡付的", {"payment_method": "credit_card"}, ""),
    (P, "不用支付宝，银行卡自动扣", {"payment_method": "bank_transfer"}, ""),
    (P, "I only use my Visa for the phone bill", {"payment_method": "credit_card"}, ""),
    (
        P,
        "direct debit from my bank, I pay cash for the rest",
        {"payment_method": "bank_transfer"},
        "",
    ),
    (P, "I pay by Visa, top up my son's phone with cash", {"payment_method": "credit_card"}, ""),
    (P, "credit card, sometimes paypal", {"payment_method": "credit_card"}, ""),
    (P, "every month I pay by credit card", {"payment_method": "credit_card"}, ""),
    (P, "bank transfer through the bank website", {"payment_method": "bank_transfer"}, ""),
    (P, "electronic check", {"payment_method": "electronic_check"}, ""),
    (NET, "光纤一个月多少钱啊 贵不贵", {}, ""),
    (NET, "光纤大概几钱一个月？", {}, ""),
    (NET, "光纤入户是不是要打孔啊 我怕房东不让", {}, ""),
    (NET, "光纤多少钱", {}, ""),
    (NET, "光纤，一个月多少钱我忘了", {"internet_service": "fiber_optic"}, ""),
    (NET, "光纤 一个月多少钱不记得了", {"internet_service": "fiber_optic"}, ""),
    (NET, "光纤入户的时候打了个孔", {"internet_service": "fiber_optic"}, ""),
    (NET, "光纤，几钱一个月都唔记得", {"internet_service": "fiber_optic"}, ""),
    (NET, "我家光纤，一个月九十九", {"monthly_spend": 99.0, "internet_service": "fiber_optic"}, ""),
    (
        NET,
        "光纤啊，一个月一百多，贵不贵",
        {"monthly_spend": 100.0, "internet_service": "fiber_optic"},
        "",
    ),
    (NET, "家里是光纤，装的时候要不要打孔忘了", {"internet_service": "fiber_optic"}, ""),
    (NET, "家里有座机 老式电话线的 宽带的话没注意是啥", {}, "v"),
    (NET, "we have a landline on the old phone line, the broadband I've no idea", {}, "v"),
    (NET, "家里有座机 宽带是电话线的", {"internet_service": "dsl"}, ""),
    (NET, "有座机，宽带也是走电话线的", {"internet_service": "dsl"}, ""),
    (NET, "landline yes, broadband is over the phone line", {"internet_service": "dsl"}, ""),
    (NET, "老式电话线的", {"internet_service": "dsl"}, ""),
    (NET, "公司有光纤，屋企就未拉网", {"internet_service": "none"}, ""),
    (NET, "屋企未拉网", {"internet_service": "none"}, ""),
    (NET, "公司有光纤，屋企都系光纤", {"internet_service": "fiber_optic"}, ""),
    (NET, "no broadband just mobile data", {"internet_service": "none"}, ""),
    (NET, "no broadband, just mobile data", {"internet_service": "none"}, ""),
    (NET, "no wifi just phone data", {"internet_service": "none"}, ""),
    (NET, "no fiber just DSL", {"internet_service": "dsl"}, ""),
    (NET, "not fiber, DSL", {"internet_service": "dsl"}, ""),
    (NET, "没有光纤 是DSL", {"internet_service": "dsl"}, ""),
    (
        NET,
        "None at home, I just use the wifi at the library and the church hall.",
        {"internet_service": "none"},
        "",
    ),
    (NET, "nothing at home, fibre at work", {"internet_service": "none"}, ""),
    (NET, "I have fibre, none at home though... wait", {"internet_service": "fiber_optic"}, ""),
    (
        NET,
        "It's whatever comes through the phone line, the engineer said copper.",
        {"internet_service": "dsl"},
        "",
    ),
    (NET, "It's whatever comes through the phone line.", {"internet_service": "dsl"}, ""),
    (NET, "whatever, phone line I think", {}, "v"),
    (NET, "phone line, whatever", {}, "v"),
    (NET, "fibre I think, whatever", {"internet_service": "fiber_optic"}, ""),
    (M, "上個月出國漫遊多扣了五百，平常多少我沒在看", {}, "v"),
    (M, "上个月出国漫游多扣了五百，平常一百左右", {"monthly_spend": 100.0}, ""),
    (M, "平常多少我没在看", {}, "v"),
    (M, "paid £50 for the installation but thats one time, monthly not sure", {}, "v"),
    (
        M,
        "There was a £50 connection fee which I thought was steep. The monthly, I'm not sure.",
        {},
        "v",
    ),
    (M, "my moms bill is like 90, mine i dont remember", {}, "v"),
    (M, "rogers offered me $45 lol, didnt check mine", {}, "v"),
    (M, "rent is $1800 a month so honestly i dont even look at the phone bill", {}, "v"),
    (M, "about 50 a month, not sure exactly", {"monthly_spend": 50.0}, ""),
    (M, "monthly about 40 I think, not sure", {"monthly_spend": 40.0}, ""),
    (M, "monthly not sure, maybe 40", {"monthly_spend": 40.0}, ""),
    (M, "£45, my mom's is 90", {"monthly_spend": 45.0}, ""),
    (M, "50 quid. the broadband i dont remember", {"monthly_spend": 50.0}, ""),
    (M, "一个月多少钱啊 贵不贵", {}, ""),
    (M, "九十九 贵不贵", {"monthly_spend": 99.0}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_services_mentions(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
