"""Answers to the complaint question that mention trouble but give no complaint.

Covers: a fault told and then fixed, the provider left behind, the staff praised and another
person's trouble set against one's own, each ending in "nothing now" (vague: "之前断过一次网
第二天就修好了 现在没啥不满意的", "EE were dreadful when I was with them, you've been much
better", "my sisters bill is always wrong but mine is ok"), with a space between Chinese words
parting clauses; trouble only with a former provider and questions about complaining or cheaper
offers (neither: "之前用移动嗰阵先至惨，成日冇信号", "投诉要打边个电话？"); Cantonese "冇嘢好讲",
chat "u" for "you", and "受够了" / "fed up" as a grievance. Near misses keep the complaint: a fault
that goes on or was never fixed, a clause with a fault beside the praise, a rival no better.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

C = "complaint"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (C, "之前断过一次网 第二天就修好了 现在没啥不满意的 用了快四年了", {"tenure_months": 48}, "v"),
    (C, "挺好的 客服小姐姐态度特别好 没什么要吐槽的", {}, "v"),
    (C, "你们有没有便宜点的宽带套餐 推荐一下", {}, ""),
    (C, "之前用联通的时候天天掉线 换过来以后好多了 没啥不满意", {}, "v"),
    (C, "隔壁用电信的邻居天天骂电信 我们家这边还好", {}, "v"),
    (
        C,
        "合约到期我就转去电信，受够了",
        {"churn_intent": "leave", "complaint": "合约到期我就转去电信，受够了"},
        "",
    ),
    (C, "之前用移动嗰阵先至惨，成日冇信号", {}, ""),
    (C, "断网嗰次师傅即日就修好，真系冇乜好投诉", {}, "v"),
    (C, "投诉要打边个电话？", {}, ""),
    (C, "都几好，客服小姐好有耐性", {}, "v"),
    (C, "冇嘢好讲，多谢", {}, "v"),
    (C, "my old provider was the worst, u guys are fine", {}, "v"),
    (C, "had a billing mistake in march but they fixed it same day, so nothing now", {}, "v"),
    (C, "been with u 5 years no issues", {"tenure_months": 60}, "v"),
    (C, "my sisters bill is always wrong but mine is ok", {}, "v"),
    (
        C,
        "No complaints at all, the signal's been grand since you put the new mast up, "
        "and I've been with you eight years.",
        {"tenure_months": 96},
        "v",
    ),
    (
        C,
        "The signal used to drop at the farm, "
        "but your engineer sorted it last month, so nothing now.",
        {},
        "v",
    ),
    (C, "EE were dreadful when I was with them, you've been much better.", {}, "v"),
    (C, "之前断过一次网，第二天就修好了，现在没啥不满意的", {}, "v"),
    (C, "之前断过一次网 到现在还没修好", {C: "之前断过一次网 到现在还没修好"}, ""),
    (
        C,
        "之前断过一次网 第二天就修好了 但现在又开始断了",
        {C: "之前断过一次网 第二天就修好了 但现在又开始断了"},
        "",
    ),
    (C, "断网那次师傅当天就修好了，真没啥好投诉的", {}, "v"),
    (C, "断网嗰次师傅即日就修好，但系而家又断", {C: "断网嗰次师傅即日就修好，但系而家又断"}, ""),
    (C, "客服态度特别好 没什么要吐槽的", {}, "v"),
    (C, "客服态度特别好 就是网速太慢", {C: "客服态度特别好 就是网速太慢"}, ""),
    (C, "客服态度特别差", {C: "客服态度特别差"}, ""),
    (C, "客服小姐好有耐性，不过网速好慢", {C: "客服小姐好有耐性，不过网速好慢"}, ""),
    (C, "之前用联通的时候天天掉线，换过来以后好多了", {}, "v"),
    (
        C,
        "之前用联通的时候天天掉线 换过来以后也一样",
        {C: "之前用联通的时候天天掉线 换过来以后也一样"},
        "",
    ),
    (C, "之前用移动的时候信号很差", {}, ""),
    (
        C,
        "之前用移动的时候信号很差，现在你们也一样",
        {C: "之前用移动的时候信号很差，现在你们也一样"},
        "",
    ),
    (C, "以前用电信老断网，你们现在也经常断", {C: "以前用电信老断网，你们现在也经常断"}, ""),
    (C, "隔壁邻居天天骂电信 我们家这边还好", {}, "v"),
    (C, "隔壁邻居天天骂电信 我们家也经常断", {C: "隔壁邻居天天骂电信 我们家也经常断"}, ""),
    (C, "没啥好讲的", {}, "v"),
    (C, "投诉要打哪个电话？", {}, ""),
    (C, "怎么投诉啊？", {}, ""),
    (C, "投诉了三次都没人理", {C: "投诉了三次都没人理"}, ""),
    (C, "打了投诉电话也没用", {C: "打了投诉电话也没用"}, ""),
    (C, "你们有没有便宜点的套餐 推荐一下", {}, ""),
    (C, "套餐太贵了，有没有便宜点的", {C: "套餐太贵了，有没有便宜点的"}, ""),
    (C, "受够了，天天断网", {C: "受够了，天天断网"}, ""),
    (
        C,
        "my old provider was the worst, you guys are even worse",
        {C: "my old provider was the worst, you guys are even worse"},
        "",
    ),
    (C, "EE were dreadful, you're no better", {C: "EE were dreadful, you're no better"}, ""),
    (
        C,
        "had a billing mistake in march and it's still not fixed",
        {C: "had a billing mistake in march and it's still not fixed"},
        "",
    ),
    (
        C,
        "they fixed it same day but it dropped again the next week",
        {C: "they fixed it same day but it dropped again the next week"},
        "",
    ),
    (
        C,
        "the signal used to drop at the farm, "
        "but your engineer sorted it last month, so nothing now",
        {},
        "v",
    ),
    (
        C,
        "the signal used to drop at the farm and it still does",
        {C: "the signal used to drop at the farm and it still does"},
        "",
    ),
    (
        C,
        "my sisters bill is always wrong and mine is too",
        {C: "my sisters bill is always wrong and mine is too"},
        "",
    ),
    (
        C,
        "been with u 5 years and the wifi drops every night",
        {"tenure_months": 60, "complaint": "been with u 5 years and the wifi drops every night"},
        "",
    ),
    (C, "u guys keep putting the price up", {C: "u guys keep putting the price up"}, ""),
    (C, "how do I make a complaint?", {}, ""),
    (C, "who do I call to complain?", {}, ""),
    (
        C,
        "how do I make a complaint, the wifi has been down for a week",
        {C: "how do I make a complaint, the wifi has been down for a week"},
        "",
    ),
    (C, "do you have any cheaper plans?", {}, ""),
    (
        C,
        "your plans are too expensive, do you have any cheaper ones?",
        {C: "your plans are too expensive, do you have any cheaper ones?"},
        "",
    ),
    (C, "I'm fed up with the constant dropouts", {C: "I'm fed up with the constant dropouts"}, ""),
    (
        C,
        "no signal at all once the boat's past the breakwater, what good is that",
        {C: "no signal at all once the boat's past the breakwater, what good is that"},
        "",
    ),
    (C, "the engineer was lovely, no complaints", {}, "v"),
    (
        C,
        "the engineer was lovely but the wifi still drops",
        {C: "the engineer was lovely but the wifi still drops"},
        "",
    ),
    (
        C,
        "they never fixed it, so nothing now I guess",
        {C: "they never fixed it, so nothing now I guess"},
        "",
    ),
    (C, "没多久就修好了，现在没啥问题", {}, "v"),
    (
        C,
        "the wifi was down for a week last month, they still haven't fixed it",
        {C: "the wifi was down for a week last month, they still haven't fixed it"},
        "",
    ),
    (C, "之前老掉线，师傅来了也没修好", {C: "之前老掉线，师傅来了也没修好"}, ""),
    (C, "师傅不太耐心", {C: "师傅不太耐心"}, ""),
    (C, "师傅修好了，人很好", {}, "v"),
    (C, "跟之前那家一样烂", {C: "跟之前那家一样烂"}, ""),
    (C, "信号一直都好好的，就是贵", {C: "信号一直都好好的，就是贵"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_complaints_mentions(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
