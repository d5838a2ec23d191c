"""Check that a privacy notice says everything it must, and states the organization's real facts.

Works on any notice, generated or hand-written, Markdown or HTML: the text is reduced to plain,
normalized words and then each checklist item is looked for by keywords in the notice's language,
and each fact (controller, contacts, retention periods, recipients, countries, ...) by its literal
value from org.yaml and the survey. Keyword checks are deliberately forgiving about wording and
strict about topics: they catch a notice that forgot the right to deletion or the cross-border
section, not one that phrased them differently.

The same check guards rewrites: a model may make a notice friendlier, but the rewrite is kept only
if it still passes and introduces no contact details or numbers the original did not contain.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.privacy.org import Org, text
from bot.survey import Sensitivity, Survey

Applies = Callable[[Survey, Org], bool]


def _always(_survey: Survey, _org: Org) -> bool:
    return True


def _has_sensitive(survey: Survey, _org: Org) -> bool:
    return any(slot.sensitivity == Sensitivity.sensitive for slot in survey.slots)


def _automated(_survey: Survey, org: Org) -> bool:
    return org.automated_decisions.used


@dataclass(frozen=True)
class Item:
    """One thing every notice must cover, found by any of its keyword patterns."""

    key: str
    label: str
    zh: tuple[str, ...]
    en: tuple[str, ...]
    applies: Applies = _always

    def patterns(self, lang: str) -> tuple[str, ...]:
        return self.en if lang == "en" else self.zh


ITEMS: tuple[Item, ...] = (
    Item(
        "identity",
        "who the controller is",
        ("个人信息处理者", "我们是谁"),
        (r"\bcontroller", r"who we are", r"personal information handler"),
    ),
    Item(
        "dpo",
        "the personal-information officer / DPO",
        ("个人信息保护负责人",),
        (r"data protection officer", r"personal information (protection )?officer", r"\bdpo\b"),
    ),
    Item("collected", "what is collected", ("收集",), (r"\bcollect",)),
    Item("purpose", "why it is collected", ("用途", "目的"), (r"\bpurpose", r"\bwhy\b")),
    Item(
        "legal_basis",
        "the legal basis",
        ("法律依据", "合法性基础", "处理依据"),
        (r"\b(legal|lawful) (basis|ground)",),
    ),
    Item(
        "ai",
        "processing by an AI model or software",
        (r"(?<![a-z])ai(?![a-z])", "人工智能", "模型", "算法"),
        (r"\bai\b", r"artificial intelligence", r"\bmodel\b", r"algorithm"),
    ),
    Item("profiling", "profiling / segmentation", ("画像", "分群"), (r"\bprofil", r"\bsegment")),
    Item(
        "automated_decisions",
        "automated decision-making",
        ("自动化决策",),
        (r"automated decision", r"solely by automated"),
    ),
    Item(
        "automated_objection",
        "how to object to automated decisions",
        ("拒绝",),
        (r"\bobject",),
        _automated,
    ),
    Item(
        "recipients",
        "who receives the information",
        ("接收方", "提供给", "共享", "收到"),
        (r"\brecipient", r"\breceiv", r"\bshare"),
    ),
    Item(
        "cross_border",
        "cross-border transfer",
        ("出境", "境外"),
        (r"cross-border", r"\babroad\b", r"outside (of )?(china|the country)", r"overseas"),
    ),
    Item(
        "retention",
        "how long it is kept",
        ("保存期限", "保存", "保留"),
        (r"\bkeep\b", r"\bkept\b", r"\bretain", r"\bretention"),
    ),
    Item("right_access", "the right of access", ("查阅",), (r"\baccess\b",)),
    Item(
        "right_copy",
        "the right to a copy / portability",
        ("复制", "副本", "转移"),
        (r"\bcop(y|ies)\b", r"\bportab"),
    ),
    Item("right_correct", "the right to correction", ("更正", "补充"), (r"\bcorrect", r"\brectif")),
    Item("right_delete", "the right to deletion", ("删除",), (r"\bdelet", r"\beras")),
    Item(
        "right_restrict",
        "the right to restrict or object",
        ("限制", "拒绝"),
        (r"\brestrict", r"\bobject"),
    ),
    Item("right_withdraw", "withdrawing consent", ("撤回",), (r"\bwithdraw",)),
    Item("bot_show", 'the in-chat command "show my data"', ("查看我的数据",), (r"show my data",)),
    Item(
        "bot_delete",
        'the in-chat command "delete my data"',
        ("删除我的数据",),
        (r"delete my data",),
    ),
    Item("minors", "minors need a guardian's consent", ("监护人",), (r"\bguardian", r"\bparent")),
    Item(
        "voluntary",
        "whether answering is required",
        ("自愿", "选填", "跳过"),
        (r"\bvoluntar", r"\boptional\b", r"(don't|do not) have to", r"\bskip\b"),
    ),
    Item(
        "refusal_consequence",
        "what happens if you don't answer",
        ("不回答的后果", "不回答也不会", "不回答的话", "不回答不会"),
        (
            r"(if|when) you (don't|do not|choose not to) answer",
            r"\bnot answering",
            r"consequences? of not",
        ),
    ),
    Item("complaints", "how to complain to the regulator", ("投诉", "举报"), (r"\bcomplain",)),
    Item(
        "changes",
        "changes to this notice",
        ("变更", "更新本说明", "修改本说明"),
        (r"changes? to this notice", r"update this notice", r"new version"),
    ),
    Item(
        "sensitive",
        "the sensitive personal information section",
        ("敏感个人信息",),
        (r"sensitive personal",),
        _has_sensitive,
    ),
    Item(
        "sensitive_necessity",
        "why sensitive information is necessary",
        ("必要",),
        (r"\bnecess",),
        _has_sensitive,
    ),
    Item(
        "sensitive_impact",
        "the impact on you of sensitive processing",
        ("影响",),
        (r"\bimpact", r"\baffect"),
        _has_sensitive,
    ),
    Item(
        "separate_consent",
        "the separate-consent mechanism",
        ("单独同意",),
        (r"separate consent",),
        _has_sensitive,
    ),
)

_COMPILED: dict[tuple[str, str], tuple[re.Pattern[str], ...]] = {
    (item.key, lang): tuple(re.compile(p, re.IGNORECASE) for p in item.patterns(lang))
    for item in ITEMS
    for lang in ("zh", "en")
}


@dataclass
class CheckReport:
    """`missing` holds stable keys ("section.right_delete", "fact.recipient: ...")."""

    missing: list[str]
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.missing

    def describe(self, key: str) -> str:
        return self.labels.get(key, key)


_TAG = re.compile(r"<[^>]+>")
_HIDDEN = re.compile(r"<(style|script|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_MD_MARKS = re.compile(r"[*`#]+|(?<!\w)_{1,2}|_{1,2}(?!\w)")


def normalize(notice: str) -> str:
    """Plain text for matching: no tags or Markdown marks, NFKC, single spaces, case-folded."""
    if re.search(r"<(p|li|h[1-6]|div|section|html|br)\b", notice, re.IGNORECASE):
        notice = _HIDDEN.sub(" ", notice)
        notice = html.unescape(_TAG.sub(" ", notice))
    else:
        notice = _MD_MARKS.sub("", notice)
    notice = unicodedata.normalize("NFKC", notice)
    return " ".join(notice.split()).casefold()


def _fact(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).split()).casefold()


def _facts(survey: Survey, org: Org, lang: str) -> list[tuple[str, str, list[str]]]:
    """(key, label, accepted values): the fact is present when any accepted value appears."""
    facts: list[tuple[str, str, list[str]]] = [
        ("fact.controller", "the controller's name", [text(org.controller.name, lang)]),
        ("fact.contact_email", "the contact email", [org.controller.contact_email]),
        ("fact.dpo_contact", "the DPO's email or phone", org.dpo_reachable),
        ("fact.storage_location", "where data is stored", [text(org.storage_location, lang)]),
        (
            "fact.complaint_authority",
            "the complaint authority",
            [text(org.complaint_authority.name, lang)],
        ),
        ("fact.policy_version", "the policy version", [org.policy_version]),
    ]
    for rule in org.retention:
        period = text(rule.period, lang)
        facts.append((f"fact.retention: {period}", f"retention period {period!r}", [period]))
    for recipient in org.recipients:
        name = text(recipient.name, lang)
        facts.append((f"fact.recipient: {name}", f"recipient {name!r}", [name]))
    for transfer in org.cross_border:
        country = text(transfer.country, lang)
        facts.append((f"fact.country: {country}", f"cross-border country {country!r}", [country]))
    for slot in survey.slots:
        label = slot.label_for(lang)
        facts.append((f"fact.category: {slot.name}", f"data category {label!r}", [label]))
    return facts


def check_notice(notice: str, survey: Survey, org: Org, lang: str) -> CheckReport:
    """Report every checklist item and fact `notice` lacks; `ok` when nothing is missing."""
    plain = normalize(notice)
    lang = "en" if lang == "en" else "zh"
    missing: list[str] = []
    labels: dict[str, str] = {}
    for item in ITEMS:
        if not item.applies(survey, org):
            continue
        if not any(p.search(plain) for p in _COMPILED[(item.key, lang)]):
            key = f"section.{item.key}"
            missing.append(key)
            labels[key] = item.label
    for key, label, values in _facts(survey, org, lang):
        if not any(_fact(v) in plain for v in values if v):
            missing.append(key)
            labels[key] = label
    age = re.compile(rf"(?<!\d){org.minimum_age}(?!\d)")
    if not age.search(plain):
        missing.append("fact.minimum_age")
        labels["fact.minimum_age"] = f"the minimum age ({org.minimum_age})"
    return CheckReport(missing=missing, labels=labels)


_HARD = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://[^\s)<>\"']+|\d+(?:[.,:/-]\d+)*")


def _hard_tokens(notice: str) -> set[str]:
    """Emails, links and numbers: what a rewrite must never make up."""
    return set(_HARD.findall(normalize(notice)))


def faithfulness_problems(
    original: str, rewritten: str, survey: Survey, org: Org, lang: str
) -> list[str]:
    """Why `rewritten` cannot replace `original` (empty when it can)."""
    problems = [f"missing {key}" for key in check_notice(rewritten, survey, org, lang).missing]
    invented = sorted(_hard_tokens(rewritten) - _hard_tokens(original))
    problems.extend(
        f"introduces {token!r}, which the original does not contain" for token in invented
    )
    return problems


def rewrite_is_faithful(original: str, rewritten: str, survey: Survey, org: Org, lang: str) -> bool:
    """Keep a rewritten notice only if it passes the checker and invents no contacts or numbers."""
    return not faithfulness_problems(original, rewritten, survey, org, lang)
