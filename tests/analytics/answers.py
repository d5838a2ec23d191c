"""Two kinds of hand-made respondents with open answers, for tests that need the answer index.

Young month-to-month customers complain about price, long-standing two-year customers about
speed, so k=2 separates them on the closed answers alone and the quotes can be checked against
what each group said. One price complaint carries a mobile number and an email; two respondents
say exactly the same thing.
"""

from __future__ import annotations

from bot.storage.db import Database
from tests.retrieval.test_indexing import respondent

PHONE, EMAIL = "13812345678", "zhang.wei@example.com"
PRICE = [
    "价格太贵了，每个月两百多",
    "月租太贵，不划算",
    "月租太贵，不划算",  # the same words from someone else: quoted once at most
    "套餐价格太高了，流量也不够用",
    f"太贵了，想换便宜的套餐，打我电话{PHONE}或者发邮件{EMAIL}",
    "每个月费用太贵，价格不合理",
]
SPEED = [
    "晚上网速很慢，视频打不开",
    "网速太慢，看视频一直卡",
    "网络经常断线，网速不稳定",
    "信号不好，网速慢",
    "晚上打游戏延迟高，网速慢",
    "网速不稳定，经常掉线",
]


def seed_answers(db: Database) -> dict[str, str]:
    """Twelve respondents; returns respondent id -> group ("price" or "speed")."""
    groups: dict[str, str] = {}
    for i, text in enumerate(PRICE):
        rid = f"p{i}"
        attributes = {
            "age": 22 + i,
            "tenure_months": 2 + i,
            "contract": "month_to_month",
            "monthly_spend": 180.0 + i,
            "complaint": text,
        }
        respondent(db, rid, [("complaint", "question", text)], attributes)
        groups[rid] = "price"
    for i, text in enumerate(SPEED):
        rid = f"s{i}"
        attributes = {
            "age": 58 + i,
            "tenure_months": 60 + i,
            "contract": "two_year",
            "monthly_spend": 60.0 + i,
            "complaint": text,
        }
        respondent(db, rid, [("complaint", "question", text)], attributes)
        groups[rid] = "speed"
    return groups
