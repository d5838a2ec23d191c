"""A city the respondent went to on a trip: somewhere visited, never where they live.

"上个月去了趟昆明，玩得挺好", "前几天跑了一趟西安", "去年去过一次厦门", "来成都玩了几天", "去三亚
度假", "去昆明耍了一趟" (耍, to have fun, in Sichuan), "上个月去徐州走亲戚", "回临沂探亲", "we took
a trip to Chicago last month", "a weekend away in York", "I've been to Rome twice", "we went to
Paris for our honeymoon": a single
journey there and back, or a place once visited.
Unlike a plain "去北京" (which may be a move) such a city does not answer the city question even
when it is the only place named.
Not a move or a stay of some length ("去年搬到昆明", "来银川打工", "been in Leeds ten years").

A place the respondent likes best is no home either: "去过好多地方，最喜欢厦门", "最喜欢的城市是
成都", "my favourite is Lisbon", "I love visiting Kyoto" (but "住在厦门，最喜欢这里" names the home,
and "I love living in Leeds" is said of it).
"""

from __future__ import annotations

import re

from bot.understanding.cities.away_cities import away
from bot.understanding.cities.seen_places import only_seen
from bot.understanding.cities.visit_frames import visit_frame
from bot.understanding.people import clause_around

# "去了趟", "跑了一趟", "回了趟", "去过", "到过": one journey, or a place once visited.
_TRIP_BEFORE_ZH = re.compile(
    r"(?:去|到|跑|回|来)了?(?:一)?趟\s*$|(?:去|到)过(?:一次|一回|两次)?\s*$"
)
# "去成都玩", "来三亚度假了", "到杭州三日游": going there for a holiday or a visit.
_GO_BEFORE_ZH = re.compile(r"(?:去|到|来|回)了?\s*$")
_HOLIDAY_AFTER_ZH = re.compile(
    # ("去昆明耍了一趟": 耍 is 玩 in Sichuan and Chongqing; "去昆明跑了一趟", "去昆明了一趟")
    r"^\s*(?:[\u4e00-\u9fff]?了?[一两1]趟"
    r"|玩|耍|旅游|旅行|度假|游玩|自驾游?|逛了?|看展|看演唱会|打卡|[一二两三四五六七\d]日游"
    # a visit to relatives or to a wedding: "去徐州走亲戚", "到南京看我姑", "回临沂探亲"
    r"|走亲戚|串亲戚|看亲戚|探亲|走亲|串门|拜年|喝喜酒|吃喜酒|吃席|参加婚礼|奔丧"
    r"|看望|看(?:了看|看)?(?:我|俺)?(?:的|家)?(?:姑|姨|舅|叔|婶|奶|爷|姥|外婆|外公|亲家"
    # a child or grandchild visited: "下个月去深圳看儿子", "去杭州看孙子"
    r"|儿子|女儿|闺女|孙子|孙女|外孙女?"
    # a sibling, a parent or a friend visited: "去年去青岛看我妹妹", "去济南看了看我妈"
    r"|妹|姐|哥|弟|爸|妈|父母|老人|朋友|同学|闺蜜|兄弟))"
)
_TRIP_BEFORE_EN = re.compile(
    r"\b(?:trip|holiday|vacation|getaway|city break|weekend away|day out|day trip)s?"
    r"\s+(?:to|in)\s*$"
    r"|\b(?:i'?ve|we'?ve|i have|we have|have|has)\s+(?:only\s+|just\s+)?been\s+to\s*$"
)
# Gone there for a holiday: "we went to Paris for our honeymoon" (not "we moved to Paris").
_WENT_BEFORE_EN = re.compile(r"\b(?:went|flew|travell?ed|drove|jetted|popped over)\s+to\s*$")
_HOLIDAY_AFTER_EN = re.compile(
    r"\s*(?:last \w+ )?for (?:our |my |a |the |his |her |their )?(?:[\w']+ ){0,2}(?:honeymoon"
    r"|holiday|vacation|hols|getaway|anniversary|city break|long weekend|weekend"
    # a family occasion there: "we went to Cebu for my niece's wedding"
    r"|wedding|funeral|christening|graduation|reunion)\b"
)


# The place liked best, or liked to go to: "最喜欢厦门", "最爱的地方还是大理", "特别喜欢去成都"
# (not "最喜欢住在厦门", "喜欢上海的生活": the home and its life).
_LIKED_BEFORE_ZH = re.compile(
    r"最(?:喜欢|爱)(?:的(?:城市|地方|是)?(?:是|就是|还是|当然是|要数)?)?\s*$"
    r"|(?:喜欢|爱)(?:去|逛|跑)\s*$"
)
_LIKED_BEFORE_EN = re.compile(
    r"\bfavou?rites?(?:\s+(?:city|place|town|spot|destination|trip|holiday))?\s+"
    r"(?:is|was|has to be|would be|'d be|remains|so far is)\s*$"
    r"|\b(?:love|loved|like|liked|enjoy|enjoyed|adore)\s+(?:visiting|going to|travelling to"
    r"|traveling to|trips to|holidays in)\s*$"
)


def _liked(before: str, chinese: bool) -> bool:
    """The clause up to a city says it is the place the respondent likes best to go to."""
    if chinese:
        return ("喜欢" in before or "爱" in before) and _LIKED_BEFORE_ZH.search(before) is not None
    return _LIKED_BEFORE_EN.search(before) is not None


def trip_to(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is where the respondent went on a trip ("去了趟昆明") or the
    place they like best ("最喜欢厦门")."""
    if away(low, start, end):
        return True  # "just back from a week in Lisbon", "我在长沙当过兵", "《上海滩》"
    if only_seen(low, start, end):
        return True  # "佛山我去年去过一次", "刷到大理的视频", "watching Derry Girls"
    before, after = clause_around(low, start, end)
    chinese = "\u4e00" <= low[start : start + 1] <= "\u9fff"
    if _liked(before, chinese) or visit_frame(before, low, end, chinese):
        return True  # "been in Perth twice", "when we're in Brisbane", "成都去过两回"
    if chinese:
        if _TRIP_BEFORE_ZH.search(before):
            return True
        return bool(_GO_BEFORE_ZH.search(before) and _HOLIDAY_AFTER_ZH.match(after))
    if _WENT_BEFORE_EN.search(before) and _HOLIDAY_AFTER_EN.match(low, end):
        return True  # "we went to Paris for our honeymoon"
    if not before.rstrip().endswith((" to", " in")):
        return False  # cheap: every such trip ends "… to" or "… in"
    return _TRIP_BEFORE_EN.search(before) is not None
