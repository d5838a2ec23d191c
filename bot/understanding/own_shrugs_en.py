"""English answers to the interests question that give no pastime of the respondent's now.

Pastime words that are not the respondent's (`not_pastime`):
- a child's, named as "my two", "my lad", "my children", "the kids" (not "me and my lad");
- one not touched or not visited: "haven't touched the guitar in ten years", "a gym membership
  I haven't set foot in", "a gym membership I haven't used since January";
- one of the past, ended: "played hurling as a young lad", "I was in a choir for years, but I
  stopped" (not "I play hurling, but my knees are gone", said in the present);
- the TV on for noise: "TV's usually on for noise but I couldn't tell you what's on".

Answers with no pastime of the respondent's (`names_none`), vague:
- no hobby said outright: "don't really have hobbies", "I don't have hobby really", "get a
  hobby lol, I don't have any", "haven't had a hobby since", "nothing special for me", "but nah,
  nothing at the moment", "now nothing", "no time for all that";
- a dull life or duties only: "I'm dead boring me", "work and bed", "man just works innit",
  "I just work at the salon and sleep", "washing, ironing, hoovering", "revision. then more
  revision";
- a pastime that ended, then the respondent's now: "used to rodeo till I busted my hip. Now I
  mostly just sit on the porch", "Harold and I used to go dancing. I don't much go out anymore",
  "tried pilates once. Never again";
- dislikes only, as the opening words and followed by more: "can't stand football, I know",
  "hate baseball, hate hockey, and …" ("can't stand video games" alone says nothing more)
  (not "hate this question", "my husband hates golf");
- somebody close's pastime, then what the respondent just does: "the wife does yoga, I just have
  a nap", "my husband's into golf, I just stay home".
Read only when no interest was found; each check sits behind a cheap literal test.
"""

from __future__ import annotations

import re

# A child or close person named in a way the shared person words leave out.
_CHILD_OPENING = re.compile(
    r"^\s*(?:(?:and|but|so)\s+)?(?:my|our|the)\s+(?:(?:two|three|four)(?=\s*(?:\(|,|are\b|'re\b"
    r"|both\b|love|play|do\b|have\b|spend|go\b|live))|lad|lads|boy|boys|girl|girls"
    r"|children|kids|kiddos?|little ones?|wee ones?|youngest|eldest|oldest|bairns?|twins"
    r"|son|sons|daughters?)(?:'s|')?\b"
)
# ... and the respondent joining in after it: "my two are into gaming and so am I".
_JOINED_AFTER = re.compile(
    r"[^.!?]{0,40}?\b(?:so (?:am|do|have) i|me too|i\s+(?:[a-z]+\s+){0,2}(?:too|as well)"
    r"|we\s+(?:all|both)|all of us)\b"
)
_SELF_WORD = re.compile(r"\b(?:i|i'?m|i'?ve|i'?d|me|we|we'?re|us|myself)\b")
# Not touched, not visited: "haven't touched the guitar", "never set foot in a gym".
_UNTOUCHED_BEFORE = re.compile(
    r"\b(?:haven'?t|havent|have not|hasn'?t|not|never)\s+(?:actually\s+|even\s+|really\s+)?"
    r"(?:touched|picked up|played|set foot in|been (?:to|in))\s+(?:the|my|a|an|that|any)?\s*$"
)
_OWNED_UNUSED_AFTER = re.compile(
    r"[^.!?]{0,40}?\b(?:haven'?t|havent|have not|never|not)\s+(?:actually\s+|even\s+|really\s+)?"
    r"(?:set foot in|used|been (?:in|to)|gone)\b(?:\s+(?:it|since|in|for|once)\b)?"
)
_OWNED_WORDS = frozenset("gym membership treadmill guitar piano bike peloton".split())
# Of the past, ended: "as a young lad", "but I stopped", "but sure the knees are gone now".
_YOUTH_AFTER = re.compile(
    r"\s+(?:as a|when i was a|back when i was a)\s+(?:young\s+|little\s+|wee\s+)?(?:lad|kid|boy"
    r"|girl|child|teen|teenager|youngster|nipper)\b(?![^.!?]*\b(?:still|now)\b)"
)
_PAST_WORD = re.compile(r"\b(?:was|were|played|did|used to|tried|went)\b|^\s*played\b")
_ENDED_AFTER = re.compile(
    r"[^.!?]{0,40}?\bbut\b[^.!?]{0,20}?\b(?:(?:i|we)\s+(?:stopped|quit|gave (?:it|that|them) up"
    r"|packed it in)|(?:knees?|back|hips?|body|legs?)\s+(?:are|is|were|was|gave|went)\s+"
    r"(?:gone|done|shot|knackered|wrecked|busted|finished|out|up))\b"
)
_SCREENS = frozenset(("tv", "telly", "the telly", "television"))
_NOISE_AFTER = re.compile(
    r"(?:'s|\s+is)?[^.!?]{0,20}?\bon\s+for\s+(?:the\s+)?(?:noise|company|background|the dog"
    r"|the cat)\b|[^.!?]{0,60}?\bcouldn'?t tell you what'?s on\b"
)


