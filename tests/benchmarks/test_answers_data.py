"""The labelled answer sets are well formed, and the benchmark's metrics compute what they claim.

Nothing here depends on how good the understanding is: the metric tests use a fake `understand`.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bot.survey import SlotType, Survey, load_survey
from bot.understanding.types import Proposal, Understanding
from bot.validation import validate

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
FILES = {"dev": DATA / "answers_dev.jsonl", "heldout": DATA / "answers_heldout.jsonl"}
KEYS = {"id", "lang", "slot", "text", "expected", "refusal", "vague"}
OPTIONAL_KEYS = {"today"}
TODAY = "2026-11-23"
# Texts whose age or tenure depends on the date of the conversation must carry "today".
DATED = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|'\d\d\b|(?<!\d)\d\d年的|去年|last year")


def _load_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "benchmarks_understanding", ROOT / "benchmarks" / "understanding.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench = _load_benchmark()


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="module")
def survey() -> Survey:
    return load_survey("customer_profile")


@pytest.fixture(scope="module")
def splits() -> dict[str, list[dict[str, Any]]]:
    return {name: _read(path) for name, path in FILES.items()}


def _all(splits: dict[str, list[dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    return [(name, record) for name, records in splits.items() for record in records]


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


# --------------------------------------------------------------------------- data files


def test_schema(splits: dict[str, list[dict[str, Any]]], survey: Survey) -> None:
    for split, record in _all(splits):
        where = f"{split} {record.get('id')}"
        assert KEYS <= record.keys() <= KEYS | OPTIONAL_KEYS, where
        assert re.fullmatch(rf"{record['lang']}-{split}-\d{{3,}}", record["id"]), where
        assert record["lang"] in {"zh", "en"}, where
        assert record["slot"] in survey.slot_names, where
        assert isinstance(record["text"], str) and record["text"].strip(), where
        assert isinstance(record["expected"], dict), where
        assert set(record["expected"]) <= set(survey.slot_names), where
        assert isinstance(record["refusal"], bool) and isinstance(record["vague"], bool), where
        assert not (record["refusal"] and record["vague"]), where
        if record["refusal"] or record["vague"]:
            assert record["slot"] not in record["expected"], where
        if "today" in record:
            assert date.fromisoformat(record["today"]).isoformat() == record["today"], where


def test_counts(splits: dict[str, list[dict[str, Any]]]) -> None:
    assert len(splits["dev"]) >= 300
    assert len(splits["heldout"]) >= 100
    assert len(splits["dev"]) + len(splits["heldout"]) >= 400


@pytest.mark.parametrize("split", ["dev", "heldout", "both"])
def test_language_balance(splits: dict[str, list[dict[str, Any]]], split: str) -> None:
    records = splits["dev"] + splits["heldout"] if split == "both" else splits[split]
    share = sum(record["lang"] == "zh" for record in records) / len(records)
    assert 0.40 <= share <= 0.60, f"{split}: {share:.0%} Chinese"


def test_every_slot_is_asked(splits: dict[str, list[dict[str, Any]]], survey: Survey) -> None:
    asked = Counter(record["slot"] for _, record in _all(splits))
    for slot in survey.slot_names:
        assert asked[slot] >= 15, f"{slot} asked in {asked[slot]} records"
    for split, records in splits.items():
        missing = set(survey.slot_names) - {record["slot"] for record in records}
        assert not missing, f"{split} never asks {sorted(missing)}"


def test_ids_are_unique(splits: dict[str, list[dict[str, Any]]]) -> None:
    ids = Counter(record["id"] for _, record in _all(splits))
    assert not [i for i, n in ids.items() if n > 1]


def test_no_text_in_both_files(splits: dict[str, list[dict[str, Any]]]) -> None:
    heldout = {_norm(record["text"]) for record in splits["heldout"]}
    # Name only the dev records: printing held-out text would show it to whoever tunes on dev.
    clashes = [record["id"] for record in splits["dev"] if _norm(record["text"]) in heldout]
    assert not clashes, f"dev records whose text is also held out: {clashes}"


def test_no_duplicate_text_within_a_file(splits: dict[str, list[dict[str, Any]]]) -> None:
    for split, records in splits.items():
        texts = Counter(_norm(record["text"]) for record in records)
        assert not [t for t, n in texts.items() if n > 1], split


def test_expected_values_are_valid_and_canonical(
    splits: dict[str, list[dict[str, Any]]], survey: Survey
) -> None:
    for _, record in _all(splits):
        for slot, value in record["expected"].items():
            checked = validate(survey.slot(slot), value)
            where = f"{record['id']} {slot}={value!r}"
            assert checked.ok, f"{where}: {checked.reason}"
            assert checked.value == value and type(checked.value) is type(value), where


def test_open_answers_are_the_respondents_words(
    splits: dict[str, list[dict[str, Any]]], survey: Survey
) -> None:
    for _, record in _all(splits):
        for slot, value in record["expected"].items():
            if survey.slot(slot).type == SlotType.open:
                assert value == " ".join(record["text"].split()), record["id"]


def test_date_dependent_records_carry_today(splits: dict[str, list[dict[str, Any]]]) -> None:
    for _, record in _all(splits):
        depends = {"age", "tenure_months"} & record["expected"].keys()
        if depends and DATED.search(record["text"]):
            assert record.get("today") == TODAY, record["id"]


def test_records_load_through_the_benchmark() -> None:
    for path in FILES.values():
        records = bench.load_records(path)
        assert records and all(isinstance(r.expected, dict) for r in records)


# --------------------------------------------------------------------------- metrics


def _record(rid: str, slot: str, text: str, expected: dict[str, Any], **flags: bool) -> Any:
    return bench.Record(id=rid, lang="en", slot=slot, text=text, expected=expected, **flags)


def _fake(answers: dict[str, Understanding]) -> Any:
    def understand(
        text: str,
        survey: Survey,
        asked: str | None,
        *,
        lang_hint: str | None = None,
        today: date | None = None,
    ) -> Understanding:
        if text == "boom":
            raise RuntimeError("broken")
        return answers.get(text, Understanding(lang="en"))

    return understand


RECORDS = [
    _record("a", "age", "I'm 25", {"age": 25}),
    _record("b", "city", "Shanghai", {"city": "Shanghai"}),
    _record("c", "monthly_spend", "about 70", {"monthly_spend": 70.0}),
    _record("d", "interests", "music and films", {"interests": ["movies", "music"]}),
]


def test_accuracy_three_of_four(survey: Survey) -> None:
    fake = _fake(
        {
            "I'm 25": Understanding("en", [Proposal("age", 25)]),
            "Shanghai": Understanding("en", [Proposal("city", "Shanghai")]),
            "about 70": Understanding("en", [Proposal("monthly_spend", 70.004)]),
            "music and films": Understanding("en", [Proposal("interests", ["music"])]),
        }
    )
    report = bench.evaluate(RECORDS, survey, fake)
    assert report.pairs == 4 and report.correct == 3
    assert report.value_accuracy == pytest.approx(0.75)
    assert report.slots["interests"].accuracy == 0.0
    assert report.slots["age"].accuracy == 1.0
    assert report.slots["gender"].accuracy is None
    assert report.false_fill_rate == 0.0
    assert report.refusal_accuracy == 1.0 and report.vague_accuracy == 1.0
    assert [o.record.id for o in report.mismatches] == ["d"]
    missed = bench.check_targets(report)
    assert any("overall" in line for line in missed)
    assert any("interests" in line for line in missed)


def test_false_fills_and_invalid_proposals(survey: Survey) -> None:
    fake = _fake(
        {
            # right, plus a value for a slot the label does not mention
            "I'm 25": Understanding("en", [Proposal("age", 25), Proposal("gender", "male")]),
            # out of range and unknown option: rejected by validation, so neither hit nor fill
            "Shanghai": Understanding(
                "en", [Proposal("age", 200), Proposal("gender", "robot"), Proposal("x", 1)]
            ),
            # a second proposal for a slot already filled is ignored
            "about 70": Understanding(
                "en", [Proposal("monthly_spend", 70), Proposal("monthly_spend", 90)]
            ),
        }
    )
    report = bench.evaluate(RECORDS, survey, fake)
    assert report.correct == 2
    assert report.false_fills == 1
    assert report.slots["gender"].false_fills == 1
    assert report.false_fill_rate == pytest.approx(0.25)
    assert report.false_fills_asked == 0  # gender was not the asked slot


def test_false_fills_of_the_asked_slot_are_counted_apart(survey: Survey) -> None:
    records = [
        _record("a", "complaint", "no complaints, I'm 25", {"age": 25}),
        _record("b", "age", "my wife is 30", {}),
    ]
    fake = _fake(
        {
            "no complaints, I'm 25": Understanding(
                "en", [Proposal("age", 25), Proposal("complaint", "no complaints, I'm 25")]
            ),
            "my wife is 30": Understanding(
                "en", [Proposal("age", 30), Proposal("has_partner", True)]
            ),
        }
    )
    report = bench.evaluate(records, survey, fake)
    assert report.false_fills == 3
    assert report.false_fills_asked == 2


def test_file_option_scores_a_new_batch_and_lists_its_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "batch.jsonl"
    record = {
        "id": "en-new-001",
        "lang": "en",
        "slot": "age",
        "text": "my wife is 30",
        "expected": {},
        "refusal": False,
        "vague": False,
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert bench.main(["--file", str(path), "--errors", "--no-speed"]) == 0
    out = capsys.readouterr().out
    assert "batch: overall" in out and "en-new-001" in out
    assert bench.main(["--file", str(tmp_path / "missing.jsonl")]) == 2
    assert "no answer file at" in capsys.readouterr().err


def test_flag_accuracy_and_crashes(survey: Survey) -> None:
    records = [
        _record("r", "age", "prefer not to say", {}, refusal=True),
        _record("v", "age", "dunno", {}, vague=True),
        _record("n", "age", "hello?", {}),
        _record("x", "age", "boom", {}),
    ]
    fake = _fake(
        {
            "prefer not to say": Understanding("en", refused=True),
            "dunno": Understanding("en"),
            "hello?": Understanding("en", vague=True),
        }
    )
    report = bench.evaluate(records, survey, fake)
    assert report.refusal_accuracy == 1.0
    assert report.vague_accuracy == pytest.approx(0.5)
    assert report.crashes == 1
    assert report.value_accuracy == 0.0 and report.pairs == 0
    assert any("raised" in line for line in bench.check_targets(report))


def test_perfect_report_meets_targets(survey: Survey) -> None:
    fake = _fake(
        {
            "I'm 25": Understanding("en", [Proposal("age", 25)]),
            "Shanghai": Understanding("en", [Proposal("city", "Shanghai")]),
            "about 70": Understanding("en", [Proposal("monthly_spend", 70)]),
            "music and films": Understanding("en", [Proposal("interests", ["music", "movies"])]),
        }
    )
    report = bench.evaluate(RECORDS, survey, fake)
    assert report.value_accuracy == 1.0
    assert bench.measure_speed(RECORDS, survey, fake, passes=2) > 0
    report.answers_per_second = 5000.0
    assert bench.check_targets(report) == []
    report.answers_per_second = 10.0
    assert bench.check_targets(report) == ["10 answers/s < 2,000"]


def test_values_equal() -> None:
    assert bench.values_equal(70.005, 70.0)
    assert not bench.values_equal(70.02, 70.0)
    assert bench.values_equal(70, 70.0)
    assert not bench.values_equal(True, 1)
    assert not bench.values_equal(0, False)
    assert bench.values_equal(["music", "movies"], ["movies", "music"])
    assert not bench.values_equal(["music"], ["movies", "music"])
    assert bench.values_equal("Shanghai", "Shanghai")
    assert not bench.values_equal("shanghai", "Shanghai")


def test_today_is_passed(tmp_path: Path, survey: Survey) -> None:
    path = tmp_path / "tiny.jsonl"
    line = {
        "id": "en-dev-001",
        "lang": "en",
        "slot": "age",
        "text": "born 2000",
        "expected": {"age": 26},
        "refusal": False,
        "vague": False,
        "today": TODAY,
    }
    path.write_text(json.dumps(line) + "\n\n", encoding="utf-8")
    records = bench.load_records(path)
    assert len(records) == 1 and records[0].today == date(2026, 11, 23)
    seen: list[date | None] = []

    def understand(text: str, survey: Survey, asked: str | None, **kwargs: Any) -> Understanding:
        seen.append(kwargs.get("today"))
        return Understanding("en", [Proposal("age", kwargs["today"].year - 2000)])

    report = bench.evaluate(records, survey, understand)
    assert seen == [date(2026, 11, 23)] and report.value_accuracy == 1.0


def test_every_heldout_record_is_in_exactly_one_part() -> None:
    records = bench.load_records(FILES["heldout"])
    parts = Counter(bench.part_of(record) for record in records)
    assert set(parts) == set(bench.HELDOUT_PARTS) and all(n >= 100 for n in parts.values())


def test_parts_are_reported_one_line_each(
    survey: Survey, capsys: pytest.CaptureFixture[str]
) -> None:
    records = [
        _record("en-heldout-005", "age", "I'm 25", {"age": 25}),
        _record("en-heldout-400", "city", "Shanghai", {"city": "Shanghai"}),
    ]
    fake = _fake({"I'm 25": Understanding("en", [Proposal("age", 25)])})
    bench.print_parts(bench.evaluate(records, survey, fake), survey)
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("heldout part A (1 records): value accuracy 100.0% (1/1)")
    assert lines[1].startswith("heldout part B (1 records): value accuracy 0.0% (0/1)")
    assert "targets missed: value accuracy 0.0% < 95% overall" in lines[1]
