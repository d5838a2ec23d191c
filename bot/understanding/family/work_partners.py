"""Partners at work or at play and other companions, who are no partner in life.

"Partner" names a colleague as often as a spouse: "my partner at the firm handles that", "I'm a
senior partner at a law firm", "got a running partner" (but "my partner and I run a shop" is a
partner: sharing the work with them says nothing against it). In Chinese the companion has words
of its own (合伙人, 生意伙伴, 搭档, 搭子, 舞伴, 同事, 朋友), which are no partner word; but the "有"
that has them reads as a yes to the partner question: "有个搭档", "有个合伙开店的朋友",
"合伙人倒是有一个". Such a "有" says what there is, not that there is a partner (a partner word
said with it is still read on its own: "有老婆，也有合伙人"). Each check runs on one hit, behind
a literal test of the word.

Such a companion is often said with what they are not ("my dance partner, no romance"): the "no"
is about the companion and says nothing of a partner in life (but "business partner? no,
single" is single).
"""

from __future__ import annotations

import re

# "my running partner", "a senior partner", "her sparring partner" (set phrases such as
# "business partner" or "tennis partner" are not words of the lexicon at all, `not_words`).
_ACTIVITY = (
    r"\b(?:work|law|senior|managing|junior|equity|founding|silent|sleeping|trading|sparring"
    r"|running|jogging|training|workout|climbing|squash|golf|bridge|chess|writing|research"
    r"|practice|coding|gaming|doubles|badminton|walking|hiking|cycling|gym|dance|dancing|tennis"
    r"|study|lab|business|firm's|company's|co-?|bowls|bowling|darts|snooker|pool|quiz|whist"
    r"|card|cards|crossword|fishing|rowing|swimming|skating|ballroom|salsa|tango|bingo|croquet"
    # a band, a team of two in a game, a shared car: "my steelband partner", "my duo partner in
    # Fortnite", "my carpool partner"
    r"|steel ?band|band|duo|squad|carpool|car pool|car-pool|lift|commute|commuting|debate"
    r"|debating|drinking|project|science|tag|trivia|karaoke|jam)[\s-]*"
)
_ACTIVITY_BEFORE = re.compile(_ACTIVITY + "$")
# A companion named anywhere: "my dance partner", "a business partner", "有个搭档"
_COMPANION_NAMED = re.compile(_ACTIVITY + r"partners?\b|partner in crime|合伙人|搭档|舞伴|生意伙伴")
# What the companion is not, after a "no" / "not": "no romance", "not romantic", "no dating"
_ROMANCE_AFTER = re.compile(
    r"\s+(?:romance|romantic(?:ally)?|dating|relationship|(?:anything|nothing) more|like that"
    r"|together)\b"
)
# "my partner at the firm", "a partner at Deloitte", "my partner in the (barbershop) business" (not
# "my partner at home", "my partner at the moment", "my partner in life and business").
_AT_WORK_AFTER = re.compile(
    r"s?['’\"]?\s+(?:at|in|from)\s+(?:the|a|an|my|our|this|that)?\s*(?:(?!life\b|love\b)[a-z'&-]+\s+){0,2}?"
    r"(?:firm|practice|company|business|office|agency|partnership|chambers|surgery|clinic"
    r"|work|job|shop floor)\b"
    r"|\s+at\s+(?!home\b|the moment\b|last\b|least\b|first\b|times\b)[a-z]+\s*(?:&|and)\s+[a-z]+\b"
)
# "partner" naming a kind of thing: "a partner project", "the partner draw we throw at work" (a
# savings club), "partner hand", "partner program" (not "my partner and I", "partner is away").
# (said of somebody's partner the next word may be a verb: "my partner deals with it", "her
# partner draws", "my partner's company")
_THING_AFTER = re.compile(
    r"s?\s+(?:draw|hand|projects?|program(?:me)?s?|schemes?|compan(?:y|ies)|brands?|stores?"
    r"|sites?|apps?|network|portal|agency|agencies|firms?|organi[sz]ations?|track|level)\b"
)
_OWNED_BEFORE = re.compile(r"\b(?:my|our|his|her|their|your|me|mi|ma)\s+partners?|partner'?s$")
_WORK_SENSE_BEFORE = re.compile(r"(?:工作上|生意上|业务上|公司里|公司)的?\s*$")
# "I'm a partner at…": a rank in a firm (not "I'm a partner's…").
# "met my partner at work": where they met, the partner stands.
_MET_BEFORE = re.compile(r"\b(?:met|meet|meeting)\s+(?:my|our|her|his)?\s*$")
_TITLE_BEFORE = re.compile(r"\b(?:i'm|i am|im|she's|he's|made|make|became|become)\s+(?:a\s+)?$")
_TITLE_AFTER = re.compile(r"\s+(?:at|in|with)\s+(?:a|an|the|my)?\s*[a-z&'-]+")

# Companions who are no partner ("小朋友" is a child, "男朋友" a partner).
_COMPANION = (
    r"(?:合伙人|股东|(?:生意|合作|商业|事业)?伙伴(?!侣)|搭档|搭子|舞伴|球友|牌友|驴友|饭友"
    r"|(?<![男女小])(?:朋友|盆友)|同事|室友|舍友|队友|闺蜜|哥们儿?|同学|网友|笔友|师傅|徒弟)"
)
_GATE = re.compile(r"合伙|股东|伙伴|搭|舞伴|友|同事|闺蜜|哥们|同学|师傅|徒弟")
# "有个搭档", "有一个合作伙伴", "有个合伙开店的朋友", "有俩合伙人"
_HAD_AFTER = re.compile(
    r"\s*(?:(?:一|两|俩|几|三|仨|\d)?\s*(?:个|位)|俩|仨)?[^,，。;；!！?？、和跟]{0,8}?" + _COMPANION
)
# "合伙人倒是有一个", "搭档嘛，有一个", "生意伙伴的话有俩"
_HAD_BEFORE = re.compile(
    _COMPANION + r"(?:的话|嘛|呢|么|啊)?[,，\s]*(?:倒是|倒|也|还|就|都|只|我)*\s*$"
)


def work_partner(low: str, start: int, end: int) -> bool:
    """The "partner" word at `start`..`end` is one at work or at play, no partner in life."""
    if "partner" not in low[start:end]:
        return False
    before = low[max(0, start - 24) : start]
    if _ACTIVITY_BEFORE.search(before) or (
        _THING_AFTER.match(low, end) and not _OWNED_BEFORE.search(low[max(0, start - 8) : end])
    ):
        return True
    if _WORK_SENSE_BEFORE.search(before):
        return True  # "工作上的partner": the word in its sense at work
    if _AT_WORK_AFTER.match(low, end):
        return _MET_BEFORE.search(before) is None
    return bool(_TITLE_BEFORE.search(before) and _TITLE_AFTER.match(low, end))


def companion_had(low: str, start: int, end: int) -> bool:
    """The "有" at `start`..`end` has a companion who is no partner: "有个搭档"."""
    if not low.startswith("有", start) or _GATE.search(low) is None:
        return False
    return bool(_HAD_AFTER.match(low, end) or _HAD_BEFORE.search(low, max(0, start - 12), start))


def romance_denied(low: str, start: int, end: int) -> bool:
    """The "no" at `start`..`end` denies a romance with a companion the message names: "my dance
    partner, no romance" (but "no romance" alone is single)."""
    if not low.startswith(("no", "not"), start) or "partner" not in low and not _GATE.search(low):
        return False
    return bool(_ROMANCE_AFTER.match(low, end) and _COMPANION_NAMED.search(low))
