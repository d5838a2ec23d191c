"""English pastime words that name no pastime of the respondent's, read around the word itself.

Asked for hobbies, people name things they own and do not use ("I pay for a gym membership and
have gone exactly twice", "we've got a treadmill, but it just holds laundry", "a guitar that's
gathering dust"), a television left on for company ("the telly is on all evening but it's just
background noise", "the TV's just on in the background, I don't really watch it"), the thing
they repair at work ("I fix computers all day at work"), a pastime dropped, said after it or
before a list of them ("gaming, no wait, I stopped that", "I quit dance and basketball"), and
dislikes in a list or in a shrug ("what I hate: football and reality shows", "I don't get the
hype around hockey"). Phrases that only share a word with a pastime are no pastime either: "jog
my memory", "surf the web", "channel surfing". A pet in the middle of an interruption ("hang on,
the dog's barking at the postman") is what is going on, not a pastime named.

Pastime words that are no pastime of the respondent's now either:
- a child's, named as "my two", "my lad", "my children", "the kids" (not "me and my lad");
- one not touched or not visited: "haven't touched the guitar in ten years", "a gym membership
  I haven't set foot in", "a gym membership I haven't used since January";
- one of the past, ended: "played hurling as a young lad", "I was in a choir for years, but I
  stopped" (not "I play hurling, but my knees are gone", said in the present);
- the TV on for noise: "TV's usually on for noise but I couldn't tell you what's on".

Each check is behind a cheap literal test; the pastimes named beside them still count.
"""

from __future__ import annotations

import re

