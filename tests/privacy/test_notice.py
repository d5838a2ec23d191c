"""Notice generation: built from the survey and org facts, escaped, self-contained, hashable."""

from __future__ import annotations

import copy
import hashlib
import re
from html.parser import HTMLParser
from typing import Any

import pytest
from jinja2 import UndefinedError

from bot.config import Settings
from bot.privacy.checker import check_notice
from bot.privacy.notice import _environment, build_notice, endpoint_host
from bot.privacy.org import Org, parse_org
from bot.survey import Survey

LANGS = ["zh", "en"]
FORMATS = ["md", "html"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("ai", [False, True])
def test_generated_notice_passes_the_checker(
    survey: Survey, sensitive_survey: Survey, org: Org, lang: str, fmt: str, ai: bool
) -> None:
    settings = Settings(llm_provider="openai", embedder="openai") if ai else Settings()
    for current in (survey, sensitive_survey):
        notice = build_notice(current, org, lang, fmt, settings)
        report = check_notice(notice.text, current, org, lang)
        assert report.ok, report.missing


@pytest.mark.parametrize("lang", LANGS)
def test_every_slot_is_a_category_with_its_purpose(survey: Survey, org: Org, lang: str) -> None:
    text = build_notice(survey, org, lang, "md", Settings()).text
    for slot in survey.slots:
        assert f"**{slot.label_for(lang)}**" in text
        assert slot.purpose.get(lang) in text


def test_markdown_has_all_sections_in_order(survey: Survey, org: Org) -> None:
    text = build_notice(survey, org, "en", "md", Settings()).text
    headings = re.findall(r"^## (.+)$", text, re.MULTILINE)
    assert headings == [
        "Who we are and how to reach us",
        "What we collect and why",
        "Sensitive personal information",
        "Legal basis",
        "How we process your information",
        "Who receives your information",
        "Cross-border transfer",
        "How long we keep it",
        "Your rights and how to use them",
        "Children and minors",
        "Do I have to answer?",
        "Complaints",
        "Changes to this notice",
    ]
    assert text.startswith("# Privacy notice: StarLink Telecom")
    assert "\n\n\n" not in text
    assert text.endswith("\n") and not text.endswith("\n\n")


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("zh", ["“**查看我的数据**”", "“**删除我的数据**”", "privacy@starlink-telecom.example.cn"]),
        (
            "en",
            ['"**show my data**"', '"**delete my data**"', "privacy@starlink-telecom.example.cn"],
        ),
    ],
)
def test_rights_explain_the_chat_commands_and_email(
    survey: Survey, org: Org, lang: str, words: list[str]
) -> None:
    text = build_notice(survey, org, lang, "md", Settings()).text
    rights = text.split("## ")[9]
    assert rights.startswith(("你的权利", "Your rights"))
    for word in words:
        assert word in rights


def test_sensitive_slots_get_their_own_section_and_separate_consent(
    survey: Survey, sensitive_survey: Survey, org: Org
) -> None:
    plain = build_notice(survey, org, "zh", "md", Settings()).text
    assert "单独同意" not in plain
    assert "不会询问敏感个人信息" in plain
    text = build_notice(sensitive_survey, org, "zh", "md", Settings()).text
    section = text.split("## 敏感个人信息")[1].split("## ")[0]
    assert "**健康状况**" in section
    assert "必要性——为有特殊需要的用户推荐无障碍服务" in section
    assert "对你的影响" in section
    assert "**单独同意**" in section
    assert "第二十九条" in text
    english = build_notice(sensitive_survey, org, "en", "md", Settings()).text
    assert "**Separate consent**" in english
    assert "why it is necessary: to suggest accessibility services" in english


def test_hosted_models_are_added_to_recipients(survey: Survey, org: Org) -> None:
    offline = build_notice(survey, org, "en", "md", Settings())
    assert "AI model service" not in offline.text
    assert "not sent to any external AI model" in offline.text
    assert offline.warnings == []

    hosted = build_notice(
        survey,
        org,
        "en",
        "md",
        Settings(
            llm_provider="openai", embedder="openai", llm_base_url="https://llm.example.net:8443/v1"
        ),
    )
    recipients = hosted.text.split("## Who receives your information")[1].split("## ")[0]
    assert "**AI model service at llm.example.net**" in recipients
    assert "phrasing the next question" in recipients
    assert "turning open answers into vectors" in recipients
    assert "removed before sending" in recipients
    assert len(hosted.warnings) == 1 and "llm.example.net" in hosted.warnings[0]

    embed_only = build_notice(survey, org, "zh", "md", Settings(embedder="openai"))
    assert "**大模型服务 api.openai.com**" in embed_only.text
    assert "理解你的回答并组织下一句提问" not in embed_only.text.split("## 谁会收到")[1]


