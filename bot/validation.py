"""Validation of proposed slot values against the slot's type: one gate for every brain.

Code decides, the model speaks: whatever proposed a value (offline rules or an LLM), it becomes an
attribute only after passing through `validate`, which coerces it to the canonical type and checks
ranges and option ids.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from bot.survey import Slot, SlotType

MAX_TEXT = 200
MAX_OPEN = 4000


@dataclass(frozen=True)
class Checked:
    """The outcome of validating one value: `ok` with a canonical value, or a reason it failed."""

    ok: bool
    value: Any = None
    reason: str = ""  # machine-readable: out_of_range, unknown_option, wrong_type, empty


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def _in_range(slot: Slot, number: float) -> bool:
    return not (
        (slot.min is not None and number < slot.min) or (slot.max is not None and number > slot.max)
    )


def validate(slot: Slot, value: Any) -> Checked:
    """Coerce `value` to the canonical type of `slot` and check it; never raises."""
    if value is None:
        return Checked(False, reason="empty")
    kind = slot.type
    if kind in {SlotType.integer, SlotType.scale}:
        number = _number(value)
        if number is None:
            return Checked(False, reason="wrong_type")
        integer = int(math.floor(number + 0.5))
        if kind == SlotType.scale and integer != number:
            return Checked(False, value=number, reason="wrong_type")
        if not _in_range(slot, integer):
            return Checked(False, value=integer, reason="out_of_range")
        return Checked(True, integer)
    if kind == SlotType.number:
        number = _number(value)
        if number is None:
            return Checked(False, reason="wrong_type")
        if not _in_range(slot, number):
            return Checked(False, value=number, reason="out_of_range")
        return Checked(True, round(number, 2))
    if kind == SlotType.boolean:
        if isinstance(value, bool):
            return Checked(True, value)
        return Checked(False, reason="wrong_type")
    if kind == SlotType.choice:
        if isinstance(value, str) and slot.option(value) is not None:
            return Checked(True, value)
        return Checked(False, value=value, reason="unknown_option")
    if kind == SlotType.multi_choice:
        items = value if isinstance(value, list | tuple | set) else [value]
        known = [item for item in items if isinstance(item, str) and slot.option(item)]
        if not known or len(known) != len(items):
            return Checked(False, value=value, reason="unknown_option")
        return Checked(True, sorted(set(known)))
    if isinstance(value, str):  # text, open
        text = " ".join(value.split())
        if not text:
            return Checked(False, reason="empty")
        limit = MAX_TEXT if kind == SlotType.text else MAX_OPEN
        return Checked(True, text[:limit])
    return Checked(False, reason="wrong_type")
