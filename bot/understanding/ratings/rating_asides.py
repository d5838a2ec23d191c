"""Ratings in a message that are set aside because they score something else, or nothing yet.

`rating_scope.apart` asks here, next to its other tests. A score or rating word is not the
respondent's rating of the service when:

- the message turns to the service afterwards as a topic of its own and says it cannot be judged
  yet: "the app 4 stars ... The internet itself I really can't judge", "happy as a clam with my
  new job, the internet I dunno", "那个靓女好有耐心，我好钟意佢；至于网速点样，我真系讲唔准",
  "so that part 5 haha. but the service, not sure yet" (but "the staff are a 5, the internet
  a 3" keeps a rating of the service);
- a month gone by is judged and the message turns to now: "上个月还可以，这个月老掉线";
- a score is echoed as a question and denied: "五星好评？不可能的", "5 stars? no way";
- a day or a stretch of time is scored: "Monday's a 1 so far", "today's been a 2";
- a mark at work or at school is got: "部门季度绩效拿了个4", "考核得了5";
- the scale's ends are asked about: "1到5分，是5分最好还是1分最好啊？", "is 5 good or 1?";
- the number is a time to come back: "after 3 maybe", "until 5".

`unjudged` also tells `unpinned.judged_later` that such a message is vague.
"""

from __future__ import annotations

import re

# The service brought up as a topic of its own after something else was scored.
_SERVICE_TOPIC = re.compile(
    r"(?:^|[,.;:!?，。；：！？~…]\s*|\b(?:but|and|as for|as to)\s+)"
    r"(?:(?:but|and|as for|as to)\s+)?(?:the|your|ur|y'?all'?s)\s+(?:actual\s+)?(?:internet|service"
    r"|broadband|wi-?fi|network|connection|line|coverage|signal|nbn|fibre|fiber)\b"
    r"|\byours\b|\bas for (?:you|your)\b"
    r"|至于(?:你们|网速|网络|宽带|信号|服务|个网|啲网|上网)|(?:网速|网络|宽带|信号)(?:方面|的话|呢|嘛)"
)
# Said of that topic: it cannot be judged yet.
_UNJUDGED = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t|can not)\s+(?:really\s+)?(?:judge|say|tell|rate)\b"
    r"|\bi\s+(?:dunno|don'?t know|do not know)\b|\bdunno\b|\bnot sure(?: yet)?\b|\bno idea\b"
    r"|\bhaven'?t (?:made my mind up|decided|made up my mind)\b|\btoo (?:early|soon) to (?:say"
    r"|tell)\b|\b(?:need|have|got) to use (?:it )?(?:more|a bit more|longer)\b"
    r"|\bjury'?s (?:still )?out\b|\bremains to be seen\b"
    # (Cantonese 唔 is read as 不: "讲唔准" is "讲不准")
    r"|讲不准|讲不定|说不准|说不好|不好说|不知|讲不到|说不上|还说不出|不清楚"
)
_UNJUDGED_TRIGGER = re.compile(
    r"judge|say|tell|rate|know|dunno|sure|idea|mind|decided|early|soon|use|jury|seen"
    r"|准|定|好说|说不|讲不|知|清楚"
)


_BARE = re.compile(r"[\d\s\W]+")


def _service_unjudged(low: str) -> int | None:
    """Where the service is turned to as a topic that cannot be judged yet, or None."""
    if _UNJUDGED_TRIGGER.search(low) is None:
        return None
    for topic in _SERVICE_TOPIC.finditer(low):
        if len(_BARE.sub("", low[: topic.start()])) < 8:
            continue  # "4, the internet I can't judge beyond that": nothing else was scored
        if _UNJUDGED.search(low, topic.end(), topic.end() + 60):
            return topic.start()
    return None


# No judgement formed yet, said without naming the service: "还说不出个所以然", "我自己还没感觉出
# 啥", "the internet itself I really can't judge".
_NOT_FELT = re.compile(
    r"说不出(?:个|什么|啥)?所以然|(?:还|暂时)?没(?:感觉|觉|体会|看)出(?:啥|什么|来|个所以然)"
)


