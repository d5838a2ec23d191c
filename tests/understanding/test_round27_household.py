"""Household readings and refusals, round 27: the answer left to what counts, a partner set against
someone else, an elder the respondent cares for, a child raised alone, a couple as the household
and the question judged too personal.

Covers: "这得看怎么算", "看你怎么定义", "算不算得看你", also after a bare "嗯" (but "有两个孩子，
不过看怎么算" keeps its children, "我看你怎么说服我" hedges nothing); "I'm the account holder not my
husband", "I pay it, not my wife", "it's not my husband's account", "户主是我不是我老公" (but "he's
not my husband", "no, not my husband, I'm single", "not my husband any more", "他不是我老公");
"跟我爸妈住一块，他们身体不好我照顾着", "just me and my dad, I look after him full time" in any
answer (but "just me and my dad", "he looks after me", "I look after it", "I look after her kids
sometimes", "我哥照顾着", "不用我照顾"); "一个人带着闺女" (but "闺女跟她爸", "儿子在外地上班");
"就俺两口子过", "过二人世界" (but "他们两口子", "就我跟我妹俩人过", "just the two of us"); "bit
personal that", "too personal mate", "bit nosy that" (but "personal training", "a bit personal
stuff on there", "quite private round here").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

P = "has_partner"
D = "has_dependents"
G = "gender"
C = "city"
A = "age"
M = "payment_method"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # the answer left to what the question counts: vague, even after a bare "嗯"
    (D, "嗯……这得看怎么算了", {}, "v"),
    (D, "这得看怎么算", {}, "v"),
    (D, "看你怎么定义", {}, "v"),
    (D, "嗯，要看你怎么定义了", {}, "v"),
    (P, "看你怎么算吧", {}, "v"),
    (P, "这个嘛，看你怎么理解", {}, "v"),
    (D, "算不算得看你", {}, "v"),
    (D, "看你说的是哪种", {}, "v"),
    (D, "depends what counts", {}, "v"),
    # ... but not a sum worked out, persuasion, or a plain yes
    (D, "有两个孩子，不过看怎么算", {D: True}, ""),
    (P, "我看你怎么说服我", {}, ""),
    (D, "嗯，有", {D: True}, ""),
    (D, "怎么算？", {}, ""),
    # a partner set against the respondent is a partner
    (G, "F, and yes I'm the account holder not my husband", {G: "female", P: True}, ""),
    (G, "female, I'm the one who pays, not my husband", {G: "female", P: True}, ""),
    (M, "I pay it, not my wife", {P: True}, ""),
    (P, "it's me that deals with it, not my husband", {P: True}, ""),
    (M, "it's my card, not my wife's", {P: True, M: "credit_card"}, ""),
    (G, "male, I'm the one on the account not my girlfriend", {G: "male", P: True}, ""),
    (M, "我自己交，不是我老婆交", {P: True}, ""),
    (G, "女，户主是我不是我老公", {G: "female", P: True}, ""),
    # ... but not an identity denied, a denial before it, a former partner or one gone
    (P, "he's not my husband, just a mate", {P: False}, ""),
    (P, "no, not my husband, I'm single", {P: False}, ""),
    (P, "not my husband, I'm not married", {P: False}, ""),
    (M, "I pay, not my ex-husband", {P: False}, ""),
    (M, "I pay, not my husband any more, we split", {P: False}, ""),
    (P, "I'm divorced, I pay, not my husband", {P: False}, ""),
    (P, "他不是我老公", {P: False}, ""),
    (P, "那个不是我老公", {P: False}, ""),
    (P, "不是我老公，我没结婚", {P: False}, ""),
    # an elder named, then cared for by the respondent: a dependent in any answer
    (C, "襄阳樊城，跟我爸妈住一块，他们身体不好我照顾着", {C: "Xiangyang", D: True}, ""),
    (D, "跟我爸妈住一块，他们身体不好我照顾着", {D: True}, ""),
    (C, "住在宜昌，我妈身体不好，我照顾她", {C: "Yichang", D: True}, ""),
    (C, "荆州，和老母亲住，她瘫在床上我伺候着", {C: "Jingzhou", D: True}, ""),
    (A, "五十二了，我爸中风以后都是我在照顾他", {A: 52, D: True}, ""),
    (P, "No. Just me and my dad, I look after him full time", {P: False, D: True}, ""),
    (P, "no, just me and my mum, she's got dementia so I care for her", {P: False, D: True}, ""),
    (P, "nope, it's me and my mum, I'm her carer", {P: False, D: True}, ""),
    (C, "Leeds, my nan lives with us and I'm her full time carer", {C: "Leeds", D: True}, ""),
    (A, "58, my mother in law moved in, I look after her now", {A: 58, D: True}, ""),
    # ... but not living with parents alone, their care of the respondent, a pet, another carer
    (C, "襄阳，跟我爸妈住一块", {C: "Xiangyang"}, ""),
    (P, "No. Just me and my dad", {P: False}, ""),
    (P, "No, I live with my dad, he looks after me", {P: False}, ""),
    (P, "no, my dad's dog lives with us, I look after it", {P: False}, ""),
    (P, "no. my mum lives nearby, I look after her kids sometimes", {P: False}, ""),
    (P, "no, I looked after my mum till she passed", {P: False}, ""),
    (C, "爸妈身体不好，我哥照顾着", {}, ""),
    (C, "爸妈在老家，我哥照顾他们", {}, ""),
    (C, "我妈住养老院，我照顾不了她", {}, ""),
    (D, "我不照顾他们", {D: False}, ""),
    (D, "身体不好，我没照顾", {D: False}, ""),
    # a child raised alone
    (P, "离了，一个人带着闺女", {P: False, D: True}, ""),
    (P, "离了，一个人带着儿子", {P: False, D: True}, ""),
    (P, "离婚了，自己带着俩闺女", {P: False, D: True}, ""),
    (A, "三十八，一个人带着女儿", {A: 38, D: True}, ""),
    # ... but not a child living with the other parent, or working elsewhere
    (P, "离了，闺女跟她爸", {P: False}, ""),
    (P, "离了，儿子在外地上班", {P: False}, ""),
    # the couple as the household: a partner, no dependents
    (D, "没娃，就俺两口子过", {P: True, D: False}, ""),
    (D, "没孩子，我们两口子住", {P: True, D: False}, ""),
    (D, "没有，两口子过日子", {P: True, D: False}, ""),
    (D, "没要孩子，过二人世界", {P: True, D: False}, ""),
    # ... but not somebody else's couple, a sibling, nor "the two of us" alone
    (P, "我弟他们两口子住楼下", {}, ""),
    (D, "没孩子，就我跟我妹俩人过", {D: False}, ""),
    (D, "no kids, just the two of us", {D: False}, ""),
    (P, "离了，以前两口子住", {P: False}, ""),
    # the question judged too personal, with no "that's"
    (P, "bit personal that, for a phone company", {}, "r"),
    (P, "a bit personal, that", {}, "r"),
    (P, "too personal mate", {}, "r"),
    (P, "bit personal innit", {}, "r"),
    (P, "kinda personal, no?", {}, "r"),
    (P, "bit nosy that", {}, "r"),
    (P, "too personal for a broadband survey", {}, "r"),
    (A, "bit personal that, for a phone company", {}, "r"),
    # ... but not personal things, a private place or a personal life described
    (P, "I use it for personal stuff", {}, ""),
    (P, "a bit personal stuff on there", {}, ""),
    (C, "quite private round here, no neighbours", {}, ""),
    (P, "my personal life is boring, single", {P: False}, ""),
    ("interests", "personal training and swimming", {"interests": ["fitness"]}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round27_household(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
