"""Shared gates over tables of patterns: never skip an entry whose pattern matches, keep order."""

from __future__ import annotations

import gc
import re

from bot.understanding import patterns
from bot.understanding.gate_groups import GateGroups
from bot.understanding.literal_gates import Gated, gated
from bot.understanding.normalize import Text

from .test_literal_gates import _labelled_texts


def test_neighbours_share_a_gate_and_weak_gates_stand_alone() -> None:
    entries = [
        ("renew", gated(r"续约|续费")),
        ("stay", gated(r"不换了")),
        ("age", gated(r"\d+ ?yo\b")),  # requires only "yo", in too many texts: never skipped
        ("my kid", gated(r"\bmy kids?\b")),
    ]
    table = GateGroups(entries)
    assert [items for _, items in table.groups] == [("renew", "stay"), ("age",), ("my kid",)]
    assert list(table.candidates("我不换了")) == ["renew", "stay", "age"]
    assert list(table.candidates("nothing here")) == ["age"]
    assert list(table.candidates("my kids")) == ["age", "my kid"]


def test_a_group_stops_growing_past_its_size() -> None:
    words = [f"word{n:02d}" for n in range(60)]
    table = GateGroups([(word, gated(word)) for word in words])
    assert len(table.groups) == 2
    assert [item for _, items in table.groups for item in items] == words
    assert list(table.candidates("word59")) == words[40:]


def _readers_tables() -> list[GateGroups[object]]:
    """Every table the pattern readers keep at module level, keyed by option or role."""
    return [
        table
        for value in vars(patterns).values()
        if isinstance(value, dict)
        for table in value.values()
        if isinstance(table, GateGroups)
    ]


def test_the_readers_tables_offer_every_pattern_that_matches_a_labelled_answer() -> None:
    tables = _readers_tables()
    assert len(tables) > 10
    lows = [Text.of(t).low for t in _labelled_texts()[:4000]]
    for table in tables:
        entries = [item for _, items in table.groups for item in items]
        for text in lows:
            offered = list(table.candidates(text))
            assert offered == [e for e in entries if e in offered]  # in the table's order
            for entry in entries:
                if entry not in offered:
                    pattern = entry[-1] if isinstance(entry, tuple) else entry
                    assert isinstance(pattern, Gated)
                    assert pattern.regex.search(text) is None, (pattern.pattern, text)


def test_every_gated_pattern_keeps_a_compiled_regex() -> None:
    assert all(isinstance(o.regex, re.Pattern) for o in gc.get_objects() if isinstance(o, Gated))
