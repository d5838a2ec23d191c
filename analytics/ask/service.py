"""`Asker`: one entry point for questions, shared by the CLI, the admin API and the dashboard.

It keeps a snapshot of the analysis frame and its catalog, rebuilt only when the data changed
(a cheap fingerprint of the tables it reads), so a question on 100,000 respondents costs the
plan and a few pandas operations, not a reload. Thread-safe: the snapshot is swapped whole.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import func, select

from analytics.ask import answer, themes
from analytics.ask.catalog import Catalog, PlanError, build_catalog
from analytics.ask.executor import execute, mask_for
from analytics.ask.plan import QueryPlan, Refusal
from analytics.ask.planner import OfflinePlanner, detect_lang
from analytics.ask.result import AskResponse
from analytics.dataset import build_dataset
from bot.config import Settings
from bot.privacy.names import known_names
from bot.storage.db import Database
from bot.storage.models import (
    AttributeValue,
    DataDictionary,
    ImportedRecord,
    Respondent,
    SegmentProfile,
)
from bot.survey import Survey, load_survey

log = logging.getLogger(__name__)

# (question, catalog, lang) -> a plan, a refusal, or None when it could not plan (model down).
Planner = Callable[[str, Catalog, str], "QueryPlan | Refusal | None"]


@dataclass
class Snapshot:
    version: tuple[Any, ...]
    frame: pd.DataFrame
    catalog: Catalog
    planner: OfflinePlanner

    @cached_property
    def names(self) -> frozenset[str]:
        """The names respondents gave, kept out of themes and quotes; read once per snapshot
        (~0.2 s at 100,000 respondents), not once per text question."""
        return known_names(self.frame)


def data_version(db: Database) -> tuple[Any, ...]:
    """Changes whenever anything `build_dataset` reads changes (answers, imports, segments)."""
    with db.session() as session:
        answers = session.execute(select(func.count(), func.max(AttributeValue.id))).one()
        imported = session.execute(select(func.count(), func.max(ImportedRecord.id))).one()
        people = session.execute(
            select(func.count(), func.sum(Respondent.segment), func.sum(Respondent.churn_risk))
        ).one()
        profiles = session.execute(select(func.max(SegmentProfile.created_at))).scalar()
        dictionaries = session.execute(select(func.max(DataDictionary.updated_at))).scalar()
    return (*answers, *imported, *people, profiles, dictionaries)


def personas(db: Database) -> dict[int, dict[str, str]]:
    out: dict[int, dict[str, str]] = {}
    with db.session() as session:
        for row in session.scalars(select(SegmentProfile)):
            names = {}
            for lang in ("zh", "en"):
                persona = (row.profile or {}).get("persona", {}).get(lang) or {}
                if persona.get("name"):
                    names[lang] = str(persona["name"])
            out[row.id] = names or {"zh": row.name, "en": row.name}
    return out


def dictionaries(db: Database) -> dict[str, Any]:
    with db.session() as session:
        return {row.dataset: row.columns for row in session.scalars(select(DataDictionary))}


class Asker:
    def __init__(
        self,
        db: Database,
        survey: Survey | None,
        *,
        llm_planner: Planner | None = None,
        searcher: themes.Searcher | None = None,
        recheck_seconds: float = 0.0,
        cache_dir: Path | None = None,
    ) -> None:
        """`recheck_seconds`: how long a snapshot is trusted before the data's fingerprint is
        read again. 0 (the default) checks on every question; a server answering many questions
        sets about a second, so bursts of questions skip the fingerprint queries.

        `cache_dir`: where the frame is kept as Parquet, named by the data's fingerprint, so a new
        process (each `insightbot ask`) reads it in a fraction of a second instead of rebuilding
        it from the tables; any change to the data changes the name, so it is never stale."""
        self.db = db
        self.survey = survey
        self.llm_planner = llm_planner
        self.searcher = searcher
        self.recheck_seconds = recheck_seconds
        self.cache_dir = cache_dir
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._checked_at = 0.0

    @classmethod
    def from_settings(
        cls, settings: Settings, survey_id: str = "customer_profile", recheck_seconds: float = 0.0
    ) -> Asker:
        from analytics.ask.search import searcher_for

        llm_planner: Planner | None = None
        if settings.llm_provider == "openai":  # the model client's imports cost ~1 s: only then
            from analytics.ask.llm_planner import LlmPlanner

            llm_planner = LlmPlanner(settings)
        survey = load_survey(survey_id, str(settings.surveys_dir) if settings.surveys_dir else None)
        return cls(
            Database.from_settings(settings),
            survey,
            llm_planner=llm_planner,
            searcher=searcher_for(settings),
            recheck_seconds=recheck_seconds,
            cache_dir=settings.home / "cache",
        )

    def snapshot(self) -> Snapshot:
        current = self._snapshot
        now = time.monotonic()
        if current is not None and now - self._checked_at < self.recheck_seconds:
            return current
        version = data_version(self.db)
        self._checked_at = now
        if current is not None and current.version == version:
            return current
        with self._lock:
            current = self._snapshot
            if current is not None and current.version == version:
                return current
            frame = self._frame(version)
            catalog = build_catalog(
                frame, self.survey, dictionaries=dictionaries(self.db), personas=personas(self.db)
            )
            self._snapshot = Snapshot(version, frame, catalog, OfflinePlanner(catalog))
            return self._snapshot

    def _frame(self, version: tuple[Any, ...]) -> pd.DataFrame:
        """The analysis frame for `version`: from the Parquet cache when it has it."""
        if self.cache_dir is None:
            return build_dataset(self.db, self.survey)
        key = hashlib.sha256(repr((version, self.survey and self.survey.id)).encode()).hexdigest()
        path = self.cache_dir / f"ask-frame-{key[:24]}.parquet"
        if path.exists():
            try:
                return pd.read_parquet(path)
            except (OSError, ValueError) as exc:  # a torn or foreign file: rebuild it
                log.warning("ignoring unreadable frame cache %s: %s", path, exc)
        frame = build_dataset(self.db, self.survey)
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            for old in self.cache_dir.glob("ask-frame-*.parquet"):
                old.unlink(missing_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            frame.to_parquet(partial)
            partial.replace(path)  # atomic: readers see the whole file or none
        except OSError as exc:
            log.warning("could not cache the frame in %s: %s", self.cache_dir, exc)
        return frame

    def ask(self, question: str, lang: str | None = None) -> AskResponse:
        started = time.perf_counter()
        question = question.strip()
        lang = lang if lang in ("zh", "en") else detect_lang(question)
        snap = self.snapshot()
        planner_name = "offline"
        proposal: QueryPlan | Refusal | None = None
        if self.llm_planner is not None:
            proposal = self.llm_planner(question, snap.catalog, lang)
            planner_name = "llm" if proposal is not None else "offline"
        if proposal is None:
            proposal = snap.planner.plan(question)
        response = self._respond(question, lang, proposal, snap)
        response.planner = planner_name  # type: ignore[assignment]
        response.seconds = round(time.perf_counter() - started, 4)
        return response

    def run_plan(self, plan: QueryPlan, lang: str = "en", question: str = "") -> AskResponse:
        """Execute a plan given directly (tests, the API's plan field): checked like any other."""
        snap = self.snapshot()
        try:
            checked: QueryPlan | Refusal = snap.catalog.check(plan)
        except PlanError as exc:
            checked = Refusal(reason=str(exc))
        return self._respond(question, lang, checked, snap)

    def _respond(
        self, question: str, lang: str, proposal: QueryPlan | Refusal, snap: Snapshot
    ) -> AskResponse:
        base = AskResponse(question=question, lang=lang, answer="")  # type: ignore[arg-type]
        if isinstance(proposal, Refusal):
            base.refused = True
            base.answer = _refusal_text(proposal, lang)
            base.unknown, base.suggestions = proposal.unknown, proposal.suggestions
            return base
        plan = proposal
        base.plan, base.plan_text = plan.model_dump(mode="json"), plan.describe()
        if plan.text is not None:
            scope = mask_for(snap.frame, plan.filters)
            found, quotes, count = themes.themes_and_quotes(
                plan, snap.frame, scope, snap.catalog, snap.names, self.searcher
            )
            where = answer.scope(plan, snap.catalog, lang)
            base.answer = themes.sentence(found, quotes, count, where, lang)
            base.themes, base.quotes = found, quotes
            return base
        computed = execute(plan, snap.frame, snap.catalog)
        if plan.profile:
            segment = int(plan.filters[0].value)  # type: ignore[arg-type]
            base.answer, base.columns, base.table = describe_segment(
                self.db, segment, computed.rows, lang
            )
            return base
        base.answer = answer.sentence(computed, snap.catalog, lang)
        base.columns, base.table = answer.table_rows(computed, snap.catalog, lang)
        base.chart = answer.chart(computed, snap.catalog, lang)
        base.percent = answer.is_percent(plan)
        return base


def describe_segment(
    db: Database, segment: int, size: int, lang: str
) -> tuple[str, list[str], list[dict[str, Any]]]:
    """A segment in words (its stored persona) and its most distinctive features as a table."""
    from analytics.profiles import distinguishing  # scikit-learn via keywords: only when asked

    with db.session() as session:
        row = session.get(SegmentProfile, segment)
        profile = dict(row.profile) if row is not None else {}
    persona = (profile.get("persona") or {}).get(lang) or {}
    name = persona.get("name") or (row.name if row is not None else "")
    description = persona.get("description") or (row.description if row is not None else "")
    if lang == "zh":
        text = f"{segment}号用户群「{name}」：{description or f'{size:,} 人。'}"
        columns = ["特征", "本群", "整体", "指数"]
    else:
        text = f"Segment {segment} “{name}”: {description or f'{size:,} customers.'}"
        columns = ["feature", "segment", "population", "index"]
    rows = (
        [
            dict(
                zip(columns, (r["feature"], r["segment"], r["population"], r["index"]), strict=True)
            )
            for r in distinguishing(profile)
        ]
        if profile
        else []
    )
    return text, columns, rows


def _refusal_text(refusal: Refusal, lang: str) -> str:
    if lang == "zh":
        text = f"这个问题我没法可靠地回答：{refusal.reason}。"
        if refusal.suggestions:
            text += "可以试试：" + "；".join(refusal.suggestions)
        return text
    text = f"I can't answer that reliably: {refusal.reason}."
    if refusal.suggestions:
        text += " Try: " + "; ".join(refusal.suggestions)
    return text
