"""`insightbot stats`: calls per turn, tokens per completed survey, fallback rate."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from bot.brains.call_log import DatabaseCallLog, llm_stats
from bot.brains.llm import LlmBrain
from bot.commands import llm as llm_commands
from bot.config import Settings, get_settings
from bot.engine import Engine
from bot.simulate import SimulatedRespondent, random_persona, run_conversation
from bot.storage.db import Database
from tests.fakes.openai_server import Canned, FakeOpenAI


def simulate(engine: Engine, n: int, seed: int = 3) -> int:
    rng = random.Random(seed)
    turns = 0
    for _ in range(n):
        respondent = SimulatedRespondent(random_persona(rng), rng)
        started = engine.start("customer_profile", lang=respondent.persona.lang)

        def send(text: str, s: Any = started) -> Any:
            return engine.handle(s.session_id, s.token, text)

        turns += sum(1 for _ in run_conversation(started.reply, send, respondent))
    return turns


def test_stats_figures(llm_engine: Engine, fake: FakeOpenAI) -> None:
    turns = simulate(llm_engine, 2)
    fake.enqueue(Canned.error(500), Canned.error(500), Canned.error(500), Canned.error(500))
    started = llm_engine.start("customer_profile", lang="en")
    llm_engine.handle(started.session_id, started.token, "yes")  # one turn, all failures
    fake.queue.clear()
    figures = llm_stats(llm_engine.db)
    assert figures.turns == turns + 1
    assert figures.calls == turns + 1
    assert figures.requests == turns + 4
    assert figures.completed_surveys == 2
    assert figures.tokens_per_completed_survey and figures.tokens_per_completed_survey > 1000
    assert figures.fallbacks == 1 and figures.fallback_rate == pytest.approx(1 / (turns + 1))
    assert figures.outcomes == {"ok": turns, "fallback": 1}


def test_stats_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake: FakeOpenAI, llm_settings: Settings
) -> None:
    home = tmp_path / "cli-home"
    monkeypatch.setenv("INSIGHTBOT_HOME", str(home))
    monkeypatch.delenv("INSIGHTBOT_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    config = llm_settings.model_copy(update={"home": home, "database_url": None})
    db = Database.from_settings(config)
    simulate(Engine(db, config, LlmBrain(config, call_log=DatabaseCallLog(db))), 1)
    app = typer.Typer()
    llm_commands.register(app)
    app.command()(lambda: None)  # a second command keeps typer from flattening `stats`
    result = CliRunner().invoke(app, ["stats"])
    get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert "LLM calls per turn" in result.output and "1.00" in result.output
    assert "fallback rate" in result.output and "0.0%" in result.output
    assert "tokens per completed survey" in result.output
