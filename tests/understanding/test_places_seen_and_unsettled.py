"""City answers about places only seen or left, short stays, kept-back homes and new town names.

Covers: a city put first and then visited, seen or left ("佛山我去年去过一次",
"去湛江看过一次海", "刷到大理的视频", "台北101", "星联总部是在北京吗",
"本人原在北京…回到保定定居"; not "佛山我住了十年", "广州塔旁边住"); a game or a show named after
a city ("Astros are playin' in Seattle", "watching Derry Girls"; not "I live in Seattle,
watching the Mariners"); a coverage question closed by a word of address ("do you cover Swansea,
butt?"); where the respondent lives kept back beside a work place ("I work in Manhattan. Where I
sleep is none of your business": refusal); short stays, seasons, planned moves, regions, streets
and towns only described (vague: "kipping at my cousin's in Birmingham for a few weeks", "we
winter down in Naples", "驻场在成都", "人民路上"; not "Kipping at my cousin's in Birmingham"
alone, "长沙人民路上"); towns and demonyms new to the gazetteer ("Round Rock", "Yonkers",
"哈密", "Lifelong Bostonian, Dorchester born and raised"); household facts beside the place
(moving away "跟老伴搬走了" is no death; "就俺和俺媳妇两个人" is the whole household; a daughter
who is a teacher is grown, "在学校当班长" is a pupil); a coverage question ("覆盖到南宁没有？")
is no "none"; "if the missus comes round to it" keeps the partner.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("city", "佛山我去年去过一次，祖庙人多到挤都挤不动", {}, ""),
    ("city", "深圳湾那个体验店我去过，挺酷的", {}, ""),
    ("city", "东莞，我在鞋厂待过好几年", {"city": "Dongguan"}, ""),
    ("city", "北京我去过，现在住广州", {"city": "Guangzhou"}, ""),
    ("city", "佛山我住了十年", {"city": "Foshan"}, ""),
    ("city", "去年去湛江看过一次海，那边海风好大", {}, ""),
    ("city", "湛江，看海很方便", {"city": "Zhanjiang"}, ""),
    ("city", "刷到好多大理的视频，好想去那边躺平啊", {}, ""),
    ("city", "俺是大理的，刷视频呢", {"city": "Dali"}, ""),
    ("city", "台北101跨年烟火超美的", {}, ""),
    ("city", "广州塔旁边住", {"city": "Guangzhou"}, ""),
    ("city", "星联总部是在北京吗？", {}, ""),
    ("city", "我们公司在北京", {"city": "Beijing"}, ""),
    ("city", "最近驻场在成都，三个月的项目，做完就撤", {}, "v"),
    ("city", "驻场在成都，家在重庆", {"city": "Chongqing"}, ""),
    (
        "city",
        "本人原在北京某设计院从事结构设计工作，退休以后回到保定定居，至今已十年有余。",
        {"city": "Baoding"},
        "",
    ),
    ("city", "原来在北京啊，我也在北京", {"city": "Beijing"}, ""),
    ("city", "奎屯，带着俩娃住", {"has_dependents": True, "city": "Kuitun"}, ""),
    ("city", "Grew up in Aberdeen", {}, ""),
    ("city", "昌吉，带着俩娃住", {"has_dependents": True, "city": "Changji"}, ""),
    ("city", "人民路上，离火车站不远", {}, "v"),
    ("city", "长沙人民路上", {"city": "Changsha"}, ""),
    ("city", "我住长沙，地址是解放路128号", {"city": "Changsha"}, ""),
    ("city", "重庆我住了二十年，没搬走", {"city": "Chongqing"}, ""),
    ("city", "Hold on, Astros are playin' in Seattle and it's the 9th. What'd you ask?", {}, ""),
    ("city", "I'm playing in Seattle this season", {"city": "Seattle"}, ""),
    ("city", "Watching Derry Girls on the telly, mad show. sorry what?", {}, ""),
    ("city", "I live in Seattle, watching the Mariners", {"city": "Seattle"}, ""),
    ("city", "Do you cover Swansea, butt? Thinking of getting my mam on it", {}, ""),
    ("city", "Leeds. Do you cover it, mate?", {"city": "Leeds"}, ""),
    ("city", "I work in Manhattan. Where I sleep is none of your business.", {}, "r"),
    ("city", "I work in Leeds and live there too", {"city": "Leeds"}, ""),
    ("city", "Where I live is lovely, it's Leeds", {"city": "Leeds"}, ""),
    (
        "city",
        "Berlin is where my heart is but where I actually live I don't tell in a chat, sorry",
        {},
        "r",
    ),
    ("city", "Nah I ain't putting that, could be anyone reading this innit", {}, "r"),
    ("city", "Yonkers. Used to be the Bronx till the rent went nuts.", {"city": "Yonkers"}, ""),
    ("city", "Not Austin, everybody assumes Austin. Round Rock.", {"city": "Round Rock"}, ""),
    ("city", "Lifelong Bostonian, Dorchester born and raised.", {"city": "Boston"}, ""),
    ("city", "My wife is a Bostonian, Dorchester born and raised", {"has_partner": True}, ""),
    ("city", "Thinking of shifting to Tauranga, maybe.", {}, "v"),
    ("city", "Tauranga, thinking of moving to Auckland", {"city": "Tauranga"}, ""),
    (
        "city",
        "Me mam's in Cork, I'm all over the place with work, living out of a van really",
        {},
        "v",
    ),
    ("city", "Me mam's in Cork, I'm in Dublin", {"city": "Dublin"}, ""),
    (
        "city",
        "Kipping at my cousin's in Birmingham for a few weeks while they sort the damp in my flat",
        {},
        "v",
    ),
    ("city", "Kipping at my cousin's in Birmingham", {"city": "Birmingham"}, ""),
    (
        "city",
        "Spendin' the summer at my sister's lake house in Hot Springs, if that's what you mean.",
        {},
        "v",
    ),
    ("city", "Spending the summer in Leeds, I live in York", {"city": "York"}, ""),
    (
        "city",
        "We winter down in Naples, Florida, the rest of the year we're up in Michigan.",
        {},
        "v",
    ),
    ("city", "different city every 13 weeks lol, I'm a travel nurse", {}, "v"),
    ("city", "I'm a travel nurse based in Denver", {"city": "Denver"}, ""),
    ("city", "Way up in the Panhandle, nearest Walmart's 40 miles off.", {}, "v"),
    ("city", "In the Valleys, bach", {}, "v"),
    ("city", "The one with the giant Buc-ee's. You know the one.", {}, "v"),
    ("city", "Grew up in Westminster with my nan, my parents are still there.", {}, "v"),
    ("city", "Fixin' to move to Nashville soon as the house sells.", {}, "v"),
    ("city", "Funny you ask, I was born in Tucson. Haven't lived there since '72 though.", {}, "v"),
    # household facts said beside the place
    ("city", "重庆我住了二十年，前年跟老伴搬走了", {"has_partner": True}, "v"),
    ("has_partner", "老伴前年走了", {"has_partner": False}, ""),
    (
        "city",
        "我在潍坊，种大棚的，家里就俺和俺媳妇两个人",
        {"has_partner": True, "has_dependents": False, "city": "Weifang"},
        "",
    ),
    ("city", "就我和我儿子两个人", {}, ""),
    ("city", "女儿在拉萨当老师，我跟老伴在老家住", {"has_partner": True}, "v"),
    ("has_dependents", "女儿在学校当班长", {"has_dependents": True}, ""),
    ("has_dependents", "儿子在部队当兵", {"has_dependents": False}, ""),
    # a coverage question is no "none"; a partner whose consent a move waits on is still one
    ("city", "你们网络覆盖到南宁没有？我表姐想装", {}, ""),
    ("internet_service", "你们网络覆盖到南宁没有？", {}, ""),
    ("internet_service", "家里没有网络", {"internet_service": "none"}, ""),
    (
        "city",
        "Thinking of shifting to Tauranga, maybe, if the missus comes round to it.",
        {"has_partner": True},
        "v",
    ),
    ("city", "if the wife comes home", {}, ""),
    ("city", "if a wife comes round", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_places_seen_and_unsettled(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
