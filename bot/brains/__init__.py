"""Brains turn respondent text into proposals and actions into words: offline rules or an LLM."""

from bot.brains.base import Brain, TurnContext
from bot.brains.offline import OfflineBrain
from bot.config import Settings


def build_brain(settings: Settings) -> Brain:
    """The brain the settings ask for; the offline one needs nothing and is the default."""
    if settings.llm_provider == "offline":
        return OfflineBrain()
    raise ValueError(f"unknown INSIGHTBOT_LLM_PROVIDER {settings.llm_provider!r}; use offline")


__all__ = ["Brain", "OfflineBrain", "TurnContext", "build_brain"]
