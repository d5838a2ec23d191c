"""The single gate every proposed value passes: types, ranges and option ids."""

from __future__ import annotations

import pytest

from bot.survey import load_survey
from bot.validation import validate

SURVEY = load_survey("customer_profile")


@pytest.mark.parametrize(
    ("slot", "value", "ok", "canonical", "reason"),
    [
        ("age", 25, True, 25, ""),
        ("age", "25", True, 25, ""),
        ("age", 27.5, True, 28, ""),
        ("age", 200, False, 200, "out_of_range"),
        ("age", True, False, None, "wrong_type"),
        ("age", float("nan"), False, None, "wrong_type"),
        ("monthly_spend", 69.95, True, 69.95, ""),
        ("monthly_spend", -5, False, -5.0, "out_of_range"),
        ("satisfaction", 4, True, 4, ""),
        ("satisfaction", 3.5, False, 3.5, "wrong_type"),
        ("satisfaction", 6, False, 6, "out_of_range"),
        ("contract", "two_year", True, "two_year", ""),
        ("contract", "forever", False, "forever", "unknown_option"),
        ("interests", ["music", "sports", "music"], True, ["music", "sports"], ""),
        ("interests", ["music", "knitting"], False, ["music", "knitting"], "unknown_option"),
        ("has_partner", False, True, False, ""),
        ("has_partner", "yes", False, None, "wrong_type"),
        ("city", "  Shanghai  ", True, "Shanghai", ""),
        ("city", "   ", False, None, "empty"),
        ("complaint", None, False, None, "empty"),
    ],
)
def test_validate(slot: str, value: object, ok: bool, canonical: object, reason: str) -> None:
    checked = validate(SURVEY.slot(slot), value)
    assert (checked.ok, checked.value, checked.reason) == (ok, canonical, reason)
