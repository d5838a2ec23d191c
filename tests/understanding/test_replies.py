"""Refusals, vague answers, commands, yes/no replies and language detection."""

from __future__ import annotations

import pytest

from bot.survey import Survey
from bot.understanding import Command, detect_language, parse_yes_no

from .conftest import read, values

REFUSALS = [
    ("age", "年龄保密"),
    ("age", "不方便说"),
    ("age", "保密哈"),
    ("age", "I'd rather not share my age"),
    ("age", "none of your business lol"),
    ("name", "不想说名字"),
    ("name", "名字就不留了"),
    ("name", "prefer not to say"),
    ("name", "skip"),
    ("gender", "这个不想说"),
    ("gender", "rather not say"),
    ("city", "不想透露具体位置"),
    ("city", "I'd prefer not to say where I live"),
    ("has_partner", "这个就不说了吧"),
    ("has_partner", "I'd rather keep that private"),
    ("has_dependents", "家里的事不方便说"),
    ("has_dependents", "that's personal"),
    ("tenure_months", "not telling"),
    ("contract", "I'd rather not discuss my contract"),
    ("monthly_spend", "花多少钱就不说了"),
    ("payment_method", "pass"),
    ("satisfaction", "不想打分"),
    ("satisfaction", "I'd rather not rate"),
    ("complaint", "不想说了"),
    ("complaint", "I don't want to go into it"),
    ("churn_intent", "no comment"),
    ("churn_intent", "这个不方便透露"),
    ("interests", "爱好就不说了"),
    ("internet_service", "skip this one please"),
]


@pytest.mark.parametrize(("asked", "text"), REFUSALS)
def test_refusals(survey: Survey, asked: str, text: str) -> None:
    result = read(survey, asked, text)
    assert result.refused
    assert not result.vague
    assert result.for_slot(asked) is None


def test_refusal_keeps_other_slots(survey: Survey) -> None:
    result = read(survey, "age", "年龄保密，不过我在上海")
    assert result.refused
    assert values(result) == {"city": "Shanghai"}


VAGUE = [
    ("age", "岁数不小了哈哈"),
    ("age", "old enough 😅"),
    ("age", "ha, I stopped counting"),
    ("city", "到处跑，没有固定的城市"),
    ("city", "all over the place really, I travel for work"),
    ("has_partner", "算是有吧…说不清楚"),
    ("has_partner", "it's complicated"),
    ("has_dependents", "kind of, it's a long story"),
    ("tenure_months", "用了好多年了"),
    ("tenure_months", "不记得了"),
    ("tenure_months", "no idea, ages"),
    ("tenure_months", "几个月吧"),
    ("contract", "不记得签了多久"),
    ("contract", "not sure tbh"),
    ("internet_service", "不清楚"),
    ("internet_service", "还行吧，够用"),
    ("internet_service", "no idea what it's called"),
    ("monthly_spend", "记不清了，几十块吧"),
    ("monthly_spend", "hmm, depends on the month"),
    ("payment_method", "不记得了，都是家里人交"),
    ("satisfaction", "不好说"),
    ("satisfaction", "hard to say"),
    ("complaint", "说不上来"),
    ("complaint", "没什么"),
    ("complaint", "还行"),
    ("complaint", "就是不好"),
    ("complaint", "just bad"),
    ("complaint", "nothing really"),
    ("complaint", "can't really put my finger on it"),
    ("complaint", "都挺好的，没什么不满意"),
    ("interests", "随便吧"),
    ("interests", "the usual stuff"),
    ("name", "随便叫"),
]


@pytest.mark.parametrize(("asked", "text"), VAGUE)
def test_vague(survey: Survey, asked: str, text: str) -> None:
    result = read(survey, asked, text)
    assert result.vague
    assert not result.refused
    assert result.for_slot(asked) is None


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("age", "lol is this a bot?"),
        ("monthly_spend", "你们是星联官方的吗？"),
        ("satisfaction", "wait, who is this?"),
        ("contract", "hold on, let me check my bill"),
        ("city", "等一下，我先接个电话"),
    ],
)
def test_off_topic_is_neither_vague_nor_refused(survey: Survey, asked: str, text: str) -> None:
    result = read(survey, asked, text)
    assert (result.vague, result.refused, result.proposals, result.command) == (
        False,
        False,
        [],
        None,
    )


def test_vague_answer_can_still_fill_other_slots(survey: Survey) -> None:
    result = read(survey, "payment_method", "my wife handles the bills, no idea")
    assert result.vague
    assert values(result) == {"has_partner": True}


COMMANDS = [
    ("暂停", Command.stop),
    ("先这样吧", Command.stop),
    ("先暂停一下", Command.stop),
    ("我要退出", Command.stop),
    ("下次再聊", Command.stop),
    ("stop", Command.stop),
    ("Pause", Command.stop),
    ("later", Command.stop),
    ("can we continue later?", Command.stop),
    ("查看我的数据", Command.show_data),
    ("我想看看我的信息", Command.show_data),
    ("show my data", Command.show_data),
    ("what data do you have on me", Command.show_data),
    ("删除我的数据", Command.delete_data),
    ("请删除我所有的信息", Command.delete_data),
    ("delete my data please", Command.delete_data),
    ("please erase my answers", Command.delete_data),
    ("请说中文", Command.switch_zh),
    ("can you speak Chinese", Command.switch_zh),
    ("English please", Command.switch_en),
    ("can you speak English?", Command.switch_en),
    ("能说英文吗", Command.switch_en),
]


@pytest.mark.parametrize(("text", "command"), COMMANDS)
def test_commands(survey: Survey, text: str, command: Command) -> None:
    for asked in ("age", None):
        result = read(survey, asked, text)
        assert result.command == command
        assert result.proposals == []
        assert not result.refused and not result.vague


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("churn_intent", "I'll decide later"),
        ("churn_intent", "以后再说"),
        ("complaint", "the app makes me stop and restart it all the time"),
        ("age", "等一下"),
    ],
)
def test_answers_are_not_commands(survey: Survey, asked: str, text: str) -> None:
    assert read(survey, asked, text).command is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("好的", True),
        ("好", True),
        ("可以", True),
        ("同意", True),
        ("行", True),
        ("嗯", True),
        ("嗯嗯，开始吧", True),
        ("没问题！", True),
        ("ok", True),
        ("OK 👍", True),
        ("sure", True),
        ("yes please", True),
        ("Yep", True),
        ("of course", True),
        ("sure, why not", True),
        ("不要", False),
        ("不同意", False),
        ("算了", False),
        ("不用了，谢谢", False),
        ("no", False),
        ("nope", False),
        ("No thanks", False),
        ("not now", False),
        ("嗯…算了，不要", False),
        ("你们是谁", None),
        ("what is this for?", None),
        ("25", None),
        ("", None),
    ],
)
def test_parse_yes_no(text: str, expected: bool | None) -> None:
    assert parse_yes_no(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我25岁", "zh"),
        ("我用的fiber", "zh"),
        ("I live in 上海", "en"),
        ("I'm 25", "en"),
        ("English please", "en"),
        ("ADSL", "zh"),
        ("好的 ok", "zh"),
        ("Shanghai", "en"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_language_falls_back_to_hint_for_digits(survey: Survey) -> None:
    assert read(survey, "age", "25", lang_hint="en").lang == "en"
    assert read(survey, "age", "２５", lang_hint="zh").lang == "zh"
    assert read(survey, "age", "25岁", lang_hint="en").lang == "zh"
    assert detect_language("123", default="en") == "en"
