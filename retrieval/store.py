"""The Chroma store: two collections, opened with the configured embedder and checked against it.

`answers` holds one vector per open answer (and follow-up answer), `profiles` one per respondent.
Vectors are computed here and handed to Chroma, so Chroma never embeds anything itself; the
embedder is still attached to each collection as its registered embedding function, which is how a
reopened collection knows what built it. Opening a collection built by another embedder (another
kind, dimension, model or feature version) raises `EmbedderMismatch` rather than silently mixing
incomparable vectors.

Embedded by default (`PersistentClient` in the data directory, one process); `INSIGHTBOT_CHROMA_URL`
points every worker at a Chroma server instead. Telemetry is always off: nothing leaves the machine.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.api.types import validate_where
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import InvalidArgumentError, NotFoundError

from bot.config import Settings
from retrieval import filters as post
from retrieval.catch_up import NO_SUCH_ID, FolderWatch
from retrieval.embedders import ChromaEmbedder, build_embedder
from retrieval.errors import EmbedderMismatch, RetrievalError

ANSWERS = "answers"
PROFILES = "profiles"
UPSERT_BATCH = 1000  # records per Chroma write (its own limit is 5,461 with the bundled SQLite)
# HNSW build settings: hashed text vectors are nearly orthogonal, which makes graph building the
# slowest part of indexing; a lighter graph than Chroma's default (16 neighbours, ef 100) indexes
# faster. Searching it wider makes up for that: at 100,000 answers ef_search 100 found 0.82 of
# the exact ten nearest, 400 found 0.98 in about the same 1.5-2 ms (the graph fits in memory).
EF_SEARCH = 400
HNSW = {"space": "cosine", "ef_construction": 64, "max_neighbors": 12, "ef_search": EF_SEARCH}
SIZE_TTL = 60.0  # seconds a collection's size is trusted when choosing how to filter

Scalar = str | int | float | bool
Metadata = dict[str, Scalar]
Where = dict[str, Any]


@dataclass(frozen=True)
class Record:
    """One document to index: its id, the original text and flat scalar metadata."""

    id: str
    text: str
    metadata: Metadata = field(default_factory=dict)


@dataclass(frozen=True)
class Hit:
    """A search result: who said it, how close it is (cosine similarity), and the original text."""

    id: str
    respondent_id: str
    score: float
    text: str
    metadata: dict[str, Any]

    @property
    def slot(self) -> str | None:
        value = self.metadata.get("slot")
        return None if value is None else str(value)


def make_client(settings: Settings) -> ClientAPI:
    """A Chroma server client when `chroma_url` is set, else a persistent folder in the home dir."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        if url.scheme not in {"http", "https"} or not url.hostname:
            raise RetrievalError(
                "INSIGHTBOT_CHROMA_URL must look like http://host:8000, "
                f"not {settings.chroma_url!r}"
            )
        ssl = url.scheme == "https"
        try:
            return chromadb.HttpClient(
                host=url.hostname,
                port=url.port or (443 if ssl else 8000),
                ssl=ssl,
                settings=chroma_settings,
            )
        except Exception as exc:  # connection refused, wrong server
            raise RetrievalError(f"cannot reach Chroma at {settings.chroma_url}: {exc}") from None
    settings.ensure_home()
    return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)


def combine_where(*clauses: Mapping[str, Any] | None) -> Where | None:
    """AND together Chroma `where` clauses, dropping empty ones."""
    parts: list[Where] = []
    for clause in clauses:
        if not clause:
            continue
        if "$and" in clause and len(clause) == 1:
            parts.extend(clause["$and"])
        elif len(clause) > 1:
            parts.extend({key: value} for key, value in clause.items())
        else:
            parts.append(dict(clause))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else {"$and": parts}


_CONDITION = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(>=|<=|!=|==|=|>|<)\s*(.*?)\s*$")
_OPERATORS = {"=": "$eq", "==": "$eq", "!=": "$ne", ">": "$gt", ">=": "$gte", "<": "$lt",
              "<=": "$lte"}  # fmt: skip


def _literal(raw: str) -> Scalar:
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        return raw[1:-1]  # quoted: always a string
    if raw.lower() in {"true", "false"}:
        return raw.lower() == "true"
    for cast in (int, float):
        try:
            return cast(raw)
        except ValueError:
            pass
    return raw


def parse_where(conditions: Sequence[str]) -> Where | None:
    """Turn `["city=Shanghai", "age>=30"]` into a Chroma `where`; quote a value to keep it text."""
    clauses: list[Where] = []
    for condition in conditions:
        match = _CONDITION.match(condition)
        if not match or not match.group(3):
            raise RetrievalError(
                f"cannot read filter {condition!r}; write it as field=value, e.g. city=Shanghai "
                "or age>=30"
            )
        key, op, raw = match.groups()
        value = _literal(raw)
        if op in {">", ">=", "<", "<="} and not isinstance(value, int | float):
            raise RetrievalError(f"filter {condition!r} compares with {op}, which needs a number")
        clauses.append({key: {_OPERATORS[op]: value}})
    return combine_where(*clauses)


