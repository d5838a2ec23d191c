"""Shared fixtures: settings in a temp data dir, SQLite and PostgreSQL databases, engine.

PostgreSQL tests run against 127.0.0.1:5432 when it is reachable. Under CI
(`INSIGHTBOT_REQUIRE_POSTGRES=1`, set by `.ci/run`) an unreachable server fails the run instead of
skipping, so the production backend is never silently untested.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.brains.offline import OfflineBrain
from bot.config import Settings
from bot.engine import Engine
from bot.storage.db import Database
from bot.storage.models import Base
from tests.fakes.openai_server import block_remote_model_requests

PG_HOST, PG_PORT = "127.0.0.1", 5432
ADMIN_TOKEN = "admin-test-token"


@pytest.fixture(autouse=True)
def _no_remote_models(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test may reach a real model: only loopback hosts answer (INSIGHTBOT_ALLOW_MODEL_REQUESTS=1
    lifts it for a deliberate manual run)."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    with block_remote_model_requests():
        yield


def _postgres_up() -> bool:
    try:
        with socket.create_connection((PG_HOST, PG_PORT), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def postgres_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A database of its own for this test worker, created fresh and dropped at the end."""
    if not _postgres_up():
        if os.environ.get("INSIGHTBOT_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required here but {PG_HOST}:{PG_PORT} is unreachable")
        pytest.skip(f"PostgreSQL not reachable at {PG_HOST}:{PG_PORT}")
    # One database per test run and worker, so parallel runs on one server never collide.
    workerinput = getattr(request.config, "workerinput", None)  # set under pytest-xdist
    run = workerinput["testrunuid"][:8] if workerinput else uuid.uuid4().hex[:8]
    name = f"insightbot_test_{run}_{workerinput['workerid'] if workerinput else 'main'}"
    admin = create_engine(
        f"postgresql+psycopg://postgres@{PG_HOST}:{PG_PORT}/test", isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield f"postgresql+psycopg://postgres@{PG_HOST}:{PG_PORT}/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home", admin_token=ADMIN_TOKEN, secret_key="test-secret")


@pytest.fixture(params=["sqlite", "postgres"])
def database(request: pytest.FixtureRequest, settings: Settings) -> Iterator[Database]:
    """The same tests against the embedded default and the production backend."""
    if request.param == "sqlite":
        db = Database.from_settings(settings)
    else:
        url = request.getfixturevalue("postgres_url")
        db = Database(url)
        Base.metadata.drop_all(db.engine)
        db.create_all()
    yield db
    db.dispose()


@pytest.fixture
def sqlite_db(settings: Settings) -> Iterator[Database]:
    db = Database.from_settings(settings)
    yield db
    db.dispose()


@pytest.fixture
def engine(database: Database, settings: Settings) -> Engine:
    return Engine(database, settings, OfflineBrain())


@pytest.fixture
def sqlite_engine(sqlite_db: Database, settings: Settings) -> Engine:
    return Engine(sqlite_db, settings, OfflineBrain())
