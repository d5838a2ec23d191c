"""A partner's possessive typed without its apostrophe: "my wifes phone", "hubbys job".

People typing fast drop the apostrophe ("my wifes phone is 60", "the hubbys birthday", "my
boyfriends mum"). Every reader of kin words knows the possessive with the apostrophe ("my wife's
phone", "my husband's job"): the lexicon drops the "'s" and the readers of whose amount, whose
city or whose plan is meant look for it. So the apostrophe is put back once, in the cleaned
surface, and the rest reads the message as if it had been typed.

Only spellings that are no plural are touched:
- "wifes", "wifeys", "hubbys" anywhere (the plurals are "wives", "wifeys" is rare, "hubbies");
- "husbands" after "my" / "our" / "me" (one has one husband);
- "boyfriends", "girlfriends", "partners", "fiances", "bfs", "gfs" after "my" / "our" / "me"
  and before a thing owned, a relative or "is" / "was" ("my girlfriends mum", "my partners
  phone"), so that plurals stay plurals ("me and my girlfriends went out", "my partners at the
  firm").
"""

from __future__ import annotations

import re

# Cheap literal gate: none of these in the message, nothing to do.
_WORDS = (
    "wifes",
    "wifeys",
    "hubbys",
    "husbands",
    "boyfriends",
    "girlfriends",
    "partners",
    "fiances",
    "fiancees",
    "fiancés",
    "fiancées",
    "bfs",
    "gfs",
)
_ALWAYS = re.compile(r"\b(wife|wifey|hubby)(s)\b(?!')", re.IGNORECASE)
_MY = r"\b(?:my|our|me)\s+(?:(?:new|current|future|lovely|dear)\s+)?"
_HUSBAND = re.compile(_MY + r"husband(?=s\b(?!'))", re.IGNORECASE)
# What a partner owns or is said to be: "my girlfriends mum", "my partners phone is 40".
_OWNED = (
    r"(?:(?:(?:old|new|own|mobile|cell|phone|monthly|work)\s+)?(?:bill|phone|plan|line|number|sim"
    r"|mobile|account|contract|card|package|deal|cell|one|birthday|bday|name|job|work|office"
    r"|company|boss|family|mum|mom|mam|mother|dad|father|parents|folks|sister|brother|sis|bro"
    r"|side|car|place|house|flat|apartment|laptop|ipad|tablet|netflix|spotify|data|salary"
    r"|pension|idea|choice|fault|friend|friends|mate|mates|kids?|son|daughter|cat|dog|is|was"
    r"|has|had|does|did|costs|pays|phones|bills|plans)\b"
    # the possessive that is "is": "my boyfriends the gamer", "my girlfriends pregnant"
    r"|(?:the|a|an|into|obsessed|been|pregnant|expecting|deployed|away)\b)"
)
_OTHER_PARTNER = re.compile(
    _MY + r"(?:boyfriend|girlfriend|partner|fianc[eé]e?|bf|gf)(?=s\s+" + _OWNED + ")",
    re.IGNORECASE,
)


def restore(text: str) -> str:
    """`text` with the apostrophe put back in a partner's possessive typed without it."""
    low = text.lower()
    if not any(word in low for word in _WORDS):
        return text
    if "wifes" in low or "wifeys" in low or "hubbys" in low:
        text = _ALWAYS.sub(r"\1'\2", text)
    if "husbands" in low:
        text = _HUSBAND.sub(r"\g<0>'", text)
    return _OTHER_PARTNER.sub(r"\g<0>'", text)
