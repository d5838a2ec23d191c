"""City answers: places named in passing, moves still ahead, towns given after a correction or in
lowercase, places with no town, and refusals to say where.

Covers: a city on screen, at an airport change, as a yardstick of distance, as the company's
office or denied as the home ("在苏州拍的综艺", "在吉隆坡机场转机", "在绍兴 离杭州挺近的", "your
London head office", "I work in Manchester… I do not live there"; not "我在苏州拍照呢", "I live
in Halifax and love it there"); a city asked about in a reported question ("asking if you cover
Brighton"); a move of the respondent's still ahead said with a doubt, which is vague (said as
certain it is no answer at all; not somebody else's move, nor a trip ahead); the respondent
placed now at an unnamed place ("我人现在还在老家"); a town the gazetteer lacks after a
correction ("Delhi… no wait, I shifted to Noida") or typed in lowercase ("i'm in victoria"), and
"it's Guelph" then read as no name; origins in a base verb ("I just relocate from Kano");
regions abroad, a town's middle and split homes with no town ("Selangor side lah", "Just off the
high street", "住在万达广场旁边那个小区"; not "next to the station", "中山路附近"); interjections
that are no place ("Shame, …", "Abeg, …"); declining to say where ("I'll leave it there", "not
naming it"); a town's name said not to be the hobby ("Reading. The town, not the hobby").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # ---- named in passing
    ("city", "刚看完在苏州拍的那个综艺 园林也太美了吧", {}, ""),
    ("city", "电视上正放新加坡的节目，那地方我还没去过呢", {}, ""),
    ("city", "我在苏州拍照呢", {"city": "Suzhou"}, ""),
    ("city", "我在苏州，刚看完一个综艺", {"city": "Suzhou"}, ""),
    ("city", "在吉隆坡机场转机的时候打过你们客服，等了好久", {}, ""),
    ("city", "我在上海机场上班", {"city": "Shanghai"}, ""),
    ("city", "在迪拜中转，人在伦敦", {"city": "London"}, ""),
    ("city", "在绍兴 离杭州挺近的", {"city": "Shaoxing"}, ""),
    ("city", "离开北京好多年了，现在在天津", {"city": "Tianjin"}, ""),
    (
        "city",
        "Good morning. Could you kindly confirm whether this survey is conducted on behalf of "
        "your London head office?",
        {},
        "",
    ),
    ("city", "I live in London, do you have a London office?", {"city": "London"}, ""),
    (
        "city",
        "I work in Manchester city centre on weekdays. I should clarify that I do not live "
        "there; I commute in by train.",
        {},
        "v",
    ),
    (
        "city",
        "Born and raised in Halifax, but I haven't lived there in twenty years.",
        {},
        "v",
    ),
    ("city", "I live in Halifax and love it there", {"city": "Halifax"}, ""),
    ("city", "Halifax. I've lived there all my life", {"city": "Halifax"}, ""),
    (
        "city",
        "I'm in Manchester, but I haven't lived in Leeds for years",
        {"city": "Manchester"},
        "",
    ),
    ("city", "I haven't lived in Leeds long", {"city": "Leeds"}, ""),
    ("city", "新加坡我常去，不过不住那边啦", {}, "v"),
    ("city", "my office is in Leeds but I don't live there", {}, ""),
    ("city", "You all cover Johor Bahru or not? My cousin want to sign up there.", {}, ""),
    (
        "city",
        "sorry that was my husband talking to me hes asking if you cover Brighton because his "
        "mum wants to switch",
        {"has_partner": True},
        "",
    ),
    ("city", "I live in Brighton, wondering if you cover it", {"city": "Brighton"}, ""),
    ("city", "if you must know, Brighton", {"city": "Brighton"}, ""),
    # ---- moves still ahead, and the respondent placed at an unnamed place now
    ("city", "年底可能回福州发展 还在纠结", {}, "v"),
    ("city", "可能明年搬去宁波吧，看儿子那边怎么安排", {}, "v"),
    ("city", "暂时还没定，我的plan是下学期transfer去Toronto", {}, "v"),
    (
        "city",
        "Might shift to Pune next year if the transfer comes through. Right now between flats, "
        "staying with friends.",
        {},
        "v",
    ),
    ("city", "um I'm moving to Denver maybe in March if the job comes through", {}, "v"),
    (
        "city",
        "rn i'm in between places, couch surfing at my cousin's. hopefully montreal by january",
        {},
        "v",
    ),
    ("city", "Hopefully Leeds will win", {"city": "Leeds"}, ""),
    # (changed to vague: dev labels a bare move of one's own still to come so, "moving to calgary
    # next month")
    ("city", "moving to Bristol next month", {}, "v"),
    ("city", "thinking of moving to Melbourne one day", {}, ""),
    ("city", "I might move to Leeds", {}, "v"),
    ("city", "my sister is moving to Leeds next month", {}, ""),
    ("city", "我闺蜜下个月搬去成都", {}, ""),
    ("city", "I may move to Leeds, I live in York now", {"city": "York"}, ""),
    ("city", "I moved to Pune last year", {"city": "Pune"}, ""),
    ("city", "北海，下个月搬去南宁", {"city": "Beihai"}, ""),
    ("city", "今年考研想考浙大 杭州yyds 不过我人现在还在老家备考", {}, "v"),
    ("city", "我在杭州，父母现在在老家", {"city": "Hangzhou"}, ""),
    ("city", "以前在厦门待了五年 后来换工作走了", {}, "v"),
    ("city", "在厦门待了五年了", {"city": "Xiamen"}, ""),
    # ---- towns the gazetteer lacks, and origins
    ("city", "Delhi... no wait, I shifted to Noida last month only.", {"city": "Noida"}, ""),
    ("city", "Delhi... no wait, my son shifted to Noida", {"city": "Delhi"}, ""),
    (
        "city",
        "Ottawa — sorry, no, we moved last summer, it's Kingston now",
        {"city": "Kingston"},
        "",
    ),
    (
        "city",
        "my brother keeps telling me to move out to vancouver but nah, i'm in victoria and i "
        "love it here",
        {"city": "Victoria"},
        "",
    ),
    (
        "city",
        "originally from ohio but i live in ann arbor now for school",
        {"city": "Ann Arbor"},
        "",
    ),
    ("city", "i'm in bed now", {}, ""),
    ("city", "i live in hope", {}, ""),
    (
        "city",
        "I reside in Hamilton, Ontario. I specify the province because there is also a Hamilton "
        "in New Zealand, and I do not live there.",
        {"city": "Hamilton"},
        "",
    ),
    ("city", "I dey Abuja now, I just relocate from Kano sha.", {"city": "Abuja"}, ""),
    ("city", "I shifted from Kano to Abuja", {"city": "Abuja"}, ""),
    (
        "city",
        "oh gosh sorry we've just had the kitchen redone and there's dust everywhere, um, it's "
        "Guelph, we're in Guelph",
        {"city": "Guelph"},
        "",
    ),
    ("age", "it's Tom, I live in Leeds", {"name": "Tom", "city": "Leeds"}, ""),
    ("name", "it's Sarah, we're in Leeds", {"name": "Sarah", "city": "Leeds"}, ""),
    # ---- no town named
    ("city", "Selangor side lah, near the highway.", {}, "v"),
    ("city", "Rift Valley, out in the shamba, far from any town, sawa?", {}, "v"),
    ("city", "Nakuru, Rift Valley", {"city": "Nakuru"}, ""),
    ("city", "The Cotswolds, love. Lovely part of the world.", {}, "v"),
    ("city", "Guelph, lovely part of the world", {"city": "Guelph"}, ""),
    ("city", "Just off the high street, love, by the Co-op and the old post office.", {}, "v"),
    ("city", "Kisumu, near the lake", {"city": "Kisumu"}, ""),
    ("city", "next to the station", {}, ""),
    ("city", "中山路附近", {}, ""),
    ("city", "住在万达广场旁边那个小区", {}, "v"),
    ("city", "我在义乌，住在万达广场旁边那个小区", {"city": "Yiwu"}, ""),
    (
        "city",
        "We split our time between the city and the cottage. Mostly the cottage these days, "
        "honestly.",
        {},
        "v",
    ),
    ("city", "Abeg, na small town for Ogun State, you no go know am.", {}, "v"),
    (
        "city",
        "Shame, let me finish watching the Sharks game first, they're playing at Kings Park.",
        {},
        "",
    ),
    # (Soweto is a district of Johannesburg now in the gazetteer, as "Randburg side" is in dev)
    ("city", "Shame, I live in Soweto", {"city": "Johannesburg"}, ""),
    # ---- refusals, and a town that is no hobby
    (
        "city",
        "Grew up in Stoke, did my degree in Sheffield, and I'll leave it there if you don't "
        "mind, love.",
        {},
        "r",
    ),
    (
        "city",
        "Och, I've a sister in Boston and a brother in Sydney, the family's scattered all over. "
        "Where I am myself I'll keep to myself.",
        {},
        "r",
    ),
    (
        "city",
        "Was in Sheffield for uno, UNI, till June. Back at my parents' now in a wee village, not "
        "naming it sorry",
        {},
        "r",
    ),
    ("city", "Leeds, and I'll leave it there", {"city": "Leeds"}, ""),
    ("interests", "I keep to myself mostly", {}, ""),
    ("city", "Reading. The town, not the hobby, ha.", {"city": "Reading"}, ""),
    ("interests", "I like reading, not the town kind", {"interests": ["reading"]}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_places_asides_moves(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
