"""English answers to the complaint question that clear the provider in words the set phrases of
`complaints_en` do not hold, and answers that put the question off.

Cleared (vague): regional and chatty ways of saying nothing is wrong ("nothin' really, y'all been
real good to us", "so now nothin'", "me, I got nothing to add", Tagalog "wala naman po, ok naman
so far", "nah we're good", Scots "the internet's braw", "sweet as", "couldn't fault him", "your
lot are fine", "none about you though", "…, not the wifi"), a joke complaint that is praise ("only
complaint is the wifi's too good…"), and clauses wholly about the weather, the buses or the
landlord. Each is turned into the plain phrase `complaints_en.cleared` knows, which then weighs
every other clause as before, so "nothin' really, but the wifi drops" stays a complaint.

Neither: the answer puts the question off because the respondent is busy ("sorry in a seminar rn,
can't type much", "ask me another time, got customers waiting"), or asks how to complain and
where to reach someone ("how do I file a formal complaint, is there a number I can call?").
"""

from __future__ import annotations

import re

from bot.understanding.complaints import complaints_en
from bot.understanding.complaints.grievances import FAULT, SERVICE

_SERVICE_WORD = (
    r"(?:internet|service|wi-?fi|broadband|signal|connection|network|line|coverage|fibre|fiber)"
)
_PRAISE = (
    r"(?:fine|good|great|grand|sound|lovely|brilliant|braw|champion|mint|sweet(?: as)?|class"
    r"|solid|spot on|top notch|ace|decent|reliable)"
)
# Clearing phrases and the plain phrase each stands for.
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\by'?all'?s?\b|\byous\b|\bye\b"), "you"),
    # a joke complaint that is praise: "only complaint is the wifi's too good, …"
    (
        re.compile(
            r"\b(?:only|my|one)\s+(?:complaint|gripe|issue|problem)\s+(?:is|would be)\s+"
            r"(?:that\s+)?(?:the\s+|your\s+|it'?s\s+)?(?:" + _SERVICE_WORD + r"(?:'s|\s+is)\s+)?"
            r"too\s+(?:good|fast|reliable|quick)\b[^.!?]*"
        ),
        "no issues",
    ),
    # "nothin' really", "so now nothin'", "nuthin", Tagalog "wala naman (po)"
    (
        re.compile(
            r"\b(?:nothin'?|nuthin'?|nada|zilch|wala(?: naman)?(?: po)?)(?=\W|$)(?: really)?"
        ),
        "no issues",
    ),
    (re.compile(r"\b(?:naman|po)\b"), " "),
    # "me, I got nothing to add", "nothing to add from me"
    (
        re.compile(r"\b(?:i\s+)?(?:got|have|'ve got|ve got)\s+nothing\s+(?:to add|to say)\b"),
        "no issues",
    ),
    (re.compile(r"\bnothing\s+(?:to add|to say)\b"), "no issues"),
    # "none about you though", "none of them about you", "not about you"
    (
        re.compile(
            r"\b(?:none|nothing|not one)\s+(?:of (?:them|it)\s+)?(?:about|against|with)\s+you"
            r"(?:\s+(?:though|tho|guys|lot))?\b"
        ),
        "not yours",
    ),
    # "nah we're good", "we're all good", "all good here"
    (
        re.compile(r"\b(?:we|i)(?:'re|'m| are| am)\s+(?:all\s+)?(?:good|fine|sweet|sorted)\b"),
        "all good",
    ),
    # "couldn't fault him", "can't fault them"
    # (the object kept: "rude, couldn't fault the wifi though" weighs its own clause as before)
    (
        re.compile(
            r"\b(?:could(?:n'?t| not)|can(?:'?t|not)) fault\s+(him|her|them|it|you|the \w+)\b"
        ),
        r"no issues with \1",
    ),
    # "you lot have been sweet as", "your lot are fine", "y'all been real good to us"
    (
        re.compile(
            r"\b(?:you|your)(?:\s+(?:lot|guys|folks|mob|crowd|people))?\s+(?:are|'re|have been"
            r"|'ve been|been|were)\s+(?:real\s+|really\s+|so\s+|pretty\s+)?"
            + _PRAISE
            + r"(?:\s+(?:to (?:us|me)|by comparison|in comparison|so far|mate))*\b"
        ),
        "you're fine",
    ),
    # "the internet's braw", "the wifi's been mint"
    (
        re.compile(
            r"\b(?:the\s+|my\s+|our\s+|your\s+)?" + _SERVICE_WORD + r"(?:'s|\s+is|\s+has been"
            r"|'s been)\s+(?:\w+\s+)?" + _PRAISE + r"\b"
        ),
        "it's fine",
    ),
    # "…, not the wifi": the clause before is somebody else's
    (re.compile(r",\s*not (?:the|my|your) " + _SERVICE_WORD + r"\s*[.!]*\s*$"), ", not yours"),
)
# A joke complaint taken back: "…free pizza lol. nah we're good".
_JOKE_BACK = re.compile(
    r"\b(?:lol|lmao|haha+|hehe+)\b[\s,.!]*(?:nah|but seriously|seriously)\b[\s,]*"
)
# Clauses wholly about something else: the weather, the buses, the landlord.
_ELSEWHERE = re.compile(
    r"\b(?:the\s+)?(?:weather|rain|buses|bus|trains?|traffic|roads|landlord|rent|council|boss"
    r"|all blacks|prices at the shops|politicians|government)\b"
)
_CLAUSE = re.compile(r"[^,.;!?]+")
_EMOJI = re.compile(r"[^\x00-\x7f]+")
_CHEAP = (
    "nothin", "nuthin", "nada", "zilch", "wala", "nothing", "none", "not one", "good", "fine",
    "fault", "sweet", "great", "grand", "sound", "lovely", "brilliant", "braw", "mint", "class",
    "solid", "spot on", "ace", "decent", "reliable", "champion", "too ", "not the", "not my",
    "not your", "sorted",
)  # fmt: skip


