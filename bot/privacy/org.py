"""Organization facts for privacy notices: who the controller is, where data goes, how long.

A notice is only as true as the facts behind it, so the facts live in a file the organization owns
(`org.yaml`) and are validated here. Nothing is ever filled in by default except the minimum age,
which PIPL fixes at 14: a missing controller name or retention period is an error that names every
missing key at once (as a dotted path), so the author fixes the file in one go instead of one
round-trip per key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from bot.yaml_files import read_yaml

Lang = Literal["zh", "en"]

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Email = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=r"^[^@\s<>\"']+@[^@\s<>\"']+\.[A-Za-z]{2,}$"),
]


class OrgError(ValueError):
    """org.yaml is missing, unreadable or incomplete; the message names every missing key."""

    def __init__(self, message: str, missing: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.missing = list(missing)


class LocalText(BaseModel):
    """A text given in both languages; a plain string is used for both."""

    model_config = ConfigDict(extra="forbid")
    zh: NonEmpty
    en: NonEmpty


Text = NonEmpty | LocalText


def text(value: Text | None, lang: str) -> str:
    """The `lang` version of a localizable fact ('' for None)."""
    if value is None:
        return ""
    if isinstance(value, LocalText):
        return value.en if lang == "en" else value.zh
    return value


def _missing_fact(*names: str) -> PydanticCustomError:
    return PydanticCustomError("missing_fact", "missing {names}", {"names": list(names)})


class Controller(BaseModel):
    """The personal-information handler (PIPL) / data controller (GDPR)."""

    model_config = ConfigDict(extra="forbid")
    name: Text
    address: Text
    contact_email: Email
    contact_phone: NonEmpty | None = None


class Contact(BaseModel):
    """A person or office reachable by email or phone (the DPO, the EU representative)."""

    model_config = ConfigDict(extra="forbid")
    name: Text | None = None
    email: Email | None = None
    phone: NonEmpty | None = None
    address: Text | None = None

    @model_validator(mode="after")
    def _reachable(self) -> Contact:
        if self.email is None and self.phone is None:
            raise _missing_fact("email", "phone")
        return self


class RetentionRule(BaseModel):
    """How long data kept for one purpose (or, without a purpose, all data) is retained."""

    model_config = ConfigDict(extra="forbid")
    purpose: Text | None = None
    period: Text


def _is_localized(value: Any) -> bool:
    return isinstance(value, Mapping) and bool(value) and set(value) <= {"zh", "en"}


def _normalize_retention(value: Any) -> Any:
    """Accept "2 years", {zh, en}, {purpose: period} or a list of {purpose, period} rules."""
    if value is None or isinstance(value, list):
        return value
    if isinstance(value, str) or _is_localized(value):
        return [{"period": value}]
    if isinstance(value, Mapping):
        return [{"purpose": key, "period": period} for key, period in value.items()]
    return value


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) or _is_localized(value) else value


class Recipient(BaseModel):
    """A third party that receives personal information (processor or independent controller)."""

    model_config = ConfigDict(extra="forbid")
    name: Text
    purpose: Text
    categories: Annotated[list[Text], BeforeValidator(_as_list), Field(min_length=1)]
    contact: NonEmpty


class Transfer(BaseModel):
    """One cross-border transfer and the PIPL Art. 38 mechanism (or GDPR safeguard) behind it."""

    model_config = ConfigDict(extra="forbid")
    recipient: Text
    country: Text
    purpose: Text
    categories: Annotated[list[Text], BeforeValidator(_as_list), Field(min_length=1)]
    safeguard: Text
    contact: NonEmpty | None = None


class Authority(BaseModel):
    """Where a respondent can complain: a regulator's name and, optionally, how to reach it."""

    model_config = ConfigDict(extra="forbid")
    name: Text
    contact: NonEmpty | None = None


def _normalize_authority(value: Any) -> Any:
    if isinstance(value, str) or _is_localized(value):
        return {"name": value}
    return value


class AutomatedDecisions(BaseModel):
    """Whether answers feed automated decisions or profiling, and how to object (PIPL Art. 24)."""

    model_config = ConfigDict(extra="forbid")
    used: bool
    description: Text | None = None
    how_to_object: Text | None = None

    @model_validator(mode="after")
    def _explained(self) -> AutomatedDecisions:
        if self.used:
            absent = [k for k in ("description", "how_to_object") if getattr(self, k) is None]
            if absent:
                raise _missing_fact(*absent)
        return self


