"""Moving answers from the database into the store, off the respondent's path.

The queue is the `messages` table itself: an incoming message with `indexed_at IS NULL` has not
been seen by the indexer. `index_pending` takes a batch, reads everything it needs in one short
transaction, embeds and writes to Chroma with no database lock held, then marks the batch. A crash
in between only means the batch is written again, and writes are upserts by message id, so it is
safe to run from a background task after every reply, from `insightbot index`, and from several
workers at once.

Every incoming message is drained, not only open answers: each one marks its respondent's profile
as changed, and keeps the queue (the rows with `indexed_at IS NULL`) small.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bot.privacy.names import PERSONAL_SLOTS
from bot.storage.db import Database
from bot.storage.models import (
    FINISHED_STAGES,
    AttributeValue,
    Message,
    Respondent,
    SurveySession,
    utcnow,
)
from bot.survey import Sensitivity, Slot, SlotType, Survey, SurveyError, load_survey
from bot.understanding.lang import detect_language
from retrieval.features import sentiment
from retrieval.store import ANSWERS, PROFILES, AnswerStore, Metadata, Record

# Answer metadata keys; an attribute with one of these names is not copied over them.
RESERVED = frozenset(
    {"respondent_id", "session_id", "survey_id", "message_id", "slot", "lang", "created_at",
     "created_ts", "sentiment", "segment", "kind"}
)  # fmt: skip
# Attribute values copied into answer metadata for `where` filters (city=Shanghai, age>=30): short
# scalar values of closed slots and short text slots like city. Open answers, sensitive slots and
# slots that name or reach a person are left out: they are no useful filter and identify people.
MAX_FILTER_TEXT = 64
# The bot message an answer replies to decides what it is; confirmations are not answers.
ANSWER_KINDS = {None, "question", "followup", "clarify"}

SurveyLoader = Callable[[str], Survey | None]


def survey_loader(surveys_dir: str | None) -> SurveyLoader:
    cache: dict[str, Survey | None] = {}

    def load(survey_id: str) -> Survey | None:
        if survey_id not in cache:
            try:
                cache[survey_id] = load_survey(survey_id, surveys_dir)
            except SurveyError:
                cache[survey_id] = None  # a survey file since removed: nothing is open
        return cache[survey_id]

    return load


@dataclass
class _Person:
    lang: str | None
    segment: int | None
    survey_id: str | None
    attributes: dict[str, AttributeValue]


def _people(db: Session, respondent_ids: Iterable[str]) -> dict[str, _Person]:
    ids = sorted(set(respondent_ids))
    people = {
        r.id: _Person(r.lang, r.segment, None, {})
        for r in db.scalars(select(Respondent).where(Respondent.id.in_(ids)))
    }
    rows = db.scalars(
        select(AttributeValue)
        .where(
            AttributeValue.respondent_id.in_(ids),
            AttributeValue.superseded_at.is_(None),
            AttributeValue.status == "filled",
        )
        .order_by(AttributeValue.id)
    )
    for row in rows:
        person = people.get(row.respondent_id)
        if person is not None:
            person.attributes[row.slot] = row
            person.survey_id = row.survey_id
    return people


def _filterable(slot: Slot) -> bool:
    return (
        slot.type not in {SlotType.open, SlotType.multi_choice}
        and slot.sensitivity != Sensitivity.sensitive
        and slot.name not in PERSONAL_SLOTS
    )


def _attribute_metadata(person: _Person, load: SurveyLoader) -> Metadata:
    out: Metadata = {}
    for name, row in person.attributes.items():
        survey = load(row.survey_id)
        slot = survey.get_slot(name) if survey else None
        if slot is None or not _filterable(slot) or name in RESERVED:
            continue
        if isinstance(row.value, str) and len(row.value) <= MAX_FILTER_TEXT:
            out[name] = row.value
        elif isinstance(row.value, int | float | bool):
            out[name] = row.value
    if person.segment is not None:
        out["segment"] = person.segment
    return out


def _display(slot: Slot, value: Any, lang: str) -> str:
    def label(option_id: Any) -> str:
        option = slot.option(str(option_id))
        return option.label.get(lang) if option else str(option_id)

    if isinstance(value, list):
        return ", ".join(label(v) for v in value)
    if slot.is_choice:
        return label(value)
    if isinstance(value, bool):
        return {("zh", True): "是", ("zh", False): "否"}.get((lang, value), str(value).lower())
    return str(value)


def profile_record(respondent_id: str, person: _Person, load: SurveyLoader) -> Record | None:
    """One document per respondent: 'label: value' lines in their language, names left out.

    Sensitive values are stored encrypted (`value` is None), so they never reach the profile.
    """
    lang = person.lang or "zh"
    lines = []
    for name, row in person.attributes.items():
        survey = load(row.survey_id)
        slot = survey.get_slot(name) if survey else None
        if slot is None or slot.name in PERSONAL_SLOTS or row.value in (None, "", []):
            continue
        lines.append(f"{slot.label_for(lang)}: {_display(slot, row.value, lang)}")
    if not lines:
        return None
    metadata: Metadata = {"respondent_id": respondent_id, "lang": lang}
    metadata.update(_attribute_metadata(person, load))
    return Record(respondent_id, "\n".join(lines), metadata)


def _previous_kinds(db: Session, batch: list[Message]) -> dict[int, str | None]:
    """For each incoming message, the kind of the bot message just before it in its session."""
    sessions = {m.session_id for m in batch}
    rows = db.execute(
        select(Message.session_id, Message.id, Message.kind)
        .where(
            Message.session_id.in_(sessions),
            Message.direction == "out",
            Message.id < max(m.id for m in batch),
        )
        .order_by(Message.id)
    )
    outgoing: dict[str, list[tuple[int, str | None]]] = defaultdict(list)
    for session_id, message_id, kind in rows:
        outgoing[session_id].append((message_id, kind))
    kinds: dict[int, str | None] = {}
    for message in batch:
        before = [kind for mid, kind in outgoing.get(message.session_id, []) if mid < message.id]
        kinds[message.id] = before[-1] if before else None
    return kinds


def index_pending(
    db: Database,
    store: AnswerStore,
    *,
    limit: int = 500,
    surveys: SurveyLoader | None = None,
    quiet_seconds: float = 0.0,
) -> int:
    """Index up to `limit` queued incoming messages; returns how many left the queue (0: empty).

    Open answers go to `answers`; the profiles of everyone in the batch are rewritten. Drain the
    whole queue with `while index_pending(db, store): pass`.

    With `quiet_seconds`, a respondent still in the middle of a session (a turn within that many
    seconds) waits: each answer changes their profile, and rewriting it after every message
    (Chroma's upsert of an existing id is its slowest write) was most of what background indexing
    cost a busy server. Once they pause or finish, their messages and profile are written once.
    """
    load = surveys or survey_loader(store.surveys_dir)
    queued = select(Message).where(Message.direction == "in", Message.indexed_at.is_(None))
    if quiet_seconds > 0:
        cutoff = utcnow() - timedelta(seconds=quiet_seconds)
        talking = select(SurveySession.respondent_id).where(
            SurveySession.updated_at > cutoff, SurveySession.stage.not_in(FINISHED_STAGES)
        )
        queued = queued.where(Message.respondent_id.not_in(talking))
    with db.read() as session:  # a snapshot: reading the batch must not hold up turns
        batch = list(session.scalars(queued.order_by(Message.id).limit(limit)))
        if not batch:
            return 0
        session_surveys = dict(
            session.execute(
                select(SurveySession.id, SurveySession.survey_id).where(
                    SurveySession.id.in_({m.session_id for m in batch})
                )
            ).all()
        )
        kinds = _previous_kinds(session, batch)
        people = _people(session, (m.respondent_id for m in batch))
    answers: list[Record] = []
    for message in batch:
        survey = load(session_surveys.get(message.session_id, ""))
        slot = survey.get_slot(message.slot) if survey else None
        person = people.get(message.respondent_id)
        if slot is None or slot.type != SlotType.open or person is None:
            continue
        if kinds[message.id] not in ANSWER_KINDS or not message.text.strip():
            continue
        metadata = _attribute_metadata(person, load)
        metadata.update(
            respondent_id=message.respondent_id,
            session_id=message.session_id,
            survey_id=survey.id if survey else "",
            message_id=message.id,
            slot=slot.name,
            lang=detect_language(message.text, default="en" if message.lang == "en" else "zh"),
            created_at=message.created_at.isoformat(),
            created_ts=int(message.created_at.timestamp()),
            sentiment=sentiment(message.text),
            kind="followup" if kinds[message.id] == "followup" else "answer",
        )
        answers.append(Record(f"m{message.id}", message.text, metadata))
    profiles = [
        record
        for rid, person in people.items()
        if (record := profile_record(rid, person, load)) is not None
    ]
    store.upsert(ANSWERS, answers)
    store.upsert(PROFILES, profiles)
    ids = [m.id for m in batch]
    with db.transaction() as session:
        session.execute(
            update(Message)
            .where(Message.id.in_(ids), Message.indexed_at.is_(None))
            .values(indexed_at=utcnow())
        )
        still_there = set(
            session.scalars(select(Respondent.id).where(Respondent.id.in_(list(people))))
        )
    # A respondent deleted while this batch was in flight: their vectors must not outlive them.
    for gone in {m.respondent_id for m in batch} - still_there:
        store.delete_respondent(gone)
    return len(batch)


def pending_count(db: Database) -> int:
    with db.transaction() as session:
        query = select(func.count(Message.id)).where(
            Message.direction == "in", Message.indexed_at.is_(None)
        )
        return int(session.scalar(query) or 0)


def rebuild(
    db: Database,
    store: AnswerStore,
    *,
    batch: int = 500,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Empty both collections and re-embed every incoming message; returns messages processed."""
    store.reset()
    with db.transaction() as session:
        session.execute(update(Message).where(Message.direction == "in").values(indexed_at=None))
    total = pending_count(db)
    done = 0
    load = survey_loader(store.surveys_dir)
    while n := index_pending(db, store, limit=batch, surveys=load):
        done += n
        if progress is not None:
            progress(done, total)
    return done


def refresh_respondents(db: Database, store: AnswerStore, respondent_ids: Iterable[str]) -> int:
    """Rewrite the filter metadata (attributes, segment) and profiles of already-indexed people.

    Call after something changes a respondent outside a turn, e.g. a new segmentation; no answer
    is re-embedded. Returns the number of answers updated.
    """
    load = survey_loader(store.surveys_dir)
    ids = list(respondent_ids)
    with db.transaction() as session:
        people = _people(session, ids)
        messages = list(
            session.execute(
                select(Message.id, Message.respondent_id).where(
                    Message.respondent_id.in_(ids),
                    Message.direction == "in",
                    Message.indexed_at.is_not(None),
                )
            ).all()
        )
    collection = store.collection(ANSWERS)
    updates: dict[str, Metadata] = {}
    wanted = [f"m{mid}" for mid, _ in messages]
    for start in range(0, len(wanted), 1000):
        found = collection.get(ids=wanted[start : start + 1000], include=["metadatas"])
        for doc_id, old in zip(found["ids"], found["metadatas"] or [], strict=True):
            person = people.get(str((old or {}).get("respondent_id")))
            if person is None:
                continue
            keep = {k: v for k, v in (old or {}).items() if k in RESERVED and k != "segment"}
            updates[doc_id] = {**_attribute_metadata(person, load), **keep}  # type: ignore[dict-item]
    store.update_metadata(ANSWERS, updates)
    store.upsert(
        PROFILES,
        [r for rid, p in people.items() if (r := profile_record(rid, p, load)) is not None],
    )
    return len(updates)
