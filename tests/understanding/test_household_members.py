"""Whose household fact it is: partners, children and pastimes of the people around the respondent.

Covers: "对了" as "by the way", no yes; a partner not yet married ("还没领证"); a child's fees said
after somebody else's child; animals and things named with 猫 or 狗 ("熊猫", "hot dog"); a parent
counting children as girls or boys; a household named in full that is a couple or pets ("just me
and my wife"), also after a "no" of its own clause; a marriage another couple celebrates; the
other parent of the respondent's own child who left; a child word before another person's noun
("my teenage niece", "my baby brother"); a superlative standing for a child ("my eldest"); a real
word that is no typo ("singer"); doing something on one's own; someone else's attempt to get the
respondent into a pastime; an English list of pastimes after another person; "我们俩" counting
people, no age; a partner who died ("走的", "my late"); a parent living in the respondent's home or
cared for; "是没有的"; grandchildren of grown children; grown children acting, judging or with a
family or home of their own; an elder's word as gender, not name; grandchildren's pastimes; not
knowing as no denial; "本名"; a move abroad for a partner's job; a divorce or an ex said in
passing; "taken" as a verb; a flatmate's partner; "孩子嘛，还没有"; a child judging the deal;
surnames with inner capitals or hyphens; a remark after "it's"; "Name's …" after an apology;
"叫全名就行"; children who flew the nest; a baby counted in weeks; a son or daughter who sets up a
device or advises on the deal; a child word as the measure of a comparison; "一个月一结"; a
handset paid off by the month; another person's amount "for theirs" with a currency word; a trade
qualified by the gender word ("我是女司机"); "X is grand"; a real name after a nickname; "师傅"
alone; "见谅" after a refusal; a birthday ahead ("Turn fifty in March", "明年三月满五十"); "the
rest" declined after an answer; wondering why it is asked; "haven't got any of my own".
Every rule has a near miss that must still read as before. Rows are (asked slot, message, exact
values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # "对了" that goes on is "by the way"; a bare "对" still says yes
    ("has_partner", "对了我表哥上个月刚结婚，婚礼办得挺热闹", {}, ""),
    ("has_partner", "对，已经结婚了", {"has_partner": True}, ""),
    ("has_partner", "对", {"has_partner": True}, ""),
    # a marriage certificate not yet taken does not outweigh the relationship
    ("has_partner", "我跟女朋友处了好几年，就是还没领证", {"has_partner": True}, ""),
    ("has_partner", "还没领证", {"has_partner": False}, ""),
    # fees said after somebody else's child are that child's; the respondent's child's count
    ("has_dependents", "我表姐的儿子今年十岁，学费一年好几万", {}, ""),
    ("has_dependents", "我儿子今年十岁，学费一年好几万", {"has_dependents": True}, ""),
    # a panda or a hot dog is no pet; a cat is
    ("interests", "周末去动物园看熊猫了", {}, ""),
    ("interests", "周末去看熊猫，回家撸猫", {"interests": ["pets"]}, ""),
    ("interests", "I love a hot dog at the football", {"interests": ["sports"]}, ""),
    ("has_dependents", "上周去成都看了熊猫", {}, ""),
    ("has_dependents", "家里就一只猫", {"has_dependents": False}, ""),
    # a parent counting children as boys or girls has young ones; "all grown" has none
    (
        "gender",
        "I'm a mum of three boys, the house is chaos",
        {"gender": "female", "has_dependents": True},
        "",
    ),
    ("gender", "I'm a mum of three, all grown and gone", {"gender": "female"}, ""),
    # a household named in full as a couple or pets, in any answer; not for now, not with kids
    (
        "city",
        "Leeds, it's just me and my wife",
        {"city": "Leeds", "has_partner": True, "has_dependents": False},
        "",
    ),
    # ("just me" and pets answers the dependents question only when asked: benchmarks README)
    ("has_partner", "no, just me and the dog", {"has_partner": False}, ""),
    ("city", "Leeds, just me and my wife this week", {"city": "Leeds", "has_partner": True}, ""),
    (
        "has_dependents",
        "just me and my husband and our two boys",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    # a "no" before the clause does not reach it
    ("has_dependents", "no kids, just a dog", {"has_dependents": False}, ""),
    # another couple's anniversary is theirs; the respondent's own is a partner
    ("has_partner", "my grandparents just celebrated 60 years married, what a party", {}, ""),
    ("has_partner", "the couple next door celebrated 50 years married", {}, ""),
    ("has_partner", "my husband and I just celebrated 25 years married", {"has_partner": True}, ""),
    # the other parent of the respondent's own child left: no partner; a neighbour's child's
    # parent is nobody's partner
    (
        "has_dependents",
        "one girl, she's 6. just the two of us since her dad left",
        {"has_dependents": True, "has_partner": False},
        "",
    ),
    ("has_partner", "my neighbour's boy is 9, his dad left last year", {}, ""),
    ("has_dependents", "just the two of us", {"has_dependents": False}, ""),
    # a child word before another person's noun names that person, no child
    ("interests", "my teenage niece tried to get me into Roblox but I gave up", {}, ""),
    ("has_dependents", "my baby brother is 30 now", {}, ""),
    ("has_dependents", "my kid sister lives with our parents", {}, ""),
    (
        "interests",
        "my teenage son and I play Fortnite every weekend",
        {"has_dependents": True, "interests": ["gaming"]},
        "",
    ),
    # a superlative standing for a child; before a noun it is an adjective
    ("has_dependents", "my eldest starts secondary school next week", {"has_dependents": True}, ""),
    ("has_dependents", "our youngest is 7", {"has_dependents": True}, ""),
    ("has_dependents", "my oldest friend is a teacher", {}, ""),
    # a real word is no typo of a vocabulary word; a typo still is
    ("name", "named after a jazz singer, it's Ella", {"name": "Ella"}, ""),
    ("has_partner", "singel", {"has_partner": False}, ""),
    # doing something on one's own is no single life; living or raising children on one's own is
    ("name", "I'm on my own working through this form, name's Carol", {"name": "Carol"}, ""),
    (
        "has_partner",
        "I'm on my own raising two kids",
        {"has_partner": False, "has_dependents": True},
        "",
    ),
    ("has_partner", "I'm on my own", {"has_partner": False}, ""),
    # someone else's attempt to get the respondent into a pastime is no hobby of theirs
    ("interests", "my brother tried to get me into golf, total waste of time", {}, ""),
    ("interests", "我老公非要拉我去爬山，累死了", {"has_partner": True}, ""),
    ("interests", "my dad taught me golf and now I play every week", {"interests": ["sports"]}, ""),
    # a list of pastimes after another person is theirs; after the respondent, the respondent's
    ("interests", "my brother is the sporty one, rugby, squash, cycling, every evening", {}, ""),
    (
        "interests",
        "my kids are 4 and 6, football, swimming, I just drive them around",
        {"has_dependents": True},
        "v",
    ),
    ("interests", "me, I love loads, football, cycling, chess", {"interests": ["sports"]}, ""),
    # "我们俩" counts the people, no age; "俩月" is still two months
    ("age", "我跟我爱人同岁，我们俩都属马", {"has_partner": True}, "v"),
    ("tenure_months", "用了俩月", {"tenure_months": 2}, ""),
    ("age", "我们俩都是35", {"age": 35}, ""),
    # the age of a child or an elder named with a word other than 儿子 / 女儿 is theirs
    ("has_dependents", "家里有个七岁的丫头，整天缠着我", {"has_dependents": True}, ""),
    ("has_dependents", "有个九岁的小子在上学", {"has_dependents": True}, ""),
    ("has_dependents", "家里有位八十多岁的老父亲", {"has_dependents": True}, ""),
    ("age", "我是个三十岁的小伙子", {"age": 30}, ""),
    ("age", "32岁女孩一枚", {"age": 32}, ""),
    # a leisure time cues a pastime in its own clause, not another person's visit or work
    (
        "has_dependents",
        "邻居家的娃周末常过来，追着我家狗跑，我没孩子",
        {"has_dependents": False},
        "",
    ),
    ("has_partner", "单身，平时加班，回家喂猫", {"has_partner": False}, ""),
    (
        "has_dependents",
        "没孩子，周末就在家撸猫",
        {"has_dependents": False, "interests": ["pets"]},
        "",
    ),
    (
        "has_partner",
        "单身，平时嘛，看看书",
        {"has_partner": False, "interests": ["reading"]},
        "",
    ),
    # a partner who died: "走的" after a time, "my late wife"; not a departure by some means
    ("has_partner", "老头子去年开春走的", {"has_partner": False}, ""),
    ("has_partner", "老公是坐高铁走的", {"has_partner": True}, ""),
    ("tenure_months", "no idea, my late wife set the account up", {"has_partner": False}, "v"),
    ("has_partner", "my wife is always late for everything", {"has_partner": True}, ""),
    ("has_dependents", "隔壁老头子天天出去遛弯", {}, ""),
    # a parent taken into the respondent's home or cared for by them; not the respondent in theirs
    ("has_dependents", "老丈人病了以后就住我家了", {"has_dependents": True}, ""),
    ("has_dependents", "俺娘瘫在床上，俺伺候着", {"has_dependents": True}, ""),
    ("has_dependents", "我跟我爸妈一起住", {}, ""),
    ("has_dependents", "我妈跟我哥一起住，我哥照顾她", {}, ""),
    ("has_dependents", "我爸妈住我家附近，平时自己过", {}, ""),
    # somebody else's death does not end the care of the one named
    (
        "has_dependents",
        "dad lives with me, I look after him since mum passed",
        {"has_dependents": True},
        "",
    ),
    ("has_partner", "my husband passed last year", {"has_partner": False}, ""),
    # "是没有的" after the topic denies it; "是有的" says it
    ("has_dependents", "小孩嘛，是没有的", {"has_dependents": False}, ""),
    ("has_dependents", "孩子是有的", {"has_dependents": True}, ""),
    # grandchildren after grown children are theirs; grandchildren at home still count
    (
        "has_dependents",
        "the children are all grown, we've two grandsons now",
        {"has_dependents": False},
        "",
    ),
    (
        "has_dependents",
        "grandkids live with me, their mum works away",
        {"has_dependents": True},
        "",
    ),
    # a learner's plural is still children
    ("has_dependents", "I have three childrens, young", {"has_dependents": True}, ""),
    ("has_dependents", "no childrens", {"has_dependents": False}, ""),
    # grown as a group ("都大了") or by decade or by a family of their own; not a size
    ("has_dependents", "孩子们早都大了", {"has_dependents": False}, ""),
    # (a child's age said in passing is no age of the respondent's: ages start at 10)
    ("has_dependents", "孩子大了点就好了，现在才两岁", {"has_dependents": True}, ""),
    ("has_dependents", "有个娃，现在才两岁", {"has_dependents": True}, ""),
    ("has_dependents", "my son is in his 30s", {"has_dependents": False}, ""),
    ("has_dependents", "my son is in his room playing", {"has_dependents": True}, ""),
    # a son or daughter who tells the respondent what to do, did the job, judges the provider or
    # has a family or a home of their own is grown: nothing about dependents
    ("name", "我闺女让我别乱填，你叫我周老师吧", {"name": "周老师"}, ""),
    ("has_dependents", "我儿子叫我陪他搭积木", {"has_dependents": True}, ""),
    ("contract", "不记得了，是我闺女办的", {}, "v"),
    ("satisfaction", "我女儿说你们比联通强", {}, ""),
    ("city", "女儿一家在深圳，我自己在长沙", {"city": "Changsha"}, ""),
    (
        "internet_service",
        "儿子那套房子装的光纤，我这边是电话线",
        {"internet_service": "dsl"},
        "",
    ),
    ("has_dependents", "儿子的房间乱得很，才上初中", {"has_dependents": True}, ""),
    # a whole family named after another person is theirs
    ("city", "姐姐一家三口在杭州，我在宁波", {"city": "Ningbo"}, ""),
    (
        "has_dependents",
        "我们一家三口住在成都",
        {"city": "Chengdu", "has_partner": True, "has_dependents": True},
        "",
    ),
    # "mine are married": the children's marriages, not the respondent's
    (
        "has_dependents",
        "mine are both married with kids of their own",
        {"has_dependents": False},
        "",
    ),
    ("has_partner", "I'm married, mine are all grown", {"has_partner": True}, ""),
    # the respondent called a child by somebody is no child of theirs
    ("age", "my nan says I'm still just a kid, I'm 20", {"age": 20}, ""),
    # an old person's word the respondent says they are gives the gender, not a name
    ("gender", "我係阿伯", {"gender": "male"}, ""),
    ("gender", "我一个老太太懂啥", {"gender": "female"}, ""),
    ("name", "叫我阿婆就行", {"name": "阿婆"}, ""),
    ("gender", "我是大爷的孙子", {"gender": "male"}, ""),
    # a grandchild's pastime is theirs; one shared with the respondent, or with friends counted,
    # is the respondent's
    ("interests", "外孙天天打游戏", {}, ""),
    ("interests", "我和孙子一起打游戏", {"interests": ["gaming"]}, ""),
    ("interests", "周末和一帮老同学打篮球", {"interests": ["sports"]}, ""),
    ("interests", "几个老同学天天打麻将，我不去", {}, ""),
    # not knowing what a partner does is no denial of the partner
    ("monthly_spend", "不晓得我媳妇每月付多少", {"has_partner": True}, "v"),
    ("has_partner", "不知道，没老公", {"has_partner": False}, ""),
    # "本名" introduces the name
    ("name", "我本名叫王建国", {"name": "王建国"}, ""),
    # a move abroad for a partner's job is the respondent's move too
    (
        "churn_intent",
        "my wife got a job in Canada so we're moving there",
        {"has_partner": True, "churn_intent": "leave"},
        "",
    ),
    (
        "churn_intent",
        "my husband is moving to Spain but I'm staying here",
        {"has_partner": True, "churn_intent": "stay"},
        "",
    ),
    # a divorce said in passing, not eaten by a shorter word ("刚离"); somebody else's stays theirs
    ("age", "四十，刚离婚没多久", {"age": 40, "has_partner": False}, ""),
    ("gender", "男，我表哥刚离婚", {"gender": "male"}, ""),
    # "my ex" in any answer is no partner now; a former boss is no ex; a new partner outweighs it
    ("age", "47. My ex always said I was stubborn", {"age": 47, "has_partner": False}, ""),
    ("age", "47, my ex-boss always said I was stubborn", {"age": 47}, ""),
    (
        "age",
        "47, my ex and I split but I've got a new girlfriend",
        {"age": 47, "has_partner": True},
        "",
    ),
    (
        "monthly_spend",
        "about 30, my ex-wife used to pay it",
        {"monthly_spend": 30.0, "has_partner": False},
        "",
    ),
    ("city", "Derby, moved here after the split", {"city": "Derby", "has_partner": False}, ""),
    # "taken" as a verb says nothing; "already taken" still does
    ("has_partner", "no, and it's taken me a while to get used to it", {"has_partner": False}, ""),
    ("has_partner", "sorry, already taken", {"has_partner": True}, ""),
    # a flatmate's partner ("my flatmate's got a boyfriend") is theirs
    (
        "has_partner",
        "Single. My flatmate's got a boyfriend who never leaves",
        {"has_partner": False},
        "",
    ),
    ("has_partner", "yes, I've got a boyfriend", {"has_partner": True}, ""),
    # "孩子嘛，还没有": the topic named, then denied
    ("has_dependents", "小孩嘛，暂时还没有", {"has_dependents": False}, ""),
    ("has_dependents", "小孩嘛，有一个上小学", {"has_dependents": True}, ""),
    # a son or daughter judging the deal is grown; a child by age still counts
    ("monthly_spend", "55 a month, which my son reckons is a rip-off", {"monthly_spend": 55.0}, ""),
    (
        "monthly_spend",
        "55 a month, my 8 year old says that's loads",
        {"monthly_spend": 55.0, "has_dependents": True},
        "",
    ),
    # surnames with a capital inside or a hyphen are whole; a name consented to after a titled
    # one wins; "it's lovely to…" is a remark, the later "I'm …" the name
    ("name", "It's Mr Callum McBride, but Callum will do", {"name": "Callum"}, ""),
    ("name", "I'm Dr Fiona MacLeod", {"name": "Dr Fiona MacLeod"}, ""),
    ("name", "My name is Kwesi Boateng-Appiah", {"name": "Kwesi Boateng-Appiah"}, ""),
    (
        "name",
        "It's lovely to have a chat with someone. I'm Edna Price.",
        {"name": "Edna Price"},
        "",
    ),
    ("name", "I'm Edna, lovely to chat", {"name": "Edna"}, ""),
    # "Name's …" after an apology is an introduction, not a bare name with its frame
    (
        "name",
        "Sorry, busy. Name's Ravi. My wife says hi",
        {"name": "Ravi", "has_partner": True},
        "",
    ),
    ("name", "Sorry, Ravi", {"name": "Ravi"}, ""),
    # "叫我全名就行": the name itself as what to call them points back to the name given
    ("name", "我叫郑海燕，朋友喊我燕子，你叫全名就好", {"name": "郑海燕"}, ""),
    ("name", "我姓孔叫孔令辉，叫大名就可以", {"name": "孔令辉"}, ""),
    ("name", "我叫郑海燕，叫我燕子就好", {"name": "燕子"}, ""),
    # children who "flew the nest" are grown; a child still at home counts
    (
        "has_dependents",
        "my two boys flew the nest when they finished uni",
        {"has_dependents": False},
        "",
    ),
    ("has_dependents", "one teen who still hasn't left home", {"has_dependents": True}, ""),
    # a baby counted in weeks is a child; a puppy of so many weeks is not
    ("has_dependents", "we have a 3 week old and she is lovely", {"has_dependents": True}, ""),
    ("has_dependents", "just a 9 week old puppy", {"has_dependents": False}, ""),
    # a son or daughter who sets up the respondent's device or advises them on the deal is grown
    (
        "churn_intent",
        "My son configured my laptop, sorted my phone too, and he says I should shop around. "
        "I'll stay put.",
        {"churn_intent": "stay"},
        "",
    ),
    (
        "churn_intent",
        "my daughter is 7 and she says we should stay",
        {"churn_intent": "stay", "has_dependents": True},
        "",
    ),
    # a child word as the measure of a comparison ("比孩子还…", "像个孩子") is nobody's child
    ("has_dependents", "就我跟一只柯基，它比小孩还能闹", {"has_dependents": False}, ""),
    ("has_dependents", "孩子比我还高了，在读高二", {"has_dependents": True}, ""),
    # "一个月一结": the "一" says how often, not how much
    ("contract", "按月的，一个月一交", {"contract": "month_to_month"}, ""),
    ("monthly_spend", "一个月一百", {"monthly_spend": 100.0}, ""),
    # a monthly repayment of a handset bought on instalments is no bill; the bill after it is
    (
        "monthly_spend",
        "平板是分期买的，每月还两百，话费另算，六十八",
        {"monthly_spend": 68.0},
        "",
    ),
    (
        "monthly_spend",
        "paying the handset off at 25 a month, plan is 15",
        {"monthly_spend": 15.0},
        "",
    ),
    ("monthly_spend", "宽带装好了，每个月还九十", {"monthly_spend": 90.0}, ""),
    # another person's amount "for theirs" with a currency word gives way to the own one
    (
        "monthly_spend",
        "my nan pays about 12 quid for hers. I pay 35.",
        {"monthly_spend": 35.0},
        "",
    ),
    ("monthly_spend", "I pay 35 quid for mine", {"monthly_spend": 35.0}, ""),
    # a trade qualified by the respondent's gender word names it; another person's does not
    ("gender", "我是女司机，开了十年车", {"gender": "female"}, ""),
    ("gender", "我老公是男护士", {"has_partner": True}, ""),
    ("gender", "男装店老板", {}, ""),
    # "is grand" consents to the name before it, and "I'm grand" is no name
    ("name", "Ciaran is grand", {"name": "Ciaran"}, ""),
    ("name", "I'm grand thanks", {}, ""),
    # a real name said after a nickname others use wins; the nickname alone still counts
    ("name", "The lads call me Chalky but my real name is Owen", {"name": "Owen"}, ""),
    ("name", "The lads all call me Chalky", {"name": "Chalky"}, ""),
    # "师傅" with no surname is what anyone is called; with one it is a name
    ("name", "车间里都喊我师傅", {}, ""),
    ("name", "叫我周师傅就行", {"name": "周师傅"}, ""),
    # a plea for understanding after a refusal is no name
    ("name", "网上不留真名的，名字就不写了，体谅一下", {}, "r"),
    ("name", "我叫陈静，见谅回得慢", {"name": "陈静"}, ""),
    # a birthday still ahead, with the subject dropped or the month named
    ("age", "Turn fifty in March, can't believe it", {"age": 49}, ""),
    ("age", "明年三月满五十", {"age": 49}, ""),
    ("age", "turned fifty in March", {"age": 50}, ""),
    ("age", "I'm 50, in March we moved", {"age": 50}, ""),
    # an answer, then only the rest declined, is the answer; nothing before "the rest" refuses
    ("gender", "男的，其余的不想说", {"gender": "male"}, ""),
    ("gender", "Female, the rest is nobody's business", {"gender": "female"}, ""),
    ("gender", "哈哈，其他保密", {}, "r"),
    ("gender", "性别这个，不方便说", {}, "r"),
    # wondering why it is asked does not hedge the answer; not knowing alone stays vague
    ("gender", "No idea why a phone company wants this. Female.", {"gender": "female"}, ""),
    ("gender", "搞不懂为啥要问这个，男", {"gender": "male"}, ""),
    ("gender", "Not sure why that matters", {}, "v"),
    # none "of my own" said with a verb of having, after somebody else's children
    (
        "has_dependents",
        "My cousin has twins I help with, but I haven't got any of my own",
        {"has_dependents": False},
        "",
    ),
    ("has_dependents", "I've got two kids of my own", {"has_dependents": True}, ""),
    ("age", "I'm 34 and don't have any of my own", {"age": 34}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_household_member(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
