"""People and household answers read by class: a value kept beside a helper's set-up, an echoed
household word answered or set right, a spouse who died said with "he" or "she", a telegraphic
"no", a person spoken of by age, a neighbour cared for, a generation under the name, and a
familiar Chinese name offered after the full name.

Covers:
- a gender said, then the set-up left to somebody else and not understood ("女的，我儿子帮我弄的，
  我搞不懂": female; "…，不知道" stays vague);
- an echoed topic word answered with the respondent's own none, maybe after somebody else's
  ("孩子？我朋友家有两个，我还没有", "kids? my sister has two, not me": no; "…，我家有一个": yes);
- an echoed elder word answered with a neighbour the respondent looks in on ("老人？我们楼上的老大
  爷我每周去照顾": nothing; with "我妈也跟我住": yes), and care for a neighbour said plainly ("I
  look after the old man upstairs", "我照顾楼上的老大爷"; "I look after my mum" stays);
- a person spoken of by age ("Does a 10 year old count?", "我家10岁的算吗": no age; "I'm a 19 yo
  student" is the respondent's);
- "I don't" with a verb of another act ("at 90, I don't bother with gadgets": the age only);
- a marriage, then "he" or "she" died in the next clause ("结婚三十年，他前年走了", "married 30
  years, she died last spring": widowed; "他爸前年走了", "他前年退休了", "他上个月走了，出差去了"
  keep the spouse);
- a topic word with a bare "no" after it ("dance partner yes, boyfriend no", "husband no, kids
  yes"; "no wife no kids", "my wife no longer works" unchanged);
- an echoed marriage set right with "more like" ("married? more like married to the sofa": not
  married, as "married to my job"; "married to the sofa" alone stays a vague joke; "married?
  more like engaged" is engaged);
- a generation under the name ("Gen Z lol", "我是90后": no name, not vague; "Gen" is a name);
- a familiar name made from the full Chinese name and consented to ("我叫王芳，小芳就行" → 小芳,
  "老李就行", "思雨就好"; "小芳也行", "小芳是我妹妹", an unrelated "小丽就行" leave 王芳).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("gender", "女的，我儿子帮我弄的，我搞不懂", {"gender": "female"}, ""),
    ("gender", "男的，我女儿帮我弄的，我搞不懂", {"gender": "male"}, ""),
    ("gender", "女的，这些我搞不懂，我儿子帮我弄的", {"gender": "female"}, ""),
    ("gender", "female, my son set it up for me, I cant figure it out", {"gender": "female"}, ""),
    ("gender", "女的，我儿子帮我弄的，不知道", {}, "v"),
    ("gender", "我儿子帮我弄的，我搞不懂", {}, ""),
    ("has_dependents", "孩子？我朋友家有两个，我还没有", {"has_dependents": False}, ""),
    ("has_dependents", "孩子？我还没有", {"has_dependents": False}, ""),
    ("has_dependents", "kids? my sister has two, not me", {"has_dependents": False}, ""),
    ("has_dependents", "kids? my friend has two, I have none yet", {"has_dependents": False}, ""),
    ("has_dependents", "孩子？我朋友家有两个", {}, ""),
    ("has_dependents", "孩子？我朋友家有两个，我家有一个", {"has_dependents": True}, ""),
    ("has_dependents", "孩子？有两个", {"has_dependents": True}, ""),
    ("has_dependents", "老人？我们楼上的老大爷我每周去照顾", {}, ""),
    (
        "has_dependents",
        "老人？我们楼上的老大爷我每周去照顾，我自己家没有",
        {"has_dependents": False},
        "",
    ),
    ("has_dependents", "老人？我妈我每周去照顾", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "老人？楼上的老大爷我每周去照顾，我妈也跟我住",
        {"has_dependents": True},
        "",
    ),
    ("has_dependents", "孩子？邻居家有俩，我帮忙带", {}, ""),
    ("has_dependents", "I look after the old man upstairs every week", {}, ""),
    ("has_dependents", "我照顾楼上的老大爷", {}, ""),
    ("has_dependents", "I look after my mum", {"has_dependents": True}, ""),
    ("has_dependents", "我照顾我爸", {"has_dependents": True}, ""),
    ("has_dependents", "Does a 10 year old count?", {}, ""),
    ("has_dependents", "我家10岁的算吗", {}, ""),
    ("has_dependents", "I have a 10 year old", {"has_dependents": True}, ""),
    ("has_dependents", "a 5-year-old and a newborn", {"has_dependents": True}, ""),
    ("age", "I'm a 19 yo student, I live in Melbourne", {"age": 19, "city": "Melbourne"}, ""),
    ("has_dependents", "at 90, I don't bother with gadgets", {"age": 90}, ""),
    ("has_dependents", "I don't need to support anyone", {"has_dependents": False}, ""),
    ("has_dependents", "I don't, they've all grown up", {"has_dependents": False}, ""),
    ("has_partner", "结婚三十年，他前年走了", {"has_partner": False}, ""),
    ("has_partner", "结婚四十年，她三年前过世了", {"has_partner": False}, ""),
    ("has_partner", "married 30 years, she died last spring", {"has_partner": False}, ""),
    ("has_partner", "结婚三十年，他爸前年走了", {"has_partner": True}, ""),
    ("has_partner", "结婚三十年，他前年退休了", {"has_partner": True}, ""),
    ("has_partner", "married 30 years, his dad passed last year", {"has_partner": True}, ""),
    ("has_partner", "我们结婚十年，他上个月走了，出差去了", {"has_partner": True}, ""),
    ("has_partner", "结婚三十年，我儿子说他前年走了", {"has_partner": True}, ""),
    ("has_partner", "dance partner yes, boyfriend no", {"has_partner": False}, ""),
    ("has_partner", "husband no, kids yes", {"has_dependents": True, "has_partner": False}, ""),
    ("has_partner", "boyfriend no more", {"has_partner": False}, ""),
    ("has_partner", "dance partner yes, boyfriend yes", {"has_partner": True}, ""),
    ("has_partner", "no wife no kids just me", {"has_dependents": False, "has_partner": False}, ""),
    ("has_partner", "my wife no longer works", {"has_partner": True}, ""),
    ("has_partner", "married? more like married to the sofa", {"has_partner": False}, ""),
    ("has_partner", "married to the sofa", {}, "v"),
    ("has_partner", "married? more like engaged", {"has_partner": True}, ""),
    ("has_partner", "married? more like married to Dan", {"has_partner": True}, ""),
    ("has_partner", "married? yes", {"has_partner": True}, ""),
    ("name", "Gen Z lol", {}, ""),
    ("name", "I'm Gen Z lol", {}, ""),
    ("name", "我是90后", {}, ""),
    ("name", "Gen", {"name": "Gen"}, ""),
    ("name", "Gen Z lol, name is Ava", {"name": "Ava"}, ""),
    ("name", "我叫王芳，小芳就行", {"name": "小芳"}, ""),
    ("name", "王芳，小芳就行", {"name": "小芳"}, ""),
    ("name", "我叫李建国，老李就行", {"name": "老李"}, ""),
    ("name", "我叫陈思雨，思雨就好", {"name": "思雨"}, ""),
    ("name", "我叫王芳，芳芳就可以", {"name": "芳芳"}, ""),
    ("name", "我叫王芳，小芳也行", {"name": "王芳"}, ""),
    ("name", "我叫王芳，小芳是我妹妹", {"name": "王芳"}, ""),
    ("name", "我叫王芳，我妹妹叫小芳", {"name": "王芳"}, ""),
    ("name", "我叫王芳，小丽就行", {"name": "王芳"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_household_echoes_and_nicknames(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
