"""Persona names and descriptions from a language model, grounded in a profile's figures only.

Used when `INSIGHTBOT_LLM_PROVIDER=openai`. The prompt (`prompts/persona_*.j2`) carries the
segment's size, its most distinguishing categories and numbers against the population, its churn
rate and, fenced as data, its top keywords, which are already PII-redacted: no quote and no other
respondent text leaves the machine. Code checks the answer: a JSON object with a name of at most
30 characters on one line and a description, every number in either one present in the figures
sent. Invalid output gets one re-ask with the error; a timeout, 429 or 5xx one retry; after that
the offline persona stays. Each segment and language is one logged call (`llm_calls`, task
`persona`), recorded like the brain's turns.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from analytics.personas import Words, distinct_names
from analytics.profiles import distinguishing
from bot.brains.call_log import CallLog, CallRecord
from bot.brains.chat_model import (
    StructuredMethod,
    build_chat_model,
    describe,
    is_retryable,
    structured_call,
)
from bot.brains.llm_guard import fence_text, new_boundary
from bot.config import Settings
from bot.privacy.redact import redact
from bot.survey import Survey
from prompts import render_parts

MAX_ATTEMPTS = 3  # the first request, one re-ask, one transport retry
MAX_NAME_CHARS = 30
MAX_DESCRIPTION_CHARS = 600
MAX_FEATURES = 6
MAX_KEYWORDS = 8
RETRY_DELAY = 1.0
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

PERSONA_SCHEMA: dict[str, Any] = {
    "title": "persona",
    "description": "A short persona name and a description of one customer segment.",
    "type": "object",
    "properties": {"name": {"type": "string"}, "description": {"type": "string"}},
    "required": ["name", "description"],
    "additionalProperties": False,
}


class PersonaOutput(BaseModel):
    """What the model must return for one segment."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=MAX_NAME_CHARS)
    description: str = Field(min_length=1, max_length=MAX_DESCRIPTION_CHARS)

    @field_validator("name")
    @classmethod
    def _one_line(cls, value: str) -> str:
        if "\n" in value or "\r" in value:
            raise ValueError("the name must be one line")
        return value


class PersonaInvalid(ValueError):
    """The answer cannot be used; the message is written for the re-ask."""


def _numbers(text: str, *, rounded: bool = False) -> set[str]:
    """Numbers written in `text`, normalised ("1,234.50" -> "1234.5"); with `rounded`, each
    decimal also as its nearest whole number, which a description may fairly use."""
    out = set()
    for raw in _NUMBER.findall(text):
        value = raw.replace(",", "")
        if "." in value:
            value = value.rstrip("0").rstrip(".")
            if rounded:
                out.add(str(round(float(value))))
        out.add(value)
    return out


def parse_persona(data: Any, allowed_numbers: set[str], tag: str) -> PersonaOutput:
    """Validate parsed JSON against the schema and the figures, or raise PersonaInvalid."""
    if not isinstance(data, dict):
        raise PersonaInvalid("the reply must be one JSON object with name and description")
    try:
        out = PersonaOutput.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'output'}: {err['msg']}"
            for err in exc.errors()[:4]
        )
        raise PersonaInvalid(problems) from None
    if tag in out.name or tag in out.description:
        raise PersonaInvalid("the reply repeats the data fence")
    invented = sorted(_numbers(f"{out.name} {out.description}") - allowed_numbers)
    if invented:
        raise PersonaInvalid(
            f"these numbers are not in the figures given: {', '.join(invented[:5])}; "
            "use only the figures given"
        )
    return out


def prompt_context(profile: dict[str, Any], lang: str, survey: Survey | None) -> dict[str, Any]:
    """The prompt's variables for one profile: aggregate figures and redacted keywords only."""
    words = Words(lang, survey)
    features: list[dict[str, str]] = []
    for row in distinguishing(profile, top=MAX_FEATURES):
        column, _, value = str(row["feature"]).partition("=")
        if value:
            name = f"{words.column(column)}: {words.value(column, value)}"
            features.append(
                {
                    "name": name,
                    "value": f"{row['segment']:.0%}",
                    "overall": f"{row['population']:.0%}",
                }
            )
        else:
            mean = "mean" if lang == "en" else "均值"
            features.append(
                {
                    "name": words.column(column),
                    "value": f"{mean} {row['segment']:,.1f}",
                    "overall": f"{mean} {row['population']:,.1f}",
                }
            )
    churn = profile.get("churn") or {}
    if churn.get("rate") is not None:
        features.append(
            {
                "name": "churn rate" if lang == "en" else "流失率",
                "value": f"{churn['rate']:.0%}",
                "overall": f"{churn['pop_rate']:.0%}",
            }
        )
    keywords = [redact(str(k["term"])).text for k in profile.get("keywords") or []]
    return {
        "segment_id": profile["id"],
        "size": f"{profile['size']:,}",
        "share": f"{profile['share']:.0%}",
        "features": features,
        "keywords": keywords[:MAX_KEYWORDS],
    }


