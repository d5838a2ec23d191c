"""A relative's thing said without the apostrophe: "my moms bill", "my wifes phone".

People typing fast drop the apostrophe of the possessive: "my moms bill is like 90, mine is
40", "my wifes phone is 60", "my dads plan". Read as "my mom's bill", the amount is the
relative's, set against the respondent's own as with the apostrophe. Only a relative (or a
friend, a flatmate) after "my" / "our" and followed by the thing owned or by "is" counts, so
plurals stay plurals ("my sons are grown", "my parents pay").
"""

from __future__ import annotations

import re

_KIN = (
    r"\b(?:my|our|me)\s+(?:(?:old|step|little|big|younger|older|eldest|youngest)\s*)?"
    r"(?:mom|mum|mam|dad|wife|husband|hubby|missus|partner|mother|father|fiancee?|boyfriend"
    r"|girlfriend|bf|gf|nan|nana|gran|granny|grandma|grandad|grandpa|aunt|auntie|uncle|cousin"
    r"|roommate|flatmate|housemate|mate|neighbou?r|brother|sister|son|daughter|kid|friend"
    r"|sis|bro|bestie)s\s+"
)
_THING = (
    r"(?:(?:old|new|own|mobile|cell|phone|monthly)\s+)?(?:bill|phone|plan|line|number|sim"
    r"|mobile|account|contract|card|package|deal|cell|one)s?\b"
)
# "my moms bill", "my wifes phone": the relative's thing
KIN_THING = re.compile(_KIN + _THING)
# ... or the relative's amount straight after: "my sisters is 45", "my dads was 50"
KIN_OWNS = re.compile(_KIN + r"(?:" + _THING + r"|(?=(?:is|was|costs?|comes to)\b))")
