"""People's answers with a near miss for name, age or gender, and the phrasings beside them.

Covers: an age at a step in life told with "的" ("十八岁就进的厂") and a sum left to the asker
(a working life and the age it began, a partner's age and the gap), a count of grandchildren or
pets before a bare number, a bound after a range ("二十七八，还没到三十"), an age that describes
a relative ("a 40 year old husband", "my husband. 40 year old guy"), "that's all you're getting",
"what was the question?" ending a message; gender words in an exclamation ("boy oh boy"), a titled
name owning something ("Mrs Brown's Boys"), a parent talked about ("Mum's the one who pays"),
a colleague who helped ("单位小姑娘帮我弄的"), "男同志", "whatever box that is" after the value and
"我就算了吧" after it; a child's pet name ("我家娃小名叫豆豆"), "我的就算了吧", "称呼无所谓",
a nickname offered to the asker ("everybody calls me Lupe, you can too"), a rank title ("Sgt.
Williams") and a marital status after "我是" ("我是单身").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a
vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # an age at a past step, told with 的
    ("age", "在厂里干了三十二年，十八岁就进的厂", {}, "v"),
    ("age", "十八岁就进的厂", {}, ""),
    ("age", "二十岁来的深圳", {}, ""),
    ("age", "二十八岁上的大学", {}, ""),
    ("age", "十八岁进的厂，今年五十", {"age": 50}, ""),
    ("age", "25岁结的婚，现在40", {"has_partner": True, "age": 40}, ""),
    ("age", "十八岁进的厂，干了三十年了，今年48", {"age": 48}, ""),
    ("age", "二十八岁的人了", {"age": 28}, ""),
    ("age", "我28岁的", {"age": 28}, ""),
    ("age", "我今年28岁的样子", {"age": 28}, ""),
    ("age", "我35岁，做销售的", {"age": 35}, ""),
    ("age", "在厂里干了三十二年", {}, ""),
    ("age", "干了三十二年，今年五十", {"age": 50}, ""),
    # a gap to somebody else's age
    ("age", "我跟我对象差3岁，他今年27", {"has_partner": True}, "v"),
    ("age", "she's 3 years older than me, she's 40", {}, "v"),
    ("age", "我跟我对象差3岁", {"has_partner": True}, ""),
    ("age", "我老公比我大三岁，我今年30", {"has_partner": True, "age": 30}, ""),
    # counted people and pets
    ("age", "got 4 grandbabies if that tells you anything 😅", {}, "v"),
    ("age", "got 4 grandbabies", {}, ""),
    ("age", "got 4 cats", {}, ""),
    ("age", "got 4 great-grandbabies", {}, ""),
    ("age", "28, 2 cats", {"age": 28}, ""),
    ("age", "35 this year", {"age": 35}, ""),
    ("age", "45", {"age": 45}, ""),
    # a bound after a range
    ("age", "二十七八，还没到三十😅", {"age": 28}, ""),
    ("age", "二十七八", {"age": 28}, ""),
    ("age", "二十八，还没到三十", {"age": 28}, ""),
    ("age", "二十七八吧，具体是28", {"age": 28}, ""),
    ("age", "还没到三十", {"age": 30}, ""),
    # a relative described by an age
    ("has_dependents", "I have a 10 year old son", {"has_dependents": True}, ""),
    ("age", "a 40 year old husband", {"has_partner": True}, ""),
    ("age", "I'm a 40 year old guy", {"gender": "male", "age": 40}, ""),
    ("age", "40 year old mum of two", {"age": 40}, ""),
    ("age", "I'm 45, my 19 year old son lives with me", {"age": 45}, ""),
    ("name", "my husband. 40 year old guy", {"has_partner": True}, ""),
    ("name", "Ben. 40 year old guy", {"age": 40, "gender": "male", "name": "Ben"}, ""),
    (
        "name",
        "my husband. I'm a 40 year old guy",
        {"age": 40, "gender": "male", "has_partner": True},
        "",
    ),
    # no more than that
    ("age", "been driving Lyft 6 years, that's all you getting", {}, "r"),
    ("age", "that's all you get", {}, "r"),
    ("age", "45, that's all you're getting", {"age": 45}, ""),
    ("age", "that's all you need to know", {}, ""),
    # the question asked back at the end
    (
        "age",
        "Mum's turning 80 next week, sorry, head's all over the place with the party. "
        "What was the question?",
        {},
        "",
    ),
    ("age", "head's all over the place, what was the question?", {}, ""),
    ("age", "my head's all over the place", {}, "v"),
    ("age", "dunno, what was the question again? 45", {"age": 45}, ""),
    # gender words about nobody or somebody else
    ("gender", "boy oh boy these questions 😂", {}, ""),
    ("gender", "oh boy", {}, ""),
    ("gender", "man oh man", {}, ""),
    ("gender", "oh man, male", {"gender": "male"}, ""),
    ("gender", "boy", {"gender": "male"}, ""),
    ("gender", "a boy", {"gender": "male"}, ""),
    ("gender", "man", {"gender": "male"}, ""),
    ("gender", "Mrs Brown's Boys is on, hurry up", {}, ""),
    ("gender", "Mrs Smith", {"gender": "female"}, ""),
    ("gender", "Mrs Smith here", {"gender": "female"}, ""),
    ("gender", "I'm Mrs Brown", {"gender": "female"}, ""),
    ("gender", "Mum's the one who pays the bill, I'm just on her plan", {}, ""),
    ("gender", "Mum's the word", {}, ""),
    ("gender", "mum", {"gender": "female"}, ""),
    ("gender", "mum here", {"gender": "female"}, ""),
    ("gender", "mum's here", {"gender": "female"}, ""),
    ("gender", "mum of two", {"gender": "female"}, ""),
    ("gender", "I'm a mum", {"gender": "female"}, ""),
    ("gender", "dad", {"gender": "male"}, ""),
    ("gender", "这是单位小姑娘帮我弄的", {}, ""),
    ("gender", "单位小姑娘人挺好", {}, ""),
    ("gender", "小伙子给我装的", {}, ""),
    ("gender", "小姑娘一个", {"gender": "female"}, ""),
    ("gender", "女生", {"gender": "female"}, ""),
    ("gender", "我是男同志", {"gender": "male"}, ""),
    ("gender", "男同志", {"gender": "male"}, ""),
    ("gender", "本人女同志", {"gender": "female"}, ""),
    ("gender", "同事是个男同志", {}, ""),
    ("gender", "Male. Fella. Whatever box that is", {"gender": "male"}, ""),
    ("gender", "Male. Whatever box that is", {"gender": "male"}, ""),
    ("gender", "male, whatever you call it", {"gender": "male"}, ""),
    ("gender", "whatever", {}, "v"),
    ("gender", "male, whatever", {}, "v"),
    ("gender", "whatever box that is", {}, "v"),
    ("internet_service", "fibre, whatever that means", {"internet_service": "fiber_optic"}, ""),
    ("gender", "女的，我就算了吧", {"gender": "female"}, ""),
    ("gender", "女的，我的就算了吧", {"gender": "female"}, ""),
    ("gender", "男，我就免了", {"gender": "male"}, ""),
    ("gender", "我们家猫是母的😂 我就算了吧", {}, "r"),
    ("gender", "客服是个男的，我就算了吧", {}, "r"),
    ("gender", "我就算了吧", {}, "r"),
    # names of others, names waved off, names offered
    ("name", "我男朋友叫张一鸣，我的就算了吧", {"has_partner": True}, "r"),
    ("name", "我的就算了吧", {}, "r"),
    ("name", "王芳，我的就算了吧", {"name": "王芳"}, ""),
    ("name", "我的名字就算了吧", {}, "r"),
    ("name", "我家娃小名叫豆豆，刚上幼儿园，我自己叫啥不重要啦", {"has_dependents": True}, "r"),
    ("name", "我家娃小名叫豆豆", {"has_dependents": True}, ""),
    ("name", "我小名叫豆豆", {"name": "豆豆"}, ""),
    ("name", "小名叫豆豆", {"name": "豆豆"}, ""),
    ("name", "我老公名字叫李明", {"has_partner": True}, ""),
    ("name", "我老公名字叫李明，我叫王芳", {"has_partner": True, "name": "王芳"}, ""),
    ("name", "朋友给我起的外号叫大熊", {"name": "大熊"}, ""),
    ("name", "我叫王芳，英文名Amy", {"name": "王芳"}, ""),
    ("name", "我家娃小名叫豆豆，我叫王芳", {"has_dependents": True, "name": "王芳"}, ""),
    ("name", "我们公司老板姓黄，大家都叫他黄总，我就是个打工人，称呼无所谓啦", {}, "v"),
    ("name", "称呼无所谓啦", {}, "v"),
    ("name", "称呼不重要", {}, "r"),
    ("name", "名字无所谓", {}, "r"),
    ("name", "称呼无所谓，叫我老王就行", {"name": "老王"}, ""),
    ("name", "my name is Guadalupe but everybody calls me Lupe, you can too", {"name": "Lupe"}, ""),
    ("name", "my name is Guadalupe but everybody calls me Lupe", {"name": "Guadalupe"}, ""),
    ("name", "my name is Guadalupe, my friends call me Lupe, so can you", {"name": "Lupe"}, ""),
    ("name", "my name's Thomas, my mates call me Tommo", {"name": "Thomas"}, ""),
    ("name", "everybody calls me Lupe, you can too", {"name": "Lupe"}, ""),
    ("name", "Sgt. Williams, retired Army", {"name": "Sgt. Williams"}, ""),
    ("name", "Sgt Williams", {"name": "Sgt Williams"}, ""),
    ("name", "Col. Sanders here", {"name": "Col. Sanders"}, ""),
    ("name", "Capt. Ng, retired", {"name": "Capt. Ng"}, ""),
    ("name", "Dr. Smith, retired", {"name": "Dr. Smith"}, ""),
    ("has_partner", "嗯 那个 我是单身", {"has_partner": False}, ""),
    ("has_partner", "我是单身汉", {"has_partner": False}, ""),
    ("has_partner", "我是单丽，已婚", {"name": "单丽", "has_partner": True}, ""),
    ("name", "我是单身", {"has_partner": False}, ""),
    ("name", "我是单丽", {"name": "单丽"}, ""),
    # "at 85" said of the respondent now (not a past event)
    (
        "has_dependents",
        "My neighbour's boy comes round to help me with the computer, lovely lad. At 85 I need "
        "all the help I can get!",
        {"age": 85},
        "",
    ),
    ("has_dependents", "At 85 I need all the help I can get", {"age": 85}, ""),
    ("has_dependents", "at 85 i'm slowing down", {"age": 85}, ""),
    ("has_dependents", "At 70, I still work", {"age": 70}, ""),
    ("has_dependents", "I moved here at 30", {}, ""),
    ("has_dependents", "at 16 I left school", {}, ""),
    ("has_dependents", "At 65 I retired", {}, ""),
    ("has_dependents", "My mum's 85. At 85 you need help", {}, ""),
    (
        "internet_service",
        "Haven't got the internet, never needed it at 84.",
        {"internet_service": "none", "age": 84},
        "",
    ),
    ("has_dependents", "never needed it at 84", {"age": 84}, ""),
    ("internet_service", "never had a phone at 16.", {}, ""),
    ("internet_service", "we never had cable at 50 Elm Street", {}, ""),
    # puzzled by what somebody else set up, under a question about the respondent's person
    ("gender", "这是单位小姑娘帮我弄的，我自个儿整不明白", {}, ""),
    ("gender", "我儿子帮我装的，我搞不懂", {}, ""),
    ("age", "我孙女帮我弄的，我弄不明白，我78了", {"age": 78}, ""),
    ("gender", "我自个儿整不明白", {}, "v"),
    ("internet_service", "这是单位小姑娘帮我弄的，我自个儿整不明白", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_people_near_misses(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
