"""Cheap literal checks that a message must pass before a costly pattern can match it.

Most reading patterns match nothing in most messages, and Python's regex engine only skips ahead
quickly when a pattern starts with a plain literal. A pattern that opens with a lookbehind, a word
boundary or a class of spaces ("(?<![男女])朋友|…", r"\\b(?:my|our)\\s+…") is tried at every
position of every message. Yet nearly every pattern contains some text that each of its matches
must contain ("my" or "our"; 续 or 换): when the message holds none of it, the pattern cannot
match and need not run.

`gate(pattern)` derives that text from the pattern itself, so a gate never goes stale when a rule
changes: it reads the parsed pattern, finds for every part the set of strings each match of the
part must contain, keeps the most selective set and compiles it into a literal alternation
(which the engine scans fast).

`Gated` wraps a pattern with its gate behind the usual calls (`search`, `finditer`, `sub`…), so a
costly pattern is gated where it is defined and its callers do not change.

The parse comes from the standard library's own regex parser (`re._parser`, the same since 3.11).
A gate must never shut on a text its pattern matches: `tests/understanding/test_literal_gates.py`
checks that on every short text over tricky patterns' alphabets and on the labelled answers for
every pattern the readers use, so a change in that parser shows up there, not as lost readings.

A long list of phrases ("不记得|记不清|…|no idea|not sure|…") gets no useful gate of its own: its
alternatives together require too many strings, or one as common as "k". `split_gated` cuts it
into runs of neighbouring alternatives, each behind a small gate of its own, most of them shut on
most messages. The runs give the whole pattern's matches: at each position the whole pattern takes
the first alternative, in order, that matches there, and a search the leftmost position; so its
match is the leftmost among the runs' matches, the earlier run winning a tie. `finditer` repeats
that from the end of each match, keeping each run's next match while it lies ahead (the first
match from an earlier position is also the first from any later position before it). Only
patterns with no groups whose every alternative matches some character are cut: an empty match
or a group number would not carry over to a run.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import cache
from itertools import product
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# Past these sizes a set of strings is no longer worth enumerating or checking.
_MAX_STRINGS = 48  # strings spelled out from one run of literals and classes
_MAX_CHOICES = 400  # strings required by the alternatives of one branch, together
_MAX_CLASS = 12

_Strings = frozenset[str]
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


def _product(left: _Strings, right: _Strings) -> _Strings | None:
    if len(left) * len(right) > _MAX_STRINGS:
        return None
    return frozenset(a + b for a, b in product(left, right))


def _better(a: _Strings | None, b: _Strings | None) -> _Strings | None:
    """The more selective of two requirements: longer shortest string (three characters are
    selective enough), then fewer strings, which keep the gate itself quick."""
    if a is None or b is None:
        return a if b is None else b
    return max(a, b, key=lambda s: (min(3, *map(len, s)), -len(s)))


def _minimal(strings: _Strings) -> _Strings:
    """Without the strings that hold another one of the set: "继续用" for "我就继续用" too."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def _class_chars(items: list[tuple[Any, Any]]) -> _Strings | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # a negated set, a category (\d, \w) or a wide range
    return frozenset(chars) if len(chars) <= _MAX_CLASS else None


def _node(op: Any, av: Any) -> tuple[_Strings | None, _Strings | None]:
    """(exact, required) of one parsed item: every string it can match when few, and a set of
    strings one of which each of its matches contains (None when unknown or none)."""
    if op is sre.LITERAL:
        return frozenset((chr(av),)), frozenset((chr(av),))
    if op is sre.IN:
        chars = _class_chars(av)
        return chars, chars
    if op in _ZERO_WIDTH:
        return frozenset(("",)), None
    if op is sre.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            return None, None  # a case-blind group: "(?i:fibre)"
        return _sequence(av[3].data)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av.data)
    if op is sre.BRANCH:
        parts = [_sequence(branch.data) for branch in av[1]]
        exact: _Strings | None = frozenset()
        required: _Strings | None = frozenset()
        for part_exact, part_required in parts:
            exact = exact | part_exact if exact is not None and part_exact is not None else None
            required = (
                required | part_required
                if required is not None and part_required is not None
                else None
            )
        if exact is not None and len(exact) > _MAX_STRINGS:
            exact = None
        if required is not None:
            required = _minimal(required) if len(required) <= 4 * _MAX_CHOICES else None
        if required is not None and len(required) > _MAX_CHOICES:
            required = None
        return exact, required
    if op in _REPEATS:
        low, high, item = av
        item_exact, item_required = _sequence(item.data)
        if low == 0:
            optional = item_exact | {""} if item_exact is not None and high == 1 else None
            return optional, None
        return (item_exact if low == high == 1 else None), item_required
    return None, None  # any character, a negated literal, a back reference


