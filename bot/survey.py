"""Survey definitions: pydantic models and YAML loading (`when` conditions are in `conditions`).

A survey is data, not code. Everything a respondent may be asked, the purpose of asking it and the
conditions under which it is asked live in a YAML file that is validated here once, with errors that
name the file, the slot and the problem, so that authors can fix a survey without reading Python.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot.conditions import Condition
from bot.yaml_files import read_yaml

LANGS: tuple[str, ...] = ("zh", "en")
Lang = Literal["zh", "en"]


class SurveyError(ValueError):
    """A survey file is missing, unreadable or invalid; the message names file, slot and problem."""


def _require_langs(value: Mapping[str, Any], what: str) -> None:
    missing = [lang for lang in LANGS if not value.get(lang)]
    if missing:
        raise ValueError(f"{what} needs text for {', '.join(missing)}")


class Localized(BaseModel):
    """A short text in each supported language."""

    model_config = ConfigDict(extra="forbid")
    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


class Variants(BaseModel):
    """Several phrasings of the same question per language, so the bot does not sound canned."""

    model_config = ConfigDict(extra="forbid")
    zh: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)

    def get(self, lang: str) -> list[str]:
        return self.en if lang == "en" else self.zh


class Option(BaseModel):
    """One answer option of a choice slot: a stable id, labels and the words people use for it."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: Localized
    synonyms: dict[str, list[str]] = Field(default_factory=dict)

    def words(self, lang: str | None = None) -> list[str]:
        """Label and synonyms, for one language or all of them."""
        langs = LANGS if lang is None else (lang,)
        out: list[str] = []
        for code in langs:
            out.append(self.label.get(code))
            out.extend(self.synonyms.get(code, []))
        return out


class SlotType(StrEnum):
    integer = "integer"
    number = "number"
    choice = "choice"
    multi_choice = "multi_choice"
    scale = "scale"
    boolean = "boolean"
    text = "text"
    open = "open"


class Sensitivity(StrEnum):
    normal = "normal"
    sensitive = "sensitive"


# --------------------------------------------------------------------------- slots and surveys


class Slot(BaseModel):
    """One thing the survey wants to learn, with everything needed to ask for it and check it."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    type: SlotType
    label: Localized | None = None  # a short name for prose ("age" / "年龄"); defaults to name
    questions: Variants
    purpose: Localized
    required: bool = True
    sensitivity: Sensitivity = Sensitivity.normal
    when: Condition | None = None
    # integer / number / scale
    min: float | None = None
    max: float | None = None
    unit: Localized | None = None
    anchors: dict[int, Localized] = Field(default_factory=dict)
    # choice / multi_choice
    options: list[Option] = Field(default_factory=list)
    allow_other: bool = False
    # open
    max_followups: int = Field(default=2, ge=0, le=5)
    probes: Variants | None = None

    @field_validator("when", mode="before")
    @classmethod
    def _parse_when(cls, value: Any) -> Any:
        if isinstance(value, str):
            return Condition.parse(value)
        return value

    @model_validator(mode="after")
    def _check_type_fields(self) -> Slot:
        numeric = {SlotType.integer, SlotType.number, SlotType.scale}
        if self.type in {SlotType.choice, SlotType.multi_choice}:
            if len(self.options) < 2:
                raise ValueError(f"a {self.type} slot needs at least two options")
            ids = [option.id for option in self.options]
            duplicated = sorted({i for i in ids if ids.count(i) > 1})
            if duplicated:
                raise ValueError(f"duplicate option ids: {', '.join(duplicated)}")
        elif self.options:
            raise ValueError(f"options are only allowed on choice slots, not on {self.type}")
        if self.type == SlotType.scale and (self.min is None or self.max is None):
            raise ValueError("a scale slot needs min and max (for example 1 and 5)")
        if self.type in numeric and None not in (self.min, self.max):
            assert self.min is not None and self.max is not None
            if self.min >= self.max:
                raise ValueError(f"min ({self.min}) must be below max ({self.max})")
        if self.type not in numeric and (self.min is not None or self.max is not None):
            raise ValueError(
                f"min/max only apply to integer, number and scale slots, not {self.type}"
            )
        return self

    def label_for(self, lang: str) -> str:
        return self.label.get(lang) if self.label else self.name.replace("_", " ")

    def option(self, option_id: str) -> Option | None:
        return next((option for option in self.options if option.id == option_id), None)

    def option_ids(self) -> list[str]:
        return [option.id for option in self.options]

    @property
    def is_choice(self) -> bool:
        return self.type in {SlotType.choice, SlotType.multi_choice}


class Survey(BaseModel):
    """A whole survey: identity, texts per language and the ordered slots."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    version: str = "1"
    title: Localized
    intro: Localized
    purpose: Localized
    slots: Annotated[list[Slot], Field(min_length=1)]

    @model_validator(mode="after")
    def _check_slots(self) -> Survey:
        seen: set[str] = set()
        for slot in self.slots:
            if slot.name in seen:
                raise ValueError(f"slot {slot.name!r} is defined twice")
            if slot.when is not None:
                unknown = slot.when.slots() - seen
                if unknown:
                    raise ValueError(
                        f"slot {slot.name!r}: condition {slot.when.source!r} refers to "
                        f"{', '.join(sorted(unknown))}, which is not an earlier slot"
                    )
            seen.add(slot.name)
        return self

    def slot(self, name: str) -> Slot:
        for slot in self.slots:
            if slot.name == name:
                return slot
        raise KeyError(name)

    def get_slot(self, name: str | None) -> Slot | None:
        return next((slot for slot in self.slots if slot.name == name), None)

    @property
    def slot_names(self) -> list[str]:
        return [slot.name for slot in self.slots]