def test_declared_transfer_silences_the_warning(survey: Survey, org_data: dict[str, Any]) -> None:
    data = copy.deepcopy(org_data)
    data["cross_border"].append(
        {
            "recipient": "OpenAI, L.L.C.",
            "country": {"zh": "美国", "en": "the United States"},
            "purpose": "chat understanding",
            "categories": "redacted chat text",
            "safeguard": "standard contract",
            "contact": "api.openai.com",
        }
    )
    notice = build_notice(survey, parse_org(data), "en", "md", Settings(llm_provider="openai"))
    assert notice.warnings == []
    assert "**OpenAI, L.L.C.** (the United States)" in notice.text


def test_endpoint_host() -> None:
    assert endpoint_host(None) == "api.openai.com"
    assert endpoint_host("https://api.deepseek.com/v1") == "api.deepseek.com"
    assert endpoint_host("localhost:11434") == "localhost"


def test_no_recipients_and_no_transfers(survey: Survey, org_data: dict[str, Any]) -> None:
    data = copy.deepcopy(org_data)
    data["recipients"] = []
    data["cross_border"] = "none"
    del data["eu_representative"]
    org = parse_org(data)
    for lang in LANGS:
        text = build_notice(survey, org, lang, "md", Settings()).text
        assert check_notice(text, survey, org, lang).ok
    zh = build_notice(survey, org, "zh", "md", Settings()).text
    assert "不会把它提供给任何其他组织或个人" in zh
    assert "我们不会把它传输到境外" in zh
    assert "GDPR" not in zh


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)


@pytest.mark.parametrize("lang", LANGS)
def test_html_is_a_complete_self_contained_page(survey: Survey, org: Org, lang: str) -> None:
    text = build_notice(survey, org, lang, "html", Settings()).text
    assert text.startswith("<!DOCTYPE html>\n<html lang=")
    assert text.rstrip().endswith("</html>")
    parser = _Collector()
    parser.feed(text)
    assert parser.tags[:3] == ["html", "head", "meta"]
    assert {"title", "style", "body", "main", "h1", "h2", "ul", "li"} <= set(parser.tags)
    assert not {"script", "link", "img", "iframe"} & set(parser.tags)
    assert all(name not in {"src", "srcset"} for name, _ in parser.attrs)
    hrefs = [value or "" for name, value in parser.attrs if name == "href"]
    assert hrefs and all(h.startswith("mailto:") for h in hrefs)
    assert "url(" not in text and "@import" not in text
    assert text.count("<section") == text.count("</section>") == 13


def test_html_escapes_org_facts_and_survey_text(survey: Survey, org_data: dict[str, Any]) -> None:
    data = copy.deepcopy(org_data)
    data["controller"]["name"] = '<script>alert("x")</script> & Co'
    data["storage_location"] = "<img src=x onerror=alert(1)>"
    org = parse_org(data)
    hostile = survey.model_copy(deep=True)
    hostile.slots[0].purpose.en = "<b onclick='steal()'>bold</b>"
    text = build_notice(hostile, org, "en", "html", Settings()).text
    assert "<script>" not in text and "<img" not in text and "<b onclick" not in text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co" in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "&lt;b onclick=&#39;steal()&#39;&gt;bold&lt;/b&gt;" in text
    assert check_notice(text, hostile, org, "en").ok


def test_markdown_is_not_html_escaped(survey: Survey, org_data: dict[str, Any]) -> None:
    data = copy.deepcopy(org_data)
    data["controller"]["name"] = "Smith & Sons"
    text = build_notice(survey, parse_org(data), "en", "md", Settings()).text
    assert "**Smith & Sons**" in text


def test_version_and_hash_are_stable_and_content_bound(
    survey: Survey, org: Org, org_data: dict[str, Any]
) -> None:
    first = build_notice(survey, org, "zh", "html", Settings())
    again = build_notice(survey, org, "zh", "html", Settings())
    assert first.version == "2025.1"
    assert first.sha256 == again.sha256 == hashlib.sha256(first.text.encode()).hexdigest()
    other_lang = build_notice(survey, org, "en", "html", Settings())
    assert other_lang.sha256 != first.sha256
    data = copy.deepcopy(org_data)
    data["retention"][0]["period"] = {"zh": "3 年", "en": "3 years"}
    changed = build_notice(survey, parse_org(data), "zh", "html", Settings())
    assert changed.sha256 != first.sha256


def test_templates_reject_missing_variables() -> None:
    with pytest.raises(UndefinedError):
        _environment(True).get_template("notice.en.j2").render(fmt="html")


def test_bad_arguments_are_rejected(survey: Survey, org: Org) -> None:
    with pytest.raises(ValueError, match="lang"):
        build_notice(survey, org, "fr", "md", Settings())
    with pytest.raises(ValueError, match="format"):
        build_notice(survey, org, "zh", "pdf", Settings())


def test_consent_reference_cites_the_rendered_notice(survey: Survey, org: Org) -> None:
    from bot.privacy.reference import notice_reference

    notice = build_notice(survey, org, "zh", "html", Settings())
    assert notice_reference(survey, "zh", org, Settings()) == ("2025.1", notice.sha256)
    fallback_version, fallback_hash = notice_reference(survey, "zh")
    assert fallback_version == survey.version and len(fallback_hash) == 64
    assert notice_reference(survey, "en") != (fallback_version, fallback_hash)
