"""Filtered search by post-filtering: the same documents as Chroma's own `where`, on both clients.

Every test that takes `store` runs twice: against an embedded folder and a `chroma run` server.
"""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pytest

from retrieval import filters
from retrieval.errors import RetrievalError
from retrieval.filters import MAX_READ, MIN_READ, matches, next_read, post_filterable, read_budget
from retrieval.store import ANSWERS, AnswerStore, Record, parse_where

CITIES = ["Shanghai", "Beijing", "Chengdu", "Wuhan", "Xi'an"]
WORDS = ["价格太贵", "网速很慢", "客服态度不好", "信号差", "too expensive", "slow internet",
         "support never answers", "no coverage", "账单看不懂", "合约到期"]  # fmt: skip

CLAUSES: list[dict[str, Any]] = [
    {"city": "Shanghai"},
    {"city": {"$ne": "Shanghai"}},  # also the documents without a city
    {"age": {"$gte": 40}},
    {"age": {"$lt": 30}},
    {"age": 35},  # also 35.0
    {"age": 35.0},  # also 35
    {"age": {"$gt": 40.5}},
    {"age": {"$ne": 35}},  # not 35.0 either; "35" (a string) is not 35
    {"age": "35"},
    {"score": {"$lte": 0.5}},
    {"vip": True},  # not 1
    {"vip": {"$ne": True}},  # also the documents without `vip`
    {"vip": 1},  # an int: never a bool
    {"city": {"$in": ["Wuhan", "Chengdu"]}},
    {"age": {"$in": [35, 60]}},
    {"city": {"$nin": ["Wuhan", "Chengdu"]}},  # also the documents without a city
    {"$and": [{"slot": "complaint"}, {"city": "Beijing"}]},
    {"$or": [{"city": "Wuhan"}, {"age": {"$lt": 25}}]},
    {"$and": [{"city": {"$ne": "Chengdu"}}, {"$or": [{"vip": False}, {"age": {"$gte": 60}}]}]},
    {"missing_key": "x"},
]


def _records(n: int, seed: int = 3) -> list[Record]:
    rng = random.Random(seed)
    records = []
    for i in range(n):
        meta: dict[str, Any] = {
            "respondent_id": f"r{i // 3}",
            "slot": rng.choice(["complaint", "complaint", "other"]),
            "score": round(rng.random(), 2),
        }
        if rng.random() < 0.9:
            meta["city"] = rng.choice(CITIES)
        roll = rng.random()  # ages: mostly ints, some whole and some fractional floats, a string
        if roll < 0.6:
            meta["age"] = rng.randint(18, 75)
        elif roll < 0.7:
            meta["age"] = float(rng.randint(18, 75))
        elif roll < 0.8:
            meta["age"] = rng.randint(18, 75) + 0.5
        elif roll < 0.85:
            meta["age"] = str(rng.randint(30, 40))
        roll = rng.random()
        if roll < 0.4:
            meta["vip"] = rng.random() < 0.3
        elif roll < 0.5:
            meta["vip"] = rng.randint(0, 1)
        text = f"{rng.choice(WORDS)}，{rng.choice(WORDS)} {i}"
        records.append(Record(f"m{i}", text, meta))
    return records


@pytest.mark.parametrize("where", CLAUSES, ids=[str(c) for c in CLAUSES])
def test_matches_agrees_with_chromas_where(store: AnswerStore, where: dict[str, Any]) -> None:
    store.upsert(ANSWERS, _records(200))
    collection = store.collection(ANSWERS)
    everything = collection.get(include=["metadatas"])
    ours = {
        id_
        for id_, meta in zip(everything["ids"], everything["metadatas"] or [], strict=True)
        if matches(where, meta or {})
    }
    assert post_filterable(where)
    assert ours == set(collection.get(where=where, include=[])["ids"])


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Post-filters at any size; records, per post-filtered search, whether it was handed back
    to Chroma's `where`."""
    monkeypatch.setattr(filters, "POST_FILTER_FROM", 0)
    fell_back: list[bool] = []
    real = filters.filtered_query

    def spy(*args: Any) -> Any:
        found = real(*args)
        fell_back.append(found is None)
        return found

    monkeypatch.setattr(filters, "filtered_query", spy)
    return fell_back


