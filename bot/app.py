"""FastAPI assembly only: settings, engine and routers. Behaviour lives in the modules it mounts."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.brains import build_brain
from bot.channels import api, ask_api, dashboard, search_api, web, wechat
from bot.channels.dashboard_data import OverviewCache
from bot.channels.security import RateLimit, RateLimiter, SecurityHeaders
from bot.config import Settings, get_settings
from bot.engine import Engine
from bot.storage.db import Database
from retrieval.lifecycle import LazyStore, background_indexing, forget_hook

MAX_BODY_BYTES = 64 * 1024


class BodyLimit:
    """Reject oversized request bodies before they are parsed (plain ASGI: no per-request task).

    A declared Content-Length over the limit is refused at once; a chunked body is read up to the
    limit and replayed to the app, or refused as soon as it goes past it.
    """

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        length = headers.get(b"content-length")
        if length is not None:
            if not length.isdigit() or int(length) > self.limit:
                await self._refuse(scope, receive, send)
                return
            await self.app(scope, receive, send)
            return
        if b"chunked" not in headers.get(b"transfer-encoding", b""):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        size, more = 0, True
        while more:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._refuse(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = JSONResponse({"detail": "request body too large"}, status_code=413)
        await response(scope, receive, send)


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    settings = settings or get_settings()
    if engine is None:
        db = Database.from_settings(settings)
        engine = Engine(db, settings, build_brain(settings, db))
    answers = LazyStore(settings)
    engine.deletion_hooks.append(forget_hook(answers))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Turns are short and SQLite-bound; a few threads beat forty fighting over the GIL.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
        async with background_indexing(
            engine.db, answers, settings.index_interval, settings.index_quiet_seconds
        ):
            # Everything loaded so far (lexicons, jieba's dictionary, Chroma, SQLAlchemy) lives
            # as long as the process; a full garbage collection walked all of it, stopping every
            # request for ~170 ms every few seconds under load. Frozen, collections skip it.
            gc.freeze()
            yield
        if _app.state.wechat is not None:
            _app.state.wechat.close()
        ask_api.close_asker(_app)

    app = FastAPI(
        lifespan=lifespan,
        title="insightbot",
        summary="Conversational surveys that turn free text into typed, consented customer data.",
        version="0.1.0",
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.answers = answers
    app.state.respondent_limiter = RateLimiter(settings.rate_limit_per_minute)
    app.state.wechat = wechat.channel_from_settings(engine, settings)
    app.state.dashboard_cache = OverviewCache()
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(
        RateLimit,
        per_ip=RateLimiter(settings.rate_limit_ip_per_minute),
        per_respondent=app.state.respondent_limiter,
        exempt=settings.rate_limit_exempt,
    )
    app.add_middleware(SecurityHeaders)  # outermost: 413 and 429 answers get the headers too
    app.include_router(api.router)
    app.include_router(web.router)
    app.include_router(wechat.router)
    app.include_router(search_api.router)
    app.include_router(ask_api.router)
    app.include_router(dashboard.router)
    app.mount("/static", StaticFiles(directory=web.STATIC_DIR), name="static")
    return app
