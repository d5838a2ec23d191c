"""An age as bare years after the respondent's own self-description: "female / 40 years",
"a guy of 27 years", "Myself Rahul, 34 years", "Female. Nurse, 41yrs, Cork".

A number of years with nothing after it ("41yrs") is an age when the words right before it
describe the respondent, or when the message opens with a list of words the respondent calls
themselves by, a gender or a line of work, each its own item ("female, nurse, 41 yrs", "retired
teacher, 67 yrs"). A person named with an owner ("my nurse"), a verb between ("nurse for 20
yrs") or a kin word ("dad, 70 yrs": as often somebody else) makes it no such list, and a child's
age is no adult's.
"""

from __future__ import annotations

import re

from bot.understanding.cities.self_labels import ROLES_EN
from bot.understanding.numerals.numbers import Num

_SELF_NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an)\s+(?:woman|man|lady|gentleman|guy|bloke|girl|lad|gal) of"
    r"|(?:^|\bi'?m\s+(?:an?\s+)?|\bi am\s+(?:an?\s+)?)(?:male|female|man|woman|guy|girl|bloke"
    r"|lady|gal|dude|lad|m|f)\s*[,/]"
    # Indian English names oneself so: "Myself Rahul, 34 years"
    r"|^\s*myself\s+[a-z]+(?:\s+[a-z]+)?\s*[,/]"
    r")\s*$"
)
_YEARS_AFTER = re.compile(r"\s*(?:years?|yrs?)\s*(?:$|[,.;!])")
_ITEM = (
    r"(?:(?:retired|trainee|student|senior|junior|head|staff|registered)\s+)?"
    r"(?!(?:mum|mom|dad|grandma|grandad|grandpa)\b)(?:male|female|man|woman|m|f|" + ROLES_EN + r")"
)
_LIST_BEFORE = re.compile(r"^\s*(?:" + _ITEM + r"\s*[,./;]\s*){1,3}$")
_ADULT = 18


def listed_age(low: str, num: Num) -> bool:
    """Are the years at `num`, ending their clause, the respondent's age by a self-description
    right before them or a list of their own labels opening the message?"""
    if _YEARS_AFTER.match(low, num.end) is None:
        return False
    if _SELF_NOUN_BEFORE.search(low[max(0, num.start - 16) : num.start]):
        return True
    return _ADULT <= num.value < 100 and _LIST_BEFORE.match(low[: num.start]) is not None
