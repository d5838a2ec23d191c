"""Whose place a city is, and whether it is lived in or only visited or worked in.

"老公在上海上班" places the husband, "去北京出差" is a trip and "I work in Nottingham" is a place of
work: none of them answers where the respondent lives. "我和老公在上海" and "posted me to Aberdeen"
do. Each reading looks at the clause around the place name.
"""

from __future__ import annotations

import re

from bot.understanding.cities import origins_said, parent_selves, self_labels
from bot.understanding.others import said_of_partner
from bot.understanding.people import (
    OTHER_PERSON_EN,
    OTHER_PERSON_ZH,
    clause_before,
    topic_chain,
)

# "我老公", "我家那位", "我们家的孩子": the respondent as owner, not as subject.
POSSESSIVE_ZH = re.compile(
    r"(?:我们|咱们|俺们|我|俺|咱)(?:家里?|的)*(?=" + OTHER_PERSON_ZH.pattern + ")"
)
# The respondent in the clause: "我", or an unnamed subject living with someone ("和家人住在杭州",
# "with my wife in Chengdu").
SELF_ZH = re.compile(r"我|俺|咱|^\s*(?:和|跟|与|同|陪|带着?)|(?:^|[后就也])\s*(?:随|跟随|跟着)")
SELF_EN = re.compile(r"\b(?:i|i'm|i've|we|we're|we've|me|us|with)\b")


# "my parents in Enugu", "my sister from Leeds": the place is attached to the person just named.
_PERSON_IN = re.compile(OTHER_PERSON_EN.pattern + r"(?:'s)?\s+(?:back\s+)?(?:in|from|at|near)\s*$")


# "here in Leeds": the speaker is there too, whoever the clause is about ("my son is at school
# here in Leeds").
_HERE_IN = re.compile(r"\b(?:over|up|down|out|round|around|back)?\s*here\s+in\s*$")


# A person echoed as a question at the start ("孩子？", "kids?"), then clauses with nobody of
# their own and no denial: they all go on about that person ("孩子？没有，在沈阳上班" does not).
_ECHOED = re.compile(
    r"^\s*(?:我的?|我家|俺家)?(?:孩子|儿子|女儿|闺女|娃|小孩|(?:my |the )?(?:kids?|children|son"
    r"|daughter))(?:们)?\s*(?:嘛|呢|啊)?\s*[?？]"
)
_OWN_OR_DENIED = re.compile(r"[我俺咱没无不]|\b(?:i|i'm|we|me|us|no|nope|none|not)\b")


def _echoed_topic(low: str, start: int) -> bool:
    """The place at `start` follows a person echoed as a question, with no other subject."""
    echo = _ECHOED.match(low) if "?" in low[:start] or "？" in low[:start] else None
    return echo is not None and _OWN_OR_DENIED.search(low, echo.end(), start) is None


def someone_elses_place(low: str, start: int) -> bool:
    """The place at `start` is said of another person only ("老公在上海上班"), not "here" where
    the respondent is too."""
    clause = clause_before(low, start)
    if "here" in clause and _HERE_IN.search(clause):
        return False
    person_in = _PERSON_IN.search(clause)
    if person_in and self_labels.role_in(low, start):
        return False  # "single dad in Bristol": the person named is the respondent
    if person_in and not re.search(
        r"\b(?:with|and)\s+(?:my|our|the)?\s*$", clause[: person_in.start()]
    ):
        return True  # but "with my parents in Leeds": the respondent lives there too
    if _OTHERS_KIN_WENT.search(clause):
        return True  # "I'm raising him since his mum went to work in Dubai": her place
    if _echoed_topic(low, start):
        return True  # "孩子？大学毕业了，在沈阳上班": the answer goes on about the child asked of
    # "孩子大学毕业了，在北京上班": a clause without a subject goes on about the person of the
    # clause before it
    clause = parent_selves.as_self(topic_chain(low, start))  # ("两个娃的妈，在苏州": herself)
    if not (OTHER_PERSON_ZH.search(clause) or OTHER_PERSON_EN.search(clause)):
        return False
    own = POSSESSIVE_ZH.sub("", clause)
    own = re.sub(r"\b(?:my|our)\s+", "", own)
    return not (SELF_ZH.search(own) or SELF_EN.search(own))


