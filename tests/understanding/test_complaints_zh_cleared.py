"""Chinese answers to the complaint question that clear the provider, talk about something
else, or set somebody else's word against the respondent's own line.

Covers: a rival's or another person's failings with the provider or the respondent's own
line said to be fine ("移动的信号才叫烂 你们家还行", "隔壁邻居家的网老断 我家倒是没事",
"隔壁老李讲你们网差，我倒没觉着": vague; "我家的网老断 邻居家倒是没事", "隔壁老李讲你们网差"
stay complaints); praise of the service or its staff, a fault repaired, and "nothing" said
behind a hedge ("店里的阿姨态度好，宽带也稳，挑不出毛病", "非要说的话…也没有", "目前来说
一切正常": vague; "网蛮快的，就是晚上卡", "店里的阿姨态度好，宽带也稳，就是贵" stay
complaints); the question's own words echoed about the respondent's life or another person
("老板天天画大饼 这个能投诉吗", "要说不满意，就是我自己工资太低") and how to complain asked
without a question mark ("要投诉的话打哪个电话"): neither (but "网老断，这个能投诉吗"
complains); somebody else's praise set against the respondent's own fault ("隔壁说你们挺好，
我家就是慢": a complaint).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

C = "complaint"


def _said(text: str, **more: Any) -> dict[str, Any]:
    return {C: text, **more}


CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a rival's or somebody else's failings, the provider or one's own line fine
    (C, "移动的信号才叫烂 你们家还行", {}, "v"),
    (C, "联通的客服才叫差劲 你们还可以", {}, "v"),
    (C, "电信那边套路太多了 所以才换到你们这的 你们目前没毛病", {}, "v"),
    (C, "以前用移动老掉线 后来就转到你们家了 目前挺好", {}, "v"),
    (C, "新加坡那边的电讯贵到死，你们算okay啦", {}, "v"),
    (C, "隔壁邻居家的网老断 我家倒是没事", {}, "v"),
    (C, "我姐家的宽带天天卡 我家倒是挺好的", {}, "v"),
    (C, "隔壁老李讲你们网差，我倒没觉着", {}, "v"),
    (C, "我同事说你们贵，我倒不觉得", {}, "v"),
    (C, "隔壁老李讲你们网差", _said("隔壁老李讲你们网差"), ""),
    (C, "隔壁老李讲你们网差，我也觉得差", _said("隔壁老李讲你们网差，我也觉得差"), ""),
    (C, "我家的网老断 邻居家倒是没事", _said("我家的网老断 邻居家倒是没事"), ""),
    (C, "隔壁邻居家的网老断 我家也老断", _said("隔壁邻居家的网老断 我家也老断"), ""),
    (C, "移动的信号才叫烂 你们家也差不多", _said("移动的信号才叫烂 你们家也差不多"), ""),
    (C, "新加坡那边的电讯贵到死，你们也不便宜", _said("新加坡那边的电讯贵到死，你们也不便宜"), ""),
    (
        C,
        "移动的信号才叫烂 你们家还行 就是贵了点",
        _said("移动的信号才叫烂 你们家还行 就是贵了点"),
        "",
    ),
    (C, "移动的信号才叫烂 你们家还行吗？", _said("移动的信号才叫烂 你们家还行吗？"), ""),
    (
        C,
        "电信那边套路太多了 换到你们这 网又老断",
        _said("电信那边套路太多了 换到你们这 网又老断"),
        "",
    ),
    # somebody else's praise, the respondent's own fault
    (
        C,
        "隔壁说你们挺好，我家就是慢，楼上邻居家的WiFi都比我家快",
        _said("隔壁说你们挺好，我家就是慢，楼上邻居家的WiFi都比我家快"),
        "",
    ),
    (
        C,
        "朋友说你们挺好，结果我办了以后天天掉线",
        _said("朋友说你们挺好，结果我办了以后天天掉线"),
        "",
    ),
    (C, "朋友都说你们挺好，我用着也没啥问题", {}, "v"),
    # praise of the service and its staff, a repair, nothing
    (C, "之前断网报修 师傅第二天就上门修好了 效率可以 没什么不满的", {}, "v"),
    (C, "之前断网报修 到现在还没修好", _said("之前断网报修 到现在还没修好"), ""),
    (C, "客服小姐姐态度很好 这点要夸一下 其他没啥", {}, "v"),
    (C, "客服小姐姐态度很好 就是网速太慢", _said("客服小姐姐态度很好 就是网速太慢"), ""),
    (C, "客服小姐姐态度好差", _said("客服小姐姐态度好差"), ""),
    (C, "店里的阿姨态度好，宽带也稳，挑不出毛病", {}, "v"),
    (C, "店里的阿姨态度好，宽带也稳，就是贵", _said("店里的阿姨态度好，宽带也稳，就是贵"), ""),
    (C, "店里的阿姨态度好，宽带不稳", _said("店里的阿姨态度好，宽带不稳"), ""),
    (C, "师傅装机很专业，这点要夸一下", {}, "v"),
    (C, "没啥不满意的，网蛮快的", {}, "v"),
    (C, "没啥不满意的，网蛮慢的", _said("没啥不满意的，网蛮慢的"), ""),
    (C, "网蛮快的，就是晚上卡", _said("网蛮快的，就是晚上卡"), ""),
    (C, "没有没有都挺好的我妈用着也说好", {}, "v"),
    (C, "没有没有都挺好的我妈用着也说好慢", _said("没有没有都挺好的我妈用着也说好慢"), ""),
    (C, "我妈用着说不好用", _said("我妈用着说不好用"), ""),
    # "nothing" behind a hedge
    (C, "emmm 硬要挑的话也挑不出来", {}, "v"),
    (C, "硬要挑的话 就是贵", _said("硬要挑的话 就是贵"), ""),
    (C, "非要说的话…也没有 哈哈 用着挺顺", {}, "v"),
    (C, "非要说的话…就是客服电话难打", _said("非要说的话…就是客服电话难打"), ""),
    (C, "目前来说 一切正常 👌", {}, "v"),
    (C, "一切正常，就是账单看不懂", _said("一切正常，就是账单看不懂"), ""),
    (C, "说不上来，反正就是感觉哪里怪怪的", {}, "v"),
    (C, "说不上来，反正就是网速怪怪的", _said("说不上来，反正就是网速怪怪的"), ""),
    (C, "其他没啥，就是信号差", _said("其他没啥，就是信号差"), ""),
    (C, "哈哈", {}, ""),
    # the question's words echoed about something else, and how to complain
    (C, "老板天天画大饼 这个能投诉吗哈哈", {}, ""),
    (C, "我老婆嫌我回家太晚，这个你们管不了吧", {"has_partner": True}, ""),
    (C, "不满意的地方？我对我的发际线最不满意😂", {}, ""),
    (C, "要说不满意，就是我自己工资太低哈哈", {}, ""),
    (C, "要投诉的话打哪个电话", {}, ""),
    (C, "投诉电话是多少", {}, ""),
    (C, "想投诉找谁", {}, ""),
    (C, "网老断，这个能投诉吗", _said("网老断，这个能投诉吗"), ""),
    (C, "你们客服态度差 这个能投诉吗", _said("你们客服态度差 这个能投诉吗"), ""),
    (C, "要说不满意，就是网速太慢", _said("要说不满意，就是网速太慢"), ""),
    (C, "不满意的地方？信号差", _said("不满意的地方？信号差"), ""),
    (
        C,
        "我老婆嫌网太慢，这个你们管不了吧",
        _said("我老婆嫌网太慢，这个你们管不了吧", has_partner=True),
        "",
    ),
    (C, "要投诉的话打哪个电话，网断了三天了", _said("要投诉的话打哪个电话，网断了三天了"), ""),
    (C, "我对我的套餐最不满意", _said("我对我的套餐最不满意"), ""),
    (C, "我要投诉", _said("我要投诉"), ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_complaints_zh_cleared(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
