"""Database connection: one SQLAlchemy engine per URL, tuned for short concurrent transactions.

SQLite runs in WAL mode and every transaction starts with BEGIN IMMEDIATE, so two turns never
interleave read-then-write on the same rows; PostgreSQL gets row locks (`SELECT ... FOR UPDATE`)
from the repository code instead. Both give each turn a consistent view of its session. Writers
queue on a lock shared by every thread and process that opens the file (bot/storage/locks.py);
`read()` is for work that only reads, and on SQLite it takes neither that lock nor SQLite's.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings
from bot.storage.locks import writer_lock
from bot.storage.models import Base

# Execution option marking a transaction that only reads: on SQLite it begins DEFERRED.
_READ_ONLY = "insightbot_read_only"


class StorageError(RuntimeError):
    """The database cannot be reached or opened; the message says which URL and why."""


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself instead of pysqlite's implicit one.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Straight to the driver: `exec_driver_sql` would build a whole execution context (cursor
        # wrapper, events, result) for a statement that returns nothing, twice per turn.
        read_only = connection.get_execution_options().get(_READ_ONLY, False)
        connection.connection.driver_connection.execute("BEGIN" if read_only else "BEGIN IMMEDIATE")


class Database:
    """Owns the engine and hands out short-lived ORM sessions."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        parsed = make_url(url)
        self.dialect = parsed.get_backend_name()
        kwargs: dict[str, Any] = {"echo": echo, "future": True}
        database_file: Path | None = None
        if self.dialect == "sqlite":
            database = parsed.database
            if database and database != ":memory:" and not database.startswith("file:"):
                database_file = Path(database).resolve()
                database_file.parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 10}
            kwargs["pool_size"] = 20
            kwargs["max_overflow"] = 40
        else:
            kwargs["pool_pre_ping"] = True
            kwargs["pool_size"] = 10
            kwargs["max_overflow"] = 30
        try:
            self.engine = create_engine(url, **kwargs)
        except Exception as exc:  # bad URL, missing driver
            raise StorageError(f"cannot use database {parsed!r}: {exc}") from None
        # SQLite has one writer at a time: writers queue on a lock first (see locks.py).
        self._lock: contextlib.AbstractContextManager[object] = (
            writer_lock(database_file) if self.dialect == "sqlite" else contextlib.nullcontext()
        )
        if self.dialect == "sqlite":
            _tune_sqlite(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> Database:
        if not settings.database_url:
            settings.ensure_home()
        db = cls(settings.resolved_database_url)
        db.create_all()
        return db

    def create_all(self) -> None:
        try:
            Base.metadata.create_all(self.engine)
        except Exception as exc:
            raise StorageError(
                f"cannot open database {make_url(self.url)!r}: {exc.__class__.__name__}: {exc}"
            ) from None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        with self._lock, self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A transaction for reading only: one consistent snapshot, no writer lock.

        On SQLite in WAL mode readers neither wait for the writer nor hold it up, so a long read
        (an export, the indexer's batch) does not stall turns. Do not write in it: on SQLite the
        write would bypass the writer queue and meet the busy handler instead.
        """
        with self._sessions() as session, session.begin():
            session.connection(execution_options={_READ_ONLY: True})
            yield session

    def session(self) -> Session:
        return self._sessions()

    def dispose(self) -> None:
        self.engine.dispose()
