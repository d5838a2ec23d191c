"""The store against real Chroma: an embedded folder and a `chroma run` server, same tests."""

from __future__ import annotations

from pathlib import Path

import chromadb
import pytest

from bot.config import Settings
from retrieval.embedders import HashingEmbedder
from retrieval.errors import EmbedderMismatch, RetrievalError
from retrieval.store import (
    ANSWERS,
    HNSW,
    PROFILES,
    AnswerStore,
    Record,
    make_client,
    parse_where,
)

ANSWERS_DATA = [
    ("m1", "r1", "价格太贵了，每个月两百多块", {"city": "Shanghai", "age": 34}),
    ("m2", "r2", "月租不划算，比别家贵不少", {"city": "Beijing", "age": 52}),
    ("m3", "r3", "晚上网速很慢，视频一直缓冲", {"city": "Shanghai", "age": 27}),
    ("m4", "r4", "The monthly fee is way too expensive for what I get", {"city": "Shanghai"}),
    ("m5", "r5", "Support kept me on hold for an hour", {"city": "Beijing", "age": 41}),
    ("m6", "r1", "客服态度也不好", {"city": "Shanghai", "age": 34}),
]


def fill(store: AnswerStore) -> None:
    store.upsert(
        ANSWERS,
        [
            Record(mid, text, {"respondent_id": rid, "slot": "complaint", **extra})
            for mid, rid, text, extra in ANSWERS_DATA
        ],
    )
    store.upsert(PROFILES, [Record("r1", "城市: 上海\n合约: 月付", {"respondent_id": "r1"})])


def test_search_finds_answers_by_meaning(store: AnswerStore) -> None:
    fill(store)
    hits = store.search("价格太贵", k=3)
    # the three price complaints, the English one included, before speed and support
    assert {h.id for h in hits} == {"m1", "m2", "m4"}
    assert hits[0].id == "m1" and hits[0].respondent_id == "r1" and 0 < hits[0].score <= 1
    assert hits[0].text == ANSWERS_DATA[0][2]
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_where_and_slot_filters(store: AnswerStore) -> None:
    fill(store)
    store.upsert(ANSWERS, [Record("m9", "太贵了", {"respondent_id": "r9", "slot": "other"})])
    shanghai = store.search("价格太贵", k=10, slot="complaint", where={"city": "Shanghai"})
    assert shanghai and all(h.metadata["city"] == "Shanghai" for h in shanghai)
    assert "m9" not in {h.id for h in store.search("太贵", k=10, slot="complaint")}
    older = store.search("expensive", k=10, where=parse_where(["age>=40", "city=Beijing"]))
    assert {h.id for h in older} == {"m2", "m5"}


def test_rewritten_metadata_is_exactly_the_new_one(store: AnswerStore) -> None:
    """Chroma merges metadata on upsert and update; a value taken back must stop matching."""
    fill(store)
    store.upsert(PROFILES, [Record("r1", "合约: 月付", {"respondent_id": "r1", "segment": 2})])
    assert store.search("月付", k=5, collection=PROFILES, where={"segment": 2})
    store.upsert(PROFILES, [Record("r1", "合约: 月付", {"respondent_id": "r1"})])
    assert store.search("月付", k=5, collection=PROFILES, where={"segment": 2}) == []
    store.update_metadata(ANSWERS, {"m1": {"respondent_id": "r1", "slot": "complaint"}})
    (hit,) = [h for h in store.search("价格太贵", k=6) if h.id == "m1"]
    assert hit.metadata == {"respondent_id": "r1", "slot": "complaint"}  # no city, no age
    assert "m1" not in {h.id for h in store.search("价格太贵", k=6, where={"city": "Shanghai"})}


def test_upsert_is_idempotent_and_delete_respondent_removes_everything(
    store: AnswerStore,
) -> None:
    fill(store)
    fill(store)
    assert store.count(ANSWERS) == len(ANSWERS_DATA) and store.count(PROFILES) == 1
    store.delete_respondent("r1")
    assert store.count(ANSWERS) == len(ANSWERS_DATA) - 2 and store.count(PROFILES) == 0
    assert all(h.respondent_id != "r1" for h in store.search("价格太贵", k=10))


