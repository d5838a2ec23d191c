"""The LLM brain through the real engine and SQLite against the fake server's scenarios."""

from __future__ import annotations

import json
import random
import time
from typing import Any

from sqlalchemy import select

from bot.brains.llm import MAX_ATTEMPTS, LlmBrain
from bot.engine import Engine
from bot.simulate import SimulatedRespondent, random_persona, run_conversation
from bot.storage import repo
from bot.storage.models import LlmCall
from tests.engine.chat import EN_ANSWERS, ZH_ANSWERS, Chat
from tests.fakes.openai_server import Canned, FakeOpenAI


def calls(engine: Engine) -> list[LlmCall]:
    with engine.db.transaction() as db:
        return list(db.scalars(select(LlmCall).order_by(LlmCall.id)))


def extractors(chat: Chat) -> dict[str, str]:
    with chat.engine.db.transaction() as db:
        rows = repo.current_attributes(db, chat.respondent_id)
        return {slot: row.extractor for slot, row in rows.items()}


def good(
    values: list[dict[str, Any]], kind: str, slot: str | None, text: str = "(llm) ok"
) -> dict[str, Any]:
    return {
        "values": values,
        "refused": False,
        "vague": False,
        "command": "none",
        "next": {"kind": kind, "slot": slot, "text": text},
    }


def value(slot: str, v: Any, span: str = "") -> dict[str, Any]:
    return {"slot": slot, "value": v, "confidence": 0.95, "span": span}


def test_happy_path_costs_one_call_per_turn_and_stores_what_the_model_read(
    llm_engine: Engine, fake: FakeOpenAI
) -> None:
    rng = random.Random(5)
    for _ in range(3):
        respondent = SimulatedRespondent(random_persona(rng), rng)
        started = llm_engine.start("customer_profile", lang=respondent.persona.lang)
        turns = 0

        def send(text: str, s: Any = started) -> Any:
            return llm_engine.handle(s.session_id, s.token, text)

        for _text, reply in run_conversation(started.reply, send, respondent):
            turns += 1
            last = reply
        assert last.done
        session_calls = [c for c in calls(llm_engine) if c.session_id == started.session_id]
        assert len(session_calls) == turns  # one logged call per respondent turn
        assert all(c.attempts == 1 and c.outcome == "ok" for c in session_calls)
        assert all(c.prompt_tokens > 0 and c.completion_tokens > 0 for c in session_calls)
        snapshot = llm_engine.snapshot(started.session_id, started.token)
        stored = snapshot["attributes"]
        for slot, expected in respondent.expected().items():
            assert stored.get(slot) == expected, (slot, stored.get(slot), expected)
    assert len(fake.history) == len(calls(llm_engine))


def test_model_wording_is_used_only_when_it_fits_the_decided_action(
    llm_engine: Engine, fake: FakeOpenAI
) -> None:
    chat = Chat(llm_engine, lang="en")
    assert chat.last.kind == "question" and chat.last.slot == "name"
    assert chat.last.text.startswith("(llm)")  # the oracle predicted the first question
    # The model writes for the wrong slot: the code's decision stands, phrased offline.
    fake.enqueue(good([value("name", "Tom")], "question", "city", "(llm) Where do you live?"))
    reply = chat.say("Call me Tom")
    assert reply.slot == "age" and not reply.text.startswith("(llm)")
    # The model acknowledges a value the code did not keep (age 500): offline wording again.
    fake.enqueue(good([value("age", 500)], "question", "gender", "(llm) 500, noted! Gender?"))
    reply = chat.say("I'm 500")
    assert reply.kind == "clarify" and reply.slot == "age"
    assert "(llm)" not in reply.text
    fake.enqueue(good([value("age", 34)], "question", "gender", "(llm) Thanks Tom! Your gender?"))
    reply = chat.say("34")
    assert (reply.slot, reply.text) == ("gender", "(llm) Thanks Tom! Your gender?")
    assert chat.values() == {"name": "Tom", "age": 34}
    assert extractors(chat) == {"name": "llm", "age": "llm"}


def test_malformed_json_gets_one_reask_with_the_error(llm_engine: Engine, fake: FakeOpenAI) -> None:
    chat = Chat(llm_engine, lang="zh")
    fake.enqueue(
        Canned.text('{"values": [{"slot": "name", "value": "小王"'),
        good([value("name", "小王")], "question", "age", "(llm) 小王你好！请问你今年多大？"),
    )
    reply = chat.say("叫我小王")
    assert reply.text == "(llm) 小王你好！请问你今年多大？"
    assert chat.values() == {"name": "小王"}
    reask = fake.history[-1]["messages"]
    assert len(reask) == 3 and "could not be used" in reask[-1]["content"]
    last = calls(llm_engine)[-1]
    assert (last.attempts, last.outcome) == (2, "reasked")


def test_output_invalid_twice_falls_back_to_the_offline_rules(
    llm_engine: Engine, fake: FakeOpenAI
) -> None:
    chat = Chat(llm_engine, lang="zh")
    chat.say("叫我小王")
    fake.enqueue(Canned.text("not json at all"), Canned.text("still {not json"))
    reply = chat.say("28岁")
    assert reply.slot == "gender" and "(llm)" not in reply.text
    assert chat.values()["age"] == 28
    assert extractors(chat)["age"] == "offline"
    last = calls(llm_engine)[-1]
    assert (last.attempts, last.outcome) == (2, "fallback")
    assert last.error and last.error.startswith("invalid output")


