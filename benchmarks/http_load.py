"""HTTP load: concurrent simulated respondents complete the survey through the JSON API.

Starts `insightbot serve` (uvicorn, one process) on a free loopback port with an empty data
directory, runs N respondents at once (asyncio + httpx), then counts the stored messages: the
database must hold exactly every message sent and every reply (zero lost, zero duplicated).
Targets: p99 turn latency ≤ 150 ms with 200 concurrent respondents on 2 cores.

Respondents pause between messages as people do while reading and typing (`--think`, seconds,
uniform; default 1–3 s). `--think 0` measures raw capacity instead: every client fires its next
message the moment a reply arrives, so latency then is simply clients ÷ throughput.

    uv run --frozen python benchmarks/http_load.py [--respondents 200] [--check]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import create_engine, func, select

from bot.loopback import free_port, wait_until_up
from bot.reply import Reply
from bot.simulate import SimulatedRespondent, random_persona
from bot.storage.models import Message

TARGET_P99_MS = 150.0


async def respondent_run(
    client: httpx.AsyncClient, seed: int, timings: list[float], think: tuple[float, float]
) -> int:
    rng = random.Random(seed)
    await asyncio.sleep(rng.uniform(0, think[1]))  # respondents arrive spread out
    person = SimulatedRespondent(random_persona(rng), rng)
    response = await client.post("/api/sessions", json={"lang": person.persona.lang})
    response.raise_for_status()
    body = response.json()
    headers = {"Authorization": f"Bearer {body['token']}"}
    reply = Reply(**body["reply"])
    sent = 0
    for _ in range(60):
        text = person.answer(reply)
        if text is None:
            break
        if think[1] > 0:
            await asyncio.sleep(rng.uniform(*think))
        t0 = time.perf_counter()
        response = await client.post(
            f"/api/sessions/{body['session_id']}/messages", json={"text": text}, headers=headers
        )
        timings.append((time.perf_counter() - t0) * 1000)
        response.raise_for_status()
        sent += 1
        reply = Reply(**response.json()["reply"])
    return sent


async def run(base: str, n: int, think: tuple[float, float]) -> tuple[list[float], int, float]:
    timings: list[float] = []
    # Idle connections are dropped well before uvicorn's 5 s keep-alive timeout closes them from
    # its side, so a request never races a closing connection (which would be a client error).
    limits = httpx.Limits(max_connections=n, max_keepalive_connections=n, keepalive_expiry=1.0)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        t0 = time.perf_counter()
        sent = await asyncio.gather(
            *(respondent_run(client, seed, timings, think) for seed in range(n))
        )
        return timings, sum(sent), time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--respondents", type=int, default=200)
    parser.add_argument("--think", type=float, nargs=2, default=(1.0, 3.0), metavar=("MIN", "MAX"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        port = free_port()
        env = dict(os.environ, INSIGHTBOT_HOME=home)
        env.pop("INSIGHTBOT_DATABASE_URL", None)
        server = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_up(base)
            timings, sent, wall = asyncio.run(run(base, args.respondents, tuple(args.think)))
        finally:
            server.terminate()
            server.wait(timeout=30)
        db = create_engine(f"sqlite:///{Path(home) / 'insightbot.db'}")
        with db.connect() as conn:
            incoming = conn.execute(select(func.count()).where(Message.direction == "in")).scalar()
            outgoing = conn.execute(select(func.count()).where(Message.direction == "out")).scalar()
        db.dispose()
    timings.sort()
    p = lambda q: timings[min(len(timings) - 1, int(q / 100 * (len(timings) - 1)))]  # noqa: E731
    print(
        f"respondents: {args.respondents} concurrent, turns: {len(timings)}, wall: {wall:.1f} s, "
        f"{len(timings) / wall:.0f} turns/s"
    )
    print(
        f"turn latency ms: p50 {p(50):.1f}  p95 {p(95):.1f}  p99 {p(99):.1f}  max {timings[-1]:.1f}"
    )
    expected_out = sent + args.respondents  # one greeting per session plus one reply per message
    print(
        f"messages sent: {sent}, stored incoming: {incoming}; replies expected {expected_out}, "
        f"stored outgoing: {outgoing}"
    )
    exact = incoming == sent and outgoing == expected_out
    ok = exact and p(99) <= TARGET_P99_MS
    print(
        f"count check: {'exact' if exact else 'MISMATCH'}; p99 target ≤ {TARGET_P99_MS} ms: "
        f"{'met' if p(99) <= TARGET_P99_MS else 'MISSED'}"
    )
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
