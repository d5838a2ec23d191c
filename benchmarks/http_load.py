"""HTTP load: concurrent simulated respondents complete the survey through the JSON API.

Starts `insightbot serve` (uvicorn, `--workers` processes) on a free loopback port with an empty
data directory, runs N respondents at once (asyncio + httpx) in this process, then counts the stored
messages: the database must hold exactly every message sent and every reply (zero lost, zero
duplicated). Targets: p99 turn latency ≤ 150 ms with 200 concurrent respondents on 2 cores.

The server runs in its own process(es), so the CPU this generator spends (printed at the end,
with the server's and the load average) is not counted as server time; on a machine shared with
other jobs the load average says how much of the two cores the server could actually get.

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

from load_clients import client_per_user

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


async def loop_lag(lags: list[float], period: float = 0.01) -> None:
    """How late this process's event loop wakes up: time its own work adds to every reading."""
    while True:
        started = time.perf_counter()
        await asyncio.sleep(period)
        lags.append((time.perf_counter() - started - period) * 1000)


async def run(
    base: str, n: int, think: tuple[float, float]
) -> tuple[list[float], int, float, list[float]]:
    timings: list[float] = []
    lags: list[float] = []
    async with client_per_user(base, n) as clients:
        lag_task = asyncio.create_task(loop_lag(lags))
        t0 = time.perf_counter()
        sent = await asyncio.gather(
            *(respondent_run(client, seed, timings, think) for seed, client in enumerate(clients))
        )
        wall = time.perf_counter() - t0
        lag_task.cancel()
        return timings, sum(sent), wall, lags


def tree_cpu(pid: int) -> float | None:
    """CPU seconds used so far by a process and its children (Linux /proc; None elsewhere)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    try:
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(entry.name) == pid or int(fields[1]) == pid:  # fields[1]: parent pid
                total += (int(fields[11]) + int(fields[12])) / tick  # utime + stime
    except OSError:
        return None
    return total


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--respondents", type=int, default=200)
    parser.add_argument("--think", type=float, nargs=2, default=(1.0, 3.0), metavar=("MIN", "MAX"))
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument(
        "--index-interval", type=float, default=None, help="server's background indexing (0 = off)"
    )
    parser.add_argument(
        "--server-timing",
        action="store_true",
        help="run benchmarks/server_timing.py (one process) and print where server time goes",
    )
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        port = free_port()
        env = dict(os.environ, INSIGHTBOT_HOME=home)
        env.pop("INSIGHTBOT_DATABASE_URL", None)
        if args.index_interval is not None:
            env["INSIGHTBOT_INDEX_INTERVAL"] = str(args.index_interval)
        command = [sys.executable, "-m", "bot.cli", "serve", "--port", str(port)]
        command += ["--workers", str(args.workers)]
        if args.server_timing:
            command = [sys.executable, str(Path(__file__).with_name("server_timing.py")), str(port)]
        server = subprocess.Popen(
            command,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_up(base, timeout=180)  # imports alone take 10-30 s on a busy machine
            load_before = os.getloadavg()[0]
            cpu_before = tree_cpu(server.pid)
            own_before = time.process_time()
            timings, sent, wall, lags = asyncio.run(run(base, args.respondents, tuple(args.think)))
            cpu_after = tree_cpu(server.pid)
            breakdown = httpx.get(f"{base}/__timing").json() if args.server_timing else None
            own_cpu = time.process_time() - own_before
            load_after = os.getloadavg()[0]
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
    requests = len(timings) + args.respondents
    server_ms = (
        f"{(cpu_after - cpu_before) / requests * 1000:.1f} ms"
        if cpu_before is not None and cpu_after is not None
        else "n/a"
    )
    lags.sort()
    print(
        f"server: {args.workers} worker(s), cpu per request {server_ms}; load generator: cpu "
        f"{own_cpu / requests * 1000:.1f} ms per request, its event loop late by "
        f"p50 {lags[len(lags) // 2]:.1f} / p99 {lags[int(len(lags) * 0.99)]:.1f} ms"
    )
    print(f"load average {load_before:.2f} before, {load_after:.2f} after")
    if breakdown is not None:
        print(f"server-side ms per message ({breakdown.pop('requests')} requests):")
        for key, values in breakdown.items():
            print(f"  {key:12s} " + "  ".join(f"{q} {v:.1f}" for q, v in values.items()))
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
