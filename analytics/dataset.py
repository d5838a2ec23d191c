"""The analysis frame: one row per respondent, built from survey answers and imported tables.

Typing follows `analytics.columns`: numbers are float64, yes/no answers nullable ``boolean``,
choices ``category`` (option ids), free text strings, and a multi-choice slot becomes one boolean
column per option (``interests__music``).

**Refused is not missing.** Every survey slot gets a ``<slot>__status`` column: ``filled``,
``refused``, ``invalid``, ``unknown`` or ``encrypted`` (a sensitive value stored encrypted, left
out of analysis), and NA when the question was never answered. The value column is NA for
everything but ``filled``, so numeric code sees a plain gap and anything that cares (cleaning,
the quality report, the model inputs) reads the status column to tell the two apart.

Imported columns keep their names unless they clash with a slot or another dataset, in which case
they become ``<dataset>__<column>``. Only respondents with at least one answer to the survey or
one imported row appear. The index is the respondent id, sorted, so the same data always gives
the same frame in the same order (segmentation relies on that for stable results).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import pandas as pd
from sqlalchemy import Text, cast, func, select

from analytics.columns import RESERVED_COLUMNS, STATUS_SUFFIX, type_imported
from bot.storage.db import Database
from bot.storage.models import AttributeValue, ImportedRecord, Message, Respondent, SurveySession
from bot.survey import Slot, SlotType, Survey

STATUSES = ["filled", "refused", "invalid", "unknown", "encrypted"]
NUMERIC_SLOTS = {SlotType.integer, SlotType.number, SlotType.scale}
TEXT_SLOTS = {SlotType.text, SlotType.open}
PARTITION = 50_000


def build_dataset(
    db: Database,
    survey: Survey | None,
    *,
    datasets: Sequence[str] | None = None,
) -> pd.DataFrame:
    """One row per respondent: typed survey answers with status columns, then imported columns."""
    parts: list[pd.DataFrame] = []
    if survey is not None:
        parts.append(survey_frame(db, survey))
    taken = set(parts[0].columns) if parts else set()
    taken |= RESERVED_COLUMNS
    for name in datasets if datasets is not None else _dataset_names(db):
        imported = imported_frame(db, name)
        renamed = {
            column: f"{name}__{column}" if column in taken else column
            for column in imported.columns
        }
        imported = imported.rename(columns=renamed)
        taken |= set(imported.columns)
        parts.append(imported)
    ids = sorted(set().union(*(part.index for part in parts))) if parts else []
    frame = _respondents(db, ids)
    for part in parts:
        frame = frame.join(part, how="left")
    frame.index.name = "respondent_id"
    return frame.sort_index()


def _dataset_names(db: Database) -> list[str]:
    with db.session() as session:
        query = select(ImportedRecord.dataset).distinct().order_by(ImportedRecord.dataset)
        return list(session.scalars(query))


def _respondents(db: Database, ids: list[str]) -> pd.DataFrame:
    columns = ["source", "lang", "segment", "churn_risk"]
    query = select(
        Respondent.id, Respondent.source, Respondent.lang, Respondent.segment, Respondent.churn_risk
    )
    rows: list[Any] = []
    with db.session() as session:
        for partition in session.execute(query.execution_options(yield_per=PARTITION)).partitions():
            rows.extend(partition)
    meta = pd.DataFrame.from_records(rows, columns=["respondent_id", *columns])
    meta = meta.set_index("respondent_id")
    meta = meta.reindex(pd.Index(ids, dtype="string", name="respondent_id"))
    meta["source"] = meta["source"].astype("category")
    meta["lang"] = meta["lang"].astype("string")
    meta["segment"] = meta["segment"].astype("Int64")
    meta["churn_risk"] = meta["churn_risk"].astype("float64")
    return meta


def survey_frame(db: Database, survey: Survey) -> pd.DataFrame:
    """Current answers to `survey`, one typed column (or several) plus a status column per slot."""
    query = (
        select(
            AttributeValue.respondent_id,
            AttributeValue.slot,
            AttributeValue.value,
            AttributeValue.status,
            AttributeValue.encrypted_value.is_not(None),
        )
        .where(
            AttributeValue.survey_id == survey.id,
            AttributeValue.superseded_at.is_(None),
            AttributeValue.slot.in_(survey.slot_names),
        )
        .order_by(AttributeValue.id)
    )
    rows: list[Any] = []
    with db.session() as session:
        for partition in session.execute(query.execution_options(yield_per=PARTITION)).partitions():
            rows.extend(partition)
    long = pd.DataFrame.from_records(
        rows, columns=["respondent_id", "slot", "value", "status", "encrypted"]
    )
    long = long.drop_duplicates(["respondent_id", "slot"], keep="last")
    long.loc[long["encrypted"].astype(bool), "status"] = "encrypted"
    index = pd.Index(sorted(long["respondent_id"].unique()), dtype="string", name="respondent_id")
    columns: dict[str, pd.Series] = {}
    for slot in survey.slots:
        mine = long[long["slot"] == slot.name].set_index("respondent_id")
        if mine.empty:
            continue  # never asked: no column, so an imported column may keep this name
        status = mine["status"].reindex(index)
        filled = mine.loc[mine["status"] == "filled", "value"].reindex(index)
        columns.update(typed_slot(slot, filled))
        columns[slot.name + STATUS_SUFFIX] = pd.Series(
            pd.Categorical(status, categories=STATUSES), index=index
        )
    return pd.DataFrame(columns, index=index)


def _missing(value: Any) -> bool:
    """None, NA or NaN: what `reindex` leaves for respondents without a filled value."""
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def typed_slot(slot: Slot, values: pd.Series) -> dict[str, pd.Series]:
    """The analysis column(s) for one slot from its raw JSON values (NA where not filled)."""
    if slot.type in NUMERIC_SLOTS:
        return {slot.name: pd.to_numeric(values, errors="coerce").astype("float64")}
    if slot.type == SlotType.boolean:
        flags = values.map(lambda v: pd.NA if _missing(v) else bool(v))
        return {slot.name: flags.astype("boolean")}
    if slot.type == SlotType.choice:
        categories = slot.option_ids()
        text = values.map(lambda v: None if _missing(v) else str(v))
        extra = sorted({v for v in text.dropna() if v not in categories})
        return {
            slot.name: pd.Series(
                pd.Categorical(text, categories=categories + extra), index=values.index
            )
        }
    if slot.type == SlotType.multi_choice:
        return _multi_choice(slot, values)
    text = values.map(lambda v: None if _missing(v) else str(v))
    return {slot.name: text.astype("string")}


def _multi_choice(slot: Slot, values: pd.Series) -> dict[str, pd.Series]:
    """One boolean column per option; answers outside the options land in ``<slot>__other``."""
    answered = values.map(lambda v: not _missing(v)).astype(bool)
    chosen = values.map(
        lambda v: set(v) if isinstance(v, list) else set() if _missing(v) or not v else {v}
    )
    out: dict[str, pd.Series] = {}
    options = slot.option_ids()
    for option in options:
        column = chosen.map(lambda picked, o=option: o in picked).astype("boolean")
        out[f"{slot.name}__{option}"] = column.mask(~answered)
    other = chosen.map(lambda picked: bool(picked - set(options))).astype("boolean")
    if other.fillna(False).any():
        out[f"{slot.name}__other"] = other.mask(~answered)
    return out


def imported_frame(db: Database, dataset: str) -> pd.DataFrame:
    """One imported dataset, typed column by column (`analytics.columns.type_imported`)."""
    # The JSON arrives as text and is parsed here in one pass, which is several times faster
    # than letting the ORM decode each row into a dict first.
    query = (
        select(ImportedRecord.respondent_id, cast(ImportedRecord.data, Text))
        .where(ImportedRecord.dataset == dataset)
        .order_by(ImportedRecord.id)
    )
    chunks: list[pd.DataFrame] = []
    with db.session() as session:
        result = session.connection().execute(query.execution_options(yield_per=PARTITION))
        for partition in result.partitions():
            ids = [row[0] for row in partition]
            records = [json.loads(row[1]) for row in partition]
            chunks.append(pd.DataFrame.from_records(records, index=ids))
    if not chunks:
        return pd.DataFrame(index=pd.Index([], dtype="string", name="respondent_id"))
    raw = pd.concat(chunks) if len(chunks) > 1 else chunks[0]
    raw.index = pd.Index(raw.index, dtype="string", name="respondent_id")
    typed = {str(column): type_imported(str(column), raw[column])[0] for column in raw.columns}
    return pd.DataFrame(typed, index=raw.index)


def turn_times(db: Database, survey_id: str | None = None) -> pd.DataFrame:
    """Seconds from each bot message to the respondent's reply, with the reply's length.

    The basis of the speeding flag: only an incoming message that directly follows an outgoing
    one in the same session counts, so pauses between sessions are not mistaken for turns.
    """
    query = (
        select(
            Message.session_id,
            Message.respondent_id,
            Message.direction,
            Message.created_at,
            func.length(Message.text),
        )
        .join(SurveySession, SurveySession.id == Message.session_id)
        .order_by(Message.session_id, Message.id)
    )
    if survey_id is not None:
        query = query.where(SurveySession.survey_id == survey_id)
    with db.session() as session:
        rows = list(session.execute(query))
    columns = ["session_id", "respondent_id", "direction", "created_at", "chars"]
    messages = pd.DataFrame.from_records(rows, columns=columns)
    empty = pd.DataFrame({"respondent_id": [], "seconds": [], "chars": []})
    if messages.empty:
        return empty
    messages["created_at"] = pd.to_datetime(messages["created_at"], utc=True, format="mixed")
    previous = messages.groupby("session_id", sort=False)[["direction", "created_at"]].shift(1)
    reply = (messages["direction"] == "in") & (previous["direction"] == "out")
    seconds = (messages["created_at"] - previous["created_at"]).dt.total_seconds()
    out = pd.DataFrame(
        {
            "respondent_id": messages["respondent_id"].astype("string"),
            "seconds": seconds,
            "chars": messages["chars"],
        }
    )[reply.to_numpy()]
    return out.reset_index(drop=True) if not out.empty else empty
