"""Privacy test fixtures: the bundled survey (plain and with a sensitive slot) and org facts."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.privacy.org import Org, parse_org
from bot.survey import Survey, load_survey

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_ORG = ROOT / "examples" / "org.yaml"


@pytest.fixture(scope="session")
def org_data() -> dict[str, Any]:
    data = yaml.safe_load(EXAMPLE_ORG.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture
def org(org_data: dict[str, Any]) -> Org:
    return parse_org(copy.deepcopy(org_data))


@pytest.fixture(scope="session")
def survey() -> Survey:
    return load_survey("customer_profile")


@pytest.fixture(scope="session")
def sensitive_survey(survey: Survey) -> Survey:
    """The bundled survey with a sensitive slot added, as a health or ID question would be."""
    data = survey.model_dump(mode="python")
    data["slots"].append(
        {
            "name": "health_condition",
            "type": "text",
            "label": {"zh": "健康状况", "en": "health condition"},
            "sensitivity": "sensitive",
            "required": False,
            "purpose": {
                "zh": "为有特殊需要的用户推荐无障碍服务",
                "en": "to suggest accessibility services to customers who need them",
            },
            "questions": {"zh": ["你有需要我们照顾的健康状况吗？"], "en": ["Any health needs?"]},
        }
    )
    for slot in data["slots"]:
        if slot.get("when") is not None:
            slot["when"] = slot["when"]["source"]
    return Survey.model_validate(data)
