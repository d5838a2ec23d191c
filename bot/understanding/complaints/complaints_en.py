"""English answers to the complaint question that clear the provider, ask or hold, or blame it.

Cleared (vague, "nothing to complain about"): a phrase that says nothing is wrong with the
provider now ("no issues", "nothing to report", "none at present", "it's fine only", "now ok
already", "the internet's grand", "met expectations", "we've been lucky", Jamaican "mi cyaan
complain, everything criss", Swahili "hakuna matata, everything is poa", Nigerian Pidgin "una no
do me anything"), and every other clause is harmless: a fault of the past set right ("there was an
outage in March but you had it fixed within the hour", "earlier there was slowness, but after the
router change it's fine"), praise ("the young man on the phone sorted my email out"), another
party's trouble (a rival provider, the boss, the council, "my daughter's provider"), a question
about the question ("could you clarify whether this refers to the broadband or the mobile?"), or
small talk. A joke taken back ("…better wifi than u. jk ur fine") clears too. A clause about the
service now ("no issues with billing, but the wifi drops every night", "fine, except the price",
"it's still slow") keeps the complaint.

Neither answer nor vague: a question about complaining instead of a complaint ("how to complain to
the regulator? just asking", "where to escalate formally? share the nodal officer's email", "can I
say more than one thing?", "not a complaint, more a question: do you offer a seniors' discount?"),
and a pause with the interruption told ("hold on, load shedding is back… I'll come back", "my boss
just pinged me, give me five minutes"), when nothing of the service is named as wrong
("how do I complain about the constant dropouts?" and "hold on, the wifi just dropped again" are
complaints).

Blamed after all: a fault cleared first and the provider's own fault named after it ("the
weather's been dreadful but that's not your fault. What is your fault is the broadband dropping"),
and staff who do nothing about a fault ("customer care keep saying 'ticket raised' and nothing
happens") are complaints.
"""

from __future__ import annotations

import re

from bot.understanding.churn.intentions import RIVAL_NAMES
from bot.understanding.complaints import griped_en
from bot.understanding.complaints.grievances import FAULT, OTHER_PARTY, SERVICE, names_a_grievance
from bot.understanding.complaints.open_answers import _empty

_CHAT_YOU = re.compile(r"\b(?:u|ya|yous|una)\b")
_YOU_WORDS = frozenset(("you", "your"))
# Clauses: punctuation, and "but" / "so" between clauses.
_PARTS = re.compile(r"[,.!?;:…]+|\s+(?:but|so)\s+|\s+-+\s+")

