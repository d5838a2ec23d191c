"""English answers to the interests question that name no pastime of the respondent's: vague.

Besides the plain "nothing really" (`no_pastime`) and "no time" (`free_time`), people answer the
hobbies question in English with:
- a life of duties or worries instead: "I have bills, not hobbies", "now it's just work, work,
  work", "my professional commitments leave little time for leisure pursuits", "no time for
  enjoyment", "mi nuh have no hobby", "at my age it's the doctor's and the chemist", "i work two
  jobs, what's a hobby" (but "what counts as a hobby?" asks back);
- a joke hobby made of the service's faults: "my hobby is restarting your router";
- a dull day told in chat words: "i'm boring fr", "nothing rn", "i just scroll and sleep";
- a hobby disowned: "let's not call that a hobby", "still figuring out what I like";
- a thing owned and left unused, or the TV on for company (`unused_pastimes`);
- somebody else's pastime, then the respondent's own shrug: "my son is mad about cricket… Me? I
  just pay the bills", "my wife's into pilates, me not so much", "my bf makes me watch F1, i do
  not care", "I'm just the driver to their classes", "I'm more of a sit-and-doze person myself".
  Another person's pastime alone ("my husband's the golf fan") is no answer and is not read here.

They also answer, vaguely, with:
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
Read only when no interest was found, so a pastime named beside these still counts; searched
only behind cheap literals.
"""

from __future__ import annotations

import re

from bot.understanding.interests import unused_pastimes

_DUTIES = re.compile(
    r"\b(?:bills|kids|a mortgage|responsibilities|jobs?|work|chores|debts?)\s*,?\s+not\s+hobbies\b"
    r"|\bnow (?:it'?s|its|it is) (?:just|all|only) work\b|\bit'?s (?:just|all) work,? work\b"
    r"|\b(?:leave|leaves|leaving|left)\s+(?:me\s+|us\s+)?(?:little|no|hardly any|scant"
    r"|precious little|not much|barely any)\s+(?:free\s+|spare\s+)?time\s+for\b"
    r"|\bno time for (?:enjoyment|leisure|pleasure|fun things|enjoying myself|me time)\b"
    r"|\b(?:have|got|'ve|has|nuh have|don'?t have)\s+(?:no|nuh|zero)\s+hobb(?:y|ies)\b"
    r"|\b(?:ain'?t|aint)\s+got\s+(?:no\s+|any\s+)?hobb(?:y|ies)\b"
    # hobbies left behind with an arrival: "Hobbies?? I had those before my twins arrived"
    r"|\bhobbies\b[^.!]{0,12}\bi had (?:those|them|some|a few) (?:before|until|till)\b"
    r"|\bat my age\b[^.!?]{0,40}?\b(?:doctor'?s?|gp|hospital|chemist|pharmacy|physio|clinic)\b"
    # asked back with scorn, after a reason ("what counts as a hobby?" asks)
    r"|.\bwhat'?s a hobb(?:y|ies)\b(?!\s*(?:for|in)\b)"
)
_DUTY_GATE = re.compile(r"not hobbies|work|time for|hobb|at my age")
# The service's faults as the joke hobby: "my hobby is restarting your router".
_FAULT_HOBBY = re.compile(
    r"\bmy (?:only |main |new |favourite |favorite )?hobby(?:'s| is)\s+(?:restarting|rebooting"
    r"|resetting|unplugging|fixing|turning (?:off|on)|calling|ringing|waiting for)\s+(?:your|the"
    r"|my|our)\s+(?:router|modem|internet|wifi|wi-fi|box|connection|helpline|support|customer)"
)
# A dull day in chat words: "i'm boring fr", "nothing rn", "i just scroll and sleep".
_DULL = re.compile(
    r"\b(?:i'?m|im|i am)\s+(?:so\s+|pretty\s+|really\s+|kinda\s+|super\s+)?boring\s+(?:fr|ngl|tbh"
    r"|rn|af|lol|lmao|honestly)\b"
    r"|^(?:(?:honestly|tbh|ngl|um+|well|eh)[\s,]+)*(?:nothing|not much|none)\s+(?:rn|atm|right now"
    r"|at the moment|currently|these days|lately)\b"
    r"|\bi (?:just|only|mostly) (?:scroll|doomscroll|sleep|nap)(?:\s+(?:and|&|n)\s+(?:scroll"
    r"|doomscroll|sleep|nap|eat))+\b"
    r"|\bi just sleep (?:on|at|through|all) (?:the )?weekends?\b"
)
_DULL_GATE = re.compile(r"boring|nothing|not much|none|scroll|sleep|nap")
# A hobby disowned, or none found yet: "let's not call that a hobby", "still figuring out".
_DISOWNED = re.compile(
    r"\b(?:let'?s not|let us not|wouldn'?t|won'?t|can'?t|couldn'?t)\s+call\s+(?:that|it|this)\s+"
    r"a\s+hobby\b"
    r"|\bstill (?:figuring|working) (?:it |that )?out\b|\btrying to figure (?:it |that )?out\b"
    r"|\bhaven'?t (?:figured|found) (?:it|that|one|any) (?:out|yet)\b"
)
_DISOWN_GATE = re.compile(r"call|figur|found")
# Somebody close named ("my son", "our grandson's", "daughter is into").
_KIN = re.compile(
    r"(?:^|\b(?:my|our)\s+)(?:husband|hubby|wife|missus|partner|bf|gf|boyfriend|girlfriend|son"
    r"|daughter|kids?|children|grandson|granddaughter|grandkids?|dad|mum|mom|brother|sister"
    r"|flatmates?|roommates?|mates?)\b"
)
# ... and the respondent's own shrug after it.
_OWN_SHRUG = re.compile(
    r"\bme\s*\?+\s*(?:i\s+)?(?:just|only|mostly)\b"
    r"|\bme,?\s+not (?:so much|really|much|at all)\b"
    r"|\b(?:i|me)\s+(?:do not|don'?t|dont)\s+(?:really\s+|even\s+)?care\b"
    r"|\bi'?m\s+(?:just|only|basically)\s+the\s+(?:driver|taxi|chauffeur|uber|cab|cashpoint|atm"
    r"|bank)\b"
    r"|\bi just (?:pay|sleep|work|sit)\b"
)
# "I'm more of a sit-and-doze person myself" (a pastime named there is read first).
_MORE_OF_A = re.compile(
    r"\b(?:i'?m|i am)\s+more\s+of\s+an?\s+[a-z\-' ]{1,25}?\s+(?:person|type|guy|gal|girl|bloke"
    r"|one)\b"
)


