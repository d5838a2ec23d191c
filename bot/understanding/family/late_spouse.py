"""A late spouse named without a partner word: "my Ronald died", "My Loretta passed", "has
outlived two husbands".

Older respondents speak of a husband or wife who died by first name only ("I switched the month
after my Ronald died"), or count the spouses they buried. No lexicon word marks these, so they
are read here as a partner who is gone (False), in an answer to any question. A capitalised name
after "my" is the cue, so kin words ("my Dad died"), phones and cars ("my Samsung died", "my
Nokia died") and names said in capitals throughout are left out; "our Dennis" may be a brother
or son in the north of England and is left out too. Whose spouses were outlived ("my mum
outlived two husbands") is judged in `household`, like any partner word.
"""

from __future__ import annotations

import re

# ("passed" alone must end the clause or go on with a time, not take an object: "my Ronald passed
# his test")
_NAMED_GONE = re.compile(
    r"\bmy\s+(?P<name>[A-Z][a-z]{2,})\s+(?:(?:has\s+|had\s+)?(?:died|passed away|passed on)\b"
    r"|passed(?=\s*(?:$|[,.;!]|(?:last|in|on|two|three|four|five|six|ten|a|\d+|going|over"
    r"|recently|suddenly|away|back)\b)))"
    r"|\b(?:lost|buried)\s+my\s+(?P<lost>[A-Z][a-z]{2,})\b(?!')"
)
_NOT_NAMES = frozenset(
    # kin and roles, capitalised as names of a kind
    "Mum Mom Mam Mother Dad Daddy Father Nan Nana Gran Granny Grandma Grandad Granddad Grandpa"
    " Grandmother Grandfather Uncle Aunt Auntie Brother Sister Son Daughter Husband Wife Hubby"
    " Partner Boss Friend Dog Cat Cousin Nephew Niece"
    # phones, computers and cars that "die"
    " Samsung Galaxy Pixel Nokia Motorola Moto Huawei Xiaomi Oppo Vivo Oneplus Iphone Ipad Apple"
    " Android Kindle Mac Macbook Dell Lenovo Fitbit Alexa Echo Roku Xbox Playstation Nintendo"
    " Switch Sony Doro Blackberry Ford Honda Toyota Vauxhall Tesla Nissan Volvo Audi Router Sky"
    " Virgin Internet Wifi Phone Battery Laptop Computer Mobile Landline Tv".split()
)
# "has outlived two husbands", "buried three wives": the spouses who died, counted
_OUTLIVED = re.compile(
    r"\b(?:outlived|outlasted|buried|survived)\s+(?:two|three|four|both|\d)\s+(?:of\s+(?:my|her"
    r"|his)\s+)?(?:husbands|wives)\b"
)


def spans(surface: str, low: str) -> list[tuple[int, int]]:
    """Where a late spouse is named by first name or spouses outlived are counted."""
    found = [
        m.span()
        for m in _NAMED_GONE.finditer(surface)
        if (m.group("name") or m.group("lost")) not in _NOT_NAMES
    ]
    found += [m.span() for m in _OUTLIVED.finditer(low)]
    return found