# A place the respondent visits or deals with, not where they live: "去北京出差", "visiting
# Shanghai this week", "back from London", "上海的客服", "the Beijing call centre".
_VISIT_BEFORE = re.compile(
    r"(?:(?<![搬调回派分跑])(?:去|到)|飞|出差(?:在|到)?|路过|途经|\bvisit(?:ing|ed|s)?|\btrips? to"
    r"|\btravel(?:l?ed|l?ing|s)? to|\bfl(?:ew|y|ying) to|\bgoing to|\bwent to|\bback from"
    r"|\bmoved (?:back )?from"
    r"|\b(?:holiday|vacation|business trip) in|\b(?:was|were) (?:just )?(?:in|at)"
    r"|\bhoneymoon(?:ing)? in|\bholidaying in|\bfrom here (?:all the way )?to)\s*$"
)
_VISIT_AFTER = re.compile(
    r"^\s*(?:的)?(?:客服|营业厅|分公司|总部|公司|办事处|门店|热线|机房|出差|旅游|开会)"
    r"|^\s*(?:call cent(?:re|er)s?|office|branch|store|shop|team|support|hq|headquarters|airport"
    r"|trip|for work|on business|for a conference|for the weekend|this week|next week"
    r"|last (?:week|month|year|weekend)|for a (?:stag|hen|wedding))\b"
)
# A place of work, beside the home named elsewhere: "Leicester, though I work in Nottingham".
_WORK_BEFORE = re.compile(r"\b(?:work(?:s|ing|ed)?|commute) (?:in|at|over in|to)\s*$")
_WORK_AFTER = re.compile(r"^\s*(?:(?:a |three |two |\d )?days? a week|on weekdays)\b")


# A posting or relocation for work is a move: "被公司派到合肥", "posted me to Aberdeen last year",
# "relocated to Galway for work", "moved up to Auckland for work".
_POSTED_BEFORE = re.compile(
    r"(?:派|调|分配|分|外派|借调)(?:到|去)了?\s*$|\b(?:posted|transferred|relocated|seconded"
    r"|stationed|sent|moved)\s+(?:(?:me|us)\s+)?(?:out\s+|over\s+|up\s+|down\s+)?to\s*$"
)


# Going back only at the holidays: "我在广州打工，过年才回荆州", "放假回老家南阳" (the home town
# visited, not where the respondent lives; not "去年回了成都", a move back).
_HOLIDAY_RETURN_BEFORE = re.compile(
    r"(?:过年|过节|春节|逢年过节|放假|年底|年根|国庆|中秋|寒假|暑假|节假日)(?:的时候|时|期间)?"
    r"(?:才|就|会|都|再|要|得|也)*回(?:到|去)?(?:趟|一趟|老家)?\s*$"
)


# Going back to see family at the holidays, no place named: "逢年过节回去看看", "过年回家看一看"
# (a visit, not the answer put off to "回去看看" at home).
_HOLIDAY_VISIT = re.compile(
    r"(?:过年|过节|春节|放假|国庆|中秋|寒假|暑假|节假日|周末|有空)(?:的时候|时|期间)?"
    r"(?:才|就|会|都|再|要|得|也)*回(?:去|来|家|老家)(?:看看|看一看|看一下|一趟|转转)"
)


def holiday_visit(low: str) -> bool:
    """The respondent goes back to visit at the holidays ("逢年过节回去看看"): no answer put off."""
    return "回" in low and _HOLIDAY_VISIT.search(low) is not None


def visited_place(low: str, start: int, end: int) -> bool:
    """The place at `start`..`end` is visited or dealt with, not lived in ("去北京出差"), or only
    come from ("Leeds, originally")."""
    if origins_said.origin_only(low, end):
        return True
    before = clause_before(low, start)
    if _POSTED_BEFORE.search(before):
        return False
    # (beside something said before it: "过年才回荆州" alone still names the place)
    if (
        "回" in before
        and low[: start - len(before)].strip()
        and _HOLIDAY_RETURN_BEFORE.search(before)
    ):
        return True
    return bool(_VISIT_BEFORE.search(before) or _VISIT_AFTER.match(low[end : end + 24]))


# A business trip there, right beside the city: "在广州出差", "出差在广州，这周回去", "去北京出差",
# "in Guangzhou on business this week", "on a business trip in Leeds" (not "我在广州上班，经常
# 出差").
_BUSINESS_BEFORE = re.compile(
    r"出差(?:在|到|去|来)?\s*$|\b(?:business|work) trip (?:in|to)\s*$|\bon business in\s*$"
)
_BUSINESS_AFTER = re.compile(
    r"(?:出差)|\s+(?:on business|on a (?:business|work) trip|for a (?:business|work) trip)\b"
)


def on_business(low: str, start: int, end: int) -> bool:
    """The place at `start`..`end` is visited on a business trip: no home, even when alone."""
    return bool(
        _BUSINESS_BEFORE.search(low, max(0, start - 20), start) or _BUSINESS_AFTER.match(low, end)
    )


def away_alone(low: str, start: int, end: int) -> bool:
    """The place at `start`..`end` is no home even when it is the only one named: a business trip
    ("在广州出差") or only where the respondent comes from ("Leeds originally")."""
    return on_business(low, start, end) or origins_said.origin_only(low, end)


_SELF_PLACED = re.compile(
    r"(?:我|俺)[^,，。;；]{0,6}?(?:在|住)|\b(?:i|we)(?:'m| am| are|'re)?\s+(?:live|living|stay"
    r"|staying|based|(?<=m |e )(?:still|now|currently|over|back) in)\b"
)


