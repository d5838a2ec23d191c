"""South African townships, suburbs and towns given as the home.

A township or suburb inside one metro is a district of that city ("Gauteng side, Soweto" →
Johannesburg, "Centurion" → Pretoria, "Khayelitsha" → Cape Town); the towns of Ekurhuleni and other
towns are cities of their own ("Benoni", "Kempton Park"); "port elizabeth" is Gqeberha. A province
alone is still vague, and words that are also names ("a centurion", "an orange farm") count only
where a place is looked for.

Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("city", "Gauteng side, Soweto", {"city": "Johannesburg"}, ""),
    ("city", "Soweto", {"city": "Johannesburg"}, ""),
    ("city", "Sandton", {"city": "Johannesburg"}, ""),
    ("city", "I live in Centurion", {"city": "Pretoria"}, ""),
    ("city", "Centurion", {"city": "Pretoria"}, ""),
    ("city", "Midrand, Joburg", {"city": "Johannesburg"}, ""),
    ("city", "Randburg", {"city": "Johannesburg"}, ""),
    ("city", "Roodepoort", {"city": "Johannesburg"}, ""),
    ("city", "Fourways", {"city": "Johannesburg"}, ""),
    ("city", "Mamelodi", {"city": "Pretoria"}, ""),
    ("city", "Khayelitsha", {"city": "Cape Town"}, ""),
    ("city", "mitchells plain", {"city": "Cape Town"}, ""),
    ("city", "durbanville", {"city": "Cape Town"}, ""),
    ("city", "Umlazi", {"city": "Durban"}, ""),
    ("city", "Pinetown", {"city": "Durban"}, ""),
    ("city", "Benoni", {"city": "Benoni"}, ""),
    ("city", "Boksburg side", {"city": "Boksburg"}, ""),
    ("city", "Kempton Park", {"city": "Kempton Park"}, ""),
    ("city", "Germiston", {"city": "Germiston"}, ""),
    ("city", "Tembisa", {"city": "Tembisa"}, ""),
    ("city", "Vereeniging", {"city": "Vereeniging"}, ""),
    ("city", "port elizabeth", {"city": "Gqeberha"}, ""),
    ("city", "Gqeberha", {"city": "Gqeberha"}, ""),
    ("city", "Stellenbosch", {"city": "Stellenbosch"}, ""),
    ("city", "Durban", {"city": "Durban"}, ""),
    (
        "city",
        "Joburg, Randburg side, with my wife and 2 kids",
        {"has_partner": True, "has_dependents": True, "city": "Johannesburg"},
        "",
    ),
    ("city", "gauteng side", {}, "v"),
    ("city", "Around Gauteng somewhere, I move a lot for work", {}, "v"),
    ("city", "Shame, I live in Soweto", {"city": "Johannesburg"}, ""),
    ("name", "Sipho from Soweto", {"city": "Johannesburg", "name": "Sipho"}, ""),
    ("name", "Thabo, Soweto, 34", {"city": "Johannesburg", "name": "Thabo"}, ""),
    ("age", "I'm in Sandton, 40", {"city": "Johannesburg", "age": 40}, ""),
    ("contract", "I got a centurion card", {}, ""),
    ("age", "I grew up on an orange farm, I'm 45", {"age": 45}, ""),
    ("age", "my son is a centurion at the museum, I'm 45", {"age": 45}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_south_african_places(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