class AnswerStore:
    """Indexes and searches answers and profiles in Chroma with one embedder."""

    def __init__(
        self,
        client: ClientAPI,
        embedder: ChromaEmbedder,
        *,
        prefix: str = "",
        surveys_dir: str | None = None,
        folder: Path | None = None,
    ) -> None:
        """`folder`: where an embedded client keeps its data (None for a Chroma server)."""
        self.client = client
        self.embedder = embedder
        self.prefix = prefix
        self.surveys_dir = surveys_dir
        self._collections: dict[str, Collection] = {}
        self._sizes: dict[str, tuple[float, int]] = {}  # name -> (when counted, documents)
        self._others = FolderWatch(folder)  # writes by other processes (see catch_up.py)

    @classmethod
    def from_settings(
        cls, settings: Settings, *, check: bool = True, prefix: str = ""
    ) -> AnswerStore:
        """The store the settings describe; `check=False` skips the embedder check (rebuilds)."""
        surveys_dir = str(settings.surveys_dir) if settings.surveys_dir else None
        store = cls(
            make_client(settings),
            build_embedder(settings),
            prefix=prefix,
            surveys_dir=surveys_dir,
            folder=None if settings.chroma_url else settings.chroma_path,
        )
        if check:
            store.open()
        return store

    # ------------------------------------------------------------------ collections

    def open(self) -> None:
        """Open (or create) both collections now, so a mismatch surfaces at startup."""
        self.collection(ANSWERS)
        self.collection(PROFILES)

    def collection(self, name: str) -> Collection:
        if name not in self._collections:
            full = f"{self.prefix}{name}"
            configuration: Any = {"hnsw": dict(HNSW), "embedding_function": self.embedder}
            try:
                collection = self.client.get_or_create_collection(
                    full,
                    configuration=configuration,
                    embedding_function=self.embedder,  # type: ignore[arg-type]
                )
            except ValueError as exc:  # Chroma's own "embedding function conflict"
                raise self._mismatch(full, str(exc)) from None
            self._check(collection)
            self._search_wide_enough(collection)
            self._collections[name] = collection
        return self._collections[name]

    def _check(self, collection: Collection) -> None:
        stored = collection.configuration_json.get("embedding_function") or {}
        name = stored.get("name")
        config = stored.get("config") or {}
        ours = self.embedder.identity()
        theirs = {key: config.get(key) for key in ours}
        if name != self.embedder.name() or theirs != ours:
            details = ", ".join(f"{k}={v}" for k, v in theirs.items() if v is not None)
            built = f"{name} ({details})" if name and details else (name or "an unknown embedder")
            raise self._mismatch(collection.name, f"it was built with {built}")

    def _search_wide_enough(self, collection: Collection) -> None:
        """Give a collection made with a narrower `ef_search` ours; a search setting, it needs no
        rebuild (a process that already has the index loaded keeps the old one until it restarts).
        """
        hnsw = collection.configuration_json.get("hnsw") or {}
        if (hnsw.get("ef_search") or 0) < EF_SEARCH:
            collection.modify(configuration={"hnsw": {"ef_search": EF_SEARCH}})

    def _mismatch(self, name: str, why: str) -> EmbedderMismatch:
        return EmbedderMismatch(
            f"collection {name!r} does not match the configured embedder "
            f"{self.embedder.describe()}: {why}. Run `insightbot index --rebuild` to re-embed "
            "every answer with the configured embedder."
        )

    def reset(self) -> None:
        """Drop both collections and create them empty with the configured embedder."""
        for name in (ANSWERS, PROFILES):
            try:
                self.client.delete_collection(f"{self.prefix}{name}")
            except (NotFoundError, ValueError):
                pass
            self._collections.pop(name, None)
        self.open()

    # ------------------------------------------------------------------ writing

    def upsert(self, name: str, records: Sequence[Record]) -> int:
        """Embed and write records (insert or replace by id); returns how many were written.

        A replaced document keeps exactly the new metadata (see `_exactly`).
        """
        collection = self.collection(name)
        for start in range(0, len(records), UPSERT_BATCH):
            batch = records[start : start + UPSERT_BATCH]
            ids = [r.id for r in batch]
            vectors = self.embedder.embed_array([r.text for r in batch])
            collection.upsert(
                ids=ids,
                embeddings=vectors,
                documents=[r.text for r in batch],
                metadatas=_exactly(
                    _stored_metadata(collection, ids), ids, [_clean(r.metadata) for r in batch]
                ),
            )
            self._others.seen(name)  # writing brought this process's copy up to date
        return len(records)

    def update_metadata(self, name: str, updates: Mapping[str, Metadata]) -> None:
        """Replace the metadata of existing documents without re-embedding them."""
        collection = self.collection(name)
        stored = _stored_metadata(collection, list(updates)) if updates else {}
        keep = [i for i in updates if i in stored]
        if keep:
            metadatas = _exactly(stored, keep, [_clean(updates[i]) for i in keep])
            collection.update(ids=keep, metadatas=metadatas)
            self._others.seen(name)

    def delete_respondent(self, respondent_id: str) -> None:
        """Remove every vector about a respondent (answers and profile)."""
        for name in (ANSWERS, PROFILES):
            self.collection(name).delete(where={"respondent_id": respondent_id})
            self._others.seen(name)

    def _catch_up(self, name: str, collection: Collection) -> None:
        """Apply what other processes wrote to a local folder since this one last looked."""
        if self._others.changed(name):
            collection.delete(ids=[NO_SUCH_ID])
            self._others.seen(name)

    def count(self, name: str = ANSWERS) -> int:
        return self.collection(name).count()

    def _size(self, name: str) -> int:
        """The document count, recounted at most once a minute (counting 100,000 takes ~8 ms);
        it only chooses how to filter, so a stale figure costs speed, never results."""
        counted, size = self._sizes.get(name, (-SIZE_TTL, 0))
        if time.monotonic() - counted >= SIZE_TTL:
            size = self.count(name)
            self._sizes[name] = (time.monotonic(), size)
        return size

    # ------------------------------------------------------------------ searching

    def search(
        self,
        query: str,
        *,
        k: int = 10,
        slot: str | None = None,
        where: Mapping[str, Any] | None = None,
        collection: str = ANSWERS,
    ) -> list[Hit]:
        """The `k` nearest documents to `query`, optionally within a slot and a metadata filter.

        On a large collection a filter Chroma would evaluate by scanning every document's metadata
        is applied to the nearest documents instead (`retrieval.filters`); rare filters, large `k`
        and operators that module does not evaluate go to Chroma's own `where`. Same results.
        """
        if not query.strip():
            raise RetrievalError("the search query is empty")
        if not 1 <= k <= 1000:
            raise RetrievalError("k must be between 1 and 1000")
        target = self.collection(collection)
        self._catch_up(collection, target)
        filters = combine_where({"slot": slot} if slot else None, where)
        vector = self.embedder.embed_array([query])
        try:
            if filters is not None:
                validate_where(filters)  # the same errors as before, whichever way it runs
            found: Any = None
            size = self._size(collection) if filters is not None else 0
            if (
                filters is not None
                and post.post_filterable(filters)
                and size >= post.POST_FILTER_FROM
            ):
                found = post.filtered_query(target, vector, k, filters, size)
            if found is None:
                result = target.query(
                    query_embeddings=vector,
                    n_results=k,
                    where=filters,
                    include=["documents", "metadatas", "distances"],
                )
                found = (
                    result["ids"][0],
                    (result.get("documents") or [[]])[0],
                    (result.get("metadatas") or [[]])[0],
                    (result.get("distances") or [[]])[0],
                )
        except ValueError as exc:  # a malformed where clause, found by the client
            raise RetrievalError(f"invalid filter: {exc}") from None
        except InvalidArgumentError as exc:  # one only Chroma's core refuses ($gt: true)
            if filters is None or "where" not in str(exc).lower():
                raise
            raise RetrievalError(f"invalid filter: {exc}") from None
        ids, documents, metadatas, distances = found
        hits = []
        for id_, text, meta, distance in zip(ids, documents, metadatas, distances, strict=True):
            if text is None:  # a vector another process deleted since this one caught up
                continue
            metadata = dict(meta or {})
            hits.append(
                Hit(
                    id=id_,
                    respondent_id=str(metadata.get("respondent_id", "")),
                    score=round(1.0 - float(distance), 4),
                    text=text,
                    metadata=metadata,
                )
            )
        return hits


