"""Complaints that are none of the service's now, intentions that are puns or hypotheses, and
ratings given to something else."""

from __future__ import annotations

import pytest

from .conftest import check_reading

C = "complaint"
P = "churn_intent"
S = "satisfaction"


def _c(text: str) -> tuple[str, str, dict[str, object], str]:
    """A complaint kept as said."""
    return (C, text, {C: " ".join(text.split())}, "")


CASES = [
    # praise by comparison: nothing wrong with the service (vague)
    (C, "my last provider was rubbish, you lot are miles better", {}, "v"),
    (C, "honestly my old provider was awful, you're loads better", {}, "v"),
    (C, "BT was terrible, you're much better", {}, "v"),
    (C, "you're way better than Virgin", {}, "v"),
    (C, "you guys are loads better than Vodafone", {}, "v"),
    (C, "以前那家运营商信号很差，你们强多了", {}, "v"),
    (C, "以前用联通老断网，你们稳多了", {}, "v"),
    (C, "用联通的时候老断网，你们好太多了", {}, "v"),
    _c("you're better than my last provider but the wifi still drops every night"),
    _c("my old provider was bad, but you're also slow at night"),
    _c("以前那家太差，你们也没好到哪去"),
    # another firm's prices or service, another person's replies: neither
    (C, "Netflix keeps putting their prices up", {}, ""),
    (C, "Spotify keeps raising their prices", {}, ""),
    (C, "Netflix is too expensive", {}, ""),
    (C, "爱奇艺老是涨价", {}, ""),
    (C, "美团外卖越来越贵了", {}, ""),
    (C, "Deliveroo is always late", {}, ""),
    (C, "my landlord never answers his phone", {}, ""),
    (C, "my boss never replies to emails", {}, ""),
    (C, "my mum never picks up when I call", {}, ""),
    (C, "房东从来不接电话", {}, ""),
    (C, "我妈从来不接电话", {}, ""),
    _c("Netflix keeps buffering on your network"),
    _c("Netflix keeps buffering"),
    _c("爱奇艺老是卡"),
    _c("your prices keep going up"),
    _c("Netflix keeps putting their prices up, and so do you"),
    _c("爱奇艺老是涨价，你们也涨"),
    _c("the Netflix add-on on my bill went up"),
    (C, "银行卡扣费扣了两次", {"payment_method": "bank_transfer", C: "银行卡扣费扣了两次"}, ""),
    _c("your customer service never answers the phone"),
    _c("my landlord never answers his phone and the wifi is slow"),
    # a fault that is over: vague
    (C, "以前网老断，现在好多了", {}, "v"),
    (C, "刚开始网速慢，后来修好了", {}, "v"),
    (C, "以前客服很差，现在改进了", {}, "v"),
    (C, "以前经常断网，现在没问题了", {}, "v"),
    (C, "之前老掉线，师傅来修好了", {}, "v"),
    (C, "前段时间网速很慢，现在正常了", {}, "v"),
    (C, "the signal used to be bad but it's fine now", {}, "v"),
    (C, "used to drop all the time, sorted now", {}, "v"),
    (C, "it used to be slow but you fixed it", {}, "v"),
    (C, "had some issues when I first joined but all sorted now", {}, "v"),
    _c("以前网老断，现在还是断"),
    _c("以前网老断，现在偶尔还断"),
    _c("之前老掉线，师傅来了也没修好"),
    _c("以前网老断，现在好多了，就是晚上还是慢"),
    _c("以前挺好的，现在老断"),
    _c("it used to be great, now it's slow"),
    _c("the wifi used to drop, they said it was fixed but it still drops"),
    _c("it was slow at first, fixed now but the bill is wrong"),
    # a leaving echoed and answered with being home: a pun, no answer
    (P, "leave? I just got home", {}, ""),
    (P, "leave? I only just got in", {}, ""),
    (P, "leave? we just got back from work", {}, ""),
    (P, "走？我刚到家", {}, ""),
    (P, "走？我刚进门", {}, ""),
    (P, "leave? I only just got here", {P: "stay"}, ""),
    (P, "走？我才刚来", {P: "stay"}, ""),
    (P, "leave? not a chance", {P: "stay"}, ""),
    # what switching would be: staying (the idiom), no plan (the hypothesis)
    (P, "out of the frying pan into the fire, that's what switching would be", {P: "stay"}, ""),
    (P, "switching would be out of the frying pan into the fire", {P: "stay"}, ""),
    (
        P,
        "out of the frying pan into the fire, that's what switching would be, so no",
        {P: "stay"},
        "",
    ),
    (P, "switching would be worse", {P: "stay"}, ""),
    (P, "leaving would be a mistake", {P: "stay"}, ""),
    (P, "switching would just be more hassle", {P: "stay"}, ""),
    (P, "换了只会更差", {P: "stay"}, ""),
    (P, "换？那是出了狼窝又进虎穴", {P: "stay"}, ""),
    (P, "换了就是刚出狼窝又入虎口", {P: "stay"}, ""),
    (P, "switching would be better", {P: "leave"}, ""),
    (P, "我要换，你们更差", {P: "leave"}, ""),
    (P, "涨价了就换", {P: "unsure"}, ""),
    (P, "the grass isn't greener", {P: "stay"}, ""),
    (P, "天下乌鸦一般黑，换了也没用", {P: "stay"}, ""),
    (P, "grass is always greener, I know, but I'm switching anyway", {P: "leave"}, ""),
    (P, "天下乌鸦一般黑，但我还是要换", {P: "leave"}, ""),
    # switching something else, a goodbye to the chat
    (P, "I'm switching off the TV", {}, ""),
    (P, "switch it off and on again, that's my plan", {}, ""),
    (P, "switching on to Vodafone next month", {P: "leave"}, ""),
    (P, "我要走了，拜拜", {}, ""),
    (P, "gotta go, bye", {}, ""),
    (P, "I'm switching in March", {P: "leave"}, ""),
    (P, "switching on the 1st of March", {P: "leave"}, ""),
    (P, "我要走了，合约到期就走", {P: "leave"}, ""),
    (P, "leaving for Vodafone", {P: "leave"}, ""),
    # ratings given to something else
    (S, "我给那家外卖打了5星", {}, ""),
    (S, "rated the new Marvel film a 2", {}, ""),
    (S, "gave my Uber driver 5 stars", {}, ""),
    (S, "the weather today is a solid 2 out of 5", {}, ""),
    (S, "the weather's a 2", {}, ""),
    (S, "my dentist gets 5 stars from me", {}, ""),
    (S, "Netflix gets a 4 from me", {}, ""),
    (S, "Vodafone would get a 2", {}, ""),
    (S, "I'd give your competitors a 1", {}, ""),
    (S, "我给移动打2分", {}, ""),
    (S, "联通的话我只给1分", {}, ""),
    (S, "今天天气只能打2分", {}, ""),
    (S, "房东我给1分", {}, ""),
    (S, "Vodafone I'd give a 2, you a 4", {S: 4}, ""),
    (S, "给美团打了1星，你们的话4分吧", {S: 4}, ""),
    (S, "比之前用的移动好多了，4分", {S: 4}, ""),
    (S, "移动数据老断，我给2分", {S: 2}, ""),
    (S, "the service gets a 4 from me", {S: 4}, ""),
    (S, "you guys get a 4", {S: 4}, ""),
    (S, "the movie was a 2, your service a 5", {S: 5}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)
