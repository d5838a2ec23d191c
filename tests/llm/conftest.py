"""Fixtures for the LLM brain: a fake OpenAI server on loopback, and no other network at all.

One fake server serves the whole session (starting uvicorn per test would dominate the run);
each test gets it with an empty queue and history. The brain is the real `LlmBrain` with a real
`ChatOpenAI` client pointed at the fake, logging calls to the test's SQLite database.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.brains.call_log import DatabaseCallLog
from bot.brains.llm import LlmBrain
from bot.config import Settings
from bot.engine import Engine
from bot.storage.db import Database
from bot.survey import Survey, load_survey
from tests.fakes.openai_server import FakeOpenAI
from tests.llm.oracle import SurveyOracle


@pytest.fixture(scope="session")
def _server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def survey() -> Survey:
    return load_survey("customer_profile")


@pytest.fixture
def fake(_server: FakeOpenAI, survey: Survey) -> FakeOpenAI:
    """The fake with nothing queued; unscripted requests get a correct answer from the oracle."""
    _server.queue.clear()
    _server.history.clear()
    _server.responder = SurveyOracle(survey)
    return _server


@pytest.fixture
def llm_settings(settings: Settings, fake: FakeOpenAI) -> Settings:
    return settings.model_copy(
        update={
            "llm_provider": "openai",
            "llm_model": "fake-model",
            "llm_base_url": fake.base_url,
            "llm_api_key": None,
            "llm_deadline_web": 2.0,
            "llm_deadline_wechat": 0.8,
        }
    )


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def brain(llm_settings: Settings, sqlite_db: Database, sleeps: list[float]) -> LlmBrain:
    """Backoff sleeps are recorded, not slept, so retry tests stay fast."""
    return LlmBrain(llm_settings, call_log=DatabaseCallLog(sqlite_db), sleep=sleeps.append)


@pytest.fixture
def llm_engine(sqlite_db: Database, llm_settings: Settings, brain: LlmBrain) -> Engine:
    return Engine(sqlite_db, llm_settings, brain)
