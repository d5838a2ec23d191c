"""The LLM planner: the question and the catalog (never the rows) go to the model, which proposes
a plan as structured output; code validates it against `QueryPlan` and the catalog.

An invalid proposal is re-asked once with the error; a second failure, a transport error or a
timeout returns None, and the caller answers with the offline planner. The model may also say the
question is unsupported, which becomes a refusal — it can decline, but it cannot make up a number,
because numbers only ever come from our executor.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage
from pydantic import ValidationError

from analytics.ask.catalog import Catalog, PlanError
from analytics.ask.plan import QueryPlan, Refusal
from analytics.ask.suggest import suggestions
from bot.brains.call_log import CallLog, CallRecord, DatabaseCallLog
from bot.brains.chat_model import build_chat_model, describe, structured_call
from bot.brains.llm_guard import fence_text, new_boundary
from bot.config import Settings
from bot.privacy.redact import redact
from prompts import render_parts

log = logging.getLogger(__name__)
METRICS = ["count", "share", "rate", "mean", "median", "sum", "min", "max"]
OPERATORS = ["==", "!=", "<", "<=", ">", ">=", "in", "not_in", "between"]
_SCALAR: dict[str, Any] = {"type": ["string", "number", "boolean"]}
_VALUE: dict[str, Any] = {"anyOf": [_SCALAR, {"type": "array", "items": _SCALAR}, {"type": "null"}]}
PLAN_SCHEMA: dict[str, Any] = {
    "title": "query_plan",
    "description": "A query plan for the marketer's question, or why it is unsupported.",
    "type": "object",
    "additionalProperties": False,
    "required": [
        "metric", "target", "op", "value", "group_by", "filters", "highlight",
        "text_kind", "text_column", "topic", "unsupported",
    ],
    "properties": {
        "metric": {"type": ["string", "null"], "enum": [*METRICS, None]},
        "target": {"type": ["string", "null"]},
        "op": {"type": ["string", "null"], "enum": [*OPERATORS, None]},
        "value": _VALUE,
        "group_by": {"type": ["string", "null"]},
        "filters": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["column", "op", "value"],
                "properties": {
                    "column": {"type": "string"},
                    "op": {"type": "string", "enum": OPERATORS},
                    "value": {"anyOf": [_SCALAR, {"type": "array", "items": _SCALAR}]},
                },
            },
        },
        "highlight": {"type": ["string", "null"], "enum": ["highest", "lowest", None]},
        "text_kind": {"type": ["string", "null"], "enum": ["themes", "quotes", None]},
        "text_column": {"type": ["string", "null"]},
        "topic": {"type": ["string", "null"]},
        "unsupported": {"type": ["string", "null"]},
    },
}  # fmt: skip


def to_plan(data: Any, catalog: Catalog) -> QueryPlan | Refusal:
    """Validate the model's JSON into a checked plan or a refusal; raises ValueError if invalid."""
    if not isinstance(data, dict):
        raise ValueError("the reply is not a JSON object")
    if data.get("unsupported"):
        return Refusal(reason=str(data["unsupported"])[:300])
    fields = {k: data.get(k) for k in ("metric", "target", "value", "group_by", "highlight")}
    fields["op"] = data.get("op") or "=="
    fields["filters"] = data.get("filters") or []
    if data.get("text_kind"):
        fields = {"filters": fields["filters"]}
        fields["text"] = {
            "kind": data["text_kind"],
            "column": data.get("text_column"),
            "topic": data.get("topic"),
        }
    try:
        plan = QueryPlan.model_validate(fields)
        return catalog.check(plan)
    except (ValidationError, PlanError) as exc:
        raise ValueError(str(exc)[:600]) from None


class LlmPlanner:
    """Callable as ``planner(question, catalog, lang)``; returns None when the model fails."""

    def __init__(self, settings: Settings, call_log: CallLog | None = None) -> None:
        self.settings = settings
        self.model = build_chat_model(settings)
        self.call_log = call_log or DatabaseCallLog(settings=settings)

    def __call__(self, question: str, catalog: Catalog, lang: str) -> QueryPlan | Refusal | None:
        tag = new_boundary()
        parts = render_parts(
            "query_plan",
            lang,
            columns=catalog.to_prompt(lang),
            metrics=METRICS,
            tag=tag,
            question=fence_text(redact(question).text, tag),
        )
        base: list[BaseMessage] = [SystemMessage(parts["system"]), HumanMessage(parts["user"])]
        messages = base
        started = time.monotonic()
        attempts = prompt_tokens = completion_tokens = 0
        error: str | None = None
        result: QueryPlan | Refusal | None = None
        while attempts < 2 and result is None:
            attempts += 1
            remaining = self.settings.llm_deadline_web - (time.monotonic() - started)
            if remaining <= 0.5:
                error = "deadline"
                break
            try:
                call = structured_call(
                    self.model,
                    messages,
                    PLAN_SCHEMA,
                    self.settings.llm_structured_output,
                    remaining,
                )
            except Exception as exc:  # any model failure: the offline planner answers
                error = describe(exc)
                break
            prompt_tokens += call.prompt_tokens
            completion_tokens += call.completion_tokens
            try:
                if call.parse_error is not None:
                    raise ValueError(call.parse_error)
                result = to_plan(call.data, catalog)
            except ValueError as exc:
                error = f"invalid plan: {exc}"
                messages = [*base, HumanMessage(_reask(call.raw, str(exc)))]
        if isinstance(result, Refusal):
            result.suggestions = suggestions(catalog, lang)
        outcome = "fallback" if result is None else ("reasked" if attempts > 1 else "ok")
        self.call_log.record(
            CallRecord(
                session_id=None,
                task="query_plan",
                model=self.settings.llm_model,
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                latency_ms=(time.monotonic() - started) * 1000,
                attempts=attempts,
                outcome=outcome,
                error=None if outcome == "ok" else error,
            )
        )
        return result


def _reask(raw: str, error: str) -> str:
    shown = raw if len(raw) <= 1500 else raw[:1500] + "…"
    return (
        f"Your previous plan could not be used: {error}\nPrevious reply:\n{shown}\n"
        "Reply again with one JSON object that follows the schema, using only the listed columns "
        "and values, or set unsupported to say what is missing."
    )
