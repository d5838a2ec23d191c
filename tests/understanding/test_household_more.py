"""Partner and dependents readings: jokes asked back, partners at work, slang partners, and two
children told apart by age."""

from __future__ import annotations

import pytest

from .conftest import check_reading

P = "has_partner"
D = "has_dependents"
T = {P: True}
F = {P: False}
DT = {D: True}

CASES = [
    # a partner word asked back and answered with a pet or a thing: a joke, no partner
    (P, "married? me? I've got 3 cats", {}, ""),
    (P, "wife? I've got a dog and a PlayStation", {}, ""),
    (P, "老婆？我只有猫", {}, ""),
    (P, "老公？我只有一条狗", {}, ""),
    (P, "男朋友？我只有一台switch", {}, ""),
    (P, "girlfriend? ha, I've got a goldfish", {}, ""),
    (P, "a girlfriend? me? I've only got my xbox", {}, ""),
    (P, "结婚？我连对象都没有", F, ""),
    (P, "married? no, just 3 cats", F, ""),
    (P, "老婆？没有，只有一只猫", F, ""),
    (P, "married? me? not anymore", F, ""),
    # (near misses: the partner is there)
    (P, "married? me? I've got 3 cats and a husband", T, ""),
    (P, "wife? yes, and a dog", T, ""),
    (P, "老婆？有，还养了只猫", T, ""),
    (P, "wife? she's out walking the dog", T, ""),
    (P, "married? yes", T, ""),
    # a partner at work or at play, a companion had: no partner
    (P, "合伙人倒是有一个", {}, ""),
    (P, "生意伙伴倒是有", {}, ""),
    (P, "有个搭档", {}, ""),
    (P, "搭档倒是有一个", {}, ""),
    (P, "有个合伙开店的朋友", {}, ""),
    (P, "我有个生意伙伴", {}, ""),
    (P, "有一个合作伙伴", {}, ""),
    (P, "有俩合伙人", {}, ""),
    (P, "有个饭搭子", {}, ""),
    (P, "I have a business partner", {}, ""),
    (P, "my partner at the firm", {}, ""),
    (P, "my partner at work is great", {}, ""),
    (P, "only a partner at work lol", {}, ""),
    (P, "I'm a senior partner at the firm", {}, ""),
    (P, "I'm a partner at Deloitte", {}, ""),
    (P, "I have a running partner", {}, ""),
    # (near misses: a partner in life who also works)
    (P, "my partner and I run a shop", T, ""),
    (P, "me and my partner run a cafe together", T, ""),
    (P, "my partner works at a law firm", T, ""),
    (P, "I met my partner at the office", T, ""),
    (P, "我跟对象合伙开了个店", T, ""),
    (P, "我有个合伙人，还有个老婆", T, ""),
    (P, "有个女朋友", T, ""),
    # slang partners
    (P, "abeg, I dey with my babe", T, ""),
    (P, "i get babe", T, ""),
    (P, "me and my missus", T, ""),
    (P, "me and my bae", T, ""),
    (P, "my woman", T, ""),
    (P, "对象", T, ""),
    (P, "我家那口子", T, ""),
    (P, "我家先生", T, ""),
    (P, "thanks babe", {}, ""),
    ("name", "My beau-frère got one of those texts", {}, ""),
    # two children told apart by age or stage, one of them a minor
    (D, "大的不到十岁，小的才两岁", DT, ""),
    (D, "老大上初中，老二刚会走", DT, ""),
    (D, "老大五岁，老二三岁", DT, ""),
    (D, "老大十二，老二七岁", DT, ""),
    (D, "老大九岁了，老二还在吃奶", DT, ""),
    (D, "大的上三年级，小的还在幼儿园", DT, ""),
    (D, "大的十岁，小的三个月", DT, ""),
    (D, "eldest is 9, the baby's 2", DT, ""),
    (D, "eldest is 9, the youngest is 2", DT, ""),
    (D, "one's at primary, the other's in nappies", DT, ""),
    (D, "the older one is 7 and the younger is 4", DT, ""),
    (D, "one is 6 and the other is 3", DT, ""),
    ("age", "38, eldest is 9, the youngest is 2", {"age": 38, D: True}, ""),
    # (near misses: grown, animals, somebody else's, things)
    (D, "大的三十了，小的二十五，都上班了", {}, ""),
    (D, "老大二十八，老二二十五", {}, ""),
    (D, "the older one is 22 and the younger is 19", {}, ""),
    (D, "my sister's two: the older one is 7 and the younger is 4", {}, ""),
    (D, "大的房间12平，小的8平", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)
