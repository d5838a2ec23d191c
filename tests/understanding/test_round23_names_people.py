"""Names, refusals, open answers, interests and household, round 23.

Covers: a Muslim or Hindi greeting before a name ("Salaam, Bilal here", "Namaste, Priya Sharma";
but "Salma", "Salman Khan"); a formal Chinese refusal with 回答 ("倾向于不作回答", "本人不予回答";
but "暂不作回答" put off, "客服一直不作回答" a grievance); "next question" as the time to ask again
("ask me at the next question"; but "next question" alone, "Woman. Next question"); options asked
back and asking for a list under the complaint question ("网速？价格？你给我几个选项"; but
"网速太慢？" says a fault); the "you" of telling the asker about one's day ("I must tell you I
walked the dog"; but "I must tell you your prices are too high"); Cantonese "冇咩爱好" and a
"细佬" whose hobby it is;
a clause with no subject going on about what another person likes ("我老婆就喜欢逛街，买衣服买个
不停"; but "我老婆喜欢逛街，我就看电视剧"); a hobby prompted by somebody at hand and agreed to
("孙子说奶奶你就说喜欢看电视剧。对对"; but without the "对对"); "到处跑" hedging only a city
("男的。我们到处跑"); dating a thing in jest ("跟bug谈恋爱"; but "跟小李在谈恋爱"); marriage as the
local custom ("我们这边结婚早"; but "我在这边结婚了"); alone at a work site with a wife at home
("有老婆…我一个人在工地"; but "我一个人住", "我一个人在北京"); parents cared for outlasting grown
children ("父母跟我住，我照顾他们；孩子已经工作了"; but "我妈身体很好，孩子都成家了"); a mother of
two whose children are at school, in another answer (but "at university", or a sister's).
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a greeting before the name
    ("name", "Salaam, Bilal here", {"name": "Bilal"}, ""),
    ("name", "assalamu alaikum, Ayesha", {"name": "Ayesha"}, ""),
    ("name", "As-salamu alaykum. My name is Tariq", {"name": "Tariq"}, ""),
    ("name", "Namaste, Priya Sharma", {"name": "Priya Sharma"}, ""),
    (
        "name",
        "Asalam o alaikum, I am Imran Butt. My friends call me Immi so call me Immi",
        {"name": "Immi"},
        "",
    ),
    ("name", "Salma", {"name": "Salma"}, ""),
    ("name", "Salman Khan", {"name": "Salman Khan"}, ""),
    ("name", "my name is Zainab, my cousins call me Zee", {"name": "Zainab"}, ""),
    # a formal refusal with 回答
    ("gender", "这个我倾向于不作回答，跟办宽带没关系吧", {}, "r"),
    ("gender", "本人不予回答", {}, "r"),
    ("age", "此项不作回答", {}, "r"),
    ("gender", "暂不作回答，等会儿再说", {}, ""),
    (
        "complaint",
        "客服一直不作回答，投诉了三次",
        {"complaint": "客服一直不作回答，投诉了三次"},
        "",
    ),
    ("gender", "女，其他不作回答", {"gender": "female"}, ""),
    # "next question" as the time to ask again
    ("interests", "hmm hobbies, ask me again at the next question, I'm on the motorway", {}, ""),
    ("age", "I'll tell you by the next question", {}, ""),
    ("gender", "next question", {}, "r"),
    ("interests", "meh. next question", {}, "r"),
    ("gender", "Woman. Next question", {"gender": "female"}, ""),
    # options asked back under the complaint question
    ("complaint", "比如哪方面啊？信号？套餐？你给我列几个选项吧，这种题太难答了", {}, ""),
    ("complaint", "like what? coverage? billing? give me some options", {}, ""),
    ("complaint", "哪方面？网速？价格？我邻居说你们师傅挺好的", {}, ""),
    (
        "complaint",
        "比如哪方面？网速太慢？价格太贵？都有",
        {"complaint": "比如哪方面？网速太慢？价格太贵？都有"},
        "",
    ),
    (
        "complaint",
        "比如说哪方面？网速？价格？其实就是晚上太卡",
        {"complaint": "比如说哪方面？网速？价格？其实就是晚上太卡"},
        "",
    ),
    # the "you" of telling the asker about one's day
    (
        "complaint",
        "I must tell you I walked the dog by the canal and it rained, lovely though.",
        {},
        "",
    ),
    (
        "complaint",
        "I must tell you your prices are too high",
        {"complaint": "I must tell you your prices are too high"},
        "",
    ),
    (
        "complaint",
        "I have to tell you the internet drops every night",
        {"complaint": "I have to tell you the internet drops every night"},
        "",
    ),
    ("complaint", "you never answer the phone", {"complaint": "you never answer the phone"}, ""),
    # Cantonese: nothing much of my own, a younger brother's hobby
    ("interests", "冇咩特别爱好", {}, "v"),
    ("interests", "我细佬钟意打机，日日打。我自己就冇咩爱好", {}, "v"),
    ("interests", "我弟弟就喜欢打游戏。我自己没什么特别爱好。", {}, "v"),
    # what another person likes, going on in a clause with no subject
    ("interests", "我老婆最喜欢逛街，买衣服买个没完", {"has_partner": True}, ""),
    ("interests", "我老公爱钓鱼，周末天天往水库跑", {"has_partner": True}, ""),
    (
        "interests",
        "我老婆喜欢逛街，我就看电视剧",
        {"has_partner": True, "interests": ["movies"]},
        "",
    ),
    ("interests", "我喜欢逛街，买衣服买个不停", {"interests": ["fashion"]}, ""),
    (
        "interests",
        "我老婆就喜欢逛街，我买衣服买个不停",
        {"has_partner": True, "interests": ["fashion"]},
        "",
    ),
    # a hobby prompted by somebody at hand, then agreed to
    ("interests", "女儿在旁边说妈你就说喜欢看电视剧。是的，天天看", {"interests": ["movies"]}, ""),
    ("interests", "孙子说你就说喜欢打游戏", {}, ""),
    # a life on the move hedges only a city
    ("gender", "男的。我们跑运输的到处跑", {"gender": "male"}, ""),
    ("gender", "女，到处跑的", {"gender": "female"}, ""),
    ("city", "到处跑", {}, "v"),
    ("has_partner", "有吧，到处跑，说不清", {}, "v"),
    # dating a thing in jest
    ("has_partner", "没有，天天和工作谈恋爱", {"has_partner": False}, ""),
    ("has_partner", "单身，跟被窝谈恋爱", {"has_partner": False}, ""),
    ("has_partner", "跟小李在谈恋爱", {"has_partner": True}, ""),
    ("has_partner", "在谈恋爱", {"has_partner": True}, ""),
    # marriage as the local custom
    ("has_partner", "问这个干嘛？我们这边结婚都早", {}, ""),
    ("has_partner", "农村人结婚都早，我还没", {"has_partner": False}, ""),
    ("has_partner", "我在这边结婚了", {"has_partner": True}, ""),
    ("has_partner", "回老家结婚了", {"has_partner": True}, ""),
    # alone at a work site, the family at home
    (
        "has_partner",
        "有媳妇，在老家看孩子，我一个人在工地干活",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    ("has_partner", "老公在老家，我一个人在外地打工", {"has_partner": True}, ""),
    ("has_partner", "我一个人住", {"has_partner": False}, ""),
    ("has_partner", "单身，一个人在外地", {"has_partner": False}, ""),
    # parents cared for outlast grown children
    ("has_dependents", "父母跟我住，我照顾他们；孩子已经工作了", {"has_dependents": True}, ""),
    (
        "has_dependents",
        "my dad lives with me and I look after him; the kids are all grown up",
        {"has_dependents": True},
        "",
    ),
    ("has_dependents", "我妈身体很好，孩子都成家了", {"has_dependents": False}, ""),
    (
        "has_dependents",
        "the kids are all grown up, my mum is in a care home",
        {"has_dependents": False},
        "",
    ),
    ("has_dependents", "孩子在外地上班，经济上独立了", {"has_dependents": False}, ""),
    # a mother or father of two whose children are at school, in another answer
    (
        "gender",
        "I'm a woman, a mother of two girls, they're in primary school",
        {"gender": "female", "has_dependents": True},
        "",
    ),
    (
        "age",
        "43, dad of three, they're all at secondary school",
        {"age": 43, "has_dependents": True},
        "",
    ),
    (
        "gender",
        "man, father of two boys, both in year 4",
        {"gender": "male", "has_dependents": True},
        "",
    ),
    ("gender", "woman, mother of two, they're at university now", {"gender": "female"}, ""),
    (
        "gender",
        "female, my sister is a mother of two, they're in primary school",
        {"gender": "female"},
        "",
    ),
    ("gender", "male, a father of two, they are in their thirties", {"gender": "male"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "values", "flag"), CASES)
def test_round23_names_people(
    survey: Survey, asked: str, text: str, values: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, values, flag)
