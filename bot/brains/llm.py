"""The LLM brain: one model call per respondent turn both reads the answer and phrases the reply.

Code decides, the model speaks. `understand` sends the turn (survey purpose, the slots still to
ask, this respondent's known answers and their message, PII-redacted and fenced as data) and gets
back validated structured output: proposed values with confidence, refused/vague flags, a command
and a draft of the next message with the action and slot it was written for. The proposals go
through the engine's validation gate like any brain's; the draft is kept for `phrase`, which uses
it only if the code's decided action has the same kind and slot and acknowledges exactly the
values the model read. Anything else is phrased by the offline phraser.

Failures never reach the respondent: malformed or schema-invalid output gets one re-ask with the
error; timeouts, 429 and 5xx get bounded retries with backoff inside the channel's deadline; then
the turn falls back to the offline rules. Every call is recorded in `LlmCall`.

Commands (pause, show or delete my data, switch language) are read by the offline rules first: a
message that is a command never costs a model call, and control flow never depends on the model.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from bot.brains.base import TurnContext
from bot.brains.call_log import CallLog, CallRecord, DatabaseCallLog
from bot.brains.chat_model import (
    METHODS,
    StructuredMethod,
    build_chat_model,
    describe,
    is_retryable,
    retry_after,
    structured_call,
)
from bot.brains.llm_guard import (
    fence_text,
    looks_like_injection,
    new_boundary,
    reply_problem,
    safe_text_value,
)
from bot.brains.llm_schema import TURN_SCHEMA, OutputInvalid, TurnOutput, parse_output, slot_spec
from bot.brains.offline import OfflineBrain
from bot.config import Settings
from bot.privacy.redact import redact
from bot.reply import Action
from bot.survey import Sensitivity, SlotType
from bot.understanding.types import Command, Proposal, Understanding
from prompts import render, render_parts

MAX_ATTEMPTS = 4  # HTTP requests per turn, re-ask and transport retries included
MIN_ATTEMPT_SECONDS = 0.25  # not worth starting a request with less time than this left
BACKOFF_BASE, BACKOFF_CAP = 0.25, 2.0
MIN_CONFIDENCE = 0.5
PHRASED_KINDS = frozenset({"question", "followup", "clarify"})
# Reversible commands a model may recognise in a paraphrase the rules missed; deleting data is
# only ever started by the rules (and is confirmed even then).
_MODEL_COMMANDS = {
    "stop": Command.stop,
    "show_data": Command.show_data,
    "switch_zh": Command.switch_zh,
    "switch_en": Command.switch_en,
}


@dataclass(frozen=True)
class Draft:
    """The model's next message and what it assumed the code would decide."""

    kind: str
    slot: str | None
    text: str
    proposed: frozenset[str]

    def fits(self, action: Action, open_slots: set[str]) -> bool:
        acknowledged = {slot for slot, _ in action.acknowledged if slot not in open_slots}
        # A clarification is about the asked slot's rejected value, which is never acknowledged.
        expected = self.proposed - {self.slot} if self.kind == "clarify" else self.proposed
        return (
            action.kind in PHRASED_KINDS
            and action.kind == self.kind
            and action.slot == self.slot
            and action.note != "resumed"
            and acknowledged == expected
        )


@dataclass
class Prompt:
    system: str
    user: str
    tag: str
    rules: str  # the instruction text alone, to recognise a leak


class _Drafts:
    """Drafts between `understand` and `phrase` of the same turn, keyed by session and turn.

    Both run inside one `Engine.handle` call in one process; nothing here outlives a turn, so no
    conversation state lives in memory. Bounded, so abandoned turns cannot pile up.
    """

    def __init__(self, limit: int = 4096) -> None:
        self._items: OrderedDict[str, tuple[int, Draft]] = OrderedDict()
        self._lock = threading.Lock()
        self._limit = limit

    def put(self, session_id: str, turn: int, draft: Draft | None) -> None:
        with self._lock:
            self._items.pop(session_id, None)
            if draft is not None:
                self._items[session_id] = (turn, draft)
                while len(self._items) > self._limit:
                    self._items.popitem(last=False)

    def take(self, session_id: str, turn: int) -> Draft | None:
        with self._lock:
            item = self._items.pop(session_id, None)
        return item[1] if item is not None and item[0] == turn else None


