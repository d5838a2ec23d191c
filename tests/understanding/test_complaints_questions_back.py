"""Questions back and remarks about the day under the complaint question that name no fault.

Covers two kinds of answer that are no complaint, with no vague flag either: a question about the
account or the service, how something is done ("does my plan transfer?", "can i keep my number if
i move?", "how do I add a line?", "我搬家了，宽带能移机吗？", "套餐能换成月付吗？"), and where the
respondent has just come back from ("just back from the shops", "刚从超市回来"). Near misses stay
complaints: a question about a fault ("why is my bill so high?", "为什么又扣费了？"), and
either kind of answer with a fault said besides ("does my plan transfer? the current one is way too
expensive", "just back from your shop, they overcharged me", "刚从超市回来，网又断了"); so does a
remark about the provider's own shop ("just back from your store").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

ACCOUNT_QUESTIONS: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "complaint",
        "oh btw we just moved to corvallis, does my plan transfer?",
        {"city": "Corvallis"},
        "",
    ),
    ("complaint", "does my plan transfer?", {}, ""),
    ("complaint", "can i keep my number if i move?", {}, ""),
    ("complaint", "how do I add a line?", {}, ""),
    ("complaint", "how do i add my son to my plan?", {}, ""),
    ("complaint", "Can I switch to paying monthly instead of yearly?", {}, ""),
    ("complaint", "we're moving to Leeds next month, will my broadband move with us?", {}, ""),
    ("complaint", "is it possible to pause my contract while I'm abroad?", {}, ""),
    ("complaint", "what happens to my contract if I move overseas?", {}, ""),
    ("complaint", "do you cover Whitby? we're relocating", {}, ""),
    ("complaint", "can we add another sim to the account?", {}, ""),
    ("complaint", "quick question - can I port my number from my old provider?", {}, ""),
    ("complaint", "How would I go about upgrading my plan?", {}, ""),
    ("complaint", "怎么加一张副卡？", {}, ""),
    ("complaint", "我下个月搬去杭州，宽带可以迁过去吗", {}, ""),
    ("complaint", "号码能不能带走？", {}, ""),
    ("complaint", "宽带怎么移机啊", {}, ""),
    ("complaint", "why is my bill so high?", {"complaint": "why is my bill so high?"}, ""),
    (
        "complaint",
        "does my plan transfer? the current one is way too expensive",
        {"complaint": "does my plan transfer? the current one is way too expensive"},
        "",
    ),
    (
        "complaint",
        "can i keep my number if i move? the signal here is rubbish",
        {"complaint": "can i keep my number if i move? the signal here is rubbish"},
        "",
    ),
    (
        "complaint",
        "how do I add a line? your website is useless",
        {"complaint": "how do I add a line? your website is useless"},
        "",
    ),
    (
        "complaint",
        "can I switch to monthly? you keep charging me twice",
        {"complaint": "can I switch to monthly? you keep charging me twice"},
        "",
    ),
    (
        "complaint",
        "why can't I keep my number when I move?",
        {"complaint": "why can't I keep my number when I move?"},
        "",
    ),
    (
        "complaint",
        "how come my plan doesn't transfer?",
        {"complaint": "how come my plan doesn't transfer?"},
        "",
    ),
    (
        "complaint",
        "can I cancel without a fee? the internet drops every night",
        {"complaint": "can I cancel without a fee? the internet drops every night"},
        "",
    ),
    (
        "complaint",
        "Can I get a refund for the outage last week?",
        {"complaint": "Can I get a refund for the outage last week?"},
        "",
    ),
    (
        "complaint",
        "can I switch to a plan that doesn't drop every evening?",
        {"complaint": "can I switch to a plan that doesn't drop every evening?"},
        "",
    ),
    (
        "complaint",
        "how do I stop you charging me twice?",
        {"complaint": "how do I stop you charging me twice?"},
        "",
    ),
    ("complaint", "does my plan transfer? I hope so, moving was stressful enough", {}, ""),
    (
        "complaint",
        "套餐能换成月付吗？现在太贵了",
        {"complaint": "套餐能换成月付吗？现在太贵了"},
        "",
    ),
    ("complaint", "宽带能移机吗？网速太慢了", {"complaint": "宽带能移机吗？网速太慢了"}, ""),
    ("complaint", "能不能别老掉线？", {"complaint": "能不能别老掉线？"}, ""),
    ("complaint", "能不能便宜点？", {"complaint": "能不能便宜点？"}, ""),
    ("complaint", "怎么网又断了？", {"complaint": "怎么网又断了？"}, ""),
    ("complaint", "号码能带走吗？信号差得要命", {"complaint": "号码能带走吗？信号差得要命"}, ""),
    ("complaint", "为什么又扣费了？", {"complaint": "为什么又扣费了？"}, ""),
    (
        "complaint",
        "宽带能移机吗？上次问客服没人理",
        {"complaint": "宽带能移机吗？上次问客服没人理"},
        "",
    ),
    ("complaint", "do I need a new contract if I move house?", {}, ""),
    (
        "complaint",
        "will I have to sign up again when we move?",
        {"complaint": "will I have to sign up again when we move?"},
        "",
    ),
    ("complaint", "is there a family plan?", {}, ""),
    ("complaint", "are there any sim-only deals for students?", {}, ""),
    ("complaint", "do you have an app for checking usage?", {}, ""),
    ("complaint", "can I take my router with me when I move?", {}, ""),
    ("complaint", "can I pay by direct debit?", {}, ""),
    ("complaint", "could we transfer the account to my wife's name?", {"has_partner": True}, ""),
    ("complaint", "can I change the billing date to the 15th?", {}, ""),
    ("complaint", "can i bring my own phone?", {}, ""),
    ("complaint", "我想升级套餐，怎么操作？", {}, ""),
    ("complaint", "宽带到期了可以续吗？", {}, ""),
    ("complaint", "副卡怎么办理？", {}, ""),
    (
        "complaint",
        "do I have to pay a fee to move?",
        {"complaint": "do I have to pay a fee to move?"},
        "",
    ),
    (
        "complaint",
        "is there a plan that actually works in the countryside?",
        {"complaint": "is there a plan that actually works in the countryside?"},
        "",
    ),
    (
        "complaint",
        "do you have any plans without hidden charges?",
        {"complaint": "do you have any plans without hidden charges?"},
        "",
    ),
    (
        "complaint",
        "is there a reason my bill went up?",
        {"complaint": "is there a reason my bill went up?"},
        "",
    ),
    (
        "complaint",
        "can I change provider without paying the exit fee? you lot are useless",
        {"complaint": "can I change provider without paying the exit fee? you lot are useless"},
        "",
    ),
    (
        "complaint",
        "宽带到期了可以续吗？续了也是老掉线",
        {"complaint": "宽带到期了可以续吗？续了也是老掉线"},
        "",
    ),
    (
        "complaint",
        "can I change my plan? this one is terrible",
        {"complaint": "can I change my plan? this one is terrible"},
        "",
    ),
    ("complaint", "can I pay extra for faster speeds?", {}, ""),
    ("complaint", "can I add my son too?", {}, ""),
    ("complaint", "能帮我办个亲情号吗？", {}, ""),
    ("complaint", "能不能改成按月付费？", {}, ""),
]

ARRIVALS: list[tuple[str, str, dict[str, Any], str]] = [
    ("complaint", "just back from the shops", {}, ""),
    ("complaint", "Just back from the shops!", {}, ""),
    ("complaint", "just got back from the store", {}, ""),
    ("complaint", "sorry, just got in from the supermarket", {}, ""),
    ("complaint", "oh hi, just back from the market", {}, ""),
    ("complaint", "I've just come back from the corner shop", {}, ""),
    ("complaint", "just back from the shops, knackered", {}, ""),
    ("complaint", "just home from the shops, it's freezing out", {}, ""),
    ("complaint", "we just got back from the mall", {}, ""),
    ("complaint", "刚从超市回来", {}, ""),
    ("complaint", "我刚从菜市场回来", {}, ""),
    ("complaint", "刚买菜回来了", {}, ""),
    (
        "complaint",
        "just back from your shop, they overcharged me",
        {"complaint": "just back from your shop, they overcharged me"},
        "",
    ),
    (
        "complaint",
        "just back from the shops and the wifi's down again",
        {"complaint": "just back from the shops and the wifi's down again"},
        "",
    ),
    (
        "complaint",
        "just back from the phone shop",
        {"complaint": "just back from the phone shop"},
        "",
    ),
    ("complaint", "just back from your store", {"complaint": "just back from your store"}, ""),
    (
        "complaint",
        "just back from the shops, the signal in town is awful",
        {"complaint": "just back from the shops, the signal in town is awful"},
        "",
    ),
    (
        "complaint",
        "just back from the shops, you lot still haven't fixed my line",
        {"complaint": "just back from the shops, you lot still haven't fixed my line"},
        "",
    ),
    (
        "complaint",
        "刚从营业厅回来，排了两个小时队",
        {"complaint": "刚从营业厅回来，排了两个小时队"},
        "",
    ),
    ("complaint", "刚从超市回来，网又断了", {"complaint": "刚从超市回来，网又断了"}, ""),
    ("complaint", "just back from the shops, what was that?", {}, ""),
    (
        "complaint",
        "the shops near me don't sell your sim cards",
        {"complaint": "the shops near me don't sell your sim cards"},
        "",
    ),
    (
        "complaint",
        "the shop staff were rude to me",
        {"complaint": "the shop staff were rude to me"},
        "",
    ),
    (
        "complaint",
        "your shops are always closed",
        {"complaint": "your shops are always closed"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), ACCOUNT_QUESTIONS)
def test_account_questions(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), ARRIVALS)
def test_arrivals(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
