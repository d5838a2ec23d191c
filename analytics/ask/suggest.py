"""Questions that work on this data, offered whenever a question cannot be answered."""

from __future__ import annotations

from analytics.ask.catalog import SEGMENT, Catalog
from analytics.columns import BOOLEAN, CATEGORICAL, NUMERIC

CHURN_NAMES = ("churn", "churned", "churn_flag")
PREFERRED_GROUPS = ("contract", "internet_service", "payment_method", "city")


def suggestions(catalog: Catalog, lang: str, limit: int = 3) -> list[str]:
    """Up to `limit` questions built from real columns, in the question's language."""
    columns = list(catalog.columns.values())
    numeric = [c for c in columns if c.kind == NUMERIC and c.name != "churn_risk"]
    groups = sorted(
        (c for c in columns if c.kind == CATEGORICAL),
        key=lambda c: (c.name not in PREFERRED_GROUPS, len(c.values)),
    )
    flags = [c for c in columns if c.kind == BOOLEAN]
    churn = next((c for c in flags if c.name in CHURN_NAMES), None)
    zh = lang == "zh"
    out: list[str] = []
    if churn is not None and SEGMENT in catalog.columns:
        out.append("哪个用户群流失率最高？" if zh else "Which segment churns most?")
    elif churn is not None and groups:
        g = groups[0]
        out.append(
            f"哪种{g.label('zh')}的{churn.label('zh')}率最高？"
            if zh
            else f"Which {g.label('en')} has the highest {churn.label('en')} rate?"
        )
    if numeric and groups:
        n, g = numeric[0], groups[0]
        out.append(
            f"按{g.label('zh')}统计平均{n.label('zh')}"
            if zh
            else f"Average {n.label('en')} by {g.label('en')}"
        )
    if flags:
        f = next((c for c in flags if c is not churn), flags[0])
        word = f.value_label(True, lang)
        if word in ("yes", "是"):
            word = f.label(lang)
        out.append(f"有多少{word}的用户？" if zh else f"How many customers: {word}?")
    if groups and len(out) < limit:
        g = groups[-1]
        out.append(f"{g.label('zh')}的分布" if zh else f"Share of customers by {g.label('en')}")
    return out[:limit]