# Things that can be owned and left unused.
_OWNED = frozenset(
    "gym treadmill guitar piano keyboard drums violin camera dslr playstation xbox ps5 ps4"
    " nintendo kindle netflix".split()
)
# ... left unused, said within the next sentence: "have gone exactly twice", "have not used it
# since February", "it just holds laundry", "gathering dust", "let's not call that a hobby".
_UNUSED_AFTER = re.compile(
    r"[^?]{0,110}?(?:\b(?:(?:have|'ve|i)\s+)?(?:gone|been|used it|played it|touched it)\s+"
    r"(?:exactly|only|just|maybe|like|all of)\s+(?:once|twice|two times|three times"
    r"|a couple (?:of )?times|a handful of times)\b"
    r"|\b(?:have not|haven'?t|havent|never|not)\s+(?:actually\s+|really\s+|even\s+)?(?:used|touched"
    r"|played|opened|turned on|switched on)\s+(?:it|them|the thing)\b"
    r"|\b(?:have not|haven'?t|havent)\s+(?:been|gone)\s+(?:in|since|for)\b"
    r"|\bjust\s+(?:holds?|hangs?|gets?)\s+(?:the\s+|our\s+|my\s+)?(?:laundry|washing|clothes|coats"
    r"|towels|junk|dust)\b|\b(?:gathering|collecting)\s+dust\b"
    r"|\b(?:clothes horse|clothes rack|coat rack|coat hanger)\b"
    r"|\b(?:let'?s|let us)\s+not\s+call\s+(?:that|it)\s+a\s+hobby\b)"
)
_SCREENS = frozenset(("tv", "telly", "the telly", "television"))
# The television on for company: "it's just background noise", "just on in the background",
# "I don't really watch it" (not "I watch TV in the background while I knit").
_BACKGROUND_AFTER = re.compile(
    r"[^.!?]{0,70}?(?:\bbackground noise\b|\b(?:just|only)\b[^.!?]{0,30}?\bbackground\b"
    r"|\b(?:don'?t|dont|do not|never)\s+(?:really\s+|actually\s+)?(?:watch|watching)\s+it\b)"
)
# Repaired at work: "I fix compliers, COMPUTERS, all day at work" (a word between them).
_REPAIR_BEFORE = re.compile(r"\b(?:fix|fixes|fixing|repair|repairs|repairing)\b[^.!?]{0,25}$")
_AT_WORK_AFTER = re.compile(r"[^.!?]{0,30}?\b(?:at work|for work|for a living|in my job)\b")
# Dropped, said after it: "gaming, no wait, I stopped that", "running, gave it up last year".
_STOPPED_AFTER = re.compile(
    r"\s*[,.;!-]*\s*(?:(?:no wait|wait|actually|well|oh|hmm|scratch that|nah)[,.!\s]+)*(?:i\s+)?"
    r"(?:stopped|quit|dropped|ditched|gave up(?: on)?)\s+(?:that|it|those|them)\b"
    r"|\s*[,.;!-]*\s*(?:(?:no wait|wait|actually|well)[,.!\s]+)*(?:i\s+)?gave\s+(?:that|it)\s+up\b"
)
# Dropped, said before a list: "I quit dance and basketball", "gave up footy and the gym".
# A short noun phrase in a list (not a job or a habit dropped: "I quit my job and travel", "gave
# up smoking and the gym"; nor a clause: "can't stand it, I'd rather be baking or reading").
_ITEM = (
    r"(?!(?:it|i|i'?d|i'?m|but|so|though|rather|then|now|(?:my\s+)?(?:job|work)|smoking|drinking"
    r"|the booze|booze|sugar|meat)\b)[a-z']+(?:\s+(?!(?:i|i'?d|but|rather|would|now)\b)[a-z']+)"
    r"{0,2}\s*(?:,|\band\b|&|\bor\b)\s*"
)
_QUIT_BEFORE = re.compile(
    r"\b(?:quit|stopped|gave up|dropped|ditched|packed in)\s+(?:(?:my|the|doing|playing)\s+)?"
    r"(?:" + _ITEM + r"){0,3}(?:the\s+)?$"
)
# Disliked, in a list after the verb: "what I hate: football and reality shows", "can't stand
# golf or cricket" (not "I hate football but love tennis", "I hate to say it but tennis").
_HATED_BEFORE = re.compile(
    r"\b(?:hate|hates|can'?t stand|cannot stand|detest|loathe|despise|not a fan of)\s*[:\-–]?\s*"
    r"(?:(?:the|all)\s+)?(?:" + _ITEM + r"(?:the\s+)?){0,3}$"
)
# A shrug at the fuss: "I don't really get the hype around hockey", "never saw the appeal of golf".
_HYPE_BEFORE = re.compile(
    r"\b(?:don'?t|dont|do not|never|can'?t)\s+(?:really\s+|quite\s+)?(?:get|got|understood"
    r"|understand|see|saw)\s+(?:the\s+)?(?:hype|appeal|point|fuss)\s+(?:around|about|over|with|of"
    r"|in)\s+(?:the\s+|all\s+(?:the\s+)?)?$"
)
# Sayings that share a word with a pastime.
_SAYING_AFTER = {
    "jog": re.compile(r"\s+(?:my|your|his|her|their|our|the|people'?s)\s+memor"),
    "surf": re.compile(
        r"\s+(?:the\s+)?(?:web|net|internet|channels|tv)\b|\s+(?:and|n|'n')\s+turf\b"
    ),
}
_CHANNEL_BEFORE = re.compile(r"\b(?:channel|couch)[- ]?$")
# A pet in the middle of an interruption: "hang on the dog's barking at the postman, give me a sec".
_PETS = frozenset("dog dogs cat cats puppy kitten my dog my cat".split())
_PET_BUSY_AFTER = re.compile(
    r"(?:'s|\s+is|\s+are|'re)?\s+(?:just\s+)?(?:barking|whining|howling|scratching|meowing"
    r"|crying|yelping|going (?:mental|crazy|nuts)|at the door|being sick|throwing up|knocked"
    r"|threw up|wants (?:out|in|feeding)|needs (?:to go out|feeding|a wee))\b"
)
_HOLD = re.compile(
    r"\b(?:hang on|hold on|hold up|give me a (?:sec|second|minute|min)|gimme a (?:sec|min)"
    r"|one (?:sec|second|moment|min)|brb|be right back|bear with me|back in a (?:sec|min|bit))\b"
)


