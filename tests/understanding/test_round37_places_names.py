"""Places, names, refusals and complaints, round 37: a lowercase town after "up here in",
the destination of a move, a city with its district closing a profile, a name declined
beside the city, an age that bounds an offer, a refusal tied to the survey, a coverage
complaint, nothing to complain about, another provider's and a friend's trouble, and
puzzlement at someone else's pastime.

Covers: "dale koski. up here in ishpeming eh" (the town; not "up here in bed", "up here in
the hills", "up here in winter"); "moved from Skegness to Lincoln last spring" (the
destination; not "my sister moved …", "thinking of moving …", "… for uni but came back",
"from Sales to Marketing");
"王秀英，五十六岁，临沂兰山的" (Linyi; not "北京户口的",
"四川口音的", "老家临沂兰山的");
"俺在日照，名字你就别记了" (a refusal, the city kept);
"刚刷到广告说60岁以上办卡打折" (no age; but "我都60岁以上了",
"I'm 62, saw an ad … over 60s"); "not something I want to go into on a survey" (a
refusal); "No 4G at the farm, have to stand on the ute to get a bar" (a complaint; not
"went to the bar to get a drink"); "暂时没啥不满意的地方 用着挺顺" (vague; but
"… 就是有时候网慢"); "移动那边更坑 我朋友被扣了好多钱" (nothing stored; but
"你们也坑 我被扣了好多钱"); "我们店里小妹天天追星 我是搞不懂" (no value, not vague;
but "搞不懂" alone stays vague).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a
vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("age", "38, moved from Skegness to Lincoln last spring", {"city": "Lincoln", "age": 38}, ""),
    ("age", "54, up here in sudbury eh", {"city": "Sudbury", "age": 54}, ""),
    ("age", "60岁以上", {"age": 60}, ""),
    ("age", "60岁以上打折吗", {}, ""),
    ("age", "I'm 62, saw an ad about discounts for over 60s", {"age": 62}, ""),
    ("age", "are there discounts for over 65s?", {}, ""),
    ("age", "moved from Skegness to Lincoln when I was 30", {"city": "Lincoln"}, ""),
    ("age", "not something I want to share in a survey", {}, "r"),
    ("age", "out here in spring it rains a lot", {}, ""),
    ("age", "over 60", {"age": 60}, ""),
    ("age", "saw an ad saying over 60s get a discount", {}, ""),
    ("age", "the ad says 65 and over get half price, is that true?", {}, ""),
    ("age", "up here in bed", {}, ""),
    ("age", "up here in bed with the flu", {}, ""),
    ("age", "up here in michigan eh", {}, ""),
    ("age", "五十六岁，临沂兰山的", {"city": "Linyi", "age": 56}, ""),
    ("age", "刚刷到广告说60岁以上办卡打折 是不是真的", {}, ""),
    ("age", "听说70岁及以上免月租", {}, ""),
    ("age", "广告上说18岁以下不能办", {}, ""),
    ("age", "快60了，广告说60岁以上有优惠", {"age": 60}, ""),
    ("age", "我60岁了 看到广告说有优惠", {"age": 60}, ""),
    ("age", "我都60岁以上了", {"age": 60}, ""),
    ("age", "看到广告说65岁以上有优惠", {}, ""),
    ("city", "I moved from Skegness to Lincoln for uni but came back", {}, ""),
    ("city", "moved from Leeds to Skegness last spring", {"city": "Skegness"}, ""),
    ("city", "moved from Sales to Marketing last spring", {}, ""),
    ("city", "moved from Skegness to Leeds last spring", {"city": "Leeds"}, ""),
    ("city", "moved from Skegness to Lincoln", {"city": "Lincoln"}, ""),
    ("city", "moved from Skegness to Lincoln last spring", {"city": "Lincoln"}, ""),
    ("city", "moved from Tullamore to Mullingar a few years back", {"city": "Mullingar"}, ""),
    ("city", "moved to Mullingar from Tullamore last year", {"city": "Mullingar"}, ""),
    ("city", "my brother is up here in ishpeming too", {"city": "Ishpeming"}, ""),
    ("city", "my sister moved from Skegness to Lincoln", {}, ""),
    ("city", "thinking of moving from Skegness to Lincoln", {}, ""),
    ("city", "up here in Ishpeming", {"city": "Ishpeming"}, ""),
    ("city", "up here in marquette", {"city": "Marquette"}, ""),
    ("city", "we moved from Beijing to Shanghai last year", {"city": "Shanghai"}, ""),
    ("city", "we moved from Leeds to Harrogate in 2019", {"city": "Harrogate"}, ""),
    ("city", "临沂兰山", {"city": "Linyi"}, ""),
    ("city", "临沂兰山的", {"city": "Linyi"}, ""),
    (
        "complaint",
        "No 4G at the farm, have to stand on the ute to get a bar",
        {"complaint": "No 4G at the farm, have to stand on the ute to get a bar"},
        "",
    ),
    ("complaint", "No complaints, 4G works fine at the farm", {}, "v"),
    ("complaint", "isn't something I wanna discuss over text", {}, "r"),
    ("complaint", "no 4g at the farm but that's fine, I don't need it", {}, ""),
    (
        "complaint",
        "no 5G out here, have to drive to town to get one bar",
        {"complaint": "no 5G out here, have to drive to town to get one bar"},
        "",
    ),
    ("complaint", "no coverage at the farm", {"complaint": "no coverage at the farm"}, ""),
    (
        "complaint",
        "no reception at home, have to walk to the letterbox to get a bar",
        {"complaint": "no reception at home, have to walk to the letterbox to get a bar"},
        "",
    ),
    (
        "complaint",
        "no reception in the back paddock",
        {"complaint": "no reception in the back paddock"},
        "",
    ),
    (
        "complaint",
        "no signal at the shed, I have to climb the hill to get one bar",
        {"complaint": "no signal at the shed, I have to climb the hill to get one bar"},
        "",
    ),
    ("complaint", "not something I want to go into", {}, "r"),
    ("complaint", "not something I want to go into on a survey", {}, "r"),
    (
        "complaint",
        "not something I want to go into on a survey, but the bills are too high",
        {"complaint": "not something I want to go into on a survey, but the bills are too high"},
        "",
    ),
    ("complaint", "that's not something I want to talk about on a survey", {}, "r"),
    ("complaint", "that's not something I'd want to talk about on a questionnaire", {}, "r"),
    (
        "complaint",
        "the signal is not something I want to pay for",
        {"complaint": "the signal is not something I want to pay for"},
        "",
    ),
    (
        "complaint",
        "we have to climb onto the roof to get a bar",
        {"complaint": "we have to climb onto the roof to get a bar"},
        "",
    ),
    ("complaint", "went to the bar to get a drink", {}, ""),
    ("complaint", "你们也坑 我被扣了好多钱", {"complaint": "你们也坑 我被扣了好多钱"}, ""),
    (
        "complaint",
        "家里没4G 要站到阳台上才有一格",
        {"complaint": "家里没4G 要站到阳台上才有一格"},
        "",
    ),
    ("complaint", "我被扣了好多钱", {"complaint": "我被扣了好多钱"}, ""),
    ("complaint", "暂时没啥不满意的地方 用着挺顺", {}, "v"),
    ("complaint", "暂时没有不满意的地方", {}, "v"),
    ("complaint", "村里没有5G", {"complaint": "村里没有5G"}, ""),
    (
        "complaint",
        "没啥不满意的地方 就是有时候网慢",
        {"complaint": "没啥不满意的地方 就是有时候网慢"},
        "",
    ),
    ("complaint", "目前没什么不满意的 挺好用", {}, "v"),
    ("complaint", "移动那边更坑 我朋友被扣了好多钱", {}, ""),
    ("complaint", "联通更坑 我同事被乱扣费", {}, ""),
    ("complaint", "要爬到山顶才有一格", {"complaint": "要爬到山顶才有一格"}, ""),
    ("interests", "my coworker is obsessed with k-pop, I don't get it", {}, ""),
    ("interests", "my daughter's obsessed with k-pop, I just don't get it", {}, ""),
    (
        "interests",
        "my husband plays golf every weekend, can't see the appeal",
        {"has_partner": True},
        "",
    ),
    ("interests", "不知道 没啥爱好", {}, "v"),
    ("interests", "店里小妹天天追星", {}, ""),
    ("interests", "我们店里小妹天天追星", {}, ""),
    ("interests", "我们店里小妹天天追星 我是搞不懂", {}, ""),
    ("interests", "我儿子整天打游戏，我真不理解", {}, ""),
    ("interests", "我同事天天打游戏 我不懂", {}, ""),
    ("interests", "我同事天天追星 我是搞不懂", {}, ""),
    ("interests", "我天天追星", {}, ""),
    ("interests", "我是搞不懂", {}, "v"),
    ("interests", "我老公天天钓鱼 我是搞不懂", {"has_partner": True}, ""),
    ("interests", "我闺女天天追星 真搞不懂", {}, ""),
    ("interests", "搞不懂", {}, "v"),
    ("interests", "爱好？我也搞不懂", {}, "v"),
    ("interests", "爱好？搞不懂你问这个干嘛", {}, "v"),
    ("interests", "说实话我也不懂", {}, "v"),
    (
        "name",
        "bob. down here in kalgoorlie, no complaints",
        {"city": "Kalgoorlie", "name": "bob"},
        "",
    ),
    (
        "name",
        "dale koski. up here in ishpeming eh",
        {"city": "Ishpeming", "name": "dale koski"},
        "",
    ),
    ("name", "dale. up here in the UP eh", {"name": "dale"}, ""),
    ("name", "dale. up here in the sticks eh", {"name": "dale"}, ""),
    ("name", "jim. out here in broken hill", {"name": "jim"}, ""),
    ("name", "jim. up here in the hills", {"name": "jim"}, ""),
    ("name", "sue. up here in leeds eh", {"city": "Leeds", "name": "sue"}, ""),
    ("name", "住潍坊，名字就别问了", {"city": "Weifang"}, "r"),
    ("name", "俺在日照，名字你就别记了", {"city": "Rizhao"}, "r"),
    ("name", "刘芳，45，成都武侯的", {"city": "Chengdu", "name": "刘芳"}, ""),
    ("name", "名字你就别记了", {}, "r"),
    ("name", "名字你记一下，张伟", {"name": "张伟"}, ""),
    ("name", "在青岛，称呼你就别留了", {"city": "Qingdao"}, "r"),
    ("name", "我住烟台，姓名您也不用写了", {"city": "Yantai"}, "r"),
    ("name", "我叫张伟，名字你别记错了", {"name": "张伟"}, ""),
    ("name", "我在青岛，名字就不说了", {"city": "Qingdao"}, "r"),
    ("name", "我在青岛，名字是张伟", {"city": "Qingdao", "name": "张伟"}, ""),
    ("name", "我是临沂兰山的", {"city": "Linyi"}, ""),
    ("name", "我老公是临沂兰山的", {"has_partner": True}, ""),
    ("name", "李强，四十岁，青岛黄岛的", {"age": 40, "city": "Qingdao", "name": "李强"}, ""),
    ("name", "王秀英，五十六岁，临沂兰山区的", {"age": 56, "city": "Linyi", "name": "王秀英"}, ""),
    ("name", "王秀英，五十六岁，临沂兰山的", {"age": 56, "city": "Linyi", "name": "王秀英"}, ""),
    ("name", "王秀英，五十六岁，临沂的", {"age": 56, "city": "Linyi", "name": "王秀英"}, ""),
    ("name", "王秀英，五十六岁，兰山的", {"age": 56, "name": "王秀英"}, ""),
    ("name", "王秀英，五十六岁，老家临沂兰山的", {"age": 56, "name": "王秀英"}, ""),
    ("satisfaction", "up here in winter it drops out a lot", {}, ""),
    ("satisfaction", "青岛黄岛的，网还行，4分", {"city": "Qingdao", "satisfaction": 4}, ""),
    ("name", "张伟，三十岁，北京户口的", {"age": 30, "name": "张伟"}, ""),
    ("name", "张伟，三十岁，四川口音的", {"age": 30, "name": "张伟"}, ""),
    ("name", "张伟，三十二岁，济南历下的", {"age": 32, "city": "Jinan", "name": "张伟"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round37_places_names(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
