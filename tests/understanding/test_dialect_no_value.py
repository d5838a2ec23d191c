"""Dialect answers that give no value, and the near misses that keep one.

Covers: Southwestern and Hunan/Hubei "没得" / "冇得" read as "没有" and "么子" as "什么" ("冇得么子
不满意的", "没得么子爱好" vague; "冇得宽带" is `none`; "没得说" stays praise); a bare negator that
only denies the option after it ("ADSL，老房子冇得光纤进来" is DSL); no fixed place or life on the
road, a county town far from the city ("在外面跑车，一年到头都在路上", "就在县城，离市里四十多里
地"), vague; an amount that swings between two figures with no usual one ("有时候五六十有时候一百
多"), vague, while a usual amount stands ("一般五六十，有时候一百多" 55.0); the bill never looked
at, "问俺也白问", vague; "没用多久", "也就一阵子", "过了退休年龄" with no number, vague; a check
only supposed ("要查一下才晓得") is no putting off; home and straight to bed as the hobby, vague; a
plan to ask the wife later ("等俺晚上回家问问媳妇再说") is put off, neither; "不跟机器聊了" is a
refusal; "还没考虑过" is `unsure`; Henan "中吧" / "还中" is 3.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # 冇得 / 没得 / 么子: nothing to complain about, no hobby
    ("complaint", "冇得么子不满意的", {}, "v"),
    ("complaint", "没得么子问题", {}, "v"),
    ("complaint", "就这样吧，也说不上哪不好", {}, "v"),
    ("complaint", "也说不出哪不好", {}, "v"),
    ("complaint", "说不上哪不好，就是网慢", {"complaint": "说不上哪不好，就是网慢"}, ""),
    ("complaint", "冇么子，就是月底流量不够用", {"complaint": "冇么子，就是月底流量不够用"}, ""),
    ("interests", "没得么子爱好，下班了就只想困觉", {}, "v"),
    ("interests", "冇得么子特别的爱好，屋里屋外忙不完", {}, "v"),
    ("interests", "没有什么特别的爱好", {}, "v"),
    ("interests", "爱好？上班累成狗，回家倒头就睡", {}, "v"),
    ("interests", "没得么子爱好，就喜欢钓鱼", {}, "v"),
    ("interests", "没得么子爱好，就是看看电视剧", {"interests": ["movies"]}, ""),
    ("interests", "冇么子特别爱好，偶尔打打篮球", {"interests": ["sports"]}, ""),
    ("interests", "回家倒头就睡，周末打打篮球", {"interests": ["sports"]}, ""),
    # the line: 冇得 is "none", but before another option it denies only that one
    ("internet_service", "冇得宽带", {"internet_service": "none"}, ""),
    ("internet_service", "没得宽带，用手机流量", {"internet_service": "none"}, ""),
    ("internet_service", "ADSL，老房子冇得光纤进来", {"internet_service": "dsl"}, ""),
    ("internet_service", "用的ADSL，老房子没有光纤进来", {"internet_service": "dsl"}, ""),
    ("internet_service", "没有光纤，用的ADSL", {"internet_service": "dsl"}, ""),
    ("internet_service", "等俺晚上回家问问媳妇再说", {"has_partner": True}, ""),
    ("internet_service", "我回家问问媳妇再说", {"has_partner": True}, ""),
    ("satisfaction", "服务没得说", {"satisfaction": 5}, ""),
    # no fixed place, on the road, a county town
    ("city", "在外面跑车，冇得固定的地方，一年到头都在路上", {}, "v"),
    ("city", "俺在外地跑车，天南海北的，没个准地方", {}, "v"),
    ("city", "跑长途的，一年到头都在路上", {}, "v"),
    ("city", "住在县城里头，离市区还蛮远", {}, "v"),
    ("city", "就在县城，离市里四十多里地", {}, "v"),
    ("city", "我在长沙，离市区还蛮远", {"city": "Changsha"}, ""),
    ("city", "在武汉跑车", {"city": "Wuhan"}, ""),
    ("city", "俺在郑州，一年到头都在路上", {"city": "Zhengzhou"}, ""),
    # amounts that swing, bills never read
    ("monthly_spend", "看情况，有时候几十有时候一两百", {}, "v"),
    ("monthly_spend", "每个月都不一样，有时候五六十有时候一百多", {}, "v"),
    ("monthly_spend", "少的时候五十，多的时候一百", {}, "v"),
    ("monthly_spend", "sometimes 50 sometimes 80", {}, "v"),
    ("monthly_spend", "一般五六十，有时候一百多", {"monthly_spend": 55.0}, ""),
    ("monthly_spend", "月租九十九，有时候流量超了会多扣点", {"monthly_spend": 99.0}, ""),
    ("monthly_spend", "usually 60, sometimes 80", {"monthly_spend": 60.0}, ""),
    ("monthly_spend", "账单都是短信发，俺从来不看", {}, "v"),
    ("contract", "这个你问俺也白问，都是营业厅小姑娘给弄的", {}, "v"),
    ("contract", "问我也没用，我儿子办的", {}, "v"),
    # no count of time, no number of years
    ("tenure_months", "不记得了，要查一下才晓得", {}, "v"),
    ("tenure_months", "不记得了，我去查一下", {}, ""),
    ("tenure_months", "没用多久，也就一阵子", {}, "v"),
    ("tenure_months", "办了没多久", {}, "v"),
    ("tenure_months", "没用多久，三个月吧", {"tenure_months": 3}, ""),
    ("age", "反正过了退休年龄了", {}, "v"),
    ("age", "过了退休年龄，六十五了", {"age": 65}, ""),
    ("age", "i'm past retirement age", {}, "v"),
    # declined, undecided, rated in Henan speech
    ("has_partner", "俺的感情问题就不跟机器聊了", {}, "r"),
    ("churn_intent", "不知道，还没考虑过这个事", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "没考虑过换", {"churn_intent": "stay"}, ""),
    ("satisfaction", "中吧，也就那样", {"satisfaction": 3}, ""),
    ("satisfaction", "还中", {"satisfaction": 3}, ""),
    ("satisfaction", "还中，给４分", {"satisfaction": 4}, ""),
    ("satisfaction", "中午网速慢", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
