"""Optional text dimensions for k-means: what respondents wrote, reduced to a few numbers.

Each respondent's open answers (joined, PII-redacted) are embedded with the configured embedder
(`retrieval.embedders`, the same one the answer index uses) and reduced with TruncatedSVD to a few
components, fitted on the rows k-means fits on. The components are standardised like any other
continuous feature, so each counts as much as one numeric column; respondents who wrote nothing
get zeros (the average position) and a 0/1 `text (missing)` indicator, so silence can still set a
segment apart without being mistaken for a typical answer.

The SVD is seeded and the frame arrives sorted by respondent id, so the same data and seed give
the same components and the same segments. Pure: the embedder is passed in as a function.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray
from sklearn.decomposition import TruncatedSVD

Embed = Callable[[list[str]], NDArray[np.float32]]

DEFAULT_DIMS = 5
MIN_TEXTS = 3  # fewer answers than this carry no direction worth a dimension
EMBED_BATCH = 512


@dataclass
class TextFeatures:
    """What the text block added to the k-means matrix."""

    dims: int
    names: list[str] = field(default_factory=list)
    respondents_with_text: int = 0
    explained_variance: float | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def embed_texts(texts: list[str], embed: Embed, batch: int = EMBED_BATCH) -> NDArray[np.float32]:
    """Vectors for `texts`, embedded in batches (a remote embedder gets bounded requests)."""
    parts = [
        np.asarray(embed(texts[i : i + batch]), dtype=np.float32)
        for i in range(0, len(texts), batch)
    ]
    return np.vstack(parts)


def text_block(
    texts: pd.Series,
    embed: Embed,
    *,
    fit_mask: NDArray[np.bool_] | None = None,
    dims: int = DEFAULT_DIMS,
    seed: int = 0,
) -> tuple[NDArray[np.float32], TextFeatures]:
    """Columns to append to the k-means matrix (one row per entry of `texts`, same order).

    Returns an empty block (zero columns) with a note when there is too little text.
    """
    if dims < 1:
        raise ValueError("text features need at least one dimension")
    rows = len(texts)
    if fit_mask is None:
        fit_mask = np.ones(rows, dtype=bool)
    stripped = texts.astype("string").str.strip()
    has_text = (stripped.notna() & (stripped != "")).fillna(False).to_numpy(dtype=bool)
    written = int(has_text.sum())
    fit_rows = has_text & fit_mask
    fitting = int(fit_rows.sum())
    if fitting < MIN_TEXTS:
        empty = np.zeros((rows, 0), dtype=np.float32)
        note = f"too few open answers ({written}) for text features"
        return empty, TextFeatures(0, respondents_with_text=written, note=note)
    vectors = embed_texts([str(t) for t in stripped[has_text]], embed)
    usable = min(dims, fitting - 1, vectors.shape[1] - 1)
    svd = TruncatedSVD(n_components=usable, algorithm="randomized", n_iter=7, random_state=seed)
    svd.fit(vectors[fit_rows[has_text]])
    components = svd.transform(vectors)
    fitted = components[fit_rows[has_text]]
    mean, std = fitted.mean(axis=0), fitted.std(axis=0)
    std[std == 0] = 1.0
    block = np.zeros((rows, usable + 1), dtype=np.float32)
    block[has_text, :usable] = (components - mean) / std
    block[~has_text, usable] = 1.0
    names = [f"text_{i + 1}" for i in range(usable)] + ["text (missing)"]
    info = TextFeatures(
        dims=usable,
        names=names,
        respondents_with_text=written,
        explained_variance=round(float(svd.explained_variance_ratio_.sum()), 4),
    )
    return block, info
