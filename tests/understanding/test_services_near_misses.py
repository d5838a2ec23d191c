"""Answers about the line, the spend and the way of paying that name something beside them.

Covers: a one-off fee or roaming priced beside the bill ("the $150 connection fee", "a $35
activation fee", "Roaming charges in Spain were a rip-off, £60 for a week's data"); the own bill
only set against another's, an allowance, or a top-up whose time is unknown ("mine's way less",
"我的没那么多", "实际花多少没看过", "能用多久不知道"); pages counted; a currency in 台币;
kinds of line asked about, heard of, wished for, announced, at work or down for a while
("fiber is the fast one right?", "Heard the copper network…", "can we get it too?",
"小区说今年要改光纤，还没弄呢", "Work's on fibre, at home I haven't a clue", "no internet
for 3 days", a hotspot griped about); a way of paying denied after it or taken by another
payee ("信用卡我可不敢整", "my church takes card"); bills added ("2,500 shillings a month for the
phone, and the home wifi is another 3,000", "俩加一块儿"), a year paid up front ("I pay for the
year up front, £240"); the line named as one's own in a question about its installer; the line
left to another or only a side fact known ("宽带啥类型问他", "别的不懂"), an
automatic debit with no means ("comes out automatic"). Near misses keep their values. Rows are
(asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague answer
and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

NET = "internet_service"
M = "monthly_spend"
P = "payment_method"
C = "complaint"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # one-off fees and roaming
    (M, "Not sure monthly, but the $150 connection fee when we moved in was a shock", {}, "v"),
    (
        M,
        "they hit me with a $35 activation fee when I signed up in August, that's all I remember",
        {"tenure_months": 3},
        "v",
    ),
    (M, "the $150 connection fee when we moved in was a shock", {}, ""),
    (
        M,
        "monthly is 45, but the $150 connection fee when we moved in was a shock",
        {"monthly_spend": 45.0},
        "",
    ),
    (
        M,
        "$45 a month, there was a $35 activation fee when I signed up",
        {"monthly_spend": 45.0},
        "",
    ),
    (M, "paid £50 for the installation, monthly is 30", {"monthly_spend": 30.0}, ""),
    (M, "I pay £30 a month for the installation plan", {"monthly_spend": 30.0}, ""),
    (M, "Roaming charges in Spain were a rip-off, £60 for a week's data", {}, ""),
    (M, "no roaming charges, the bill is £30", {"monthly_spend": 30.0}, ""),
    (M, "I pay £30 a month. Roaming in Spain was £60 extra", {"monthly_spend": 30.0}, ""),
    (M, "Roaming in Spain was £60, normally 30", {"monthly_spend": 30.0}, ""),
    (M, "上个月漫游花了两百，平时一百", {"monthly_spend": 100.0}, ""),
    (
        C,
        "Roaming charges in Spain were a rip-off, £60 for a week's data",
        {"complaint": "Roaming charges in Spain were a rip-off, £60 for a week's data"},
        "",
    ),
    # the own bill set against another's, an allowance, a top-up
    (M, "My flatmate's bill is like 120 and mine's way less", {}, "v"),
    (
        M,
        "My flatmate's bill is like 120 and mine's way less, about 40",
        {"monthly_spend": 40.0},
        "",
    ),
    (M, "My flatmate's bill is like 120 and mine's 40", {"monthly_spend": 40.0}, ""),
    (M, "mine's less than 50", {"monthly_spend": 50.0}, ""),
    (M, "my sister's bill is like $200, mine ain't that bad", {}, "v"),
    (M, "my sister's bill is like $200, mine's 60", {"monthly_spend": 60.0}, ""),
    (M, "孙子那个游戏卡一个月就得五十，我的没那么多", {}, "v"),
    (M, "孙子那个游戏卡一个月就得五十，我的三十", {"monthly_spend": 30.0}, ""),
    (M, "我的没那么多，三十左右", {"monthly_spend": 30.0}, ""),
    (M, "公司每个月给报销100话补，实际花多少没看过", {}, "v"),
    (M, "公司每个月给报销100话补，实际花了八十", {"monthly_spend": 80.0}, ""),
    (M, "实际每月扣99", {"monthly_spend": 99.0}, ""),
    (M, "实际上花多少不清楚", {}, "v"),
    (M, "充了一百块，能用多久不知道", {}, "v"),
    (M, "topped up 20, no idea how long it lasts", {}, "v"),
    (M, "每个月充一百块", {"monthly_spend": 100.0}, ""),
    (M, "充了一百块", {"monthly_spend": 100.0}, ""),
    # counts of pages, a currency
    (M, "Hang on, getting the bill out. It's got 3 pages, why so many?", {}, ""),
    (M, "3 pages, the total is 45", {"monthly_spend": 45.0}, ""),
    (M, "每個月差不多599台幣", {"monthly_spend": 599.0}, ""),
    (M, "每月599新台币", {"monthly_spend": 599.0}, ""),
    (M, "599台币", {"monthly_spend": 599.0}, ""),
    (M, "两台电脑", {}, ""),
    (M, "家里三台手机，每月一百", {"monthly_spend": 100.0}, ""),
    # kinds of line talked about
    (NET, "光纤是不是比DSL快", {}, ""),
    (NET, "光纤比DSL快吗", {}, ""),
    (NET, "我家光纤，是不是比DSL快？", {"internet_service": "fiber_optic"}, ""),
    (NET, "fiber is the fast one right? how do I know if I got it", {}, ""),
    (NET, "fiber is the fast one right?", {}, ""),
    (NET, "fibre, right?", {"internet_service": "fiber_optic"}, ""),
    (NET, "Heard the copper network is being switched off, is that true?", {}, ""),
    (NET, "I heard I'm on fibre", {"internet_service": "fiber_optic"}, ""),
    (NET, "听说光纤要涨价", {}, ""),
    (NET, "The neighbours got fibre put in last month, can we get it too?", {}, ""),
    (
        NET,
        "The neighbours got fibre put in last month, we have DSL",
        {"internet_service": "dsl"},
        "",
    ),
    (NET, "we've got fibre like the neighbours", {"internet_service": "fiber_optic"}, ""),
    (NET, "小区说今年要改光纤，还没弄呢", {}, ""),
    (NET, "小区今年改光纤了", {"internet_service": "fiber_optic"}, ""),
    (NET, "小区说今年要改光纤，已经改好了", {"internet_service": "fiber_optic"}, ""),
    (NET, "Work's on fibre, at home I haven't a clue", {}, "v"),
    (NET, "Work's on fibre, at home I have DSL", {"internet_service": "dsl"}, ""),
    (NET, "work's on fibre and home too", {"internet_service": "fiber_optic"}, ""),
    (NET, "we had no internet for 3 days last month", {}, ""),
    (NET, "no internet at home", {"internet_service": "none"}, ""),
    (NET, "no internet for years, just my phone", {"internet_service": "none"}, ""),
    (NET, "just use my phone's hotspot", {"internet_service": "none"}, ""),
    (NET, "hotspot", {"internet_service": "none"}, ""),
    (
        C,
        "nothing big, just the hotspot is slow when I'm doing DoorDash runs",
        {"complaint": "nothing big, just the hotspot is slow when I'm doing DoorDash runs"},
        "",
    ),
    (
        C,
        "I just use my phone's hotspot and it's slow",
        {
            "internet_service": "none",
            "complaint": "I just use my phone's hotspot and it's slow",
        },
        "",
    ),
    # ways of paying denied or another payee's
    (P, "信用卡我可不敢整，都是儿子给交", {}, "v"),
    (P, "信用卡我不用", {}, ""),
    (P, "信用卡我用得多", {"payment_method": "credit_card"}, ""),
    (P, "信用卡，我不用现金", {"payment_method": "credit_card"}, ""),
    (P, "信用卡，不用现金", {"payment_method": "credit_card"}, ""),
    (P, "my church takes card for tithes lol but for y'all I just pay at the kiosk", {}, "v"),
    (P, "my church takes card", {}, ""),
    (P, "you take card, right? I pay by card", {"payment_method": "credit_card"}, ""),
    (P, "I pay by card", {"payment_method": "credit_card"}, ""),
    # bills added, a year paid up front, a count of bills added
    (
        M,
        "Around 2,500 shillings a month for the phone, and the home wifi is another 3,000.",
        {"monthly_spend": 5500.0},
        "",
    ),
    (M, "2,500 shillings a month for the phone and 3,000 for wifi", {"monthly_spend": 5500.0}, ""),
    (M, "about 30 quid a month for the phone, 20 for broadband", {"monthly_spend": 50.0}, ""),
    (
        M,
        "Around 2,500 shillings a month, and last month it was 3,000.",
        {"monthly_spend": 2500.0},
        "",
    ),
    (
        M,
        "Around 2,500 shillings a month for everything, my sister pays 3,000.",
        {"monthly_spend": 2500.0},
        "",
    ),
    (M, "I pay 40 a month for internet, the phone was 300", {"monthly_spend": 40.0}, ""),
    (M, "I pay for the year up front, £240.", {"monthly_spend": 20.0}, ""),
    (M, "I pay for the year, £240.", {"monthly_spend": 20.0}, ""),
    (M, "we pay for the whole year in one go: $600", {"monthly_spend": 50.0}, ""),
    (M, "I pay for the year up front, it's £240", {"monthly_spend": 20.0}, ""),
    (M, "I pay £20 a month", {"monthly_spend": 20.0}, ""),
    (M, "I pay monthly, £20", {"monthly_spend": 20.0}, ""),
    (M, "For the year I paid £240 for the router", {}, ""),
    (M, "I pay for the year up front. The phone was £240 though.", {}, ""),
    (M, "手机卡三十九，宽带一百，俩加一块儿", {"monthly_spend": 139.0}, ""),
    (M, "手机卡三十九，宽带一百，俩加起来", {"monthly_spend": 139.0}, ""),
    (M, "手机卡三十九，宽带一百，两个加起来一百三十九", {"monthly_spend": 139.0}, ""),
    (M, "手机三十九，宽带一百，加起来一百四", {"monthly_spend": 140.0}, ""),
    (M, "手机三十九加宽带一百", {"monthly_spend": 139.0}, ""),
    # the line named as the respondent's inside a question about somebody else
    (
        "gender",
        "Does the bloke who installed our fibre get a say? He was dead good",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("gender", "Does the bloke who installed fibre get a say?", {}, ""),
    ("gender", "Does the guy who sells fibre get a say?", {}, ""),
    ("gender", "does our fibre count?", {}, ""),
    (NET, "is our fibre the fast one?", {}, ""),
    # the line left to another, or only a side fact known
    (NET, "我阿姐家是光纤，我自己租的房子，房东装的啥不知道", {}, "v"),
    (NET, "房东装的是啥不清楚", {}, "v"),
    (NET, "房东装的啥？", {}, ""),
    (NET, "宽带的事儿都是我儿子整的，我就会连WiFi", {}, "v"),
    (NET, "宽带的事儿都是我儿子整的光纤", {"internet_service": "fiber_optic"}, ""),
    (NET, "网线是从楼道那个箱子拉进来的，别的不懂", {}, "v"),
    (NET, "光纤，别的不懂", {"internet_service": "fiber_optic"}, ""),
    (NET, "WiFi密码是我室友设的，宽带啥类型问他😂", {}, "v"),
    (NET, "宽带啥类型问他", {}, "v"),
    (NET, "光纤，速度啥的问他", {"internet_service": "fiber_optic"}, ""),
    (NET, "我去问问他", {}, ""),
    (NET, "我问他啥类型，他说光纤", {"internet_service": "fiber_optic"}, ""),
    # an automatic debit with no means
    (P, "I write checks for my rent but this one just comes out automatic", {}, "v"),
    (P, "it comes out automatically", {}, "v"),
    (P, "it comes out automatic from my card", {"payment_method": "credit_card"}, ""),
    (
        P,
        "I write checks for my rent but this one is on my card",
        {"payment_method": "credit_card"},
        "",
    ),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_services_near_misses(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
