"""Brains turn respondent text into proposals and actions into words: offline rules or an LLM."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.brains.base import Brain, TurnContext
from bot.brains.offline import OfflineBrain
from bot.config import Settings

if TYPE_CHECKING:
    from bot.storage.db import Database


def build_brain(settings: Settings, db: Database | None = None) -> Brain:
    """The brain the settings ask for; the offline one needs nothing and is the default.

    `INSIGHTBOT_LLM_PROVIDER=openai` selects the LLM brain for any OpenAI-compatible server. Its
    calls are logged to `db` when given (the engine's database), else to the settings' database.
    The LLM modules are imported only then, so the offline default never loads LangChain.
    """
    if settings.llm_provider == "offline":
        return OfflineBrain()
    if settings.llm_provider == "openai":
        from bot.brains.call_log import DatabaseCallLog
        from bot.brains.llm import LlmBrain

        return LlmBrain(settings, call_log=DatabaseCallLog(db, settings))
    raise ValueError(
        f"unknown INSIGHTBOT_LLM_PROVIDER {settings.llm_provider!r}; use offline or openai"
    )


__all__ = ["Brain", "OfflineBrain", "TurnContext", "build_brain"]
