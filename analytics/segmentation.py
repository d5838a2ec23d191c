"""k-means segmentation with a silhouette-chosen k, seeded and relabelled so results are stable.

Stability is a product requirement: a marketer who reruns `insightbot segments` on the same data
must see the same segments under the same ids. So the frame arrives sorted by respondent id,
every random step takes the seed, and segment ids are reassigned by size (0 = largest, ties
broken by the centroid's coordinates) instead of k-means' arbitrary cluster numbers.

Scale: above `MINIBATCH_ABOVE` rows the final fit uses MiniBatchKMeans; choosing k fits every
candidate on a seeded sample and scores silhouettes on a smaller one, since silhouette is
quadratic in the rows it sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.metrics import silhouette_score

from analytics.errors import AnalyticsError

K_RANGE = (3, 8)  # two segments are rarely actionable; ask for --k 2 explicitly
MINIBATCH_ABOVE = 50_000
SEARCH_SAMPLE = 20_000
SILHOUETTE_SAMPLE = 5_000


@dataclass
class SegmentResult:
    """Segment per row (ids by size), distance to its centroid, and how k was chosen."""

    labels: pd.Series
    distances: pd.Series
    centers: np.ndarray
    k: int
    algorithm: str
    silhouette: dict[int, float] = field(default_factory=dict)
    fitted_rows: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "k": self.k,
            "algorithm": self.algorithm,
            "silhouette": {str(k): round(v, 4) for k, v in self.silhouette.items()},
            "fitted_rows": self.fitted_rows,
        }


def _model(k: int, rows: int, seed: int) -> KMeans | MiniBatchKMeans:
    if rows > MINIBATCH_ABOVE:
        return MiniBatchKMeans(
            n_clusters=k, random_state=seed, n_init=3, batch_size=4096, max_no_improvement=20
        )
    return KMeans(n_clusters=k, random_state=seed, n_init=4)


def _sample(rows: int, size: int, rng: np.random.Generator) -> np.ndarray:
    if rows <= size:
        return np.arange(rows)
    return np.sort(rng.choice(rows, size=size, replace=False))


def choose_k(
    matrix: np.ndarray, k_range: tuple[int, int] = K_RANGE, seed: int = 0
) -> tuple[int, dict[int, float]]:
    """The k with the best silhouette over `k_range` (inclusive), and every score seen."""
    rng = np.random.default_rng(seed)
    search = matrix[_sample(len(matrix), SEARCH_SAMPLE, rng)]
    low, high = k_range
    high = min(high, len(search) - 1)
    if high < low:
        raise AnalyticsError(f"too few rows ({len(search)}) to try {low} or more segments")
    scores: dict[int, float] = {}
    for k in range(low, high + 1):
        labels = _model(k, len(search), seed).fit_predict(search)
        if len(set(labels)) < 2:
            continue
        size = min(SILHOUETTE_SAMPLE, len(search))
        scores[k] = float(silhouette_score(search, labels, sample_size=size, random_state=seed))
    if not scores:
        raise AnalyticsError("every tried k collapsed into one segment; the data has no spread")
    best = max(scores, key=lambda k: (round(scores[k], 6), -k))
    return best, scores


def fit_segments(
    matrix: np.ndarray,
    index: pd.Index,
    fit_mask: np.ndarray | None = None,
    *,
    k: int | str = "auto",
    k_range: tuple[int, int] = K_RANGE,
    seed: int = 0,
) -> SegmentResult:
    """Segment every row of `matrix`, fitting only on `fit_mask` rows (cleaned, non-outliers)."""
    if fit_mask is None:
        fit_mask = np.ones(len(matrix), dtype=bool)
    fit_rows = matrix[fit_mask]
    scores: dict[int, float] = {}
    if k == "auto":
        chosen, scores = choose_k(fit_rows, k_range, seed)
    else:
        chosen = int(k)
        if chosen < 1 or chosen > len(fit_rows):
            raise AnalyticsError(f"cannot make {chosen} segments from {len(fit_rows)} rows")
    model = _model(chosen, len(fit_rows), seed).fit(fit_rows)
    raw = model.predict(matrix)
    centers = np.asarray(model.cluster_centers_)
    order = _order_by_size(raw[fit_mask], centers)
    relabel = np.empty(chosen, dtype=np.int64)
    relabel[order] = np.arange(chosen)
    labels = relabel[raw]
    centers = centers[order]
    distances = np.linalg.norm(matrix - centers[labels], axis=1)
    algorithm = "minibatch_kmeans" if isinstance(model, MiniBatchKMeans) else "kmeans"
    return SegmentResult(
        labels=pd.Series(labels, index=index, name="segment"),
        distances=pd.Series(distances, index=index, name="distance"),
        centers=centers,
        k=chosen,
        algorithm=algorithm,
        silhouette=scores,
        fitted_rows=int(fit_mask.sum()),
    )


def _order_by_size(labels: np.ndarray, centers: np.ndarray) -> np.ndarray:
    """Cluster numbers from largest to smallest; equal sizes ordered by rounded centroid."""
    counts = np.bincount(labels, minlength=len(centers))
    rounded = np.round(centers, 6)
    keys = [*(rounded[:, j] for j in reversed(range(rounded.shape[1]))), -counts]
    return np.lexsort(keys)
