"""Origins, unwanted add-ons, waved-off moves, 好 as "very" and stays at someone's place.

Covers: an origin alone, which names no current city ("Leeds originally", "Leeds by birth":
vague); a current city beside an origin ("from Leeds originally but now in York": York; "Leeds,
originally from York": Leeds; "Leeds originally and still here": Leeds; "born in Leeds" alone
stays Leeds); another firm's service put on the respondent's line or bill unasked ("someone signed
me up to a Netflix add-on": a complaint; "Netflix keeps putting their prices up" and "Netflix
signed me up for a free trial" stay none); a switch or a renewal waved off with 算了 / 拉倒 after a
question mark or 就 / 还是 ("换运营商？我就算了吧", "转网就算了": stay; "续约就算了": leave;
"换电信算了" without them is "might as well switch": leave), "要换早换了" and carrying on as
things are ("就这样用着", "凑合用吧"); 好 as "very" before a word of trouble ("好难讲" vague like
"很难讲", "好难用" and "网速好慢" no rating; "好快", "好" still 4) and "hard to tell" vague;
staying at somebody's place or a hotel under the intention question ("staying at my mum's": no
plan; "staying with you" stays).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("city", "originally Leeds", {}, "v"),
    ("city", "from Leeds originally but now in York", {"city": "York"}, ""),
    ("city", "Leeds originally, now York", {"city": "York"}, ""),
    ("city", "Leeds originally and still here", {"city": "Leeds"}, ""),
    ("city", "from Leeds originally, never left", {"city": "Leeds"}, ""),
    ("city", "Leeds, originally from York", {"city": "Leeds"}, ""),
    ("city", "I live in Leeds, originally from York", {"city": "Leeds"}, ""),
    ("city", "Leeds, born and bred", {"city": "Leeds"}, ""),
    ("city", "born in Leeds", {"city": "Leeds"}, ""),
    ("city", "I'm from Leeds", {"city": "Leeds"}, ""),
    (
        "complaint",
        "someone signed me up to a Netflix add-on, 9.99 a month",
        {"complaint": "someone signed me up to a Netflix add-on, 9.99 a month"},
        "",
    ),
    (
        "complaint",
        "they signed me up for Spotify without asking, £10 a month",
        {"complaint": "they signed me up for Spotify without asking, £10 a month"},
        "",
    ),
    ("complaint", "Netflix add-on is a rip-off", {"complaint": "Netflix add-on is a rip-off"}, ""),
    (
        "complaint",
        "they added Spotify to my bill, never asked for it",
        {"complaint": "they added Spotify to my bill, never asked for it"},
        "",
    ),
    ("complaint", "Netflix keeps putting their prices up", {}, ""),
    ("complaint", "Spotify raised their prices without asking", {}, ""),
    ("complaint", "my daughter signed up to Netflix and it's pricey", {}, ""),
    ("complaint", "Netflix signed me up for a free trial", {}, ""),
    ("complaint", "爱奇艺老是涨价", {}, ""),
    ("complaint", "话费里莫名多了个爱奇艺会员", {"complaint": "话费里莫名多了个爱奇艺会员"}, ""),
    ("churn_intent", "换运营商？我就算了吧", {"churn_intent": "stay"}, ""),
    ("churn_intent", "换？拉倒吧", {"churn_intent": "stay"}, ""),
    ("churn_intent", "走？拉倒吧", {"churn_intent": "stay"}, ""),
    ("churn_intent", "换运营商就算了", {"churn_intent": "stay"}, ""),
    ("churn_intent", "转网就算了，太麻烦", {"churn_intent": "stay"}, ""),
    ("churn_intent", "换号？我还是算了", {"churn_intent": "stay"}, ""),
    ("churn_intent", "换？我看就算了", {"churn_intent": "stay"}, ""),
    ("churn_intent", "要换早换了，算了", {"churn_intent": "stay"}, ""),
    ("churn_intent", "拉倒吧，就这样用着", {"churn_intent": "stay"}, ""),
    ("churn_intent", "算了算了，凑合用吧", {"churn_intent": "stay"}, ""),
    ("churn_intent", "续约就算了", {"churn_intent": "leave"}, ""),
    ("churn_intent", "再续一年？拉倒吧", {"churn_intent": "leave"}, ""),
    ("churn_intent", "信号这么差，换电信算了", {"churn_intent": "leave"}, ""),
    ("churn_intent", "干脆换了算了", {"churn_intent": "leave"}, ""),
    ("churn_intent", "不续了，忒贵，到期就拉倒", {"churn_intent": "leave"}, ""),
    ("churn_intent", "换运营商？算了，还是换吧", {"churn_intent": "leave"}, ""),
    ("churn_intent", "价格降了就续 不降就算了", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "换手机就算了", {}, ""),
    ("satisfaction", "好难讲", {}, "v"),
    ("satisfaction", "好难讲㗎", {}, "v"),
    ("satisfaction", "真係好难说", {}, "v"),
    ("satisfaction", "好难讲，算4分吧", {"satisfaction": 4}, ""),
    ("satisfaction", "网速好慢", {}, ""),
    ("satisfaction", "好难用", {}, ""),
    ("satisfaction", "好快", {"satisfaction": 4}, ""),
    ("satisfaction", "好", {"satisfaction": 4}, ""),
    ("satisfaction", "好差", {"satisfaction": 2}, ""),
    ("satisfaction", "hard to tell", {}, "v"),
    ("satisfaction", "hard to tell, maybe a 4", {"satisfaction": 4}, ""),
    ("churn_intent", "staying at my mum's", {}, ""),
    ("churn_intent", "staying round my nan's for now", {}, ""),
    ("churn_intent", "I'm staying at my sister's place", {}, ""),
    ("churn_intent", "staying in a hotel this week", {}, ""),
    ("churn_intent", "staying with you", {"churn_intent": "stay"}, ""),
    ("churn_intent", "staying with you, I'm at my mum's anyway", {"churn_intent": "stay"}, ""),
    ("city", "Leeds originally", {}, "v"),
    ("city", "Leeds, originally", {}, "v"),
    ("city", "Leeds by birth", {}, "v"),
    ("city", "from Leeds originally", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_origins_and_waved_off(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
