"""Frame in, segments and profiles out: the steps `insightbot segments` and the benchmark share.

Pure (no database): `build_dataset` makes the frame beforehand and `store.save_segments` keeps the
result afterwards, so this whole path runs in tests on hand-made frames. What needs the outside
world comes in as functions: `text_embed` (an embedder, for optional text features) and
`quote_picker` (representative quotes from the answer index, `analytics.vectors`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from analytics.churn import binary_target, find_churn_column
from analytics.cleaning import Cleaned, CleaningReport, clean, default_features, encode
from analytics.columns import NUMERIC, TEXT, column_kinds
from analytics.parallel import limited_threads
from analytics.profiles import open_text, profile_segments, redact_texts
from analytics.quality import quality_flags
from analytics.segmentation import K_RANGE, SegmentResult, fit_segments
from analytics.text_features import DEFAULT_DIMS, Embed, TextFeatures, text_block
from bot.privacy.names import known_names
from bot.survey import SlotType, Survey

OUTCOMES = frozenset({"churn", "churn_intent"})
# Labels in, quotes per segment id out; an empty list leaves that segment to the centroid quotes.
QuotePicker = Callable[[pd.Series], Mapping[int, Sequence[str]]]


@dataclass
class Segmentation:
    """Everything one run produced, plus seconds per step."""

    result: SegmentResult
    cleaning: CleaningReport
    profiles: list[dict[str, Any]]
    features: list[str]
    churn_column: str | None
    timings: dict[str, float] = field(default_factory=dict)
    text: TextFeatures | None = None

    @property
    def labels(self) -> pd.Series:
        return self.result.labels

    def to_dict(self) -> dict[str, Any]:
        return {
            "segmentation": self.result.to_dict(),
            "features": self.features,
            "churn_column": self.churn_column,
            "cleaning": self.cleaning.to_dict(),
            "text_features": self.text.to_dict() if self.text else None,
            "segments": self.profiles,
        }


def open_answer_columns(frame: pd.DataFrame, survey: Survey | None) -> list[str]:
    if survey is None:
        return []
    return [s.name for s in survey.slots if s.type == SlotType.open and s.name in frame.columns]


def segment_frame(
    frame: pd.DataFrame,
    *,
    k: int | str = "auto",
    features: Sequence[str] | None = None,
    seed: int = 0,
    survey: Survey | None = None,
    outlier_method: str = "iqr",
    k_range: tuple[int, int] = K_RANGE,
    text_embed: Embed | None = None,
    text_dims: int = DEFAULT_DIMS,
    quote_picker: QuotePicker | None = None,
) -> Segmentation:
    """Clean, encode, segment and profile `frame` (one row per respondent, sorted by id).

    Outcome columns (an imported churn flag, churn_intent) are left out of the default features
    so that churn by segment is a finding, not an input. With `text_embed`, `text_dims` SVD
    components of the embedded open answers (plus a no-text indicator) join the k-means matrix.
    """
    timings: dict[str, float] = {}
    started = time.perf_counter()
    churn_column = find_churn_column(frame)
    if features is None:
        features = default_features(frame, exclude=OUTCOMES | {churn_column or ""})
    cleaned = clean(frame, list(features), outlier_method=outlier_method)
    text_columns = open_answer_columns(frame, survey)
    texts = redact_texts(open_text(frame, text_columns)) if text_columns else None
    text_info: TextFeatures | None = None
    with limited_threads():
        matrix, _encoder, _names = encode(cleaned)
        if text_embed is not None:
            matrix, text_info = _with_text(matrix, texts, text_embed, cleaned, text_dims, seed)
        timings["clean"] = time.perf_counter() - started
        started = time.perf_counter()
        result = fit_segments(
            matrix, frame.index, cleaned.fit_mask, k=k, seed=seed, k_range=k_range
        )
    timings["segment"] = time.perf_counter() - started
    started = time.perf_counter()
    churn = binary_target(frame[churn_column]) if churn_column else None
    quotes = quote_picker(result.labels) if quote_picker is not None else None
    profiles = profile_segments(
        frame,
        result.labels,
        features=list(features),
        churn=churn,
        churn_source=churn_column,
        texts=texts,
        distances=result.distances,
        survey=survey,
        quotes=quotes,
        names=known_names(frame),
    )
    timings["profile"] = time.perf_counter() - started
    return Segmentation(
        result,
        cleaning=cleaned.report,
        profiles=profiles,
        features=list(features),
        churn_column=churn_column,
        timings=timings,
        text=text_info,
    )


def _with_text(
    matrix: np.ndarray,
    texts: pd.Series | None,
    embed: Embed,
    cleaned: Cleaned,
    dims: int,
    seed: int,
) -> tuple[np.ndarray, TextFeatures]:
    """The k-means matrix with the text block appended; its column names join the report's."""
    if texts is None:
        return matrix, TextFeatures(0, note="the survey has no open questions")
    block, info = text_block(texts, embed, fit_mask=cleaned.fit_mask, dims=dims, seed=seed)
    cleaned.report.encoded_features = [*cleaned.report.encoded_features, *info.names]
    return np.hstack([matrix, block]).astype(np.float32, copy=False), info


def quality_report(
    frame: pd.DataFrame, turns: pd.DataFrame, survey: Survey | None = None
) -> tuple[dict[str, Any], pd.DataFrame]:
    """The data-quality report (cleaning counts and response-quality flags) and the flags."""
    features = default_features(frame)
    cleaning = clean(frame, features).report if features else None
    scales = [s.name for s in survey.slots if s.type == SlotType.scale] if survey else []
    scales = [name for name in scales if name in frame.columns]
    texts = None
    if survey is not None:
        wanted = {SlotType.text, SlotType.open}
        texts = [s.name for s in survey.slots if s.type in wanted and s.name in frame.columns]
    flags, quality = quality_flags(frame, turns, scale_columns=scales, text_columns=texts)
    kinds = column_kinds(frame)
    sources = frame["source"].astype("string").value_counts() if "source" in frame else {}
    report = {
        "respondents": len(frame),
        "by_source": {str(k): int(v) for k, v in dict(sources).items()},
        "columns": {
            "numeric": sum(1 for k in kinds.values() if k == NUMERIC),
            "text": sum(1 for k in kinds.values() if k == TEXT),
            "features": len(features),
        },
        "cleaning": cleaning.to_dict() if cleaning else None,
        "quality": quality.to_dict(),
    }
    return report, flags