# The respondent joining the place just named: "老公在洛阳上班，我们一家都在这边", "我也住这儿".
# ("我家那口子在天津上班，我跟着过去住", "我也跟过去了": following them there)
_JOINS_HERE = re.compile(
    r"(?:也|都|一起|一块儿?)(?:住|待|呆)?(?:在)?(?:这边|这儿|这里)"
    r"|(?:跟着?|随着?|陪着?)(?:他|她|他们)?(?:一起|一块儿?)?(?:搬)?过去(?:了|住|生活|陪读)?"
    r"|也(?:搬)?过去(?:了|住)"
)
_SELF_JOINS = re.compile(r"[,，;；]\s*(?:我|俺|咱)[^,，。;；]{0,5}?" + _JOINS_HERE.pattern)


# The respondent living with the person just placed: "老公在宝鸡上班，我们住一起", "we live
# together".
_LIVE_TOGETHER = re.compile(
    r"(?:我们|咱们|俺们|我俩|我们俩|咱俩|我跟他|我和他|我跟她|我和她)(?:也|都|一直|现在|平时|还是)?"
    r"(?:住(?:在)?(?:一起|一块儿?)|一起(?:住|生活)|一块儿?住)"
    r"|\bwe\s+(?:all\s+|both\s+)?(?:live|are living|stay)\s+together\b"
)


def self_placed(low: str) -> bool:
    """A clause puts the respondent somewhere ("我带孩子在老家"), apart from other people's places
    ("我老公在深圳" is the husband's; "我们一家都在这边" and "我们住一起" join him there)."""
    clauses = re.split(r"[,.;!?，。；！？]", low)
    return any(
        _SELF_PLACED.search(POSSESSIVE_ZH.sub("", c))
        and not _JOINS_HERE.search(c)
        and not _LIVE_TOGETHER.search(c)
        for c in clauses
    )


def work_place(low: str, start: int, end: int) -> bool:
    """The place at `start`..`end` is where the respondent works ("I work in Nottingham")."""
    before = clause_before(low, start)
    return bool(_WORK_BEFORE.search(before) or _WORK_AFTER.match(low[end : end + 24]))


# Children and parents, who often live apart from the respondent, unlike a partner.
_KIN = re.compile(
    r"儿子|女儿|闺女|孩子|娃|爸|妈|父母|公公|婆婆|岳父|岳母|女婿|儿媳"
    r"|\b(?:sons?|daughters?|kids|children|mum|mom|dad|parents|father|mother|eldest|youngest)\b"
)
# Somebody else's parent or child gone there, the last person named before the city: "since his
# mum went to work in", "her dad moved to" (the respondent said earlier is not the subject).
_OTHERS_KIN_WENT = re.compile(
    r"\b(?:his|her|their)\s+(?:mum|mom|mother|dad|father|parents|sons?|daughters?|kids)\s+"
    r"(?:(?:has|had|just|recently|then)\s+)*(?:went|moved|left|goes|works|worked|lives|lived"
    r"|is|'s)\b(?:(?!\b(?:i|we|me|us|with)\b)[^,.;!?])*$"
)
# The respondent with them: "my kids are in Leeds with me", "我和儿子在上海".
_WITH_ME_AFTER = re.compile(r"[^,.;!?，。；！？]{0,12}?\bwith (?:me|us)\b")


def kin_placed(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is a child's or a parent's, said without the respondent and
    without a partner beside them: "my son works in Leeds", "我爸妈在成都"."""
    if _echoed_topic(low, start):
        return True  # "孩子？大学毕业了，在沈阳上班": the child echoed is the subject
    clause = clause_before(low, start)
    if not _KIN.search(clause) or said_of_partner(low, start):
        return False
    own = POSSESSIVE_ZH.sub("", clause)
    if _SELF_JOINS.search(low, end):
        return False  # "儿子在成都上学，我也在这边陪读": the respondent is there with them
    return not (SELF_ZH.search(own) or SELF_EN.search(own) or _WITH_ME_AFTER.match(low, end))


# "Our Ceri moved to Cardiff", "our kid lives in Leeds": in the north of England and in Wales a
# relative is called "our" and the name; what follows is where that person went (read on the
# surface text, where the capital tells a name from "our house", "our new flat").
_OUR_NAMED = re.compile(
    r"\b[Oo]ur\s+(?:kid|[A-Z][a-z]+)\s+(?:has\s+|'s\s+|just\s+)?(?:moved|lives|went|works"
    r"|relocated|left|is)\b[^,.;!?]*$"
)


def our_named_place(surface: str, start: int) -> bool:
    """The city at `start` is where a relative called "our <name>" is ("Our Ceri moved to
    Cardiff for work")."""
    return "our " in surface[max(0, start - 60) : start].lower() and bool(
        _OUR_NAMED.search(clause_before(surface, start))
    )
