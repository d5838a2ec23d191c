"""Answers to the city question that give no city of the respondent's own home, read when no
city was found: the answer is vague and the question is asked again.

A stay for a season or a few weeks ("spendin' the summer at my sister's lake house", "we winter
down in Naples, the rest of the year we're up in Michigan", "驻场在成都，三个月的项目"), a job
that moves ("different city every 13 weeks, I'm a travel nurse"), a move still only planned or
thought of ("fixin' to move to Nashville soon as the house sells", "thinking of shifting to
Tauranga"), a home left without the new one ("haven't lived there since '72", "前年搬走了"), a
childhood place with family still there ("grew up in Westminster, my parents are still there"),
a region by its name ("way up in the Panhandle", "in the Valleys"), the town only described ("the
one with the giant Buc-ee's, you know the one"), a street or an estate without its city ("地址是
解放路128号", "人民路上，离火车站不远", "我住的这个小区叫阳光花园").
"""

from __future__ import annotations

import re

_EN = re.compile(
    # a stay for a season: "spendin' the summer at", "we winter down in"
    r"\bspend(?:ing|in'?)? the (?:summer|winter|season)\b"
    r"|\b(?:we|i) (?:winter|summer)\b|\bthe rest of the year\b"
    # a job that moves
    r"|\bdifferent (?:city|town|place|state|hospital) every\b|\btravel(?:ling|ing)? nurse\b"
    # a move planned or thought of
    r"|\b(?:fixin'?|fixing|planning|hoping|about|gonna|going) to (?:move|shift|relocate) to\b"
    r"|\b(?:thinking|thinkin'?|considering) (?:of|about) (?:shifting|moving|relocating) to\b"
    # a home left
    r"|\bhaven'?t lived there\b|\bno longer live there\b|\bdon'?t live there any ?more\b"
    # a region by its name
    r"|\b(?:in|up in|down in|out in) the (?:panhandle|valleys|outback|bush|highlands"
    r"|hill country)\b"
    # the town described, not named
    r"|\byou know the one\b|^the one with\b"
)
_SOMEDAY = re.compile(r"\b(?:one day|someday|some day|eventually|in the future)\b")
# A childhood place, the respondent's family still there, the respondent not said to be.
_GREW_UP = re.compile(r"^(?:i )?grew up (?:in|near|around)\b")
_STILL_OWN = re.compile(r"\b(?:i|we) (?:still )?(?:live|am|'m)\b|\bi'?m still\b|\bstill liv")
_OTHERS_STILL = re.compile(r"\b(?:are|is) still (?:there|in\b)|\bstill live there\b")
_ZH = re.compile(
    r"驻场|搬走了|搬离了"
    # a street, a number or an estate, no city
    r"|地址是|[\u4e00-\u9fff]{1,4}(?:路|街|大道|巷)(?:\d+号|上[,，]|上$)|小区叫"
)


def unsettled(low: str) -> bool:
    """The (lower-cased) answer gives no city of the respondent's home: a stay, a move ahead, a
    home left, a region, a town described or a street without its city."""
    if "\u4e00" <= low[:1] <= "\u9fff" or re.search(r"[\u4e00-\u9fff]", low[:12]):
        return _ZH.search(low) is not None
    found = _EN.search(low)
    if found and not (found.group().startswith(("think", "consider")) and _SOMEDAY.search(low)):
        return True  # ("thinking of moving to Melbourne one day": a daydream, neither answer)
    # ("grew up in Aberdeen" alone answers neither way)
    return (
        _GREW_UP.match(low) is not None
        and _OTHERS_STILL.search(low) is not None
        and _STILL_OWN.search(low) is None
    )
