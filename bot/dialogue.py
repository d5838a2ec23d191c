"""The dialogue policy: pure functions that decide what happens after a message.

Given the survey, the session state and what a brain understood, `decide` returns the attribute
changes, the next stage and pending question, side effects for the engine to carry out, and the
Action to phrase. Nothing here touches the database or a model, so every rule is unit-testable and
identical for every brain and channel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.reply import Action
from bot.survey import Slot, SlotType, Survey
from bot.understanding import parse_yes_no
from bot.understanding.types import Command, Understanding
from bot.validation import validate

MAX_NO_VALUE_RETRIES = 1  # a slot with no usable answer is re-asked once, then left unknown
MAX_OUT_OF_RANGE_RETRIES = 2
_SKIP_WORDS = {"跳过", "下一个", "下一题", "skip", "next", "pass", "skip it", "next question"}


@dataclass
class SlotState:
    """What the respondent has told us so far, by slot."""

    known: dict[str, Any] = field(default_factory=dict)  # filled values
    status: dict[str, str] = field(default_factory=dict)  # filled | refused | invalid | unknown
    sensitive_consent: bool | None = None

    @property
    def refused(self) -> set[str]:
        return {slot for slot, status in self.status.items() if status == "refused"}


@dataclass
class Change:
    slot: str
    status: str
    value: Any = None
    confidence: float = 1.0


@dataclass
class Decision:
    action: Action
    stage: str
    pending: dict[str, Any] | None
    current_slot: str | None
    lang: str
    changes: list[Change] = field(default_factory=list)
    # consent_yes, consent_no, sensitive_yes, sensitive_no, delete_respondent, purge_session
    effects: list[str] = field(default_factory=list)


def next_slot(survey: Survey, state: SlotState) -> Slot | None:
    """The first slot not yet settled whose `when` condition holds on what is known."""
    for slot in survey.slots:
        if slot.name in state.status:
            continue
        if slot.when is not None and not slot.when.evaluate(state.known):
            continue
        return slot
    return None


def _is_skip(text: str) -> bool:
    return text.strip().lower().strip("。.!！ ") in _SKIP_WORDS


class _Turn:
    """Mutable working state for one decision; keeps `decide` readable."""

    def __init__(
        self, survey: Survey, state: SlotState, lang: str, pending: dict[str, Any] | None
    ) -> None:
        self.survey = survey
        self.state = state
        self.lang = lang
        self.pending = pending
        self.changes: list[Change] = []
        self.effects: list[str] = []
        self.acknowledged: list[tuple[str, Any]] = []

    def record(self, slot: str, status: str, value: Any = None, confidence: float = 1.0) -> None:
        self.changes.append(Change(slot, status, value, confidence))
        self.state.status[slot] = status
        if status == "filled":
            self.state.known[slot] = value
            self.acknowledged.append((slot, value))
        else:
            self.state.known.pop(slot, None)

    def decision(self, action: Action, stage: str = "survey") -> Decision:
        action.acknowledged = action.acknowledged or self.acknowledged
        return Decision(
            action=action,
            stage=stage,
            pending=self.pending,
            current_slot=action.slot if stage == "survey" else None,
            lang=self.lang,
            changes=self.changes,
            effects=self.effects,
        )

    def apply(
        self, understanding: Understanding, asked: str | None, *, confirm: bool
    ) -> tuple[tuple[str, Any, Any] | None, Any]:
        """Validate and store proposals. Returns (contradiction, invalid value for asked slot)."""
        contradiction: tuple[str, Any, Any] | None = None
        invalid_for_asked: Any = None
        for proposal in understanding.proposals:
            slot = self.survey.get_slot(proposal.slot)
            if slot is None:
                continue
            checked = validate(slot, proposal.value)
            if not checked.ok:
                if slot.name == asked and checked.reason == "out_of_range":
                    invalid_for_asked = checked.value
                continue
            old = self.state.known.get(slot.name)
            if old == checked.value:
                continue
            if old is not None and slot.name != asked and confirm and contradiction is None:
                contradiction = (slot.name, old, checked.value)
                continue
            if old is not None and slot.name != asked and confirm:
                continue  # one confirmation at a time; the rest stays as it was
            self.record(slot.name, "filled", checked.value, proposal.confidence)
        return contradiction, invalid_for_asked

    def minor(self, min_age: int) -> bool:
        age = self.state.known.get("age")
        return isinstance(age, int) and age < min_age

    def ask_next(self, *, note: str | None = None) -> Decision:
        slot = next_slot(self.survey, self.state)
        if slot is None:
            self.pending = None
            return self.decision(Action("done"), stage="done")
        if slot.sensitivity == "sensitive" and self.state.sensitive_consent is None:
            sensitive = [s for s in self.survey.slots if s.sensitivity == "sensitive"]
            self.pending = {"type": "sensitive_consent", "slot": slot.name}
            sep = "、" if self.lang == "zh" else ", "
            detail = {
                "labels": sep.join(s.label_for(self.lang) for s in sensitive),
                "purposes": "; ".join(s.purpose.get(self.lang) for s in sensitive),
            }
            return self.decision(Action("consent", slot.name, note="sensitive", detail=detail))
        if self.pending is None or self.pending.get("slot") != slot.name:
            self.pending = None
        return self.decision(Action("question", slot.name, note=note))


def decide(
    survey: Survey,
    *,
    stage: str,
    pending: dict[str, Any] | None,
    current_slot: str | None,
    lang: str,
    state: SlotState,
    understanding: Understanding,
    text: str,
    min_age: int = 14,
) -> Decision:
    """Decide the next step of the conversation after one respondent message."""
    u = understanding
    turn = _Turn(survey, state, lang, pending)
    if u.command in {Command.switch_zh, Command.switch_en}:
        turn.lang = "zh" if u.command == Command.switch_zh else "en"
    elif u.lang != lang and _clear_language_switch(text, u.lang):
        turn.lang = u.lang

    if stage == "consent" or stage == "declined":
        answer = parse_yes_no(text)
        if answer is True:
            turn.effects.append("consent_yes")
            turn.pending = None
            turn.apply(u, None, confirm=False)
            return turn.ask_next()
        if answer is False:
            turn.effects.append("consent_no")
            return turn.decision(Action("info", note="declined"), stage="declined")
        if stage == "declined":
            return turn.decision(Action("info", note="declined"), stage="declined")
        return turn.decision(Action("consent", note="again"), stage="consent")

    if stage == "stopped_minor":
        return turn.decision(Action("info", note="minor", detail={"min_age": min_age}), stage)

    pending_type = (pending or {}).get("type")
    if pending_type == "delete_confirm":
        if parse_yes_no(text) is True:
            turn.effects.append("delete_respondent")
            turn.pending = None
            return turn.decision(Action("info", note="deleted"), stage="deleted")
        turn.pending = (pending or {}).get("resume")
        resume_stage = (pending or {}).get("stage", "survey")
        if resume_stage == "done":
            return turn.decision(Action("info", note="delete_kept"), stage="done")
        return turn.decision(Action("info", current_slot, note="delete_kept"))

    if u.command == Command.delete_data:
        turn.pending = {"type": "delete_confirm", "resume": pending, "stage": stage}
        return turn.decision(Action("confirm", current_slot, note="delete"), stage=stage)
    if u.command == Command.show_data:
        showing = current_slot if stage == "survey" else None
        return turn.decision(Action("info", showing, note="show_data"), stage=stage)
    if u.command == Command.stop:
        return turn.decision(Action("info", note="paused"), stage="paused")

    if stage == "paused":
        turn.apply(u, current_slot, confirm=True)
        decision = turn.ask_next(note="resumed")
        if decision.action.kind == "question":
            decision.action.note = "resumed"
        return decision

    if stage == "done":
        turn.apply(u, None, confirm=False)
        if turn.changes:
            if turn.minor(min_age):
                turn.effects.append("purge_session")
                return turn.decision(
                    Action("info", note="minor", detail={"min_age": min_age}), stage="stopped_minor"
                )
            return turn.decision(Action("info", note="corrected"), stage="done")
        return turn.decision(Action("info", note="already_done"), stage="done")

    return _survey_turn(turn, u, text, current_slot, pending, min_age)


def _clear_language_switch(text: str, detected: str) -> bool:
    """Switch language only on clear evidence, not on "ok" or a bare number."""
    if detected == "zh":
        return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") >= 2
    words = [w for w in text.split() if w.isascii() and any(c.isalpha() for c in w)]
    return len(words) >= 3 and not any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _survey_turn(
    turn: _Turn,
    u: Understanding,
    text: str,
    asked: str | None,
    pending: dict[str, Any] | None,
    min_age: int,
) -> Decision:
    survey = turn.survey
    pending = pending or {}
    pending_type = pending.get("type")

    if pending_type == "sensitive_consent":
        answer = parse_yes_no(text)
        turn.state.sensitive_consent = answer is True
        turn.effects.append("sensitive_yes" if answer else "sensitive_no")
        if not answer:
            for slot in survey.slots:
                if slot.sensitivity == "sensitive" and slot.name not in turn.state.status:
                    turn.record(slot.name, "refused")
        turn.pending = None
        return turn.ask_next()

    if pending_type == "confirm":
        slot_name = pending["slot"]
        direct = u.for_slot(slot_name)
        checked = validate(survey.slot(slot_name), direct.value) if direct else None
        if checked is not None and checked.ok:
            turn.record(slot_name, "filled", checked.value)
        elif parse_yes_no(text) is True:
            turn.record(slot_name, "filled", pending["new"])
        turn.pending = None
        others = [p for p in u.proposals if p.slot != slot_name]
        turn.apply(Understanding(lang=u.lang, proposals=others), None, confirm=False)
        return _after_values(turn, min_age)

    asked_slot = survey.get_slot(asked)
    if asked_slot is None:
        turn.apply(u, None, confirm=True)
        return _after_values(turn, min_age)
    slot = asked_slot

    if u.refused or _is_skip(text):
        turn.record(slot.name, "refused")
        turn.pending = None
        turn.apply(u, slot.name, confirm=True)  # "不方便说年龄，我在上海" still gives the city
        return _after_values(turn, min_age)

    contradiction, invalid_value = turn.apply(u, slot.name, confirm=True)
    if contradiction is not None:
        name, old, new = contradiction
        turn.pending = {"type": "confirm", "slot": name, "old": old, "new": new}
        return turn.decision(
            Action("confirm", name, note="contradiction", detail={"old": old, "new": new})
        )
    if slot.name in turn.state.status:
        turn.pending = None
        return _after_values(turn, min_age)

    if slot.type == SlotType.open:
        return _open_answer(turn, slot, u, text, pending, min_age)

    attempts = int(pending.get("count", 0)) if pending.get("slot") == slot.name else 0
    if invalid_value is not None:
        if attempts >= MAX_OUT_OF_RANGE_RETRIES:
            turn.record(slot.name, "invalid", invalid_value)
            turn.pending = None
            return _after_values(turn, min_age)
        turn.pending = {"type": "clarify", "slot": slot.name, "count": attempts + 1}
        return turn.decision(
            Action(
                "clarify",
                slot.name,
                note="out_of_range",
                detail={"value": invalid_value},
                attempt=attempts,
            )
        )
    if attempts >= MAX_NO_VALUE_RETRIES:
        turn.record(slot.name, "unknown")
        turn.pending = None
        return _after_values(turn, min_age)
    turn.pending = {"type": "clarify", "slot": slot.name, "count": attempts + 1}
    # Other slots were answered instead: just ask again; otherwise say we did not understand.
    action = Action("clarify", slot.name, note="no_value", attempt=attempts + 1)
    if turn.acknowledged:
        action.kind = "question"
    return turn.decision(action)


def _open_answer(
    turn: _Turn,
    slot: Slot,
    u: Understanding,
    text: str,
    pending: dict[str, Any],
    min_age: int,
) -> Decision:
    probes = int(pending.get("count", 0)) if pending.get("slot") == slot.name else 0
    if u.vague and probes < slot.max_followups:
        turn.pending = {"type": "followup", "slot": slot.name, "count": probes + 1}
        return turn.decision(Action("followup", slot.name, attempt=probes))
    checked = validate(slot, text)
    turn.record(
        slot.name, "unknown" if u.vague else "filled", checked.value if checked.ok else None
    )
    turn.pending = None
    return _after_values(turn, min_age)


def _after_values(turn: _Turn, min_age: int) -> Decision:
    if turn.minor(min_age):
        turn.effects.append("purge_session")
        turn.pending = None
        return turn.decision(
            Action("info", note="minor", detail={"min_age": min_age}), stage="stopped_minor"
        )
    return turn.ask_next()
