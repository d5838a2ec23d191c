"""Refusals, vague answers and questions back in general terms; open answers that turn to other
people; ratings that are somebody else's or about something else.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" for neither; each rule has a case that applies and a near miss that must not.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey
from bot.understanding.ratings import rating_scope
from bot.understanding.unanswered import vague

from .conftest import check_reading

REFUSALS: list[tuple[str, str, dict[str, Any], str]] = [
    # any verb of telling after "不想" / "就不…了"
    ("age", "岁数就不写了", {}, "r"),
    ("has_dependents", "孩子的事不太想谈", {}, "r"),
    ("churn_intent", "不太想换，用惯了", {"churn_intent": "stay"}, ""),
    ("has_partner", "不想谈恋爱", {"has_partner": False}, ""),
    # an adverb inside "don't want to say"
    ("city", "I don't really wanna share where I live", {}, "r"),
    # "that's (a bit) personal", "my business"
    ("age", "that's rather personal", {}, "r"),
    ("monthly_spend", "that is my own business", {}, "r"),
    (
        "payment_method",
        "it's my business account, I pay by bank transfer",
        {"payment_method": "bank_transfer"},
        "",
    ),
    # the topic said not to matter, no more said about it, not getting into it
    ("age", "岁数不重要啦，我在佛山", {"city": "Foshan"}, "r"),
    ("has_partner", "感情状况就不多说了", {}, "r"),
    ("complaint", "不多说了，网太慢", {"complaint": "不多说了，网太慢"}, ""),
    ("has_dependents", "I'd rather not get into that", {}, "r"),
    ("has_dependents", "don't wanna get into my family stuff", {}, "r"),
    ("interests", "not gonna say, sorry", {}, "r"),
    (
        "complaint",
        "not gonna lie, the wifi is awful",
        {"complaint": "not gonna lie, the wifi is awful"},
        "",
    ),
    # private matters kept, a topic not wanted, a rating not given
    ("has_partner", "I'd rather keep my love life private", {}, "r"),
    ("age", "not something I'd like to talk about", {}, "r"),
    ("satisfaction", "不评了，没劲", {}, "r"),
    ("interests", "羽毛球早不打了，现在看书多", {"interests": ["reading"]}, ""),
    # skipping or passing on the question
    ("satisfaction", "let's skip the score", {}, "r"),
    ("interests", "I'll pass on that", {}, "r"),
    ("has_partner", "hmm, pass.", {}, "r"),
    ("has_partner", "that's all you're getting, next", {}, "r"),
    # "不说" after a question back; "不说" that only opens a clause is no refusal
    ("age", "问这干嘛？不说", {}, "r"),
    ("tenure_months", "不说你也知道，快三年了", {"tenure_months": 36}, ""),
    # too lazy to tell, but not too lazy to go out
    ("monthly_spend", "懒得讲", {}, "r"),
    ("interests", "懒得出门，就在家看剧", {"interests": ["movies"]}, ""),
    # "don't write the name down"; "别记错" is no refusal
    ("name", "名字就别写了", {}, "r"),
    ("name", "别记错了，我叫王磊", {"name": "王磊"}, ""),
    # "mind your business" without "own"; a business of one's own is none
    ("age", "just mind your business", {}, "r"),
    ("city", "I run a business in Leeds", {"city": "Leeds"}, ""),
    # "X aren't something I share"; "something I share" without the negation
    ("age", "birthdays aren't something I discuss", {}, "r"),
    (
        "has_partner",
        "married, and that's something I share with everyone",
        {"has_partner": True},
        "",
    ),
    # "就不打了" after a game named before it: stopped playing, no refusal, and no interest now
    ("interests", "小时候爱打乒乓球，上大学后就不打了，现在喜欢下厨", {"interests": ["food"]}, ""),
    ("interests", "排球早就不打了，现在迷上了追剧", {"interests": ["movies"]}, ""),
    ("interests", "年轻时爱写诗，后来就不写了，现在爱看书", {"interests": ["reading"]}, ""),
    ("interests", "打了好几年羽毛球，去年就不打了，现在主要跑步", {"interests": ["fitness"]}, ""),
    # ... but a rating named as what is not given still refuses, also after a question back
    ("satisfaction", "打分？不打了", {}, "r"),
    ("satisfaction", "这个分我就不打了", {}, "r"),
    ("satisfaction", "你们天天让打分，这回就不打了", {}, "r"),
]

VAGUE_ANSWERS: list[tuple[str, str, dict[str, Any], str]] = [
    # no memory of it, not sure, does not understand the question
    ("contract", "合约的话没啥印象了", {}, "v"),
    ("payment_method", "不确定是哪种", {}, "v"),
    ("internet_service", "不太懂这个，能用就行", {}, "v"),
    # no time for any interest, or a joke one
    ("interests", "上班带娃，哪来的时间", {"has_dependents": True}, "v"),
    ("interests", "never have time for hobbies these days", {}, "v"),
    ("interests", "我的爱好就是睡懒觉", {}, "v"),
    ("interests", "mostly reading, no time for gaming anymore", {"interests": ["reading"]}, ""),
    # no energy or free time left, a day of work and sleep, "depends on the mood"
    ("interests", "上班就够忙了", {}, "v"),
    (
        "interests",
        "between the job and the baby there's no spare time",
        {"has_dependents": True},
        "v",
    ),
    ("interests", "I work and sleep, that's it", {}, "v"),
    ("interests", "gym after work, then sleep", {"interests": ["fitness"]}, ""),
    ("interests", "随心情吧", {}, "v"),
    ("interests", "看心情，多半是看电影", {"interests": ["movies"]}, ""),
    # a comparison with an earlier time gives no level
    ("satisfaction", "比上个月强点", {}, "v"),
    ("satisfaction", "worse than last month", {}, "v"),
    ("satisfaction", "better than last year, I'd say a 4", {"satisfaction": 4}, ""),
    ("satisfaction", "比当初办的时候快一些", {}, "v"),
    ("satisfaction", "比当初办的时候快一些，给4分", {"satisfaction": 4}, ""),
    # never looking at the bill gives no amount
    ("monthly_spend", "I never check the broadband bill, it just goes out", {}, "v"),
    ("monthly_spend", "从来不看账单的", {}, "v"),
    ("monthly_spend", "I never check the bill but it's 40 a month", {"monthly_spend": 40.0}, ""),
    ("tenure_months", "具体哪年办的真记不住了", {}, "v"),
    # a vague amount of somebody else's time with us is no vague answer of the respondent's
    ("tenure_months", "my dad has been with you for donkey's years, he put me onto you", {}, ""),
    ("tenure_months", "我表哥用了好多年了，是他推荐的", {}, ""),
    ("tenure_months", "ages, my dad put me onto you", {}, "v"),
    # a vague amount answers a number, not a yes/no question
    ("tenure_months", "a few", {}, "v"),
    ("has_dependents", "we get a few parcels a week", {}, ""),
    # a region is no city
    ("city", "华南那边", {}, "v"),
    ("city", "down south somewhere", {}, "v"),
    ("city", "在东北，哈尔滨", {"city": "Harbin"}, ""),
    ("age", "东北人，28", {"age": 28}, ""),
    # no fixed home just now: no city, and no place name either
    ("city", "in between flats at the mo, sofa surfing at my cousin's", {}, "v"),
    ("city", "刚退租，先借住在同学家", {}, "v"),
    ("city", "居无定所", {}, "v"),
    ("city", "我在西安，暂时借住同学家", {"city": "Xi'an"}, ""),
    ("city", "Cardiff, though we're between houses", {"city": "Cardiff"}, ""),
    # the contract never read, like the bill: no value
    ("contract", "to be honest I never opened the agreement they sent", {}, "v"),
    ("contract", "合同签完就塞柜子里了，没看过", {}, "v"),
    (
        "contract",
        "didn't read the small print but it's a 12 month deal",
        {"contract": "one_year"},
        "",
    ),
    ("contract", "my brother never reads his contracts", {}, ""),
    # doubting an outsider's claim or a rumour is no vague answer; the provider's or the
    # household's claim about the value is
    (
        "city",
        "my aunt reckons parking costs a fortune over there, no idea if that's true",
        {},
        "",
    ),
    ("monthly_spend", "听同事说下个月要涨价，也不知道真的假的", {}, ""),
    ("contract", "they said two years, not sure if that's right", {}, "v"),
    (
        "internet_service",
        "my husband says it's fibre, not sure that's true",
        {"has_partner": True},
        "v",
    ),
    # not knowing an outsider's own bill or service; the provider's charge, the household's bill
    # or a plan picked for the respondent stay vague
    ("internet_service", "my neighbours just got fibre, no idea what they pay for it", {}, ""),
    ("monthly_spend", "我同学也办了你们的卡，不清楚他每月交多少", {}, ""),
    ("monthly_spend", "no idea what they charge me", {}, "v"),
    ("monthly_spend", "my wife set it up, no idea what she pays", {"has_partner": True}, "v"),
    ("contract", "my cousin sorted my plan for me, no idea which one he picked", {}, "v"),
]

QUESTIONS: list[tuple[str, str, dict[str, Any], str]] = [
    # a question to the bot answers nothing, whatever words are in it
    ("tenure_months", "does it matter if it's been a while?", {}, ""),
    ("payment_method", "能用云闪付吗？", {}, ""),
    ("payment_method", "云闪付", {}, "v"),
    ("tenure_months", "不记得了，要去哪查？", {}, "v"),
    ("tenure_months", "who knows?", {}, "v"),
    # an answer put off is neither vague nor refused
    ("internet_service", "稍等，我去看看路由器上写的是不是百兆", {}, ""),
    ("monthly_spend", "no idea, let me check the app", {}, ""),
    ("monthly_spend", "no idea, the app's broken", {}, "v"),
    # holding words are no name
    ("name", "稍等一下", {}, ""),
    ("name", "one moment", {}, ""),
    ("name", "稍等，我叫赵敏", {"name": "赵敏"}, ""),
]

COMPLAINTS: list[tuple[str, str, dict[str, Any], str]] = [
    ("complaint", "honestly nothing to moan about", {}, "v"),
    (
        "complaint",
        "nothing to complain about apart from the bill creeping up",
        {"complaint": "nothing to complain about apart from the bill creeping up"},
        "",
    ),
    # a question about the survey, with or without its question mark
    ("complaint", "does anybody even read these answers?", {}, ""),
    ("complaint", "how long is this survey", {}, ""),
    ("complaint", "why is my bill always late", {"complaint": "why is my bill always late"}, ""),
    # nothing to complain about, then somebody or something else
    ("complaint", "没啥不满意，倒是我们楼下天天装修吵死了", {}, "v"),
    ("complaint", "no issues here, my boss on the other hand drives me mad", {}, "v"),
    (
        "complaint",
        "没啥大问题，就是我女儿说晚上网速慢",
        {"complaint": "没啥大问题，就是我女儿说晚上网速慢"},
        "",
    ),
    (
        "complaint",
        "nothing much, but the router keeps rebooting",
        {"complaint": "nothing much, but the router keeps rebooting"},
        "",
    ),
    (
        "complaint",
        "nothing really, but they keep raising prices",
        {"complaint": "nothing really, but they keep raising prices"},
        "",
    ),
    # the respondent lost the question: what came before was no answer
    ("complaint", "刚在炒菜手忙脚乱的，你刚问的什么来着", {}, ""),
    ("complaint", "the dog just knocked over a lamp, sorry, what was the question again?", {}, ""),
    (
        "complaint",
        "what was the question? oh yes, the bill doubled",
        {"complaint": "what was the question? oh yes, the bill doubled"},
        "",
    ),
    # gripes about others first, then nothing for the provider
    ("complaint", "my neighbour's dog barks all night, but with you guys, nothing really", {}, "v"),
    ("complaint", "我婆婆天天唠叨个不停，不过你们倒没啥问题", {}, "v"),
    (
        "complaint",
        "my sister's provider keeps cutting out, mine is fine, can't think of any",
        {},
        "v",
    ),
    (
        "complaint",
        "my landlord is useless and your bills keep going up, otherwise fine",
        {"complaint": "my landlord is useless and your bills keep going up, otherwise fine"},
        "",
    ),
    # asking back, then what somebody else said
    ("complaint", "具体指什么？价格还是信号？我同事说你们价格还行", {}, ""),
    (
        "complaint",
        "指什么？价格还是信号？反正信号老断",
        {"complaint": "指什么？价格还是信号？反正信号老断"},
        "",
    ),
]

NAMES: list[tuple[str, str, dict[str, Any], str]] = [
    # a full name right after its surname
    ("name", "免贵姓周叫周子航", {"name": "周子航"}, ""),
    # what others call the respondent is a second name; what they ask to be called wins
    ("name", "我叫孙悦，同事都叫我悦悦", {"name": "孙悦"}, ""),
    ("name", "我叫孙悦，你叫我悦悦就行", {"name": "悦悦"}, ""),
    ("name", "it's Katherine, my mates call me Kat", {"name": "Katherine"}, ""),
    ("name", "everyone calls me Bex", {"name": "Bex"}, ""),
    ("name", "Katherine, but call me Kat", {"name": "Kat"}, ""),
    # a name in apposition to a relative is the relative's
    ("name", "the account is with my mum, Joan Ellis", {}, ""),
    ("name", "I'm her husband, Tom", {"name": "Tom", "has_partner": True}, ""),
]

RATINGS: list[tuple[str, str, dict[str, Any], str]] = [
    # a rating word used as another word: 一般 as "usually", "good" in a set phrase
    ("satisfaction", "我平时一般都是用流量", {}, ""),
    ("satisfaction", "一般吧，网速不稳定", {"satisfaction": 3}, ""),
    ("satisfaction", "good question", {}, ""),
    ("satisfaction", "good, no complaints", {"satisfaction": 4}, ""),
    # the maximum of another scale said in words
    ("satisfaction", "满分一百分的话我给八十", {}, "v"),
    ("satisfaction", "十分满意", {"satisfaction": 5}, ""),
    # good and bad by turns
    ("satisfaction", "great some nights, useless others", {}, "v"),
    # neither good nor bad; "about the same" compares without a level
    ("satisfaction", "谈不上好也谈不上坏吧", {"satisfaction": 3}, ""),
    ("satisfaction", "跟原来那家差不多", {}, "v"),
    ("satisfaction", "差", {"satisfaction": 2}, ""),
    # reported speech runs to the end of the sentence, until the respondent speaks again
    ("satisfaction", "3分，我表哥说他们那边信号更烂，最多给1分", {"satisfaction": 3}, ""),
    ("satisfaction", "我表哥说他们那边信号更烂，我给4分", {"satisfaction": 4}, ""),
    # a rating before the provider is brought up was about something else
    ("satisfaction", "刚给楼下奶茶铺打了5星，你们的话我想想", {}, ""),
    ("satisfaction", "4分吧，你们的话总体还行", {"satisfaction": 4}, ""),
    # ... or before the provider is compared with it by a pronoun: no level left
    ("satisfaction", "那家健身房太坑了，我只打了一星，你们比它强点", {}, "v"),
    ("satisfaction", "the hotel was dire, a 1 at best, you're way better than that lot", {}, "v"),
    ("satisfaction", "三分吧，你们比它强一点", {"satisfaction": 3}, ""),
    ("satisfaction", "a 4, you're way better than them", {"satisfaction": 4}, ""),
    # a rating given to "him" or "her" rates that person; "them" may be the provider
    ("satisfaction", "那个接线员特别耐心，我给她打五分", {}, ""),
    ("satisfaction", "the lady on the phone sorted it, I'd rate her a 5", {}, ""),
    ("satisfaction", "给他们打4分吧", {"satisfaction": 4}, ""),
    ("satisfaction", "I'd give them a 4", {"satisfaction": 4}, ""),
    # a rating given to the provider in so many words, whatever was asked
    (
        "has_partner",
        "single, and I'd rate you guys a 5",
        {"has_partner": False, "satisfaction": 5},
        "",
    ),
    ("has_partner", "single, my sister would rate you a 2", {"has_partner": False}, ""),
    # another scale next to somebody else's rating: asked again
    ("satisfaction", "8 out of 10, my wife would say a 9", {"has_partner": True}, "v"),
    # a rating followed by the person or the thing it is for, a unit word between
    ("satisfaction", "five stars for her, she sorted everything in ten minutes", {}, ""),
    ("satisfaction", "5 points for him", {}, ""),
    ("satisfaction", "4 stars for the technician", {}, ""),
    ("satisfaction", "4 stars for the technician, the wifi itself a 2", {"satisfaction": 2}, ""),
    ("satisfaction", "5 stars for the service itself", {"satisfaction": 5}, ""),
    # a judgement of one's own mood or health rates no service
    ("satisfaction", "堵车堵了两小时，心情很不好", {}, ""),
    ("satisfaction", "今天累坏了，整个人状态很差", {}, ""),
    ("satisfaction", "not feeling great today, long shift", {}, ""),
    ("satisfaction", "网速不好，心情也跟着不好", {"satisfaction": 2}, ""),
    ("satisfaction", "feeling good about you lot tbh", {"satisfaction": 4}, ""),
    # a mood, a job done (好 after a verb), a score for something named after "rate"
    ("satisfaction", "quite happy overall, mind you it's a good mood day", {"satisfaction": 4}, ""),
    ("satisfaction", "in a cheerful good mood today, so 5", {"satisfaction": 5}, ""),
    ("satisfaction", "service is great", {"satisfaction": 5}, ""),
    ("satisfaction", "师傅上门把路由器配好了", {}, ""),
    ("satisfaction", "路由器配好了，网速挺好", {"satisfaction": 4}, ""),
    ("satisfaction", "网络很好", {"satisfaction": 4}, ""),
    ("satisfaction", "I'd rate Tuesdays a 1 out of 5 honestly", {}, ""),
    ("satisfaction", "I'd rate Tuesdays a 1, you guys a 4", {"satisfaction": 4}, ""),
    ("satisfaction", "I'd rate it a 2", {"satisfaction": 2}, ""),
    ("satisfaction", "I go give am 4", {"satisfaction": 4}, ""),
    # a count of times or stretches is no rating
    ("satisfaction", "客服那边等了一阵才接", {}, ""),
    # a judgement put off until it has been used longer, or the mind is made up
    ("satisfaction", "说不上来，还得再用用看", {}, "v"),
    ("satisfaction", "还得再用用看才知道", {}, "v"),
    ("satisfaction", "the engineer was a star, but the service itself, still deciding", {}, "v"),
    ("satisfaction", "haven't made my mind up about you yet", {}, "v"),
    ("satisfaction", "还不错，不过还得再用用看", {"satisfaction": 4}, ""),
    ("satisfaction", "solid 4, need to use it a bit longer though", {"satisfaction": 4}, ""),
]


@pytest.mark.parametrize(
    ("asked", "text", "expected", "flag"),
    REFUSALS + VAGUE_ANSWERS + QUESTIONS + COMPLAINTS + NAMES + RATINGS,
)
def test_reading(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


def test_questions_are_blanked_in_place() -> None:
    low = "not sure. can i pay with gcash?"
    blanked = vague.without_questions(low)
    assert len(blanked) == len(low)
    assert blanked.startswith("not sure.") and "gcash" not in blanked


def test_reported_speech_ends_with_the_sentence() -> None:
    low = "my brother says you're rubbish. 4 from me"
    assert not rating_scope.reported_by_other(low, low.index("4"))
    assert rating_scope.reported_by_other("my brother says you're a 2", 25)
