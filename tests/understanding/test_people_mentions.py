"""People's answers that mention something near the asked slot without giving it.

Covers: an age at a step in life ("十八岁出来打工的") against the age now, a birth year
with Cantonese "出世", an age hinted at with no number ("年纪大喽", "now... older lol", "if
that gives you an idea"), "never you mind" and "我就算了吧" declining, gender words about staff
and family ("客服是个男的", "客服小姐姐", "我阿仔系男仔") against the respondent's own
("我系女仔"), a self-description opening a sentence after the name ("call me Ben. 30 year old
guy"), Cantonese consent and leave-it-to-you after a name ("叫我陈生就得喇", "你叫乜都得"),
and a name talked about, not given ("名字是写卡主的还是写我的？", "英文名同一個歌手撞名").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a
vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("age", "十八岁出来打工的 现在四十一了", {"age": 41}, ""),
    ("age", "二十岁嫁过来的，今年五十二", {"age": 52}, ""),
    ("age", "我18岁毕业，现在25", {"age": 25}, ""),
    ("age", "十八岁就出来打拼了，现在嘛，比那时候老多了啦", {}, "v"),
    ("age", "十八岁，出来打工两年了", {"age": 18}, ""),
    ("age", "我十八岁", {"age": 18}, ""),
    ("age", "三十五岁，结婚了", {"has_partner": True, "age": 35}, ""),
    ("age", "我係1991年出世嘅", {"age": 35}, ""),
    ("age", "我91年出世", {"age": 35}, ""),
    ("age", "老了老了 这手机都用了四年了", {}, "v"),
    ("age", "孙子都会打酱油了 年纪大喽", {}, "v"),
    ("age", "一把年纪了", {}, "v"),
    ("age", "年纪大了，65", {"age": 65}, ""),
    ("age", "老了，六十八了", {"age": 68}, ""),
    ("age", "came to the US when i was 19, now... older lol", {}, "v"),
    ("age", "Married 50 years this June, if that gives you an idea 😊", {"has_partner": True}, "v"),
    ("age", "I'm older than you think, 52", {"age": 52}, ""),
    ("age", "not getting any younger, 47 next month", {"age": 46}, ""),
    ("age", "手机用了四年了", {}, ""),
    ("age", "hold on, let me check", {}, ""),
    ("age", "Never you mind how old I am! I did 42 years on the wards before I retired.", {}, "r"),
    ("age", "never you mind, I'm 45", {"age": 45}, ""),
    ("age", "I never mind telling people, I'm 45", {"age": 45}, ""),
    ("age", "廿八岁，我系女仔嚟嘅", {"gender": "female", "age": 28}, ""),
    ("age", "廿八岁，我系男仔", {"gender": "male", "age": 28}, ""),
    ("age", "廿八岁，我阿仔系男仔嚟嘅", {"age": 28}, ""),
    ("gender", "客服是个男的 声音挺好听", {}, ""),
    ("gender", "你哋啲客服小姐姐态度几好喔", {}, ""),
    ("gender", "装机小哥挺帅的", {}, ""),
    ("gender", "师傅是女的", {}, ""),
    ("gender", "我阿仔系男仔", {}, ""),
    ("gender", "客服小姐姐问我，我是男的", {"gender": "male"}, ""),
    ("gender", "女的，客服也是女的", {"gender": "female"}, ""),
    ("gender", "我系女仔", {"gender": "female"}, ""),
    ("gender", "本人女", {"gender": "female"}, ""),
    ("gender", "我们家猫是母的😂 我就算了吧", {}, "r"),
    ("gender", "我阿仔系男仔，我就唔使讲啦", {}, "r"),
    ("gender", "我就算了吧", {}, "r"),
    ("name", "叫我陈生就得喇", {"name": "陈生"}, ""),
    ("name", "叫我陈生得喇", {"name": "陈生"}, ""),
    ("name", "叫我陈生就得", {"name": "陈生"}, ""),
    ("name", "我屋企只狗叫旺财😂 我自己嘛，你叫乜都得", {}, "v"),
    ("name", "叫我乜都得", {}, "v"),
    ("name", "我屋企只狗叫旺财", {}, ""),
    ("name", "我個英文名同一個歌手撞名，唔講喇", {}, "r"),
    ("name", "我个英文名同一个歌手撞名", {}, ""),
    ("name", "名字是写卡主的还是写我的？卡是我儿子名下的", {}, ""),
    ("name", "名字写我的吧，王小明", {"name": "王小明"}, ""),
    ("name", "我叫和平", {"name": "和平"}, ""),
    ("name", "名字是王芳", {"name": "王芳"}, ""),
    (
        "name",
        "call me Ben. 30 year old guy from the Philippines, living in Edmonton now",
        {"age": 30, "gender": "male", "city": "Edmonton", "name": "Ben"},
        "",
    ),
    (
        "name",
        "call me Ben, 30 year old guy from Leeds",
        {"age": 30, "gender": "male", "city": "Leeds", "name": "Ben"},
        "",
    ),
    ("name", "Ben. 17 year old boy", {"name": "Ben"}, ""),
    ("age", "my sis is 19 and she got the unlimited plan, my mom said when im older", {}, ""),
    ("age", "年龄跟套餐有甚关系？岁数大的有优惠不", {}, ""),
    ("age", "i'm older lol", {}, "v"),
    ("gender", "人家是小姐姐啦", {"gender": "female"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_people_mentions(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
