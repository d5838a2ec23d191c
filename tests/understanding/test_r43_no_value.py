"""Refusals, vague answers and false fills of answers that give no value, with near misses that
keep theirs."""

from __future__ import annotations

import pytest

from .conftest import check_reading

CASES = [
    # the asker told to leave the topic ("莫" for "别"), the rating waved off as a kind
    ("name", "名字就莫问了哈，直接开始吧", {}, "r"),
    ("name", "莫问了", {}, "r"),
    ("age", "莫问年龄，问别的", {}, "r"),
    ("age", "年龄就莫问了", {}, "r"),
    ("age", "莫急，我35", {"age": 35}, ""),
    ("satisfaction", "打分这种就算了，我不打", {}, "r"),
    ("satisfaction", "打分？我不打", {}, "r"),
    ("satisfaction", "打分这种事我给4分吧", {"satisfaction": 4}, ""),
    ("satisfaction", "这分我不打高，3分", {"satisfaction": 3}, ""),
    ("interests", "打篮球？我不打", {}, ""),
    # "skip" last, after an emoji; the name kept for friends
    ("name", "names are for friends 😉 skip", {}, "r"),
    ("name", "my name is for friends only", {}, "r"),
    ("name", "Skipper", {"name": "Skipper"}, ""),
    # a computer as the one told, no interest in technology
    ("age", "I don't give my age out to computers, sorry love", {}, "r"),
    ("interests", "I love building computers", {"interests": ["technology"]}, ""),
    ("interests", "I hate talking to computers, I like reading", {"interests": ["reading"]}, ""),
    ("interests", "我不跟电脑说这些，爱好是跑步", {"interests": ["fitness"]}, ""),
    # a refusal taken back as a joke
    ("gender", "a lady never tells... only joking, female", {"gender": "female"}, ""),
    ("gender", "none of your business lol jk, male", {"gender": "male"}, ""),
    ("gender", "不告诉你，逗你的，男的", {"gender": "male"}, ""),
    ("age", "不告诉你，开玩笑的，我32", {"age": 32}, ""),
    ("gender", "jk, I'd rather not say", {}, "r"),
    ("gender", "I'd rather not say, and I'm not joking", {}, "r"),
    ("gender", "保密，你开玩笑吧", {}, "r"),
    ("age", "are you kidding? not telling", {}, "r"),
    # a start only said to be long ago
    ("tenure_months", "哎呀老早就用了，从我年轻的时候开始", {}, "v"),
    ("tenure_months", "很早以前就办了", {}, "v"),
    ("tenure_months", "打小就用你们的", {}, "v"),
    ("tenure_months", "老早就用了，差不多十年", {"tenure_months": 120}, ""),
    ("tenure_months", "老早就想换了", {}, ""),
    ("tenure_months", "signed up so long ago I couldn't tell you", {}, "v"),
    ("contract", "I'd have to ring and ask, it was set up that long ago", {}, "v"),
    ("contract", "I'd have to ring and ask", {}, ""),
    ("contract", "set up that long ago, one year I think", {"contract": "one_year"}, ""),
    ("contract", "老早就办了", {}, "v"),
    # a province or a part of a country for the city
    ("city", "up the North East, near the coast", {}, "v"),
    ("city", "Ontario, a couple hours from anywhere you would have heard of", {}, "v"),
    ("city", "Alberta", {}, "v"),
    ("city", "Ontario, Toronto", {"city": "Toronto"}, ""),
    ("city", "Ontario, Kitchener", {"city": "Kitchener"}, ""),
    ("city", "Mackay, north Queensland", {"city": "Mackay"}, ""),
    ("city", "Newcastle, up the North East", {"city": "Newcastle"}, ""),
    ("city", "Whitby, near the coast", {"city": "Whitby"}, ""),
    # nothing wrong, only praise: no complaint
    ("complaint", "真没啥，我们这边信号一直都好好的", {}, "v"),
    ("complaint", "没有，宽带好好的", {}, "v"),
    ("complaint", "信号一直都好好的，就是贵", {"complaint": "信号一直都好好的，就是贵"}, ""),
    ("complaint", "没啥，网老断", {"complaint": "没啥，网老断"}, ""),
    ("complaint", "好好的网说断就断", {"complaint": "好好的网说断就断"}, ""),
    # which sense is meant, asked back with no word echoed
    ("has_dependents", "是说要我养的，还是住一起的都算？", {}, ""),
    ("has_dependents", "你是说要我养的那种吗？", {}, ""),
    ("has_dependents", "是说要我养的吧？那有，两个孩子", {"has_dependents": True}, ""),
    ("has_dependents", "是的，我养着两个孩子", {"has_dependents": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)