def test_filtered_search_returns_what_chroma_returns(
    store: AnswerStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    fell_back = _spy(monkeypatch)
    store.upsert(ANSWERS, _records(400))
    collection = store.collection(ANSWERS)
    wheres = [*CLAUSES, {"respondent_id": "r7"}, {"respondent_id": {"$in": ["r7", "r9"]}}]
    for query in ("价格太贵", "slow internet"):
        vector = store.embedder.embed_array([query])
        for where in wheres:
            expected = collection.query(
                query_embeddings=vector, n_results=10, where=where, include=["distances"]
            )
            hits = store.search(query, k=10, where=where)
            # the same documents, nearest first; among equally near ones the order may differ
            distances = (expected["distances"] or [[]])[0]
            assert [round(1 - d, 4) for d in distances] == [h.score for h in hits], where
            assert {h.id for h in hits} >= {
                id_
                for id_, d in zip(expected["ids"][0], distances, strict=True)
                if d < distances[-1] - 1e-6
            }, where
            assert all(h.text and "respondent_id" in h.metadata for h in hits)
    assert len(fell_back) == 2 * len(CLAUSES)  # not the respondent filters: Chroma's where
    assert fell_back.count(True) >= 2  # the key nobody has: nothing passes, Chroma's where
    assert fell_back.count(False) >= 2 * len(CLAUSES) - 12  # rare values may go either way


def test_deeper_pools_match_exact_filtered_neighbours(
    store: AnswerStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More documents than one pool holds: compare with exact (brute-force) filtered search."""
    fell_back = _spy(monkeypatch)
    records = _records(1500, seed=5)
    store.upsert(ANSWERS, records)
    vectors = store.embedder.embed_array([r.text for r in records])
    common: list[dict[str, Any]] = [
        {"slot": "complaint"},  # two thirds pass: one small read
        {"$and": [{"city": "Wuhan"}, {"age": {"$gte": 40}}]},  # about one in ten: a deeper pool
    ]
    rare = {"$and": [{"city": "Xi'an"}, {"slot": "other"}, {"vip": False}]}  # about one in 60
    collection = store.collection(ANSWERS)
    for query in ("价格太贵", "no coverage at all"):
        vector = store.embedder.embed_array([query])
        scores = vectors @ vector[0]
        for where in common:
            accepted = [i for i, r in enumerate(records) if matches(where, r.metadata)]
            best = sorted(accepted, key=lambda i: -scores[i])[:10]
            hits = store.search(query, k=10, where=where)
            assert [h.score for h in hits] == pytest.approx(
                [float(scores[i]) for i in best], abs=2e-4
            ), where
            assert {h.id for h in hits} <= {records[i].id for i in accepted}
        hits = store.search(query, k=10, where=rare)
        own = collection.query(query_embeddings=vector, n_results=10, where=rare)
        assert [h.id for h in hits] == own["ids"][0]
    assert fell_back[:2] == [False, False]  # the common filters were post-filtered
    assert len(fell_back) == 6


def test_bad_filters_still_fail_clearly(store: AnswerStore) -> None:
    store.upsert(ANSWERS, _records(20))
    for where in (
        {"age": {"$gt": "old"}},
        {"age": {"$between": 3}},
        {"age": {"$gt": True}},  # accepted by the client, refused by Chroma's core
        {"city": {"$eq": "Wuhan", "$ne": "Beijing"}},  # two operators in one clause
    ):
        with pytest.raises(RetrievalError, match="invalid filter"):
            store.search("价格", where=where)


def test_upsert_replaces_text_vector_and_metadata(store: AnswerStore) -> None:
    store.upsert(ANSWERS, [Record("m1", "价格太贵", {"respondent_id": "r1", "city": "Wuhan"})])
    store.upsert(ANSWERS, [Record("m1", "网速很慢", {"respondent_id": "r1", "age": 30})])
    got = store.collection(ANSWERS).get(ids=["m1"], include=["documents", "metadatas"])
    assert got["documents"] == ["网速很慢"]
    # Chroma would merge the metadata; the store sends the dropped key as None
    assert got["metadatas"] == [{"respondent_id": "r1", "age": 30}]
    assert store.search("网速慢", k=1)[0].id == "m1"


def test_what_goes_to_chroma_directly() -> None:
    assert post_filterable(parse_where(["city=Shanghai", "age>=30"]) or {})
    assert post_filterable({"respondent_id": {"$ne": "r1"}})  # keeps nearly everyone
    assert not post_filterable({"respondent_id": "r1"})  # a handful of documents
    assert not post_filterable({"session_id": {"$eq": "s1"}})
    assert not post_filterable({"message_id": {"$in": [1, 2]}})
    assert not post_filterable({"tags": {"$contains": "x"}})
    assert not post_filterable({"$and": [{"city": "Shanghai"}, {"tags": {"$contains": "x"}}]})
    assert not post_filterable({"age": {"$gt": True}})
    assert not post_filterable({"age": {"$in": [1, "1"]}})  # mixed types: Chroma says no
    assert not post_filterable({"#document": {"$contains": "x"}})
    assert not post_filterable({"city": "Wuhan", "age": 3})


def test_reads_grow_with_the_observed_pass_rate() -> None:
    assert next_read(0, 0, 10, 512) == 40  # first read: four times k
    assert next_read(40, 4, 6, 512) == 72  # 4 of 40 passed, 6 more needed: 60, with headroom
    assert next_read(40, 39, 1, 512) == 16  # at least a small chunk
    assert next_read(40, 0, 10, 512) == 40  # nothing passed yet: read as many again
    assert next_read(80, 0, 10, 512) == 0  # still nothing: Chroma's scan is cheaper
    assert next_read(500, 250, 5, 512) == 12  # never more than the budget in all
    assert next_read(512, 500, 1, 512) == 0
    assert next_read(100, 1, 9, 512) == 0  # at 1 in 100, 512 candidates would not hold 10


def test_the_read_budget_grows_with_the_collection() -> None:
    # Chroma's scan costs grow with the collection, so reading more candidates pays off there
    assert read_budget(100_000) == 4000
    assert read_budget(5_000) == MIN_READ and read_budget(10_000_000) == MAX_READ
    # a 1-in-100 filter (a city and an age over 70) at 100,000 answers: read on, don't scan
    assert next_read(100, 1, 9, read_budget(100_000)) > 0
    assert next_read(100, 1, 9, read_budget(10_000)) == 0
    # nothing accepted in an eighth of the budget: rare enough to leave to Chroma
    assert next_read(400, 0, 10, read_budget(100_000)) > 0
    assert next_read(500, 0, 10, read_budget(100_000)) == 0


def test_matches_on_plain_values() -> None:
    meta = {"city": "Wuhan", "age": 35, "vip": False, "score": 0.25}
    assert matches({"age": 35.0}, meta) and matches({"age": {"$lte": 35}}, meta)
    assert not matches({"vip": 0}, meta) and matches({"vip": {"$ne": 0}}, meta)
    assert matches({"$or": [{"city": "Beijing"}, {"score": {"$lt": 0.3}}]}, meta)
    assert not matches({"$and": [{"city": "Wuhan"}, {"age": {"$gt": 35}}]}, meta)
    assert np.isclose(meta["score"], 0.25)


def test_small_collections_use_chromas_where(
    store: AnswerStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    fell_back: list[bool] = []
    real = filters.filtered_query
    monkeypatch.setattr(filters, "filtered_query", lambda *a: fell_back.append(True) or real(*a))
    store.upsert(ANSWERS, _records(50))
    hits = store.search("价格太贵", k=5, where={"city": "Wuhan"})
    assert hits and all(h.metadata["city"] == "Wuhan" for h in hits)
    assert fell_back == []  # under POST_FILTER_FROM documents: Chroma's scan is quick
