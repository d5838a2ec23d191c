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
Read only when no interest was found, so a pastime named beside these still counts; searched
only behind cheap literals.
"""

from __future__ import annotations

import re

from bot.understanding import own_shrugs_en, unused_pastimes

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
        or own_shrugs_en.names_none(low)
        or (_KIN.search(low) is not None and _OWN_SHRUG.search(low) is not None)
    )
