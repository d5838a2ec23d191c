"""Refusals in more voices and hedges that give no value, read exactly.

Pins down: Northern "唠" and "甭" closing the answer ("这个就不跟你唠了吧", "名字就甭说了哈") and
a kind of topic not told ("这个涉及钱的不说"); what was said called enough ("that's all you need to
know", "你知道这个就行了"), which declines only the rest after an answer; a yes-or-no answered
both ways ("算有又不算有"); wondering how it counts, then the case told ("这咋算呢，老人有时候过来
住几天"), with elders and grandchildren who only come to stay no dependents; a generation in its
common misspellings ("millenial lol"); children counted by their stage of life, whose count is no
age ("two teenagers at home"); free time slept away ("i just sleep on my days off"). Each table
has near misses that keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import check_reading

Case = tuple[str, str, dict[str, Any], str]

NORTHERN_AND_KINDS: list[Case] = [
    # Northern "唠" and "甭": declined as the last words
    ("name", "名字就甭说了哈", {}, "r"),
    ("has_partner", "这个就不跟你唠了吧", {}, "r"),
    ("interests", "爱好这个就不唠了哈", {}, "r"),
    ("name", "名字甭提了", {}, "r"),
    ("name", "甭说了", {}, "r"),
    ("age", "年龄就甭唠了", {}, "r"),
    ("age", "岁数甭说了吧", {}, "r"),
    ("has_partner", "感情的事就甭唠了", {}, "r"),
    ("has_partner", "咱不唠这个", {}, "r"),
    ("has_partner", "不唠了", {}, "r"),
    ("has_partner", "这个不想跟你唠", {}, "r"),
    ("has_dependents", "家里的事就不跟你们唠了", {}, "r"),
    ("city", "住哪儿就不唠了哈", {}, "r"),
    ("monthly_spend", "钱的事甭提了", {}, "r"),
    ("gender", "这个甭讲了", {}, "r"),
    # near misses: a sigh after an answer, a gripe, put off, nagging, a chat as a pastime, a goodbye
    ("has_partner", "刚离，甭提了", {"has_partner": False}, ""),
    ("has_partner", "刚离，甭说了", {"has_partner": False}, ""),
    ("satisfaction", "甭提了，天天断网", {}, ""),
    ("name", "甭提了", {}, ""),
    ("has_partner", "说来话长，回头有空再跟你唠", {}, ""),
    ("has_partner", "我老婆不唠叨", {"has_partner": True}, ""),
    ("has_partner", "老公天天跟我唠", {"has_partner": True}, ""),
    ("has_partner", "有对象，别的不唠了", {"has_partner": True}, ""),
    ("name", "叫我老周就成，您呐甭客气", {"name": "老周"}, ""),
    ("interests", "以前爱跟邻居唠嗑，后来搬家就不唠了", {}, ""),
    ("interests", "平时就爱唠嗑", {}, ""),
    ("has_dependents", "不跟你唠了，我得去接孩子", {"has_dependents": True}, ""),
    # a kind of topic not told, as the last words
    ("payment_method", "这个涉及钱的不说", {}, "r"),
    ("payment_method", "涉及银行卡的我都不说", {}, "r"),
    ("payment_method", "涉及到钱的就不说了哈", {}, "r"),
    ("payment_method", "跟钱有关的一律不谈", {}, "r"),
    ("monthly_spend", "涉及钱的不说", {}, "r"),
    ("monthly_spend", "关于收入的我就不透露了", {}, "r"),
    ("monthly_spend", "关于钱的嘛，不说", {}, "r"),
    ("has_dependents", "涉及家里人的不聊", {}, "r"),
    ("has_partner", "关于感情的就不说了", {}, "r"),
    ("city", "涉及住址的我一般不透露", {}, "r"),
    ("age", "跟年龄相关的不答", {}, "r"),
    ("payment_method", "牵扯到银行的不讲", {}, "r"),
    ("payment_method", "这个涉及支付信息的我不告诉", {}, "r"),
    ("has_partner", "关于对象的我都不聊", {}, "r"),
    ("interests", "涉及私生活的就不谈了", {}, "r"),
    ("name", "涉及个人信息的不说", {}, "r"),
    ("payment_method", "涉及钱的我都不说，别问了", {}, "r"),
    # near misses: the kind said with something else, or no refusal
    ("payment_method", "涉及钱的都是我老公管", {"has_partner": True}, "v"),
    ("payment_method", "别的不说，反正是支付宝", {}, "v"),
    (
        "monthly_spend",
        "涉及钱的事我老婆管，一个月一百二",
        {"has_partner": True, "monthly_spend": 120.0},
        "",
    ),
    ("complaint", "关于网速的问题，晚上老卡", {"complaint": "关于网速的问题，晚上老卡"}, ""),
    ("satisfaction", "关于服务的不说别的，四分吧", {"satisfaction": 4}, ""),
    ("monthly_spend", "关于钱的我老婆最清楚", {"has_partner": True}, "v"),
    ("has_partner", "关于感情的事，我单身", {"has_partner": False}, ""),
    ("monthly_spend", "涉及流量的不多，一个月五十", {"monthly_spend": 50.0}, ""),
]

ENOUGH_SAID: list[Case] = [
    # what was said called enough: nothing more told
    (
        "city",
        "Mate I've got the fibre, that's all you need to know",
        {"internet_service": "fiber_optic"},
        "r",
    ),
    ("city", "I pay on time, that's all you need", {}, "r"),
    ("has_dependents", "I'm happy here, that's all I'm telling you", {}, "r"),
    ("city", "all you need to know is I pay on time", {}, "r"),
    ("city", "I'm a customer, that's all ya need to know", {}, "r"),
    (
        "city",
        "been with you ten years, that is all u need to know lol",
        {"tenure_months": 120},
        "r",
    ),
    ("age", "I'm old enough to vote, that's all you gotta know", {}, "r"),
    ("payment_method", "我用光纤，你知道这个就行了", {"internet_service": "fiber_optic"}, "r"),
    ("city", "我交钱准时，你知道这个就行了", {}, "r"),
    ("monthly_spend", "我用的光纤，知道这些就够了", {"internet_service": "fiber_optic"}, "r"),
    # said after the answer, only the rest is declined
    ("gender", "Female, that's all you need to know", {"gender": "female"}, ""),
    ("gender", "male, that's all I'm saying", {"gender": "male"}, ""),
    ("city", "Leeds, that's all you need to know", {"city": "Leeds"}, ""),
    ("gender", "女，你知道这个就行了", {"gender": "female"}, ""),
    ("city", "在杭州，你知道这个就行了", {"city": "Hangzhou"}, ""),
    # near misses: nothing said before it, a need met, a memory run out, advice, a question
    ("city", "that's all you need to know", {}, ""),
    ("age", "that's all ya need to know", {}, ""),
    ("city", "ok that's all you need to know", {}, ""),
    ("city", "Mate, that's all you need to know", {}, ""),
    ("city", "你知道这个就行了", {}, ""),
    ("city", "嗯，你知道这个就行了", {}, ""),
    ("city", "fibre, that's all I need", {"internet_service": "fiber_optic"}, ""),
    ("contract", "that's all I know", {}, "v"),
    ("internet_service", "pay 70 a month, that's all i care about", {"monthly_spend": 70.0}, ""),
    ("internet_service", "that's all you need for streaming", {}, ""),
    ("city", "知道这个就行了吗？", {}, ""),
    ("monthly_spend", "too much!! that's all I know", {}, "v"),
]

BOTH_WAYS_AND_COUNTED: list[Case] = [
    # answered both ways: "算有又不算有"
    ("has_partner", "咋说呢，算有又不算有", {}, "v"),
    ("has_partner", "算有又不算有", {}, "v"),
    ("has_partner", "有也不算有吧", {}, "v"),
    ("has_partner", "说有吧又不算有", {}, "v"),
    ("has_partner", "算是有，但又不算有", {}, "v"),
    ("has_partner", "有吧，可又不算有", {}, "v"),
    ("has_partner", "怎么说呢，算有也不算有", {}, "v"),
    ("has_dependents", "说有也不算有", {}, "v"),
    ("has_dependents", "算有又不算有，我妈偶尔来住", {}, "v"),
    ("has_partner", "算是有又不太算有", {}, "v"),
    ("has_partner", "有，但也不算有", {}, "v"),
    # near misses: a yes, then a thing not had; a no; a plain hedge
    ("has_partner", "有，不算有钱", {"has_partner": True}, ""),
    ("has_partner", "有对象，也不算有钱", {"has_partner": True}, ""),
    ("has_partner", "有一个，也不算有多爱", {"has_partner": True}, ""),
    ("has_partner", "有，也不算有啥负担", {"has_partner": True}, ""),
    ("has_dependents", "有俩娃，不算有负担", {"has_dependents": True}, ""),
    ("has_partner", "没有，也不算有", {"has_partner": False}, ""),
    ("has_partner", "有", {"has_partner": True}, ""),
    ("has_partner", "算有吧", {}, "v"),
    ("has_partner", "有又没有的", {}, "v"),
    ("has_partner", "怎么说呢，算有也算没有", {}, "v"),
    # wondering how it counts, then the case told; elders and grandchildren only visiting
    ("has_dependents", "这咋算呢，老人有时候过来住几天", {}, "v"),
    ("has_dependents", "这怎么算呢，老人有时候过来住几天", {}, "v"),
    ("has_dependents", "咋算呢，爸妈偶尔来住一阵", {}, "v"),
    ("has_dependents", "这个怎么算，老人时不时来住几天", {}, "v"),
    ("has_dependents", "这咋算呢，我妈偶尔来我这住几天", {}, "v"),
    ("has_dependents", "这可咋算呢，孙子暑假过来住一个月", {}, "v"),
    ("has_dependents", "这咋算呢…老人冬天过来住几个月", {}, "v"),
    ("has_dependents", "看怎么算吧，我妈偶尔来我这住几天", {}, "v"),
    ("has_dependents", "这个咋算呢…不好说", {}, "v"),
    ("has_dependents", "老人有时候过来住几天", {}, ""),
    ("has_dependents", "老人偶尔来住一阵", {}, ""),
    ("has_dependents", "老人家隔段时间来住几天", {}, ""),
    ("has_dependents", "孙子暑假过来住一个月", {}, ""),
    ("has_dependents", "老人冬天过来住几个月", {}, ""),
    ("has_dependents", "老人偶尔来住", {}, ""),
    # near misses: a question back, elders who moved in or are kept, own children
    ("has_dependents", "这咋算呢", {}, ""),
    ("has_dependents", "这咋算呢？", {}, ""),
    ("has_dependents", "这咋算呢，老人偶尔来住，算吗？", {}, ""),
    ("has_dependents", "啥叫需要抚养？爷爷奶奶偶尔住我家算吗", {}, ""),
    ("has_dependents", "这算啥，老人算不算？", {}, ""),
    ("has_dependents", "这咋算呢，我有俩娃", {"has_dependents": True}, ""),
    ("has_dependents", "老人跟我们一起住", {"has_dependents": True}, ""),
    ("has_dependents", "家里有老人", {"has_dependents": True}, ""),
    ("has_dependents", "老人过来帮忙带孩子", {"has_dependents": True}, ""),
    ("has_dependents", "老人过来住了，以后跟我们过", {"has_dependents": True}, ""),
    ("has_dependents", "老人有时候过来住几天，平时我每月给他们打钱", {"has_dependents": True}, ""),
    ("has_dependents", "家里两个老人要养，有时候来住几天", {"has_dependents": True}, ""),
    ("has_dependents", "儿子周末回来住两天", {"has_dependents": True}, ""),
    ("monthly_spend", "这个月话费咋算的，老是多扣", {}, ""),
    ("monthly_spend", "一百二，这咋算呢，有时候多有时候少", {"monthly_spend": 120.0}, ""),
    ("satisfaction", "这咋算呢，网速还行吧", {"satisfaction": 3}, ""),
]

GENERATIONS_AND_COUNTS: list[Case] = [
    # a generation, in its common spellings: vague
    ("age", "millenial lol", {}, "v"),
    ("age", "milennial", {}, "v"),
    ("age", "millenials lol", {}, "v"),
    ("age", "a milenial if that helps", {}, "v"),
    ("age", "geriatric millenial", {}, "v"),
    ("age", "millennial lol", {}, "v"),
    ("age", "Millenial, married, no kids", {"has_partner": True, "has_dependents": False}, "v"),
    ("age", "elder millenial 😅", {}, "v"),
    ("age", "millenial, if that counts", {}, "v"),
    ("age", "proper millenial me", {}, "v"),
    ("age", "I'm a millenial", {}, "v"),
    ("age", "milenial haha", {}, "v"),
    ("age", "Gen Z", {}, "v"),
    ("age", "gen x lol", {}, "v"),
    ("age", "xennial", {}, "v"),
    # near misses: an age given beside it; the millennium; the name question
    ("age", "I'm 34, a millenial", {"age": 34}, ""),
    ("age", "millenial, 36 to be exact", {"age": 36}, ""),
    ("age", "millenium baby", {}, ""),
    ("age", "born in the millennium", {}, ""),
    ("name", "millenial lol", {}, ""),
    ("name", "millennial lol", {}, ""),
    ("name", "Millie", {"name": "Millie"}, ""),
    # children counted by their stage of life: the count is no age
    ("age", "Old enough to have two teenagers at home 😂", {"has_dependents": True}, "v"),
    ("age", "old enough to have 2 teenagers", {"has_dependents": True}, "v"),
    ("age", "got two teenagers at home, so old enough", {"has_dependents": True}, "v"),
    ("age", "two teenagers at home", {"has_dependents": True}, ""),
    ("age", "two teens at home", {"has_dependents": True}, ""),
    ("age", "two toddlers", {"has_dependents": True}, ""),
    ("age", "two teenage daughters", {"has_dependents": True}, ""),
    ("age", "two adult sons", {}, ""),
    ("age", "three little ones lol", {"has_dependents": True}, ""),
    ("age", "4 grown-ups in the house and me", {}, ""),
    ("age", "two teenagers, and I am 45", {"has_dependents": True, "age": 45}, ""),
    ("age", "45, two teenagers at home", {"has_dependents": True, "age": 45}, ""),
    ("age", "I'm 40, twins at home", {"has_dependents": True, "age": 40}, ""),
    ("age", "3 little ones, I am 33", {"has_dependents": True, "age": 33}, ""),
    ("age", "52 with 2 grown-up kids", {"has_dependents": False, "age": 52}, ""),
    ("age", "old enough to have a teenager at home", {"has_dependents": True}, "v"),
    # near misses: an age alone, or with a word after it that counts nobody
    ("age", "19", {"age": 19}, ""),
    ("age", "I am 17, a teen", {"age": 17}, ""),
    ("age", "38 adult", {"age": 38}, ""),
    ("age", "33 and single", {"has_partner": False, "age": 33}, ""),
    ("age", "27 lol", {"age": 27}, ""),
    ("age", "two", {"age": 2}, ""),
]

SLEPT_AWAY: list[Case] = [
    # free time slept away: vague
    ("interests", "ngl i just sleep on my days off", {}, "v"),
    ("interests", "i just sleep on weekends", {}, "v"),
    ("interests", "we mostly sleep in at weekends", {}, "v"),
    ("interests", "I sleep all weekend lol", {}, "v"),
    ("interests", "weekends I just sleep", {}, "v"),
    ("interests", "on my days off I sleep", {}, "v"),
    ("interests", "I mostly sleep on my days off tbh", {}, "v"),
    ("interests", "honestly i just sleep on my off days", {}, "v"),
    ("interests", "free time I just sleep", {}, "v"),
    ("interests", "days off? I just sleep", {}, "v"),
    ("interests", "I basically sleep through my days off", {}, "v"),
    ("interests", "i literally sleep on my time off", {}, "v"),
    ("interests", "spare time i just sleep lol", {}, "v"),
    ("interests", "not much, work and sleep", {}, "v"),
    # near misses: a pastime named too, somebody else's sleep, sleeplessness, where one sleeps
    ("interests", "i just sleep on my days off and watch netflix", {"interests": ["movies"]}, ""),
    ("interests", "I sleep on the couch and watch movies", {"interests": ["movies"]}, ""),
    ("interests", "my husband just sleeps on his days off", {"has_partner": True}, ""),
    ("interests", "I can't sleep on my days off", {}, ""),
    (
        "interests",
        "sleep lol. when I'm not on nights, yoga and baking",
        {"interests": ["fitness", "food"]},
        "",
    ),
    ("interests", "I just sleep on the sofa", {}, ""),
    ("interests", "gaming, kdramas and sleeping 😴", {"interests": ["gaming", "movies"]}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), NORTHERN_AND_KINDS)
def test_northern_voices_and_kinds_declined(
    survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), ENOUGH_SAID)
def test_enough_said(
    survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), BOTH_WAYS_AND_COUNTED)
def test_both_ways_and_how_counted(
    survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), GENERATIONS_AND_COUNTS)
def test_generations_and_counted_children(
    survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), SLEPT_AWAY)
def test_free_time_slept_away(
    survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
