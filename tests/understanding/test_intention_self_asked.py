"""Intentions put as questions to oneself, and the respondent's own answers to them.

Pins down that a question weighing up leaving or staying ("我是不是该换了", "should I cancel?",
"is it time to switch?") is "unsure" ("是不是" asks, it denies nothing), that an answer after
such a question decides ("要不要走？不走" → stay, "should I switch? hell yes" → leave), that an
action asked back and denied for now but promised ("have I given notice? not yet, but I will")
is the plan to come, and that questions about other things keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import check_reading

C = "churn_intent"
U = {C: "unsure"}
S = {C: "stay"}
L = {C: "leave"}

WEIGHED: list[tuple[str, str, dict[str, Any], str]] = [
    (C, "我是不是该换了", U, ""),
    (C, "我是不是该换一家了", U, ""),
    (C, "是不是该换了", U, ""),
    (C, "要不要换掉算了", U, ""),
    (C, "该不该换呢", U, ""),
    (C, "我是不是该走了", U, ""),
    (C, "是不是该转网了？", U, ""),
    (C, "我是不是应该换个运营商", U, ""),
    (C, "要不要干脆转联通算了", U, ""),
    (C, "我在想是不是该换电信了", U, ""),
    (C, "是不是该销户了呢", U, ""),
    (C, "到底要不要续呢", U, ""),
    (C, "该不该续约啊", U, ""),
    (C, "是不是该跑路了", U, ""),
    (C, "我是不是该退网了", U, ""),
    (C, "我是不是该换移动了，这网速", U, ""),
    (C, "是不是该换一家了？唉", U, ""),
    (C, "该不该走啊", U, ""),
    (C, "我不知道该不该换", U, ""),
    (C, "你说我是不是该换了？", U, ""),
    (C, "should I switch?", U, ""),
    (C, "should I cancel?", U, ""),
    (C, "would it be smarter to leave?", U, ""),
    (C, "is it time to switch?", U, ""),
    (C, "should I just switch to Vodafone?", U, ""),
    (C, "should I stay or should I go?", U, ""),
    (C, "is it time to move on?", U, ""),
    (C, "do you think I should leave?", U, ""),
    (C, "would I be better off switching?", U, ""),
    (C, "should we cancel?", U, ""),
    (C, "shall I switch then?", U, ""),
    (C, "should I renew?", U, ""),
    (C, "wondering if I should switch", U, ""),
    (C, "I keep asking myself whether I should leave", U, ""),
    (C, "Should I be looking elsewhere?", U, ""),
    (C, "honestly, should I even renew at this point?", U, ""),
    (C, "would it be better to cancel?", U, ""),
    (C, "should I switch providers?", U, ""),
]

ANSWERED: list[tuple[str, str, dict[str, Any], str]] = [
    (C, "是不是要续约了？续，肯定续", S, ""),
    (C, "should I stay? yes, I'm staying", S, ""),
    (C, "should I leave? no way", S, ""),
    (C, "should I switch? hell yes", L, ""),
    (C, "should I switch? no way mate", S, ""),
    (C, "should I cancel? hell no, I love you guys", S, ""),
    (C, "should I renew? definitely", S, ""),
    (C, "是不是该换了？换，肯定换", L, ""),
    (C, "要不要走？不走", S, ""),
    (C, "要不要换？不换", S, ""),
    (C, "要不要换？要！", L, ""),
    (C, "要不要换？不用", S, ""),
    (C, "是不是该走了？该了", L, ""),
    (C, "是不是该换了？不换，懒得折腾", S, ""),
    (C, "should I switch? nah, too much hassle", S, ""),
    (C, "should I cancel? yes, I'm going to", L, ""),
    (C, "续不续？肯定续啊", S, ""),
    (C, "要不要续约？当然续", S, ""),
    (C, "is it time to switch? yep, doing it next month", L, ""),
    (C, "是不是该换了我也说不好", U, ""),
    (C, "续不续都行", U, ""),
    (C, "I've been wondering whether to switch, but I'll probably stay", S, ""),
    (C, "is it worth switching? probably not", S, ""),
    (C, "要不要续呢？续吧", S, ""),
    (C, "是不是该走了？算了，还是续吧", S, ""),
    (C, "是不是该换了，反正合约到期就走", L, ""),
    (C, "我老婆问我要不要换，我说不换", {"has_partner": True, C: "stay"}, ""),
    (C, "我是不是该换了？你们客服这么差", U, ""),
    (C, "should I switch? my mate says Three is cheaper", U, ""),
]

TO_COME: list[tuple[str, str, dict[str, Any], str]] = [
    (C, "have I cancelled? no, but I'm going to", L, ""),
    (C, "have I given notice? not yet, but I will", L, ""),
    (C, "did I cancel? nope, but I will soon", L, ""),
    (C, "have I switched? not yet, but I'm about to", L, ""),
    (C, "did I renew? not yet, but I will", S, ""),
    (C, "have I renewed? no, but I'm planning to", S, ""),
    (C, "have we cancelled? not yet but we're going to", L, ""),
    (C, "did I give notice? no, but I'm gonna", L, ""),
    (C, "have I left? not yet, but I will be soon", L, ""),
    (C, "did I port my number out? not yet, but I will next week", L, ""),
    (C, "退了吗？还没，不过快了", L, ""),
    (C, "转网了没？还没，但是马上就转", L, ""),
    (C, "续了吗？还没，不过会续的", S, ""),
    (C, "销户了吗？还没，下个月就销", L, ""),
    (C, "续约了吗？还没，但是肯定会续", S, ""),
    # near misses: the answer denies, or somebody else is to do it
    (C, "did I renew? no, and I won't", L, ""),
    (C, "have I cancelled? no, and I won't", S, ""),
    (C, "have I cancelled? no", S, ""),
    (C, "did I renew? yes", S, ""),
    (C, "have I given notice? yes, last week", L, ""),
    (C, "续了吗？没续，也不打算续", L, ""),
    (C, "have I cancelled? no, but my brother is going to", S, ""),
    (C, "did I cancel? no, why would I", S, ""),
]

NEAR_MISSES: list[tuple[str, str, dict[str, Any], str]] = [
    (C, "不换不换", S, ""),
    (C, "why should I switch? you're fine", S, ""),
    (C, "不是不想换，是懒得换", S, ""),
    (C, "我肯定不换，是不是很忠诚哈哈", S, ""),
    (C, "你们是不是又要涨价了？涨价我就走", U, ""),
    (C, "是不是续约有优惠？有的话我就续", U, ""),
    (C, "我是不是说过要换？对，就是要换", L, ""),
    (C, "是不是官方的调研？", {}, ""),
    (C, "是不是要续约了？", {}, ""),
    (C, "我是不是该换套餐了，现在这个太贵", {}, ""),
    (C, "我是不是该换手机了", {}, ""),
    (C, "我爸说要不要换成他的信用卡", {}, ""),
    (C, "what happens if I leave?", {}, ""),
    (C, "should I get a new phone?", {}, ""),
    (C, "should I tell you?", {}, ""),
    (C, "should I be worried about the price going up?", {}, ""),
    (C, "I told my son he should switch too", {}, ""),
    (C, "should I go on?", {}, ""),
    (C, "should I leave it there?", {}, ""),
    (C, "should I stay on the line?", {}, ""),
    (C, "should I leave a review?", {}, ""),
    (C, "is it time to renew already?", {}, ""),
    (C, "is it time to renew yet?", {}, ""),
    (C, "shall we carry on?", {}, ""),
    ("satisfaction", "我是不是该换了，3分吧", {"satisfaction": 3}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), WEIGHED)
def test_weighed_questions(survey: Any, asked: str, text: str, expected: Any, flag: str) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), ANSWERED)
def test_answered_questions(survey: Any, asked: str, text: str, expected: Any, flag: str) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), TO_COME)
def test_actions_to_come(survey: Any, asked: str, text: str, expected: Any, flag: str) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), NEAR_MISSES)
def test_near_misses(survey: Any, asked: str, text: str, expected: Any, flag: str) -> None:
    check_reading(survey, asked, text, expected, flag)