def test_metadata_update_without_reembedding(store: AnswerStore) -> None:
    fill(store)
    store.update_metadata(ANSWERS, {"m1": {"segment": 3}, "missing": {"segment": 1}})
    assert [h.id for h in store.search("太贵", k=10, where={"segment": 3})] == ["m1"]


def test_opening_with_another_embedder_is_a_clear_error(
    chroma_client: chromadb.api.ClientAPI, prefix: str, store: AnswerStore
) -> None:
    fill(store)
    other = AnswerStore(chroma_client, HashingEmbedder(dimension=256), prefix=prefix)
    with pytest.raises(EmbedderMismatch, match=r"insightbot index --rebuild"):
        other.open()
    other.reset()  # what --rebuild does
    assert other.count(ANSWERS) == 0
    with pytest.raises(EmbedderMismatch, match="dimension=256"):
        AnswerStore(chroma_client, HashingEmbedder(), prefix=prefix).open()


def test_collections_search_the_graph_wide_even_when_made_narrower(
    chroma_client: chromadb.api.ClientAPI, prefix: str
) -> None:
    store = AnswerStore(chroma_client, HashingEmbedder(), prefix=prefix)
    store.open()
    fill(store)
    made = chroma_client.get_collection(f"{prefix}answers").configuration_json["hnsw"]
    assert made["ef_search"] == HNSW["ef_search"] and made["max_neighbors"] == 12
    narrow = {"hnsw": {"ef_search": 100}}
    chroma_client.get_collection(f"{prefix}answers").modify(configuration=narrow)
    reopened = AnswerStore(chroma_client, HashingEmbedder(), prefix=prefix)
    reopened.open()
    widened = chroma_client.get_collection(f"{prefix}answers").configuration_json["hnsw"]
    assert widened["ef_search"] == HNSW["ef_search"]
    assert reopened.count(ANSWERS) == store.count(ANSWERS) > 0  # nothing re-embedded or lost


def test_a_collection_made_elsewhere_is_refused(
    chroma_client: chromadb.api.ClientAPI, prefix: str
) -> None:
    chroma_client.create_collection(f"{prefix}answers", embedding_function=None)
    with pytest.raises(EmbedderMismatch, match="unknown embedder"):
        AnswerStore(chroma_client, HashingEmbedder(), prefix=prefix).open()


def test_a_plain_chroma_client_reuses_the_registered_embedder(
    chroma_client: chromadb.api.ClientAPI, prefix: str, store: AnswerStore
) -> None:
    """Chroma rebuilds our embedder from the stored config: query_texts just work."""
    fill(store)
    collection = chroma_client.get_collection(f"{prefix}answers")
    result = collection.query(query_texts=["价格太贵"], n_results=3)
    assert set(result["ids"][0]) == {"m1", "m2", "m4"}


def test_bad_queries_and_filters(store: AnswerStore) -> None:
    fill(store)
    with pytest.raises(RetrievalError, match="empty"):
        store.search("  ")
    with pytest.raises(RetrievalError, match="k must be"):
        store.search("x", k=0)
    assert store.search("太贵", k=50)  # more than stored is fine


def test_parse_where() -> None:
    assert parse_where([]) is None
    assert parse_where(["city=Shanghai"]) == {"city": {"$eq": "Shanghai"}}
    assert parse_where(["age>=30", "contract!=two_year", "zip='200000'", "x=true"]) == {
        "$and": [
            {"age": {"$gte": 30}},
            {"contract": {"$ne": "two_year"}},
            {"zip": {"$eq": "200000"}},
            {"x": {"$eq": True}},
        ]
    }
    for bad in ["city", "=x", "age>=old", "city="]:
        with pytest.raises(RetrievalError):
            parse_where([bad])


def test_store_from_settings_uses_the_data_dir(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    store = AnswerStore.from_settings(settings)
    fill(store)
    assert (tmp_path / "home" / "chroma").is_dir()
    again = AnswerStore.from_settings(settings)
    assert again.count(ANSWERS) == len(ANSWERS_DATA)


def test_store_from_settings_reaches_a_server(chroma_server: str, prefix: str) -> None:
    store = AnswerStore.from_settings(Settings(chroma_url=chroma_server), prefix=prefix)
    fill(store)
    assert store.search("太贵", k=1)[0].id in {"m1", "m2"}


def test_bad_chroma_url() -> None:
    with pytest.raises(RetrievalError, match="http://host:8000"):
        make_client(Settings(chroma_url="localhost"))
