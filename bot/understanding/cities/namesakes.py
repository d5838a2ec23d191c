"""Things named after a city: a dish, a style, a breed, a club, a person, a title, a landmark.

"北京烤鸭", "兰州拉面", "a Chicago pizza", "New York cheesecake", "Hong Kong style milk tea", "a
Boston terrier", "London Fog coat", "支持广州恒大", "Paris Hilton is my idol", "Sleepless in
Seattle", "Sydney Opera House": the city's name is part of another thing's name and places
nobody. Read right beside the city's name (the word after it, or a title's words before it), so
that "我在兰州，拉面天天吃" or "I live in Chicago, love the pizza" keep their city, and "Manchester,
United Kingdom" is no club.
"""

from __future__ import annotations

import re

# Words after the city that make it part of another name.
_AFTER = re.compile(
    # a dish or a style ("New York-style", "Chicago pizza", "Boston cream pie", "Buffalo wings")
    r"(?:\s+|-)(?:style|pizzas?|deep dish|cheesecakes?|bagels?|hot ?dogs?|cream pies?|broil"
    r"|sprouts|wings|buns|chowder|strip steaks?"
    # a breed or a brand ("Boston terrier", "London Fog coat")
    r"|terriers?|bull ?terriers?|fog"
    # a club ("Leeds United fan", "Chicago Bulls"), not "Manchester United Kingdom"
    r"|united(?!\s+(?:kingdom|states|arab))|f\.?c\.?|a\.?f\.?c\.?|rovers|wanderers|celtics|bulls"
    r"|yankees|knicks|lakers|raptors|cubs|mets|giants|canucks|maple leafs"
    # a person named after a place ("Paris Hilton", "Sydney Sweeney", "Jordan Peterson")
    r"|hilton|sweeney|pugh|butler|peterson|henderson|beckham"
    # a landmark or an event of the city ("Leicester Square", "Sydney Opera House", "London Eye")
    r"|square|opera house|eye|marathon|zoo)\b"
    # the same in Chinese: a dish, a club or a song ("北京烤鸭", "广州恒大", "北京欢迎你")
    r"|(?:烤鸭|拉面|牛肉面|热干面|小面|米粉|米线|螺蛳粉|鸭脖|板鸭|酱鸭|小吃|风味|特产|凉皮|肉夹馍|臭豆腐"
    r"|汤包|灌汤包|早茶|恒大|国安|申花|上港|泰达|蓉城|力帆|亚泰|鲁能|队(?![伍友长员])"
    r"|欢迎你|爱情故事|遇上|夜未眠"
    # a melon, a sandwich or silver, not the towns named so ("哈密瓜", "三明治", "白银会员")
    r"|(?<=哈密)瓜|(?<=三明)治|(?<=白银)(?:会员|段位|卡|首饰|饰品|价格?|等级|级|时代|手镯|项链|戒指))"
)

# A film's title around the city ("Sleepless in Seattle", "Midnight in Paris", "Emily in Paris").
_TITLE_BEFORE = re.compile(r"\b(?:sleepless|midnight|emily) in\s*$")


def named_after(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is part of the name of a dish, a style, a breed, a club, a
    person, a landmark or a title, not a place anybody lives in."""
    if _AFTER.match(low, end):
        return True
    return "in" in low[max(0, start - 4) : start] and bool(
        _TITLE_BEFORE.search(low, max(0, start - 16), start)
    )