# A score echoed as a question and denied: "五星好评？不可能的", "5 stars? no way", "满意？想得美".
_ECHO_DENIED = re.compile(
    r"^[^,.;!?，。；！？]{1,12}[?？]+\s*(?:(?:哈+|呵+|哼|切|lol|lmao|haha+|pfft|mate|oh)[,，\s]*)*"
    r"(?:不可能|没门|想得美|做梦|别想|休想|门都没有|\bno way\b|\bnot a chance\b|\bin your dreams\b"
    r"|\bhell no\b|\byou wish\b|\bdream on\b|\bnot likely\b|\bas if\b)"
)


def _echo_denied(low: str) -> int | None:
    """Where the echoed score ends, when it is denied right after, or None."""
    m = _ECHO_DENIED.search(low)
    return None if m is None else low.find("?" if "?" in low else "？")


def unjudged(low: str) -> bool:
    """The message says the service cannot be judged yet, or denies a score it echoes (see the
    module)."""
    if ("所以然" in low or "出" in low) and _NOT_FELT.search(low):
        return True
    if "?" in low and _echo_denied(low) is not None:
        return True
    return _service_unjudged(low) is not None


# A judgement of a month gone by, when the message turns to now: "上个月还可以，这个月老掉线".
_PAST_SPAN = re.compile(
    r"上个?月|上周|上礼拜|上星期|去年|前阵子|刚开始|\blast (?:month|week|year)\b"
)
_NOW_SPAN = re.compile(
    r"这个?月|这周|这礼拜|这星期|今年|现在|最近|\bthis (?:month|week|year)\b|\bnow\b|\blately\b"
)
_CLAUSE = re.compile(r"[,.;!?，。；！？~…]")


def _past_span(low: str, start: int) -> bool:
    marks = [m.end() for m in _CLAUSE.finditer(low, 0, start)]
    begin = marks[-1] if marks else 0
    if _PAST_SPAN.search(low, begin, start) is None:
        return False
    return _NOW_SPAN.search(low, start) is not None


# A day or a stretch of time scored: "Monday's a 1", "today's been a 2".
_DAY_SCORED = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s| is| was|'s been| has been)\s+"
    r"(?:(?:only|just|like|about|barely)\s+)?an?\s+$"
    r"|\b(?:today|my day|this week|the week|this morning|tonight)(?:'s| is| was|'s been| has been)"
    r"\s+(?:(?:only|just|like|about|barely)\s+)?an?\s+$"
)
# A mark at work or at school: "绩效拿了个4", "考核得了5", "成绩是3".
_MARK_GOT = re.compile(
    r"(?:绩效|考核|成绩|评级|kpi)[^,，。.!！?？;；]{0,6}?(?:拿了|拿到|得了|评了|考了|是|为)个?\s*$"
)
# The scale's ends asked about: "是5分最好还是1分最好", "is 5 the best or 1?".
_ENDS_ASKED = re.compile(
    r"\d\s*分?(?:是|算)?最(?:好|高|差|低)还是\s*\d|最(?:好|高)是\s*\d\s*还是"
    r"|\bis\s+\d\s+(?:the\s+)?(?:best|good|top|high|worst|bad)\s+or\s+\d"
)
# A time to come back: "after 3 maybe", "till 5".
_TIME_LATER = re.compile(r"\b(?:after|until|till|til|before|past)\s+$")


def aside(low: str, start: int) -> bool:
    """The rating at `start` is set aside (see the module)."""
    turn = _service_unjudged(low)
    if turn is not None and start < turn:
        return True
    if "?" in low:
        echoed = _echo_denied(low)
        if echoed is not None and start < echoed:
            return True
    if not low[start].isdigit() and _past_span(low, start):
        return True
    before = low[max(0, start - 30) : start]
    if _DAY_SCORED.search(before) or _TIME_LATER.search(before[-8:]):
        return True
    if _MARK_GOT.search(before):
        return True
    return ("还是" in low or " or " in low) and _ENDS_ASKED.search(low) is not None
