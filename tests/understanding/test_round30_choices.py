"""Choices, intentions, ratings, refusals, vague and open answers, round 30: greetings and pauses
that rate nothing, the phone's data faulted in one place, nothing come to mind "off the top of my
head", a question "too personal", a line not pulled to the village yet or asked back, a plan
said in passing after a rating, a move abroad said before "搬家", whether others switch, a
question about which rival or what happens, leaving "isn't something I want to do", a pastime
echoed and turned down, and an app "not very easy to use".

Covers: "good evening 🙂 sorry im late replying", "好的，等一下", "等一下，我先把车停好" (no
rating; but "🙂", "😊 pretty happy", "稍等，挺好的" still rate); "the mobile data in the CBD is
terrible" (no `none`; but "only mobile data" is); "这个问题太私人了" (refused);
"没有 村里还没拉过来", "还没拉，准备下个月装光纤", "山里哪来的光纤啊" (none; but
"光纤，还没装好路由器" is fibre); "挺满意的，五分，继续用", "还行，到期再续", "2分，不续了" (an
intention too; but "4分，手机继续用" names a phone); "明年要去新西兰了，搬家" (leave; but
"去新西兰旅游"); "他们换不换我无所谓，我肯定继续用" (stay); "换啥好呢", "到期不续约会怎样？" (no
intention); "leaving isn't something I want to do" (stay); "golf? I'd give it a miss" (no
pastime); "APP不太好用" (a complaint). Rows are (asked
slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer and ""
otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # greetings, apologies and pauses rate nothing
    ("satisfaction", "good evening 🙂 sorry im late replying", {}, ""),
    ("satisfaction", "hi 🙂", {}, ""),
    ("satisfaction", "sorry for the late reply 😊", {}, ""),
    ("satisfaction", "好的，等一下", {}, ""),
    ("satisfaction", "好，稍等", {}, ""),
    ("satisfaction", "ok hang on", {}, ""),
    ("satisfaction", "good, hang on", {}, ""),
    ("satisfaction", "等一下，我先把车停好", {}, ""),
    ("satisfaction", "等一下，我先把衣服穿好", {}, ""),
    ("satisfaction", "🙂", {"satisfaction": 4}, ""),
    ("satisfaction", "😊 pretty happy", {"satisfaction": 4}, ""),
    ("satisfaction", "hiya 🙂 all good, 4", {"satisfaction": 4}, ""),
    ("satisfaction", "稍等，挺好的", {"satisfaction": 4}, ""),
    ("satisfaction", "好的，等一下，4分吧", {"satisfaction": 4}, ""),
    ("satisfaction", "停车场信号挺好", {"satisfaction": 4}, ""),
    ("satisfaction", "ok", {"satisfaction": 3}, ""),
    ("satisfaction", "好的，挺满意", {"satisfaction": 4}, ""),
    # the phone's data faulted in one place is no lack of a home line
    (
        "complaint",
        "ngl the wifi is fine but the mobile data in the CBD is terrible",
        {"complaint": "ngl the wifi is fine but the mobile data in the CBD is terrible"},
        "",
    ),
    (
        "complaint",
        "mobile data at work is rubbish",
        {"complaint": "mobile data at work is rubbish"},
        "",
    ),
    (
        "complaint",
        "we have no home internet, just mobile data",
        {"internet_service": "none", "complaint": "we have no home internet, just mobile data"},
        "",
    ),
    # nothing comes to mind
    ("complaint", "can't think of anything off the top of my head, sorry love", {}, "v"),
    ("complaint", "not that i can think of, sorry love", {}, "v"),
    (
        "complaint",
        "sorry, the wifi keeps dropping",
        {"complaint": "sorry, the wifi keeps dropping"},
        "",
    ),
    # too personal
    ("has_partner", "这个问题太私人了", {}, "r"),
    ("age", "这个有些私密", {}, "r"),
    ("has_partner", "私人定制的套餐挺好", {}, ""),
    # a line not pulled in yet, or asked back
    ("internet_service", "没有 村里还没拉过来", {"internet_service": "none"}, ""),
    ("internet_service", "村里还没拉过来", {"internet_service": "none"}, ""),
    ("internet_service", "还没拉，准备下个月装光纤", {"internet_service": "none"}, ""),
    ("internet_service", "山里哪来的光纤啊", {"internet_service": "none"}, ""),
    ("internet_service", "哪有网啊，住山里", {"internet_service": "none"}, ""),
    ("internet_service", "我们家是光纤，哪来的DSL啊", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "哪有光纤办？", {}, ""),
    ("internet_service", "光纤，还没装好路由器", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "用的光纤，宽带费还没交", {"internet_service": "fiber_optic"}, ""),
    ("internet_service", "还没拉黑你们", {}, ""),
    # an intention said in passing after a rating
    (
        "satisfaction",
        "挺满意的，五分，继续用",
        {"satisfaction": 5, "churn_intent": "stay"},
        "",
    ),
    ("satisfaction", "还行，到期再续", {"satisfaction": 3, "churn_intent": "stay"}, ""),
    ("satisfaction", "4分，到期再续吧", {"satisfaction": 4, "churn_intent": "stay"}, ""),
    ("satisfaction", "2分，不续了", {"satisfaction": 2, "churn_intent": "leave"}, ""),
    ("satisfaction", "4分，手机继续用", {"satisfaction": 4}, ""),
    ("satisfaction", "3分，会员不续了", {"satisfaction": 3}, ""),
    ("satisfaction", "1分，他不续了", {"satisfaction": 1}, ""),
    ("satisfaction", "到期再说吧，3分", {"satisfaction": 3}, ""),
    # moving abroad, the move said after the country
    ("churn_intent", "明年要去新西兰了，搬家", {"churn_intent": "leave"}, ""),
    ("churn_intent", "年底搬家去加拿大", {"churn_intent": "leave"}, ""),
    ("churn_intent", "明年要去新西兰旅游", {}, ""),
    # whether others switch
    ("churn_intent", "他们换不换我无所谓，我肯定继续用", {"churn_intent": "stay"}, ""),
    ("churn_intent", "别人走不走我不管，我不走", {"churn_intent": "stay"}, ""),
    ("churn_intent", "换不换无所谓", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "续不续都行", {"churn_intent": "unsure"}, ""),
    # a question about which rival or what happens: no decision
    ("churn_intent", "换啥好呢", {}, ""),
    ("churn_intent", "换哪家好呢", {}, ""),
    ("churn_intent", "到期不续约会怎样？", {}, ""),
    ("churn_intent", "肯定换，换哪家好呢", {"churn_intent": "leave"}, ""),
    ("churn_intent", "继续用呗，还能咋样", {"churn_intent": "stay"}, ""),
    ("satisfaction", "还可以，到期不续约会怎样？", {"satisfaction": 3}, ""),
    # leaving not wanted
    ("churn_intent", "leaving isn't something I want to do", {"churn_intent": "stay"}, ""),
    ("churn_intent", "switching is not something I'd want to do", {"churn_intent": "stay"}, ""),
    ("churn_intent", "switching isn't on the cards", {"churn_intent": "stay"}, ""),
    ("churn_intent", "离开不是我想要的", {"churn_intent": "stay"}, ""),
    ("churn_intent", "leaving is what I want", {"churn_intent": "leave"}, ""),
    # a pastime echoed and turned down
    ("interests", "golf? I'd give it a miss", {}, ""),
    ("interests", "golf? not for me", {}, ""),
    ("interests", "I'd give golf a miss, but I love reading", {"interests": ["reading"]}, ""),
    ("interests", "golf? love it", {"interests": ["sports"]}, ""),
    ("interests", "读书，不喜欢运动", {"interests": ["reading"]}, ""),
    ("interests", "篮球？不感兴趣，我爱看书", {"interests": ["reading"]}, ""),
    # an app not very easy to use
    ("complaint", "APP不太好用", {"complaint": "APP不太好用"}, ""),
    ("complaint", "app不怎么好使", {"complaint": "app不怎么好使"}, ""),
    ("satisfaction", "APP不太好用", {"satisfaction": 2}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round30_choices(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
