"""Text questions: what the respondents in scope said — themes (keywords) and quotes.

Themes are the terms that set the scoped answers apart from all answers (the same class-based
TF-IDF as segment keywords). With a topic, quotes come from semantic search in the retrieval
store, restricted to the respondents in scope; without one, they are answers that use the top
themes. Every quote is PII-redacted before it leaves this module, respondents' names included,
and no theme is a respondent's name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd

from analytics.ask.catalog import Catalog
from analytics.ask.plan import QueryPlan
from analytics.ask.result import Quote
from bot.privacy.names import redact_names
from bot.privacy.redact import redact

MAX_QUOTES = 3
QUOTE_CHARS = 240
# (query, respondent ids in scope, column or None) -> [(respondent id, text, column, score)]
Searcher = Callable[[str, set[str], str | None], list[tuple[str, str, str | None, float]]]


def open_answers(frame: pd.DataFrame, catalog: Catalog, column: str | None) -> pd.DataFrame:
    """Long table of open answers: respondent_id, column, text (non-empty only)."""
    names = [column] if column else [c.name for c in catalog.columns.values() if c.kind == "open"]
    parts = []
    for name in names:
        texts = frame[name].dropna().astype(str)
        texts = texts[texts.str.strip() != ""]
        parts.append(pd.DataFrame({"respondent_id": texts.index, "column": name, "text": texts}))
    if not parts:
        return pd.DataFrame(columns=["respondent_id", "column", "text"])
    return pd.concat(parts, ignore_index=True)


def themes_and_quotes(
    plan: QueryPlan,
    frame: pd.DataFrame,
    scope: pd.Series,
    catalog: Catalog,
    names: frozenset[str],
    searcher: Searcher | None = None,
) -> tuple[list[dict[str, object]], list[Quote], int]:
    """Themes of the answers in `scope` (a row mask), quotes, and how many answers there were;
    `names` (respondents' names, `bot.privacy.names.known_names`) are neither themes nor quoted."""
    from analytics.text import segment_keywords  # scikit-learn: only for text questions

    assert plan.text is not None
    answers = open_answers(frame, catalog, plan.text.column)
    inside = set(frame.index[scope.to_numpy()].astype(str))
    answers["inside"] = answers["respondent_id"].astype(str).isin(inside)
    scoped = answers[answers["inside"]]
    if scoped.empty:
        return [], [], 0
    labels = answers["inside"].astype(int)
    keywords = segment_keywords(answers["text"], labels, min_answers=1, names=names).get(1, [])
    themes: list[dict[str, object]] = [
        {"term": k["term"], "answers": k["answers"]} for k in keywords
    ]
    quotes: list[Quote] = []
    topic = plan.text.topic
    if topic and searcher is not None:
        for respondent, text, column, score in searcher(topic, inside, plan.text.column):
            quotes.append(_quote(respondent, text, column, score, names))
            if len(quotes) >= MAX_QUOTES:
                break
    if not quotes:
        quotes = _theme_quotes(scoped, [str(t["term"]) for t in themes], topic, names)
    return themes, quotes, len(scoped)


def _theme_quotes(
    scoped: pd.DataFrame, terms: Sequence[str], topic: str | None, names: frozenset[str]
) -> list[Quote]:
    from analytics.text import tokenize

    wanted = set(terms[:3])
    if topic:
        wanted |= set(tokenize(topic))
    picked: list[Quote] = []
    seen: set[str] = set()
    ranked = sorted(
        scoped.itertuples(index=False),
        key=lambda row: (-len(wanted & set(tokenize(str(row.text)))), str(row.respondent_id)),
    )
    for row in ranked:
        text = str(row.text)
        if text in seen:
            continue
        seen.add(text)
        picked.append(_quote(str(row.respondent_id), text, str(row.column), None, names))
        if len(picked) >= MAX_QUOTES:
            break
    return picked


def _quote(
    respondent: str, text: str, column: str | None, score: float | None, names: frozenset[str]
) -> Quote:
    clean = redact_names(redact(text).text, names)
    if len(clean) > QUOTE_CHARS:
        clean = clean[: QUOTE_CHARS - 1] + "…"
    return Quote(respondent_id=respondent, text=clean, column=column, score=score)


def sentence(
    themes: list[dict[str, object]], quotes: list[Quote], count: int, where: str, lang: str
) -> str:
    if not count:
        if lang == "zh":
            return f"{where}没有开放题回答。"
        return f"No open answers from {where}."
    terms = ", ".join(f"{t['term']} ({t['answers']})" for t in themes[:6])
    if lang == "zh":
        lead = f"{where}共有 {count:,} 条开放回答"
        return (
            lead + (f"，主要提到：{terms}。" if terms else "。") + f"下面是 {len(quotes)} 条原话。"
        )
    lead = f"{count:,} open answers from {where}"
    return lead + (f"; main themes: {terms}." if terms else ".") + f" {len(quotes)} quotes below."