class Org(BaseModel):
    """Everything a privacy notice states that the survey itself cannot know."""

    model_config = ConfigDict(extra="forbid")
    controller: Controller
    dpo_contact: Contact
    eu_representative: Contact | None = None
    storage_location: Text
    retention: Annotated[
        list[RetentionRule], BeforeValidator(_normalize_retention), Field(min_length=1)
    ]
    recipients: list[Recipient]
    cross_border: list[Transfer]
    complaint_authority: Annotated[Authority, BeforeValidator(_normalize_authority)]
    automated_decisions: AutomatedDecisions
    minimum_age: int = Field(default=14, ge=1, le=21)
    policy_version: NonEmpty
    effective_date: dt.date
    legal_basis: Text | None = None  # overrides the default "consent" wording when given

    @field_validator("policy_version", mode="before")
    @classmethod
    def _version_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int | float) else value

    @field_validator("cross_border", mode="before")
    @classmethod
    def _none_means_empty(cls, value: Any) -> Any:
        if isinstance(value, str) and value.strip().lower() in {"none", "无"}:
            return []
        return value

    @property
    def dpo_reachable(self) -> list[str]:
        return [v for v in (self.dpo_contact.email, self.dpo_contact.phone) if v]


# --------------------------------------------------------------------------- loading


def _required_paths(model: type[BaseModel], prefix: str) -> Iterator[str]:
    """Dotted paths of every required field under `model`, to expand a missing section."""
    for name, field in model.model_fields.items():
        if not field.is_required():
            continue
        sub = _model_in(field.annotation)
        if sub is not None:
            yield from _required_paths(sub, f"{prefix}.{name}")
        else:
            yield f"{prefix}.{name}"


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The single BaseModel class an annotation refers to, if it is one (unwrapping Annotated)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = get_origin(annotation)
    if origin is Annotated:
        return _model_in(get_args(annotation)[0])
    if origin is Union:
        models = [m for m in (_model_in(a) for a in get_args(annotation)) if m is not None]
        others = [a for a in get_args(annotation) if a is not type(None) and _model_in(a) is None]
        return models[0] if len(models) == 1 and not others else None
    return None


def _model_at(loc: Sequence[Any]) -> type[BaseModel] | None:
    """The model class of a missing section reached through plain fields (not list items)."""
    model: type[BaseModel] | None = Org
    for part in loc:
        if model is None or isinstance(part, int):
            return None
        field = model.model_fields.get(str(part))
        model = _model_in(field.annotation) if field is not None else None
    return model


def _path(loc: Sequence[Any]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not _is_type_tag(str(part)):
            out += f".{part}" if out else str(part)
    return out


def _is_type_tag(part: str) -> bool:
    """pydantic adds union member names ('str', 'LocalText', ...) to error locations."""
    return part in {"str", "LocalText", "constrained-str", "list[LocalText]"} or "[" in part


_MISSING_TYPES = {"missing", "string_too_short", "too_short"}


def _classify(errors: list[Any]) -> tuple[list[str], list[str]]:
    missing: list[str] = []
    invalid: list[str] = []
    for err in errors:
        loc = tuple(err.get("loc", ()))
        kind = err.get("type")
        path = _path(loc)
        if kind == "missing_fact":
            names = err.get("ctx", {}).get("names", [])
            joined = (
                " or ".join(f"{path}.{n}" for n in names)
                if len(names) == 2 and ("email" in names and "phone" in names)
                else None
            )
            missing.extend([joined] if joined else [f"{path}.{n}" for n in names])
        elif kind == "extra_forbidden":
            invalid.append(f"{path}: unknown key (check its spelling and indentation)")
        elif kind in _MISSING_TYPES or err.get("input", "") is None:
            model = _model_at(loc) if kind == "missing" or err.get("input") is None else None
            expanded = list(_required_paths(model, path)) if model is not None else []
            missing.extend(expanded or [path])
        else:
            invalid.append(f"{path}: {err.get('msg', 'invalid')}")
    return list(dict.fromkeys(missing)), list(dict.fromkeys(invalid))


def parse_org(data: Any, source: str = "org.yaml") -> Org:
    """Validate loaded YAML; raise OrgError naming every missing key and every invalid value."""
    if not isinstance(data, Mapping):
        raise OrgError(f"{source}: expected a YAML mapping with controller, dpo_contact, ...")
    try:
        return Org.model_validate(dict(data))
    except ValidationError as exc:
        missing, invalid = _classify(exc.errors())
        parts = []
        if missing:
            parts.append("missing required facts: " + ", ".join(missing))
        if invalid:
            parts.append("invalid: " + "; ".join(invalid))
        raise OrgError(f"{source}: " + "; ".join(parts), missing) from None


def load_org(path: Path | str) -> Org:
    """Read and validate an org.yaml file."""
    path = Path(path)
    data = read_yaml(path, OrgError, " (see examples/org.yaml)")
    return parse_org(data, str(path))