class LlmPersonaNamer:
    """Names every segment's persona with the configured chat model, falling back to offline."""

    def __init__(
        self,
        settings: Settings,
        *,
        call_log: CallLog,
        chat_model: BaseChatModel | None = None,
        brand: dict[str, str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self.model = chat_model if chat_model is not None else build_chat_model(settings)
        self.method: StructuredMethod = settings.llm_structured_output
        self.call_log = call_log
        self.brand = brand
        self._sleep = sleep

    def name_all(
        self, profiles: list[dict[str, Any]], survey: Survey | None = None
    ) -> list[dict[str, Any]]:
        """Replace each profile's offline persona, per language, by the model's when it is valid."""
        for profile in profiles:
            for lang in ("zh", "en"):
                named = self.name(profile, lang, survey)
                if named is not None:
                    profile["persona"][lang] = named
        return distinct_names(profiles)

    def name(
        self, profile: dict[str, Any], lang: str, survey: Survey | None
    ) -> dict[str, str] | None:
        """The model's persona for one profile in `lang`, or None (keep the offline one)."""
        tag = new_boundary()
        context = prompt_context(profile, lang, survey)
        context["keywords"] = [fence_text(k, tag) for k in context["keywords"]]
        brand = (self.brand or {}).get(lang) or ("the company" if lang == "en" else "本公司")
        parts = render_parts("persona", lang, brand=brand, tag=tag, **context)
        allowed = _numbers(f"{parts['system']}\n{parts['user']}", rounded=True)
        output = self._ask(
            [SystemMessage(parts["system"]), HumanMessage(parts["user"])], allowed, tag
        )
        if output is None:
            return None
        return {
            "name": redact(output.name).text,
            "description": redact(output.description).text,
            "source": "llm",
        }

    def _ask(self, base: list[BaseMessage], allowed: set[str], tag: str) -> PersonaOutput | None:
        started = time.monotonic()
        messages = base
        attempts = prompt_tokens = completion_tokens = 0
        reasked = retried = False
        error: str | None = None
        output: PersonaOutput | None = None
        while attempts < MAX_ATTEMPTS:
            attempts += 1
            timeout = self.settings.llm_deadline_web
            try:
                result = structured_call(self.model, messages, PERSONA_SCHEMA, self.method, timeout)
            except Exception as exc:  # any failure of the call leaves the offline persona
                error = describe(exc)
                if retried or not is_retryable(exc):
                    break
                retried = True
                self._sleep(RETRY_DELAY * random.uniform(0.8, 1.2))
                continue
            prompt_tokens += result.prompt_tokens
            completion_tokens += result.completion_tokens
            try:
                if result.parse_error is not None:
                    raise PersonaInvalid(result.parse_error)
                output = parse_persona(result.data, allowed, tag)
                break
            except PersonaInvalid as exc:
                error = f"invalid output: {exc}"
                if reasked:
                    break
                reasked = True
                messages = [*base, HumanMessage(_reask(result.raw, str(exc)))]
        if output is None:
            outcome = "fallback"
        else:
            outcome = "reasked" if reasked else ("retried" if attempts > 1 else "ok")
            error = None if outcome == "ok" else error
        self.call_log.record(
            CallRecord(
                session_id=None,
                task="persona",
                model=self.settings.llm_model,
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                latency_ms=(time.monotonic() - started) * 1000,
                attempts=attempts,
                outcome=outcome,
                error=error,
            )
        )
        return output


def _reask(raw: str, error: str) -> str:
    shown = raw if len(raw) <= 1000 else raw[:1000] + "…"
    return (
        f"Your previous reply could not be used: {error}\nPrevious reply:\n{shown}\n"
        'Reply again with one JSON object {"name": ..., "description": ...} that follows the '
        "instructions."
    )
