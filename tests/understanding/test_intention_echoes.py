"""Intentions answered by an echo, a question back or a proverb.

Covers: an option echoed and turned down because the respondent has only just arrived ("leave? I
only just got here", "走？我才刚来", "换？我刚办的" → stay; not "换？刚好想换", "leave? just
did"); a leaving echoed, then where to ("走？往哪走", "换？换到哪家去" → stay; not "走？去哪玩");
the whole answer a question back ("renew what?", "续啥？", "续什么约", "续约？啥意思", "stay
where?": no value; but "续啥呀", "续个啥", "续啥续" mock, "还换啥" asks rhetorically); switching
pointless because
every provider is as bad ("换了也一样，天下乌鸦一般黑", "半斤八两", "they're all the same, why
bother", "better the devil you know", "the grass isn't greener", "might as well stay" → stay;
not "换哪家都一样", "they're all the same", "the grass is always greener", nor a plan said after
the proverb); echoes accepted or waved away ("stay? sure", "renew? course I will", "换？换啥换");
a long wish to switch ("I've been meaning to switch for years", "早就想换了" → leave).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

C = "churn_intent"
STAY = {C: "stay"}
LEAVE = {C: "leave"}
UNSURE = {C: "unsure"}

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # an echoed leaving turned down: only just arrived
    (C, "leave? I only just got here", STAY, ""),
    (C, "cancel? I just got here lol", STAY, ""),
    (C, "leave you? we only just got here", STAY, ""),
    (C, "leave? we only just joined", {C: "stay", "tenure_months": 0}, ""),
    (C, "switch? I only just switched to you", {C: "stay", "tenure_months": 0}, ""),
    (C, "switch? we've only just joined, give it a chance", {C: "stay", "tenure_months": 0}, ""),
    (C, "leaving? I've only just started with you", {C: "stay", "tenure_months": 0}, ""),
    (C, "走？我才刚来", STAY, ""),
    (C, "走？刚来没几天", STAY, ""),
    (C, "换？我刚办的", {C: "stay", "tenure_months": 0}, ""),
    (C, "换？刚换过来的", {C: "stay", "tenure_months": 0}, ""),
    (C, "换？才办没多久", {C: "stay", "tenure_months": 0}, ""),
    (C, "转网？我才刚转过来", {C: "stay", "tenure_months": 0}, ""),
    # ... near misses: a leaving confirmed, or no echo
    (C, "换？刚好想换", LEAVE, ""),
    (C, "换？刚换了移动", LEAVE, ""),
    (C, "leave? just did, ported out yesterday", LEAVE, ""),
    (C, "I only just got here", {}, ""),
    # a leaving echoed, then where to
    (C, "走？往哪走", STAY, ""),
    (C, "走？往哪儿走啊", STAY, ""),
    (C, "走？往哪走，村里就你们信号好", STAY, ""),
    (C, "换？换到哪家去", STAY, ""),
    (C, "换？往哪换", STAY, ""),
    (C, "leave? where would I go", STAY, ""),
    (C, "走？去哪玩", {}, ""),
    (C, "换啥好呢", {}, ""),
    # the whole answer asks back
    (C, "renew what", {}, ""),
    (C, "renew what?", {}, ""),
    (C, "renew what exactly?", {}, ""),
    (C, "renew? renew what?", {}, ""),
    (C, "switch to what?", {}, ""),
    (C, "stay where?", {}, ""),
    (C, "what do you mean renew?", {}, ""),
    (C, "续啥", {}, ""),
    (C, "续啥？", {}, ""),
    (C, "续什么约", {}, ""),
    (C, "续什么合同", {}, ""),
    (C, "续约？续啥约", {}, ""),
    (C, "续约？啥意思", {}, ""),
    (C, "啥叫续约", {}, ""),
    (C, "换啥", {}, ""),
    (C, "is there a choice?", {}, ""),
    (C, "有得选吗？", {}, ""),
    # ... near misses: mockery and rhetorical questions keep their readings
    (C, "续啥呀，网速这么烂", LEAVE, ""),
    (C, "续个啥，早想走了", LEAVE, ""),
    (C, "续啥续", LEAVE, ""),
    (C, "还换啥", STAY, ""),
    (C, "换什么呀，用得好好的", STAY, ""),
    (C, "renew what I've got, probably", STAY, ""),
    (C, "I'll stay where I am", STAY, ""),
    # switching pointless: every provider as bad
    (C, "换了也一样，天下乌鸦一般黑", STAY, ""),
    (C, "天下乌鸦一般黑", STAY, ""),
    (C, "天下乌鸦一般黑，换啥", STAY, ""),
    (C, "换了也一样", STAY, ""),
    (C, "换了也一样，还换什么", STAY, ""),
    (C, "换了也白换", STAY, ""),
    (C, "换了还不是一样", STAY, ""),
    (C, "换来换去都一样", STAY, ""),
    (C, "运营商都半斤八两", STAY, ""),
    (C, "都一个样，懒得换", STAY, ""),
    (C, "they're all the same, why bother", STAY, ""),
    (C, "they're all as bad as each other", STAY, ""),
    (C, "they're all as bad as each other, might as well stay", STAY, ""),
    (C, "might as well stay", STAY, ""),
    (C, "better the devil you know", STAY, ""),
    (C, "better the devil you know, I guess", STAY, ""),
    (C, "out of the frying pan into the fire", STAY, ""),
    (C, "switching would be out of the frying pan into the fire", STAY, ""),
    (C, "the grass isn't greener", STAY, ""),
    (C, "the grass isn't always greener", STAY, ""),
    (C, "grass is never greener", STAY, ""),
    (C, "the grass ain't greener mate", STAY, ""),
    # ... near misses: no plan, or a plan said after
    (C, "换哪家都一样", {}, ""),
    (C, "哪家都一个样", {}, ""),
    (C, "they're all the same", {}, ""),
    (C, "the grass is always greener", {}, ""),
    (C, "we moved from BT last year, out of the frying pan into the fire", {}, ""),
    (C, "换了手机也一样卡", {}, ""),
    (C, "天下乌鸦一般黑，但我还是要换", LEAVE, ""),
    (C, "换了也一样，不过我还是想换", LEAVE, ""),
    (C, "better the devil you know, but I'm still leaving", LEAVE, ""),
    (C, "I'm leaving, the grass is greener at Vodafone", LEAVE, ""),
    (C, "天下乌鸦一般黑，到期再看吧", UNSURE, ""),
    (C, "I might stay", UNSURE, ""),
    # echoes accepted or waved away
    (C, "stay? sure", STAY, ""),
    (C, "stay? no chance", LEAVE, ""),
    (C, "renew? course I will", STAY, ""),
    (C, "leave? nah", STAY, ""),
    (C, "换？换啥换", STAY, ""),
    (C, "换？不换了", STAY, ""),
    (C, "续？肯定续", STAY, ""),
    # a long wish to switch
    (C, "I've been meaning to switch for years", LEAVE, ""),
    (C, "been meaning to cancel", LEAVE, ""),
    (C, "我早就想换了", LEAVE, ""),
    (C, "I've been meaning to call you about my bill", {}, ""),
    # the proverb under another question fills no intention
    ("complaint", "客服态度差，天下乌鸦一般黑", {"complaint": "客服态度差，天下乌鸦一般黑"}, ""),
    ("satisfaction", "3分吧，天下乌鸦一般黑", {"satisfaction": 3}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_intention_echoes(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
