"""What understanding a message produces, shared by the offline rules and the LLM brain."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

Lang = Literal["zh", "en"]


class Command(StrEnum):
    """Things a respondent can ask for at any point, in either language."""

    stop = "stop"  # pause now, resume later where it left off
    show_data = "show_data"  # "show my data" / "查看我的数据"
    delete_data = "delete_data"  # "delete my data" / "删除我的数据" (confirmed before acting)
    switch_zh = "switch_zh"  # "请说中文"
    switch_en = "switch_en"  # "English please"


@dataclass(frozen=True)
class Proposal:
    """A value the brain believes the text gives for a slot. Not trusted until validated.

    `value` is already in canonical form (see docs/understanding.md): int for integer and scale
    slots, float for number, an option id for choice, a sorted list of option ids for
    multi_choice, bool for boolean, a cleaned string for text and open.
    """

    slot: str
    value: Any
    confidence: float = 1.0
    span: str = ""  # the part of the message the value came from
    approximate: bool = False  # "about 70", "25到30之间"


@dataclass
class Understanding:
    """Everything one respondent message tells us."""

    lang: Lang
    proposals: list[Proposal] = field(default_factory=list)
    refused: bool = False  # declines to answer the slot that was asked
    vague: bool = False  # answers the asked slot without a usable value ("还行", "ok", "不记得")
    command: Command | None = None
    # Who read the values ("offline", "llm"), when a brain can answer with either; stored as the
    # attribute's extractor. None means the brain's own name.
    extractor: str | None = None

    def for_slot(self, slot: str) -> Proposal | None:
        return next((p for p in self.proposals if p.slot == slot), None)
