"""Filtered search without Chroma's `where` scan: nearest neighbours first, then the filter.

Why: Chroma (embedded and server alike, both run its Rust/SQLite core) evaluates a `where` clause
against the metadata of every document in the collection before it searches the vector index, so
any filter costs a scan of all metadata, about 250 ms at 100,000 answers with ten keys each,
whether it keeps half the answers or two. The nearest-neighbour search without a filter and
reads by id take a few ms. Typical filters (a slot, a city, an age range) keep a large share of
the answers, so the `k` nearest accepted answers are almost always among the few hundred nearest
answers overall.

So a filtered search asks the vector index for the nearest `POOLS[0]` ids (ids and distances
only), reads their metadata by id in chunks, nearest first, and keeps what the filter accepts
until it has `k`, whose documents it then reads (a document costs as much to read as all of a
document's metadata). Each chunk is sized from the pass rate seen so far; if the pool runs out, a
deeper pool is asked for (metadata already read is kept). How many candidates are worth reading
grows with the collection, because Chroma's scan does: up to `size / SCAN_PER_READ` candidates
are read (`read_budget`), about what Chroma's cheapest `where` costs. A filter that keeps too
little to find `k` within that budget (a respondent's own answers, a very rare value) is handed
back to the caller, which runs Chroma's own `where` after all, as are large `k`, operators
`matches` does not evaluate, and collections under `POST_FILTER_FROM` documents, which Chroma
scans quickly. Either way the result is the `k` nearest documents among those the filter accepts,
up to the vector index's approximation (the tests compare both ways on real collections; the
benchmark prints how many results they share at 100,000 answers).

`matches` evaluates $eq, $ne, $gt, $gte, $lt, $lte, $in, $nin, $and and $or as Chroma does (checked
against Chroma 1.5 in tests/retrieval/test_filters.py): numbers compare as numbers whether stored
as int or float (35 == 35.0), never with bools or strings; `$ne` and `$nin` also accept documents
without the key or with a value of another type.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

# Below this many documents Chroma's scan is the faster way (it costs ~2.5 µs a document).
POST_FILTER_FROM = 10_000
# Reading one candidate's metadata by id costs ~0.06 ms (ten keys); Chroma's `where` costs 60 to
# 400 ms at 100,000 answers (least for a rare value, which its metadata indexes find), growing with
# the collection. A budget of size / SCAN_PER_READ candidates (4,000 at 100,000) keeps reading on
# for filters that keep 1% or more (~700 reads for k=10: ~45 ms), while a rarer one shows itself
# early (nothing accepted in the first eighth of the budget) and goes to Chroma.
SCAN_PER_READ = 25
# Bounds of that budget: 4,096 reads take ~0.25 s, a scan of 1,000,000 answers ~2.5 s.
MIN_READ = 256
MAX_READ = 4096
# Nearest ids asked of the vector index, each deeper pool only when the one before runs out (and
# never deeper than the read budget).
POOLS = (256, 1024, MAX_READ)
MAX_K = 64  # larger k: Chroma's where (reading 8 k candidates would cost more than its scan)
# None accepted among max(GIVE_UP_MIN, budget / GIVE_UP_SHARE) candidates: the filter is rare,
# leave it to Chroma.
GIVE_UP_MIN = 64
GIVE_UP_SHARE = 8
HEADROOM = 1.2  # a chunk is this much larger than the pass rate seen so far implies
MIN_CHUNK = 16
# Keys that name a person, a session or a message keep a handful of documents: straight to
# Chroma, reading candidates would only find none.
SELECTIVE_KEYS = frozenset({"respondent_id", "session_id", "message_id"})

# ids, documents, metadatas, distances: one search's results, nearest first
Found = tuple[list[str], list[str], list[dict[str, Any]], list[float]]
Scalar = str | int | float | bool

_COMPARE = frozenset({"$gt", "$gte", "$lt", "$lte"})
_OPERATORS = frozenset({"$eq", "$ne", "$in", "$nin", *_COMPARE})


def _kind(value: Any) -> type:
    """What Chroma compares with what: numbers with numbers (int or float), bools, strings."""
    if isinstance(value, bool):
        return bool
    return float if isinstance(value, int | float) else type(value)


def _operand_ok(op: str, operand: Any) -> bool:
    if op in {"$in", "$nin"}:
        return (
            isinstance(operand, list)
            and bool(operand)
            and all(isinstance(v, Scalar) for v in operand)
            and len({_kind(v) for v in operand}) == 1
        )
    if op in _COMPARE:  # Chroma refuses bools here; let it say so
        return isinstance(operand, int | float) and not isinstance(operand, bool)
    return isinstance(operand, Scalar)


def post_filterable(where: Mapping[str, Any]) -> bool:
    """Whether `matches` evaluates `where` exactly and it is not obviously very selective."""
    if len(where) != 1:
        return False
    for key, value in where.items():
        if key in {"$and", "$or"}:
            return (
                isinstance(value, list)
                and len(value) >= 2
                and all(isinstance(w, Mapping) and post_filterable(w) for w in value)
            )
        if key.startswith(("$", "#")):
            return False
        if isinstance(value, Mapping):
            if len(value) != 1:
                return False
            op, operand = next(iter(value.items()))
            if op not in _OPERATORS or not _operand_ok(op, operand):
                return False
            if key in SELECTIVE_KEYS and op in {"$eq", "$in"}:
                return False
        elif not isinstance(value, Scalar) or key in SELECTIVE_KEYS:
            return False
    return True


def _compare(op: str, stored: Any, operand: Any) -> bool:
    if op == "$ne":
        return stored is None or _kind(stored) is not _kind(operand) or stored != operand
    if op == "$in":
        return any(_compare("$eq", stored, v) for v in operand)
    if op == "$nin":
        return all(_compare("$ne", stored, v) for v in operand)
    if stored is None or _kind(stored) is not _kind(operand):
        return False
    if op == "$eq":
        return bool(stored == operand)
    if op == "$gt":
        return bool(stored > operand)
    if op == "$gte":
        return bool(stored >= operand)
    if op == "$lt":
        return bool(stored < operand)
    return bool(stored <= operand)  # $lte


def matches(where: Mapping[str, Any], metadata: Mapping[str, Any]) -> bool:
    """Whether a document's metadata satisfies a `where` that `post_filterable` accepted."""
    for key, value in where.items():
        if key == "$and":
            if not all(matches(clause, metadata) for clause in value):
                return False
        elif key == "$or":
            if not any(matches(clause, metadata) for clause in value):
                return False
        elif isinstance(value, Mapping):
            op, operand = next(iter(value.items()))
            if not _compare(op, metadata.get(key), operand):
                return False
        elif not _compare("$eq", metadata.get(key), value):
            return False
    return True


