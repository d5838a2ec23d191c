"""Ratings in an answer to the rating question that are not the respondent's rating now.

`rating_scope.apart` sets these aside, next to ratings of other people and other things:

- a score promised under a condition the service does not meet yet: "if you fixed the wifi I'd
  give you a 5", "I'd give a 4 if the price came down", "要是网速快点我就给5分", "降价的话能给4分".
  The condition names an improvement (fixed, cheaper, faster, 降价, 快点, 稳定点); a hedge such as
  "if I'm honest", "if I had to pick" or a scale ("十分制的话") is no condition on the service.
  With nothing else said the answer is vague: the rating now is lower, but not given;
- a score of another provider: "my old provider was a solid 4", "Vodafone was a 2 for me back
  then", "以前那家我给2分", unless the respondent or the provider asked ("you", "你们", "now")
  comes back before the score;
- a score from reviews or people at large: "everyone on reddit gives you 1 star", "网上评论都是
  1星", "大家都给3分" (what people say is read by `hearsay`), unless the respondent speaks again
  ("reviews are all 1 star but I'd say 4");
- a time of day: "the tech came at 5 pm and left at 5:20".
"""

from __future__ import annotations

import re

from bot.understanding.churn.intentions import RIVAL_NAMES
from bot.understanding.context import Ctx
from bot.understanding.literal_gates import Gated, gated
from bot.understanding.ratings import clock_hours

_CLAUSE_MARK = re.compile(r"[,，.。!！?？;；~…]")
_SENTENCE_END = re.compile(r"[.!?。！？;；\n]")

# An improvement the score waits for.
_CONDITION = gated(
    r"\bif\s+(?:you|u|ye|yous|y'all|they|it|its|it's|the\s+[a-z]+(?:\s+[a-z]+)?|your\s+[a-z]+"
    r"|prices?|bills?|speeds?|signal|wifi|wi-fi)\s+(?:(?:guys|lot|just|ever|actually|only)\s+)?"
    r"(?:fixed|fix|sorted|sort|improved|improve|worked|work|stopped|stop|lowered|lower|dropped"
    r"|drop|cut|came down|come down|went down|go down|got (?:better|faster|cheaper)"
    r"|was (?:cheaper|faster|better|more reliable)|were (?:cheaper|faster|better|more reliable)"
    r"|(?:did|didn't|did not) (?:drop|crash|cut out|go down|lag))\b"
    r"|(?:要是|如果|假如|只要|若是)[^,，。!！?？]{0,10}?"
    r"(?:快|便宜|降价|稳定|不掉线|不断网|修好|改进|改善|好用)"
    r"|(?:降价|便宜(?:点|些|一点)|快(?:点|些|一点)|稳定(?:点|些|一点)|不掉线|不断网|修好)的话"
)
# The consequence that opens the clause after a condition: "要是网速快点，我就给5分".
_THEN = re.compile(
    r"\s*(?:(?:那|那么|then)\s*)?(?:我|俺)?\s*(?:就|可以|能|会|肯定|才|i'd|i would|it'd|it would"
    r"|you'd|you would|that'd|that would)"
)


# A score the service would get, with the condition after it: "would be a 5 if the signal reached
# the back pasture", "would merit a 5 if the outages were resolved", "could've been a 4 if not
# for the outages" (whatever the condition names; not a hedge: "I'd give it a 4 if I'm honest",
# "would be 3 if you ask me").
_WOULD_BE_BEFORE = re.compile(
    r"\b(?:would|could|might|'d)\s+(?:be|have been|'ve been|merit|deserve|earn|get|score"
    r"|give(?:\s+(?:it|you|ya|u|y'all|them|you guys))?)\s+(?:an?\s+)?(?:solid\s+|full\s+)?$"
)
_IF_AFTER = re.compile(
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*"
    r"(?:stars?|points?|/\s*(?:5|10)|out of (?:5|10))?\s*,?\s*(?:if|once|when)\s+"
    r"(?!i\b|i'm|i am|i'd|you ask|you're asking|we're|honest|anything|at all|that\b|needed)"
)
# Within a rating, a dash parts a score from what it would be: "4 - would be 5 if it worked".
_COND_MARK = re.compile(r"[,，.。!！?？;；~…—–]|\s-\s")