# Saying nothing is wrong with the provider now.
_CLEAR = re.compile(
    r"\b(?:no|zero)\s+(?:real\s+|major\s+|other\s+|particular\s+)?(?:issues?|concerns?|complaints?"
    r"|problems?|beef|dramas?|grumbles?|gripes?)\b"
    r"(?:\s+(?:to report|here|from me|at present|at this time|about (?:either|it|that|you\w*)"
    r"|whatsoever|at all|as it happens|really))*"
    r"|\bnothing\s+(?:else|more|to report|outstanding|from your side|on your side|from your end"
    r"|to complain about|to moan about)\b"
    r"|\b(?:none|nothing)\s+(?:at present|at the moment|for now)\b"
    r"|\b(?:ducking|bloody|flipping|absolutely|literally)\s+nothing\b"
    r"|\bnot yours\b|\byou no do me anything(?:\s+o)?\b"
    r"|\b(?:mi|me|i)\s+(?:cyaan|caan|cannot|can'?t)\s+complain\b|\bhakuna matata\b"
    r"|\bwe'?ve been (?:lucky|fortunate)\b"
    r"|\b(?:(?:the\s+)?(?:service|internet|broadband|wi-?fi|signal|connection|network|it)\s+)?"
    r"(?:has|have|'s|'ve)\s+(?:met|exceeded)\s+(?:my\s+|our\s+|all\s+)?expectations\b"
    r"|\byou(?:\s+lot|\s+guys|\s+folks)?\s+(?:have|'ve)\s+been\s+(?:marvellous|marvelous"
    r"|brilliant|fantastic|wonderful|superb|excellent|great|amazing|lovely|stars)\b"
    r"|\b(?:the\s+)?(?:internet|service|wi-?fi|broadband|signal|connection|line)(?:'s|\s+is"
    r"|\s+has\s+been|'s\s+been)\s+(?:grand|fine|great|grand so|grand altogether|sound|lovely)\b"
    r"|\b(?:it'?s|its|it is|you'?re|your|you are|ur|u r|everything(?:'s|\s+is)?|all|now"
    r"|now it'?s|but)"
    r"\s+(?:fine|ok|okay|good|grand|poa|criss|sweet|sorted|alright)"
    r"(?:\s+(?:only|already|now|so far|lah|again))*\b"
)
# The provider cleared by name: what else is said is somebody else's.
_BY_NAME = re.compile(r"not yours|you no do|we'?ve been|nothing (?:from|on) your")
# Turned to the rest: what follows is kept as a complaint.
_ONLY_REST = re.compile(
    r"\b(?:otherwise|except|apart from|other than|besides|aside from|only thing|just that"
    r"|the one thing|though)\b"
)
# A repair: "your guy already came and fixed", "it was corrected within two days and I was
# credited", "after the router change", "sorted my connection the same day".
_REPAIR = re.compile(
    r"\b(?:fixed|sorted|corrected|resolved|repaired|credited|refunded|replaced|reimbursed)\b"
    r"|\bafter\s+(?:the|a|my|they|you)\s+[\w\s]{0,20}?(?:change|swap|replacement|upgrade|visit"
    r"|came|changed|swapped|replaced|reset)\b"
)
# A fault that goes on or was not set right.
_GOES_ON = re.compile(
    r"\b(?:still|again|keeps?|every|always|constantly|never|not|yet|until|till|hasn'?t|haven'?t"
    r"|didn'?t|wasn'?t|weren'?t|isn'?t|won'?t)\b|n't\b"
)
# Said of the past: "there was an outage in March", "earlier there was slowness".
_PAST = re.compile(
    r"\b(?:was|were|had|got|earlier|before|once|used to|last (?:month|week|year|winter|summer)"
    r"|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b"
)
# Others: a rival provider, somebody else's provider, the council, a sports team.
_OTHERS = re.compile(
    r"\b(?:" + RIVAL_NAMES + r")\b|'s\s+(?:provider|network|carrier|company)\b|\bthe council\b"
    r"|\b(?:the|my|our)\s+(?:old|previous|last|former)\s+(?:provider|network|carrier|company)\b"
    r"|\bthe\s+(?:proteas|springboks|all blacks|wallabies|lions|team)\b"
)
# A question about the question: "could you clarify whether this refers to…".
_CLARIFY = re.compile(
    r"\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:clarify|specify|confirm)\b"
    r"|\b(?:do|did)\s+you\s+mean\b|\bdoes\s+(?:this|it|that)\s+(?:refer|mean|apply)\b"
)
# A joke taken back at the end: "…jk ur fine", "just kidding, all good".
_TAKEN_BACK = re.compile(r"\b(?:jk|j/k|just kidding|only joking|kidding)\b[\s,.!]*")
_CHEAP = (
    "no ", "nothing", "none", "not yours", "complain", "hakuna", "lucky", "fortunate",
    "expectations", "been", "fine", "ok", "good", "grand", "poa", "criss", "sweet", "sorted",
    "alright", "sound", "lovely",
)  # fmt: skip


def _own_words(clause: str) -> bool:
    """The clause names the service (other than "you") or a fault of it."""
    if FAULT.search(clause):
        return True
    return any(m.group() not in _YOU_WORDS for m in SERVICE.finditer(clause))


_YOU = re.compile(r"\b(?:you|your)\b")
_NO_BETTER = re.compile(
    r"\b(?:no|not (?:much|any)|hardly|barely) better\b|\b(?:just |every bit )?as bad\b|\bworse\b"
)
_YOU_SAID = re.compile(r"\b(?:you|your|you'?re|yours)\b")


def _griped(clause: str) -> bool:
    """The clause has words of grievance besides "you" ("you know what I meant" has none)."""
    return names_a_grievance(_YOU.sub(" ", clause))


def cleared(low: str) -> bool:
    """The English answer says nothing is wrong with the provider now, and every other clause is
    a fault set right, praise, another party's trouble, a question about the question or small
    talk."""
    if not low.isascii() or not any(w in low for w in _CHEAP):
        return False
    text = _CHAT_YOU.sub("you", low)
    clear = list(_CLEAR.finditer(text))
    if not clear:
        return False
    joke = _TAKEN_BACK.search(text)
    if joke and any(m.start() == joke.end() and m.end() >= len(text.rstrip(" .!")) for m in clear):
        return True  # "why did the chicken cross the road? … jk ur fine"
    # ("not yours", "you no do me anything": the provider is cleared by name, so the rest is
    # somebody else's unless it names the service or a fault)
    by_name = any(_BY_NAME.match(m.group()) for m in clear)
    rest = _CLEAR.sub(lambda m: " " * len(m.group()), text)
    for part in _PARTS.split(rest):
        part = part.strip()
        if not part or _empty(part):
            continue
        if _NO_BETTER.search(part):
            return False  # "Rogers drove me nuts and you're no better"
        if (_OTHERS.search(part) or OTHER_PARTY.search(part)) and not _YOU_SAID.search(part):
            continue  # (not "Rogers drove me nuts and you're no better")
        if _ONLY_REST.search(part):
            return False  # "wifi is fine except at night", "no complaints otherwise"
        if _CLARIFY.search(part) and not FAULT.search(part):
            continue
        if not _GOES_ON.search(part) and (_REPAIR.search(part) or _PAST.search(part)):
            continue
        if by_name and not _own_words(part):
            continue
        if not _own_words(part) and not _griped(part):
            continue
        return False
    return True


