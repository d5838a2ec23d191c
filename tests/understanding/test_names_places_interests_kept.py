"""Words others call the respondent, moves never made, pastimes kept up and travel as a way of life.

Pins down four readings and their near misses:

- a spouse's word or an endearment that fans, friends or a partner call the respondent ("粉丝叫我
  老婆", "大家都叫我老公", "my fans call me wifey", "the lads call me bro") is no name, and no
  partner either; a nickname others use is still a name ("粉丝都叫我胖虎", "my mates call me
  Gaz"), a name given beside it wins ("我叫李娜，粉丝都叫我小娜" → 李娜), and "叫我老公来接我" calls
  the husband;
- a city the respondent meant to move or go back to and never did ("退休以后回保定，至今没去成",
  "was going to move to Leeds, never happened") is no home: alone, the answer is vague; a home
  named beside it counts, and moves made after all keep their city;
- a pastime after "used to" / "以前" that is said to be kept up ("I used to play football, still
  do", "以前爱打篮球，现在也打") is an interest now; one denied, only missed or followed by another
  pastime of now is not;
- travel as the way one lives now ("I quit my job and travel the world now", "现在全国各地跑着玩",
  "seeing the world") is travel; getting about for work ("全国各地跑业务", "I travel for work") is
  no pastime, and a job given up is no pastime given up.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

Case = tuple[str, str, dict[str, Any], str]

CALLED_KIN: list[Case] = [
    ("name", "粉丝叫我老婆", {}, ""),
    ("name", "粉丝都叫我老公", {}, ""),
    ("name", "网友都喊我老婆", {}, ""),
    ("name", "观众叫我媳妇", {}, ""),
    ("name", "大家都叫我老婆", {}, ""),
    ("name", "我老公叫我老婆", {"has_partner": True}, ""),
    ("name", "朋友都叫我亲爱的", {}, ""),
    ("name", "粉丝都叫我宝贝", {}, ""),
    ("name", "群友都叫我老公", {}, ""),
    ("name", "顾客都叫我亲爱的", {}, ""),
    ("name", "粉丝叫我老婆，哈哈", {}, ""),
    ("name", "我叫李娜，粉丝都叫我老婆", {"name": "李娜"}, ""),
    ("name", "网友叫我老公，我叫王强", {"name": "王强"}, ""),
    ("name", "粉丝叫我老婆，你叫我小美就行", {"name": "小美"}, ""),
    ("name", "my fans call me wifey", {}, ""),
    ("name", "everyone calls me babe", {}, ""),
    ("name", "the lads call me bro", {}, ""),
    ("name", "my followers call me hubby", {}, ""),
    ("name", "people call me honey", {}, ""),
    ("name", "the girls at work call me their work wife", {}, ""),
    ("name", "my wife calls me darling", {"has_partner": True}, ""),
    ("name", "It's Dave, the lads call me bro", {"name": "Dave"}, ""),
    ("name", "粉丝叫我小胖", {"name": "小胖"}, ""),
    ("name", "粉丝都叫我胖虎", {"name": "胖虎"}, ""),
    ("name", "朋友都叫我小胖", {"name": "小胖"}, ""),
    ("name", "老铁们都叫我大刘", {"name": "大刘"}, ""),
    ("name", "我叫李娜，粉丝都叫我小娜", {"name": "李娜"}, ""),
    ("name", "people call me Jimmy", {"name": "Jimmy"}, ""),
    ("name", "everyone calls me Bex", {"name": "Bex"}, ""),
    ("name", "my mates call me Gaz", {"name": "Gaz"}, ""),
    ("name", "叫我宝宝就行", {"name": "宝宝"}, ""),
    ("name", "叫我小王就行", {"name": "小王"}, ""),
    ("name", "叫我张阿姨就行", {"name": "张阿姨"}, ""),
    ("name", "我老婆叫我猪猪，你叫我老杨吧", {"has_partner": True, "name": "老杨"}, ""),
    ("name", "叫我老公来接我", {"has_partner": True}, ""),
    ("has_partner", "直播的时候粉丝老叫我老公，这个算不算😂", {}, ""),
    ("has_partner", "粉丝都叫我老公", {}, ""),
    ("has_partner", "观众叫我媳妇", {}, ""),
    ("has_partner", "群友都叫我老公", {}, ""),
    ("has_partner", "my fans call me wifey", {}, ""),
    ("has_partner", "everyone calls me babe", {}, ""),
    ("has_partner", "my followers call me hubby", {}, ""),
    ("has_partner", "大家都叫我老婆，其实我单身", {"has_partner": False}, ""),
    ("has_partner", "有老婆，粉丝叫我老公", {"has_partner": True}, ""),
    ("has_partner", "我老公叫我老婆", {"has_partner": True}, ""),
    ("has_partner", "my wife calls me darling", {"has_partner": True}, ""),
    ("has_partner", "I'll call me hubby and ask", {"has_partner": True}, ""),
    ("has_partner", "叫我老公来接我", {"has_partner": True}, ""),
    ("has_partner", "my husband calls me wifey", {"has_partner": True}, ""),
]

UNMADE_MOVES: list[Case] = [
    ("city", "退休以后回保定，至今没去成", {}, "v"),
    ("city", "想回老家成都，一直没回成", {}, "v"),
    ("city", "was going to move to Leeds, never happened", {}, "v"),
    ("city", "本来要去深圳的，没去成", {}, "v"),
    ("city", "本来打算搬去杭州，后来没搬成", {}, "v"),
    ("city", "was meant to move to Bristol but it fell through", {}, "v"),
    ("city", "差点搬去成都，最后没去", {}, "v"),
    ("city", "we nearly moved to Perth but didn't", {}, "v"),
    ("city", "原本想去上海发展，结果没去成", {}, "v"),
    ("city", "planned to move to Leeds but it never happened", {}, "v"),
    ("city", "we were gonna move to Denver, didn't work out", {}, "v"),
    ("city", "去年本来要去成都，没去成", {}, "v"),
    ("city", "本来要调到上海，调不成", {}, "v"),
    ("city", "was supposed to transfer to Leeds, didn't happen", {}, "v"),
    ("city", "本来要去深圳的，没去成嘛", {}, "v"),
    ("city", "想去大理旅居，最后没去成", {}, "v"),
    ("city", "we were set to move to Perth, it fell through", {}, "v"),
    ("city", "almost moved to Denver but didn't", {}, "v"),
    ("city", "本来要回老家长沙的，没回成，现在在深圳", {"city": "Shenzhen"}, ""),
    ("city", "was going to move to Leeds, never happened, still in York", {"city": "York"}, ""),
    (
        "city",
        "we were going to retire to Bath but it never happened, still in Swindon",
        {"city": "Swindon"},
        "",
    ),
    ("city", "本来想回老家郑州，没回成，还在东莞打工", {"city": "Dongguan"}, ""),
    ("city", "我在武汉，本来想调去北京的，没调成", {"city": "Wuhan"}, ""),
    ("city", "本来想去成都，没去成，住在保定", {"city": "Baoding"}, ""),
    ("city", "Liverpool. was gonna move to Manchester but didn't", {"city": "Liverpool"}, ""),
    ("city", "去深圳没去成，留在广州了", {"city": "Guangzhou"}, ""),
    ("city", "退休以后回保定，至今已十年", {"city": "Baoding"}, ""),
    ("city", "退休以后回到保定定居，至今已十年", {"city": "Baoding"}, ""),
    ("city", "本来要去深圳的，后来去成了", {"city": "Shenzhen"}, ""),
    ("city", "搬到成都以后一直没回去过北京", {"city": "Chengdu"}, ""),
    ("city", "moved to Leeds and never left", {"city": "Leeds"}, ""),
    ("city", "we moved to Perth but didn't like it at first", {"city": "Perth"}, ""),
    ("city", "moved to Leeds in 2010, never looked back", {"city": "Leeds"}, ""),
    ("city", "I moved to Bristol last year", {"city": "Bristol"}, ""),
    ("city", "moved to Denver and never went back", {"city": "Denver"}, ""),
    ("city", "回保定了", {"city": "Baoding"}, ""),
    ("name", "我叫王芳，退休以后回保定，至今没去成", {"name": "王芳"}, ""),
    ("age", "退休以后回保定，至今没去成", {}, ""),
]

KEPT_PASTIMES: list[Case] = [
    ("interests", "I used to play football, still do", {"interests": ["sports"]}, ""),
    ("interests", "used to read a lot, still do", {"interests": ["reading"]}, ""),
    ("interests", "played guitar as a kid and still play", {"interests": ["music"]}, ""),
    ("interests", "I used to play football. Still do.", {"interests": ["sports"]}, ""),
    (
        "interests",
        "used to play tennis and I still play most weekends",
        {"interests": ["sports"]},
        "",
    ),
    ("interests", "used to read a lot and still do", {"interests": ["reading"]}, ""),
    ("interests", "used to love cooking, still do to this day", {"interests": ["food"]}, ""),
    ("interests", "I used to play football, never stopped", {"interests": ["sports"]}, ""),
    ("interests", "以前爱打篮球，现在也打", {"interests": ["sports"]}, ""),
    ("interests", "以前喜欢看书，现在还看", {"interests": ["reading"]}, ""),
    ("interests", "年轻时就爱唱歌，到现在还唱", {"interests": ["music"]}, ""),
    ("interests", "以前喜欢拍照，至今没停过", {"interests": ["photography"]}, ""),
    ("interests", "以前就喜欢做饭，现在依然", {"interests": ["food"]}, ""),
    ("interests", "年轻那会儿爱踢球，现在照样踢", {"interests": ["sports"]}, ""),
    ("interests", "以前喜欢打篮球，现在还在打", {"interests": ["sports"]}, ""),
    ("interests", "以前爱钓鱼，现在也钓", {}, ""),
    ("interests", "used to play football, not any more", {}, "v"),
    ("interests", "used to play guitar, still have it somewhere", {}, ""),
    ("interests", "used to play football, now I read, still do", {"interests": ["reading"]}, ""),
    ("interests", "以前爱打篮球，现在也不打了", {}, "v"),
    ("interests", "以前喜欢打篮球，现在还想打", {}, ""),
    ("interests", "以前喜欢打篮球，现在就看看书", {"interests": ["reading"]}, ""),
    ("interests", "used to play rugby, now mostly just netflix", {"interests": ["movies"]}, ""),
    ("interests", "used to play guitar but havent in years", {}, "v"),
    ("interests", "年轻那会儿还爱踢球", {}, ""),
    ("interests", "used to play chess, still do", {}, ""),
    ("age", "I used to play football, still do", {}, ""),
]

ROAMING: list[Case] = [
    ("interests", "I quit my job and travel the world now", {"interests": ["travel"]}, ""),
    ("interests", "gave up my job and travel full time", {"interests": ["travel"]}, ""),
    ("interests", "quit my job to travel the world", {"interests": ["travel"]}, ""),
    ("interests", "retired now, we just travel", {"interests": ["travel"]}, ""),
    ("interests", "退休了，到处旅游", {"interests": ["travel"]}, ""),
    ("interests", "we travel a lot these days", {"interests": ["travel"]}, ""),
    ("interests", "现在全国各地跑着玩", {"interests": ["travel"]}, ""),
    ("interests", "到处跑着玩", {"interests": ["travel"]}, ""),
    ("interests", "退休以后就满世界跑", {"interests": ["travel"]}, ""),
    ("interests", "退了休就到处走走看看", {"interests": ["travel"]}, ""),
    ("interests", "全国各地都跑遍了", {"interests": ["travel"]}, ""),
    ("interests", "退休了，天天到处溜达着玩", {"interests": ["travel"]}, ""),
    ("interests", "全国各地逛逛", {"interests": ["travel"]}, ""),
    ("interests", "retired and seeing the world", {"interests": ["travel"]}, ""),
    ("interests", "we live in a campervan now, touring Europe", {"interests": ["travel"]}, ""),
    ("interests", "globetrotting mostly", {"interests": ["travel"]}, ""),
    ("interests", "we're grey nomads now", {"interests": ["travel"]}, ""),
    ("interests", "sold up and we travel around in the motorhome", {"interests": ["travel"]}, ""),
    ("interests", "quit my job and now I'm gaming all day", {"interests": ["gaming"]}, ""),
    ("interests", "I travel for work a lot", {}, "v"),
    ("interests", "quit boxing and netball", {}, ""),
    ("interests", "I quit tennis and golf", {}, ""),
    ("interests", "全国各地跑业务", {}, ""),
    ("interests", "天天全国各地跑，出差", {}, ""),
    ("interests", "出差全国各地跑", {}, ""),
    ("interests", "满世界跑项目", {}, ""),
    ("interests", "为了工作满世界飞", {}, ""),
    ("interests", "上班全国各地逛", {}, ""),
    ("interests", "我到处看看别家套餐", {}, ""),
    ("interests", "my husband travels the world for work", {"has_partner": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CALLED_KIN)
def test_called_kin(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), UNMADE_MOVES)
def test_unmade_moves(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), KEPT_PASTIMES)
def test_kept_pastimes(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), ROAMING)
def test_roaming(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
