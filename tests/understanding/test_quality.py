"""Accuracy on the labelled development set (when present) and throughput."""

from __future__ import annotations

import json
import time
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


def test_throughput(survey: Survey) -> None:
    messages = [
        ("age", "我25岁，在上海，用光纤"),
        ("monthly_spend", "大概一百五左右"),
        ("tenure_months", "签了两年的合约，用了三年了"),
        ("contract", "monthly, no wait, one year"),
        ("complaint", "晚上网速特别慢，视频老卡"),
        ("interests", "gym and video games"),
        ("satisfaction", "4 out of 5"),
        ("name", "hey! name's Mike, 34 y/o, living in Shenzhen"),
    ]
    read(survey, "age", "warm up")
    rounds = 100
    start = time.perf_counter()
    for _ in range(rounds):
        for asked, text in messages:
            read(survey, asked, text)
    rate = rounds * len(messages) / (time.perf_counter() - start)
    # the target is 2,000/s on one free core; leave room for a busy shared test machine
    assert rate > 1000
