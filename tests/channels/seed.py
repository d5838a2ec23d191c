"""A small customer table imported and segmented, for the dashboard and `/api/ask` tests.

Ninety customers with a contract type, tenure, monthly charges, a preferred channel and a churn
flag that month-to-month customers mostly set; a few survey respondents with open answers for
search. Segment 0's persona and quotes are made hostile so that escaping can be checked.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analytics.dataset import build_dataset
from analytics.importer import import_table
from analytics.pipeline import segment_frame
from analytics.store import save_segments
from bot.storage.db import Database
from bot.survey import load_survey
from tests.retrieval.test_indexing import respondent

HOSTILE_PERSONA = '<script>alert("persona")</script>Bargain hunters'
HOSTILE_QUOTE = "<img src=x onerror=alert(1)> far too expensive"
HOSTILE_VALUE = "<b>app</b>"


def customers(n: int = 90, seed: int = 3) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    contract = rng.choice(["Month-to-month", "One year", "Two year"], size=n, p=[0.5, 0.3, 0.2])
    tenure = np.where(contract == "Month-to-month", rng.integers(1, 20, n), rng.integers(12, 72, n))
    monthly = np.round(rng.normal(70, 20, n).clip(20, 120), 2)
    churn_p = np.select([contract == "Month-to-month", contract == "One year"], [0.6, 0.15], 0.03)
    churn = np.where(rng.random(n) < churn_p, "Yes", "No")
    channel = rng.choice([HOSTILE_VALUE, "store", "web"], size=n)
    return pd.DataFrame(
        {
            "customer_id": [f"C{i:03d}" for i in range(1, n + 1)],
            "contract": contract,
            "tenure": tenure,
            "monthly_charges": monthly,
            "preferred_channel": channel,
            "churn": churn,
        }
    )


def open_answers(db: Database) -> None:
    """Three survey respondents whose complaints the answer index can find."""
    respondent(db, "r-price", [("complaint", "question", "价格太贵了，每个月两百多")], {"age": 34})
    respondent(
        db,
        "r-slow",
        [("complaint", "question", "The internet is painfully slow every evening")],
        {"age": 52},
        lang="en",
    )
    respondent(db, "r-bill", [("complaint", "question", "月租太贵，不划算")], {"age": 41})


def seed_segments(db: Database, *, with_answers: bool = False) -> None:
    """Import the table, segment (k=3) and store the profiles with a hostile persona and quote."""
    import_table(db, customers(), key="customer_id", dataset="crm")
    if with_answers:
        open_answers(db)
    survey = load_survey("customer_profile")
    run = segment_frame(build_dataset(db, survey), k=3, survey=survey)
    first = run.profiles[0]
    for lang in ("zh", "en"):
        first["persona"][lang]["name"] = HOSTILE_PERSONA
        first["persona"][lang]["description"] = "Says </p><script>steal()</script> a lot"
    first["quotes"] = [HOSTILE_QUOTE]
    save_segments(db, run.labels, run.profiles, lang="en")
