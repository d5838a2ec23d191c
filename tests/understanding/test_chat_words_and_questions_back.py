"""Readings pinned for answers said in chat words, and for questions back that state nothing.

- Chinese chat slang in pinyin initials ("nsdd", "xswl", "yyds") is no name, while a name given
  beside it still is.
- A guess about the rating scale put for a yes ("5分是最好对吧？", "5 is the best right?") rates
  nothing; a score given after it or beside "最好" in a statement still does.
- A rating given to "yall", "ya", "u guys" in chat spelling is a rating under any question, and
  the bill beside it still is the bill.
- A promise or deal not kept ("说好的优惠第二个月就没了", "the promo price vanished after the
  first month") is a complaint; a promise kept or made by a friend is none.
- The service named in Spanish ("la señal is trash") and a workaround to be heard at all ("has
  to stand by the window to make calls") are complaints; other Spanish nouns and other errands
  are not.
- A question about what the complaint question means ("你是说网速那种问题吗？") and a request
  to repeat it after coming back from somewhere ("Just back from the shops, what was that?")
  state nothing, unless a complaint follows.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import check_reading

_SENAL = (
    "la señal is trash in my apartment, my husband has to stand by the window to make calls lol"
)

SLANG_NAMES: list[tuple[str, str, dict[str, Any], str]] = [
    ("name", "nsdd 但这问卷要填多久啊😅", {}, ""),
    ("name", "nsdd", {}, ""),
    ("name", "xswl", {}, ""),
    ("name", "yyds", {}, ""),
    ("name", "awsl", {}, ""),
    ("name", "xswl 问卷多长啊", {}, ""),
    ("name", "tql 问卷这么长", {}, ""),
    ("name", "hhh 这要写真名吗", {}, ""),
    ("name", "emmm", {}, ""),
    ("name", "dbq 名字不想说", {}, "r"),
    ("name", "u1s1 名字就不说了", {}, "r"),
    ("name", "nsdd，我叫王芳", {"name": "王芳"}, ""),
    ("name", "yyds 叫我Lily", {"name": "Lily"}, ""),
    ("name", "xswl 我叫张三", {"name": "张三"}, ""),
    ("name", "emmm 叫我小李吧", {"name": "小李"}, ""),
    ("name", "Lily 但这问卷要填多久啊", {"name": "Lily"}, ""),
    ("name", "Kevin", {"name": "Kevin"}, ""),
    ("name", "wei", {"name": "wei"}, ""),
    ("name", "Ng", {"name": "Ng"}, ""),
    ("name", "张伟，叫我zw就行", {"name": "zw"}, ""),
    ("name", "jake", {"name": "jake"}, ""),
    ("name", "tayla", {"name": "tayla"}, ""),
]

SCALE_GUESSES: list[tuple[str, str, dict[str, Any], str]] = [
    ("satisfaction", "5分是最好对吧？", {}, ""),
    ("satisfaction", "5是满分对吧", {}, ""),
    ("satisfaction", "5分最好是吧", {}, ""),
    ("satisfaction", "五分是最高的对吗", {}, ""),
    ("satisfaction", "1分是最差对不对", {}, ""),
    ("satisfaction", "5 is the best right?", {}, ""),
    ("satisfaction", "1 is the worst, right?", {}, ""),
    ("satisfaction", "so 5 is top marks?", {}, ""),
    ("satisfaction", "5 means the best yeah?", {}, ""),
    ("satisfaction", "5分是最好的吗？", {}, ""),
    ("satisfaction", "5分，最好的", {"satisfaction": 5}, ""),
    ("satisfaction", "给5分，最好的服务", {"satisfaction": 5}, ""),
    ("satisfaction", "5分吧，对", {"satisfaction": 5}, ""),
    ("satisfaction", "4分吧，对吧", {"satisfaction": 4}, ""),
    ("satisfaction", "5分是最好对吧？那就5分", {"satisfaction": 5}, ""),
    ("satisfaction", "最好给5分", {"satisfaction": 5}, ""),
    ("satisfaction", "满分5分对吧？给4分", {"satisfaction": 4}, ""),
    ("satisfaction", "5 is best right? then 4", {"satisfaction": 4}, ""),
    ("satisfaction", "the best, 5", {"satisfaction": 5}, ""),
    ("satisfaction", "4 is the top score i'd give anyone", {"satisfaction": 4}, ""),
    ("satisfaction", "5 is top", {"satisfaction": 5}, ""),
]

CHAT_RATINGS: list[tuple[str, str, dict[str, Any], str]] = [
    ("monthly_spend", "id give yall 2 stars ngl", {"satisfaction": 2}, ""),
    ("monthly_spend", "id give yall 3 stars tbh", {"satisfaction": 3}, ""),
    ("monthly_spend", "id give ya 2 stars lol", {"satisfaction": 2}, ""),
    ("monthly_spend", "id give yall a 2 ngl", {"satisfaction": 2}, ""),
    ("monthly_spend", "i give u guys a 4", {"satisfaction": 4}, ""),
    ("monthly_spend", "rate you all a 3", {"satisfaction": 3}, ""),
    ("monthly_spend", "I'd give you 2 stars", {"satisfaction": 2}, ""),
    (
        "monthly_spend",
        "60 bucks, and id give yall 2 stars",
        {"satisfaction": 2, "monthly_spend": 60.0},
        "",
    ),
    (
        "monthly_spend",
        "id give yall 2 stars, pay like 60 a month",
        {"satisfaction": 2, "monthly_spend": 60.0},
        "",
    ),
    ("monthly_spend", "i pay yall 60", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "i give yall 60 a month", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "give yall 45 every month", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "yall get 80 bucks from me every month", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "i give u 60 a month", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "i give u a hundred a month", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "gave the pizza place 2 stars", {}, ""),
    ("satisfaction", "id give yall 2 stars ngl", {"satisfaction": 2}, ""),
    ("satisfaction", "id give ya'll 4 stars", {"satisfaction": 4}, ""),
    ("satisfaction", "yall get a 3 from me", {"satisfaction": 3}, ""),
    ("satisfaction", "id give yall a 3", {"satisfaction": 3}, ""),
    ("satisfaction", "gave the pizza place 2 stars", {}, ""),
]

BROKEN_PROMISES: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "complaint",
        "说好的免费升级网速，到现在还是老样子没给升",
        {"complaint": "说好的免费升级网速，到现在还是老样子没给升"},
        "",
    ),
    (
        "complaint",
        "说好的送宽带提速，结果根本没提",
        {"complaint": "说好的送宽带提速，结果根本没提"},
        "",
    ),
    ("complaint", "我表姐说好的优惠第二个月就没了", {}, ""),
    ("complaint", "说好的优惠都给了，没啥问题", {}, "v"),
    ("complaint", "my sister's discount ended after a month", {}, ""),
    (
        "complaint",
        "套路太多了，说好的优惠第二个月就没了",
        {"complaint": "套路太多了，说好的优惠第二个月就没了"},
        "",
    ),
    ("complaint", "说好的优惠第二个月就没了", {"complaint": "说好的优惠第二个月就没了"}, ""),
    (
        "complaint",
        "宣传的时候说不限速，结果用超了就限速",
        {"complaint": "宣传的时候说不限速，结果用超了就限速"},
        "",
    ),
    ("complaint", "承诺的赠品一直没给", {"complaint": "承诺的赠品一直没给"}, ""),
    ("complaint", "优惠才三个月就没了", {"complaint": "优惠才三个月就没了"}, ""),
    (
        "complaint",
        "办的时候说好送流量，到现在都没送",
        {"complaint": "办的时候说好送流量，到现在都没送"},
        "",
    ),
    (
        "complaint",
        "营业厅答应的返话费一直没兑现",
        {"complaint": "营业厅答应的返话费一直没兑现"},
        "",
    ),
    ("complaint", "说好的优惠都给了", {}, ""),
    ("complaint", "说好的周六上门，准时来了", {}, ""),
    ("complaint", "我朋友说好的请我吃饭，结果没了", {}, ""),
    ("complaint", "电信那边套路太多了 所以才换到你们这的 你们目前没毛病", {}, "v"),
    (
        "complaint",
        "the promo price vanished after the first month",
        {"complaint": "the promo price vanished after the first month"},
        "",
    ),
    (
        "complaint",
        "bait and switch, the deal ended after one month",
        {"complaint": "bait and switch, the deal ended after one month"},
        "",
    ),
    (
        "complaint",
        "the intro offer ended after 3 months and the bill doubled",
        {"complaint": "the intro offer ended after 3 months and the bill doubled"},
        "",
    ),
    (
        "complaint",
        "the discount disappeared after two months",
        {"complaint": "the discount disappeared after two months"},
        "",
    ),
    ("complaint", "the sale at the mall ended yesterday", {}, ""),
    ("complaint", "my gym deal ended", {}, ""),
]

OTHER_WORDS: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "complaint",
        _SENAL,
        {
            "has_partner": True,
            "complaint": _SENAL,
        },
        "",
    ),
    (
        "complaint",
        "la señal is trash in my apartment",
        {"complaint": "la señal is trash in my apartment"},
        "",
    ),
    (
        "complaint",
        "el internet keeps cutting out",
        {"complaint": "el internet keeps cutting out"},
        "",
    ),
    (
        "complaint",
        "la conexión is so slow at night",
        {"complaint": "la conexión is so slow at night"},
        "",
    ),
    ("complaint", "el wifi drops every evening", {"complaint": "el wifi drops every evening"}, ""),
    (
        "complaint",
        "el servicio al cliente is useless",
        {"complaint": "el servicio al cliente is useless"},
        "",
    ),
    ("complaint", "la señal is good", {}, "v"),
    ("complaint", "la red is fine, no complaints", {}, "v"),
    ("complaint", "el internet is fine, no complaints", {}, "v"),
    ("complaint", "la casa is nice", {}, ""),
    ("complaint", "el perro is sick lol", {}, ""),
    (
        "complaint",
        "my husband has to stand by the window to make calls",
        {"has_partner": True, "complaint": "my husband has to stand by the window to make calls"},
        "",
    ),
    (
        "complaint",
        "we have to go outside to get signal",
        {"complaint": "we have to go outside to get signal"},
        "",
    ),
    (
        "complaint",
        "my son has to go upstairs to the window to get any signal",
        {"complaint": "my son has to go upstairs to the window to get any signal"},
        "",
    ),
    ("complaint", "I have to go outside to smoke", {}, ""),
    ("complaint", "my husband has to stand by the door to greet guests", {"has_partner": True}, ""),
    ("complaint", "得跑到阳台才能打电话", {"complaint": "得跑到阳台才能打电话"}, ""),
    (
        "complaint",
        "la señal es malísima, no calls inside the house",
        {"complaint": "la señal es malísima, no calls inside the house"},
        "",
    ),
    (
        "complaint",
        "la línea keeps cutting out when it rains",
        {"complaint": "la línea keeps cutting out when it rains"},
        "",
    ),
    ("complaint", "el wifi is fine, I have no complaints", {}, "v"),
    ("complaint", "la comida was great at the party", {}, ""),
    (
        "complaint",
        "my wife has to go out to the balcony to get signal",
        {"has_partner": True, "complaint": "my wife has to go out to the balcony to get signal"},
        "",
    ),
    (
        "complaint",
        "you have to stand on the porch to make a call",
        {"complaint": "you have to stand on the porch to make a call"},
        "",
    ),
    ("complaint", "I have to go outside to walk the dog", {}, ""),
    ("complaint", "要站在窗边才有信号", {"complaint": "要站在窗边才有信号"}, ""),
]

QUESTIONS_BACK: list[tuple[str, str, dict[str, Any], str]] = [
    ("complaint", "你是说网速那种问题吗？", {}, ""),
    ("complaint", "你指的是信号吗", {}, ""),
    ("complaint", "你说的是宽带还是手机？", {}, ""),
    ("complaint", "do you mean like the speed?", {}, ""),
    ("complaint", "the wifi you mean?", {}, ""),
    ("complaint", "as in the bill?", {}, ""),
    ("complaint", "你是说网速吗？网速太慢了", {"complaint": "你是说网速吗？网速太慢了"}, ""),
    (
        "complaint",
        "do you mean the wifi? because its terrible",
        {"complaint": "do you mean the wifi? because its terrible"},
        "",
    ),
    ("complaint", "你是说网速吗？那确实慢", {"complaint": "你是说网速吗？那确实慢"}, ""),
    ("complaint", "你说的对，网速太慢了", {"complaint": "你说的对，网速太慢了"}, ""),
    ("complaint", "我是说网速太慢了", {"complaint": "我是说网速太慢了"}, ""),
    ("complaint", "I mean the speed is awful", {"complaint": "I mean the speed is awful"}, ""),
    ("complaint", "Just back from the shops, what was that?", {}, ""),
    ("complaint", "got in from work, sorry, come again?", {}, ""),
    ("complaint", "刚买菜回来，你说啥？", {}, ""),
    ("complaint", "just back from the gym, can you repeat that?", {}, ""),
    (
        "complaint",
        "what was that? the shops staff were rude",
        {"complaint": "what was that? the shops staff were rude"},
        "",
    ),
    (
        "complaint",
        "just back from the shops, your shop staff were rude",
        {"complaint": "just back from the shops, your shop staff were rude"},
        "",
    ),
    (
        "complaint",
        "just back from your shop, they overcharged me",
        {"complaint": "just back from your shop, they overcharged me"},
        "",
    ),
    ("complaint", "刚回来，网又断了", {"complaint": "刚回来，网又断了"}, ""),
    ("complaint", "你是说哪方面的问题呢？", {}, ""),
    ("complaint", "did you mean the app?", {}, ""),
    ("complaint", "is that about the bill you mean?", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), SLANG_NAMES)
def test_slang_names(
    survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), SCALE_GUESSES)
def test_scale_guesses(
    survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CHAT_RATINGS)
def test_chat_ratings(
    survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), BROKEN_PROMISES)
def test_broken_promises(
    survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), OTHER_WORDS)
def test_other_words(
    survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), QUESTIONS_BACK)
def test_questions_back(
    survey: Any, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
