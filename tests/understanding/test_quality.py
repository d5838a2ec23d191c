"""Accuracy on the labelled development set (when present).

Speed is measured by `benchmarks/understanding.py`, never asserted here: wall-clock figures on a
shared test machine say more about the machine than about the code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.survey import Survey

from .conftest import read, values

DEV = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "answers_dev.jsonl"


def _records() -> list[dict[str, Any]]:
    with DEV.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.mark.skipif(not DEV.exists(), reason="development set not present")
def test_dev_set_accuracy(survey: Survey) -> None:
    right = total = false_fills = fills = flags = 0
    records = _records()
    for record in records:
        result = read(survey, record["slot"], record["text"], lang_hint=record["lang"])
        got = values(result)
        for slot, want in record["expected"].items():
            total += 1
            right += got.get(slot) == want
        fills += len(got)
        false_fills += sum(1 for slot in got if slot not in record["expected"])
        flags += (result.refused, result.vague) == (record["refusal"], record["vague"])
    assert right / total >= 0.95
    assert false_fills <= 0.01 * max(fills, 1)
    assert flags / len(records) >= 0.95
