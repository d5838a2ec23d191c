"""Literal gates: derived from the pattern, and never shut on a text the pattern matches."""

from __future__ import annotations

import gc
import itertools
import json
import random
import re
from pathlib import Path

import pytest

import bot.understanding.offline  # noqa: F401  (loads every reading module and its patterns)
from bot.understanding.literal_gates import Gated, SplitGated, gate, gated, split_gated
from bot.understanding.normalize import Text

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"


def _strings(pattern: str, flags: int = 0) -> set[str] | None:
    check = gate(re.compile(pattern, flags))
    return None if check is None else set(check.pattern.replace("\\", "").split("|"))


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?<![男女])朋友|同事", {"朋友", "同事"}),  # a lookbehind is no text of the match
        (r"\b(?:my|our)\s+kids?\b", {"kid"}),  # the longer requirement wins
        (r"[他她]们", {"他们", "她们"}),  # a small class is spelled out
        (r"(?:我|俺)?(?:就|还是)?继续用", {"继续用"}),
        (r"a?bc", {"bc"}),  # an optional part may be missing
        (r"[^a]bc", {"bc"}),  # a negated class requires nothing
        (r"(?:nah|nope)\s*(?=$)", {"nah", "nope"}),
        (r"x{2,5}yz", {"yz"}),  # a repeat keeps the requirement of its item
        (r"(?:ab)+c", {"ab"}),
    ],
)
def test_the_gate_is_the_text_every_match_contains(pattern: str, expected: set[str]) -> None:
    assert _strings(pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"fibre", re.IGNORECASE),  # case-blind: the lower-cased literal proves nothing
        (r"(?i:fibre)", 0),
        (r".*", 0),
        (r"\d+", 0),
        (r"x?", 0),
        (r"a|\w", 0),  # one alternative requires nothing, so the branch requires nothing
    ],
)
def test_no_gate_when_nothing_is_required(pattern: str, flags: int) -> None:
    assert gate(re.compile(pattern, flags)) is None


_TRICKY = [
    r"(?<![男女])朋友|同事|[老小][张王]",
    r"a?b?c",
    r"(?:ab|a)(?:c|)d",
    r"(?:a|b)+c?a",
    r"a(?=b)|ba",
    r"\ba\b|(?:b|a{2})",
    r"[ab]{2}c|c(?!a)",
    r"(?:(?:a|ab)c)?b",
    r"们?(?:他|她)[们的]?",
]


@pytest.mark.parametrize("pattern", _TRICKY)
def test_never_shut_on_a_match_among_all_short_texts(pattern: str) -> None:
    """Every text of up to five characters over the pattern's own alphabet."""
    compiled = gated(pattern)
    alphabet = sorted({c for c in pattern if c.isalpha()} | {" "})
    for size in range(6):
        for chars in itertools.product(alphabet, repeat=size):
            text = "".join(chars)
            if compiled.regex.search(text):
                assert compiled.search(text), (pattern, text)


def _labelled_texts() -> list[str]:
    texts = []
    for name in ("answers_dev.jsonl", "answers_heldout.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    random.Random(7).shuffle(texts)
    return texts


def test_gated_reading_patterns_never_shut_on_a_labelled_answer_they_match() -> None:
    texts = _labelled_texts()[:5000]
    lows = [Text.of(t).low for t in texts] + texts
    patterns = [o for o in gc.get_objects() if isinstance(o, Gated)]
    assert len(patterns) > 100
    for pattern in patterns:
        assert pattern.check is not None, pattern.pattern  # (a gate that is never shut is waste)
        for text in lows:
            if pattern.regex.search(text) is not None:
                assert pattern.check.search(text) is not None, (pattern.pattern, text)


def test_every_reading_pattern_with_a_gate_is_sound_on_labelled_answers() -> None:
    """Beyond the gated ones: the derivation holds for all the patterns the readers use."""
    lows = [Text.of(t).low for t in _labelled_texts()[:600]]
    patterns = {id(o): o for o in gc.get_objects() if isinstance(o, re.Pattern)}
    checked = 0
    for pattern in patterns.values():
        check = gate(pattern)
        if check is None or not isinstance(pattern.pattern, str):
            continue
        checked += 1
        for text in lows:
            if pattern.search(text) is not None:
                assert check.search(text) is not None, (pattern.pattern, text)
    assert checked > 500


def test_gated_calls_give_the_patterns_results() -> None:
    compiled = gated(r"(?<!不)续(?:约|费)")
    for text in ("我会续约", "不续约", "续费续约", "没有", ""):
        assert [m.span() for m in compiled.finditer(text)] == [
            m.span() for m in compiled.regex.finditer(text)
        ]
        assert compiled.sub("X", text) == compiled.regex.sub("X", text)
        assert bool(compiled.search(text, 1)) == bool(compiled.regex.search(text, 1))
        assert bool(compiled.match(text)) == bool(compiled.regex.match(text))
        assert bool(compiled.fullmatch(text)) == bool(compiled.regex.fullmatch(text))


def _same(split: SplitGated, text: str) -> None:
    whole = split.regex
    assert [m.span() for m in split.finditer(text)] == [m.span() for m in whole.finditer(text)]
    for pos in (0, 1):
        found, expected = split.search(text, pos), whole.search(text, pos)
        assert (found and found.span()) == (expected and expected.span()), (whole.pattern, text)
    assert split.sub("_", text) == whole.sub("_", text)
    assert split.sub("_", text, 1) == whole.sub("_", text, 1)
    assert bool(split.match(text)) == bool(whole.match(text))
    assert bool(split.fullmatch(text)) == bool(whole.fullmatch(text))


_TRICKY_ALTERNATIONS = [
    r"abc|ab|b|xbc",  # a tie goes to the earlier alternative
    r"(?<!x)ab|k|[]a]b|bca|kab",
    r"ab(?=c)|bca|(?:ab|b)c|\bk\b",
]


@pytest.mark.parametrize("pattern", _TRICKY_ALTERNATIONS)
def test_split_runs_give_the_whole_patterns_matches_on_all_short_texts(pattern: str) -> None:
    compiled = split_gated(pattern)
    alphabet = sorted({c for c in pattern if c.isalpha()} | {" "})
    for size in range(6):
        for chars in itertools.product(alphabet, repeat=size):
            _same(compiled, "".join(chars))


def test_split_reading_patterns_give_their_matches_on_labelled_answers() -> None:
    texts = _labelled_texts()[:3000]
    lows = [Text.of(t).low for t in texts]
    patterns = [o for o in gc.get_objects() if isinstance(o, SplitGated)]
    assert len(patterns) >= 5
    for pattern in patterns:
        assert len(pattern.parts) > 1, pattern.pattern
        for text in lows:
            _same(pattern, text)
