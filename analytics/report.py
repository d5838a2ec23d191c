"""A self-contained HTML segment report: one file, charts inlined, readable offline.

Charts are PNGs drawn with matplotlib's Agg backend and embedded as base64 data URIs, so the file
needs no network, no script and no font download. Everything from the data (persona names,
category values, quotes, keywords) goes through Jinja2 autoescaping: respondent text stays text.
Quotes and keywords are PII-redacted (`analytics.profiles.redact_profiles`) before rendering.
Chart labels use segment ids and column names rather than persona names, because the bundled
font has no Chinese glyphs. Figures are built with matplotlib's object API (`Figure`), not pyplot,
so no global backend or figure registry is touched and reports can render from worker threads.
"""

from __future__ import annotations

import base64
import io
import warnings
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import numpy as np
from jinja2 import Environment, PackageLoader
from matplotlib.colors import TwoSlopeNorm
from matplotlib.figure import Figure

from analytics.pipeline import Segmentation
from analytics.profiles import distinguishing, redact_profiles

MAX_HEATMAP_ROWS = 15


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=PackageLoader("analytics", "templates"), autoescape=True)


def _png(figure: Figure) -> str:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # missing glyphs for non-Latin labels
        figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _ids(profiles: list[dict[str, Any]]) -> list[str]:
    return [f"S{p['id']}" for p in profiles]


def sizes_chart(profiles: list[dict[str, Any]]) -> str:
    figure = Figure(figsize=(6, 2.8))
    axis = figure.subplots()
    shares = [100 * p["share"] for p in profiles]
    axis.bar(_ids(profiles), shares, color="#4C78A8")
    for x, share in enumerate(shares):
        axis.text(x, share, f"{share:.1f}%", ha="center", va="bottom", fontsize=8)
    axis.set_ylabel("% of respondents")
    axis.set_title("Segment sizes")
    axis.spines[["top", "right"]].set_visible(False)
    return _png(figure)


def churn_chart(profiles: list[dict[str, Any]]) -> str | None:
    rates = [p["churn"]["rate"] if p.get("churn") else None for p in profiles]
    if all(rate is None for rate in rates):
        return None
    figure = Figure(figsize=(6, 2.8))
    axis = figure.subplots()
    values = [100 * (rate or 0.0) for rate in rates]
    axis.bar(_ids(profiles), values, color="#E45756")
    population = 100 * next(p["churn"]["pop_rate"] for p in profiles if p.get("churn"))
    axis.axhline(population, color="#333", linestyle="--", linewidth=1)
    axis.text(len(values) - 0.5, population, f" all: {population:.1f}%", va="bottom", fontsize=8)
    axis.set_ylabel("churn %")
    axis.set_title("Churn by segment")
    axis.spines[["top", "right"]].set_visible(False)
    return _png(figure)


def features_chart(profiles: list[dict[str, Any]]) -> str | None:
    """Index (segment vs population, 100 = same) of each segment's most distinctive features."""
    rows: list[str] = []
    for profile in profiles:
        for item in distinguishing(profile, top=3):
            if item["feature"] not in rows:
                rows.append(item["feature"])
    rows = rows[:MAX_HEATMAP_ROWS]
    if not rows:
        return None
    grid = np.full((len(rows), len(profiles)), np.nan)  # colours, capped at 300
    shown = np.full((len(rows), len(profiles)), np.nan)  # numbers, as they are
    for j, profile in enumerate(profiles):
        lookup = {f"{c['column']}={c['value']}": c["index"] for c in profile["categories"]}
        lookup.update({n["column"]: n["index"] for n in profile["numeric"]})
        for i, feature in enumerate(rows):
            value = lookup.get(feature)
            if value is not None:
                shown[i, j] = float(value)
                grid[i, j] = min(float(value), 300.0)
    figure = Figure(figsize=(1.2 + 0.9 * len(profiles), 0.9 + 0.35 * len(rows)))
    axis = figure.subplots()
    image = axis.imshow(
        grid, cmap="RdBu_r", norm=TwoSlopeNorm(vmin=0, vcenter=100, vmax=300), aspect="auto"
    )
    axis.set_xticks(range(len(profiles)), _ids(profiles))
    axis.set_yticks(range(len(rows)), [r[:40] for r in rows], fontsize=8)
    for i in range(len(rows)):
        for j in range(len(profiles)):
            if not np.isnan(shown[i, j]):
                axis.text(j, i, f"{shown[i, j]:.0f}", ha="center", va="center", fontsize=7)
    axis.set_title("Distinguishing features (index, 100 = population)")
    figure.colorbar(image, ax=axis, fraction=0.04)
    return _png(figure)


def render_report(
    segmentation: Segmentation, *, title: str = "Customer segments", lang: str = "zh"
) -> str:
    """The whole report as one HTML string; quotes and keywords are PII-redacted once more."""
    profiles = redact_profiles(segmentation.profiles)
    cards = []
    for profile in profiles:
        cards.append(
            {
                "profile": profile,
                "persona": profile["persona"].get(lang) or profile["persona"]["en"],
                "other": profile["persona"]["en" if lang == "zh" else "zh"],
                "distinguishing": distinguishing(profile),
            }
        )
    charts = {
        "sizes": sizes_chart(profiles),
        "churn": churn_chart(profiles),
        "features": features_chart(profiles),
    }
    template = _environment().get_template("segments.html")
    return template.render(
        title=title,
        lang=lang,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        run=segmentation.to_dict(),
        cards=cards,
        charts=charts,
    )
