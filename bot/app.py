"""FastAPI assembly only: settings, engine and routers. Behaviour lives in the modules it mounts."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.responses import Response

from bot.brains import build_brain
from bot.channels import api
from bot.config import Settings, get_settings
from bot.engine import Engine
from bot.storage.db import Database

MAX_BODY_BYTES = 64 * 1024


class BodyLimit(BaseHTTPMiddleware):
    """Reject oversized bodies before they are read into memory or parsed."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return JSONResponse({"detail": "request body too large"}, status_code=413)
        return await call_next(request)


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    settings = settings or get_settings()
    if engine is None:
        engine = Engine(Database.from_settings(settings), settings, build_brain(settings))
    app = FastAPI(
        title="insightbot",
        summary="Conversational surveys that turn free text into typed, consented customer data.",
        version="0.1.0",
    )
    app.state.settings = settings
    app.state.engine = engine
    app.add_middleware(BodyLimit)
    app.include_router(api.router)
    return app