def _stored_metadata(collection: Collection, ids: list[str]) -> dict[str, Mapping[str, Any]]:
    """The current metadata of those of `ids` the collection holds."""
    stored = collection.get(ids=ids, include=["metadatas"])
    return {
        id_: meta or {} for id_, meta in zip(stored["ids"], stored["metadatas"] or [], strict=True)
    }


def _exactly(
    stored: Mapping[str, Mapping[str, Any]], ids: list[str], metadatas: list[Metadata]
) -> Any:
    """What to send so each document ends up with exactly `metadatas`.

    Chroma merges new metadata into the old on update and upsert, and drops a key only when it is
    sent as None: an attribute a respondent took back, or a segment they left, would otherwise
    stay on their profile and answers and keep matching filters. So keys only the `stored` copy
    has are sent as None (new ids have nothing stored).
    """
    return [
        {**{key: None for key in stored.get(id_, {}) if key not in metadata}, **metadata}
        for id_, metadata in zip(ids, metadatas, strict=True)
    ]


def _clean(metadata: Mapping[str, Any]) -> Metadata:
    """Chroma metadata holds flat scalars only: drop None, lists and nested values."""
    return {
        key: value
        for key, value in metadata.items()
        if isinstance(value, str | int | float | bool) and value == value  # value==value: not NaN
    }
