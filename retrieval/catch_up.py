"""Searching a local Chroma folder that other processes also write to.

An embedded Chroma client keeps its vector index in memory and brings it up to date from the
folder's write log only when it writes itself. Searches in one process therefore miss answers that
another process indexed since (`insightbot index` next to a running server, a second server
worker), and still return the ids of vectors another process deleted, without their text.

So before a search the store asks `FolderWatch.changed()`: has the folder's database file changed
since this process last wrote or caught up? Only then does it make a write that changes nothing
(deleting an id no record can have), which applies the log: 10-25 ms, paid once after someone
else wrote, a stat call otherwise. A write that lands between one of our own writes and the stat
that follows it is picked up at the next change of the file. A Chroma server needs none of this.
"""

from __future__ import annotations

import os
from pathlib import Path

# Chroma keeps records and its write log in this SQLite file (rollback journal: every commit
# changes the file itself).
DATABASE_FILE = "chroma.sqlite3"
# Deleting this id writes to the log and changes nothing: record ids are message and respondent
# ids, which never contain a space.
NO_SUCH_ID = "catch up with other writers"


class FolderWatch:
    """Notices commits to a local Chroma folder, per collection this process searches; inert for
    a Chroma server (`folder` None)."""

    def __init__(self, folder: Path | None) -> None:
        self.file = folder / DATABASE_FILE if folder is not None else None
        self._seen: dict[str, tuple[int, int]] = {}  # collection -> file stamp when up to date

    def _stamp(self) -> tuple[int, int]:
        if self.file is None:
            return (0, 0)
        try:
            status = os.stat(self.file)
        except OSError:
            return (0, 0)
        return (status.st_mtime_ns, status.st_size)

    def changed(self, collection: str) -> bool:
        """Whether anything was committed since `seen(collection)` was last called (or ever)."""
        return self.file is not None and self._stamp() != self._seen.get(collection)

    def seen(self, collection: str) -> None:
        """This process's copy of `collection` is up to date: it just wrote to it, or caught up."""
        self._seen[collection] = self._stamp()