# Asking how to complain, or what may be said, instead of complaining.
_ASKS_HOW = re.compile(
    r"\b(?:how|where|who|whom)\s+(?:do i\s+|can i\s+|should i\s+|would i\s+|to\s+|does one\s+"
    r"|i does\s+|do we\s+|must i\s+)?(?:go to\s+)?(?:formally\s+)?(?:complain|escalate|lodge"
    r"|file|make a (?:formal\s+)?complaint|raise a complaint)\w*\b(?:\s+formally)?"
    r"|\b(?:kindly\s+|please\s+|pls\s+)?(?:share|send|give)(?:\s+me)?\s+(?:the|your)\s+"
    r"[^.?!,]{0,30}?\b(?:email|e-mail|number|contact|address|details)\b"
    r"|\bjust asking\b"
    r"|\bcan i\s+(?:say|mention|list|give|name|write)\s+more than one\b[^.?!]*"
    r"|\bdoes it have to be (?:just\s+|only\s+)?one\b"
    r"|\bnot (?:a|really a) complaint,?\s+(?:more|just|rather|really)\s+a question\b"
)
# A pause: "hold on", "give me five minutes", "I'll come back now-now".
_PAUSE = re.compile(
    # (holding opens its clause: not "45 minutes on hold on Tuesday")
    r"(?:^|(?<=[,.!?;:])|(?<=^wait)|(?<=^sorry)|(?<=^oh))\s*(?:hold on|hang on)\b"
    r"|\b(?:one sec(?:ond)?|brb|be right back"
    r"|give me (?:a |one |two |five |ten |a few |\d+ )?(?:sec(?:ond)?s?|minutes?|mins?|moment)"
    r"|i'?ll (?:come|be) back(?: to you)?(?: now-now| later| in a (?:bit|sec|minute|moment)| soon)?"
    r"|back in (?:a|one|two|five|ten|\d+) (?:sec\w*|min\w*))\b"
)
_LEAD = re.compile(r"^\s*(?:(?:ok(?:ay)?|oh|so|um+|eh|sorry)[\s,]+)*wait\b")
_ASK_CHEAP = (
    "complain", "escalat", "lodge", "share", "send", "give", "asking", "more than one",
    "have to be", "question", "hold", "hang", "sec", "brb", "back", "minute",
)  # fmt: skip


def asks_or_holds(low: str) -> bool:
    """The English answer asks how to complain or what may be said, or holds the conversation,
    and names nothing of the service as wrong."""
    if not low.isascii() or not any(w in low for w in _ASK_CHEAP):
        return False
    found = [*_ASKS_HOW.finditer(low), *_PAUSE.finditer(low)]
    if not found:
        return False
    rest = _LEAD.sub(lambda m: " " * len(m.group()), low)
    for m in found:
        rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    if _own_words(rest):
        return False
    # the rest of a question says no more ("…about the constant dropouts" is a complaint); the
    # story of a pause has its own words of grievance ("my boss pinged me again")
    asked = any(_ASKS_HOW.search(m.group()) for m in found)
    return not (asked and _griped(rest))


# The provider's own fault, named after clearing it of another: "what is your fault is…".
_YOUR_FAULT = re.compile(
    r"\bwhat (?:is|'s) (?:your|you(?:r)? guys'?|you lot'?s) fault\b|\byour fault is\b"
    r"|\bwhat i (?:do )?blame you for\b|\bwhat you can (?:fix|sort)\b"
)
# Staff who do nothing: "customer care keep saying 'ticket raised' and nothing happens".
_STAFF = re.compile(
    r"\b(?:customer care|customer service|call cent(?:re|er)|helpline|help ?desk|care team"
    r"|support team|your (?:people|staff|agents?))\b"
)
_NOTHING_DONE = re.compile(
    r"\b(?:nothing (?:happens|happened|gets done|got done|changes|changed)|no (?:action|response"
    r"|resolution|follow-?up)|(?:raised|logged|opened)\s+(?:\w+\s+)?tickets?|keeps? (?:saying"
    r"|telling|promising)|never (?:call|ring|get)s? back)\b"
)


def blames(low: str) -> bool:
    """The English answer names a fault of the provider after clearing it of another, or staff
    who do nothing about one (and the faults `griped_en` reads)."""
    if griped_en.griped(low):
        return True
    if not low.isascii() or ("fault" not in low and "nothing" not in low and "ticket" not in low):
        return False
    fault = _YOUR_FAULT.search(low)
    if fault and _own_words(low[fault.end() :]):
        return True
    return _STAFF.search(low) is not None and _NOTHING_DONE.search(low) is not None
