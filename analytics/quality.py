"""Response-quality flags per respondent: speeding, straightlining and gibberish answers.

The flags describe how an answer was given, not what it says, so they are reported and kept as
columns (``quality__speeding`` ...) for the marketer to act on; they do not remove anyone from
the analysis on their own. Thresholds are relative where possible, because a chat turn on
WeChat and one in a web form differ in pace:

- **speeding**: a respondent's median reply time is under 30% of the population's median, or
  under 1.5 s absolute (too fast to read the question), over at least 3 timed turns;
- **straightlining**: the same value on every scale question, when the survey has at least 3;
- **gibberish**: any free-text answer that scores as keyboard mashing (see `gibberish_score`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import pandas as pd

from analytics.columns import TEXT, column_kinds

SPEED_RATIO = 0.3
SPEED_FLOOR_SECONDS = 1.5
MIN_TIMED_TURNS = 3
MIN_SCALE_ITEMS = 3
GIBBERISH_AT = 0.5
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890")
CJK = re.compile(r"[\u3400-\u9fff]")
VOWELS = set("aeiouy")


@dataclass
class QualityReport:
    """Flag counts, the thresholds used and why a check did not apply."""

    respondents: int
    speeding: int | None
    straightlining: int | None
    gibberish: int | None
    thresholds: dict[str, float]
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def speeding(
    turns: pd.DataFrame,
    *,
    ratio: float = SPEED_RATIO,
    floor_seconds: float = SPEED_FLOOR_SECONDS,
    min_turns: int = MIN_TIMED_TURNS,
) -> pd.DataFrame:
    """Per respondent: timed turns, median seconds per turn, and the speeding flag."""
    if turns.empty:
        return pd.DataFrame(columns=["turns", "median_seconds", "speeding"])
    grouped = turns.groupby("respondent_id")["seconds"]
    per = pd.DataFrame({"turns": grouped.size(), "median_seconds": grouped.median()})
    timed = per["turns"] >= min_turns
    population = per.loc[timed, "median_seconds"].median()
    limit = max(floor_seconds, ratio * population) if pd.notna(population) else floor_seconds
    per["speeding"] = timed & (per["median_seconds"] < limit)
    per.attrs["limit_seconds"] = float(limit)
    return per


def straightlining(frame: pd.DataFrame, scale_columns: Sequence[str]) -> pd.Series | None:
    """True where every answered scale item has the same value; None when there are too few."""
    if len(scale_columns) < MIN_SCALE_ITEMS:
        return None
    values = frame[list(scale_columns)]
    answered = values.notna().sum(axis=1)
    same = values.nunique(axis=1, dropna=True) == 1
    return (same & (answered >= MIN_SCALE_ITEMS)).astype(bool)


def _keyboard_run(word: str) -> bool:
    for row in KEYBOARD_ROWS:
        for start in range(len(row) - 3):
            piece = row[start : start + 4]
            if piece in word or piece[::-1] in word:
                return True
    return False


def _bad_word(word: str) -> bool:
    if len(word) < 4:
        return False
    if len(set(word)) <= 2 or _keyboard_run(word):
        return True
    if len(word) >= 5 and not VOWELS & set(word):
        return True
    consonant_run = max((len(run) for run in re.findall(r"[^aeiouy]+", word)), default=0)
    return consonant_run >= 6


def gibberish_score(text: str | None) -> float:
    """0 (reads like language) to 1 (keyboard mashing); empty text scores 0 (that is missing).

    Latin text: the share of letters in words that are keyboard runs ("asdf"), vowel-less or
    repeat one or two letters. Chinese text is only checked for one or two characters repeated
    ("啊啊啊啊啊啊"): random Hanzi cannot be told from rare words without a language model.
    """
    if text is None:
        return 0.0
    compact = re.sub(r"\s+", "", str(text))
    if not compact:
        return 0.0
    if len(compact) >= 4 and not any(ch.isalnum() for ch in compact):
        return 1.0  # only punctuation or symbols
    if CJK.search(compact):
        cjk = CJK.findall(compact)
        if len(cjk) >= 6 and len(set(cjk)) <= 2:
            return 0.9
        return 0.0
    words = re.findall(r"[a-z]+", str(text).lower())
    letters = sum(len(w) for w in words)
    if letters < 4:
        return 0.0
    bad = sum(len(w) for w in words if _bad_word(w))
    return bad / letters


def gibberish(frame: pd.DataFrame, text_columns: Sequence[str]) -> pd.Series:
    """True where any of the free-text answers scores as gibberish."""
    flagged = pd.Series(False, index=frame.index)
    for column in text_columns:
        scores = frame[column].map(lambda v: gibberish_score(None if pd.isna(v) else str(v)))
        flagged |= scores.astype("float64").fillna(0.0) >= GIBBERISH_AT
    return flagged


def quality_flags(
    frame: pd.DataFrame,
    turns: pd.DataFrame,
    *,
    scale_columns: Sequence[str] = (),
    text_columns: Sequence[str] | None = None,
) -> tuple[pd.DataFrame, QualityReport]:
    """All three flags as ``quality__*`` columns aligned with `frame`, and their report."""
    notes: list[str] = []
    flags = pd.DataFrame(index=frame.index)
    per = speeding(turns)
    limit = float(per.attrs.get("limit_seconds", SPEED_FLOOR_SECONDS))
    speeding_count: int | None = None
    if per.empty:
        notes.append("speeding: no timed conversation turns (imported rows have none)")
    else:
        flags["quality__speeding"] = (
            per["speeding"].reindex(frame.index).astype("boolean").fillna(False).astype(bool)
        )
        speeding_count = int(flags["quality__speeding"].sum())
    lines = straightlining(frame, scale_columns)
    straight_count: int | None = None
    if lines is None:
        notes.append(
            f"straightlining: needs {MIN_SCALE_ITEMS}+ scale questions, "
            f"the survey has {len(scale_columns)}"
        )
    else:
        flags["quality__straightlining"] = lines
        straight_count = int(lines.sum())
    if text_columns is None:
        # Survey text answers only (they have a status column): imported text is mostly ids.
        kinds = column_kinds(frame)
        text_columns = [
            c for c, kind in kinds.items() if kind == TEXT and f"{c}__status" in frame.columns
        ]
    gibberish_count: int | None = None
    if text_columns:
        flags["quality__gibberish"] = gibberish(frame, text_columns)
        gibberish_count = int(flags["quality__gibberish"].sum())
    else:
        notes.append("gibberish: no free-text answers")
    report = QualityReport(
        respondents=len(frame),
        speeding=speeding_count,
        straightlining=straight_count,
        gibberish=gibberish_count,
        thresholds={
            "speeding_limit_seconds": round(limit, 3),
            "speeding_ratio": SPEED_RATIO,
            "min_timed_turns": MIN_TIMED_TURNS,
            "gibberish_score": GIBBERISH_AT,
        },
        notes=notes,
    )
    return flags, report
