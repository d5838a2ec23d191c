"""The Brain protocol: two small methods, two implementations (offline rules, LLM), same tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from bot.reply import Action
from bot.survey import Survey
from bot.understanding.types import Lang, Understanding


@dataclass
class TurnContext:
    """Everything a brain may know during one turn: this respondent only, never anyone else."""

    survey: Survey
    session_id: str
    lang: Lang
    asked: str | None
    known: dict[str, Any] = field(default_factory=dict)  # filled slot values
    refused: set[str] = field(default_factory=set)
    turn: int = 0
    today: date | None = None
    channel: str = "api"


class Brain(Protocol):
    name: str

    def understand(self, text: str, ctx: TurnContext) -> Understanding:
        """Propose slot values, refusal/vagueness and commands for one message."""
        ...

    def phrase(self, action: Action, ctx: TurnContext) -> str:
        """Say what the code decided: acknowledge briefly, then ask or inform."""
        ...
