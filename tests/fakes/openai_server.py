"""A fake OpenAI-compatible server for tests: real clients talk to it over loopback HTTP.

`FakeOpenAI` runs a FastAPI app with uvicorn in a thread on 127.0.0.1 and answers
`POST /v1/chat/completions` the way the real API does for structured output, whichever way
LangChain asks for it: `response_format` of type `json_schema` or `json_object` (the answer is the
message content) or a forced tool call (`tools` + `tool_choice`; the answer is the tool call's
arguments). Like simonw/llm's MockModel it has `enqueue()` for scripted answers, taken in order,
and `history` with every request body received; when the queue is empty `responder(body)` answers.

Scripted answers: `Canned.json(obj)`, `Canned.text("not json")`, `Canned.error(429)`,
`Canned.json(obj, delay=5)`. Usage numbers are estimated from the request (one token per CJK
character, one per four other characters, the schema included), as no tokenizer is available
offline; they are close enough to keep prompt budgets honest.

`block_remote_model_requests()` is the switch the suite uses so that no test can reach a real
model: any httpx request to a host outside loopback fails unless
`INSIGHTBOT_ALLOW_MODEL_REQUESTS=1` is set.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse


@dataclass
class Canned:
    """One scripted answer: a body to send as the model's output, or an HTTP error."""

    content: str = ""
    status: int = 200
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, obj: Any, delay: float = 0.0) -> Canned:
        return cls(json.dumps(obj, ensure_ascii=False), delay=delay)

    @classmethod
    def text(cls, text: str, delay: float = 0.0) -> Canned:
        return cls(text, delay=delay)

    @classmethod
    def error(cls, status: int, message: str = "error", retry_after: float | None = None) -> Canned:
        headers = {"retry-after": f"{retry_after:g}"} if retry_after is not None else {}
        return cls(message, status=status, headers=headers)


Responder = Callable[[dict[str, Any]], Canned]


def estimate_tokens(text: str) -> int:
    cjk = sum(1 for ch in text if "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
    return cjk + (len(text) - cjk + 3) // 4


def prompt_tokens(body: dict[str, Any]) -> int:
    """Roughly what the provider would bill as prompt tokens for this request."""
    total = 0
    for message in body.get("messages", []):
        content = message.get("content") or ""
        total += 4 + estimate_tokens(content if isinstance(content, str) else json.dumps(content))
    extra = {k: body[k] for k in ("response_format", "tools") if k in body}
    if extra:
        total += estimate_tokens(json.dumps(extra, separators=(",", ":")))
    return total


def user_texts(body: dict[str, Any]) -> str:
    """All message text of a request, for assertions on what left the machine."""
    return "\n".join(str(m.get("content") or "") for m in body.get("messages", []))


class FakeOpenAI:
    """The server: `enqueue` answers, read `history`, point `base_url` at it."""

    def __init__(self, responder: Responder | None = None, model: str = "fake-model") -> None:
        self.responder = responder
        self.model = model
        self.queue: list[Canned] = []
        self.history: list[dict[str, Any]] = []
        self.served_ms: list[float] = []
        self._lock = threading.Lock()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0
        self.app = self._build_app()

    # ---------------------------------------------------------------- scripting

    def enqueue(self, *answers: Canned | dict[str, Any]) -> None:
        with self._lock:
            self.queue.extend(a if isinstance(a, Canned) else Canned.json(a) for a in answers)

    def _next(self, body: dict[str, Any]) -> Canned:
        with self._lock:
            if self.queue:
                return self.queue.pop(0)
        if self.responder is None:
            return Canned.error(500, "the fake has no answer queued and no responder")
        return self.responder(body)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # ---------------------------------------------------------------- the protocol

    def _build_app(self) -> FastAPI:
        app = FastAPI()

        @app.post("/v1/chat/completions")
        async def completions(request: Request) -> JSONResponse:
            t0 = time.perf_counter()
            body = await request.json()
            with self._lock:
                self.history.append(body)
            answer = self._next(body)
            if answer.delay:
                await asyncio.sleep(answer.delay)
            self.served_ms.append((time.perf_counter() - t0) * 1000)
            if answer.status != 200:
                error = {"error": {"message": answer.content, "type": "fake", "code": None}}
                return JSONResponse(error, status_code=answer.status, headers=answer.headers)
            return JSONResponse(self._completion(body, answer.content))

        return app

    def _completion(self, body: dict[str, Any], content: str) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": content}
        finish = "stop"
        choice = body.get("tool_choice")
        if body.get("tools"):
            name = (
                choice["function"]["name"]
                if isinstance(choice, dict)
                else body["tools"][0]["function"]["name"]
            )
            call = {"id": "call_fake", "type": "function", "function": {"name": name}}
            call["function"]["arguments"] = content
            message = {"role": "assistant", "content": None, "tool_calls": [call]}
            finish = "tool_calls"
        prompt = prompt_tokens(body)
        completion = estimate_tokens(content)
        return {
            "id": f"chatcmpl-fake-{len(self.history)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", self.model),
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
            },
        }

    # ---------------------------------------------------------------- lifecycle

    def start(self) -> FakeOpenAI:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        sock.close()
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            access_log=False,
            lifespan="off",
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the fake OpenAI server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._server.force_exit = True  # do not wait for deliberately slow answers
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


# -------------------------------------------------------------------- the network switch


def _loopback(host: str) -> bool:
    if host in {"localhost", "localhost."}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class RemoteModelRequestBlocked(RuntimeError):
    """A test tried to reach a host outside loopback."""


@contextmanager
def block_remote_model_requests() -> Iterator[None]:
    """Make httpx (which the OpenAI SDK uses) refuse every host but loopback while active."""
    if os.environ.get("INSIGHTBOT_ALLOW_MODEL_REQUESTS") == "1":
        yield
        return
    original = httpx.HTTPTransport.handle_request
    original_async = httpx.AsyncHTTPTransport.handle_async_request

    def check(request: httpx.Request) -> None:
        if not _loopback(request.url.host):
            raise RemoteModelRequestBlocked(
                f"tests may not reach {request.url.host}; set INSIGHTBOT_ALLOW_MODEL_REQUESTS=1"
            )

    def guarded(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        check(request)
        return original(self, request)

    async def guarded_async(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> Any:
        check(request)
        return await original_async(self, request)

    httpx.HTTPTransport.handle_request = guarded  # type: ignore[method-assign]
    httpx.AsyncHTTPTransport.handle_async_request = guarded_async  # type: ignore[method-assign]
    try:
        yield
    finally:
        httpx.HTTPTransport.handle_request = original  # type: ignore[method-assign]
        httpx.AsyncHTTPTransport.handle_async_request = original_async  # type: ignore[method-assign]
