"""Benchmark of the offline answer understanding against the labelled answer sets.

    uv run --frozen python benchmarks/understanding.py [--split dev|heldout|both] [--check]
                                                        [--errors] [--passes N] [--no-speed]
    uv run --frozen python benchmarks/understanding.py --file new_answers.jsonl --errors

For every record the respondent's text is passed to `bot.understanding.understand` with the slot
that was asked; only proposals that pass `bot.validation.validate` count as stored, exactly as in
the engine. Reported per slot and overall, for each split:

- value accuracy: over the expected (record, slot) pairs, the share whose stored value equals the
  label (numbers compared within 0.01);
- false-fill rate: values stored for slots the label does not mention, divided by the number of
  records;
- refusal and vague detection: accuracy of the two flags over all records;
- answers per second: single-threaded, after a warm-up pass, over several timed passes.

Targets are judged on the held-out split (on the selected split when held-out is not run).
`--errors` lists the mismatches of the dev split only: rules are tuned on dev, never on held-out.
`--file` scores another answer file in the same format instead, such as a batch of new records
written before they are appended to dev, so that they can be scored unseen first.
The metric functions (`evaluate`, `measure_speed`, `check_targets`) are importable.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, cast

from bot.survey import Survey, load_survey
from bot.understanding.types import Understanding
from bot.validation import validate

DATA_DIR = Path(__file__).resolve().parent / "data"
SPLITS: dict[str, Path] = {
    "dev": DATA_DIR / "answers_dev.jsonl",
    "heldout": DATA_DIR / "answers_heldout.jsonl",
}
SURVEY_ID = "customer_profile"
# Held-out was written in two parts (see data/README.md); each is also reported on its own.
HELDOUT_PARTS: dict[str, range] = {"A": range(1, 331), "B": range(331, 10_000)}

TARGET_VALUE_ACCURACY = 0.95
TARGET_SLOT_ACCURACY = 0.90
TARGET_FALSE_FILL = 0.01
TARGET_ANSWERS_PER_SECOND = 2000.0
NUMBER_TOLERANCE = 0.01

UnderstandFn = Callable[..., Understanding]


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Record:
    """One labelled answer: what was asked, what the respondent typed and what it means."""

    id: str
    lang: str
    slot: str
    text: str
    expected: dict[str, Any]
    refusal: bool = False
    vague: bool = False
    today: date | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        today = data.get("today")
        return cls(
            id=str(data["id"]),
            lang=str(data["lang"]),
            slot=str(data["slot"]),
            text=str(data["text"]),
            expected=dict(data.get("expected") or {}),
            refusal=bool(data.get("refusal", False)),
            vague=bool(data.get("vague", False)),
            today=date.fromisoformat(today) if today else None,
        )


def load_records(path: Path) -> list[Record]:
    """Read a JSON-lines answer set; blank lines are skipped."""
    records: list[Record] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                records.append(Record.from_dict(json.loads(line)))
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: invalid record ({exc})") from None
    return records


# --------------------------------------------------------------------------- scoring


def values_equal(got: Any, expected: Any) -> bool:
    """Canonical values are equal; numbers within NUMBER_TOLERANCE, booleans never equal numbers."""
    if isinstance(got, bool) or isinstance(expected, bool):
        return isinstance(got, bool) and isinstance(expected, bool) and got is expected
    if isinstance(got, int | float) and isinstance(expected, int | float):
        return math.isfinite(got) and abs(float(got) - float(expected)) <= NUMBER_TOLERANCE + 1e-9
    if isinstance(got, list | tuple) and isinstance(expected, list | tuple):
        return sorted(got) == sorted(expected)
    return bool(got == expected)


def stored_values(understanding: Understanding, survey: Survey) -> dict[str, Any]:
    """The values the engine would store: the first valid proposal per known slot."""
    stored: dict[str, Any] = {}
    for proposal in understanding.proposals:
        if proposal.slot in stored:
            continue
        slot = survey.get_slot(proposal.slot)
        if slot is None:
            continue
        checked = validate(slot, proposal.value)
        if checked.ok:
            stored[proposal.slot] = checked.value
    return stored


@dataclass
class SlotStats:
    """Counts for one slot: records that asked it, expected values, hits and false fills."""

    asked: int = 0
    expected: int = 0
    correct: int = 0
    false_fills: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.expected if self.expected else None


@dataclass
class Outcome:
    """What the understanding made of one record."""

    record: Record
    stored: dict[str, Any]
    refused: bool
    vague: bool
    error: str = ""

    @property
    def wrong_values(self) -> dict[str, Any]:
        """Expected slots whose stored value is missing or different (value is what was stored)."""
        return {
            slot: self.stored.get(slot)
            for slot, value in self.record.expected.items()
            if slot not in self.stored or not values_equal(self.stored[slot], value)
        }

    @property
    def false_fills(self) -> dict[str, Any]:
        return {s: v for s, v in self.stored.items() if s not in self.record.expected}

    @property
    def is_correct(self) -> bool:
        return (
            not self.error
            and not self.wrong_values
            and not self.false_fills
            and self.refused == self.record.refusal
            and self.vague == self.record.vague
        )


@dataclass
class Report:
    """Metrics of one run over a list of records."""

    name: str = ""
    records: int = 0
    pairs: int = 0
    correct: int = 0
    false_fills: int = 0
    false_fills_asked: int = 0  # of those, values stored for the slot that was asked
    refusal_correct: int = 0
    vague_correct: int = 0
    crashes: int = 0
    slots: dict[str, SlotStats] = field(default_factory=dict)
    langs: dict[str, SlotStats] = field(default_factory=dict)
    outcomes: list[Outcome] = field(default_factory=list)
    answers_per_second: float | None = None

    @property
    def value_accuracy(self) -> float:
        return self.correct / self.pairs if self.pairs else 0.0

    @property
    def false_fill_rate(self) -> float:
        return self.false_fills / self.records if self.records else 0.0

    @property
    def refusal_accuracy(self) -> float:
        return self.refusal_correct / self.records if self.records else 0.0

    @property
    def vague_accuracy(self) -> float:
        return self.vague_correct / self.records if self.records else 0.0

    @property
    def mismatches(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if not outcome.is_correct]


def _default_understand() -> UnderstandFn:
    module = importlib.import_module("bot.understanding")
    understand = getattr(module, "understand", None)
    if understand is None:
        raise ImportError("bot.understanding does not export understand yet")
    return cast(UnderstandFn, understand)


def _run_one(record: Record, survey: Survey, understand: UnderstandFn) -> Outcome:
    try:
        result = understand(record.text, survey, asked=record.slot, today=record.today)
    except Exception as exc:  # a crash is scored as an empty answer and reported
        return Outcome(record, {}, False, False, error=f"{type(exc).__name__}: {exc}")
    return Outcome(record, stored_values(result, survey), bool(result.refused), bool(result.vague))


def evaluate(
    records: Sequence[Record],
    survey: Survey | None = None,
    understand: UnderstandFn | None = None,
    name: str = "",
) -> Report:
    """Score `understand` (default: `bot.understanding.understand`) on `records`."""
    survey = survey or load_survey(SURVEY_ID)
    understand = understand or _default_understand()
    return tally([_run_one(record, survey, understand) for record in records], survey, name)


def tally(outcomes: Sequence[Outcome], survey: Survey, name: str = "") -> Report:
    """The figures of a set of outcomes (a whole split, or a part of one already run)."""
    report = Report(name=name, slots={slot: SlotStats() for slot in survey.slot_names})
    for outcome in outcomes:
        record = outcome.record
        report.outcomes.append(outcome)
        report.records += 1
        report.crashes += bool(outcome.error)
        report.slots.setdefault(record.slot, SlotStats()).asked += 1
        lang = report.langs.setdefault(record.lang, SlotStats())
        lang.asked += 1
        for slot, value in record.expected.items():
            stats = report.slots.setdefault(slot, SlotStats())
            hit = slot in outcome.stored and values_equal(outcome.stored[slot], value)
            stats.expected += 1
            stats.correct += hit
            lang.expected += 1
            lang.correct += hit
            report.pairs += 1
            report.correct += hit
        for slot in outcome.false_fills:
            report.slots.setdefault(slot, SlotStats()).false_fills += 1
            lang.false_fills += 1
            report.false_fills += 1
            report.false_fills_asked += slot == record.slot
        report.refusal_correct += outcome.refused == record.refusal
        report.vague_correct += outcome.vague == record.vague
    return report


def measure_speed(
    records: Sequence[Record],
    survey: Survey | None = None,
    understand: UnderstandFn | None = None,
    passes: int = 5,
) -> float:
    """Answers per second, single-threaded: one warm-up pass, then `passes` timed passes."""
    if not records:
        return 0.0
    survey = survey or load_survey(SURVEY_ID)
    understand = understand or _default_understand()
    for record in records:
        understand(record.text, survey, asked=record.slot, today=record.today)
    elapsed = 0.0
    for _ in range(max(1, passes)):
        start = time.perf_counter()
        for record in records:
            understand(record.text, survey, asked=record.slot, today=record.today)
        elapsed += time.perf_counter() - start
    return len(records) * max(1, passes) / elapsed if elapsed > 0 else math.inf


def check_targets(report: Report) -> list[str]:
    """The targets `report` misses, as readable sentences; empty when all are met."""
    missed: list[str] = []
    if report.value_accuracy < TARGET_VALUE_ACCURACY:
        missed.append(
            f"value accuracy {report.value_accuracy:.1%} < {TARGET_VALUE_ACCURACY:.0%} overall"
        )
    for slot, stats in report.slots.items():
        accuracy = stats.accuracy
        if accuracy is not None and accuracy < TARGET_SLOT_ACCURACY:
            missed.append(f"value accuracy {accuracy:.1%} < {TARGET_SLOT_ACCURACY:.0%} for {slot}")
    if report.false_fill_rate > TARGET_FALSE_FILL:
        missed.append(f"false-fill rate {report.false_fill_rate:.2%} > {TARGET_FALSE_FILL:.0%}")
    speed = report.answers_per_second
    if speed is not None and speed < TARGET_ANSWERS_PER_SECOND:
        missed.append(f"{speed:,.0f} answers/s < {TARGET_ANSWERS_PER_SECOND:,.0f}")
    if report.crashes:
        missed.append(f"understand raised on {report.crashes} record(s)")
    return missed


# --------------------------------------------------------------------------- output


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def _mark(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def print_report(report: Report) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"{report.name or 'answers'}: per slot", title_justify="left")
    for column in ("slot", "asked", "expected", "correct", "accuracy", "false fills"):
        table.add_column(column, justify="left" if column == "slot" else "right")
    for slot, stats in report.slots.items():
        accuracy = stats.accuracy
        flag = "" if accuracy is None or accuracy >= TARGET_SLOT_ACCURACY else " <"
        table.add_row(
            slot,
            str(stats.asked),
            str(stats.expected),
            str(stats.correct),
            _pct(accuracy) + flag,
            str(stats.false_fills),
        )
    console.print(table)

    langs = ", ".join(
        f"{lang}: {_pct(stats.accuracy)} of {stats.expected}, {stats.false_fills} false fills"
        for lang, stats in sorted(report.langs.items())
    )
    summary = Table(title=f"{report.name or 'answers'}: overall", title_justify="left")
    for column in ("metric", "value", "target", ""):
        summary.add_column(column, justify="left" if column == "metric" else "right")
    summary.add_row(
        "value accuracy",
        f"{_pct(report.value_accuracy)} ({report.correct}/{report.pairs})",
        f">= {TARGET_VALUE_ACCURACY:.0%}",
        _mark(report.value_accuracy >= TARGET_VALUE_ACCURACY),
    )
    worst = min((s.accuracy for s in report.slots.values() if s.accuracy is not None), default=None)
    summary.add_row(
        "worst slot accuracy",
        _pct(worst),
        f">= {TARGET_SLOT_ACCURACY:.0%}",
        _mark(worst is None or worst >= TARGET_SLOT_ACCURACY),
    )
    others = report.false_fills - report.false_fills_asked
    summary.add_row(
        "false-fill rate",
        f"{report.false_fill_rate:.2%} ({report.false_fills}/{report.records}: "
        f"{report.false_fills_asked} asked slot, {others} other)",
        f"<= {TARGET_FALSE_FILL:.0%}",
        _mark(report.false_fill_rate <= TARGET_FALSE_FILL),
    )
    summary.add_row("refusal detection", _pct(report.refusal_accuracy), "", "")
    summary.add_row("vague detection", _pct(report.vague_accuracy), "", "")
    if report.answers_per_second is not None:
        summary.add_row(
            "answers per second",
            f"{report.answers_per_second:,.0f}",
            f">= {TARGET_ANSWERS_PER_SECOND:,.0f}",
            _mark(report.answers_per_second >= TARGET_ANSWERS_PER_SECOND),
        )
    if report.crashes:
        summary.add_row("crashed records", str(report.crashes), "0", "MISSED")
    console.print(summary)
    console.print(f"by language: {langs}\n")


def part_of(record: Record) -> str:
    """The held-out part a record belongs to, from the number in its id."""
    number = int(record.id.rsplit("-", 1)[1])
    return next(part for part, numbers in HELDOUT_PARTS.items() if number in numbers)


def print_parts(heldout: Report, survey: Survey) -> None:
    """One line per held-out part: the same figures as the overall table, without the speed."""
    for part in HELDOUT_PARTS:
        chosen = [outcome for outcome in heldout.outcomes if part_of(outcome.record) == part]
        report = tally(chosen, survey, name=f"heldout part {part}")
        name_stats = report.slots.get("name")
        name_figure = _pct(name_stats.accuracy if name_stats else None)
        missed = check_targets(report)
        print(
            f"heldout part {part} ({report.records} records): value accuracy "
            f"{_pct(report.value_accuracy)} ({report.correct}/{report.pairs}), name {name_figure}, "
            f"false-fill {report.false_fill_rate:.2%} ({report.false_fills}/{report.records}, "
            f"{report.false_fills_asked} on the asked slot); "
            + ("targets missed: " + "; ".join(missed) if missed else "all targets met")
        )
    print()


def print_errors(report: Report) -> None:
    for outcome in report.mismatches:
        record = outcome.record
        print(f"{record.id}  asked={record.slot}  text={record.text!r}")
        if outcome.error:
            print(f"    error:    {outcome.error}")
        for slot, got in outcome.wrong_values.items():
            print(f"    {slot}: expected {record.expected[slot]!r}, got {got!r}")
        for slot, got in outcome.false_fills.items():
            print(f"    {slot}: false fill {got!r}")
        if outcome.refused != record.refusal:
            print(f"    refused: expected {record.refusal}, got {outcome.refused}")
        if outcome.vague != record.vague:
            print(f"    vague: expected {record.vague}, got {outcome.vague}")
    print(f"{len(report.mismatches)} of {report.records} records not fully right\n")


# --------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--split", choices=["dev", "heldout", "both"], default="both")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--errors", action="store_true", help="list dev-split mismatches")
    parser.add_argument("--passes", type=int, default=5, help="timed passes for the speed figure")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    parser.add_argument("--file", type=Path, help="score this answer file instead of a split")
    args = parser.parse_args(argv)

    try:
        understand = _default_understand()
    except ImportError as exc:
        print(f"bot.understanding.understand is not available: {exc}", file=sys.stderr)
        return 2
    survey = load_survey(SURVEY_ID)
    names = ["dev", "heldout"] if args.split == "both" else [args.split]
    splits = dict(SPLITS)
    if args.file is not None:
        if not args.file.is_file():
            print(f"no answer file at {args.file}: give the path of a .jsonl file", file=sys.stderr)
            return 2
        names = [args.file.stem]
        splits[args.file.stem] = args.file

    reports: dict[str, Report] = {}
    for name in names:
        try:
            records = load_records(splits[name])
        except ValueError as exc:
            print(exc, file=sys.stderr)
            return 2
        report = evaluate(records, survey, understand, name=name)
        if not args.no_speed:
            report.answers_per_second = measure_speed(records, survey, understand, args.passes)
        reports[name] = report
        print_report(report)
        if name == "heldout":
            print_parts(report, survey)
        if args.errors and name != "heldout":
            print_errors(report)
    if args.errors and list(reports) == ["heldout"]:
        print("--errors lists dev mismatches only; held-out stays unseen.")

    judged = "heldout" if "heldout" in reports else names[0]
    missed = check_targets(reports[judged])
    if missed:
        print(f"targets missed on {judged}:")
        for line in missed:
            print(f"  - {line}")
    else:
        print(f"all targets met on {judged}")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
