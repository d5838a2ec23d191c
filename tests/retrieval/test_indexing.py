"""The indexing queue: database rows in, vectors out, with the metadata search filters on."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from bot.engine import Engine
from bot.simulate import SimulatedRespondent, random_persona, run_conversation
from bot.storage import repo, turn_rows
from bot.storage.db import Database
from bot.storage.models import Message, Respondent, SurveySession, utcnow
from retrieval.indexing import index_pending, pending_count, rebuild, refresh_respondents
from retrieval.store import ANSWERS, PROFILES, AnswerStore


def respondent(
    db: Database,
    rid: str,
    answers: list[tuple[str | None, str, str]],
    attributes: dict[str, Any],
    lang: str = "zh",
) -> None:
    """A respondent with filled attributes and a transcript of (asking slot, bot kind, text)."""
    with db.transaction() as s:
        person = repo.get_or_create_respondent(s, rid, lang=lang)
        session = repo.create_session(
            s, person, survey_id="customer_profile", survey_version="1", channel="api",
            lang=lang, token=f"tok-{rid}",
        )  # fmt: skip
        for slot, value in attributes.items():
            turn_rows.set_value(
                s, session, slot, status="filled", value=value, encrypted_value=None,
                extractor="offline", confidence=1.0, source_message_id=None,
            )  # fmt: skip
        for slot, kind, text in answers:
            repo.add_message(s, session, "out", "question?", slot=slot, kind=kind)
            repo.add_message(s, session, "in", text, slot=slot, lang=lang)


@pytest.fixture
def populated(sqlite_db: Database) -> Database:
    respondent(
        sqlite_db,
        "r-sh",
        [
            ("age", "question", "三十四"),
            ("complaint", "question", "价格太贵了，每个月两百多"),
            ("complaint", "followup", "主要是月租比别家高"),
            ("complaint", "confirm", "对"),
        ],
        {
            "name": "王芳",
            "age": 34,
            "city": "Shanghai",
            "contract": "month_to_month",
            "satisfaction": 2,
            "interests": ["music"],
        },  # fmt: skip
    )
    respondent(
        sqlite_db,
        "r-bj",
        [("complaint", "question", "The internet is painfully slow every evening")],
        {"age": 52, "city": "Beijing", "satisfaction": 1},
        lang="en",
    )
    return sqlite_db


def test_index_pending_drains_the_queue_into_both_collections(
    populated: Database, store: AnswerStore
) -> None:
    assert pending_count(populated) == 5
    assert index_pending(populated, store, limit=2) == 2
    while index_pending(populated, store, limit=2):
        pass
    assert pending_count(populated) == 0
    assert index_pending(populated, store) == 0
    assert store.count(ANSWERS) == 3  # two answers and a follow-up; not the age, not the "对"
    assert store.count(PROFILES) == 2
    with populated.transaction() as s:
        incoming = s.scalars(select(Message).where(Message.direction == "in"))
        assert all(m.indexed_at is not None for m in incoming)


def test_respondents_still_answering_wait_until_they_pause_or_finish(
    populated: Database, store: AnswerStore
) -> None:
    """Both sessions were just updated: with a quiet period nothing is indexed, once one
    finishes its messages go at once, and once both are quiet everything does."""
    assert index_pending(populated, store, quiet_seconds=30) == 0
    assert pending_count(populated) == 5
    with populated.transaction() as s:
        s.execute(
            update(SurveySession).where(SurveySession.respondent_id == "r-bj").values(stage="done")
        )
    assert index_pending(populated, store, quiet_seconds=30) == 1  # r-bj's single answer
    assert {h.respondent_id for h in store.search("slow internet", k=5)} == {"r-bj"}
    an_hour_ago = utcnow() - timedelta(hours=1)
    with populated.transaction() as s:
        s.execute(update(SurveySession).values(updated_at=an_hour_ago))
    assert index_pending(populated, store, quiet_seconds=30) == 4
    assert pending_count(populated) == 0 and store.count(PROFILES) == 2


def test_answer_metadata_carries_filters_but_no_names(
    populated: Database, store: AnswerStore
) -> None:
    index_pending(populated, store)
    hits = store.search("太贵", k=5, slot="complaint", where={"city": "Shanghai"})
    assert [h.respondent_id for h in hits] == ["r-sh", "r-sh"]
    meta = hits[0].metadata
    assert meta["age"] == 34 and meta["contract"] == "month_to_month" and meta["lang"] == "zh"
    assert meta["kind"] in {"answer", "followup"} and meta["session_id"]
    assert meta["sentiment"] < 0 and meta["created_at"] and meta["created_ts"] > 0
    assert "name" not in meta and "interests" not in meta
    assert {h.metadata["kind"] for h in hits} == {"answer", "followup"}
    english = store.search("slow internet at night", k=1, where={"city": "Beijing"})
    assert english[0].respondent_id == "r-bj" and english[0].metadata["lang"] == "en"


def test_profiles_summarise_attributes_in_the_respondents_language(
    populated: Database, store: AnswerStore
) -> None:
    index_pending(populated, store)
    profile = store.collection(PROFILES).get(ids=["r-sh"])["documents"][0]
    assert "城市: Shanghai" in profile and "合约类型: 按月" in profile.replace("按月付费", "按月")
    assert "王芳" not in profile
    hits = store.search("上海 月付", k=1, collection=PROFILES)
    assert hits[0].respondent_id == "r-sh"


def test_segment_and_attribute_changes_are_refreshed_without_reindexing(
    populated: Database, store: AnswerStore
) -> None:
    index_pending(populated, store)
    with populated.transaction() as s:
        s.get(Respondent, "r-sh").segment = 2  # type: ignore[union-attr]
    assert refresh_respondents(populated, store, ["r-sh"]) == 2
    hits = store.search("太贵", k=5, where={"segment": 2})
    assert {h.respondent_id for h in hits} == {"r-sh"}
    assert all(h.metadata["city"] == "Shanghai" for h in hits)


def test_rebuild_reembeds_everything(populated: Database, store: AnswerStore) -> None:
    index_pending(populated, store)
    seen: list[tuple[int, int]] = []
    assert rebuild(populated, store, batch=2, progress=lambda n, of: seen.append((n, of))) == 5
    assert seen[-1] == (5, 5) and store.count(ANSWERS) == 3


def test_a_respondent_deleted_mid_batch_leaves_no_vectors(
    populated: Database, store: AnswerStore
) -> None:
    class DeletingStore(AnswerStore):
        def upsert(self, name: str, records: Any) -> int:
            written = super().upsert(name, records)
            if name == PROFILES:  # the respondent asks for deletion while we embed
                with populated.transaction() as s:
                    repo.delete_respondent(s, "r-bj", actor="respondent")
            return written

    racing = DeletingStore(store.client, store.embedder, prefix=store.prefix)
    index_pending(populated, racing)
    assert {h.respondent_id for h in racing.search("slow", k=10)} == {"r-sh"}
    assert racing.count(PROFILES) == 1


def test_real_conversations_are_indexed(sqlite_engine: Engine, store: AnswerStore) -> None:
    """Simulated respondents through the engine; the unhappy ones leave complaints."""
    rng = random.Random(5)
    complainers = 0
    for _ in range(6):
        persona = random_persona(rng)
        persona.truth["satisfaction"] = 2
        persona.vague.discard("complaint")
        persona.refuse.discard("city")
        started = sqlite_engine.start("customer_profile", lang=persona.lang)
        send = lambda text, sid=started.session_id, tok=started.token: sqlite_engine.handle(  # noqa: E731
            sid, tok, text
        )
        for _ in run_conversation(started.reply, send, SimulatedRespondent(persona, rng)):
            pass
        complainers += 1
    while index_pending(sqlite_engine.db, store):
        pass
    assert store.count(ANSWERS) >= complainers
    assert store.count(PROFILES) == complainers
    hit = store.search("网速慢 slow internet", k=1, slot="complaint")[0]
    assert hit.metadata["survey_id"] == "customer_profile" and "city" in hit.metadata