class LlmBrain:
    """Understands and phrases with any OpenAI-compatible chat model; falls back to the rules."""

    name = "llm"

    def __init__(
        self,
        settings: Settings,
        *,
        chat_model: BaseChatModel | None = None,
        call_log: CallLog | None = None,
        method: StructuredMethod | None = None,
        offline: OfflineBrain | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self.model = chat_model if chat_model is not None else build_chat_model(settings)
        self.model_name = settings.llm_model
        chosen = method or getattr(settings, "llm_structured_output", "json_schema")
        if chosen not in METHODS:
            raise ValueError(f"structured output method {chosen!r}; use one of {METHODS}")
        self.method: StructuredMethod = chosen
        self.offline = offline or OfflineBrain()
        self.call_log = call_log if call_log is not None else DatabaseCallLog(settings=settings)
        self._sleep = sleep
        self._drafts = _Drafts()
        self._rules: dict[str, str] = {}

    # ------------------------------------------------------------------ the Brain protocol

    def understand(self, text: str, ctx: TurnContext) -> Understanding:
        rules = self.offline.understand(text, ctx)
        rules.extractor = "offline"
        if rules.command is not None:  # control flow stays with code, and costs no call
            self._drafts.put(ctx.session_id, ctx.turn + 1, None)
            return rules
        prompt = self.build_prompt(text, ctx)
        output = self._ask(prompt, ctx)
        if output is None:
            self._drafts.put(ctx.session_id, ctx.turn + 1, None)
            return rules
        understanding, draft = self._read(output, rules, ctx, looks_like_injection(text), prompt)
        self._drafts.put(ctx.session_id, ctx.turn + 1, draft)
        return understanding

    def phrase(self, action: Action, ctx: TurnContext) -> str:
        draft = self._drafts.take(ctx.session_id, ctx.turn)
        open_slots = {s.name for s in ctx.survey.slots if s.type == SlotType.open}
        if draft is not None and draft.fits(action, open_slots):
            return draft.text
        return self.offline.phrase(action, ctx)

    # ------------------------------------------------------------------ the prompt

    def _redact(self, text: str) -> str:
        return redact(text).text if self.settings.redact_pii else text

    def build_prompt(self, text: str, ctx: TurnContext) -> Prompt:
        """Only this respondent's data, the survey's purpose and slots, and the fenced message."""
        survey, lang = ctx.survey, ctx.lang
        tag = new_boundary()
        slots = []
        for slot in survey.slots:
            if slot.name != ctx.asked and (slot.name in ctx.known or slot.name in ctx.refused):
                continue
            slots.append(
                {
                    "name": slot.name,
                    "label": _label(slot.label_for(lang), slot.name),
                    "spec": slot_spec(slot, lang),
                    "condition": slot.when.source if slot.when else "",
                    "asked": slot.name == ctx.asked,
                }
            )
        asked = survey.get_slot(ctx.asked)
        followup = ""
        if asked is not None and asked.type == SlotType.open and asked.max_followups:
            followup = render(
                "followup",
                lang,
                label=asked.label_for(lang),
                max_probes=asked.max_followups,
                probes=asked.probes.get(lang) if asked.probes else [],
            )
        parts = render_parts(
            "survey_turn",
            lang,
            title=survey.title.get(lang),
            purpose=survey.purpose.get(lang),
            slots=slots,
            asked=ctx.asked or "",
            today=(ctx.today.isoformat() if ctx.today else ""),
            followup=followup,
            tag=tag,
            state=fence_text(self._state(ctx), tag),
            message=fence_text(self._redact(text), tag),
        )
        return Prompt(parts["system"], parts["user"], tag, self._rules_text(lang))

    def _state(self, ctx: TurnContext) -> str:
        """Known answers as JSON: redacted, sensitive values withheld, open answers not resent."""
        known: dict[str, Any] = {}
        for name, value in ctx.known.items():
            slot = ctx.survey.get_slot(name)
            if slot is None:
                continue
            if slot.sensitivity == Sensitivity.sensitive or slot.type == SlotType.open:
                known[name] = "(answered)"
            elif isinstance(value, str):
                known[name] = self._redact(value)
            else:
                known[name] = value
        state = {"asked": ctx.asked, "known": known, "declined": sorted(ctx.refused)}
        return json.dumps(state, ensure_ascii=False, separators=(",", ":"))

    def _rules_text(self, lang: str) -> str:
        """The system prompt with no survey in it: what a leaked prompt would repeat."""
        if lang not in self._rules:
            self._rules[lang] = render_parts(
                "survey_turn",
                lang,
                title="",
                purpose="",
                slots=[],
                asked="",
                today="",
                followup="",
                tag="",
                state="",
                message="",
            )["system"]
        return self._rules[lang]

    # ------------------------------------------------------------------ the call

    def _deadline(self, ctx: TurnContext) -> float:
        if ctx.channel == "wechat":
            return self.settings.llm_deadline_wechat
        return self.settings.llm_deadline_web

    def _ask(self, prompt: Prompt, ctx: TurnContext) -> TurnOutput | None:
        """One structured call with a re-ask and transport retries, all inside the deadline."""
        started = time.monotonic()
        deadline = started + self._deadline(ctx)
        base: list[BaseMessage] = [SystemMessage(prompt.system), HumanMessage(prompt.user)]
        messages = base
        attempts = failures = prompt_tokens = completion_tokens = 0
        reasked = False
        error: str | None = None
        output: TurnOutput | None = None
        while attempts < MAX_ATTEMPTS:
            remaining = deadline - time.monotonic()
            if remaining < MIN_ATTEMPT_SECONDS:
                error = f"{error or 'no attempt'}; deadline"
                break
            attempts += 1
            try:
                result = structured_call(self.model, messages, TURN_SCHEMA, self.method, remaining)
            except (
                Exception
            ) as exc:  # any failure of the model call ends in the rules, never an error
                error = describe(exc)
                if not is_retryable(exc) or attempts >= MAX_ATTEMPTS:
                    break
                delay = BACKOFF_BASE * 2**failures * random.uniform(0.8, 1.2)
                delay = min(BACKOFF_CAP, max(delay, retry_after(exc) or 0.0))
                failures += 1
                if time.monotonic() + delay + MIN_ATTEMPT_SECONDS > deadline:
                    error += "; deadline"
                    break
                self._sleep(delay)
                continue
            prompt_tokens += result.prompt_tokens
            completion_tokens += result.completion_tokens
            try:
                if result.parse_error is not None:
                    raise OutputInvalid(result.parse_error)
                output = parse_output(result.data, ctx.survey)
                break
            except OutputInvalid as exc:
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
                session_id=ctx.session_id,
                task="survey_turn",
                model=self.model_name,
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                latency_ms=(time.monotonic() - started) * 1000,
                attempts=attempts,
                outcome=outcome,
                error=error,
            )
        )
        return output

    # ------------------------------------------------------------------ reading the output

    def _read(
        self,
        out: TurnOutput,
        rules: Understanding,
        ctx: TurnContext,
        suspicious: bool,
        prompt: Prompt,
    ) -> tuple[Understanding, Draft | None]:
        """Turn checked output into proposals and a draft; a suspicious message gets neither."""
        survey = ctx.survey
        if suspicious:
            # An instruction-like message is not an answer: keep only what the rules read from
            # it for closed slots, and let the dialogue re-ask or probe as it would for "ok".
            closed = [
                p
                for p in rules.proposals
                if survey.slot(p.slot).type not in {SlotType.text, SlotType.open}
            ]
            return Understanding(rules.lang, closed, vague=True, extractor="offline"), None
        proposals: dict[str, Proposal] = {}
        for item in out.values:
            slot = survey.get_slot(item.slot)
            if slot is None or slot.type == SlotType.open or item.value is None:
                continue
            if item.confidence < MIN_CONFIDENCE or item.slot in proposals:
                continue
            if not safe_text_value(slot, item.value):
                continue
            value = sorted(set(item.value)) if isinstance(item.value, list) else item.value
            if isinstance(value, str):
                value = value.strip()
            proposals[item.slot] = Proposal(
                item.slot, value, confidence=item.confidence, span=item.span[:200]
            )
        command = _MODEL_COMMANDS.get(out.command)
        understanding = Understanding(
            lang=rules.lang,
            proposals=list(proposals.values()),
            refused=out.refused and ctx.asked is not None,
            vague=out.vague,
            command=command,
            extractor="llm",
        )
        draft = None
        if out.next.kind in PHRASED_KINDS and command is None:
            text = out.next.text.strip()
            if reply_problem(text, prompt.tag, prompt.rules) is None:
                draft = Draft(out.next.kind, out.next.slot, text, frozenset(proposals))
        return understanding, draft


def _reask(raw: str, error: str) -> str:
    shown = raw if len(raw) <= 1500 else raw[:1500] + "…"
    return (
        "Your previous reply could not be used: "
        f"{error}\nPrevious reply:\n{shown}\n"
        "Reply again with one JSON object that follows the schema and the slot definitions."
    )


def _label(label: str, name: str) -> str:
    """The slot's label, or nothing when it only repeats the name (saves prompt tokens)."""
    return "" if label.lower() == name.replace("_", " ") else label