def _sequence(items: list[tuple[Any, Any]]) -> tuple[_Strings | None, _Strings | None]:
    """(exact, required) of items matched one after the other."""
    best: _Strings | None = None
    run: _Strings | None = frozenset(("",))  # the strings the items since the last break form
    whole: _Strings | None = frozenset(("",))
    for op, av in items:
        exact, required = _node(op, av)
        best = _better(best, required)
        joined = _product(run, exact) if run is not None and exact is not None else None
        if joined is None:
            if run is not None and "" not in run:
                best = _better(best, run)
            run = exact if exact is not None else frozenset(("",))
        else:
            run = joined
        whole = _product(whole, exact) if whole is not None and exact is not None else None
    if run is not None and "" not in run:
        best = _better(best, run)
    return whole, best


@cache
def required_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every text `pattern` can match in contains, or None."""
    if pattern.flags & re.IGNORECASE:
        return None  # (the patterns here read lower-cased text; case-blind ones are not gated)
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):
        return None
    _, required = _sequence(parsed.data)
    if not required or "" in required:
        return None
    return _minimal(required)


def literal_alternation(strings: frozenset[str]) -> re.Pattern[str]:
    """One pattern that finds any of `strings`, longest first."""
    return re.compile("|".join(re.escape(s) for s in sorted(strings, key=lambda s: (-len(s), s))))


@cache
def gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A literal alternation that every text `pattern` can match in contains, or None."""
    strings = required_strings(pattern)
    return None if strings is None else literal_alternation(strings)


