"""SQLite writers queue on one lock per database file (threads and processes); readers never do."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import func, select, text

from bot.config import Settings
from bot.storage.db import Database
from bot.storage.locks import held_elsewhere
from bot.storage.models import AuditEvent


def _count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count(AuditEvent.id))) or 0)


def test_a_reader_neither_waits_for_the_writer_nor_sees_its_uncommitted_rows(
    settings: Settings,
) -> None:
    db = Database.from_settings(settings)
    holding, release = threading.Event(), threading.Event()

    def write() -> None:
        with db.transaction() as session:
            session.add(AuditEvent(event="x", subject="y", actor="test"))
            session.flush()
            holding.set()
            release.wait(10)

    writer = threading.Thread(target=write)
    writer.start()
    assert holding.wait(10)
    started = time.perf_counter()
    assert _count(db) == 0  # a snapshot from before the writer commits
    assert time.perf_counter() - started < 2
    release.set()
    writer.join()
    assert _count(db) == 1


def test_every_database_object_on_one_file_shares_the_writer_lock(settings: Settings) -> None:
    first = Database.from_settings(settings)
    second = Database(first.url)
    assert first._lock is second._lock


def test_another_process_holding_the_writer_lock_makes_writers_wait(settings: Settings) -> None:
    db = Database.from_settings(settings)
    database_file = Path(settings.resolved_database_url.removeprefix("sqlite:///"))
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from bot.storage.locks import writer_lock\n"
            "with writer_lock(Path(sys.argv[1])):\n"
            "    print('held', flush=True)\n"
            "    time.sleep(1.0)\n",
            str(database_file),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    started = time.perf_counter()
    with db.transaction() as session:
        session.execute(text("SELECT 1"))
    waited = time.perf_counter() - started
    assert holder.wait(30) == 0
    assert waited > 0.3  # it queued behind the other process instead of writing alongside


def test_held_elsewhere_lets_one_holder_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "job.lock"
    with held_elsewhere(path) as busy:
        assert not busy
        with held_elsewhere(path) as busy_inside:  # another descriptor: another holder
            assert busy_inside
    with held_elsewhere(path) as busy:
        assert not busy
