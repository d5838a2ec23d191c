"""How the running bot keeps Chroma in step with the database: indexing in the background,
erasing a deleted respondent's vectors. Turns never wait for embeddings."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import threading
import time
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
    """Opens the answer store on first need, so a bot that never indexes never touches Chroma.

    One per app, shared by the indexer, search and deletions (threads may race to open it).
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._store: AnswerStore | None = None
        self._opening = threading.Lock()

    def get(self) -> AnswerStore:
        if self._store is None:
            with self._opening:
                if self._store is None:
                    self._store = AnswerStore.from_settings(self.settings)
        return self._store

    def warm(self) -> None:
        """Open the store and embed once, before requests arrive.

        Opening imports Chroma and loads the embedder's dictionaries: seconds of CPU that hold
        the GIL, which done on first use would stall every turn the server is running.
        """
        try:
            self.get().embedder.embed_array(["预热 warm-up"])
        except RetrievalError as exc:  # say why now; indexing and search will report it again
            log.warning("answer store not available: %s", exc)

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


# Messages per background batch. Each batch ends in a Chroma write that holds the GIL while it
# runs (about 10 ms a call plus 1 ms a record), stalling every turn in the process: small batches
# keep each stall short. `insightbot index`, with nobody waiting, uses large ones.
BACKGROUND_BATCH = 32
# Share of the process's time background indexing may take while it catches up: after each
# batch it sleeps, GIL released, for three times as long as the batch took. A backlog (everyone
# finishing at once) then drains in the background instead of slowing every turn for seconds.
BACKGROUND_SHARE = 0.25


def drain(
    db: Database,
    store: LazyStore,
    *,
    quiet_seconds: float = 0.0,
    batch: int = BACKGROUND_BATCH,
    share: float = 1.0,
) -> int:
    """Index everything queued (see `index_pending` for `quiet_seconds`), spending at most
    `share` of the wall time on it; returns how many messages left the queue.

    With several server processes on one machine only one drains at a time (the others return 0
    at once): they would embed the same batch twice for nothing.
    """
    total = 0
    with held_elsewhere(store.settings.ensure_home() / "indexer.lock") as busy:
        if busy:
            return 0
        while True:
            started = time.monotonic()
            count = index_pending(db, store.get(), limit=batch, quiet_seconds=quiet_seconds)
            if not count:
                return total
            total += count
            if share < 1.0:
                time.sleep((time.monotonic() - started) * (1 / share - 1))


async def index_periodically(
    db: Database, store: LazyStore, interval: float, quiet_seconds: float
) -> None:
    """Drain the indexing queue every `interval` seconds in a worker thread, forever, leaving
    respondents who are still answering until they pause for `quiet_seconds`.

    The thread comes from a limiter of its own: from the default one it would hold one of the
    few threads that run respondent turns for the whole drain (seconds under load).
    """
    own_thread = anyio.CapacityLimiter(1)
    work = functools.partial(drain, db, store, quiet_seconds=quiet_seconds, share=BACKGROUND_SHARE)
    while True:
        await asyncio.sleep(interval)
        try:
            await anyio.to_thread.run_sync(work, limiter=own_thread)
        except RetrievalError as exc:  # e.g. an embedder mismatch: say so, keep serving
            log.warning("indexing paused: %s", exc)
        except Exception:  # the bot must keep answering even if Chroma is down
            log.exception("indexing failed; will retry")


@contextlib.asynccontextmanager
async def background_indexing(
    db: Database, store: LazyStore, interval: float, quiet_seconds: float = 0.0
) -> AsyncIterator[None]:
    """While the app runs, index new answers every `interval` seconds (0 turns it off)."""
    task = None
    if interval > 0:
        await anyio.to_thread.run_sync(store.warm)
        task = asyncio.create_task(index_periodically(db, store, interval, quiet_seconds))
    try:
        yield
    finally:
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
