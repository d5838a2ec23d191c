"""Segments and the answer index: segment ids on vectors, quotes nearest the segment's meaning.

Real SQLite and a real Chroma `PersistentClient` in the test's data directory, with the default
offline hashing embedder.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.dataset import build_dataset
from analytics.pipeline import Segmentation, segment_frame
from analytics.store import save_segments
from analytics.vectors import (
    embedding_quotes,
    indexed_answers,
    indexed_respondents,
    quote_picker,
    sync_segments,
)
from bot.config import Settings
from bot.storage.db import Database
from bot.survey import Survey, load_survey
from retrieval.indexing import index_pending
from retrieval.store import ANSWERS, PROFILES, AnswerStore
from tests.analytics.answers import EMAIL, PHONE, PRICE, SPEED, seed_answers


@pytest.fixture
def survey() -> Survey:
    return load_survey("customer_profile")


@pytest.fixture
def groups(sqlite_db: Database) -> dict[str, str]:
    return seed_answers(sqlite_db)


@pytest.fixture
def store(settings: Settings, sqlite_db: Database, groups: dict[str, str]) -> AnswerStore:
    store = AnswerStore.from_settings(settings)
    while index_pending(sqlite_db, store):
        pass
    return store


def _segment(db: Database, store: AnswerStore, survey: Survey) -> Segmentation:
    frame = build_dataset(db, survey)
    picker = quote_picker(db, store, survey)
    return segment_frame(frame, k=2, survey=survey, quote_picker=picker)


def _group_of_segment(run: Segmentation, groups: dict[str, str]) -> dict[int, str]:
    out = {}
    for segment in sorted(set(run.labels)):
        members = {groups[rid] for rid in run.labels.index[run.labels == segment]}
        assert len(members) == 1, "k=2 should separate the two kinds of customers"
        out[int(segment)] = members.pop()
    return out


def test_segment_ids_reach_answers_and_profiles_for_where_filters(
    sqlite_db: Database, store: AnswerStore, survey: Survey, groups: dict[str, str]
) -> None:
    run = _segment(sqlite_db, store, survey)
    save_segments(sqlite_db, run.labels, run.profiles)
    assert indexed_respondents(sqlite_db) == sorted(groups)
    assert sync_segments(sqlite_db, store, batch=5) == 12  # three refresh batches
    kinds = _group_of_segment(run, groups)
    for segment, kind in kinds.items():
        members = set(run.labels.index[run.labels == segment])
        hits = store.search("太贵 网速", k=50, where={"segment": segment})
        assert {h.respondent_id for h in hits} == members
        assert all(h.metadata["segment"] == segment for h in hits)
        said = set(PRICE if kind == "price" else SPEED)
        assert {h.text for h in hits} <= said
        profiles = store.search("合约", k=50, where={"segment": segment}, collection=PROFILES)
        assert {h.respondent_id for h in profiles} == members


def test_a_respondent_left_out_of_the_next_run_loses_the_segment_on_the_vectors(
    sqlite_db: Database, store: AnswerStore, survey: Survey
) -> None:
    run = _segment(sqlite_db, store, survey)
    save_segments(sqlite_db, run.labels, run.profiles)
    sync_segments(sqlite_db, store)
    save_segments(sqlite_db, run.labels.drop("p0"), run.profiles)
    sync_segments(sqlite_db, store)
    mine = store.collection(ANSWERS).get(where={"respondent_id": "p0"}, include=["metadatas"])
    assert mine["metadatas"] and all("segment" not in m for m in mine["metadatas"])
    profile = store.collection(PROFILES).get(ids=["p0"], include=["metadatas"])
    assert "segment" not in profile["metadatas"][0]
    assert store.search("太贵", k=50, where={"segment": int(run.labels["p0"])})
    assert "p0" not in {
        h.respondent_id
        for h in store.search("太贵", k=50, where={"segment": int(run.labels["p0"])})
    }
    others = store.collection(ANSWERS).get(where={"respondent_id": "p1"}, include=["metadatas"])
    assert others["metadatas"][0]["segment"] == int(run.labels["p1"])


def test_quotes_are_the_answers_nearest_the_segment_mean(
    sqlite_db: Database, store: AnswerStore, survey: Survey, groups: dict[str, str]
) -> None:
    run = _segment(sqlite_db, store, survey)
    kinds = _group_of_segment(run, groups)
    answers = indexed_answers(sqlite_db, survey)
    assert len(answers) == 12
    collection = store.collection(ANSWERS)
    for profile in run.profiles:
        quotes = profile["quotes"]
        assert profile["quote_source"] == "embeddings"
        assert 1 <= len(quotes) <= 3 and len(set(quotes)) == len(quotes)
        said = PRICE if kinds[profile["id"]] == "price" else SPEED
        assert set(quotes) <= {t.replace(PHONE, "[PHONE]").replace(EMAIL, "[EMAIL]") for t in said}
        # the first quote is the answer with the highest cosine to the segment's mean vector
        docs = [d for d, rid in answers.items() if run.labels[rid] == profile["id"]]
        got = collection.get(ids=docs, include=["embeddings", "documents"])
        vectors = np.asarray(got["embeddings"], dtype=float)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        mean = vectors.mean(axis=0)
        best = got["documents"][int(np.argmax(vectors @ (mean / np.linalg.norm(mean))))]
        assert quotes[0] == best.replace(PHONE, "[PHONE]").replace(EMAIL, "[EMAIL]")


def test_repeated_words_and_repeated_people_are_quoted_once(
    sqlite_db: Database, store: AnswerStore, survey: Survey, groups: dict[str, str]
) -> None:
    answers = indexed_answers(sqlite_db, survey)
    labels = pd.Series({rid: 0 if kind == "price" else 1 for rid, kind in groups.items()})
    quotes = embedding_quotes(store.collection(ANSWERS), answers, labels, limit=6)
    assert quotes[0].count("月租太贵，不划算") == 1 and len(quotes[0]) == 5
    # every speed answer said by one person: one quote
    one_person = {doc: "s0" if rid.startswith("s") else rid for doc, rid in answers.items()}
    speed = embedding_quotes(store.collection(ANSWERS), one_person, labels, limit=6)[1]
    assert len(speed) == 1 and speed[0] in SPEED


def test_without_indexed_answers_quotes_fall_back_to_the_centroid(
    sqlite_db: Database, settings: Settings, survey: Survey, groups: dict[str, str]
) -> None:
    empty = AnswerStore.from_settings(settings)  # nothing indexed
    run = _segment(sqlite_db, empty, survey)
    assert all(p["quote_source"] == "centroid" and p["quotes"] for p in run.profiles)
    plain = segment_frame(build_dataset(sqlite_db, survey), k=2, survey=survey)
    assert [p["quotes"] for p in plain.profiles] == [p["quotes"] for p in run.profiles]


def test_a_failing_index_falls_back_to_the_centroid(
    sqlite_db: Database, store: AnswerStore, survey: Survey, groups: dict[str, str]
) -> None:
    store.client.delete_collection(ANSWERS)  # the index vanished under us
    run = _segment(sqlite_db, store, survey)
    assert all(p["quote_source"] == "centroid" for p in run.profiles)
