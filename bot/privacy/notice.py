"""Privacy notices generated from the survey itself and the organization's facts.

Why generate instead of hand-writing: a notice drifts the moment someone adds a slot or switches
on a hosted model. Here every slot becomes a data category with the purpose the survey already
declares, sensitive slots get the separate section PIPL Arts. 28-30 require, and the configured
model and embedding providers appear among the recipients automatically. The text comes from Jinja2
templates (one per language, shared Markdown/HTML macros), so wording can be edited without
touching code, and HTML is autoescaped so organization facts and survey text cannot inject markup.

A notice is identified by its `sha256` (of the exact rendered text), which consent records cite.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined

from bot.config import Settings
from bot.privacy.org import Org, text
from bot.survey import Sensitivity, Survey

Format = Literal["md", "html"]
LANG_NAMES = {"zh": "zh-CN", "en": "en"}
DEFAULT_OPENAI_HOST = "api.openai.com"


@dataclass(frozen=True)
class Notice:
    """A rendered notice; `sha256` identifies exactly what the respondent was shown."""

    text: str
    version: str
    sha256: str
    lang: str = "zh"
    fmt: str = "md"
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=2)
def _environment(autoescape: bool) -> Environment:
    return Environment(
        loader=PackageLoader("bot.privacy", "templates"),
        autoescape=autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def endpoint_host(base_url: str | None) -> str:
    """The host a model client talks to (the OpenAI default when no base URL is configured)."""
    if not base_url:
        return DEFAULT_OPENAI_HOST
    parsed = urlsplit(base_url if "//" in base_url else f"//{base_url}")
    return parsed.hostname or base_url


_AI_TEXT = {
    "zh": {
        "name": "大模型服务 {host}",
        "llm": "理解你的回答并组织下一句提问",
        "embed": "把开放式回答转换成向量，用于归纳主题",
        "redacted": "对话文字（发送前已去除手机号、身份证号、银行卡号和邮箱）",
        "raw": "对话文字",
    },
    "en": {
        "name": "AI model service at {host}",
        "llm": "understanding your answers and phrasing the next question",
        "embed": "turning open answers into vectors to find common themes",
        "redacted": (
            "chat text (phone, ID card, bank card numbers and emails removed before sending)"
        ),
        "raw": "chat text",
    },
}


def ai_services(settings: Settings, lang: str) -> list[dict[str, Any]]:
    """Recipients implied by the settings: the hosted LLM and embedder, one entry per host."""
    words = _AI_TEXT["en" if lang == "en" else "zh"]
    uses: dict[str, list[str]] = {}
    if settings.llm_provider == "openai":
        uses.setdefault(endpoint_host(settings.llm_base_url), []).append(words["llm"])
    if settings.embedder == "openai":
        uses.setdefault(endpoint_host(settings.llm_base_url), []).append(words["embed"])
    category = words["redacted"] if settings.redact_pii else words["raw"]
    sep = "；" if lang == "zh" else "; "
    return [
        {
            "name": words["name"].format(host=host),
            "purpose": sep.join(purposes),
            "categories": category,
            "contact": host,
            "host": host,
        }
        for host, purposes in uses.items()
    ]


def _join(items: list[str], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(items)


def build_context(survey: Survey, org: Org, lang: str, settings: Settings) -> dict[str, Any]:
    """Everything the templates show, already resolved to one language (plain strings and lists)."""
    slots = [
        {
            "name": slot.name,
            "label": slot.label_for(lang),
            "purpose": slot.purpose.get(lang),
            "required": slot.required,
            "sensitive": slot.sensitivity == Sensitivity.sensitive,
        }
        for slot in survey.slots
    ]
    ai = ai_services(settings, lang)
    recipients = [
        {
            "name": text(r.name, lang),
            "purpose": text(r.purpose, lang),
            "categories": _join([text(c, lang) for c in r.categories], lang),
            "contact": r.contact,
        }
        for r in org.recipients
    ]
    dpo = org.dpo_contact
    eu = org.eu_representative
    return {
        "lang": lang,
        "html_lang": LANG_NAMES.get(lang, lang),
        "survey": {
            "title": survey.title.get(lang),
            "purpose": survey.purpose.get(lang),
            "id": survey.id,
            "version": survey.version,
        },
        "slots": slots,
        "sensitive_slots": [s for s in slots if s["sensitive"]],
        "optional_slots": [s for s in slots if not s["required"]],
        "controller": {
            "name": text(org.controller.name, lang),
            "address": text(org.controller.address, lang),
            "email": org.controller.contact_email,
            "phone": org.controller.contact_phone,
        },
        "dpo": {"name": text(dpo.name, lang), "email": dpo.email, "phone": dpo.phone},
        "eu_rep": None
        if eu is None
        else {
            "name": text(eu.name, lang),
            "email": eu.email,
            "phone": eu.phone,
            "address": text(eu.address, lang),
        },
        "storage_location": text(org.storage_location, lang),
        "retention": [
            {"purpose": text(rule.purpose, lang), "period": text(rule.period, lang)}
            for rule in org.retention
        ],
        "recipients": recipients,
        "ai_services": ai,
        "llm_enabled": settings.llm_provider != "offline",
        "redact_pii": settings.redact_pii,
        "cross_border": [
            {
                "recipient": text(t.recipient, lang),
                "country": text(t.country, lang),
                "purpose": text(t.purpose, lang),
                "categories": _join([text(c, lang) for c in t.categories], lang),
                "safeguard": text(t.safeguard, lang),
                "contact": t.contact,
            }
            for t in org.cross_border
        ],
        "complaint": {
            "name": text(org.complaint_authority.name, lang),
            "contact": org.complaint_authority.contact,
        },
        "automated": {
            "used": org.automated_decisions.used,
            "description": text(org.automated_decisions.description, lang),
            "how_to_object": text(org.automated_decisions.how_to_object, lang),
        },
        "legal_basis": text(org.legal_basis, lang),
        "minimum_age": org.minimum_age,
        "policy_version": org.policy_version,
        "effective_date": org.effective_date.isoformat(),
    }


def _warnings(org: Org, settings: Settings) -> list[str]:
    """Facts the notice cannot state on its own: hosted AI endpoints not declared as transfers."""
    declared = " ".join(
        f"{text(t.recipient, 'en')} {text(t.recipient, 'zh')} {t.contact or ''}"
        for t in org.cross_border
    ).lower()
    out = []
    for service in ai_services(settings, "en"):
        host = service["host"]
        if host.lower() not in declared:
            out.append(
                f"{host} receives chat text but is not listed under cross_border in org.yaml; "
                "if it is outside the storage location, add it with its country and safeguard"
            )
    return out


def _tidy(rendered: str, fmt: str) -> str:
    """Stable whitespace: no trailing spaces, at most one blank line, one final newline."""
    lines = [line.rstrip() for line in rendered.splitlines()]
    joined = "\n".join(lines)
    if fmt == "md":
        joined = re.sub(r"\n{3,}", "\n\n", joined)
    else:
        joined = re.sub(r"\n\s*\n+", "\n", joined)
    return joined.strip() + "\n"


def build_notice(survey: Survey, org: Org, lang: str, fmt: str, settings: Settings) -> Notice:
    """Render the notice for `survey` in `lang` ("zh" | "en") as `fmt` ("md" | "html")."""
    if lang not in {"zh", "en"}:
        raise ValueError(f"lang must be zh or en, not {lang!r}")
    if fmt not in {"md", "html"}:
        raise ValueError(f"format must be md or html, not {fmt!r}")
    env = _environment(fmt == "html")
    template = env.get_template(f"notice.{lang}.j2")
    rendered = _tidy(template.render(fmt=fmt, **build_context(survey, org, lang, settings)), fmt)
    digest = hashlib.sha256(rendered.encode("utf-8")).hexdigest()
    return Notice(
        text=rendered,
        version=org.policy_version,
        sha256=digest,
        lang=lang,
        fmt=fmt,
        warnings=_warnings(org, settings),
    )
