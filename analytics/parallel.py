"""How many OpenMP threads scikit-learn's k-means and gradient boosting may use.

One by default. These run on small shared servers next to the survey bot itself, and OpenMP's
spin-waiting collapses under CPU contention: on two busy cores one gradient-boosting fit of the
Telco table took 8 s with two threads and 1.5 s with one. Set INSIGHTBOT_ANALYTICS_THREADS on a
machine whose cores are free for analytics.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from threadpoolctl import threadpool_limits


def thread_count() -> int:
    raw = os.environ.get("INSIGHTBOT_ANALYTICS_THREADS", "1")
    try:
        return max(1, int(raw))
    except ValueError:
        return 1


@contextmanager
def limited_threads() -> Iterator[None]:
    """Cap OpenMP and BLAS threads for the duration of a fit."""
    with threadpool_limits(limits=thread_count()):
        yield
