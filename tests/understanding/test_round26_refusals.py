"""Refusals and vague answers, round 26.

Covers: not telling the asker, as the last words ("家里的事不想跟你们讲"; but
"不想跟你们讲道理", "不想跟你们谈了，直接销户"); the asked thing waved off ("打分这个我就算了";
but "换套餐就算了，继续用"); a rating turned down as its own clause ("不评价", "不予评价"; but
"不评价别人，我自己觉得4分"); the question said not to matter, then moved on ("not relevant,
next"; but "not relevant, I'm single"); a question left ("I'll leave that one"; but "I'll leave
that to my wife"); an amount not fixed ("不固定，有时多有时少"); a rating held back for more use
("先看看这个月网速咋样"; but "等下再打，我在开车"); a start tied to a move or a marriage without a
date ("从搬进这个小区就开始用了"); "the normal one" and "普通的那种" for the service; a bill paid
"whenever it comes" with no means; a day of work and sleep; going to ask somebody
("我去问问我爸", neither; but "具体问我老公", vague); "忘了说" (forgot to say it) and not
remembering a fact on the intention question, no hedge. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # not telling the asker, as the last words: a refusal
    ("has_dependents", "家里的事不想跟你们讲", {}, "r"),
    ("has_partner", "感情上的事不想和你们聊", {}, "r"),
    ("age", "岁数不愿意跟你说", {}, "r"),
    ("monthly_spend", "这个不想给你们透露", {}, "r"),
    ("has_partner", "我的私生活不打算跟你们交代", {}, "r"),
    ("city", "住哪不想同你讲啦", {}, "r"),
    (
        "complaint",
        "我不想跟你们讲道理，直接退钱",
        {"complaint": "我不想跟你们讲道理，直接退钱"},
        "",
    ),
    ("has_dependents", "有两个孩子，别的不想跟你们讲", {"has_dependents": True}, ""),
    ("churn_intent", "不想跟你们谈了，直接销户", {"churn_intent": "leave"}, ""),
    ("has_dependents", "孩子的事我不想跟你们说太多", {"has_dependents": True}, ""),
    ("complaint", "客服不想跟你说话，态度差", {"complaint": "客服不想跟你说话，态度差"}, ""),
    # the asked thing waved off by the respondent: a refusal
    ("satisfaction", "打分这个我就算了", {}, "r"),
    ("satisfaction", "评价这块我还是算了", {}, "r"),
    ("age", "年龄这个我就免了", {}, "r"),
    ("satisfaction", "打分这个我就算了，三分吧", {"satisfaction": 3}, ""),
    ("churn_intent", "换套餐就算了，继续用", {"churn_intent": "stay"}, ""),
    # a rating turned down as a clause of its own: a refusal
    ("satisfaction", "不评价", {}, "r"),
    ("satisfaction", "不予评价。", {}, "r"),
    ("satisfaction", "我不做评价", {}, "r"),
    ("complaint", "不评论", {}, "r"),
    ("satisfaction", "不评价，4分", {"satisfaction": 4}, ""),
    ("satisfaction", "不评价别人，我自己觉得4分", {"satisfaction": 4}, ""),
    ("satisfaction", "不好评价", {}, "v"),
    # the question said not to matter, and moved on: a refusal
    ("tenure_months", "not relevant, next", {}, "r"),
    ("age", "irrelevant. skip", {}, "r"),
    ("tenure_months", "none of that matters, next question", {}, "r"),
    ("has_partner", "that's not relevant to your survey", {}, "r"),
    ("tenure_months", "not relevant, been with you 3 years", {"tenure_months": 36}, ""),
    ("has_partner", "not relevant, I'm single", {"has_partner": False}, ""),
    (
        "complaint",
        "the speed is not relevant to what I pay",
        {"complaint": "the speed is not relevant to what I pay"},
        "",
    ),
    # a question left unanswered: a refusal
    ("contract", "I'll leave that one", {}, "r"),
    ("payment_method", "think I'll leave that question, thanks", {}, "r"),
    ("age", "leave this one blank", {}, "r"),
    ("contract", "I'd rather leave that one", {}, "r"),
    ("contract", "I'll leave that to my wife", {"has_partner": True}, ""),
    ("contract", "I'll leave that one for now, ask me later", {}, ""),
    ("churn_intent", "if they raise the price I'll leave", {"churn_intent": "unsure"}, ""),
    # an amount that is not fixed: vague
    ("monthly_spend", "不固定，有时多有时少", {}, "v"),
    ("monthly_spend", "不固定", {}, "v"),
    ("monthly_spend", "时多时少吧", {}, "v"),
    ("monthly_spend", "不固定，一般一百左右", {"monthly_spend": 100.0}, ""),
    ("interests", "时间不固定，周末爬山", {"interests": ["sports"]}, ""),
    # a rating held back until the service has shown itself: vague
    ("satisfaction", "等下再打，我先看看这个月网速咋样", {}, "v"),
    ("satisfaction", "先看看这个月网速再说", {}, "v"),
    ("satisfaction", "用一阵子再打分", {}, "v"),
    ("satisfaction", "过几天再评吧，看看网速稳不稳", {}, "v"),
    ("satisfaction", "let me see how this month goes first", {}, "v"),
    ("satisfaction", "ask me again after a month of use", {}, "v"),
    ("satisfaction", "等下再打，我在开车", {}, ""),
    ("satisfaction", "ask me later, driving", {}, ""),
    ("satisfaction", "看看吧，4分", {"satisfaction": 4}, ""),
    # a start tied to a move or a step in life, with no date: vague
    ("tenure_months", "从搬进这个小区就开始用了", {}, "v"),
    ("tenure_months", "结婚以后就一直用你们的", {"has_partner": True}, "v"),
    ("tenure_months", "自从买房就装了你们的宽带", {}, "v"),
    ("tenure_months", "since we moved into this house", {}, "v"),
    ("tenure_months", "ever since we got married", {"has_partner": True}, "v"),
    ("tenure_months", "从2019年搬进这个小区就开始用了", {"tenure_months": 84}, ""),
    ("tenure_months", "since we moved here in 2018", {"tenure_months": 96}, ""),
    ("tenure_months", "搬进来三年了，一直用你们的", {"tenure_months": 36}, ""),
    ("tenure_months", "我爸从搬进来就一直用，我自己刚办", {"tenure_months": 0}, ""),
    # the ordinary one, naming no option: vague
    ("internet_service", "the normal one I think", {}, "v"),
    ("internet_service", "just the standard one", {}, "v"),
    ("internet_service", "the basic package", {}, "v"),
    ("internet_service", "普通的那种", {}, "v"),
    ("internet_service", "就普通宽带", {}, "v"),
    ("internet_service", "the normal fibre one", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "普通光纤", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "what's the normal one?", {}, ""),
    # the bill paid when it comes, no way of paying named: vague
    ("payment_method", "I just pay it whenever the bill comes", {}, "v"),
    ("payment_method", "I pay when it arrives", {}, "v"),
    ("payment_method", "账单来了就交", {}, "v"),
    ("payment_method", "收到短信就交", {}, "v"),
    ("payment_method", "I pay it by card whenever it comes", {"payment_method": "credit_card"}, ""),
    ("payment_method", "账单来了就用信用卡交", {"payment_method": "credit_card"}, ""),
    # a day of work and sleep: vague
    ("interests", "nothing really, I work and I sleep", {}, "v"),
    ("interests", "上班睡觉，没别的", {}, "v"),
    ("interests", "除了上班就是睡觉", {}, "v"),
    ("interests", "下班就是睡觉和打游戏", {"interests": ["gaming"]}, ""),
    ("interests", "nothing really, maybe some football", {"interests": ["sports"]}, ""),
    # going to ask somebody: neither
    ("internet_service", "我去问问我爸，他装的", {}, ""),
    ("internet_service", "我得问问我老公", {"has_partner": True}, ""),
    ("internet_service", "具体问我老公", {"has_partner": True}, "v"),
    ("contract", "不知道，回头问问我老婆", {"has_partner": True}, "v"),
    # forgot to say earlier, an answer to another question: no hedge
    ("churn_intent", "刚才忘了说，打分我给4分", {"satisfaction": 4}, ""),
    ("monthly_spend", "刚才忘了说，我是两年合约", {"contract": "two_year"}, ""),
    ("monthly_spend", "忘了", {}, "v"),
    # not remembering a fact is no hedge of the plan: neither
    ("churn_intent", "when does my contract actually end? I can't remember", {}, ""),
    ("churn_intent", "合同啥时候到期来着？记不得了", {}, ""),
    ("churn_intent", "not sure, I can't remember when it ends", {"churn_intent": "unsure"}, ""),
    ("tenure_months", "I can't remember", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "values", "flag"), CASES)
def test_round26_refusals(
    survey: Survey, asked: str, text: str, values: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, values, flag)