def _describe_error(error: Mapping[str, Any], data: Mapping[str, Any]) -> str:
    """Turn a pydantic error location such as ('slots', 3, 'options') into 'slot "age": options'."""
    loc = list(error.get("loc", ()))
    where = []
    if len(loc) >= 2 and loc[0] == "slots" and isinstance(loc[1], int):
        slots = data.get("slots") or []
        name = (
            slots[loc[1]].get("name")
            if loc[1] < len(slots) and isinstance(slots[loc[1]], dict)
            else None
        )
        where.append(f"slot {name!r}" if name else f"slot #{loc[1] + 1}")
        loc = loc[2:]
    field = ".".join(str(part) for part in loc if not str(part).startswith(("function-", "str")))
    if field:
        where.append(field)
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{': '.join(where) or 'survey'}: {message}"


def parse_survey(data: Any, source: str) -> Survey:
    """Validate already-loaded YAML data; `source` names the file in error messages."""
    if not isinstance(data, dict):
        raise SurveyError(f"{source}: a survey must be a YAML mapping with id, title and slots")
    try:
        return Survey.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(_describe_error(err, data) for err in exc.errors())
        raise SurveyError(f"{source}: {problems}") from None


def load_survey_file(path: Path | str) -> Survey:
    path = Path(path)
    return parse_survey(read_yaml(path, SurveyError), str(path))


def bundled_survey_ids() -> list[str]:
    folder = resources.files("bot") / "surveys"
    return sorted(
        p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml")
    )


@lru_cache(maxsize=32)
def load_survey(survey_id: str, search_dir: str | None = None) -> Survey:
    """Load a survey by id: from `search_dir` (the user's surveys folder) first, then the bundle."""
    if not re.fullmatch(r"[a-z][a-z0-9_]*", survey_id):
        raise SurveyError(f"{survey_id!r} is not a survey id (lowercase letters, digits, _)")
    if search_dir:
        candidate = Path(search_dir) / f"{survey_id}.yaml"
        if candidate.exists():
            return load_survey_file(candidate)
    bundled = resources.files("bot") / "surveys" / f"{survey_id}.yaml"
    if not bundled.is_file():
        known = ", ".join(bundled_survey_ids())
        raise SurveyError(f"unknown survey {survey_id!r}; available: {known}")
    with resources.as_file(bundled) as path:
        return load_survey_file(path)
