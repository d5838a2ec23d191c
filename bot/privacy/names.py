"""Respondents' own names in what reports show: quotes and keywords.

`redact` finds identifiers by their shape (a phone number, a card number), which names do not
have. But the survey knows the names its respondents gave (the `name` slot and the like), and
people write them into open answers ("我是张伟，网速太慢了", "Priya here, the bill doubled"). So
what a report quotes has every known name replaced by [NAME], and a keyword that is or contains a
known name is dropped, whoever's answer it came from.

Matching works on the text's own pieces, so its cost does not grow with the number of names:
Chinese names are runs of 2 to 4 Hanzi (a title such as 先生 or 老师 is stripped: "唐先生" leaves
"唐", one character, too common to redact alone), Latin names are capitalised words ("Priya
Patel" gives "Priya" and "Patel"; "will" in "I will cancel" is no name even if a respondent is
called Will). Names of one character are ignored: "A" or "王" would hit ordinary words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

NAME = "[NAME]"
# Slots whose values name or reach a person: never filters, keywords or quotes.
PERSONAL_SLOTS = frozenset({"name", "full_name", "nickname", "email", "phone", "address"})
NAME_SLOTS = frozenset({"name", "full_name", "nickname"})

_HANZI_RUN = re.compile(r"[\u3400-\u9fff]+")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'\-]*")
_TITLES_ZH = re.compile(r"(?:先生|女士|小姐|老师|同学|阿姨|叔叔|师傅|总|哥|姐)$")
_TITLES_EN = frozenset({"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sir", "madam"})
_CJK_LENGTHS = (4, 3, 2)


def name_tokens(values: Iterable[object]) -> frozenset[str]:
    """The pieces of the given names that `redact_names` looks for (Hanzi runs, Latin words)."""
    tokens: set[str] = set()
    for value in values:
        if not isinstance(value, str):
            continue
        for run in _HANZI_RUN.findall(value):
            run = _TITLES_ZH.sub("", run)
            if 2 <= len(run) <= max(_CJK_LENGTHS):
                tokens.add(run)
        for word in _LATIN_WORD.findall(value):
            if len(word) >= 2 and word.lower() not in _TITLES_EN:
                tokens.add(word[:1].upper() + word[1:])
    return frozenset(tokens)


def known_names(frame: pd.DataFrame) -> frozenset[str]:
    """The names respondents gave, from a frame with one column per survey slot."""
    columns = [c for c in sorted(NAME_SLOTS) if c in frame.columns]
    return name_tokens(v for c in columns for v in frame[c].dropna().unique())


def _spans(text: str, names: frozenset[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for run in _HANZI_RUN.finditer(text):
        position, end = run.start(), run.end()
        while position < end:
            for length in _CJK_LENGTHS:  # the longest name wins: 欧阳娜娜 before 欧阳
                if position + length <= end and text[position : position + length] in names:
                    spans.append((position, position + length))
                    position += length
                    break
            else:
                position += 1
    for word in _LATIN_WORD.finditer(text):
        if word.group()[:1].isupper() and word.group() in names:
            spans.append(word.span())
    return sorted(spans)


def redact_names(text: str, names: frozenset[str]) -> str:
    """`text` with every known name (from `name_tokens`) replaced by [NAME]."""
    if not names or not text:
        return text
    pieces: list[str] = []
    last = 0
    for start, end in _spans(text, names):
        pieces.append(text[last:start])
        pieces.append(NAME)
        last = end
    return "".join(pieces) + text[last:] if pieces else text


def mentions_name(term: str, names: frozenset[str]) -> bool:
    """Whether a keyword (lower-cased by the tokenizer) is or contains a known name."""
    if not names:
        return False
    return bool(_spans(term, names)) or bool(
        _spans(" ".join(w[:1].upper() + w[1:] for w in term.split()), names)
    )
