"""How the running bot keeps Chroma in step with the database: indexing in the background,
erasing a deleted respondent's vectors. Turns never wait for embeddings."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable

import anyio.to_thread

from bot.config import Settings
from bot.storage.db import Database
from bot.storage.locks import held_elsewhere
from retrieval.errors import RetrievalError
from retrieval.indexing import index_pending
from retrieval.store import AnswerStore

log = logging.getLogger(__name__)


class LazyStore:
    """Opens the answer store on first need, so a bot that never indexes never touches Chroma."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._store: AnswerStore | None = None

    def get(self) -> AnswerStore:
        if self._store is None:
            self._store = AnswerStore.from_settings(self.settings)
        return self._store

    def exists(self) -> bool:
        """Whether there can be vectors at all (a server, or a local folder already created)."""
        return (
            self._store is not None
            or bool(self.settings.chroma_url)
            or (self.settings.chroma_path.exists())
        )


def forget_hook(store: LazyStore) -> Callable[[str], None]:
    """A deletion hook for the engine: erase the respondent's vectors wherever they are."""

    def forget(respondent_id: str) -> None:
        if store.exists():
            store.get().delete_respondent(respondent_id)

    return forget


def drain(db: Database, store: LazyStore) -> int:
    """Index everything queued; returns how many messages left the queue.

    With several server processes on one machine only one drains at a time (the others return 0
    at once): they would embed the same batch twice for nothing.
    """
    total = 0
    with held_elsewhere(store.settings.ensure_home() / "indexer.lock") as busy:
        if busy:
            return 0
        while count := index_pending(db, store.get()):
            total += count
    return total


async def index_periodically(db: Database, store: LazyStore, interval: float) -> None:
    """Drain the indexing queue every `interval` seconds in a worker thread, forever.

    The thread comes from a limiter of its own: from the default one it would hold one of the
    few threads that run respondent turns for the whole drain (seconds under load).
    """
    own_thread = anyio.CapacityLimiter(1)
    while True:
        await asyncio.sleep(interval)
        try:
            await anyio.to_thread.run_sync(drain, db, store, limiter=own_thread)
        except RetrievalError as exc:  # e.g. an embedder mismatch: say so, keep serving
            log.warning("indexing paused: %s", exc)
        except Exception:  # the bot must keep answering even if Chroma is down
            log.exception("indexing failed; will retry")


@contextlib.asynccontextmanager
async def background_indexing(
    db: Database, store: LazyStore, interval: float
) -> AsyncIterator[None]:
    """While the app runs, index new answers every `interval` seconds (0 turns it off)."""
    task = asyncio.create_task(index_periodically(db, store, interval)) if interval > 0 else None
    try:
        yield
    finally:
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
