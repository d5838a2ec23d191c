"""The LLM brain's cost per turn over a simulation against the fake OpenAI-compatible server.

Simulated respondents (both languages, refusals, vague and multi-slot answers) take the bundled
survey through `Engine.handle` with the real `LlmBrain` and `ChatOpenAI` client talking HTTP to the
fake server on loopback, whose 'model' answers every turn correctly (tests/llm/oracle.py). Figures:

- LLM calls per turn (HTTP requests / respondent turns): target 1.00 on this happy path;
- prompt tokens per turn, mean and max (estimated by the fake: one per CJK character, one per four
  other characters, the JSON schema included): target mean < 1,500;
- engine overhead per turn excluding the model call (turn time minus the call's latency as the
  client measured it): target mean <= 10 ms;
- how often the model's own wording was used for the reply (the rest is phrased offline because
  the code decided something other than what the model expected).

    uv run --frozen python benchmarks/llm_turns.py [--respondents 50] [--check]
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
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.brains.call_log import CallRecord, DatabaseCallLog, llm_stats  # noqa: E402
from bot.brains.llm import LlmBrain  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.engine import Engine  # noqa: E402
from bot.simulate import SimulatedRespondent, random_persona, run_conversation  # noqa: E402
from bot.storage.db import Database  # noqa: E402
from bot.survey import load_survey  # noqa: E402
from tests.fakes.openai_server import FakeOpenAI, block_remote_model_requests  # noqa: E402
from tests.llm.oracle import SurveyOracle  # noqa: E402

TARGET_CALLS_PER_TURN, TARGET_MEAN_PROMPT_TOKENS, TARGET_OVERHEAD_MS = 1.0, 1500, 10.0


class _TimedLog(DatabaseCallLog):
    """Records calls as usual and remembers the latest call's latency for the turn timer."""

    last_latency_ms = 0.0

    def record(self, call: CallRecord) -> None:
        self.last_latency_ms = call.latency_ms
        super().record(call)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def run(respondents: int, seed: int) -> dict[str, Any]:
    survey = load_survey("customer_profile")
    with tempfile.TemporaryDirectory() as home, FakeOpenAI(SurveyOracle(survey)) as fake:
        settings = Settings(
            home=Path(home),
            llm_provider="openai",
            llm_model="fake-model",
            llm_base_url=fake.base_url,
        )
        db = Database.from_settings(settings)
        log = _TimedLog(db)
        engine = Engine(db, settings, LlmBrain(settings, call_log=log))
        rng = random.Random(seed)
        overhead: list[float] = []
        turn_ms: list[float] = []
        llm_worded = replies = 0
        for _ in range(respondents):
            respondent = SimulatedRespondent(random_persona(rng), rng)
            started = engine.start("customer_profile", lang=respondent.persona.lang)

            def send(text: str, s: Any = started) -> Any:
                log.last_latency_ms = 0.0
                t0 = time.perf_counter()
                reply = engine.handle(s.session_id, s.token, text)
                elapsed = (time.perf_counter() - t0) * 1000
                turn_ms.append(elapsed)
                overhead.append(elapsed - log.last_latency_ms)
                return reply

            for _text, reply in run_conversation(started.reply, send, respondent):
                replies += 1
                llm_worded += reply.text.startswith("(llm)")
        figures = llm_stats(db)
        from sqlalchemy import select

        from bot.storage.models import LlmCall

        with db.transaction() as session:
            prompt_tokens = [float(t) for t in session.scalars(select(LlmCall.prompt_tokens))]
        db.dispose()
    return {
        "figures": figures,
        "prompt_tokens": prompt_tokens,
        "overhead": overhead[1:],  # the first turn pays for imports and connection setup
        "turn_ms": turn_ms[1:],
        "llm_worded": llm_worded / max(replies, 1),
        "served_ms": fake.served_ms,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--respondents", type=int, default=50)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args()
    with block_remote_model_requests():
        result = run(args.respondents, args.seed)
    figures = result["figures"]
    tokens, overhead = result["prompt_tokens"], result["overhead"]
    calls_per_turn = figures.calls_per_turn or 0.0
    mean_tokens = statistics.fmean(tokens)
    mean_overhead = statistics.fmean(overhead)
    print(
        f"machine: {platform.processor() or platform.machine()}, python {platform.python_version()}"
    )
    print(
        f"respondents: {args.respondents}, turns: {figures.turns}, model calls: {figures.calls}, "
        f"requests: {figures.requests}, outcomes: {figures.outcomes}"
    )
    print(f"LLM calls per turn: {calls_per_turn:.2f} (target {TARGET_CALLS_PER_TURN:.2f})")
    print(
        f"prompt tokens per turn: mean {mean_tokens:.0f}, max {max(tokens):.0f} "
        f"(target mean < {TARGET_MEAN_PROMPT_TOKENS}); completion tokens per turn: mean "
        f"{figures.completion_tokens / max(figures.calls, 1):.0f}"
    )
    print(
        f"tokens per completed survey: {figures.tokens_per_completed_survey or 0:.0f} "
        f"over {figures.completed_surveys} completed surveys"
    )
    print(
        f"engine overhead per turn excluding the model call, ms: mean {mean_overhead:.2f}, "
        f"p50 {percentile(overhead, 50):.2f}, p95 {percentile(overhead, 95):.2f}, "
        f"max {max(overhead):.2f} (target mean <= {TARGET_OVERHEAD_MS:.0f})"
    )
    print(
        f"whole turn incl. the local fake model, ms: p50 {percentile(result['turn_ms'], 50):.2f}, "
        f"p95 {percentile(result['turn_ms'], 95):.2f}"
    )
    print(f"replies in the model's own wording: {result['llm_worded']:.0%}")
    ok = (
        abs(calls_per_turn - TARGET_CALLS_PER_TURN) < 1e-9
        and mean_tokens < TARGET_MEAN_PROMPT_TOKENS
        and mean_overhead <= TARGET_OVERHEAD_MS
    )
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
