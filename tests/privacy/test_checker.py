"""The checker: generated notices pass; removing any item, section or fact makes them fail."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from bot.config import Settings
from bot.privacy.checker import (
    ITEMS,
    check_notice,
    faithfulness_problems,
    normalize,
    rewrite_is_faithful,
)
from bot.privacy.notice import build_notice
from bot.privacy.org import Org, parse_org
from bot.survey import Survey


def _notice(survey: Survey, org: Org, lang: str, fmt: str = "md") -> str:
    return build_notice(survey, org, lang, fmt, Settings()).text


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("item", ITEMS, ids=[item.key for item in ITEMS])
def test_removing_an_items_wording_fails_that_item(
    sensitive_survey: Survey, org: Org, item: Any, lang: str
) -> None:
    text = _notice(sensitive_survey, org, lang)
    assert check_notice(text, sensitive_survey, org, lang).ok
    stripped = text
    for pattern in item.patterns(lang):
        stripped = re.sub(pattern, "", stripped, flags=re.IGNORECASE)
    assert stripped != text, f"{item.key} never appears in the generated notice"
    assert f"section.{item.key}" in check_notice(stripped, sensitive_survey, org, lang).missing


SECTION_LOSSES = {
    "zh": [
        ("我们是谁", {"section.identity", "fact.controller"}),
        ("我们收集哪些信息", {"fact.category: monthly_spend", "fact.category: tenure_months"}),
        ("处理的法律依据", {"section.legal_basis"}),
        ("我们如何处理", {"section.ai", "section.automated_decisions"}),
        ("谁会收到", {"fact.recipient: 阿里云计算有限公司"}),
        ("跨境传输", {"section.cross_border", "fact.country: 荷兰"}),
        ("我们保存多久", {"fact.retention: 2 年", "fact.retention: 5 年"}),
        ("你的权利", {"section.right_access", "section.bot_show", "section.bot_delete"}),
        ("未成年人", {"section.minors", "fact.minimum_age"}),
        ("一定要回答吗", {"section.refusal_consequence"}),
        ("投诉与举报", {"section.complaints", "fact.complaint_authority"}),
        ("本说明的变更", {"section.changes"}),
    ],
    "en": [
        ("Who we are", {"section.identity", "fact.controller"}),
        ("What we collect", {"fact.category: monthly_spend", "fact.category: tenure_months"}),
        ("Legal basis", {"section.legal_basis"}),
        ("How we process", {"section.ai", "section.automated_decisions"}),
        ("Who receives", {"fact.recipient: Alibaba Cloud Computing Co., Ltd."}),
        ("Cross-border", {"section.cross_border"}),
        ("How long", {"fact.retention: 2 years", "fact.retention: 5 years"}),
        ("Your rights", {"section.right_copy", "section.bot_show", "section.bot_delete"}),
        ("Children", {"section.minors", "fact.minimum_age"}),
        ("Do I have to answer", {"section.refusal_consequence"}),
        ("Complaints", {"section.complaints", "fact.complaint_authority"}),
        ("Changes to this notice", {"section.changes"}),
    ],
}


@pytest.mark.parametrize(
    ("lang", "heading", "lost"),
    [(lang, heading, lost) for lang, cases in SECTION_LOSSES.items() for heading, lost in cases],
)
def test_dropping_a_section_is_caught(
    survey: Survey, org: Org, lang: str, heading: str, lost: set[str]
) -> None:
    parts = _notice(survey, org, lang).split("\n## ")
    kept = [part for part in parts if not part.startswith(heading)]
    assert len(kept) == len(parts) - 1
    missing = set(check_notice("\n## ".join(kept), survey, org, lang).missing)
    assert lost <= missing


def test_sensitive_section_is_required_only_with_sensitive_slots(
    survey: Survey, sensitive_survey: Survey, org: Org
) -> None:
    plain = _notice(survey, org, "en")
    assert check_notice(plain, survey, org, "en").ok
    missing = check_notice(plain, sensitive_survey, org, "en").missing
    assert {"section.separate_consent", "fact.category: health_condition"} <= set(missing)


FACTS = {
    "zh": [
        ("fact.controller", ["星联通信有限公司"]),
        ("fact.contact_email", ["privacy@starlink-telecom.example.cn"]),
        ("fact.dpo_contact", ["dpo@starlink-telecom.example.cn", "021-6088-1234"]),
        ("fact.storage_location", ["中国上海（阿里云华东 2 数据中心）"]),
        ("fact.retention: 2 年", ["2 年"]),
        ("fact.retention: 5 年", ["5 年"]),
        ("fact.recipient: 阿里云计算有限公司", ["阿里云计算有限公司"]),
        ("fact.recipient: 上海数见市场研究有限公司", ["上海数见市场研究有限公司"]),
        ("fact.country: 荷兰", ["荷兰"]),
        ("fact.complaint_authority", ["上海市互联网信息办公室（网信部门）"]),
        ("fact.policy_version", ["2025.1"]),
        ("fact.minimum_age", ["14"]),
        ("fact.category: monthly_spend", ["月消费"]),
        ("fact.category: churn_intent", ["续约意向"]),
    ],
    "en": [
        ("fact.controller", ["StarLink Telecom Co., Ltd."]),
        ("fact.contact_email", ["privacy@starlink-telecom.example.cn"]),
        ("fact.dpo_contact", ["dpo@starlink-telecom.example.cn", "021-6088-1234"]),
        ("fact.storage_location", ["Shanghai, China (Alibaba Cloud East China 2 region)"]),
        ("fact.retention: 2 years", ["2 years"]),
        ("fact.recipient: Alibaba Cloud Computing Co., Ltd.", ["Alibaba Cloud Computing"]),
        ("fact.country: the Netherlands", ["the Netherlands"]),
        ("fact.complaint_authority", ["Shanghai Cyberspace Administration"]),
        ("fact.policy_version", ["2025.1"]),
        ("fact.minimum_age", ["14"]),
        ("fact.category: monthly_spend", ["monthly spend"]),
    ],
}


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize(
    ("lang", "key", "values"),
    [(lang, key, values) for lang, cases in FACTS.items() for key, values in cases],
)
def test_removing_a_fact_is_caught(
    survey: Survey, org: Org, lang: str, key: str, values: list[str], fmt: str
) -> None:
    text = _notice(survey, org, lang, fmt)
    for value in values:
        assert value in text or value.replace("&", "&amp;") in text
        text = text.replace(value, "▇▇")
    assert key in check_notice(text, survey, org, lang).missing


def test_a_wrong_fact_is_not_the_right_fact(survey: Survey, org_data: dict[str, Any]) -> None:
    """A notice written for other facts fails against the current org.yaml."""
    old = parse_org(copy.deepcopy(org_data))
    data = copy.deepcopy(org_data)
    data["retention"] = {"zh": "6 个月", "en": "6 months"}
    data["minimum_age"] = 16
    new = parse_org(data)
    missing = check_notice(_notice(survey, old, "en"), survey, new, "en").missing
    assert {"fact.retention: 6 months", "fact.minimum_age"} <= set(missing)


def test_notice_in_the_other_language_fails(survey: Survey, org: Org) -> None:
    report = check_notice(_notice(survey, org, "en"), survey, org, "zh")
    assert not report.ok
    assert "section.bot_delete" in report.missing
    assert report.describe("section.bot_delete") == 'the in-chat command "delete my data"'


def test_normalize_reads_html_and_markdown() -> None:
    page = "<html><head><style>.x{}</style></head><body><p>Smith &amp; Sons</p><li>a</li></body>"
    assert normalize(page) == "smith & sons a"
    assert normalize("## **删除我的数据**  `x`") == "删除我的数据 x"
    assert normalize("Ｓｔａｒ　Ｌｉｎｋ") == "star link"


def test_a_hand_written_notice_with_other_wording_can_pass(survey: Survey, org: Org) -> None:
    text = _notice(survey, org, "en")
    reworded = (
        text.replace("Deletion", "Erasure")
        .replace("Who we are", "About the data controller")
        .replace("Taking part is entirely voluntary", "Taking part is optional")
    )
    assert check_notice(reworded, survey, org, "en").ok


# ----------------------------------------------------------------------------- rewrites


def test_rewrite_that_keeps_everything_is_faithful(survey: Survey, org: Org) -> None:
    original = _notice(survey, org, "zh")
    friendlier = original.replace("这份说明用大白话告诉你", "下面用最简单的话跟你说清楚")
    assert rewrite_is_faithful(original, original, survey, org, "zh")
    assert rewrite_is_faithful(original, friendlier, survey, org, "zh")


def test_rewrite_that_drops_a_fact_or_section_is_rejected(survey: Survey, org: Org) -> None:
    original = _notice(survey, org, "en")
    no_transfer = "\n## ".join(
        p for p in original.split("\n## ") if not p.startswith("Cross-border")
    )
    assert not rewrite_is_faithful(original, no_transfer, survey, org, "en")
    shorter = original.replace("5 years", "a while")
    problems = faithfulness_problems(original, shorter, survey, org, "en")
    assert problems == ["missing fact.retention: 5 years"]


def test_rewrite_that_invents_contacts_or_numbers_is_rejected(survey: Survey, org: Org) -> None:
    original = _notice(survey, org, "en")
    invented = original.replace(
        "please contact us first", "please call 400-999-0000 or write to help@example.org first"
    )
    assert check_notice(invented, survey, org, "en").ok
    problems = faithfulness_problems(original, invented, survey, org, "en")
    assert any("400-999-0000" in p for p in problems)
    assert any("help@example.org" in p for p in problems)
    assert not rewrite_is_faithful(original, invented, survey, org, "en")
