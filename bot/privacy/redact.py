"""Remove personal identifiers from free text before it leaves the machine (e.g. to a hosted LLM).

Each kind is replaced by a typed placeholder ([PHONE], [ID_CARD], [BANK_CARD], [EMAIL]) so the
model still understands what the respondent meant ("my number is [PHONE]") without seeing it.

Precision matters as much as recall here: an age, a price, a year or an order number must survive,
or the survey answer itself is destroyed. So numbers are only redacted when their shape and, where a
check digit exists, their checksum say what they are: ID cards must pass ISO 7064 mod 11-2, bank
cards must pass Luhn. Boundaries are look-arounds rather than `\\b`, because `\\b` does not fire
between a digit and a Hanzi ("电话13812345678谢谢" has no word boundary around the number).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

PHONE = "PHONE"
ID_CARD = "ID_CARD"
BANK_CARD = "BANK_CARD"
EMAIL = "EMAIL"

# Not preceded/followed by a letter or digit (Hanzi and punctuation are fine neighbours).
_START = r"(?<![0-9A-Za-z])"
_END = r"(?![0-9A-Za-z])"

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*"  # local part (ASCII: Hanzi may touch it)
    r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])"
)
_ID_CARD = re.compile(
    _START
    + r"[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]"
    + _END
)
# 16-19 digits, contiguous or in groups of four separated by one space or dash.
_BANK_CARD = re.compile(
    r"(?<![0-9A-Za-z])(?<!\d[ -])[3-6]\d{3}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?(?![ -]?\d)" + _END
)
_MOBILE = re.compile(r"(?<![0-9A-Za-z+])(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}" + _END)
# +CC then 2-5 groups, optionally with a bracketed area code: +44 20 7946 0958, +1 (415) 555-0100.
_INTERNATIONAL = re.compile(r"(?<![0-9A-Za-z+])\+[1-9]\d{0,2}(?:[ -]?\(?\d{1,4}\)?){2,5}" + _END)
# Mainland landlines with an area code and a separator: 021-61234567, (010) 8888 6666.
_LANDLINE = re.compile(r"(?<![0-9A-Za-z])(?:\(0\d{2,3}\)\s?|0\d{2,3}-)\d{3,4}[ -]?\d{4}" + _END)

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def valid_id_card(number: str) -> bool:
    """ISO 7064 mod 11-2 check digit of an 18-character resident ID number."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == number[17].upper()


def luhn_ok(digits: str) -> bool:
    """The Luhn checksum used by payment card numbers."""
    if not digits.isdigit():
        return False
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = int(char)
        if i % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _bank_card_ok(value: str) -> bool:
    digits = _digits(value)
    return 16 <= len(digits) <= 19 and luhn_ok(digits)


def _international_ok(value: str) -> bool:
    return 8 <= len(_digits(value)) <= 15  # E.164 allows at most 15 digits


@dataclass(frozen=True)
class Redacted:
    """The redacted text and one kind per item removed (grouped by kind, emails first)."""

    text: str
    found: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.found)


_Rule = tuple[str, re.Pattern[str], Callable[[str], bool] | None]

# Order matters: emails first (they may contain digits), then checksummed numbers, then phones.
_RULES: tuple[_Rule, ...] = (
    (EMAIL, _EMAIL, None),
    (ID_CARD, _ID_CARD, valid_id_card),
    (BANK_CARD, _BANK_CARD, _bank_card_ok),
    (PHONE, _MOBILE, None),
    (PHONE, _INTERNATIONAL, _international_ok),
    (PHONE, _LANDLINE, None),
)


def redact(text: str) -> Redacted:
    """Replace phone numbers, ID cards, bank cards and emails in `text` with typed placeholders."""
    found: list[str] = []
    for kind, pattern, check in _RULES:
        pieces: list[str] = []
        last = 0
        for match in pattern.finditer(text):
            if check is not None and not check(match.group()):
                continue
            pieces.append(text[last : match.start()])
            pieces.append(f"[{kind}]")
            found.append(kind)
            last = match.end()
        if pieces:
            text = "".join(pieces) + text[last:]
    return Redacted(text=text, found=found)
