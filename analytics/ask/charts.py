"""PNG charts for ``insightbot ask --chart``: the `ChartSpec` drawn with matplotlib's object API.

The bundled font has no Chinese glyphs, so a label with Chinese characters is drawn as its
stored value (``Month-to-month``, ``2``) instead of as boxes; the title stays in English then.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

from matplotlib.figure import Figure

from analytics.ask.result import ChartSpec

CJK = re.compile(r"[\u3400-\u9fff]")


def _latin(labels: list[str], fallback: list[str]) -> list[str]:
    if any(CJK.search(label) for label in labels) and len(fallback) == len(labels):
        return fallback
    return labels


def write_png(chart: ChartSpec, path: Path) -> Path:
    """Draw `chart` as a bar chart into `path` (parent folders are created)."""
    labels = _latin(chart.x, chart.keys)
    title = chart.title if not CJK.search(chart.title) else ""
    values = [v * 100 for v in chart.y] if chart.percent else list(chart.y)
    figure = Figure(figsize=(max(4.0, 0.9 * len(labels) + 2), 3.2))
    axis = figure.subplots()
    colours = ["#E45756" if i == chart.highlight else "#4C78A8" for i in range(len(values))]
    axis.bar(range(len(values)), values, color=colours)
    axis.set_xticks(range(len(values)), labels, rotation=20 if len(labels) > 4 else 0, ha="right")
    for x, value in enumerate(values):
        shown = f"{value:.1f}%" if chart.percent else f"{value:,.2f}".rstrip("0").rstrip(".")
        axis.text(x, value, shown, ha="center", va="bottom", fontsize=8)
    axis.set_title(title)
    axis.spines[["top", "right"]].set_visible(False)
    path.parent.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        figure.savefig(path, format="png", dpi=110, bbox_inches="tight")
    return path