def _rewritten(low: str) -> str:
    text = _EMOJI.sub(" ", low.replace("\u2019", "'"))
    for pattern, plain in _REWRITES:
        text = pattern.sub(plain, text)
    text = _JOKE_BACK.sub(" jk ", text)
    return _CLAUSE.sub(_elsewhere_blanked, text)


def _elsewhere_blanked(m: re.Match[str]) -> str:
    clause = m.group()
    if _ELSEWHERE.search(clause) and not any(
        w.group() not in ("you", "your") for w in SERVICE.finditer(clause)
    ):
        return " "
    return clause


def cleared(low: str) -> bool:
    """The English answer clears the provider in regional or chatty words, and every other clause
    is harmless (as `complaints_en.cleared` weighs them)."""
    if not any(w in low for w in _CHEAP):
        return False
    text = _rewritten(low)
    if text == low:
        return False
    return complaints_en.cleared(text)


# Busy now: "sorry in a seminar rn, can't type much", "ask me another time, got customers waiting".
_BUSY = re.compile(
    r"\bcan'?t (?:type|talk|chat|text|answer|reply)(?: much| properly| now| right now| rn| atm)*\b"
    r"|\bask me (?:another time|later|again later|some other time|tomorrow)\b"
    r"|\b(?:in|at) (?:a |the )?(?:seminar|meeting|lecture|class|lesson|work|church|the gym"
    r"|the shops|a funeral|the doctor'?s)(?: rn| right now| now| atm| at the moment)?\b"
    r"|\bgot (?:customers|clients|patients|people|kids) waiting\b"
    r"|\b(?:busy|driving) (?:rn|right now|atm|at the moment|now)\b|\bnot a good time\b|\bbad time\b"
    # a clause of its own: "can't talk, driving"
    r"|^\s*(?:i'?m\s+)?(?:driving|busy|at work|working|in a meeting|on the road)\s*$"
)
_FILLER = re.compile(r"^(?:sorry|soz|oh|um+|ah|mate|rn|now|lol|cheers|thanks|ta|bye|later)?$")
# Where to reach someone, after asking how to complain: "is there a number I can call?"
_REACH = re.compile(
    r"\b(?:is there|are there|do you have|got) (?:a|an|any)\s+(?:phone\s+)?(?:number|email|e-mail"
    r"|address|contact|form|website|link)s?(?:\s+(?:i|we) (?:can|could) (?:call|ring|use|write to"
    r"|email|send it to))?\b"
)
# The complaint to be filed: "how do I file a formal complaint".
_FILED = re.compile(
    r"\b(file|make|lodge|raise|submit)\s+an?\s+(?:formal\s+|official\s+)?complaint\b"
)
_ASK_CHEAP = ("type", "talk", "chat", "text", "answer", "reply", "ask me", "seminar", "meeting",
              "lecture", "class", "waiting", "busy", "driving", "time", "is there", "are there",
              "do you have", "got a")  # fmt: skip


def holds(low: str) -> bool:
    """The English answer puts the question off for being busy, or asks how to complain and how to
    reach someone, naming nothing of the service as wrong."""
    if not low.isascii() or not any(w in low for w in _ASK_CHEAP):
        return False
    reach = _REACH.search(low)
    if reach:
        rest = _FILED.sub(
            "make a formal complaint", low[: reach.start()] + " " + low[reach.end() :]
        )
        if all(_FILLER.match(c.strip()) for c in _CLAUSE.findall(rest)):
            return True  # "is there a number I can call?" and nothing else
        return complaints_en.asks_or_holds(rest)
    busy = False
    for clause in _CLAUSE.findall(low):
        clause = clause.strip()
        if _FILLER.match(clause):
            continue
        rest = _BUSY.sub(" ", clause)
        if rest == clause or FAULT.search(rest) or SERVICE.search(rest):
            return False
        busy = True
    return busy
