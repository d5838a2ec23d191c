"""Simulated respondents: one seed, the same people; fresh ids unless a prefix is given."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from bot.brains.offline import OfflineBrain
from bot.commands.respondent import run_simulation
from bot.config import Settings
from bot.engine import Engine
from bot.export import export_rows
from bot.storage.db import Database
from bot.survey import load_survey


def _simulated(home: Path, runs: int, id_prefix: str | None) -> list[dict[str, Any]]:
    settings = Settings(home=home, admin_token="admin", secret_key="test-secret")
    db = Database.from_settings(settings)
    engine = Engine(db, settings, OfflineBrain())
    for _ in range(runs):
        run_simulation(engine, 6, seed=4, id_prefix=id_prefix)
    with db.session() as session:
        rows = list(export_rows(session, load_survey("customer_profile")))
    db.dispose()
    return rows


def test_with_an_id_prefix_two_runs_store_the_same_rows(tmp_path: Path) -> None:
    first = _simulated(tmp_path / "a", 1, "sim-")
    second = _simulated(tmp_path / "b", 1, "sim-")
    assert [row["respondent_id"] for row in first] == [f"sim-{n:05d}" for n in range(6)]
    assert first == second, "same ids, same answers, so analyses ordered by id see the same rows"


def test_without_a_prefix_each_run_adds_new_people(tmp_path: Path) -> None:
    rows = _simulated(tmp_path / "c", 2, None)
    assert len({row["respondent_id"] for row in rows}) == 12
    answers = Counter(repr({k: v for k, v in row.items() if k != "respondent_id"}) for row in rows)
    assert sorted(answers.values()) == [2] * 6, "the same six people, each stored twice"