def test_unknown_option_id_is_reasked_and_never_stored(
    llm_engine: Engine, fake: FakeOpenAI
) -> None:
    chat = Chat(llm_engine, lang="en")
    chat.answer_until("gender", EN_ANSWERS)
    fake.enqueue(
        good([value("gender", "man")], "question", "city"),
        good([value("gender", "male")], "question", "city", "(llm) Thanks. Which city?"),
    )
    reply = chat.say("male")
    assert "'man' is not an option id of gender" in fake.history[-1]["messages"][-1]["content"]
    assert reply.text == "(llm) Thanks. Which city?" and chat.values()["gender"] == "male"
    chat.say("Shanghai")  # city (answered by the oracle)
    # Wrong twice: the fallback reads the answer itself; nothing the model made up is stored.
    fake.enqueue(
        good([value("has_partner", "kind of")], "question", "has_dependents"),
        good([value("has_partner", "maybe")], "question", "has_dependents"),
    )
    chat.say("yes, married")
    assert chat.values()["has_partner"] is True
    assert calls(llm_engine)[-1].outcome == "fallback"
    assert extractors(chat)["has_partner"] == "offline"  # provenance says who read it


def test_out_of_range_values_reach_the_validation_gate_and_are_not_stored(
    llm_engine: Engine, fake: FakeOpenAI
) -> None:
    chat = Chat(llm_engine, lang="en")
    chat.answer_until("age", EN_ANSWERS)
    fake.enqueue(good([value("age", 500)], "clarify", "age", "(llm) Hmm, 500? How old are you?"))
    reply = chat.say("I'm 500")
    assert (reply.kind, reply.slot) == ("clarify", "age")
    assert reply.text == "(llm) Hmm, 500? How old are you?"
    assert "age" not in chat.values()
    assert calls(llm_engine)[-1].attempts == 1  # a range is the engine's check, not a re-ask


def test_rate_limit_then_good_is_retried_with_backoff(
    llm_engine: Engine, fake: FakeOpenAI, sleeps: list[float]
) -> None:
    chat = Chat(llm_engine, lang="en")
    fake.enqueue(
        Canned.error(429, "slow down", retry_after=0.5),
        good([value("name", "Tom")], "question", "age", "(llm) Hi Tom! How old are you?"),
    )
    reply = chat.say("Call me Tom")
    assert reply.text == "(llm) Hi Tom! How old are you?"
    assert sleeps and sleeps[0] >= 0.5  # the server's Retry-After is honoured
    last = calls(llm_engine)[-1]
    assert (last.attempts, last.outcome) == (2, "retried")


def test_persistent_server_errors_fall_back_within_bounded_attempts(
    llm_engine: Engine, fake: FakeOpenAI, sleeps: list[float]
) -> None:
    chat = Chat(llm_engine, lang="zh")
    fake.enqueue(*[Canned.error(500, "boom")] * 10)
    reply = chat.say("叫我小王")
    assert reply.slot == "age" and reply.kind == "question"  # the respondent sees no error
    assert chat.values() == {"name": "小王"}
    last = calls(llm_engine)[-1]
    assert last.outcome == "fallback" and last.attempts == MAX_ATTEMPTS
    assert last.error and "http 500" in last.error
    assert len(sleeps) == MAX_ATTEMPTS - 1
    fake.queue.clear()


def test_client_errors_are_not_retried(llm_engine: Engine, fake: FakeOpenAI) -> None:
    chat = Chat(llm_engine, lang="en")
    fake.enqueue(Canned.error(401, "bad key"))
    reply = chat.say("Call me Tom")
    assert reply.slot == "age"
    last = calls(llm_engine)[-1]
    assert (last.attempts, last.outcome, last.error) == (1, "fallback", "http 401")


def test_a_model_slower_than_the_deadline_falls_back_in_time(
    llm_engine: Engine, fake: FakeOpenAI, brain: LlmBrain
) -> None:
    chat = Chat(llm_engine, lang="en")
    fake.enqueue(Canned.json(good([], "question", "age"), delay=10))
    t0 = time.perf_counter()
    reply = chat.say("Call me Tom")
    elapsed = time.perf_counter() - t0
    assert brain.settings.llm_deadline_web <= elapsed + 0.3 < brain.settings.llm_deadline_web + 1.5
    assert reply.slot == "age" and chat.values() == {"name": "Tom"}
    last = calls(llm_engine)[-1]
    assert last.outcome == "fallback" and "deadline" in (last.error or "")


def test_commands_are_read_by_the_rules_without_a_model_call(
    llm_engine: Engine, fake: FakeOpenAI
) -> None:
    chat = Chat(llm_engine, lang="zh")
    before = len(fake.history)
    reply = chat.say("暂停")
    assert reply.kind == "info" and len(fake.history) == before
    reply = chat.say("回来了")  # resumes on any message; the model is asked again
    assert reply.slot == "name" and len(fake.history) == before + 1


def test_every_slot_type_through_tool_calls(
    sqlite_db: Any, llm_settings: Any, fake: FakeOpenAI
) -> None:
    """function_calling (DeepSeek, older servers) carries the same output as a tool call."""
    from bot.brains.call_log import DatabaseCallLog

    brain = LlmBrain(llm_settings, call_log=DatabaseCallLog(sqlite_db), method="function_calling")
    chat = Chat(Engine(sqlite_db, llm_settings, brain), lang="zh")
    for slot in list(ZH_ANSWERS)[:-1]:
        if chat.last.done:
            break
        chat.say(ZH_ANSWERS[chat.last.slot or slot])
    body = fake.history[-1]
    assert body["tool_choice"]["function"]["name"] == "survey_turn"
    assert json.dumps(body["tools"][0]["function"]["parameters"])
    assert chat.values()["age"] == 28 and chat.values()["contract"] == "month_to_month"