class Gated:
    """A compiled pattern that runs only on texts its gate lets through; same calls, same results.

    Worth it for patterns that are costly to scan and rarely match: each call pays one fast
    literal search first. Positions (`pos`, `endpos`) are honoured by the pattern; the gate looks
    at the whole text, which holds every part of it."""

    __slots__ = ("regex", "check", "pattern")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.check = gate(regex)
        self.pattern = regex.pattern

    # (Each call checks the gate inline: these run about a hundred times per message, and a
    # helper method's call would cost as much as the gate's own search.)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        check = self.check
        if check is not None and check.search(text) is None:
            return None
        return self.regex.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        check = self.check
        if check is not None and check.search(text) is None:
            return None
        return self.regex.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        check = self.check
        if check is not None and check.search(text) is None:
            return None
        return self.regex.fullmatch(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        check = self.check
        if check is not None and check.search(text) is None:
            return iter(())
        return self.regex.finditer(text, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        check = self.check
        if check is not None and check.search(text) is None:
            return text
        return self.regex.sub(repl, text, count)


def gated(pattern: str, flags: int = 0) -> Gated:
    """`re.compile(pattern, flags)`, gated."""
    return Gated(re.compile(pattern, flags))


# Cutting long alternations into gated runs (`split_gated`).
_RUN_STRINGS = 16  # strings one run's gate may hold
_WEAK_LEN = 2  # an ASCII string this short is in most messages
_Part = Gated | re.Pattern[str]


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern's source, in order."""
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern.startswith("^]", i + 1) or pattern.startswith("]", i + 1):
                i += pattern.startswith("^", i + 1) + 1  # "[]…]" and "[^]…]": "]" is a member
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


def _required(alternative: str, flags: int) -> frozenset[str] | None:
    """The strings one of which every match of the alternative contains, or None."""
    parsed = sre_parse.parse(alternative, flags)
    if parsed.getwidth()[0] == 0:
        raise ValueError("an alternative may match nothing")
    required = _sequence(parsed.data)[1]
    return None if not required or "" in required else required


def is_weak(required: frozenset[str] | None) -> bool:
    """A requirement met by most messages ("k", "of"): gating on it saves nothing."""
    return required is None or any(len(s) <= _WEAK_LEN and s.isascii() for s in required)


def _runs(pattern: re.Pattern[str]) -> list[tuple[_Part, bool]]:
    """Runs of neighbouring alternatives, each with whether it can match a text of plain ASCII
    (not when every string its matches require holds a Chinese character)."""
    alternatives = _alternatives(pattern.pattern)
    flags = pattern.flags
    runs: list[tuple[list[str], frozenset[str] | None]] = []
    for alternative in alternatives:
        required = _required(alternative, flags)
        if runs:
            sources, strings = runs[-1]
            if is_weak(strings) and is_weak(required):
                joined = None if strings is None or required is None else strings | required
                runs[-1] = ([*sources, alternative], joined)
                continue
            if not is_weak(strings) and not is_weak(required):
                assert strings is not None and required is not None
                together = _minimal(strings | required)
                if len(together) <= _RUN_STRINGS:
                    runs[-1] = ([*sources, alternative], together)
                    continue
        runs.append(([alternative], required))
    parts: list[tuple[_Part, bool]] = []
    for sources, strings in runs:
        compiled = re.compile("|".join(sources), flags)
        gated_run = Gated(compiled)
        latin = strings is None or any(s.isascii() for s in strings)
        parts.append((gated_run if gated_run.check is not None else compiled, latin))
    return parts


class SplitGated:
    """A long alternation searched as runs of alternatives behind their own gates; same calls
    (`search`, `finditer`, `sub`, `match`, `fullmatch`), same matches as the whole pattern."""

    __slots__ = ("regex", "parts", "latin", "pattern", "_memo")

    def __init__(self, regex: re.Pattern[str]) -> None:
        if regex.groups or regex.flags & re.IGNORECASE:
            raise ValueError("only a case-sensitive pattern without groups is cut into runs")
        self.regex = regex
        self.pattern = regex.pattern
        runs = [
            ((part.check, part.regex) if isinstance(part, Gated) else (None, part), latin)
            for part, latin in _runs(regex)
        ]
        # each run as (its gate or None, its pattern)
        self.parts = tuple(run for run, _ in runs)
        self.latin = tuple(run for run, latin in runs if latin)  # (for a text of plain ASCII)
        # the runs open on the text last seen: a reader often asks again about the same text, and
        # which runs open depends on the text alone (one tuple, replaced whole; no caller changes
        # the list)
        self._memo: tuple[str, list[re.Pattern[str]]] | None = None

    def _open(self, text: str) -> list[re.Pattern[str]]:
        memo = self._memo
        if memo is not None and memo[0] is text:
            return memo[1]
        found = [
            regex
            for check, regex in (self.latin if text.isascii() else self.parts)
            if check is None or check.search(text) is not None
        ]
        self._memo = (text, found)
        return found

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        for part in self._open(text):
            m = part.search(text, pos, endpos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
                if m.start() == pos:
                    break
        return best

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        parts = self._open(text)
        ahead = [part.search(text, pos, endpos) for part in parts]
        while True:
            found: re.Match[str] | None = None
            for m in ahead:
                if m is not None and (found is None or m.start() < found.start()):
                    found = m
            if found is None:
                return
            yield found
            end = found.end()
            for i, m in enumerate(ahead):
                if m is not None and m.start() < end:
                    ahead[i] = parts[i].search(text, end, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        pieces: list[str] = []
        last = 0
        for n, m in enumerate(self.finditer(text)):
            if count and n >= count:
                break
            pieces += [text[last : m.start()], repl(m) if callable(repl) else m.expand(repl)]
            last = m.end()
        return "".join(pieces) + text[last:] if pieces else text

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        for part in self._open(text):
            if (m := part.match(text, pos, endpos)) is not None:
                return m
        return None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        for part in self._open(text):
            if (m := part.fullmatch(text, pos, endpos)) is not None:
                return m
        return None


def split_gated(pattern: str, flags: int = 0) -> SplitGated:
    """`re.compile(pattern, flags)`, searched as gated runs of its alternatives."""
    return SplitGated(re.compile(pattern, flags))
