"""Interests mentioned without being the respondent's, in answers to the hobbies question.

Covers: Cantonese, Wu and traditional-character pastime words ("煲剧", "烧小菜", "養貓", "購物");
an activity done for somebody that does not hand the next one to them ("cooking for the family
and watching Korean dramas"); a Cantonese "我个仔" as the son, whose pastime is his; the job's
workplace or field ("我喺游戏公司做嘢", "I work in tech", "tech all day") and an activity done until
sick of it ("做饭做到吐") as no pastime; being dragged to the gym as no pastime; and answers that
are vague because no pastime is the respondent's now: one given up ("以前好钟意打篮球，而家膝头唔得
喇", "used to play guitar but haven't in years"), somebody else's with "me nothing really" or
"冇乜嗜好", days spent minding or ferrying the children ("我就在家带娃", "i just drive him"),
dislikes only ("唔钟意行街，更加唔钟意运动"), work that leaves one sick of it
("放工就唔想再掂游戏"),
rest wished for ("I just want peace and quiet"), Cantonese "边有时间" and "瞓觉算唔算". Near misses
keep their readings: a pastime kept up or named beside them, another person's past pastime, a
partner's hobby with the respondent along ("I just tag along"), "那边有时间再说". Rows are (asked
slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer and ""
otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("interests", "打机、煲剧", {"interests": ["gaming", "movies"]}, ""),
    ("interests", "周末煲剧", {"interests": ["movies"]}, ""),
    ("interests", "阿拉欢喜烧小菜，还有出去旅游", {"interests": ["food", "travel"]}, ""),
    ("interests", "平时烧菜", {"interests": ["food"]}, ""),
    ("interests", "追劇、逛街，還有養貓", {"interests": ["fashion", "movies", "pets"]}, ""),
    ("interests", "釣魚和攝影", {"interests": ["photography"]}, ""),
    ("interests", "購物、化妝", {"interests": ["fashion"]}, ""),
    (
        "interests",
        "I like cooking Filipino food for the family and watching Korean dramas with my apo.",
        {"interests": ["food", "movies"]},
        "",
    ),
    (
        "interests",
        "I like baking for my kids and reading",
        {"has_dependents": True, "interests": ["food", "reading"]},
        "",
    ),
    ("interests", "my husband cooks for the family and watches movies", {"has_partner": True}, ""),
    ("interests", "我個仔鍾意打機，我自己冇乜嗜好", {}, "v"),
    ("interests", "我个仔钟意打机", {}, ""),
    ("interests", "我个人钟意打机", {"interests": ["gaming"]}, ""),
    ("interests", "我个女钟意跳舞，我钟意睇戏", {"interests": ["movies"]}, ""),
    ("has_dependents", "我个仔今年八岁", {"has_dependents": True}, ""),
    ("has_partner", "我个女朋友好靓", {"has_partner": True}, ""),
    ("interests", "冇乜特别，瞓觉算唔算？😂", {}, "v"),
    ("interests", "没啥特别，睡觉算不算？", {}, "v"),
    ("interests", "没啥特别，刷抖音算不算？", {}, ""),
    ("interests", "返工都忙死，边有时间搞爱好", {}, "v"),
    ("interests", "那边有时间再说", {}, ""),
    ("interests", "我喺游戏公司做嘢，放工就唔想再掂游戏", {}, "v"),
    ("interests", "我在游戏公司上班", {}, ""),
    ("interests", "我在游戏公司上班，平时也爱玩游戏", {"interests": ["gaming"]}, ""),
    ("interests", "下班就不想再碰电脑", {}, "v"),
    ("interests", "下班就想玩游戏", {"interests": ["gaming"]}, ""),
    ("interests", "开饭店的 天天做饭做到吐 下班只想睡觉", {}, "v"),
    ("interests", "做饭做到半夜也开心", {"interests": ["food"]}, ""),
    ("interests", "I'm sick of cooking, I prefer reading", {"interests": ["reading"]}, ""),
    ("interests", "i work in IT so tech all day, at home i just sleep lol", {}, "v"),
    ("interests", "I work in tech", {}, ""),
    ("interests", "I love tech", {"interests": ["technology"]}, ""),
    ("interests", "I work from home so I play games all day", {"interests": ["gaming"]}, ""),
    ("interests", "my gf drags me to the gym lol, not really my thing", {"has_partner": True}, "v"),
    ("interests", "my gf got me into the gym", {"has_partner": True, "interests": ["fitness"]}, ""),
    (
        "interests",
        "I go to the gym with my gf",
        {"has_partner": True, "interests": ["fitness"]},
        "",
    ),
    (
        "interests",
        "老婆拉我去健身房，现在我爱上了健身",
        {"has_partner": True, "interests": ["fitness"]},
        "",
    ),
    ("interests", "以前好钟意打篮球，而家膝头唔得喇", {}, "v"),
    ("interests", "以前喜欢钓鱼，现在膝盖不行了", {}, "v"),
    ("interests", "我以前爱打球，现在没时间了", {}, "v"),
    # a pastime kept up to this day counts, as in dev
    ("interests", "以前喜欢打篮球，现在还在打", {"interests": ["sports"]}, ""),
    ("interests", "以前喜欢打篮球，现在喜欢跑步", {"interests": ["fitness"]}, ""),
    ("interests", "我爸以前爱打乒乓球，现在腿不行了", {}, ""),
    ("interests", "used to play guitar but havent in years", {}, "v"),
    ("interests", "i used to do boxing back in Turkey but now no time", {}, "v"),
    ("interests", "I used to play rugby for Llanelli but my knees gave up years ago.", {}, "v"),
    # a pastime kept up to this day counts, as in dev
    ("interests", "used to play guitar and still do", {"interests": ["music"]}, ""),
    ("interests", "I used to box but now I run", {}, ""),
    ("interests", "my dad used to play golf but his knees gave up", {}, ""),
    (
        "interests",
        "my 10 year old is obsessed with roblox, me nothing really",
        {"has_dependents": True},
        "v",
    ),
    ("interests", "my wife reads a lot, me nothing much", {"has_partner": True}, "v"),
    ("interests", "me nothing really", {}, "v"),
    ("interests", "我老公爱钓鱼 我就在家带娃", {"has_partner": True, "has_dependents": True}, "v"),
    (
        "interests",
        "我老公爱钓鱼，一到周末就往水库跑，留我一个人在家带娃",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    ("interests", "我老婆爱跳广场舞，我就在旁边看", {"has_partner": True}, ""),
    (
        "interests",
        "my son plays football every saturday, i just drive him lol",
        {"has_dependents": True},
        "v",
    ),
    (
        "interests",
        "my husband's into golf, I just tag along for the cart ride haha",
        {"has_partner": True},
        "",
    ),
    ("interests", "唔钟意行街，更加唔钟意运动", {}, "v"),
    ("interests", "不喜欢运动", {}, "v"),
    ("interests", "不喜欢运动，喜欢看书", {"interests": ["reading"]}, ""),
    ("interests", "not into sports", {}, "v"),
    ("interests", "I don't like sport but I love reading", {"interests": ["reading"]}, ""),
    (
        "interests",
        "I spent 30 years as a photographer for the Western Mail, now I'm 74 and I just want peace"
        " and quiet.",
        {"age": 74},
        "v",
    ),
    ("interests", "I just want peace and quiet and a good book", {"interests": ["reading"]}, ""),
    ("interests", "我老公爱打游戏", {"has_partner": True}, ""),
    # "冇乜用" (useless) after the Cantonese 乜 reads as 啥: a judgement, no hedge
    (
        "internet_service",
        "冇装宽带啊，我成日喺外面跑，返屋企都系用手机热点。装嚟都冇乜用，浪费钱。",
        {"internet_service": "none"},
        "",
    ),
    (
        "internet_service",
        "没装宽带啊，我成日在外面跑，返屋企都系用手机热点。装来都没啥用，浪费钱。",
        {"internet_service": "none"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_interests_mentions(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