def _unused_or_set_aside(low: str, start: int, end: int, before: str) -> bool:
    """The English interest word at `start`..`end` is owned and unused, on for company, work,
    dropped, disliked or part of a saying."""
    word = low[start:end]
    if not word.isascii():
        return False
    word = word.removesuffix("'s")  # "the TV's just on", "the dog's barking"
    # the sentence up to the word, across commas and colons ("what I hate: football and …")
    said = low[max(0, start - 80) : start]
    said = said[max(said.rfind("."), said.rfind("!"), said.rfind("?")) + 1 :]
    return bool(
        (word in _OWNED and _UNUSED_AFTER.match(low, end))
        or (word in _SCREENS and _BACKGROUND_AFTER.match(low, end))
        or (_REPAIR_BEFORE.search(said) and _AT_WORK_AFTER.match(low, end))
        or _STOPPED_AFTER.match(low, end)
        or (
            _DROP_GATE.search(said)
            and _QUIT_BEFORE.search(said)
            and not _VERB_AFTER.match(low, end)
        )
        or (
            _HATE_GATE.search(said)
            and _HATED_BEFORE.search(said)
            and not _VERB_AFTER.match(low, end)
        )
        or (_HYPE_GATE.search(said) and _HYPE_BEFORE.search(said))
        or _saying(low, word, end, before)
        or (word in _PETS and _PET_BUSY_AFTER.match(low, end) and _HOLD.search(low))
    )


def owned_unused(low: str) -> bool:
    """The (lower-cased) answer names a thing owned and left unused, or the TV on for company
    ("I have a gym membership, not used it since February", "the TV's just on in the
    background")."""
    for m in _OWNED_WORD.finditer(low):
        word = m.group(1)
        after = _BACKGROUND_AFTER if word in _SCREENS else _UNUSED_AFTER
        if after.match(low, m.end()):
            return True
    return False


_OWNED_WORD = re.compile(
    r"\b(" + "|".join(sorted(_OWNED | _SCREENS, key=len, reverse=True)) + r")\b"
)
# The word opens a clause of its own: "i hate golf and reading is my thing".
_VERB_AFTER = re.compile(r"(?:'s|\s+(?:is|are|was|has)\b)")
_DROP_GATE = re.compile(r"quit|stopped|gave up|dropped|ditched|packed in")
_HATE_GATE = re.compile(r"hate|stand|detest|loathe|despise|fan of")
_HYPE_GATE = re.compile(r"hype|appeal|point|fuss")


def _saying(low: str, word: str, end: int, before: str) -> bool:
    after = _SAYING_AFTER.get(word)
    if after is not None and after.match(low, end):
        return True  # "jog my memory", "surf the web"
    return word.startswith("surf") and _CHANNEL_BEFORE.search(before) is not None


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
OWNED_UNUSED_AFTER = re.compile(
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
_NOISE_AFTER = re.compile(
    r"(?:'s|\s+is)?[^.!?]{0,20}?\bon\s+for\s+(?:the\s+)?(?:noise|company|background|the dog"
    r"|the cat)\b|[^.!?]{0,60}?\bcouldn'?t tell you what'?s on\b"
)


def _not_own_now(low: str, start: int, end: int, before: str) -> bool:
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
        or (word in _OWNED_WORDS and OWNED_UNUSED_AFTER.match(low, end))
        or ((" as a" in low or "when i was" in low) and _YOUTH_AFTER.match(low, end))
        or ("but" in low and _PAST_WORD.search(said) and _ENDED_AFTER.match(low, end))
        or (word in _SCREENS and _NOISE_AFTER.match(low, end))
    )


def not_pastime(low: str, start: int, end: int, before: str) -> bool:
    """The English interest word at `start`..`end` (`before`: its clause up to it) names no
    pastime of the respondent's now."""
    return _unused_or_set_aside(low, start, end, before) or _not_own_now(low, start, end, before)
