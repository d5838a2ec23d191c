"""One SQLite writer at a time, queued in the kernel instead of in SQLite's busy handler.

SQLite lets one connection write at a time. A second `BEGIN IMMEDIATE` waits in SQLite's busy
handler, which polls with sleeps of 1, 2, 5, 10 ... up to 100 ms: two colliding turns then wait for
the next poll rather than for the lock, and under load that becomes tail latency (or starvation of
an unlucky writer). So writers queue before they begin: threads of one process on a lock, processes
(several uvicorn workers, a CLI command next to the server) on an `flock` of a file beside the
database, which the kernel hands to the next waiter the moment it is released. SQLite's own lock and
busy timeout still guard against programs that do not take this one.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

try:
    import fcntl
except ImportError:  # Windows: threads of one process still queue; processes meet busy_timeout
    fcntl = None  # type: ignore[assignment]


class WriterLock:
    """Re-entrant within a thread; exclusive across the threads and processes that use the file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path if fcntl is not None else None
        self._threads = threading.RLock()
        self._depth = 0  # guarded by _threads: only the owning thread reads or changes it
        self._fd: int | None = None
        self._pid = 0

    def _file(self) -> int:
        # A forked child must not share the parent's open file description (and so its lock).
        if self._fd is None or self._pid != os.getpid():
            assert self.path is not None
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            self._pid = os.getpid()
        return self._fd

    def __enter__(self) -> WriterLock:
        self._threads.acquire()
        try:
            if self._depth == 0 and self.path is not None:
                fcntl.flock(self._file(), fcntl.LOCK_EX)  # blocks without holding the GIL
        except BaseException:
            self._threads.release()
            raise
        self._depth += 1
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self._depth -= 1
        try:
            if self._depth == 0 and self.path is not None and self._fd is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            self._threads.release()


_registry: dict[Path | None, WriterLock] = {}
_registry_lock = threading.Lock()


def writer_lock(database_file: Path | None) -> WriterLock:
    """The process's lock for one database file (shared by every Database object opened on it);
    None (an in-memory database) gets a lock of its own that only queues threads."""
    if database_file is None:
        return WriterLock(None)
    lock_file = database_file.with_name(database_file.name + "-writer.lock")
    with _registry_lock:
        if lock_file not in _registry:
            _registry[lock_file] = WriterLock(lock_file)
        return _registry[lock_file]


@contextmanager
def held_elsewhere(path: Path) -> Iterator[bool]:
    """Take `path`'s lock without waiting: yields False if this process holds it for the block,
    True if another process holds it (then do not do the work it guards)."""
    if fcntl is None:
        yield False
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield True
            return
        yield False
    finally:
        os.close(fd)  # closing the descriptor releases the lock
