"""Real customers (IBM Telco churn table) answer in natural language through the HTTP API."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.telco import TELCO_SLOTS, load_telco, telco_persona
from bot.telco_run import run_telco_simulation


def test_personas_carry_the_customers_real_record() -> None:
    import random

    table = load_telco()
    assert len(table) == 7043
    row = table.iloc[0]
    persona = telco_persona(row, random.Random(1))
    truth = persona.truth
    assert truth["tenure_months"] == int(row["tenure"])
    assert truth["monthly_spend"] == round(float(row["monthly_charges"]), 2)
    assert (truth["age"] >= 65) == bool(row["senior_citizen"])
    assert set(TELCO_SLOTS) <= set(truth)


def test_a_small_telco_sample_is_recovered(settings: Settings) -> None:
    report = run_telco_simulation(settings, customers=25, seed=11)
    assert report.completed == 25
    assert report.recovery >= 0.95, report.render()
    assert report.turns_per_filled_slot <= 1.3, report.render()


@pytest.mark.slow
def test_five_hundred_telco_customers(settings: Settings) -> None:
    report = run_telco_simulation(settings, customers=500, seed=2026)
    assert report.meets_targets(), report.render()
