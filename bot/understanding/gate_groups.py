"""Tables of gated patterns, checked a group at a time.

Some readers try a whole table of patterns on every message: the intention phrasings for each
option of the intention question, the evidence of a child or a partner for each household
question. Each pattern has its own literal gate (`literal_gates.Gated`), yet most messages open
none of them, and a table of thirty patterns then costs thirty gate searches to learn nothing.

`GateGroups` puts neighbouring entries of a table behind one shared gate: the union of the
strings their own gates require, kept while it stays short and selective. A shut group skips all
its entries with one search; an open group hands them over in their order, and each pattern's own
gate still applies when it runs. Entries whose gate is weak (a digit, "my") or missing form
groups of their own with no shared gate, so nothing is ever skipped that could match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Generic, TypeVar

from bot.understanding.literal_gates import Gated, is_weak, literal_alternation, required_strings

T = TypeVar("T")

# Past this many strings a shared gate costs about as much as the gates it replaces.
_GROUP_STRINGS = 40


class GateGroups(Generic[T]):
    """Entries of a table, each with its gated pattern, grouped behind shared gates."""

    __slots__ = ("groups",)

    def __init__(self, entries: Sequence[tuple[T, Gated]]) -> None:
        groups: list[tuple[frozenset[str] | None, list[T]]] = []
        for item, pattern in entries:
            strings = required_strings(pattern.regex) if pattern.check is not None else None
            if is_weak(strings):
                groups.append((None, [item]))
                continue
            assert strings is not None
            if groups and (shared := groups[-1][0]) is not None:
                joined = shared | strings
                if len(joined) <= _GROUP_STRINGS:
                    groups[-1] = (joined, [*groups[-1][1], item])
                    continue
            groups.append((strings, [item]))
        self.groups: tuple[tuple[re.Pattern[str] | None, tuple[T, ...]], ...] = tuple(
            (None if strings is None else literal_alternation(strings), tuple(items))
            for strings, items in groups
        )

    def candidates(self, text: str) -> Iterator[T]:
        """The entries, in order, whose patterns may match `text`."""
        for check, items in self.groups:
            if check is None or check.search(text) is not None:
                yield from items