def names_none_en(low: str) -> bool:
    """The (lower-cased) English answer to the interests question names no pastime of the
    respondent's, vaguely."""
    return bool(
        (_DUTY_GATE.search(low) and _DUTIES.search(low))
        or ("hobby" in low and _FAULT_HOBBY.search(low))
        or (_DULL_GATE.search(low) and _DULL.search(low))
        or (_DISOWN_GATE.search(low) and _DISOWNED.search(low))
        or ("more of a" in low and _MORE_OF_A.search(low))
        or unused_pastimes.owned_unused(low)
        or _shrugged(low)
        or (_KIN.search(low) is not None and _OWN_SHRUG.search(low) is not None)
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
    + unused_pastimes.OWNED_UNUSED_AFTER.pattern
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
_DULL_SAID = re.compile(
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
_KIN_NAMED = re.compile(
    r"(?:^|\b(?:my|our|the)\s+)(?:husband|hubby|wife|missus|partner|bf|gf|boyfriend|girlfriend"
    r"|son|daughter|kids?|children|lads?|boys?|girls?|two|grandson|granddaughter|grandkids?|dad|mum|mom"
    r"|brother|sister)(?:'s|')?\b"
)
_OWN_DOING = re.compile(
    r"\b(?:i|me)\s+(?:just|only|mostly|mainly|basically)\s+"
    r"(?!tag|come|go along|go with|join|love|like|enjoy|prefer)[a-z]"
)


def _shrugged(low: str) -> bool:
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
    if ("boring" in low or "dull" in low or "work" in low) and _DULL_SAID.search(low):
        return True
    if _DUTIES_ONLY.match(low):
        return True
    if ("used to" in low or "tried" in low) and _ENDED_THEN_NOW.search(low):
        return True
    if _DISLIKE_GATE.search(low) and _DISLIKE_OPENING.search(low):
        return True
    kin = _KIN_NAMED.search(low)
    return kin is not None and _OWN_DOING.search(low, kin.end()) is not None


_DISLIKE_GATE = re.compile(r"stand|hate|detest|loathe|despise|bear")