def read_budget(size: int) -> int:
    """Candidates worth reading in a collection of `size` documents before Chroma's scan of all
    of them is the cheaper way."""
    return max(MIN_READ, min(MAX_READ, size // SCAN_PER_READ))


def next_read(read: int, passed: int, needed: int, budget: int) -> int:
    """How many more candidates to read, from the pass rate seen so far (0: give up: at that
    rate `budget` candidates would not hold `needed` more)."""
    if read >= budget or (passed == 0 and read >= max(GIVE_UP_MIN, budget // GIVE_UP_SHARE)):
        return 0
    if passed and read + needed * read / passed > budget:
        return 0
    if read == 0:  # a read costs ~2 ms plus ~0.07 ms a candidate at 100,000: not too small
        wanted = 4 * needed
    elif passed == 0:
        wanted = read  # nothing accepted yet: read as many again
    else:
        wanted = math.ceil(needed * read / passed * HEADROOM)
    return min(max(MIN_CHUNK, wanted), budget - read)


def filtered_query(
    collection: Any, embedding: Any, k: int, where: Mapping[str, Any], size: int
) -> Found | None:
    """The `k` nearest documents that `where` accepts (ids, documents, metadatas, distances),
    in a collection of about `size` documents.

    None when that would read too many candidates; the caller then asks Chroma with the `where`.
    """
    if k > MAX_K:
        return None
    budget = read_budget(size)
    seen: dict[str, dict[str, Any] | None] = {}  # metadata if accepted, None if not (or deleted)
    read = passed = 0
    for pool in sorted({min(pool, budget) for pool in POOLS}):
        found = collection.query(query_embeddings=embedding, n_results=pool, include=["distances"])
        ids: list[str] = found["ids"][0]
        distances: list[float] = (found.get("distances") or [[]])[0]
        while True:  # once more only if an accepted document is deleted before it is read
            kept: list[int] = []
            for position, id_ in enumerate(ids):
                if id_ not in seen:
                    more = next_read(read, passed, k - len(kept), budget)
                    if more == 0:
                        return None
                    chunk = [i for i in ids[position:] if i not in seen][:more]
                    got = collection.get(ids=chunk, include=["metadatas"])
                    for got_id, metadata in zip(
                        got["ids"], got.get("metadatas") or [], strict=True
                    ):
                        meta = dict(metadata or {})
                        ok = matches(where, meta)
                        seen[got_id] = meta if ok else None
                        passed += ok
                    read += len(chunk)
                    seen.update((gone, None) for gone in set(chunk) - set(got["ids"]))
                if seen[id_] is not None:
                    kept.append(position)
                    if len(kept) == k:
                        break
            if len(kept) < k and (len(ids) == pool or len(ids) < collection.count()):
                break  # a deeper pool, or Chroma's where
            chosen = [ids[i] for i in kept]
            got = collection.get(ids=chosen, include=["documents"])
            documents = dict(zip(got["ids"], got.get("documents") or [], strict=True))
            if len(documents) < len(chosen):  # deleted meanwhile
                seen.update((id_, None) for id_ in chosen if id_ not in documents)
                continue
            return (
                chosen,
                [documents[id_] or "" for id_ in chosen],
                [seen[id_] or {} for id_ in chosen],
                [distances[i] for i in kept],
            )
    return None
