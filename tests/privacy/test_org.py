"""org.yaml loading: the example is complete, and missing facts are all named, never invented."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from bot.privacy.org import LocalText, OrgError, load_org, parse_org, text
from tests.privacy.conftest import EXAMPLE_ORG


def test_example_org_loads_with_its_facts() -> None:
    org = load_org(EXAMPLE_ORG)
    assert text(org.controller.name, "zh") == "星联通信有限公司"
    assert text(org.controller.name, "en") == "StarLink Telecom Co., Ltd."
    assert org.controller.contact_email == "privacy@starlink-telecom.example.cn"
    assert org.minimum_age == 14
    assert org.effective_date == dt.date(2025, 3, 1)
    assert [text(r.period, "en") for r in org.retention] == ["2 years", "5 years"]
    assert len(org.recipients) == 2
    assert text(org.cross_border[0].country, "zh") == "荷兰"
    assert org.automated_decisions.used is True


def test_empty_file_names_every_required_key() -> None:
    with pytest.raises(OrgError) as info:
        parse_org({})
    expected = {
        "controller.name",
        "controller.address",
        "controller.contact_email",
        "dpo_contact",
        "storage_location",
        "retention",
        "recipients",
        "cross_border",
        "complaint_authority.name",
        "automated_decisions.used",
        "policy_version",
        "effective_date",
    }
    assert set(info.value.missing) == expected
    for key in expected:
        assert key in str(info.value)


def test_several_missing_nested_keys_are_reported_together(org_data: dict[str, Any]) -> None:
    data = copy.deepcopy(org_data)
    del data["controller"]["contact_email"]
    del data["dpo_contact"]["email"]
    del data["dpo_contact"]["phone"]
    del data["recipients"][1]["contact"]
    del data["policy_version"]
    data["automated_decisions"] = {"used": True}
    with pytest.raises(OrgError) as info:
        parse_org(data, "org.yaml")
    message = str(info.value)
    assert message.startswith("org.yaml: missing required facts:")
    for key in (
        "controller.contact_email",
        "dpo_contact.email or dpo_contact.phone",
        "recipients[1].contact",
        "policy_version",
        "automated_decisions.description",
        "automated_decisions.how_to_object",
    ):
        assert key in message


@pytest.mark.parametrize("blank", ["", "   ", None])
def test_blank_values_count_as_missing(org_data: dict[str, Any], blank: str | None) -> None:
    data = copy.deepcopy(org_data)
    data["storage_location"] = blank
    with pytest.raises(OrgError) as info:
        parse_org(data)
    assert info.value.missing == ["storage_location"]


def test_typos_and_bad_values_are_reported_as_invalid(org_data: dict[str, Any]) -> None:
    data = copy.deepcopy(org_data)
    data["retension"] = "2 years"
    data["controller"]["contact_email"] = "not an email"
    with pytest.raises(OrgError) as info:
        parse_org(data)
    message = str(info.value)
    assert "retension: unknown key" in message
    assert "controller.contact_email" in message


def test_minimum_age_defaults_to_14_and_cross_border_accepts_none(
    org_data: dict[str, Any],
) -> None:
    data = copy.deepcopy(org_data)
    del data["minimum_age"]
    data["cross_border"] = "none"
    org = parse_org(data)
    assert org.minimum_age == 14
    assert org.cross_border == []


def test_retention_forms(org_data: dict[str, Any]) -> None:
    data = copy.deepcopy(org_data)
    data["retention"] = "2 years"
    assert [(r.purpose, r.period) for r in parse_org(data).retention] == [(None, "2 years")]
    data["retention"] = {"zh": "两年", "en": "two years"}
    rule = parse_org(data).retention[0]
    assert rule.purpose is None and rule.period == LocalText(zh="两年", en="two years")
    data["retention"] = {"answers": "2 years", "consent records": "5 years"}
    rules = parse_org(data).retention
    assert [(r.purpose, r.period) for r in rules] == [
        ("answers", "2 years"),
        ("consent records", "5 years"),
    ]


def test_plain_strings_serve_both_languages(org_data: dict[str, Any]) -> None:
    data = copy.deepcopy(org_data)
    data["storage_location"] = "Shanghai"
    org = parse_org(data)
    assert text(org.storage_location, "zh") == text(org.storage_location, "en") == "Shanghai"


def test_file_errors_are_org_errors(tmp_path: Path) -> None:
    with pytest.raises(OrgError, match="no such file"):
        load_org(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("controller: [unclosed\n", encoding="utf-8")
    with pytest.raises(OrgError, match="not valid YAML"):
        load_org(bad)
    listing = tmp_path / "list.yaml"
    listing.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(OrgError, match="expected a YAML mapping"):
        load_org(listing)
