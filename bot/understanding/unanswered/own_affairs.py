"""Refusals in regional and chat spellings: the asked thing kept as the respondent's own affair.

- Nigerian Pidgin: "abeg my name no matter" (my name does not matter), "abeg leave my location
  matter" (drop the subject of my location), "leave that matter" as the last words (not "leave
  the matter with customer care": handed on; not "the network no matter" said of another thing).
- Nobody's business: "ain't nobody's business but mine", "that's no one's business" (not "the
  outage is nobody's business but yours to fix", which blames).
- Apostrophes dropped and an address after it: "thats my business eh", "its my own business
  love", "thats between me and my bank eh" (not "thats my business number", "it's my business
  account": a line named).
- Keeping it to oneself with the g dropped: "I'm keepin me name to meself" (not "I'm keepin to
  meself these days", which is shy, nor "keepin myself to myself").
- Scots "no" for "not": "I'm no sharing that, sorry pal", "am no tellin ye" (not "I'm no sure",
  a hedge, nor "I'm no sharing my wifi with the neighbours").
- A formal "I shall not be answering that particular question" with its object spelled out
  (not "I shall not be answering the phone to them").

Searched only when a cheap literal is in the message.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(r"matter|business|between|keepin|\bno (?:shar|tell|say|giv|answ)|be answ")

# what may close the refusal: the clause's end, or fillers and terms of address
_TAIL = (
    r"(?=\s*(?:$|[,.!?;…]|(?:eh|o|oh|lah|la|sha|jare|abeg|ooo+|mate|pal|love|luv|hun|honey"
    r"|darlin'?|darling|dear|bro|sis|man|sorry|thanks|ta|tbh|lol|ok|okay|innit|init)\b))"
)
_TOPIC = (
    r"(?:name|age|location|address|house|area|gender|sex|salary|income|money|pay|bill"
    r"|relationship|family|wife|husband|partner|pikin|children|kids|tori|business|side|plan"
    r"|contract|matter|information|details?|papers?)"
)

_OWN_AFFAIRS = re.compile(
    # Pidgin "my name no matter", "abeg my age no matter, make we continue"
    r"\b(?:my|ma|mi) (?:own )?"
    + _TOPIC
    + r" no matter\b"
    + _TAIL
    # Pidgin "abeg leave my location matter", "leave that matter", "leave matter for matter"
    + r"|\b(?:abeg[, ]+)?(?:leave|lef|comot) (?:(?:my|ma|mi|dat|that|this|dis|am) )?(?:own )?"
    + r"(?:"
    + _TOPIC
    + r" )?matter\b(?! (?:with|to|for)\b)"
    + _TAIL
    # "ain't nobody's business but mine", "that's no one's business"
    + r"|\b(?:nobody'?s|nobodys|no one'?s|no-one'?s|noones) (?:business|concern|affair)"
    r"(?! (?:but|except) (?:yours|you|the)\b)"
    # "thats my business eh", "its my own business love", "dats my business"
     + r"|\b(?:thats|that'?s|dats|dat'?s|its|it'?s|that is|it is|this is) (?:my|me|our|mi)"
    r" (?:own )?(?:business|affair|concern|lookout)"
    + _TAIL
    # "thats between me and my bank", "its between me and God"
    + r"|\b(?:thats|dats|its|dat'?s|that'?s|it'?s) (?:strictly |just )?between (?:me|myself|us)"
    r" and\b"
    # "I'm keepin me name to meself", "keepin that private"
     + r"|\bkeepin'? (?!myself\b|meself\b|ourselves\b|to\b)(?:[\w']+ ){1,4}?(?:to (?:myself"
    r"|meself|ourselves|mesel|masel)|private|quiet|secret)\b"
    # Scots "I'm no sharing that", "am no tellin ye"
     + r"|\b(?:i'?m|i am|am|we'?re|we are) no (?:shar|tell|say|giv|answer)(?:ing|in'?)"
    r"(?: (?:that|this|it|ye|you|yous|youse|that one|this one|my (?:name|age|address)))?"
    + _TAIL
    # "I shall not be answering that particular question"
    + r"|\b(?:i|we)(?:'ll| will| shall|'d| would) (?:not|rather not) be (?:answering|sharing"
    r"|disclosing|discussing) (?:that|this|the|your|such)(?: (?:particular|specific|last|next"
    r"|personal|one|kind of|sort of))* (?:question|questions|one|query|q)\b" + _TAIL
)


def own_affairs(low: str) -> list[re.Match[str]]:
    """Every refusal of these kinds in the (lower-cased) message."""
    if _TRIGGER.search(low) is None:
        return []
    return list(_OWN_AFFAIRS.finditer(low))