def conditional(low: str, start: int) -> bool:
    """The rating at `start` is promised on an improvement, in its clause or the one before."""
    if _IF_AFTER.match(low, start) and _WOULD_BE_BEFORE.search(low, max(0, start - 32), start):
        return True
    marks = [m.end() for m in _COND_MARK.finditer(low, 0, start)]
    begin = marks[-1] if marks else 0
    stop = _COND_MARK.search(low, start)
    end = stop.start() if stop else len(low)
    if _CONDITION.search(low, begin, end) is not None:
        return True
    if len(marks) < 1 or not _THEN.match(low, begin):
        return False
    before = marks[-2] if len(marks) > 1 else 0
    return _CONDITION.search(low, before, begin) is not None


# Another provider as the subject of the score.
_RIVAL_RATED = gated(
    r"\b(?:" + RIVAL_NAMES + r"|(?:my|our|the)\s+(?:old|previous|last|former|ex)\s+"
    r"(?:provider|carrier|company|network|isp|telco|lot|crowd|mob|one))"
    r"(?:'s|\s+(?:was|were|is|are|gets|got|used to be|would be|would get|deserves?)"
    # put first, then scored: "my old provider I'd have given a 1", "the last lot I rated a 2"
    r"|,?\s+(?:i'?d|i would|i|we'?d|we)\s+(?:have\s+|'ve\s+)?(?:give|given|gave|rate|rated|score"
    r"|scored))\b"
    r"|(?:以前|之前|原来|从前)(?:用)?的?(?:那家|移动|联通|电信|广电|运营商)|上一家|前一家|别家|其他家"
    r"|别的运营商"
)
# The respondent, or the provider asked about, back before the score.
_BACK = re.compile(r"你们|现在|目前|\b(?:you|your|u|ya|ye|yous|y'all|now|these days)\b")


def _scored_by(
    low: str, start: int, stretch: re.Pattern[str], scorer: Gated, back: re.Pattern[str]
) -> bool:
    """A `scorer` is named in the stretch (clause or sentence) before `start`, and nothing of
    `back` comes between the last one named and the score."""
    ends = [m.end() for m in stretch.finditer(low, 0, start)]
    found = list(scorer.finditer(low, ends[-1] if ends else 0, start))
    return bool(found) and back.search(low, found[-1].end(), start) is None


def rival_rated(low: str, start: int) -> bool:
    """The rating at `start` is given to another provider named before it in its clause."""
    return _scored_by(low, start, _CLAUSE_MARK, _RIVAL_RATED, _BACK)


# Reviews and people at large as the ones who score.
_REVIEWS = gated(
    r"\b(?:everyone|everybody|most people|reviewers?|the reviews?|reviews|reddit|google reviews?"
    r"|trustpilot|online ratings?|the ratings?)\b"
    r"|网上|评论区|网友|大众点评|(?:大家|别人|人家|其他人)都?(?:给|打|评)"
)
_SELF = re.compile(r"我|俺|咱|\b(?:i|i'm|i'd|i'll|me|my|mine|personally)\b")


def from_reviews(low: str, start: int) -> bool:
    """The rating at `start` is what reviews or people at large give, in its sentence."""
    return _scored_by(low, start, _SENTENCE_END, _REVIEWS, _SELF)


# A time of day: "came at 5 pm and left at 5:20", "3点半" (the minutes are no rating either).
_CLOCK_AT = re.compile(r"\d{1,2}\s*(?:[:：]\d{2}\b|(?:am|pm|a\.m\.|p\.m\.|o'?clock)\b)")
_MINUTES_AT = re.compile(r"\d[:：]\d")


def clock_time(low: str, start: int) -> bool:
    """The number at `start` is the hour or the minutes of a time of day, or the hour something
    is to be done ("at 3 i gotta pick up the kids", read by `clock_hours`)."""
    end = start
    while end < len(low) and low[end].isdigit():
        end += 1
    return (
        _CLOCK_AT.match(low, start) is not None
        or (start >= 2 and _MINUTES_AT.match(low, start - 2) is not None)
        or (end > start and clock_hours.hour_of_plan(low, start, end))
    )


def not_own(low: str, start: int) -> bool:
    """The rating at `start` is not the respondent's rating of the service now."""
    return (
        conditional(low, start)
        or rival_rated(low, start)
        or from_reviews(low, start)
        or clock_time(low, start)
    )


def held_back(ctx: Ctx, name: str) -> bool:
    """The asked rating got no value, and a score in the message waits on an improvement: the
    answer is a vague one ("if you fixed the wifi I'd give you a 5")."""
    if name in ctx.proposals:
        return False
    starts = [n.start for n in ctx.nums] + [h.start for h in ctx.hits if h.for_slot(name)]
    return any(conditional(ctx.text.low, s) for s in starts)
