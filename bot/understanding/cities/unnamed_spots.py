"""Answers to the city question that place the respondent without naming a town: vague.

- A region abroad opening the answer ("Selangor side lah", "Rift Valley, out in the shamba", "The
  Cotswolds, love", "Ogun State", "gauteng side", "Mindanao po"), beside `regions_named` (Canada,
  Australia, the US). A town named after it still counts ("Selangor, Shah Alam"): the next clause
  must not be a name.
- Far from any town ("out in the shamba", "far from any town", "a lovely part of the world").
- Only the middle of an unnamed town ("Just off the high street, by the Co-op"), or a home by a
  landmark ("住在万达广场旁边那个小区"): no town in it.
- Time split between two homes, neither named ("we split our time between the city and the
  cottage").
Read only when no city was found ("Kisumu, near the lake" gives Kisumu).
"""

from __future__ import annotations

import re

_REGIONS = (
    # Malaysia's states and Kenya's regions
    r"selangor|johor|kedah|kelantan|terengganu|pahang|perak|sabah|sarawak|negeri sembilan"
    r"|perlis|rift valley|nyanza|central province|coast province|western province"
    # South Africa's provinces ("gauteng side", "KZN"), the Philippines' island groups and
    # regions ("Mindanao po", "somewhere in the Visayas")
    r"|gauteng|kzn|kwazulu[- ]natal|natal|western cape|eastern cape|northern cape|free state"
    r"|limpopo|mpumalanga|north west province|mindanao|luzon|(?:the )?visayas|bicol|ilocos"
    r"|calabarzon|caraga|samar|leyte|negros|panay|bohol"
    # England's areas with no town of the name
    r"|the cotswolds|cotswolds|the peak district|peak district|the fens|the broads"
    r"|the yorkshire dales|the dales|the scottish borders|the borders|the potteries"
    # a state of Nigeria said as such: "Ogun State", "lagos state"
    r"|[a-z]+ state"
)
_FIRST = re.compile(
    r"\s*(?:(?:i'?m|i am|we'?re|we are|i live|we live|living|based)\s+)?(?:(?:in|on)\s+)?"
    rf"(?:{_REGIONS})"
    r"(?:\s+(?:side|area|region|way|county|lah|la|leh|lor|love|mate|sha|o|sawa|po|lang|ja|bru"
    r"|eish))*\s*"
)
_CLAUSE_END = re.compile(r"[,.;!?…，。；！？]")
# What may follow the region's clause: a remark or a spot, no town's name.
_NEXT_OK = re.compile(
    r"\s*(?:$|(?:near|out|off|by|far|up|down|in|on|just|love|mate|lah|la|a|an|the|lovely|beautiful"
    r"|nice|you|it|its|it's|we|i|not|no|somewhere|sawa|eh|sha|o|far)\b)"
)
_CHEAP = (
    "selangor",
    "johor",
    "kedah",
    "kelantan",
    "terengganu",
    "pahang",
    "perak",
    "sabah",
    "sarawak",
    "sembilan",
    "perlis",
    "valley",
    "nyanza",
    "province",
    "cotswold",
    "district",
    "fens",
    "broads",
    "dales",
    "borders",
    "potteries",
    "state",
    *("gauteng", "kzn", "natal", "cape", "free state", "limpopo", "mpumalanga", "north west"),
    *("mindanao", "luzon", "visayas", "bicol", "ilocos", "calabarzon", "caraga", "samar", "leyte"),
    *("negros", "panay", "bohol"),
)

# Far from any town: "far from any town", "out in the shamba", "a lovely part of the world".
_FAR = re.compile(
    r"\bfar (?:away )?from (?:any|the nearest) (?:town|city)\b"
    r"|\bmiles from (?:any|the nearest) (?:town|city)\b"
    r"|\b(?:out )?(?:in|on) the shamba\b|\bupcountry\b|\b(?:out in|in) the (?:kampung|bundu|veld)\b"
    r"|\b(?:part|corner) of the world\b"
)
_FAR_CHEAP = ("from any", "from the nearest", "shamba", "upcountry", "kampung", "bundu", "veld")

# Only the middle of an unnamed town opening the answer, as "city centre" is ("just off the high
# street", "by the village green"; "next to the station" alone is no answer at all).
_SPOT_EN = re.compile(
    r"\s*(?:(?:i'?m|we'?re|i live|we live|living)\s+)?(?:just\s+|right\s+)?"
    r"(?:off|near|by|next to|behind|opposite|across from|(?:a)?round the corner from|close to"
    r"|up the road from|down the road from|on)\s+the\s+(?:high street|main street|village green"
    r"|market square|town square|village square)\b"
)
# A home by a landmark, no town: "住在万达广场旁边那个小区" (not "中山路附近", no home said).
_SPOT_ZH = re.compile(
    r"(?:^|[,，。])\s*(?:我|我们|俺)?(?:家)?(?:就)?(?:住|住在)(?:在)?[^,，。]{1,10}"
    r"(?:旁边|附近|对面|边上|后面|隔壁|楼上|楼下)(?:的|那个|那片|那块)?[^,，。]{0,4}"
    r"(?:小区|那片|那块|那边|楼|公寓|宿舍)?\s*(?:$|[,，。])"
)
# Time split between two homes: "we split our time between the city and the cottage".
_SPLIT = re.compile(
    r"\bsplit (?:our|my) (?:time|year|week) between\b|\b(?:half|part) (?:the )?(?:year|time)"
    r" (?:at|in) (?:the )?(?:cottage|farm|lake|cabin)\b"
)


def no_town(low: str) -> bool:
    """The (lower-cased) answer places the respondent in a region, far from a town, by a
    landmark or between two homes, and names no town."""
    if any(w in low for w in _CHEAP):
        end = _CLAUSE_END.search(low)
        stop = end.start() if end else len(low)
        if _FIRST.fullmatch(low, 0, stop) and (end is None or _NEXT_OK.match(low, end.end())):
            return True
    if any(w in low for w in _FAR_CHEAP) and _FAR.search(low):
        return True
    if "part of the world" in low or "corner of the world" in low:
        return True
    if "the " in low and _SPOT_EN.match(low):
        return True
    if "split" in low and _SPLIT.search(low):
        return True
    return not low.isascii() and _SPOT_ZH.search(low) is not None
