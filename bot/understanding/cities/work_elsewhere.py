"""A city the respondent only works in or commutes to, with the home said to be elsewhere.

"I work in Manchester but live out in the sticks", "commute to Dublin every day from Meath",
"在深圳上班，住在乡下": the city is the workplace, set against a home that is somewhere else (a
place commuted from, the countryside, a village), so it is no home, even when it is the only
place named. A workplace alone ("Working in Hyderabad", "在郑州上班") or shared with the home ("I
live and work in Manchester") still is the city; a home named as a known city beside the
workplace is read by the slot reader ("I work in Boston but I live in Quincy").
"""

from __future__ import annotations

import re

from bot.understanding.cities.whose_place import work_place

# Working there, said after the city in Chinese: "在深圳上班", "在广州打工".
_ZH_WORK_AFTER = re.compile(r"(?:上班|打工|工作|干活|跑车)")

# The home set apart after the workplace: "but live out in the sticks", "from Meath", "住在乡下".
_HOME_ELSEWHERE = re.compile(
    r"\bbut\s+(?:i\s+|we\s+)?(?:live|living|stay|home is|home's)\s+(?:out\s+(?:in|on|past|by)"
    r"|outside|further out|miles (?:away|out)|elsewhere|somewhere else|in the (?:sticks|country"
    r"|countryside)|in a (?:village|small town)|on a farm)\b"
    # ("but live in Wakefield": a home named, the gazetteer may not know it; not "in the city")
    r"|\bbut\s+(?:i\s+|we\s+)?(?:live|living)\s+in\s+(?!the\b|town\b|there\b|here\b)[a-z]"
    r"|\bfrom\s+[a-z]"
    r"|[,，]\s*(?:但是?|不过|可)?(?:我|人)?(?:住|家在|住在)(?:在)?(?:乡下|农村|村里|镇上|山里|山上|老家)"
)
_COMMUTE = re.compile(r"\bcommut(?:e|es|ing|ed)\b")
# Commuting into the city: "commute into London", "commuting up to Leeds".
_COMMUTE_INTO = re.compile(r"\bcommut(?:e|es|ing|ed)\s+(?:in\s*to|to|up to|down to|over to)\s*$")


def works_there_lives_elsewhere(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is only where the respondent works or commutes to, and the
    words after it put the home somewhere else."""
    zh = _ZH_WORK_AFTER.match(low, end) is not None
    if not (
        zh
        or work_place(low, start, end)
        or _COMMUTE_INTO.search(low, max(0, start - 30), start) is not None
    ):
        return False
    after = _HOME_ELSEWHERE.search(low, end)
    if after is None or low.startswith(low[start:end], after.end() - 1):
        return False  # (not "I work in Leeds but live in Leeds too")
    # "from Meath" only after a commute: "I work in Leeds, moved from York" is no home elsewhere
    return not after.group().startswith("from") or _COMMUTE.search(low, 0, start) is not None
