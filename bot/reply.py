"""The Reply every channel-facing call returns, and the actions the dialogue decides on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel

ReplyKind = Literal["consent", "question", "followup", "clarify", "confirm", "done", "info"]


class ReplyOption(BaseModel):
    id: str
    label: str


class Reply(BaseModel):
    """What the bot says next. `options` are quick replies for choice, scale and boolean slots."""

    text: str
    slot: str | None = None
    kind: ReplyKind
    options: list[ReplyOption] | None = None
    done: bool = False


@dataclass
class Action:
    """What the bot does next, decided by code; a brain only turns it into words.

    `note` refines `kind` for phrasing: for "info" it is one of paused, resumed, show_data,
    deleted, delete_kept, declined, already_done, corrected, minor; for "confirm" it is
    contradiction or delete; for "clarify" it is out_of_range, no_value or unknown_option.
    """

    kind: ReplyKind
    slot: str | None = None
    note: str | None = None
    acknowledged: list[tuple[str, Any]] = field(default_factory=list)
    detail: dict[str, Any] = field(default_factory=dict)
    attempt: int = 0  # how many times this slot was asked already (for varied wording)

    @property
    def done(self) -> bool:
        return self.kind == "done"
