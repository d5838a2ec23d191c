"""A relative's possessive typed without its apostrophe, put back once: "my wifes phone is 60",
"my moms bill is like 90, mine is 40", "hubbys job", "my sisters is 45".

People typing fast drop the apostrophe. Every reader of kin words knows the possessive with it
("my wife's phone", "my mum's bill"): the lexicon drops the "'s", and the readers of whose amount,
whose city or whose plan is meant look for it. So `restore` puts the apostrophe back once, in the
cleaned surface, and the rest reads the message as if it had been typed; `KIN_THING` and
`KIN_OWNS` then find a relative's thing or amount in the one spelling.

Only spellings that are no plural are touched:
- "wifes", "wifeys", "hubbys" anywhere (the plurals are "wives", "hubbies");
- "husbands" after "my" / "our" / "me" (one has one husband);
- a partner ("boyfriends", "girlfriends", "partners", "fiances", "bfs", "gfs") after "my" /
  "our" / "me" and before a thing owned, a relative or "is" / "was" ("my girlfriends mum", "my
  partners phone");
- any other relative or companion ("moms", "dads", "sisters", "flatmates"…) after "my" / "our" /
  "me" and before a thing of the service or "is" / "was" / "costs" ("my moms bill", "my dads was
  50");
so that plurals stay plurals ("me and my girlfriends went out", "my partners at the firm", "my
sons are grown", "my parents pay", "outlived two husbands").
"""

from __future__ import annotations

import re

_MY = (
    r"\b(?:my|our|me)\s+(?:(?:old|step|little|big|younger|older|eldest|youngest|new|current"
    r"|future|lovely|dear)\s*)?"
)
_PARTNER = r"(?:boyfriend|girlfriend|partner|fianc[eé]e?|bf|gf)"
_KIN = (
    r"(?:mom|mum|mam|dad|wife|husband|hubby|missus|partner|mother|father|fiancee?|boyfriend"
    r"|girlfriend|bf|gf|nan|nana|gran|granny|grandma|grandad|grandpa|aunt|auntie|uncle|cousin"
    r"|roommate|flatmate|housemate|mate|neighbou?r|brother|sister|son|daughter|kid|friend"
    r"|sis|bro|bestie)"
)
# A thing of the service that a relative has: "my moms bill", "my dads old phone".
_THING = (
    r"(?:(?:old|new|own|mobile|cell|phone|monthly)\s+)?(?:bill|phone|plan|line|number|sim"
    r"|mobile|account|contract|card|package|deal|cell|one)s?\b"
)
_AMOUNT_VERB = r"(?:is|was|costs?|comes to)\b"
# What a partner owns or is said to be: "my girlfriends mum", "my boyfriends the gamer".
_OWNED = (
    r"(?:(?:(?:old|new|own|mobile|cell|phone|monthly|work)\s+)?(?:bill|phone|plan|line|number|sim"
    r"|mobile|account|contract|card|package|deal|cell|one|birthday|bday|name|job|work|office"
    r"|company|boss|family|mum|mom|mam|mother|dad|father|parents|folks|sister|brother|sis|bro"
    r"|side|car|place|house|flat|apartment|laptop|ipad|tablet|netflix|spotify|data|salary"
    r"|pension|idea|choice|fault|friend|friends|mate|mates|kids?|son|daughter|cat|dog|is|was"
    r"|has|had|does|did|costs|pays|phones|bills|plans)\b"
    r"|(?:the|a|an|into|obsessed|been|pregnant|expecting|deployed|away)\b)"
)

_ALWAYS = re.compile(r"\b(wife|wifey|hubby)(s)\b(?!')", re.IGNORECASE)
_HUSBAND = re.compile(_MY + r"husband(?=s\b(?!'))", re.IGNORECASE)
_PARTNER_OWNS = re.compile(_MY + _PARTNER + r"(?=s\s+" + _OWNED + ")", re.IGNORECASE)
_KIN_OWNS_BARE = re.compile(
    _MY + _KIN + r"(?=s\s+(?:" + _THING + "|" + _AMOUNT_VERB + "))", re.IGNORECASE
)

# A relative's thing of the service: "my mom's bill", "my wife's phone".
KIN_THING = re.compile(_MY + _KIN + r"'s\s+" + _THING)
# ... or the relative's amount straight after: "my sister's is 45", "my dad's was 50".
KIN_OWNS = re.compile(_MY + _KIN + r"'s\s+(?:" + _THING + r"|(?=" + _AMOUNT_VERB + "))")


def restore(text: str) -> str:
    """`text` with the apostrophe put back in a relative's possessive typed without it."""
    low = text.lower()
    if "wifes" in low or "wifeys" in low or "hubbys" in low:
        text = _ALWAYS.sub(r"\1'\2", text)
    if "s " not in low or ("my " not in low and "our " not in low and "me " not in low):
        return text
    if "husbands" in low:
        text = _HUSBAND.sub(r"\g<0>'", text)
    text = _PARTNER_OWNS.sub(r"\g<0>'", text)
    return _KIN_OWNS_BARE.sub(r"\g<0>'", text)
