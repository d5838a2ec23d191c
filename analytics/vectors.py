"""Segments meet the answer index: segment ids on vectors, quotes chosen by meaning.

After a segmentation is stored, `sync_segments` rewrites the `segment` metadata of every indexed
respondent's answers and profile (through `retrieval.indexing.refresh_respondents`, no answer is
re-embedded), so `insightbot search ... --where segment=2` finds what one segment said. People
who fell out of the analysed frame lose their old segment there too (explicitly: Chroma merges
new metadata into the old, so a key left out would stay).

`embedding_quotes` picks a segment's representative quotes from the answer vectors: the answers
nearest (cosine) to the segment's mean answer vector, at most one per respondent, skipping
repeated and near-identical texts. It reads vectors in batches and keeps only one score per answer
in memory, so it scales with the index rather than with the vectors' size. `quote_picker` wraps it
for `analytics.pipeline.segment_frame`; when the index is missing or fails, segments fall back to
the centroid quotes of `analytics.profiles`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray
from sqlalchemy import select

from analytics.pipeline import QuotePicker
from analytics.profiles import MAX_QUOTES
from bot.storage.db import Database
from bot.storage.models import Message, SurveySession
from bot.survey import SlotType, Survey
from retrieval.indexing import refresh_respondents
from retrieval.store import ANSWERS, AnswerStore

log = logging.getLogger(__name__)

READ_BATCH = 1000  # ids per Chroma read
REFRESH_BATCH = 500  # respondents per metadata refresh
POOL = 20  # nearest answers per segment considered before de-duplication
NEAR_DUPLICATE = 0.95  # cosine above which two quotes say the same thing
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# ---------------------------------------------------------------------- segment ids on vectors


def indexed_respondents(db: Database) -> list[str]:
    """Respondents with at least one indexed message, i.e. who may have vectors."""
    query = (
        select(Message.respondent_id)
        .where(Message.direction == "in", Message.indexed_at.is_not(None))
        .distinct()
        .order_by(Message.respondent_id)
    )
    with db.transaction() as session:
        return [str(rid) for rid in session.scalars(query)]


def sync_segments(db: Database, store: AnswerStore, *, batch: int = REFRESH_BATCH) -> int:
    """Copy `respondents.segment` onto every indexed answer and profile; returns answers updated."""
    updated = 0
    for chunk in _chunks(indexed_respondents(db), batch):
        # Rewrites each document's metadata whole: a segment someone left disappears too.
        updated += refresh_respondents(db, store, chunk)
    return updated


# ---------------------------------------------------------------------- quotes by meaning


def indexed_answers(db: Database, survey: Survey) -> dict[str, str]:
    """Answer-document id (`m<message id>`) -> respondent id, for the survey's open answers."""
    slots = [slot.name for slot in survey.slots if slot.type == SlotType.open]
    if not slots:
        return {}
    query = (
        select(Message.id, Message.respondent_id)
        .join(SurveySession, SurveySession.id == Message.session_id)
        .where(
            SurveySession.survey_id == survey.id,
            Message.direction == "in",
            Message.indexed_at.is_not(None),
            Message.slot.in_(slots),
        )
        .order_by(Message.id)
    )
    with db.transaction() as session:
        return {f"m{mid}": str(rid) for mid, rid in session.execute(query)}


def _unit(vectors: Any) -> NDArray[np.float64]:
    array = np.asarray(vectors, dtype=np.float64)
    if array.ndim != 2 or not len(array):
        return np.zeros((0, 0))
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    return array / np.where(norms > 0, norms, 1.0)


def _read(
    collection: Any, ids: Sequence[str], include: list[str]
) -> Iterator[tuple[list[str], NDArray[np.float64], list[str]]]:
    """(ids, unit vectors, documents) for `ids` that exist in the collection, in batches."""
    for chunk in _chunks(list(ids), READ_BATCH):
        got = collection.get(ids=list(chunk), include=include)
        found = list(got["ids"])
        if not found:
            continue
        vectors = _unit(got.get("embeddings")) if "embeddings" in include else np.zeros((0, 0))
        documents = [str(d or "") for d in (got.get("documents") or [])]
        yield found, vectors, documents


def _normal(text: str) -> str:
    return _NOT_WORD.sub("", text.casefold())


def embedding_quotes(
    collection: Any,
    answers: dict[str, str],
    labels: pd.Series,
    *,
    limit: int = MAX_QUOTES,
    pool: int = POOL,
) -> dict[int, list[str]]:
    """Up to `limit` quotes per segment: the answers nearest the segment's mean answer vector.

    `collection` is the Chroma `answers` collection; `answers` maps document ids to respondents;
    `labels` maps respondents to segments. Segments without indexed answers get no entry.
    """
    segment_of = {str(rid): int(seg) for rid, seg in labels.items()}
    wanted = {doc: segment_of[rid] for doc, rid in answers.items() if rid in segment_of}
    if not wanted:
        return {}
    sums: dict[int, NDArray[np.float64]] = {}
    for ids, vectors, _ in _read(collection, list(wanted), ["embeddings"]):
        for doc, vector in zip(ids, vectors, strict=True):
            segment = wanted[doc]
            if segment not in sums:
                sums[segment] = np.zeros_like(vector)
            sums[segment] += vector
    means = {seg: total / (np.linalg.norm(total) or 1.0) for seg, total in sums.items()}
    scored: list[tuple[int, float, str]] = []
    for ids, vectors, _ in _read(collection, list(wanted), ["embeddings"]):
        for doc, vector in zip(ids, vectors, strict=True):
            segment = wanted[doc]
            scored.append((segment, float(vector @ means[segment]), doc))
    scored.sort(key=lambda item: (item[0], -round(item[1], 9), item[2]))
    candidates: dict[int, list[str]] = {}
    for segment, _score, doc in scored:
        bucket = candidates.setdefault(segment, [])
        if len(bucket) < pool:
            bucket.append(doc)
    return {
        segment: _distinct(collection, docs, answers, limit)
        for segment, docs in sorted(candidates.items())
    }


def _distinct(collection: Any, docs: list[str], answers: dict[str, str], limit: int) -> list[str]:
    """The first `limit` of `docs` (nearest first) from different people with different words."""
    texts: dict[str, str] = {}
    vectors: dict[str, NDArray[np.float64]] = {}
    for ids, unit, documents in _read(collection, docs, ["embeddings", "documents"]):
        for doc, vector, text in zip(ids, unit, documents, strict=True):
            texts[doc], vectors[doc] = text.strip(), vector
    picked: list[str] = []
    chosen: list[NDArray[np.float64]] = []
    people: set[str] = set()
    seen: set[str] = set()
    for doc in docs:
        text = texts.get(doc, "")
        key = _normal(text)
        if not key or key in seen or answers[doc] in people:
            continue
        if any(float(vectors[doc] @ other) >= NEAR_DUPLICATE for other in chosen):
            continue
        picked.append(text)
        chosen.append(vectors[doc])
        people.add(answers[doc])
        seen.add(key)
        if len(picked) == limit:
            break
    return picked


def quote_picker(db: Database, store: AnswerStore, survey: Survey) -> QuotePicker:
    """A picker for `segment_frame`: quotes from the index, or none (centroid quotes) on failure."""

    def pick(labels: pd.Series) -> dict[int, list[str]]:
        try:
            answers = indexed_answers(db, survey)
            return embedding_quotes(store.collection(ANSWERS), answers, labels)
        except Exception:  # the index is an upgrade: without it the centroid quotes remain
            log.warning("quotes from the answer index failed; using centroid quotes", exc_info=True)
            return {}

    return pick
