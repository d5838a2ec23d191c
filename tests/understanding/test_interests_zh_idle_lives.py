"""Chinese answers to the interests question that name no pastime of the respondent's, and the
pastime words in them that are disowned.

Covers: a pastime of the past given up, with or without a turn of life ("以前爱打篮球，后来胖了
就不打了", "上学的时候爱画画，早就放弃了", "当年喜欢钓鱼，鱼竿早卖了": vague; "我爸以前爱下棋"
and "以前喜欢打篮球，现在还在打" are not); pastimes dropped or uninstalled ("小说早就不看了，游戏
也不玩了"; "游戏卸载了又装回来了" is not); a dislike said first, with more after it ("足球我最
讨厌了，吵死人"; a bare "最讨厌跑步" only turns one down, and "我不讨厌运动，挺喜欢跑步的" and
"她最讨厌足球，我喜欢看球" keep the sport); no free time or days of work and chores
("哪有时间啊，天天上班", "周末一般在加班", "收拾收拾就一天了"; "周末一般在爬山" and "我老公周末一般
在加班" are not); the hobby joked to be money or work ("我的爱好就是赚钱"; not "他的", nor "我的爱好
就是旅游"); nowhere to play, nothing kept up, nothing they can do ("想玩也没地方玩", "三分钟热度",
"看不了书，眼睛不好"); a plan never carried out ("本来想学游泳，一直没去"; not "后来学会了");
a card paid for and hardly used ("健身卡办了一年，去了两次", "健身卡白办了"; not "每周去了两次",
"去了一次就爱上了", and the year held is no time with us); housework ("洗衣服做饭带娃"; not "喜欢
做饭"); sitting by while others watch ("我就坐旁边剥花生"; "我就在旁边看" is not); and Cantonese
pastime words ("行山", "睇波") and home baking ("烤面包").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a pastime of the past, given up
    ("interests", "以前爱弹吉他，手受伤了以后就再没弹过", {}, "v"),
    ("interests", "以前爱打篮球，后来胖了就不打了", {}, "v"),
    ("interests", "当年喜欢钓鱼，鱼竿早卖了", {}, "v"),
    ("interests", "上学的时候爱画画，早就放弃了", {}, "v"),
    ("interests", "年轻时候喜欢拍照，后来相机都送人了", {}, "v"),
    ("interests", "我爸以前爱下棋，后来就不下了", {}, ""),
    # a pastime kept up to this day counts, as in dev
    ("interests", "以前喜欢打篮球，现在还在打", {"interests": ["sports"]}, ""),
    ("interests", "小说早就不看了，游戏也不玩了", {}, "v"),
    ("interests", "游戏卸载了，一心考研", {}, "v"),
    ("interests", "游戏卸载了又装回来了，天天玩", {"interests": ["gaming"]}, ""),
    ("interests", "我儿子游戏卸载了，一心考公", {}, ""),
    # a dislike said first
    ("interests", "足球我最讨厌了，吵死人", {}, "v"),
    ("interests", "最讨厌跑步", {}, ""),
    ("interests", "最烦篮球，我老公天天看", {"has_partner": True}, "v"),
    ("interests", "我不讨厌运动，挺喜欢跑步的", {"interests": ["fitness"]}, ""),
    ("interests", "她最讨厌足球，我喜欢看球", {"interests": ["sports"]}, ""),
    ("interests", "我讨厌跑步，但是很喜欢打羽毛球", {"interests": ["sports"]}, ""),
    # no free time: work, chores
    ("interests", "哪有时间啊，天天上班", {}, "v"),
    ("interests", "周末一般在加班", {}, "v"),
    ("interests", "周末一般在爬山", {"interests": ["sports"]}, ""),
    ("interests", "我老公周末一般在加班", {"has_partner": True}, ""),
    ("interests", "收拾收拾就一天了", {}, "v"),
    ("interests", "全是工作，偶尔看看电影", {"interests": ["movies"]}, ""),
    (
        "interests",
        "我老公哪有业余时间，我倒是喜欢看书",
        {"has_partner": True, "interests": ["reading"]},
        "",
    ),
    ("interests", "洗衣服做饭带娃，一天到晚停不下来", {"has_dependents": True}, "v"),
    ("interests", "喜欢做饭，洗衣服就算了", {"interests": ["food"]}, ""),
    ("interests", "喜欢买衣服逛街", {"interests": ["fashion"]}, ""),
    # the hobby joked to be money or work
    ("interests", "我的爱好就是赚钱", {}, "v"),
    ("interests", "他的爱好就是赚钱", {}, ""),
    ("interests", "我的爱好就是旅游", {"interests": ["travel"]}, ""),
    # nowhere to play, nothing kept up, nothing they can do
    ("interests", "想玩也没地方玩", {}, "v"),
    ("interests", "我们这没地方玩，只能在家打游戏", {"interests": ["gaming"]}, ""),
    ("interests", "三分钟热度", {}, "v"),
    ("interests", "我儿子三分钟热度", {}, ""),
    ("interests", "看不了书，眼睛不好", {}, "v"),
    # a plan never carried out
    ("interests", "本来想学游泳，一直没去", {}, "v"),
    ("interests", "本来想学游泳，后来学会了，现在每周游", {"interests": ["fitness"]}, ""),
    ("interests", "我打算明年学摄影", {"interests": ["photography"]}, ""),
    # a card paid for and hardly used
    ("interests", "健身卡办了一年，去了两次", {}, "v"),
    ("interests", "健身卡白办了", {}, "v"),
    ("interests", "健身卡办了一年，每周去了两次", {"interests": ["fitness"]}, ""),
    ("interests", "健身卡办了，去了一次就爱上了", {"interests": ["fitness"]}, ""),
    ("interests", "我老公健身卡办了一年，去了两次", {"has_partner": True}, ""),
    # sitting by while others watch
    ("interests", "我就坐旁边剥花生", {}, "v"),
    ("interests", "我就在旁边看", {}, ""),
    ("interests", "电视开着当个背景音", {}, "v"),
    # Cantonese pastime words, home baking
    ("interests", "周末行山", {"interests": ["sports"]}, ""),
    ("interests", "打機同睇波", {"interests": ["gaming", "sports"]}, ""),
    ("interests", "平时在家烤烤面包", {"interests": ["food"]}, ""),
    ("interests", "我老公钟意睇波", {"has_partner": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_interests_zh_idle_lives(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
