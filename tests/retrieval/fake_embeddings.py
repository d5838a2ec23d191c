"""A fake OpenAI-compatible embeddings server on loopback: the real `openai` client talks to it.

`POST /v1/embeddings` answers like the real API (`data[i].embedding`, `index`, `usage`) with a
deterministic vector per text. `fail(status, times)` makes the next requests fail, for retry tests;
`history` keeps every request body received.
"""

from __future__ import annotations

import hashlib
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

DIMENSION = 16


def fake_vector(text: str) -> list[float]:
    digest = hashlib.sha256(text.encode()).digest()
    return [(b - 127.5) / 127.5 for b in digest[:DIMENSION]]


class FakeEmbeddings:
    def __init__(self) -> None:
        self.history: list[dict[str, Any]] = []
        self.failures: list[int] = []
        self.app = FastAPI()
        self.app.post("/v1/embeddings")(self._embeddings)

    def fail(self, status: int, times: int = 1) -> None:
        self.failures.extend([status] * times)

    async def _embeddings(self, request: Request) -> JSONResponse:
        body = await request.json()
        self.history.append(body)
        if self.failures:
            status = self.failures.pop(0)
            return JSONResponse(
                {"error": {"message": f"fake failure {status}", "type": "server_error"}},
                status_code=status,
            )
        texts = body["input"] if isinstance(body["input"], list) else [body["input"]]
        data = [
            {"object": "embedding", "index": i, "embedding": fake_vector(t)}
            for i, t in enumerate(texts)
        ]
        data.reverse()  # the API does not promise order; clients must sort by index
        return JSONResponse(
            {
                "object": "list",
                "data": data,
                "model": body["model"],
                "usage": {"prompt_tokens": len(texts), "total_tokens": len(texts)},
            }
        )


@contextmanager
def running(fake: FakeEmbeddings) -> Iterator[str]:
    """Serve `fake` on a free loopback port; yields the base URL (ending in /v1)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(fake.app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("fake embeddings server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        server.should_exit = True
        thread.join(timeout=5)
