"""Numbers whose meaning depends on the words around them: ages, customer durations, bills, ratings.

Birth years written with two digits ("95年的", "born in the spring of '86"), ages said through a
birthday still ahead ("38 next week", "差两个月满18") or a set phrase ("年过半百"), corrections
("I'm 7 lol jk, 27"), amounts paid per quarter or half year, several bills and their total, and
numbers that belong to something else (a child's age, a phone, a day of the month, a 5G plan);
amounts paid by the week or fortnight (x 52/12, x 26/12) and the weeks that are no period of
payment ("last week I paid 50").
Each row is (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise; "today" is 2026-11-23.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey
from bot.understanding.numerals.incidental import is_incidental
from bot.understanding.numerals.numbers import find_numbers

from .conftest import check_reading, read, values

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a change from an old to a new amount is no range: the new one counts
    ("monthly_spend", "they bumped it from 40 to 45 in march", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "somewhere from 40 to 45 a month", {"monthly_spend": 42.5}, ""),
    # "and" before a new subject ends the amount's clause: the rent is another's clause
    (
        "churn_intent",
        "I pay 60 a month and my sister's rent just went up",
        {"monthly_spend": 60.0},
        "",
    ),
    ("churn_intent", "I pay 60 a month for rent", {}, ""),
    # --- ages
    ("age", "95年的", {"age": 31}, ""),
    ("age", "我是00年出生的", {"age": 26}, ""),
    ("age", "I was born in the spring of '86", {"age": 40}, ""),
    ("age", "年过半百了", {"age": 50}, ""),
    ("age", "年近花甲", {"age": 60}, ""),
    ("age", "六十有五", {"age": 65}, ""),
    ("age", "明年就六十了", {"age": 59}, ""),
    ("age", "差两个月满18", {"age": 17}, ""),
    ("age", "38 next week", {"age": 37}, ""),
    ("age", "I'll be 40 in March", {"age": 39}, ""),
    # a birthday told as past, in a month gone by this year, is had (today is in November)
    ("age", "hit 50 in July, still getting used to it", {"age": 50}, ""),
    ("age", "I hit 50 in December", {"age": 49}, ""),
    ("age", "I'm 50 in April", {"age": 49}, ""),
    ("age", "快三十了，29", {"age": 29}, ""),
    ("age", "I'm 7 lol jk, 27", {"age": 27}, ""),
    ("age", "I'm 30, no wait, 31", {"age": 31}, ""),
    ("age", "工作十年了，35", {"age": 35}, ""),
    ("age", "I've been working for 20 years, so 44", {"age": 44}, ""),
    ("age", "42 going on 20", {"age": 42}, ""),
    # the year of an event is no birth year; a birth year said around it still is
    ("age", "I went to a concert in Leeds in 2019", {}, ""),
    ("age", "in 1985 I was born", {"age": 41}, ""),
    ("age", "married in 2010, I'm 41", {"has_partner": True, "age": 41}, ""),
    # "我自己 N" is the respondent's own share: an age when the age is asked, else the asked number
    ("age", "我老婆四十九，我自己五十八", {"has_partner": True, "age": 58}, ""),
    ("monthly_spend", "我自己五十八", {"monthly_spend": 58.0}, ""),
    (
        "monthly_spend",
        "我老婆那张副卡二十，我自己五十八",
        {"has_partner": True, "monthly_spend": 78.0},
        "",
    ),
    ("monthly_spend", "本人58岁，每月交68", {"age": 58, "monthly_spend": 68.0}, ""),
    # an amount paid for another person's own line is theirs
    (
        "monthly_spend",
        "my wife pays 20 for hers, mine is 58",
        {"has_partner": True, "monthly_spend": 58.0},
        "",
    ),
    (
        "monthly_spend",
        "mine is 58, my husband pays 30 a month for his",
        {"has_partner": True, "monthly_spend": 58.0},
        "",
    ),
    ("name", "王芳，本人五十八", {"name": "王芳", "age": 58}, ""),
    ("name", "本人三十二", {"age": 32}, ""),
    # a decade is no amount; "on my own" before a plan is an account, not living alone
    ("tenure_months", "since the 1990s", {}, "v"),
    ("tenure_months", "90", {"tenure_months": 90}, ""),
    ("has_partner", "I'm on my own 24 month plan", {"contract": "two_year"}, ""),
    ("has_partner", "on my own, my plan is fine", {"has_partner": False}, ""),
    # a difference of ages is no age
    ("age", "我老公比我大三岁", {"has_partner": True}, ""),
    ("age", "今年三十，比我姐小两岁", {"age": 30}, ""),
    ("age", "我跟我老婆差五岁，她32", {"has_partner": True}, "v"),
    # the usual amount after an unusual month is the bill; credit on the account is no card
    ("monthly_spend", "上个月交了200，因为超流量了，平时就80", {"monthly_spend": 80.0}, ""),
    (
        "monthly_spend",
        "last month was 150 because of roaming, normally 60",
        {"monthly_spend": 60.0},
        "",
    ),
    ("monthly_spend", "it's 70 but I get 10 back as credit", {"monthly_spend": 70.0}, ""),
    ("age", "我35，跟老公差三岁", {"has_partner": True, "age": 35}, ""),
    (
        "age",
        "I've got a 16 year old, so do the math... 44",
        {"age": 44, "has_dependents": True},
        "",
    ),
    ("age", "我家两个娃，一个5岁一个8岁，我自己嘛，40", {"age": 40, "has_dependents": True}, ""),
    ("age", "my son is 10", {"has_dependents": True}, ""),
    ("age", "1米75，你问身高还是年龄？", {}, ""),
    ("age", "属狗的", {}, "v"),
    ("age", "七零后", {}, "v"),
    ("age", "今年本命年", {}, "v"),
    ("age", "year of the dog, if that helps", {}, "v"),
    ("age", "Gen Z", {}, "v"),
    ("age", "that's classified", {}, "r"),
    ("age", "I wear a size 10 lol, age is private", {}, "r"),
    # --- time with us
    ("tenure_months", "a fortnight", {"tenure_months": 0}, ""),
    ("tenure_months", "since Feb '24", {"tenure_months": 33}, ""),
    ("tenure_months", "joined in September last year", {"tenure_months": 14}, ""),
    ("tenure_months", "我是新用户，上个月刚办", {"tenure_months": 1}, ""),
    (
        "tenure_months",
        "I've had this phone 3 years but only switched to you 5 months ago",
        {"tenure_months": 5},
        "",
    ),
    ("tenure_months", "入网时间是2016年3月", {"tenure_months": 128}, ""),
    ("tenure_months", "2019年5月", {"tenure_months": 90}, ""),
    ("tenure_months", "上大学那会儿就开始用了", {}, "v"),
    ("tenure_months", "since my uni days", {}, "v"),
    ("tenure_months", "since before the pandemic", {}, "v"),
    ("contract", "signed up for 2 years", {"contract": "two_year"}, ""),
    ("satisfaction", "我这手机用了四年了，信号一直还行", {"satisfaction": 3}, ""),
    (
        "satisfaction",
        "been using the app for a year and it still crashes, 2",
        {"satisfaction": 2},
        "",
    ),
    # --- monthly spend
    ("monthly_spend", "每个季度交300", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "三个月交一次，270", {"monthly_spend": 90.0}, ""),
    ("monthly_spend", "半年交600", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "年付一千五", {"monthly_spend": 125.0}, ""),
    ("monthly_spend", "每年交一次，1188", {"monthly_spend": 99.0}, ""),
    ("monthly_spend", "一千二一年", {"monthly_spend": 100.0}, ""),
    ("monthly_spend", "I pay 720 every six months", {"monthly_spend": 120.0}, ""),
    ("monthly_spend", "every 2 months I pay 180", {"monthly_spend": 90.0}, ""),
    ("monthly_spend", "about 240 a quarter", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "宽带80，手机套餐58，一共138", {"monthly_spend": 138.0}, ""),
    ("monthly_spend", "手机39，宽带100", {"monthly_spend": 139.0}, ""),
    ("monthly_spend", "broadband's 45 plus 20 for my mobile", {"monthly_spend": 65.0}, ""),
    ("monthly_spend", "49 for the sim and 35 for broadband", {"monthly_spend": 84.0}, ""),
    (
        "monthly_spend",
        "about 30 for the phone and 50 for internet, so 80",
        {"monthly_spend": 80.0},
        "",
    ),
    ("monthly_spend", "月租58，加上超出的流量一般要七十多", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "去年是128，今年降到98了", {"monthly_spend": 98.0}, ""),
    ("monthly_spend", "between 40 and 60", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "每月1号扣，大概60", {"monthly_spend": 60.0}, ""),
    (
        "monthly_spend",
        "孩子上一年级了，话费每月六十",
        {"monthly_spend": 60.0, "has_dependents": True},
        "",
    ),
    ("monthly_spend", "5G套餐，价格记不清了", {}, "v"),
    ("monthly_spend", "一个月三位数吧", {}, "v"),
    ("monthly_spend", "it's on my company's account", {}, "v"),
    ("monthly_spend", "my parents cover it, I'm a student", {}, "v"),
    # --- ratings
    ("satisfaction", "满分10分的话给7分", {}, "v"),
    ("satisfaction", "on a scale of 10, 7", {}, "v"),
    ("satisfaction", "works fine, 4", {"satisfaction": 4}, ""),
    ("satisfaction", "打了5次电话才修好，给个3吧", {"satisfaction": 3}, ""),
    ("complaint", "修个宽带等了两个星期", {"complaint": "修个宽带等了两个星期"}, ""),
    # 一 before a verb is "as soon as" or a repeated action, no count; before a measure word it is
    ("tenure_months", "网速一卡一卡的，烦死了", {}, ""),
    ("monthly_spend", "工资一到手就被房贷扣光了", {}, ""),
    ("tenure_months", "才一个月就断了两次网", {"tenure_months": 1}, ""),
    # a school year is no number
    ("tenure_months", "孩子读初三，网课全靠它", {"has_dependents": True}, ""),
    # a charge for nothing is no bill
    ("monthly_spend", "套餐九十九，每个月还白扣五块", {"monthly_spend": 99.0}, ""),
    ("monthly_spend", "每个月扣五十", {"monthly_spend": 50.0}, ""),
    # a clause of a period and an amount goes on about the clause before it
    (
        "internet_service",
        "用的光纤，房贷压力大，一个月六千",
        {"internet_service": "fiber_optic"},
        "",
    ),
    (
        "internet_service",
        "光纤，宽带挺快，一个月一百",
        {"internet_service": "fiber_optic", "monthly_spend": 100.0},
        "",
    ),
    # "she" is the outsider of the clause before; a household member's report still counts
    (
        "internet_service",
        "光纤，我同事说移动更快，不过她一个月要一百五",
        {"internet_service": "fiber_optic"},
        "",
    ),
    (
        "monthly_spend",
        "我老公管这些，他说一个月一百二",
        {"has_partner": True, "monthly_spend": 120.0},
        "",
    ),
    # "another" amount goes with the one before: a purchase's, or a bill's
    ("monthly_spend", "the new laptop cost me 900 and the bag was another 40", {}, ""),
    ("monthly_spend", "broadband is 50 and another 25 for my mobile", {"monthly_spend": 75.0}, ""),
    # the period opens the clause, before who pays
    ("monthly_spend", "each quarter we pay 150", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "every month I pay 45", {"monthly_spend": 45.0}, ""),
    # "this <month>" is this year's; "this may" is no month
    ("tenure_months", "got connected this April", {"tenure_months": 7}, ""),
    ("tenure_months", "this may sound silly but about two years", {"tenure_months": 24}, ""),
    # leaving a rival for us dates the start; leaving an old line does not
    (
        "churn_intent",
        "staying, I moved over from BT two years ago",
        {"churn_intent": "stay", "tenure_months": 24},
        "",
    ),
    (
        "satisfaction",
        "4, I switched from DSL to fibre a year ago",
        {"satisfaction": 4, "internet_service": "fiber_optic"},
        "",
    ),
    # a number after words of being a customer takes the unit of the amount before it
    (
        "tenure_months",
        "lived in this town 10 years, with you lot maybe 3",
        {"tenure_months": 36},
        "",
    ),
    (
        "tenure_months",
        "been with you 3 years and pay 70 a month",
        {"tenure_months": 36, "monthly_spend": 70.0},
        "",
    ),
    # how long an offer lasts, or a discount, is no time with us
    (
        "tenure_months",
        "they gave me half price for the first 6 months, been here ages though",
        {},
        "v",
    ),
    ("tenure_months", "got 15 off last time, been with you ages", {}, "v"),
    ("tenure_months", "前两个月免费，现在用了半年", {"tenure_months": 6}, ""),
    # a whole day an event took is no amount of months
    ("tenure_months", "单位的网断了一整天，烦", {}, ""),
    ("tenure_months", "断了一整天，不过用了两年了", {"tenure_months": 24}, ""),
    # an amount of money is no age
    ("age", "the tickets were 35 quid each, my mate paid", {}, ""),
    ("age", "35, and I pay 40 quid a month", {"age": 35, "monthly_spend": 40.0}, ""),
    # time gone by is no contract's length
    ("has_partner", "widowed since 3 years", {"has_partner": False}, ""),
    ("has_partner", "separated two years ago", {"has_partner": False}, ""),
    (
        "has_partner",
        "married, and on a 2 year contract",
        {"has_partner": True, "contract": "two_year"},
        "",
    ),
    # a week is a period of payment like a year (x 52/12), a fortnight x 26/12, in every form
    ("monthly_spend", "£12 weekly", {"monthly_spend": 52.0}, ""),
    ("monthly_spend", "25 per week", {"monthly_spend": 108.33}, ""),
    ("monthly_spend", "每周交十五", {"monthly_spend": 65.0}, ""),
    ("monthly_spend", "一个星期二十块", {"monthly_spend": 86.67}, ""),
    ("monthly_spend", "every fortnight I pay 40", {"monthly_spend": 86.67}, ""),
    ("monthly_spend", "每两周扣24", {"monthly_spend": 52.0}, ""),
    ("monthly_spend", "周付，每次十五", {"monthly_spend": 65.0}, ""),
    ("monthly_spend", "a fiver a week", {"monthly_spend": 21.67}, ""),
    ("monthly_spend", "about a tenner a month", {"monthly_spend": 10.0}, ""),
    (
        "churn_intent",
        "I pay 15 a week for the sim, not going anywhere",
        {"monthly_spend": 65.0, "churn_intent": "stay"},
        "",
    ),
    # ... and so do the forms of a year or some months that were read as a month
    ("monthly_spend", "$1440/yr", {"monthly_spend": 120.0}, ""),
    ("monthly_spend", "600 bucks a year", {"monthly_spend": 50.0}, ""),
    ("monthly_spend", "每三个月交240", {"monthly_spend": 80.0}, ""),
    ("monthly_spend", "年付，每次960", {"monthly_spend": 80.0}, ""),
    # a week that is no period of payment leaves the amount as it is
    ("monthly_spend", "paid 55 last week", {"monthly_spend": 55.0}, ""),
    ("monthly_spend", "上周刚交了70", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "一周前交了45", {"monthly_spend": 45.0}, ""),
    ("monthly_spend", "lessons are 30 a week, the bill is 48", {"monthly_spend": 48.0}, ""),
    ("churn_intent", "my son gets 10 a week pocket money", {"has_dependents": True}, ""),
    # a household member's own bill is theirs; a shared one is the household's
    (
        "monthly_spend",
        "我老婆的话费一个月一百二，我自己的四十八",
        {"has_partner": True, "monthly_spend": 48.0},
        "",
    ),
    (
        "monthly_spend",
        "my wife's bill runs about 85 a month, mine's 30",
        {"has_partner": True, "monthly_spend": 30.0},
        "",
    ),
    (
        "monthly_spend",
        "我和老婆的话费加起来一百六",
        {"has_partner": True, "monthly_spend": 160.0},
        "",
    ),
    # the bill not looked at, for want of time or care
    ("monthly_spend", "最近忙装修，账单都没空看", {}, "v"),
    ("monthly_spend", "too busy to check the bill lately", {}, "v"),
    ("monthly_spend", "账单没空细看，大概六十", {"monthly_spend": 60.0}, ""),
    # refuelling, however said, is no bill; paying the bill on a named day still is
    ("monthly_spend", "加满一箱油花了三百多", {}, ""),
    ("monthly_spend", "filled up the tank for 70 quid", {}, ""),
    ("monthly_spend", "前几天刚交了话费八十", {"monthly_spend": 80.0}, ""),
    # a bill gone up by an amount, or a roaming charge, is no monthly bill
    (
        "complaint",
        "账单突然多了四十块，莫名其妙",
        {"complaint": "账单突然多了四十块，莫名其妙"},
        "",
    ),
    (
        "complaint",
        "they slapped a 30 roaming charge on me",
        {"complaint": "they slapped a 30 roaming charge on me"},
        "",
    ),
    ("monthly_spend", "差不多七十", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "50 a month plus roaming when I'm away", {"monthly_spend": 50.0}, ""),
    # "call it" names the total
    ("monthly_spend", "broadband 52 and the mobile 20, call it 70", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "broadband 52 and the mobile 20", {"monthly_spend": 72.0}, ""),
    # the phone's bill is the bill; the phone's price is not
    ("monthly_spend", "my phone bill was 38 in october", {"monthly_spend": 38.0}, ""),
    ("monthly_spend", "30 phone bill", {"monthly_spend": 30.0}, ""),
    ("monthly_spend", "the new phone was 700", {}, ""),
    # things counted with a word that describes them are no amount
    ("monthly_spend", "we keep 3 spare sims", {}, ""),
    ("tenure_months", "I've got 2 old phones lying around", {}, ""),
    ("monthly_spend", "45 for my 2 lines", {"monthly_spend": 45.0}, ""),
    # a new phone by its brand is no new customer
    ("tenure_months", "刚换了个华为", {}, ""),
    ("tenure_months", "just switched to a Samsung", {}, ""),
    ("tenure_months", "刚从电信换过来", {"tenure_months": 0}, ""),
    # a relative's start tied to a decade or an event is theirs; the respondent's or partner's
    # is vague
    ("tenure_months", "my mum's been with you since the 80s", {}, ""),
    ("tenure_months", "我爸参加工作那会儿就开始用了", {}, ""),
    ("tenure_months", "since the 80s", {}, "v"),
    ("tenure_months", "my husband's had it since the 90s", {"has_partner": True}, "v"),
    # another person not knowing is no vague answer
    ("age", "my cousin just turned 30 and he has no idea about phone plans", {}, ""),
    ("monthly_spend", "ask my wife, I've no idea", {"has_partner": True}, "v"),
    # 几 after a decade, like 多, gives the decade; traditional characters read the same
    ("gender", "男，六十几岁", {"gender": "male", "age": 60}, ""),
    ("city", "台北，四十幾歲", {"city": "Taipei", "age": 40}, ""),
    ("city", "杭州，家里几个人", {"city": "Hangzhou"}, ""),
    # 俩 / 仨 before a bare 月 count months (三月 is March)
    ("tenure_months", "两年零仨月", {"tenure_months": 27}, ""),
    ("tenure_months", "一年俩月吧", {"tenure_months": 14}, ""),
    ("tenure_months", "一年零两个月", {"tenure_months": 14}, ""),
    # a mistyped unit of time is still the unit; "yeah" is no year
    ("tenure_months", "roughly 6 yaers", {"tenure_months": 72}, ""),
    ("tenure_months", "been with you 3 yeras", {"tenure_months": 36}, ""),
    ("age", "51 yeah", {"age": 51}, ""),
    # "N monthly / yearly" is a rate, no amount of time
    ("monthly_spend", "StarLink broadband, about 70 monthly", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "960 yearly", {"monthly_spend": 80.0}, ""),
    # "I have N years" is the age said as in Spanish or French, when the years end the clause
    ("age", "i have 62 years", {"age": 62}, ""),
    ("age", "I have 36 year", {"age": 36}, ""),
    ("age", "I have 15 years of experience in sales", {}, ""),
    ("tenure_months", "I have 4 years with you", {"tenure_months": 48}, ""),
    # an age something happened at gives way to the age now; "that makes me N" is the age
    ("age", "got married at 24, now 51", {"has_partner": True, "age": 51}, ""),
    ("age", "moved here at 30, which makes me 47", {"age": 47}, ""),
    ("age", "at 33", {"age": 33}, ""),
    # a relative's age "just turned" is theirs, the respondent's own follows
    ("age", "My granddaughter just turned 21, I am 74 myself", {"age": 74}, ""),
    ("age", "just turned 40", {"age": 40}, ""),
    # a clause of only "今年 N" goes on about the person of the clause before
    ("age", "我老婆比我小四岁，今年三十六。我嘛，保密", {"has_partner": True}, "r"),
    ("age", "我爸身体挺好，今年八十一。我五十二", {"age": 52}, ""),
    ("age", "我比我老公小两岁，今年四十", {"has_partner": True, "age": 40}, ""),
    ("age", "我在成都开店，今年三十九", {"city": "Chengdu", "age": 39}, ""),
    # the age as the topic set aside is a refusal
    ("age", "住在厦门，岁数还是算了吧", {"city": "Xiamen"}, "r"),
    ("age", "算了，就说38吧", {"age": 38}, ""),
    # the period of payment as a clause of its own divides the amount in the next one
    ("monthly_spend", "we pay every quarter, roughly 270", {"monthly_spend": 90.0}, ""),
    ("monthly_spend", "按季度交的，大概三百六", {"monthly_spend": 120.0}, ""),
    ("monthly_spend", "annually, 840", {"monthly_spend": 70.0}, ""),
    ("monthly_spend", "用了一年了，大概九十", {"tenure_months": 12, "monthly_spend": 90.0}, ""),
    ("monthly_spend", "used to pay yearly, now it's 55 a month", {"monthly_spend": 55.0}, ""),
    # a weekly amount that names no bill gives way to one said of the service
    (
        "monthly_spend",
        "Tolls cost me 70 a week. The internet with you is 58 a month",
        {"monthly_spend": 58.0},
        "",
    ),
    ("monthly_spend", "I pay 25 a week for the broadband", {"monthly_spend": 108.33}, ""),
    ("monthly_spend", "I spend 40 a week on lunches, your plan is 30", {"monthly_spend": 30.0}, ""),
    # a labelled form: each field's value goes to its own slot
    ("age", "年龄：52 月费：128", {"age": 52, "monthly_spend": 128.0}, ""),
    ("monthly_spend", "年龄：52 月费：128", {"age": 52, "monthly_spend": 128.0}, ""),
    ("age", "Age: 29 / Monthly bill: 64", {"age": 29, "monthly_spend": 64.0}, ""),
    # another person called by surname, or an amount going on about them, is theirs
    ("tenure_months", "老赵都用了九年了，我才用了半年", {"tenure_months": 6}, ""),
    ("tenure_months", "小陈办了好几年了", {}, ""),
    ("name", "叫我老杨就行", {"name": "老杨"}, ""),
    (
        "tenure_months",
        "My uncle's been with you for ages, maybe 25 years. I joined 3 years ago",
        {"tenure_months": 36},
        "",
    ),
    ("tenure_months", "ages, maybe 25 years", {"tenure_months": 300}, ""),
    (
        "tenure_months",
        "My aunt has been a customer forever, about 15 years. Mine I got when I moved out,"
        " around 2 years ago",
        {"tenure_months": 24},
        "",
    ),
    ("monthly_spend", "internet with you about 60 monthly", {"monthly_spend": 60.0}, ""),
    # --- a finished procedure or another clause's "last month" dates no start with us
    ("has_partner", "分了，离婚手续上周才办完", {"has_partner": False}, ""),
    ("has_partner", "离婚了，上个月刚办好手续", {"has_partner": False}, ""),
    ("tenure_months", "上个月才办完入网", {"tenure_months": 1}, ""),
    ("has_partner", "结婚了，宽带上个月才办的", {"has_partner": True, "tenure_months": 1}, ""),
    (
        "satisfaction",
        "4, the technician who came last month was brilliant, my uncle has been grumpy since 2001",
        {"satisfaction": 4},
        "",
    ),
    (
        "satisfaction",
        "4, I only signed up last month though",
        {"satisfaction": 4, "tenure_months": 1},
        "",
    ),
    # --- others' ages listed before the respondent's own; a birthday ahead said with 才 / "come"
    ("age", "实习生一个个才19、20岁，我比他们大十几岁，34了", {"age": 34}, ""),
    ("age", "我今年34岁，同事们都比我小", {"age": 34}, ""),
    ("age", "说出来不怕笑话，44，明年才满45", {"age": 44}, ""),
    ("age", "下个月才满21", {"age": 20}, ""),
    ("age", "下个月就满30", {"age": 29}, ""),
    ("age", "gonna be 60 come September", {"age": 59}, ""),
    ("age", "I'm 70, come March I'll have been retired ten years", {"age": 70}, ""),
    # an apology right before a new number corrects the one before
    ("age", "47, oops, 48 as of last Tuesday", {"age": 48}, ""),
    ("age", "sorry for the wait, 39", {"age": 39}, ""),
    # --- the total after a price plus tax, with the currency before it or "total" after it
    (
        "monthly_spend",
        "Rs 799 plus taxes, so roughly Rs 940 altogether",
        {"monthly_spend": 940.0},
        "",
    ),
    ("monthly_spend", "R250 before extras, about R310 all in", {"monthly_spend": 310.0}, ""),
    ("monthly_spend", "$60 plus tax", {"monthly_spend": 60.0}, ""),
    # --- a city moved to in the past is the home now
    (
        "tenure_months",
        "signed up about 5 months back when we relocated to Leeds",
        {"tenure_months": 5, "city": "Leeds"},
        "",
    ),
    ("age", "41, my brother shifted to Pune last year", {"age": 41}, ""),
    ("age", "back when I lived in Leeds I was on DSL, 40 now", {"age": 40}, ""),
]


def test_school_year_is_no_number() -> None:
    for low, expected in (("女儿读大二", True), ("他比我大三岁", False)):
        nums = [n for n in find_numbers(low) if n.value in (2, 3)]
        assert nums and is_incidental(low, nums[0]) is expected


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_number_in_context(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)


def test_a_rating_on_another_scale_is_vague_not_guessed(survey: Survey) -> None:
    result = read(survey, "satisfaction", "8/10")
    assert values(result) == {} and result.vague


def test_a_year_of_school_is_no_duration(survey: Survey) -> None:
    result = read(survey, "satisfaction", "孩子二年级上网课，网速还可以")
    assert values(result) == {"satisfaction": 3, "has_dependents": True}


def test_new_with_no_date_gives_way_to_a_date(survey: Survey) -> None:
    assert values(read(survey, "tenure_months", "新用户，上个月才办")) == {"tenure_months": 1}
    assert values(read(survey, "tenure_months", "新用户")) == {"tenure_months": 0}


def test_this_month_alone_is_not_joining(survey: Survey) -> None:
    text = "oh sure, I'll totally stay after three outages this month, signing with another carrier"
    assert values(read(survey, "churn_intent", text)) == {"churn_intent": "leave"}
    assert values(read(survey, "tenure_months", "signed up this week")) == {"tenure_months": 0}


@pytest.mark.parametrize(
    "text",
    [
        "每个月多扣我30块的增值业务，我根本没订",
        "you charged me £15 for a late fee I never owed",
        "the router you sent is 10 years old",
        "我一个月才用5G流量，套餐给我30G有什么用",
    ],
)
def test_numbers_in_a_complaint_fill_nothing_else(survey: Survey, text: str) -> None:
    assert values(read(survey, "complaint", text)) == {"complaint": text}


def test_a_start_year_alone_is_read_only_when_asked(survey: Survey) -> None:
    assert values(read(survey, "internet_service", "千兆光纤，去年装的")) == {
        "internet_service": "fiber_optic"
    }
    text = "120, same as when I joined in 2019"
    assert values(read(survey, "monthly_spend", text)) == {"monthly_spend": 120.0}
    assert values(read(survey, "tenure_months", "since 2020")) == {"tenure_months": 72}