def not_pastime(low: str, start: int, end: int, before: str) -> bool:
    """The English interest word at `start`..`end` (`before`: its clause up to it) is no pastime
    of the respondent's now."""
    if not low[start:end].isascii():
        return False
    said = low[max(0, start - 100) : start]
    said = said[max(said.rfind("."), said.rfind("!"), said.rfind("?")) + 1 :]
    word = low[start:end].removesuffix("'s")
    child = _CHILD_OPENING.match(said)
    return bool(
        (
            child is not None
            and _SELF_WORD.search(said, child.end()) is None
            and not _JOINED_AFTER.match(low, end)
        )
        or (("ve" in before or "not" in before) and _UNTOUCHED_BEFORE.search(before))
        or (word in _OWNED_WORDS and _OWNED_UNUSED_AFTER.match(low, end))
        or ((" as a" in low or "when i was" in low) and _YOUTH_AFTER.match(low, end))
        or ("but" in low and _PAST_WORD.search(said) and _ENDED_AFTER.match(low, end))
        or (word in _SCREENS and _NOISE_AFTER.match(low, end))
    )


_NO_HOBBY = re.compile(
    r"\b(?:don'?t|dont|do not)\s+(?:really\s+|actually\s+|even\s+)?have\s+(?:a\s+|any\s+"
    r"|much\s+(?:of\s+)?(?:a\s+)?)?hobb(?:y|ies)\b"
    r"|\bhobb(?:y|ies)\b[^.!?]{0,20}?\bi\s+(?:don'?t|do not)\s+have\s+(?:any|one)\b"
    r"|\bhaven'?t\s+(?:had|got)\s+(?:a|any)\s+hobb(?:y|ies)\b"
    r"|\bfor me,?\s+(?:there'?s|there is)\s+no\s+time\b|\bnothing\s+(?:special\s+|much\s+)?for me\b"
    r"|\bno time for (?:all\s+)?(?:that|this|any of (?:that|it))\b"
)
# A thing left unused, a pastime not touched for a time, or one of youth now ended.
_LEFT_UNUSED = re.compile(
    r"\b(?:gym|membership|treadmill|bike|peloton)\b"
    + _OWNED_UNUSED_AFTER.pattern
    + r"|\b(?:haven'?t|havent|have not|not)\s+(?:touched|played|picked up|set foot in|been (?:in"
    r"|to))\s+(?:the|my|a|an|that"
    r"|it|them)\b[^.!?]{0,20}?\b(?:since\b|(?:in|for)\s+(?:years|ages|a (?:long )?(?:while|time)"
    r"|(?:\w+\s+)?(?:years|decades|months)|uni|school|college)\b)"
    r"|\bas a (?:young |little |wee )?(?:lad|kid|boy|girl|child|teen|teenager|youngster|nipper)\b"
    r"(?![^.!?]*\bstill\b)[^.!?]{0,6}?,?\s*but\b"
)
_TV_FOR_NOISE = re.compile(
    r"\b(?:tv|telly|television)(?:'s|\s+is)?[^.!?]{0,20}?\bon\s+for\s+(?:the\s+)?(?:noise"
    r"|company|background)\b"
)
_NOTHING_NOW = re.compile(
    r"(?:^|[,.;!]\s*|\bbut\s+|\bnow,?\s+)(?:(?:nah|no|so|but|now)[\s,]+)*nothing"
    r"(?:\s+(?:at the moment|right now|rn|atm|these days|now|anymore|any more|really))?"
    r"\s*(?:$|[.!…])"
)
_DULL = re.compile(
    r"\b(?:i'?m|im|i am)\s+(?:(?:dead|well|proper|pretty|really|very|so|quite|just|a bit|kinda"
    r"|super)\s+)*(?:boring|dull)\b(?!\s+(?:you|to|at|for)\b)"
    r"|(?:^|[,.;:!]\s*|\bjust\s+|\bonly\s+|\bit'?s\s+|\bme,?\s+)work(?:ing)?\s*(?:,|and|&|n)\s*"
    r"(?:bed|sleep|sleeping)\b"
    r"|^(?:(?:man|honestly|tbh|well|mate)[\s,]+)*(?:i\s+)?(?:just|only)\s+works?\b(?!\s+out)"
    r"|\bi\s+(?:just|only|mostly)\s+work\b(?!\s+out)[^.!?]{0,60}\band\s+sleep\b"
)
_DUTY = (
    r"(?:washing(?: up)?|ironing|hoovering|vacuuming|cleaning|laundry|dishes|tidying|revision"
    r"|revising|studying|homework|work|school runs?)"
)
_DUTIES_ONLY = re.compile(
    r"^\s*(?:(?:just|only|mostly)\s+)?"
    + _DUTY
    + r"(?:[\s,.]+(?:(?:and|then|more|&)\s+)*"
    + _DUTY
    + r")*\s*(?:[.!…]|$)"
)
_ENDED_THEN_NOW = re.compile(
    r"(?:^|\b(?:i|we)\s+)(?:used to|tried)\b[^.!?]{1,90}[.!]\s*(?:but\s+)?(?:now,?\s+)?(?:"
    r"i\s+(?:(?:just|only|mostly|mainly)\s+)+[a-z]"
    r"|i\s+(?:don'?t|do not)\s+(?:much\s+|really\s+)?[a-z ]{1,20}?\b(?:any ?more|these days)\b"
    r"|never again\b)"
)
_DISLIKE_OPENING = re.compile(
    r"^(?:(?:honestly|well|ugh|oh|lol|tbh|nah)[\s,]+)*(?:i\s+)?(?:really\s+|absolutely\s+"
    r"|just\s+)?(?:can'?t stand|cannot stand|hate|detest|loathe|despise|can'?t bear)\s+"
    r"(?!(?:this|these|that|those|it|you|your|my|our|the|being|when|how|to|having|waiting|people"
    r"|surveys?|questions?)\b)[a-z][^,.!?]{0,30},"
)
_KIN = re.compile(
    r"(?:^|\b(?:my|our|the)\s+)(?:husband|hubby|wife|missus|partner|bf|gf|boyfriend|girlfriend"
    r"|son|daughter|kids?|children|lads?|boys?|girls?|two|grandson|granddaughter|grandkids?|dad|mum|mom"
    r"|brother|sister)(?:'s|')?\b"
)
_OWN_DOING = re.compile(
    r"\b(?:i|me)\s+(?:just|only|mostly|mainly|basically)\s+"
    r"(?!tag|come|go along|go with|join|love|like|enjoy|prefer)[a-z]"
)


def names_none(low: str) -> bool:
    """The (lower-cased) English answer to the interests question gives no pastime of the
    respondent's now."""
    if ("hobb" in low or "for me" in low or "no time" in low) and _NO_HOBBY.search(low):
        return True
    if ("ve" in low or "not" in low or " as a" in low) and _LEFT_UNUSED.search(low):
        return True
    if "on for" in low and _TV_FOR_NOISE.search(low):
        return True  # "TV's usually on for noise"
    if "nothing" in low and _NOTHING_NOW.search(low):
        return True
    if ("boring" in low or "dull" in low or "work" in low) and _DULL.search(low):
        return True
    if _DUTIES_ONLY.match(low):
        return True
    if ("used to" in low or "tried" in low) and _ENDED_THEN_NOW.search(low):
        return True
    if _DISLIKE_GATE.search(low) and _DISLIKE_OPENING.search(low):
        return True
    kin = _KIN.search(low)
    return kin is not None and _OWN_DOING.search(low, kin.end()) is not None


_DISLIKE_GATE = re.compile(r"stand|hate|detest|loathe|despise|bear")
