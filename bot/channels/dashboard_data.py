"""What the dashboard shows, read from the database: segment cards, chart data, data quality.

Segment cards come from the `segment_profiles` rows of the latest `insightbot segments` run and
are read on every page load (a handful of rows). The data-quality report and the attribute
distributions need the whole analysis frame, so they are computed on request and kept per app for
`CACHE_SECONDS`, keyed by a data version (respondent, message and imported-row counts, the latest
segmentation run): new data shows at once, edits in place within a minute. Several workers each
keep their own copy, which only costs a recomputation.

Charts leave here as data shaped like `analytics.ask.result.ChartSpec` (title, x, y, percent,
highlight, plus optional full `labels` for tooltips); the page script draws them as SVG.
Everything here is plain data: the template and the script escape every string.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from bot.storage.db import Database
from bot.storage.models import ImportedRecord, Message, Respondent, SegmentProfile
from bot.survey import Survey

log = logging.getLogger(__name__)

CACHE_SECONDS = 60.0
MAX_DISTRIBUTIONS = 4
MAX_BARS = 10
MAX_CATEGORIES = 12
HISTOGRAM_BINS = 6
MAX_TRAITS = 5
MAX_KEYWORDS = 8
MAX_QUOTES = 3
MAX_MISSING_ROWS = 15


@dataclass
class Overview:
    """The frame-derived part of the dashboard, in no particular language."""

    respondents: int = 0
    quality: dict[str, Any] | None = None
    distributions: list[dict[str, Any]] = field(default_factory=list)
    failed: bool = False  # the frame could not be built or analysed; the page says so


class OverviewCache:
    """One computed `Overview` per survey, reused while the data version and the TTL hold."""

    def __init__(self, ttl: float = CACHE_SECONDS) -> None:
        self.ttl = ttl
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[float, tuple[Any, ...], Overview]] = {}

    def get(self, key: str, version: tuple[Any, ...], build: Callable[[], Overview]) -> Overview:
        # One build at a time: a burst of page loads waits for one result instead of each
        # building the frame again on a small machine.
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None and hit[1] == version and time.monotonic() - hit[0] < self.ttl:
                return hit[2]
            overview = build()
            self._entries[key] = (time.monotonic(), version, overview)
            return overview


def data_version(db: Database) -> tuple[Any, ...]:
    """Changes with new respondents, messages, imported rows or a new segmentation run."""
    with db.session() as session:
        respondents = session.scalar(select(func.count()).select_from(Respondent))
        messages = session.scalar(select(func.max(Message.id)))
        imported = session.scalar(select(func.count()).select_from(ImportedRecord))
        segments = session.execute(
            select(func.count(), func.max(SegmentProfile.created_at)).select_from(SegmentProfile)
        ).one()
    return respondents, messages, imported, segments[0], str(segments[1])


def segment_rows(db: Database) -> list[dict[str, Any]]:
    """The stored profiles (each a dict from `analytics.profiles`), by segment id."""
    with db.session() as session:
        rows = session.scalars(select(SegmentProfile).order_by(SegmentProfile.id)).all()
        return [
            {
                **(row.profile or {}),
                "id": row.id,
                "size": row.size,
                "_name": row.name,
                "_description": row.description,
            }
            for row in rows
        ]


# --------------------------------------------------------------------------- formatting


def percent(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{100 * float(value):.1f}%"


def number(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    value = float(value)
    if value.is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.2f}" if abs(value) >= 100 else f"{value:.3g}"


def _words(lang: str, survey: Survey | None) -> Any:
    from analytics.personas import Words

    return Words(lang, survey)


def segment_cards(
    profiles: list[dict[str, Any]], lang: str, survey: Survey | None
) -> list[dict[str, Any]]:
    """One card per segment: persona, size, churn, what stands out, keywords and quotes."""
    from analytics.profiles import distinguishing

    words = _words(lang, survey)
    cards = []
    for profile in profiles:
        persona = (profile.get("persona") or {}).get(lang) or {}
        churn = profile.get("churn") or {}
        traits = []
        try:
            standing_out = distinguishing(profile, top=MAX_TRAITS)
        except (KeyError, TypeError):  # a profile stored by an older version
            standing_out = []
        for item in standing_out:
            column, is_category, value = str(item["feature"]).partition("=")
            if is_category:
                label = f"{words.column(column)}: {words.value(column, value)}"
                shown = (percent(item["segment"]), percent(item["population"]))
            else:
                label = words.column(column)
                shown = (number(item["segment"]), number(item["population"]))
            traits.append(
                {
                    "label": label,
                    "segment": shown[0],
                    "population": shown[1],
                    "index": number(round(float(item["index"]))),
                }
            )
        cards.append(
            {
                "id": profile["id"],
                "name": persona.get("name") or profile.get("_name") or f"S{profile['id']}",
                "description": persona.get("description") or profile.get("_description") or "",
                "size": number(profile.get("size")),
                "share": percent(profile.get("share")),
                "churn": percent(churn.get("rate")) if churn.get("rate") is not None else None,
                "churn_population": percent(churn.get("pop_rate")) if churn else None,
                "traits": traits,
                "keywords": [str(k.get("term", "")) for k in (profile.get("keywords") or [])][
                    :MAX_KEYWORDS
                ],
                "quotes": [str(q) for q in (profile.get("quotes") or [])][:MAX_QUOTES],
            }
        )
    return cards


def segment_charts(
    profiles: list[dict[str, Any]], cards: list[dict[str, Any]], titles: dict[str, str]
) -> list[dict[str, Any]]:
    """Segment sizes and, when the data has a churn flag, churn by segment."""
    if not profiles:
        return []
    ids = [f"S{p['id']}" for p in profiles]
    names = [f"S{c['id']} · {c['name']}" for c in cards]
    charts = [
        {
            "id": "chart-sizes",
            "title": titles["sizes"],
            "x": ids,
            "labels": names,
            "y": [float(p.get("share") or 0.0) for p in profiles],
            "percent": True,
            "highlight": None,
        }
    ]
    rates = [(p.get("churn") or {}).get("rate") for p in profiles]
    if any(rate is not None for rate in rates):
        values = [float(rate or 0.0) for rate in rates]
        charts.append(
            {
                "id": "chart-churn",
                "title": titles["churn"],
                "x": ids,
                "labels": names,
                "y": values,
                "percent": True,
                "highlight": values.index(max(values)),
            }
        )
    return charts


# --------------------------------------------------------------------------- frame-derived


def build_overview(db: Database, survey: Survey | None, profiles: list[dict[str, Any]]) -> Overview:
    """Quality report and attribute distributions; an empty database gives an empty overview."""
    from analytics.dataset import build_dataset, turn_times
    from analytics.pipeline import quality_report

    try:
        frame = build_dataset(db, survey)
        if frame.empty:
            return Overview()
        report, _flags = quality_report(
            frame, turn_times(db, survey.id if survey else None), survey
        )
        cleaning = report.get("cleaning") or {}
        if cleaning.get("missing"):
            cleaning["missing"] = sorted(cleaning["missing"], key=lambda r: -r["share"])[
                :MAX_MISSING_ROWS
            ]
        return Overview(
            respondents=len(frame),
            quality=report,
            distributions=distributions(frame, profiles),
        )
    except Exception:  # one broken section must not take the dashboard down
        log.exception("the dashboard overview could not be computed")
        return Overview(failed=True)


def key_columns(frame: Any, profiles: list[dict[str, Any]]) -> list[str]:
    """A few columns worth a chart: what sets segments apart first, then other small categories."""
    from analytics.columns import BOOLEAN, CATEGORICAL, NUMERIC, column_kinds
    from analytics.profiles import distinguishing

    kinds = column_kinds(frame)
    wanted = {NUMERIC, BOOLEAN, CATEGORICAL}
    chosen: list[str] = []
    for profile in profiles:
        try:
            items = distinguishing(profile, top=3)
        except (KeyError, TypeError):
            items = []
        for item in items:
            column = str(item["feature"]).partition("=")[0]
            if column in frame.columns and kinds.get(column) in wanted and column not in chosen:
                chosen.append(column)
    for column in frame.columns:
        if len(chosen) >= MAX_DISTRIBUTIONS:
            break
        if column in chosen or kinds.get(column) not in {BOOLEAN, CATEGORICAL}:
            continue
        if str(column).startswith("quality__"):
            continue
        if 2 <= frame[column].nunique(dropna=True) <= MAX_CATEGORIES:
            chosen.append(column)
    return chosen[:MAX_DISTRIBUTIONS]


def distributions(frame: Any, profiles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each key column's distribution among respondents with a value: shares per value or bin."""
    import numpy as np

    from analytics.columns import BOOLEAN, NUMERIC, column_kinds

    kinds = column_kinds(frame)
    out = []
    for column in key_columns(frame, profiles):
        values = frame[column].dropna()
        if values.empty:
            continue
        if kinds.get(column) == NUMERIC:
            numbers = values.astype("float64").to_numpy()
            counts, edges = np.histogram(numbers, bins=HISTOGRAM_BINS)
            x = [f"{number(edges[i])}–{number(edges[i + 1])}" for i in range(len(counts))]
            shares = [float(c) / len(numbers) for c in counts]
            out.append(
                {"column": column, "kind": "numeric", "x": x, "y": shares, "n": len(numbers)}
            )
            continue
        if kinds.get(column) == BOOLEAN:
            values = values.map({True: "yes", False: "no"})
        counts = values.astype(str).value_counts(normalize=True).head(MAX_BARS)
        out.append(
            {
                "column": column,
                "kind": "categorical",
                "x": [str(v) for v in counts.index],
                "y": [float(s) for s in counts],
                "n": len(values),
            }
        )
    return out


def distribution_charts(
    items: list[dict[str, Any]], lang: str, survey: Survey | None, n_label: str
) -> list[dict[str, Any]]:
    words = _words(lang, survey)
    charts = []
    for i, item in enumerate(items):
        column = item["column"]
        if item["kind"] == "categorical":
            x = [words.value(column, value) for value in item["x"]]
        else:
            x = list(item["x"])
        charts.append(
            {
                "id": f"chart-dist-{i}",
                "title": f"{words.column(column)} ({n_label} {item['n']:,})",
                "x": x,
                "labels": x,
                "y": item["y"],
                "percent": True,
                "highlight": None,
            }
        )
    return charts
