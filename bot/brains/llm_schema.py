"""The structured output of one survey turn, its JSON schema, and the checks code runs on it.

The schema is static (the same for every survey and turn) so that it can be sent in strict mode and
cached by providers; everything survey-specific (slot names, option ids, value types) is checked
here in code after the model answers. A failed check becomes one re-ask with the error text, so
the messages are written for the model to act on. Ranges are deliberately not checked here: an
out-of-range number is what the respondent said, and `bot.validation` rejects it in the engine,
which then asks the respondent to clarify.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.survey import Slot, SlotType, Survey

CommandName = Literal["none", "stop", "show_data", "delete_data", "switch_zh", "switch_en"]
NextKind = Literal["question", "followup", "clarify", "none"]
SCHEMA_NAME = "survey_turn"


class SlotValue(BaseModel):
    model_config = ConfigDict(extra="forbid")

    slot: str
    value: bool | int | float | str | list[str] | None
    confidence: float = Field(ge=0.0, le=1.0)
    span: str


class NextMessage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: NextKind
    slot: str | None
    text: str


class TurnOutput(BaseModel):
    """What the model returns for one respondent turn."""

    model_config = ConfigDict(extra="forbid")

    values: list[SlotValue]
    refused: bool
    vague: bool
    command: CommandName
    next: NextMessage


def _nullable(kind: str) -> dict[str, Any]:
    return {"type": [kind, "null"]}


# Written by hand rather than generated so that it stays within what strict structured output
# accepts everywhere (every property required, no additional properties, no defaults).
TURN_SCHEMA: dict[str, Any] = {
    "title": SCHEMA_NAME,
    "description": "Proposed slot values for one respondent message and the next message text.",
    "type": "object",
    "properties": {
        "values": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "slot": {"type": "string"},
                    "value": {
                        "anyOf": [
                            {"type": "boolean"},
                            {"type": "number"},
                            {"type": "string"},
                            {"type": "array", "items": {"type": "string"}},
                            {"type": "null"},
                        ]
                    },
                    "confidence": {"type": "number"},
                    "span": {"type": "string"},
                },
                "required": ["slot", "value", "confidence", "span"],
                "additionalProperties": False,
            },
        },
        "refused": {"type": "boolean"},
        "vague": {"type": "boolean"},
        "command": {
            "type": "string",
            "enum": ["none", "stop", "show_data", "delete_data", "switch_zh", "switch_en"],
        },
        "next": {
            "type": "object",
            "properties": {
                "kind": {"type": "string", "enum": ["question", "followup", "clarify", "none"]},
                "slot": _nullable("string"),
                "text": {"type": "string"},
            },
            "required": ["kind", "slot", "text"],
            "additionalProperties": False,
        },
    },
    "required": ["values", "refused", "vague", "command", "next"],
    "additionalProperties": False,
}


class OutputInvalid(ValueError):
    """The model's output does not fit the schema or the survey; the message is for a re-ask."""


def parse_output(data: Any, survey: Survey) -> TurnOutput:
    """Validate raw parsed JSON against the schema and the survey, or raise OutputInvalid."""
    if not isinstance(data, dict):
        raise OutputInvalid("the reply must be one JSON object matching the schema")
    try:
        out = TurnOutput.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'output'}: {err['msg']}"
            for err in exc.errors()[:6]
        )
        raise OutputInvalid(problems) from None
    errors = [e for v in out.values if (e := value_error(survey, v.slot, v.value))]
    if out.next.kind != "none" and survey.get_slot(out.next.slot) is None:
        errors.append(f"next.slot {out.next.slot!r} is not a slot of this survey")
    if out.next.kind != "none" and not out.next.text.strip():
        errors.append("next.text is empty")
    if errors:
        raise OutputInvalid("; ".join(errors[:6]))
    return out


def value_error(survey: Survey, name: str, value: Any) -> str | None:
    """Why `value` cannot be a value of slot `name` (type and option ids only), or None."""
    slot = survey.get_slot(name)
    if slot is None:
        return f"{name!r} is not a slot; slots are {', '.join(survey.slot_names)}"
    if value is None or slot.type == SlotType.open:
        return None  # nothing proposed, or open (whose value is the respondent's own words)
    kind = slot.type
    if kind in {SlotType.integer, SlotType.scale, SlotType.number}:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"{name} needs a number, not {value!r}"
        return None
    if kind == SlotType.boolean:
        return None if isinstance(value, bool) else f"{name} needs true or false, not {value!r}"
    if kind == SlotType.choice:
        if isinstance(value, str) and slot.option(value) is not None:
            return None
        return f"{value!r} is not an option id of {name}; use one of {_ids(slot)}"
    if kind == SlotType.multi_choice:
        items = value if isinstance(value, list) else [value]
        unknown = [v for v in items if not (isinstance(v, str) and slot.option(v))]
        if unknown or not items:
            return f"{unknown or items!r} are not option ids of {name}; use {_ids(slot)}"
        return None
    return None if isinstance(value, str) else f"{name} needs a string, not {value!r}"


def _ids(slot: Slot) -> str:
    return ", ".join(slot.option_ids())


def slot_spec(slot: Slot, lang: str) -> str:
    """The type and the allowed values of a slot, as one short line for the prompt."""
    zh = lang == "zh"
    kind = slot.type
    if kind in {SlotType.integer, SlotType.number, SlotType.scale}:
        bounds = ""
        if slot.min is not None and slot.max is not None:
            bounds = f" {slot.min:g}-{slot.max:g}"
        unit = f" {slot.unit.get(lang)}" if slot.unit else ""
        anchors = ", ".join(f"{k}={v.get(lang)}" for k, v in sorted(slot.anchors.items()))
        return f"{kind.value}{bounds}{unit}" + (f" ({anchors})" if anchors else "")
    if kind in {SlotType.choice, SlotType.multi_choice}:
        sep = "、" if zh else ", "
        options = sep.join(f"{o.id}={o.label.get(lang)}" for o in slot.options)
        return f"{kind.value}: {options}"
    return kind.value
