"""The conversation engine: one respondent turn, from stored message to stored reply.

Store first, think second: the respondent's message is committed before anything can fail. The
brain (offline rules or an LLM) runs outside any transaction so a slow model never holds a database
lock; the decision is then written in one short transaction that checks nobody else advanced the
session meanwhile (optimistic concurrency), retrying on the fresh state if someone did.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from bot.brains.base import Brain, TurnContext
from bot.config import Settings
from bot.dialogue import Decision, SlotState, decide, next_slot
from bot.phrasing import reply_options
from bot.privacy.runtime import Privacy
from bot.reply import Action, Reply
from bot.storage import repo, turn_rows
from bot.storage.db import Database
from bot.storage.models import FINISHED_STAGES, SurveySession
from bot.survey import Survey, load_survey
from bot.understanding.types import Lang

_MAX_RACE_RETRIES = 5


class EngineError(Exception):
    """A request the engine refuses; `status` is the HTTP-style code channels map it to."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Started:
    session_id: str
    respondent_id: str
    token: str
    reply: Reply


@dataclass
class _Snapshot:
    session: SurveySession
    state: SlotState
    message_id: int


class Engine:
    """Drives surveys for every channel; holds no conversation state of its own."""

    def __init__(self, db: Database, settings: Settings, brain: Brain) -> None:
        self.db = db
        self.settings = settings
        self.brain = brain
        self.privacy = Privacy.from_settings(settings)
        # Called with a respondent id after their rows are deleted, to erase copies kept
        # outside the database (vectors in Chroma); registered by whoever keeps such copies.
        self.deletion_hooks: list[Callable[[str], None]] = []

    def forget_elsewhere(self, respondent_id: str) -> None:
        for hook in self.deletion_hooks:
            hook(respondent_id)

    @property
    def min_age(self) -> int:
        return self.privacy.minimum_age

    # ------------------------------------------------------------------ helpers

    def survey(self, survey_id: str) -> Survey:
        surveys_dir = str(self.settings.surveys_dir) if self.settings.surveys_dir else None
        return load_survey(survey_id, surveys_dir)

    def _state(self, db: Session, session: SurveySession, survey: Survey) -> SlotState:
        state = SlotState()
        rows = turn_rows.current_values(db, session.respondent_id, survey.id)
        for slot, row in {row.slot: row for row in rows}.items():
            if survey.get_slot(slot) is None:
                continue
            state.status[slot] = row.status
            if row.status == "filled":
                state.known[slot] = self.privacy.open_value(survey, row.encrypted_value, row.value)
        if any(slot.sensitivity == "sensitive" for slot in survey.slots):
            state.sensitive_consent = turn_rows.latest_consent_answer(db, session.respondent_id)
        return state

    def _context(self, session: SurveySession, survey: Survey, state: SlotState) -> TurnContext:
        return TurnContext(
            survey=survey,
            session_id=session.id,
            lang=_lang(session.lang),
            asked=session.current_slot,
            known=dict(state.known),
            refused=state.refused,
            turn=session.turns,
            today=date.today(),
            channel=session.channel,
        )

    def _reply(self, action: Action, ctx: TurnContext, stage: str) -> Reply:
        text = self.brain.phrase(action, ctx)
        options = reply_options(ctx.survey, action.kind, action.slot, ctx.lang)
        return Reply(
            text=text,
            slot=action.slot,
            kind=action.kind,
            options=options,
            done=stage in FINISHED_STAGES,
        )

    # ------------------------------------------------------------------ starting

    def start(
        self,
        survey_id: str,
        *,
        respondent_id: str | None = None,
        lang: str | None = None,
        channel: str = "api",
        external_ref: str | None = None,
    ) -> Started:
        survey = self.survey(survey_id)
        self.privacy.cipher(survey)  # a survey with sensitive slots and no key fails here, early
        token = secrets.token_urlsafe(24)
        with self.db.transaction() as db:
            respondent = repo.get_or_create_respondent(
                db, respondent_id, lang=lang, channel=channel, external_ref=external_ref
            )
            session_lang = _lang(lang or respondent.lang or "zh")
            session = repo.create_session(
                db,
                respondent,
                survey_id=survey.id,
                survey_version=survey.version,
                channel=channel,
                lang=session_lang,
                token=token,
            )
            state = self._state(db, session, survey)
            _version, digest = self.privacy.notice_reference(survey, session_lang)
            consent = repo.latest_consent(db, respondent.id)
            consented = consent is not None and consent.answer and consent.notice_hash == digest
            ctx = self._context(session, survey, state)
            if consented:  # a returning respondent continues where they stopped
                slot = next_slot(survey, state)
                action = Action("question", slot.name) if slot else Action("done")
                session.stage = "survey" if slot else "done"
                session.current_slot = slot.name if slot else None
            else:
                action = Action("consent")
            reply = self._reply(action, ctx, session.stage)
            turn_rows.insert_message(
                db, session, "out", reply.text, slot=reply.slot, kind=reply.kind, lang=session.lang
            )
            return Started(session.id, respondent.id, token, reply)

    # ------------------------------------------------------------------ access

    def current_values(self, db: Session, respondent_id: str) -> dict[str, Any]:
        """Filled values of every survey a respondent took, decrypted where sealed."""
        values: dict[str, Any] = {}
        for slot, row in repo.current_attributes(db, respondent_id).items():
            if row.status == "filled":
                survey = self.survey(row.survey_id)
                values[slot] = self.privacy.open_value(survey, row.encrypted_value, row.value)
        return values

    def authorize(self, db: Session, session_id: str, token: str) -> SurveySession:
        """The session (detached: read it, never change it) if `token` opens it; else 404/403."""
        session = turn_rows.load_session(db, session_id)
        if session is None:
            raise EngineError(404, "unknown session")
        if not hmac.compare_digest(session.token_hash, repo.hash_token(token)):
            raise EngineError(403, "this token does not open this session")
        return session

    def check_access(self, session_id: str, token: str) -> None:
        with self.db.transaction() as db:
            self.authorize(db, session_id, token)

    def snapshot(self, session_id: str, token: str) -> dict[str, Any]:
        """The transcript and state of a session, for the respondent who owns it."""
        with self.db.transaction() as db:
            session = self.authorize(db, session_id, token)
            survey = self.survey(session.survey_id)
            state = self._state(db, session, survey)
            messages = repo.transcript(db, session.id)
            last_out = next((m for m in reversed(messages) if m.direction == "out"), None)
            return {
                "session_id": session.id,
                "respondent_id": session.respondent_id,
                "survey": session.survey_id,
                "stage": session.stage,
                "lang": session.lang,
                "current_slot": session.current_slot,
                "done": session.stage in FINISHED_STAGES,
                "attributes": state.known,
                "refused": sorted(state.refused),
                "last_reply": last_out.text if last_out else None,
                "messages": [
                    {
                        "direction": m.direction,
                        "text": self.privacy.open_text(survey, m.slot, m.text),
                        "slot": m.slot,
                        "kind": m.kind,
                        "created_at": m.created_at.isoformat(),
                    }
                    for m in messages
                ],
            }

    # ------------------------------------------------------------------ turns

    def handle(
        self, session_id: str, token: str, text: str, *, external_id: str | None = None
    ) -> Reply:
        """Process one respondent message and return the bot's reply."""
        snapshot = self._store_incoming(session_id, token, text, external_id)
        if isinstance(snapshot, Reply):
            return snapshot
        return self._turn(snapshot, text)

    def _turn(self, snapshot: _Snapshot, text: str) -> Reply:
        for _ in range(_MAX_RACE_RETRIES):
            survey = self.survey(snapshot.session.survey_id)
            ctx = self._context(snapshot.session, survey, snapshot.state)
            understanding = self.brain.understand(text, ctx)
            decision = decide(
                survey,
                stage=snapshot.session.stage,
                pending=snapshot.session.pending,
                current_slot=snapshot.session.current_slot,
                lang=snapshot.session.lang,
                state=snapshot.state,
                understanding=understanding,
                text=text,
                min_age=self.min_age,
            )
            extractor = understanding.extractor or self.brain.name
            reply = self._commit(snapshot, survey, decision, extractor)
            if reply is not None:
                return reply
            snapshot = self._load(snapshot.session.id, snapshot.message_id)
        raise EngineError(409, "the session is busy; please send the message again")

    def process_pending(self) -> int:
        """Answer stored messages whose turn never finished (a crash or an outage mid-turn).

        Store-first means such messages exist only as rows with `processed = False`; they are
        replayed in arrival order, so nothing a respondent sent is ever lost.
        """
        with self.db.transaction() as db:
            pending = [(m.id, m.session_id, m.slot, m.text) for m in repo.unprocessed_messages(db)]
        for message_id, session_id, slot, stored in pending:
            snapshot = self._load(session_id, message_id)
            survey = self.survey(snapshot.session.survey_id)
            self._turn(snapshot, self.privacy.open_text(survey, slot, stored))
        return len(pending)

    def _store_incoming(
        self, session_id: str, token: str, text: str, external_id: str | None
    ) -> _Snapshot | Reply:
        with self.db.transaction() as db:
            session = self.authorize(db, session_id, token)
            if session.stage == "deleted":
                raise EngineError(410, "this conversation and its data were deleted")
            if external_id is not None:
                seen = turn_rows.message_by_external_id(db, session.id, external_id)
                if seen is not None:
                    return self._replay(db, seen, session)
            survey = self.survey(session.survey_id)
            message_id = turn_rows.insert_message(
                db,
                session,
                "in",
                self.privacy.seal_text(survey, session.current_slot, text),
                slot=session.current_slot,
                lang=session.lang,
                external_id=external_id,
            )
            state = self._state(db, session, survey)
            return _Snapshot(session, state, message_id)

    def _replay(self, db: Session, seen: int, session: SurveySession) -> Reply:
        """A retried delivery (same channel message id): answer again without a second turn."""
        answer = turn_rows.reply_to(db, seen)
        if answer is None:
            return Reply(text="", kind="info", slot=session.current_slot, done=False)
        return Reply(
            text=answer.text,
            slot=answer.slot,
            kind=answer.kind or "info",  # type: ignore[arg-type]
            done=session.stage in FINISHED_STAGES,
        )

    def _load(self, session_id: str, message_id: int) -> _Snapshot:
        with self.db.transaction() as db:
            session = turn_rows.load_session(db, session_id)
            if session is None:
                raise EngineError(404, "unknown session")
            survey = self.survey(session.survey_id)
            state = self._state(db, session, survey)
            return _Snapshot(session, state, message_id)

    def _commit(
        self, snapshot: _Snapshot, survey: Survey, decision: Decision, extractor: str
    ) -> Reply | None:
        """Write one decision atomically; None if another turn advanced the session first.

        The session row is advanced with a compare-and-set on `turns`, which both detects a
        concurrent turn and (on PostgreSQL) holds the row lock until this transaction commits.
        """
        session = snapshot.session
        with self.db.transaction() as db:
            if not turn_rows.advance_session(
                db,
                session.id,
                expected_turns=session.turns,
                stage=decision.stage,
                pending=decision.pending,
                current_slot=decision.current_slot,
                lang=decision.lang,
            ):
                return None
            for change in decision.changes:
                turn_rows.set_value(
                    db,
                    session,
                    change.slot,
                    status=change.status,
                    value=change.value,
                    encrypted_value=self.privacy.seal(survey, change.slot, change.value),
                    extractor=extractor if change.status == "filled" else "respondent",
                    confidence=change.confidence,
                    source_message_id=snapshot.message_id,
                )
            turn_rows.mark_processed(db, snapshot.message_id)
            ctx = self._context(session, survey, snapshot.state)
            ctx.lang, ctx.turn, ctx.asked = _lang(decision.lang), session.turns + 1, None
            reply = self._reply(decision.action, ctx, decision.stage)
            if self._apply_effects(db, session, survey, decision):
                turn_rows.insert_message(
                    db,
                    session,
                    "out",
                    reply.text,
                    slot=reply.slot,
                    kind=reply.kind,
                    lang=decision.lang,
                    reply_to=snapshot.message_id,
                )
        if "delete_respondent" in decision.effects:
            self.forget_elsewhere(session.respondent_id)
        return reply

    def _apply_effects(
        self, db: Session, session: SurveySession, survey: Survey, decision: Decision
    ) -> bool:
        """Carry out consent, deletion and purge effects; False when the reply must not be kept."""
        keep = True
        if decision.effects:
            db.flush()  # pending updates first: the bulk deletes below may remove those rows
        for effect in decision.effects:
            if effect in {"consent_yes", "consent_no", "sensitive_yes", "sensitive_no"}:
                version, digest = self.privacy.notice_reference(survey, session.lang)
                repo.record_consent(
                    db,
                    session,
                    answer=effect.endswith("yes"),
                    notice_version=version,
                    notice_hash=digest,
                    scope="sensitive" if effect.startswith("sensitive") else "survey",
                )
            if effect == "consent_no":
                repo.delete_session_content(db, session)  # keep nothing but the refusal
                keep = False
            elif effect == "purge_session":
                repo.delete_session_content(db, session)
                repo.audit(db, "purge_minor", session.respondent_id, "respondent")
                keep = False
            elif effect == "delete_respondent":
                repo.delete_respondent(db, session.respondent_id, actor="respondent")
                keep = False
        return keep


def _lang(value: str | None) -> Lang:
    return "en" if value == "en" else "zh"
