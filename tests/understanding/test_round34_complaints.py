"""The complaint question, round 34: a repair that took weeks, "nothing specific off the top of
my head", somebody else's trouble with their own provider or at their own place, the question
asked back after an interruption, and "不想用了" closing a complaint.

Covers: a slow repair ("Took 3 weeks to get someone out to fix the line after the storm": a
complaint; but "took me three weeks to get over the flu" and "took 2 weeks to fix my bike" are
none); "can't think of anything specific off the top of my head" (vague); a relative's trouble
with a named provider ("my uncle's with Telstra and his internet is always down", "我姐那边的联通
信号老差": nothing, no flag; but "my nephew's on your network…", "…and my calls drop" and "我家
用的电信宽带老掉线" are complaints); a relative's trouble with the provider cleared ("my sister
can't get a signal at her place, but that's not on you": nothing, no flag; but the respondent's
own bother cleared stays vague, and "…not on you, but my bill is too high" is a complaint); the
question asked back after an interruption ("what was the question again? someone was at the
door": nothing; but not with a fault after it); "不想用了" as a clause of its own after a
complaint (churn_intent leave; but not "不想用手机看视频了" nor "我妈说不想用了"). Rows are
(asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer
and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "complaint",
        "Took 3 weeks to get someone out to fix the line after the storm, three weeks!",
        {
            "complaint": (
                "Took 3 weeks to get someone out to fix the line after the storm, three weeks!"
            )
        },
        "",
    ),
    (
        "complaint",
        "took two weeks to get a tech out after the flood",
        {"complaint": "took two weeks to get a tech out after the flood"},
        "",
    ),
    (
        "complaint",
        "Took a month for them to fix the line, a whole month",
        {"complaint": "Took a month for them to fix the line, a whole month"},
        "",
    ),
    (
        "complaint",
        "took them nearly a month to restore the connection after the cyclone, ridiculous",
        {
            "complaint": (
                "took them nearly a month to restore the connection after the cyclone, ridiculous"
            )
        },
        "",
    ),
    (
        "complaint",
        "it took ten days for an engineer to come and repair the cable "
        "once the road flooded, ten days of nothing",
        {
            "complaint": (
                "it took ten days for an engineer to come and repair the cable "
                "once the road flooded, ten days of nothing"
            )
        },
        "",
    ),
    (
        "complaint",
        "took almost three weeks to get the phone line repaired after the bushfire went through",
        {
            "complaint": (
                "took almost three weeks to get the phone line "
                "repaired after the bushfire went through"
            )
        },
        "",
    ),
    (
        "complaint",
        "台风过后报修，三个星期才来人修线",
        {"complaint": "台风过后报修，三个星期才来人修线"},
        "",
    ),
    (
        "complaint",
        "took me three weeks to get over the flu after the storm, that was a rough patch",
        {},
        "",
    ),
    (
        "complaint",
        "it took 2 weeks to fix my bike after the crash and the whole time it rained",
        {},
        "",
    ),
    (
        "complaint",
        "it took us two weeks to get the garden sorted after the storm went through the town",
        {},
        "",
    ),
    ("complaint", "can't think of anything specific off the top of my head", {}, "v"),
    ("complaint", "can't think of anything in particular off the top of my head", {}, "v"),
    ("complaint", "can't think of anything major right off the top of my head", {}, "v"),
    (
        "complaint",
        "off the top of my head the router drops a lot",
        {"complaint": "off the top of my head the router drops a lot"},
        "",
    ),
    (
        "complaint",
        "my sister can't get a signal at her place in Perth, but that's not on you",
        {},
        "",
    ),
    ("complaint", "my cousin has no coverage at his farm but that's not your fault", {}, ""),
    (
        "complaint",
        "my mum's internet keeps dropping at her flat, nothing to do with you lot",
        {},
        "",
    ),
    ("complaint", "我表哥家信号不好，不怪你们", {}, ""),
    ("complaint", "房东老断网，跟你们没关系", {}, "v"),
    ("complaint", "my landlord keeps switching the wifi off, not your fault", {}, "v"),
    ("complaint", "my mate's phone has no signal at his work, not your problem though", {}, ""),
    ("complaint", "我朋友那边网老断，跟你们没关系", {}, ""),
    (
        "complaint",
        "Only thing bothering me is my neighbour's dog barking "
        "all night, nothing to do with you lot",
        {},
        "v",
    ),
    ("complaint", "my landlord won't fix the heating, not your fault", {}, "v"),
    (
        "complaint",
        "my brother can't get a signal at his place and I can't either, not on you though",
        {},
        "v",
    ),
    (
        "complaint",
        "my brother can't get a signal at his place, not on you, but my bill is too high",
        {
            "complaint": (
                "my brother can't get a signal at his place, not on you, but my bill is too high"
            )
        },
        "",
    ),
    ("complaint", "my uncle's with Telstra and his internet is always down, useless mob", {}, ""),
    ("complaint", "my mate is on Optus and his signal is rubbish", {}, ""),
    ("complaint", "my niece uses Vodafone and her data runs out every week", {}, ""),
    ("complaint", "我姐那边的联通信号老差", {}, ""),
    ("complaint", "我表哥家用的移动宽带老掉线", {}, ""),
    (
        "complaint",
        "my nephew's on your network and his calls drop all the time",
        {"complaint": "my nephew's on your network and his calls drop all the time"},
        "",
    ),
    (
        "complaint",
        "my nephew's on Vodacom and my calls drop all the time",
        {"complaint": "my nephew's on Vodacom and my calls drop all the time"},
        "",
    ),
    (
        "complaint",
        "我家的网老断，我朋友那边的电信也老断网",
        {"complaint": "我家的网老断，我朋友那边的电信也老断网"},
        "",
    ),
    ("complaint", "我朋友说你们的网老断", {"complaint": "我朋友说你们的网老断"}, ""),
    (
        "complaint",
        "I'm on Vodacom and my calls drop all the time",
        {"complaint": "I'm on Vodacom and my calls drop all the time"},
        "",
    ),
    ("complaint", "我家用的电信宽带老掉线", {"complaint": "我家用的电信宽带老掉线"}, ""),
    ("complaint", "what was the question again? someone was at the door", {}, ""),
    ("complaint", "sorry, what did you ask? had to grab the door", {}, ""),
    (
        "complaint",
        "sorry, what was the question again? anyway the internet is slow",
        {"complaint": "sorry, what was the question again? anyway the internet is slow"},
        "",
    ),
    (
        "complaint",
        "what was the question again? had to restart the router because it keeps dropping",
        {
            "complaint": (
                "what was the question again? had to restart the router because it keeps dropping"
            )
        },
        "",
    ),
    ("complaint", "你刚问啥来着？刚去招呼客人了", {}, ""),
    (
        "complaint",
        "网速慢得要死，不想用了",
        {"churn_intent": "leave", "complaint": "网速慢得要死，不想用了"},
        "",
    ),
    (
        "complaint",
        "信号太差了，真不想用了",
        {"churn_intent": "leave", "complaint": "信号太差了，真不想用了"},
        "",
    ),
    (
        "complaint",
        "客服态度差，不想再用你们的了",
        {"churn_intent": "leave", "complaint": "客服态度差，不想再用你们的了"},
        "",
    ),
    (
        "complaint",
        "信号差，实在不想用下去了",
        {"churn_intent": "leave", "complaint": "信号差，实在不想用下去了"},
        "",
    ),
    (
        "complaint",
        "网速太慢，不想用手机看视频了",
        {"complaint": "网速太慢，不想用手机看视频了"},
        "",
    ),
    ("complaint", "网太慢了，我妈说不想用了", {"complaint": "网太慢了，我妈说不想用了"}, ""),
    ("satisfaction", "2分，不想用了", {"churn_intent": "leave", "satisfaction": 2}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round34_complaints(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
