"""The app under uvicorn with a breakdown of where each request's server time goes.

Run by `http_load.py --server-timing` in place of `insightbot serve` (one process, its own port,
settings from the environment), so the load generator's CPU is never counted as server time.
Per request to the message route it records, in milliseconds:

- total: from the app receiving the request to the end of the response;
- thread_wait: waiting for a worker thread of AnyIO's pool (every `to_thread.run_sync` hop);
- lock_wait / lock_held: waiting for, then holding, the writer lock (`Database.transaction`);
- turn / turn_cpu: `Engine.handle` wall time and the CPU time of its thread;
- loop_late: how late the event loop wakes a 10 ms sleep (sampled all along, not per request);
- gc0/gc1/gc2: the pauses of the garbage collector's collections, by generation.

`GET /__timing` answers the percentiles as JSON. This wraps the real objects in place; it is a
measuring tool, never used by the product.

    uv run --frozen python benchmarks/server_timing.py PORT     (or let http_load.py start it)
"""

from __future__ import annotations

import asyncio
import contextvars
import gc
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import anyio.to_thread
import uvicorn
from sqlalchemy.orm import Session

from bot.app import create_app
from bot.engine import Engine
from bot.storage.db import Database

_current: contextvars.ContextVar[dict[str, float] | None] = contextvars.ContextVar(
    "timing", default=None
)
_records: list[dict[str, float]] = []
_loop_late: list[float] = []
_gc_pauses: list[tuple[int, float]] = []  # (generation, ms) of every garbage collection
_gc_started = 0.0
_run_sync = anyio.to_thread.run_sync
_transaction = Database.transaction
_handle = Engine.handle


def _add(key: str, seconds: float) -> None:
    record = _current.get()
    if record is not None:
        record[key] = record.get(key, 0.0) + seconds * 1000


async def _timed_run_sync(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    submitted = time.perf_counter()

    def started(*inner: Any) -> Any:
        _add("thread_wait", time.perf_counter() - submitted)
        return func(*inner)

    return await _run_sync(started, *args, **kwargs)


@contextmanager
def _timed_transaction(self: Database) -> Iterator[Session]:
    asked = time.perf_counter()
    with self._lock:
        got = time.perf_counter()
        with self._sessions() as session, session.begin():
            yield session
        _add("lock_wait", got - asked)
        _add("lock_held", time.perf_counter() - got)


def _timed_handle(self: Engine, *args: Any, **kwargs: Any) -> Any:
    started, cpu = time.perf_counter(), time.thread_time()
    try:
        return _handle(self, *args, **kwargs)
    finally:
        _add("turn", time.perf_counter() - started)
        _add("turn_cpu", time.thread_time() - cpu)


def _time_gc(phase: str, info: dict[str, int]) -> None:
    """gc.callbacks hook: a collection stops every thread of the process while it runs."""
    global _gc_started
    if phase == "start":
        _gc_started = time.perf_counter()
    elif _records:  # serving: collections during imports and startup are not request time
        _gc_pauses.append((info["generation"], (time.perf_counter() - _gc_started) * 1000))


def _percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values) or [0.0]
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1)))]  # noqa: E731
    return {"p50": pick(0.5), "p95": pick(0.95), "p99": pick(0.99), "max": ordered[-1]}


def report() -> dict[str, Any]:
    keys = ("total", "thread_wait", "lock_wait", "lock_held", "turn", "turn_cpu")
    out: dict[str, Any] = {"requests": len(_records)}
    for key in keys:
        out[key] = _percentiles([r.get(key, 0.0) for r in _records])
    out["loop_late"] = _percentiles(_loop_late)
    for generation in (0, 1, 2):
        pauses = [ms for g, ms in _gc_pauses if g == generation]
        out[f"gc{generation} ({len(pauses)}x)"] = _percentiles(pauses)
    return out


class Timing:
    """Outermost ASGI wrapper: one record per message request, and the report endpoint."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] == "/__timing":
            body = json.dumps(report()).encode()
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": body})
            return
        record: dict[str, float] = {}
        _current.set(record)
        started = time.perf_counter()
        await self.app(scope, receive, send)
        record["total"] = (time.perf_counter() - started) * 1000
        if scope["path"].endswith("/messages"):
            _records.append(record)


async def _sample_loop() -> None:
    while True:
        started = time.perf_counter()
        await asyncio.sleep(0.01)
        if _records:  # serving: startup (imports, opening the store) is not request time
            _loop_late.append((time.perf_counter() - started - 0.01) * 1000)


def main() -> None:
    # Every hop to a worker thread: the routes' own and FastAPI's (plain-def routes, dependencies).
    anyio.to_thread.run_sync = _timed_run_sync  # type: ignore[assignment]
    Database.transaction = _timed_transaction  # type: ignore[method-assign]
    Engine.handle = _timed_handle  # type: ignore[method-assign]
    gc.callbacks.append(_time_gc)
    config = uvicorn.Config(
        Timing(create_app()), host="127.0.0.1", port=int(sys.argv[-1]), log_level="warning"
    )
    server = uvicorn.Server(config)

    async def serve() -> None:
        sampler = asyncio.create_task(_sample_loop())
        await server.serve()
        sampler.cancel()

    try:
        import uvloop  # what uvicorn itself picks when it is installed
    except ImportError:
        asyncio.run(serve())
    else:
        uvloop.run(serve())


if __name__ == "__main__":
    main()
