"""Concurrent sessions must not corrupt or lose each other's data (SQLite WAL and PostgreSQL)."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from bot.engine import Engine
from bot.simulate import SimulatedRespondent, random_persona, run_conversation
from bot.storage import repo
from bot.storage.models import Message, SurveySession


def _one_respondent(engine: Engine, seed: int) -> tuple[str, int, dict]:
    rng = random.Random(seed)
    respondent = SimulatedRespondent(random_persona(rng), rng)
    started = engine.start("customer_profile", lang=respondent.persona.lang)
    sent = 0

    def send(text: str):
        nonlocal sent
        sent += 1
        return engine.handle(started.session_id, started.token, text)

    for _ in run_conversation(started.reply, send, respondent):
        pass
    return started.session_id, sent, respondent.expected()


def test_parallel_respondents_keep_every_message(engine: Engine) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda seed: _one_respondent(engine, seed), range(16)))
    with engine.db.transaction() as db:
        for session_id, sent, _expected in results:
            incoming = db.scalar(
                select(func.count(Message.id)).where(
                    Message.session_id == session_id, Message.direction == "in"
                )
            )
            outgoing = db.scalar(
                select(func.count(Message.id)).where(
                    Message.session_id == session_id, Message.direction == "out"
                )
            )
            assert incoming == sent
            assert outgoing == sent + 1  # the greeting plus one reply per message
            session = repo.get_session(db, session_id)
            assert session is not None and session.stage == "done" and session.turns == sent


def test_racing_messages_on_one_session_are_both_processed(engine: Engine) -> None:
    started = engine.start("customer_profile", lang="zh")
    engine.handle(started.session_id, started.token, "好的")
    texts = ["我叫王五", "我30岁", "在北京", "男"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        replies = list(
            pool.map(lambda t: engine.handle(started.session_id, started.token, t), texts)
        )
    assert len(replies) == 4
    with engine.db.transaction() as db:
        session = db.get(SurveySession, started.session_id)
        assert session is not None and session.turns == 5
        stored = list(
            db.scalars(
                select(Message.text).where(
                    Message.session_id == started.session_id, Message.direction == "in"
                )
            )
        )
    assert sorted(stored) == sorted(["好的", *texts])
