"""Chinese answers to the complaint question that clear the provider or are about something else.

Covers: who the respondent is and what they need before "no problems yet" ("我做直播的，对网要求
高，目前还没遇到过问题": vague); another household's rival line and its faults in a clause with no
subject of its own ("隔壁老王家用电信的，天天断，我们家没事": vague; "…我们家也天天断" and "…你们
的也老卡" stay complaints); "nothing" in formal or turned-round words ("各项指标均在预期范围之内",
"暂无需要反馈的问题", "问题倒没有"), praise of the provider as a whole ("你们还算良心了"),
family finding no fault ("我孙子说你们的网打游戏不卡"), an unnamed unease ("说不上来，就是感觉哪里
不太对劲"), a promise to tell later and a question about offers by the way (all vague, but
"问题倒没有，就是套餐太贵了" is not); and answers about something else: a bad day of one's own
("今天抽卡又歪了，心态炸裂", "被主任骂了一顿"), a question about complaining ("投诉了有补偿吗？",
"想投诉的话该找谁？打客服还是去营业厅？"), which part is meant ("你是说网络方面，还是收费方面？"),
a thing that is not the provider's broken ("我们广场舞的音响坏了，你们管不管修？"; a router is the
service's) and a joke about the survey (all neither, but each with a fault of the service said
besides stays a complaint).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("complaint", "唉，今天又被我们主任骂了一顿，心情差得很", {}, ""),
    ("complaint", "你是说网络方面，还是收费方面？", {}, ""),
    ("complaint", "我们广场舞的音响坏了，你们管不管修？", {}, ""),
    ("complaint", "我孙子说你们的网打游戏不卡，他满意我就满意", {}, "v"),
    ("complaint", "我做直播的，对网要求高，目前还没遇到过问题", {}, "v"),
    ("complaint", "隔壁老王家用电信的，天天断，我们家没事", {}, "v"),
    ("complaint", "说不上来，就是感觉哪里不太对劲", {}, "v"),
    ("complaint", "一切正常，各项指标均在预期范围之内，暂无需要反馈的问题。", {}, "v"),
    ("complaint", "我想先问一下，投诉了有补偿吗？", {}, ""),
    ("complaint", "哈哈，你们是不是被骂多了才搞这个问卷", {}, ""),
    ("complaint", "我表妹用的别家，老说卡，我们这边倒没啥", {}, "v"),
    ("complaint", "想不起来了，下次遇到再跟你们说", {}, "v"),
    ("complaint", "移动那边才叫坑，你们还算良心了，没啥好挑的", {}, "v"),
    ("complaint", "想投诉的话该找谁？打客服还是去营业厅？", {}, ""),
    ("complaint", "隔壁老王家用的电信，天天断网，幸好我没装他们家的，我这边没啥问题", {}, "v"),
    ("complaint", "今天抽卡又歪了，心态炸裂", {}, ""),
    ("complaint", "问题倒没有，就是想问下有没有新人优惠", {}, "v"),
    ("complaint", "我是开网店的，对网速要求比较高，目前都挺好", {}, "v"),
    ("complaint", "俺是跑滴滴的，用流量多，目前没啥问题", {}, "v"),
    (
        "complaint",
        "我做外卖的，对网要求高，你们的网老卡",
        {"complaint": "我做外卖的，对网要求高，你们的网老卡"},
        "",
    ),
    (
        "complaint",
        "我做直播的，对网要求高，目前还没遇到过问题呵呵",
        {"complaint": "我做直播的，对网要求高，目前还没遇到过问题呵呵"},
        "",
    ),
    (
        "complaint",
        "隔壁老王家用电信的，天天断，我们家也天天断",
        {"complaint": "隔壁老王家用电信的，天天断，我们家也天天断"},
        "",
    ),
    (
        "complaint",
        "隔壁老王家用电信的，天天断，我们家没事，就是贵",
        {"complaint": "隔壁老王家用电信的，天天断，我们家没事，就是贵"},
        "",
    ),
    (
        "complaint",
        "隔壁老王家用电信的，天天断，你们的也老卡",
        {"complaint": "隔壁老王家用电信的，天天断，你们的也老卡"},
        "",
    ),
    (
        "complaint",
        "我用电信的，天天断，别的还好",
        {"complaint": "我用电信的，天天断，别的还好"},
        "",
    ),
    ("complaint", "邻居家用联通的，老掉线，我家没毛病", {}, "v"),
    (
        "complaint",
        "下次遇到再跟你们说，现在网老断",
        {"complaint": "下次遇到再跟你们说，现在网老断"},
        "",
    ),
    ("complaint", "暂时没有需要反馈的问题", {}, "v"),
    ("complaint", "下次遇到再跟你们说吧", {}, "v"),
    ("complaint", "我朋友用移动的，信号差，我家你们的信号挺好", {}, "v"),
    (
        "complaint",
        "我朋友用移动的，信号差，我家的也差",
        {"complaint": "我朋友用移动的，信号差，我家的也差"},
        "",
    ),
    ("complaint", "问题倒没有，就是网有点慢", {"complaint": "问题倒没有，就是网有点慢"}, ""),
    ("complaint", "问题倒没有，就是套餐太贵了", {"complaint": "问题倒没有，就是套餐太贵了"}, ""),
    (
        "complaint",
        "移动那边才叫坑，你们还算良心了，就是网慢",
        {"complaint": "移动那边才叫坑，你们还算良心了，就是网慢"},
        "",
    ),
    ("complaint", "我孙子说你们的网打游戏太卡", {"complaint": "我孙子说你们的网打游戏太卡"}, ""),
    (
        "complaint",
        "我孙子说你们的网打游戏不卡，但我看电视老卡",
        {"complaint": "我孙子说你们的网打游戏不卡，但我看电视老卡"},
        "",
    ),
    ("complaint", "网就是感觉哪里不太对劲", {"complaint": "网就是感觉哪里不太对劲"}, ""),
    (
        "complaint",
        "隔壁老王家用的电信，天天断网，我也天天断网",
        {"complaint": "隔壁老王家用的电信，天天断网，我也天天断网"},
        "",
    ),
    ("complaint", "今天又被老板骂了，心情很差", {}, ""),
    ("complaint", "心情差得很，网又卡", {"complaint": "心情差得很，网又卡"}, ""),
    (
        "complaint",
        "被主任骂了一顿，回家网还断了",
        {"complaint": "被主任骂了一顿，回家网还断了"},
        "",
    ),
    ("complaint", "今天抽卡又歪了，网还卡", {"complaint": "今天抽卡又歪了，网还卡"}, ""),
    ("complaint", "打游戏老卡，心态炸裂", {"complaint": "打游戏老卡，心态炸裂"}, ""),
    ("complaint", "投诉了有用吗？", {}, ""),
    (
        "complaint",
        "投诉了有补偿吗？网断了三天了",
        {"complaint": "投诉了有补偿吗？网断了三天了"},
        "",
    ),
    ("complaint", "网老断，想投诉的话该找谁？", {"complaint": "网老断，想投诉的话该找谁？"}, ""),
    (
        "complaint",
        "你是说网络方面，还是收费方面？收费太乱了",
        {"complaint": "你是说网络方面，还是收费方面？收费太乱了"},
        "",
    ),
    ("complaint", "是指收费还是网速？", {}, ""),
    (
        "complaint",
        "我家路由器坏了，你们管不管修？",
        {"complaint": "我家路由器坏了，你们管不管修？"},
        "",
    ),
    ("complaint", "我家冰箱坏了，你们能修吗", {}, ""),
    (
        "complaint",
        "你们是不是被骂多了才搞这个问卷，网速这么慢",
        {"complaint": "你们是不是被骂多了才搞这个问卷，网速这么慢"},
        "",
    ),
    ("complaint", "你们怎么突然搞这个调查？", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_complaints_zh_offside(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
