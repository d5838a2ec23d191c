"""Open answers, interests, gender words and the vague flag, round 20.

Covers: nothing to complain about in Guizhou "没得哪样", "touchwood" in one word, "no dramas",
"sweet as", "y'all been fine" / "you've been fine" (but a fault after it stays a complaint); a
visit that never came and nobody rang back as a complaint; things counted as broken ("线断了两根")
as no outage (but "网断了俩小时"); no time for hobbies ("哪有工夫", "哪还有时间", "哪有啥爱好",
"where got time", "no time for a hobby", "Hobbies? What are those", "I get in, I eat, I sleep",
"work and chill"), with a pastime named still counting; a partner's pastime ("hubby") and a past
one ("年轻那会儿还爱踢球") as none of the respondent's (but one still kept up); "soaps" as
movies; "do it on the computer" as no technology interest; "does a dog count" as no pet; gender
in "babae" / "lalaki", "单亲妈妈", "孕妇", "男女" named together, people counted after the word
("男的5个") and a gender asked back as unthinkable ("还能是男的吗"); vague for "my son set it up"
said last, asking a daughter-in-law or a 闺女, an office that reimburses, "don't know …, ask her",
a hedge after a question about the question, a rating "out of 10" in Chinese, a contract
never asked about ("合约还没问"), "一身汗" as no age, and not knowing after "so" ("it's in my
mum's name so honestly no idea").
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # nothing to complain about, in more voices
    ("complaint", "没得哪样意见", {}, "v"),
    ("complaint", "用了三年多，没得哪样毛病", {"tenure_months": 36}, "v"),
    (
        "complaint",
        "没得哪样问题，就是晚上信号差",
        {"complaint": "没得哪样问题，就是晚上信号差"},
        "",
    ),
    ("complaint", "none so far touchwood", {}, "v"),
    ("complaint", "all sweet, no dramas", {}, "v"),
    ("complaint", "nothing really, you've been fine", {}, "v"),
    ("complaint", "nah, y'all been fine", {}, "v"),
    (
        "complaint",
        "no dramas except the bill keeps going up",
        {"complaint": "no dramas except the bill keeps going up"},
        "",
    ),
    # a visit that never came, nobody rang back
    (
        "complaint",
        "the engineer never came and nobody rang us",
        {"complaint": "the engineer never came and nobody rang us"},
        "",
    ),
    (
        "complaint",
        "nobody called back after the outage",
        {"complaint": "nobody called back after the outage"},
        "",
    ),
    ("complaint", "I'm a technician myself, no issues", {}, "v"),
    # things counted as broken are no outage
    ("complaint", "周末去公园放风筝，线断了两根，冷死了", {}, ""),
    ("complaint", "宽带断了仨钟头", {"complaint": "宽带断了仨钟头"}, ""),
    ("complaint", "网断了俩回", {"complaint": "网断了俩回"}, ""),
    # no time for hobbies
    ("interests", "送外卖的，哪有那闲工夫", {}, "v"),
    ("interests", "现在哪还有时间玩，孩子太小", {"has_dependents": True}, "v"),
    ("interests", "哪有啥爱好，天天在厂里", {}, "v"),
    ("interests", "哪有什么爱好，就是偶尔打打篮球", {"interests": ["sports"]}, ""),
    ("interests", "跑步，哪有时间搞别的", {"interests": ["fitness"]}, ""),
    ("interests", "where got time for hobby one", {}, "v"),
    ("interests", "no time for a hobby really", {}, "v"),
    ("interests", "hobbies? what's that lol, I run a shop", {}, "v"),
    ("interests", "Hobbies? With my rota? I come home, eat and sleep", {}, "v"),
    ("interests", "I just work and chill these days", {}, "v"),
    # other people's and past pastimes
    (
        "interests",
        "hubby loves fishing and golf, I mostly read",
        {"has_partner": True, "interests": ["reading"]},
        "",
    ),
    ("interests", "golf and yoga", {"interests": ["fitness", "sports"]}, ""),
    ("interests", "平时爱唱歌，年轻那会儿还爱打篮球", {"interests": ["music"]}, ""),
    ("interests", "我喜欢打篮球", {"interests": ["sports"]}, ""),
    ("churn_intent", "以前想过换，现在不想了", {"churn_intent": "stay"}, ""),
    # soaps, a device as a means, a pet asked about
    ("interests", "I watch my soaps every afternoon", {"interests": ["movies"]}, ""),
    ("interests", "no soap, I hate washing lol", {}, ""),
    (
        "payment_method",
        "my niece wants me to do it on the computer, I still mail a cheque",
        {"payment_method": "mailed_check"},
        "",
    ),
    ("interests", "I'm always on the computer", {"interests": ["technology"]}, ""),
    ("has_dependents", "does a cat count?", {}, ""),
    ("interests", "my dog and my cat", {"interests": ["pets"]}, ""),
    # gender words
    ("gender", "babae", {"gender": "female"}, ""),
    ("gender", "lalaki po", {"gender": "male"}, ""),
    ("gender", "我是单亲妈妈", {"gender": "female", "has_partner": False}, ""),
    ("gender", "我是孕妇", {"gender": "female"}, ""),
    ("gender", "我老婆是孕妇", {"has_partner": True}, ""),
    ("gender", "我是非二元的，别只给男女两个选项", {"gender": "other"}, ""),
    ("gender", "家里男的3个女的2个", {}, ""),
    ("gender", "女的，我们科室男的两个", {"gender": "female"}, ""),
    ("gender", "男的，28", {"gender": "male"}, ""),
    ("gender", "男的呀，难道会是女的？", {"gender": "male"}, ""),
    ("gender", "可能是女的吧", {"gender": "female"}, ""),
    # left to others, and "ask her"
    ("contract", "no clue what we're on, my daughter set it up", {}, "v"),
    ("contract", "my son set it up. 2 year contract", {"contract": "two_year"}, ""),
    ("monthly_spend", "这个得问俺闺女", {}, "v"),
    ("monthly_spend", "得问我女婿，钱是他交的", {}, "v"),
    ("monthly_spend", "my firm reimburses the lot", {}, "v"),
    ("monthly_spend", "my company reimburses it, about 50 a month", {"monthly_spend": 50.0}, ""),
    ("payment_method", "not sure what my dad uses, ask him lol", {}, "v"),
    ("payment_method", "I'll ask her", {}, ""),
    ("interests", "my 7 yo is the lego mad one, ask him lol", {"has_dependents": True}, ""),
    # a hedge after a question about the question
    ("has_dependents", "depends how you define it, sort of yes sort of no", {}, "v"),
    ("has_dependents", "does my godson count? I pay for his school trips", {}, ""),
    # a contract never asked about, "一身汗" as no age, not knowing after "so"
    ("contract", "合同的事没打听过", {}, "v"),
    ("contract", "合约我问过了，两年的", {"contract": "two_year"}, ""),
    ("age", "刚干完活，一身泥", {}, ""),
    ("age", "一身汗，年龄记不清了", {}, "v"),
    ("tenure_months", "the line is in my dad's name so honestly no idea how long", {}, "v"),
    ("tenure_months", "my mum set it up so she has no idea either", {}, ""),
    # a rating out of 10, in Chinese
    ("satisfaction", "要是out of 10的话我给8", {}, "v"),
    ("satisfaction", "要是out of 5的话我给4", {"satisfaction": 4}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round20_open_vague(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
