"""Hardening shared by every public endpoint: security headers, body limits and rate limits.

Why these live in middleware: the web page, the JSON API and the WeChat webhook all face the open
internet, and a limit that each route must remember to apply is a limit that one route forgets.

Rate limiting is a token bucket per key (an IP address, a session, a WeChat openid). The buckets are
in process memory, which is honest only for one worker: with N uvicorn workers each keeps its own
buckets and a client can get up to N times the configured rate. That is acceptable as an abuse brake
(it still caps a flood), and `RateLimiter` is a two-method interface so a shared store (Redis,
PostgreSQL) can replace it when exact limits across workers matter; docs/channels.md says so.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The page loads only its own script and stylesheet; nothing inline, nothing from elsewhere.
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
# FastAPI's /docs and /redoc pages load Swagger UI / ReDoc from a CDN with an inline bootstrap
# script; they are developer pages without respondent data, so they get a looser policy.
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "img-src 'self' data: https://fastapi.tiangolo.com https://cdn.redoc.ly; "
    "worker-src 'self' blob:; frame-ancestors 'none'"
)
DOCS_PATHS = ("/docs", "/redoc")


def csp_with_style_hashes(html: str) -> str:
    """PAGE_CSP, plus the hashes of this document's own <style> blocks (never 'unsafe-inline').

    For generated documents (the privacy notice) that carry their stylesheet inline.
    """
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(block.encode()).digest()).decode() + "'"
        for block in _STYLE_BLOCK.findall(html)
    ]
    if not hashes:
        return PAGE_CSP
    return PAGE_CSP.replace("style-src 'self'", "style-src 'self' " + " ".join(hashes))


_STYLE_BLOCK = re.compile(r"<style[^>]*>(.*?)</style>", re.DOTALL | re.IGNORECASE)

_BASE_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    # Signed respondent links carry their signature in the query string: never leak it onward.
    (b"referrer-policy", b"no-referrer"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeaders:
    """Adds CSP, nosniff, frame and referrer headers to every response (plain ASGI)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        csp = DOCS_CSP if path.startswith(DOCS_PATHS) else PAGE_CSP

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                if b"content-security-policy" not in present:  # a route may set a stricter one
                    headers.append((b"content-security-policy", csp.encode()))
                headers.extend((k, v) for k, v in _BASE_HEADERS if k not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _send_json(send: Send, status: int, body: dict[str, Any], headers: Any = ()) -> None:
    payload = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


class RateLimiter:
    """Token buckets: `per_minute` requests a minute per key, bursts up to `burst` at once.

    `per_minute <= 0` switches the limiter off. Keys are evicted least-recently-used beyond
    `max_keys` so a flood of distinct keys cannot grow memory without bound (an evicted key simply
    starts again with a full bucket, the same as a new client).
    """

    def __init__(self, per_minute: int, burst: int | None = None, max_keys: int = 100_000) -> None:
        self.rate = per_minute / 60.0
        self.capacity = float(burst if burst is not None else max(per_minute, 1))
        self.enabled = per_minute > 0
        self.max_keys = max_keys
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def hit(self, key: str, now: float | None = None) -> float:
        """Take one token for `key`: 0.0 if allowed, else the seconds until one is available."""
        if not self.enabled:
            return 0.0
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.pop(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                wait = 0.0
            else:
                self._buckets[key] = (tokens, now)
                wait = (1.0 - tokens) / self.rate
            while len(self._buckets) > self.max_keys:
                self._buckets.popitem(last=False)
            return wait

    def reset(self) -> None:
        with self._lock:
            self._buckets.clear()


# Paths whose requests count against the per-IP budget: everything that writes, and the dashboard's
# login form (so the admin token cannot be guessed at speed). The WeChat webhook is left out on
# purpose: every WeChat user arrives from the same few Tencent addresses, so it is limited per
# openid after the signature check instead (see bot/channels/wechat.py).
_LIMITED_PREFIXES = ("/api/sessions", "/s/", "/dashboard/login")
_SESSION_PATH = re.compile(r"^/api/sessions/([^/]+)/messages$")


class RateLimit:
    """Per-IP limits on writes to public endpoints, and per-session limits on API messages.

    Loopback and other `exempt` addresses skip the per-IP budget: behind a reverse proxy that
    does not forward client addresses every request would otherwise share one bucket and one busy
    minute would lock everybody out. Run uvicorn with `--proxy-headers` so real addresses arrive.
    """

    def __init__(
        self,
        app: ASGIApp,
        per_ip: RateLimiter,
        per_respondent: RateLimiter,
        exempt: Iterable[str] = (),
    ) -> None:
        self.app = app
        self.per_ip = per_ip
        self.per_respondent = per_respondent
        self.exempt = set(exempt)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") not in {"POST", "PUT", "PATCH", "DELETE"}:
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        if path.startswith(_LIMITED_PREFIXES):
            client = scope.get("client")
            ip = client[0] if client else "unknown"
            wait = 0.0 if ip in self.exempt else self.per_ip.hit(f"ip:{ip}")
            match = _SESSION_PATH.match(path)
            if not wait and match:
                wait = self.per_respondent.hit(f"session:{match.group(1)}")
            if wait:
                await too_many(send, wait)
                return
        await self.app(scope, receive, send)


async def too_many(send: Send, wait: float) -> None:
    retry = str(max(1, math.ceil(wait))).encode()
    await _send_json(
        send, 429, {"detail": "too many requests; please slow down"}, [(b"retry-after", retry)]
    )
