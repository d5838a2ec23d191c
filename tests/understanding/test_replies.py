"""Refusals, vague answers, commands, yes/no replies and language detection."""

from __future__ import annotations

import pytest

from bot.survey import Survey
from bot.understanding import Command, detect_language, parse_yes_no

from .conftest import check_reading, read, values

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


# Each rule: rows it fixes, then near misses where the same words still give the value.
READINGS_BY_CLASS = [
    # a softened or formal "不方便" declines too ("不大方便讲", "不便告知"), not a hassle named
    ("monthly_spend", "这个不大方便讲", {}, "r"),
    ("age", "年龄不便告知", {}, "r"),
    ("contract", "签长了不大方便，按月付的", {"contract": "month_to_month"}, ""),
    # a habit of not giving such facts out, not sharing something else
    ("city", "sorry, I never give out my address", {}, "r"),
    ("age", "nah, we don't tell people how old we are", {}, "r"),
    (
        "monthly_spend",
        "I don't share the bill with anyone, it's 45 a month",
        {"monthly_spend": 45.0},
        "",
    ),
    # the name left to the bot, in chat spellings ("啥", "watever", "你定")
    ("name", "叫啥都成", {}, "v"),
    ("name", "call me watever u like", {}, "v"),
    ("name", "名字嘛，你定吧", {}, "v"),
    ("name", "叫我阿杰，其实叫啥都行", {"name": "阿杰"}, ""),
    ("name", "call me Wotan", {"name": "Wotan"}, ""),
    # after a nickname others use, the name the respondent consents to or prefers
    ("name", "My mates call me Shorty. Plain Mark is fine tbh", {"name": "Mark"}, ""),
    ("name", "my friends call me Jojo but I prefer Joanna", {"name": "Joanna"}, ""),
    ("name", "my mates call me Kat", {"name": "Kat"}, ""),
    # a form filled in gives the gender field, not another person's gender
    ("age", "年龄：52 性别：男", {"age": 52, "gender": "male"}, ""),
    ("city", "City: Leeds / Sex: F", {"city": "Leeds", "gender": "female"}, ""),
    ("age", "41，我女儿性别女", {"age": 41}, ""),
    ("age", "Age: 41. My son's gender: male", {"age": 41}, ""),
    # a scale named with another maximum anywhere; the slot's own scale named is fine
    ("satisfaction", "用百分制来评，能有90分", {}, "v"),
    ("satisfaction", "on a ten-point scale I'd go 7", {}, "v"),
    ("satisfaction", "五分制的话给4分", {"satisfaction": 4}, ""),
    ("satisfaction", "打4分，网速十分快", {"satisfaction": 4}, ""),
    ("satisfaction", "I'd give it 4, ten out of ten for the staff though", {"satisfaction": 4}, ""),
    # sarcasm: only a fool would, or the option echoed and "I'm no fool"
    ("churn_intent", "续约？我又没病", {"churn_intent": "leave"}, ""),
    ("churn_intent", "Renew? Do I look stupid?", {"churn_intent": "leave"}, ""),
    ("churn_intent", "傻瓜才会换，你们是最便宜的", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I'm not crazy about the app but I'll renew", {"churn_intent": "stay"}, ""),
    ("churn_intent", "续约啊，我又不傻，这么便宜", {"churn_intent": "stay"}, ""),
    # nowhere else to go, asked rhetorically, in any word order
    ("churn_intent", "用了这么多年，还能跑到哪儿去", {"churn_intent": "stay"}, ""),
    ("churn_intent", "where would I even go, they're all the same", {"churn_intent": "stay"}, ""),
    ("churn_intent", "不知道还能去哪，都挺烂的", {}, "v"),
    # a rival's price is no bill; a past one before the present price neither
    ("churn_intent", "联通那边新用户一个月39，你们不便宜点我就换", {"churn_intent": "unsure"}, ""),
    ("monthly_spend", "以前在联通每月100，现在每月60", {"monthly_spend": 60.0}, ""),
    # moving to another country is leaving; a trip or somebody else's move is not
    ("churn_intent", "we're relocating to Canada in the spring", {"churn_intent": "leave"}, ""),
    ("churn_intent", "年底要搬去日本了", {"churn_intent": "leave"}, ""),
    ("churn_intent", "去日本旅游了一周，回来继续用", {"churn_intent": "stay"}, ""),
    (
        "churn_intent",
        "my daughter is moving to Canada, but I'll keep my plan",
        {"churn_intent": "stay"},
        "",
    ),
    # no trouble had, nothing about the provider, or somebody else's trouble and "mine's fine"
    ("complaint", "never had any bother with you", {}, "v"),
    ("complaint", "nothing about the service, my commute is killing me", {}, "v"),
    ("complaint", "my mum's broadband keeps dropping, mine's fine", {}, "v"),
    (
        "complaint",
        "never had trouble until last week when it dropped for two days",
        {"complaint": "never had trouble until last week when it dropped for two days"},
        "",
    ),
    (
        "complaint",
        "my wife's phone is fine but mine keeps dropping",
        {"complaint": "my wife's phone is fine but mine keeps dropping", "has_partner": True},
        "",
    ),
    (
        "complaint",
        "nothing about you lot, but the app keeps logging me out",
        {"complaint": "nothing about you lot, but the app keeps logging me out"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), READINGS_BY_CLASS)
def test_readings_by_class(
    survey: Survey, asked: str, text: str, expected: dict[str, object], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
