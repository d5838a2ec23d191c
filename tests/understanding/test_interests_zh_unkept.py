"""Chinese answers to the interests question that name no pastime the respondent keeps.

Covers: a card or class paid for and never used ("办了张健身卡，一次都没去过",
"报了个游泳班 去了一次就放弃了": vague; "每周去三次", "去了一次就爱上了" stay; a
roommate's invitation turned down is no answer); a pastime disliked, said topic first
("足球我最讨厌了", "看书？我一看书就犯困"; "足球我最喜欢了", "我一看书就停不下来" stay);
words of a pastime that mean something else ("读书的时候" the school years, "天天给一家人
做饭" a chore, "天天对着电脑回邮件" office work, "猫冬" / "在家猫着" lying low, "吃灰"
gathering dust; "喜欢给家人做饭", "在家撸猫" stay); no hobby said topic first or in
dialect ("爱好的话真没有", "𠊎冇么个爱好", "hobby是什么，能吃吗"; not of the husband); a
past pastime given up in the last clause ("以前喜欢打篮球 毕业后就再没摸过球了"; not the
father's, not one taken up again); days of work and sleep only ("平时要加班 周末补觉
没了"); no leisure ("无闲", "唔得闲"; not "没闲着"); idling ("也就发发呆"); only keeping
others company ("我只负责坐旁边陪着"; "我每周陪着去" is no answer); "腿脚不方便" as no
refusal; folk songs as music ("唱客家山歌"); a lesson of the kind children take as a child
shown ("女儿在学钢琴"); and "看看再说" as no intention under another question.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a
vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

_I = "interests"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # paid for and never used
    (_I, "办了张健身卡 一次都没去过 哈哈哈", {}, "v"),
    (_I, "上个月报了个游泳班 去了一次就放弃了", {}, "v"),
    (_I, "我也报了个瑜伽课，去了两次就不去了", {}, "v"),
    (_I, "买了把吉他，一次都没弹过", {}, ""),
    (_I, "吉他买了半年，一直在吃灰", {}, ""),
    (_I, "办了张健身卡，每周去三次", {"interests": ["fitness"]}, ""),
    (_I, "报了个游泳班，去了一次就爱上了", {"interests": ["fitness"]}, ""),
    (_I, "室友办了张健身卡，一次都没去过", {}, ""),
    (_I, "我室友天天喊我去健身房，我一次都没去过，你们会员能送健身卡吗？", {}, ""),
    # disliked, topic first
    (_I, "足球我最讨厌了，吵死人，别的也没什么爱好", {}, "v"),
    (_I, "看书？我一看书就犯困，别的也没啥", {}, "v"),
    (_I, "足球我最喜欢了", {"interests": ["sports"]}, ""),
    (_I, "足球我最讨厌了，篮球还行", {"interests": ["sports"]}, ""),
    (_I, "看书不喜欢被打扰", {"interests": ["reading"]}, ""),
    (_I, "我一看书就停不下来", {"interests": ["reading"]}, ""),
    # words that mean something else
    (_I, "读书的时候爱画画，现在上班了啥都不搞了", {}, "v"),
    (_I, "读书的时候爱打篮球，现在还打", {"interests": ["sports"]}, ""),
    (_I, "我喜欢读书", {"interests": ["reading"]}, ""),
    (_I, "天天给一家人做饭，哪有工夫搞爱好", {}, "v"),
    (_I, "喜欢给家人做饭", {"interests": ["food"]}, ""),
    (_I, "做外贸的，天天对着电脑回邮件，哪有空玩", {}, "v"),
    (_I, "我喜欢玩电脑", {"interests": ["technology"]}, ""),
    (_I, "种地的，农闲就在家猫冬，也没啥爱好", {}, "v"),
    (_I, "周末就在家猫着", {}, ""),
    (_I, "在家撸猫", {"interests": ["pets"]}, ""),
    # no hobby, topic first, in dialect, as a joke
    (_I, "电视一直开着当背景音 其实根本没在看 爱好的话真没有", {}, "v"),
    (_I, "电视一天到晚开着，就图个声音，其实我也不看，要说爱好真没有", {}, "v"),
    (_I, "爱好没有，就是爱看书", {"interests": ["reading"]}, ""),
    (_I, "老公爱好没有", {"has_partner": True}, ""),
    (_I, "𠊎冇么个爱好，日日就係做事", {}, "v"),
    (_I, "每天都在lab赶实验，hobby是什么，能吃吗", {}, "v"),
    (_I, "爱好是什么意思？", {}, ""),
    # a past pastime given up
    (_I, "以前喜欢打篮球 毕业后就再没摸过球了", {}, "v"),
    (_I, "以前喜欢出去旅游，现在腿脚不方便，不去了", {}, "v"),
    (_I, "小时候学过钢琴，现在不弹了", {}, "v"),
    (_I, "以前喜欢打篮球，现在改踢足球了", {"interests": ["sports"]}, ""),
    (_I, "我爸以前爱钓鱼，现在不钓了", {}, ""),
    (_I, "上学那会儿爱踢球，工作后就再也没踢过", {}, "v"),
    (_I, "我老公以前爱打篮球，毕业后就再没摸过球了", {"has_partner": True}, ""),
    # work and sleep only; no leisure; idling; keeping others company
    (_I, "平时要加班 周末补觉 没了", {}, "v"),
    (_I, "白天上班 晚上睡觉 就这些", {}, "v"),
    (_I, "平时上班，周末去爬山", {"interests": ["sports"]}, ""),
    (_I, "做生理个人，日日看铺，无闲", {}, "v"),
    (_I, "退休了也没闲着", {}, ""),
    (_I, "男朋友是游戏狂 我对游戏一点兴趣都没有 平时也就发发呆", {"has_partner": True}, "v"),
    (_I, "老公平时也就发发呆", {"has_partner": True}, ""),
    (_I, "女儿在学钢琴 我只负责坐旁边陪着 自己五音不全😂", {"has_dependents": True}, "v"),
    (_I, "我每周陪着去", {}, ""),
    (_I, "我闺蜜超爱唱K，我五音不全从来不去", {}, ""),
    # folk songs; bodily inconvenience; wait and see under another question
    (_I, "𠊎中意唱客家山歌，也喜欢煲汤", {"interests": ["food", "music"]}, ""),
    (_I, "喜欢听民歌", {"interests": ["music"]}, ""),
    (_I, "歌手我不认识几个", {}, ""),
    ("age", "腿脚不方便", {}, ""),
    ("age", "年龄不方便哈", {}, "r"),
    (_I, "我在学钢琴", {"interests": ["music"]}, ""),
    (_I, "你们会员有什么权益 我看看再说", {}, ""),
    ("churn_intent", "我看看再说", {"churn_intent": "unsure"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_interests_zh_unkept(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
