"""In-process turn latency of the offline engine, including the SQLite commit.

Simulated respondents (both languages, refusals, vague and multi-slot answers) take the bundled
survey through `Engine.handle`; every turn is timed. Targets: p50 ≤ 5 ms, p99 ≤ 25 ms.

    uv run --frozen python benchmarks/turns.py [--respondents 300] [--check]
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bot.brains.offline import OfflineBrain
from bot.config import Settings
from bot.engine import Engine
from bot.simulate import SimulatedRespondent, random_persona, run_conversation
from bot.storage.db import Database

TARGET_P50_MS, TARGET_P99_MS = 5.0, 25.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--respondents", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as home:
        settings = Settings(home=Path(home))
        engine = Engine(Database.from_settings(settings), settings, OfflineBrain())
        rng = random.Random(args.seed)
        timings: list[float] = []
        warm = SimulatedRespondent(random_persona(rng), rng)  # warm caches, not timed
        started = engine.start("customer_profile", lang=warm.persona.lang)
        for _ in run_conversation(
            started.reply, lambda t: engine.handle(started.session_id, started.token, t), warm
        ):
            pass
        wall = time.perf_counter()
        for _ in range(args.respondents):
            respondent = SimulatedRespondent(random_persona(rng), rng)
            started = engine.start("customer_profile", lang=respondent.persona.lang)

            def send(text: str, s=started):
                t0 = time.perf_counter()
                reply = engine.handle(s.session_id, s.token, text)
                timings.append((time.perf_counter() - t0) * 1000)
                return reply

            for _ in run_conversation(started.reply, send, respondent):
                pass
        wall = time.perf_counter() - wall

    p50, p95, p99 = (percentile(timings, q) for q in (50, 95, 99))
    print(
        f"machine: {platform.processor() or platform.machine()}, python {platform.python_version()}"
    )
    print(f"respondents: {args.respondents}, turns: {len(timings)}, wall: {wall:.1f} s")
    print(
        f"turn latency ms: p50 {p50:.2f}  p95 {p95:.2f}  p99 {p99:.2f}  "
        f"mean {statistics.fmean(timings):.2f}  max {max(timings):.2f}"
    )
    print(f"throughput: {len(timings) / wall:.0f} turns/s (one thread)")
    ok = p50 <= TARGET_P50_MS and p99 <= TARGET_P99_MS
    print(
        f"targets p50 ≤ {TARGET_P50_MS} ms, p99 ≤ {TARGET_P99_MS} ms: {'met' if ok else 'MISSED'}"
    )
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
