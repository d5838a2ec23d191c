"""Household vocabulary, broadened by class: partner and child words across regions and registers.

Covers: the parent of the respondent's child ("孩他妈", "娃他娘"), the head of
the house said of a spouse ("俺家当家的", "我家掌柜的", "咱家领导", "我家老爷们儿",
"我家某人"), "bae", "the mrs", "my fella", "my bloke", "my de facto", a civil
partnership; single by another name ("剩女", "unattached", "I'm a bachelor", "我是寡妇");
children in dialect and slang (Cantonese "细路", "一仔一女", Shanghainese "囡囡",
"吞金兽", "小崽子", "sprogs", "rugrats", "nippers", "wee ones", "tweens", "youngsters",
"my brood"); relatives supported ("供弟弟上学", "养我妈", "carer for my dad", "I'm
putting my sister through college").
Near misses: another person's partner or child, a shop's 掌柜的, a "de facto standard", "a single
room", "single payment", "we partner with", "you kid me", "宝宝心里苦", Dunkin' munchkins, nail
nippers, a bachelor's degree, a mum's carer who is not the respondent, parents who put a brother
through uni, and a Shanghainese daughter grown up (囡囡 is read only when asked).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # partner words
    ("has_partner", "孩他妈在家带娃", {"has_partner": True}, ""),
    ("has_partner", "我是孩他妈", {}, ""),  # a mother, not said to be partnered
    ("age", "孩他爸在外地打工，我35", {"has_partner": True, "age": 35}, ""),
    ("age", "俺家当家的不让乱换，俺42", {"has_partner": True, "age": 42}, ""),
    ("city", "俺家掌柜的在郑州开店", {"has_partner": True, "city": "Zhengzhou"}, ""),
    ("has_partner", "咱家领导说了算", {"has_partner": True}, ""),
    ("has_partner", "我家老爷们儿上夜班去了", {"has_partner": True}, ""),
    ("has_partner", "我家某人天天打游戏", {"has_partner": True}, ""),
    ("age", "my bae says I look 25, I'm 31", {"has_partner": True, "age": 31}, ""),
    ("churn_intent", "the mrs wants to switch", {"has_partner": True, "churn_intent": "leave"}, ""),
    ("has_partner", "my fella's working away this month", {"has_partner": True}, ""),
    ("has_partner", "yeah, me and my bloke", {"has_partner": True}, ""),
    ("has_partner", "my de facto and I, six years now", {"has_partner": True}, ""),
    ("has_partner", "we're in a civil partnership", {"has_partner": True}, ""),
    # no partner
    ("has_partner", "我是剩女", {"has_partner": False}, ""),
    ("has_partner", "大龄剩男一个", {"has_partner": False}, ""),
    ("has_partner", "我是寡妇，十几年了", {"has_partner": False}, ""),
    ("has_partner", "unattached", {"has_partner": False}, ""),
    ("has_partner", "I'm a bachelor, always have been", {"has_partner": False}, ""),
    # partner near misses
    ("has_partner", "我姐家孩他爸在深圳", {}, ""),
    ("has_partner", "我们店掌柜的人挺好", {}, ""),
    ("has_partner", "my sister's bloke fixed it", {}, ""),
    ("has_partner", "that's the de facto standard", {}, ""),
    ("has_partner", "a single room", {}, ""),
    ("contract", "single payment for the year", {"contract": "one_year"}, ""),
    ("has_partner", "we partner with a charity", {}, ""),
    ("has_partner", "the line is always engaged when I ring", {}, ""),
    ("age", "I have a bachelor's degree, 24", {"age": 24}, ""),
    ("interests", "现在剩女太多了，我爱看电影", {"interests": ["movies"]}, ""),
    # children in dialect and slang
    ("has_dependents", "两个细路", {"has_dependents": True}, ""),
    ("has_dependents", "一仔一女", {"has_dependents": True}, ""),
    ("has_dependents", "我家囡囡上小学", {"has_dependents": True}, ""),
    ("has_dependents", "两只吞金兽", {"has_dependents": True}, ""),
    ("has_dependents", "小崽子们都上学了", {"has_dependents": True}, ""),
    ("has_dependents", "three rugrats", {"has_dependents": True}, ""),
    ("has_dependents", "two nippers", {"has_dependents": True}, ""),
    ("has_dependents", "the wee ones are 4 and 6", {"has_dependents": True}, ""),
    ("has_dependents", "a tween and a toddler", {"has_dependents": True}, ""),
    ("has_dependents", "three youngsters", {"has_dependents": True}, ""),
    ("has_dependents", "yes, my brood of four", {"has_dependents": True}, ""),
    ("has_dependents", "no sprogs", {"has_dependents": False}, ""),
    # relatives supported
    ("has_dependents", "要供弟弟上学", {"has_dependents": True}, ""),
    ("has_dependents", "我养我妈", {"has_dependents": True}, ""),
    ("age", "我在供我妹读大学，我26", {"has_dependents": True, "age": 26}, ""),
    ("has_dependents", "I'm a carer for my dad", {"has_dependents": True}, ""),
    ("has_dependents", "I'm putting my sister through college", {"has_dependents": True}, ""),
    # child near misses
    ("has_dependents", "不用供弟弟了", {"has_dependents": False}, ""),
    ("has_dependents", "以前供弟弟上学，现在他工作了", {"has_dependents": False}, ""),
    ("has_dependents", "宝宝心里苦", {}, ""),
    ("has_dependents", "you kid me", {}, ""),
    ("has_dependents", "I kid you not, three kids", {"has_dependents": True}, ""),
    ("has_dependents", "现在的小屁孩真难管", {}, ""),
    ("has_dependents", "我邻居家那个小屁孩", {}, ""),
    ("has_dependents", "my sister's wee ones", {}, ""),
    ("has_dependents", "my sister's twins", {}, ""),
    ("has_dependents", "we get munchkins from dunkin", {}, ""),
    ("interests", "I watch Rugrats reruns", {}, ""),
    ("has_dependents", "my mum's carer comes daily", {}, ""),
    ("has_dependents", "my parents put my brother through uni", {}, ""),
    ("internet_service", "网是阿拉囡囡装个，伊在杭州上班", {}, ""),
    ("age", "my two munchkins keep me busy, I'm 40", {"age": 40}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_vocab_household(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
