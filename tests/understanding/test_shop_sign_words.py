"""Gender and city words in a shop's name or in what others take the respondent for.

A shop's sign or a chain's name ("我店招牌写嘅系『帅哥凉茶』", "店名叫靓女美甲", "shop's called
Pretty Lady Nails", "sorry was in mr price") says nothing of the respondent's gender; a gender
said in its own clause beside it stays ("女，店名叫帅哥凉茶"), and so does "Mr. Price here".
"孩子他爸" as the subject of a clause is the husband talked about ("女，孩子他爸在外地打工").
What others take the respondent for is no home ("好多人以为我是成都人"), beside a home said
("…，其实我在南宁").
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("gender", "sorry was in mr price, whats the question again", {}, ""),
    ("gender", "just got back from mr price lol", {}, ""),
    ("gender", "was at Mr Price buying shoes, what?", {}, ""),
    ("gender", "at mr diy now, call later", {}, ""),
    ("gender", "male, just back from mr price", {"gender": "male"}, ""),
    ("gender", "Mr. Price here", {"gender": "male"}, ""),
    ("gender", "Mr, thanks", {"gender": "male"}, ""),
    ("gender", "mr", {"gender": "male"}, ""),
    ("gender", "我店招牌写嘅系『帅哥凉茶』，哈哈", {}, ""),
    ("gender", "我店招牌写的是「靓女美甲」", {}, ""),
    ("gender", "我家店叫美女服装店", {}, ""),
    ("gender", "我的店叫大叔烧烤", {}, ""),
    ("gender", "我们店招牌是“老男人烧烤”", {}, ""),
    ("gender", "shop's called Pretty Lady Nails lol", {}, ""),
    ("gender", "女，店名叫帅哥凉茶", {"gender": "female"}, ""),
    ("gender", "我是女的，招牌写的帅哥凉茶", {"gender": "female"}, ""),
    ("gender", "店名叫靓女美甲，我系男人嚟㗎", {"gender": "male"}, ""),
    ("gender", "female, my shop's called Mr Fix It", {"gender": "female"}, ""),
    ("gender", "男，开了家帅哥凉茶", {"gender": "male"}, ""),
    ("gender", "帅哥一枚", {"gender": "male"}, ""),
    ("gender", "我是帅哥", {"gender": "male"}, ""),
    ("gender", "女，孩子他爸在外地打工", {"has_partner": True, "gender": "female"}, ""),
    ("gender", "女的，孩子他爸不在家", {"has_partner": True, "gender": "female"}, ""),
    ("gender", "男，孩子他妈在上班", {"has_partner": True, "gender": "male"}, ""),
    ("gender", "孩子他爸", {"gender": "male"}, ""),
    ("gender", "我是孩子他爸", {"gender": "male"}, ""),
    ("city", "我店招牌写的成都冒菜，好多人以为我是成都人哈哈", {}, ""),
    ("city", "好多人以为我是成都人", {}, ""),
    ("city", "人家以为我是广州的", {}, ""),
    ("city", "别人都当我是四川人，其实我在昆明", {"city": "Kunming"}, ""),
    ("city", "好多人以为我是成都人，其实我在南宁", {"city": "Nanning"}, ""),
    ("city", "我是成都人", {"city": "Chengdu"}, ""),
    ("city", "店名叫重庆小面，人在广州", {"city": "Guangzhou"}, ""),
    ("city", "我在南宁卖成都冒菜", {"city": "Nanning"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_shop_sign_words(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
