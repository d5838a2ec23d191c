"""Segment profiles: what each segment is, in numbers a marketer can quote.

Per segment: size and share; numeric means and medians beside the population's, with an index
(segment mean / population mean x 100) and an effect size (difference in population standard
deviations, which is what ranks "distinguishing"); for every category and flag the segment rate,
population rate and index (segment rate / population rate x 100); churn rate; top keywords of
open answers; up to three representative quotes (the answers of the respondents closest to the
centroid, or precomputed ones such as `analytics.vectors.embedding_quotes` picks from the answer
embeddings); and a persona (`analytics.personas`).

Quotes and keywords are respondent text, so every profile leaves here PII-redacted (phones,
emails, ID and bank card numbers become typed placeholders, `bot.privacy.redact`), and
`redact_profiles` is applied again wherever a profile is written out.

All rates use the segment's full size as the denominator, so a column mostly missing in a segment
shows as a low rate, never as an inflated one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from analytics.cleaning import MISSING, REFUSED, refused_mask
from analytics.columns import BOOLEAN, CATEGORICAL, NUMERIC, column_kinds
from analytics.personas import name_personas
from analytics.text import segment_keywords
from bot.privacy.names import redact_names
from bot.privacy.redact import redact
from bot.survey import Survey

TOP_CATEGORIES = 3
MAX_QUOTES = 3
QUOTE_CHARS = 240
_PLACEHOLDER = re.compile(r"\[(?:PHONE|EMAIL|ID_CARD|BANK_CARD|NAME)\]")


def _round(value: Any, digits: int = 4) -> float | None:
    if value is None or pd.isna(value):
        return None
    return round(float(value), digits)


def _index(rate: float, population: float) -> float | None:
    return None if not population else round(100.0 * rate / population, 1)


def _numeric(frame: pd.DataFrame, labels: pd.Series, columns: list[str]) -> dict[int, list[Any]]:
    values = frame[columns].astype("float64")
    grouped = values.groupby(labels)
    means, medians = grouped.mean(), grouped.median()
    pop_mean, pop_median, pop_std = values.mean(), values.median(), values.std()
    out: dict[int, list[Any]] = {}
    for segment in means.index:
        rows = []
        for column in columns:
            mean = means.at[segment, column]
            std = pop_std[column]
            rows.append(
                {
                    "column": column,
                    "mean": _round(mean),
                    "median": _round(medians.at[segment, column]),
                    "pop_mean": _round(pop_mean[column]),
                    "pop_median": _round(pop_median[column]),
                    "index": _index(mean, pop_mean[column]) if pd.notna(mean) else None,
                    "effect": _round((mean - pop_mean[column]) / std, 3) if std > 0 else None,
                }
            )
        out[int(segment)] = rows
    return out


def _category_values(frame: pd.DataFrame, column: str, kind: str) -> pd.Series:
    """Categories as strings (flags as yes/no), with refusals and gaps named."""
    if kind == BOOLEAN:
        values = frame[column].map({True: "yes", False: "no"})
    else:
        values = frame[column].astype("object")
    refused = refused_mask(frame, column)
    filler = pd.Series(np.where(refused, REFUSED, MISSING), index=frame.index)
    return values.where(values.notna(), filler).astype(str)


def _categories(
    frame: pd.DataFrame, labels: pd.Series, columns: list[str], kinds: dict[str, str]
) -> dict[int, list[Any]]:
    sizes = labels.value_counts()
    total = len(labels)
    out: dict[int, list[Any]] = {int(s): [] for s in sizes.index}
    for column in columns:
        values = _category_values(frame, column, kinds[column])
        counts = pd.crosstab(labels, values)
        population = counts.sum(axis=0) / total
        for segment in counts.index:
            for value in counts.columns:
                rate = counts.at[segment, value] / sizes[segment]
                out[int(segment)].append(
                    {
                        "column": column,
                        "value": str(value),
                        "rate": round(float(rate), 4),
                        "pop_rate": round(float(population[value]), 4),
                        "index": _index(rate, population[value]),
                    }
                )
    return out


def _top_categories(items: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    by_column: dict[str, list[dict[str, Any]]] = {}
    for item in sorted(items, key=lambda i: (-i["rate"], i["column"], i["value"])):
        bucket = by_column.setdefault(item["column"], [])
        if len(bucket) < TOP_CATEGORIES:
            bucket.append(item)
    return by_column


def shorten(text: str) -> str:
    """A quote cut to `QUOTE_CHARS` characters."""
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


def redact_texts(texts: pd.Series) -> pd.Series:
    """Open answers with personal identifiers replaced by placeholders (NA stays NA).

    Every identifier `redact` knows has an "@" or at least eight digits, so only such answers
    go through its patterns (most answers have neither; this keeps 100,000 answers fast).
    """
    present = texts.dropna().astype("string")
    suspect = present[present.str.contains("@", regex=False) | (present.str.count(r"\d") >= 8)]
    if suspect.empty:
        return texts
    out = texts.astype("object").copy()
    out.loc[suspect.index] = [redact(str(text)).text for text in suspect]
    return out.astype("string")


def keyword_texts(texts: pd.Series) -> pd.Series:
    """Redacted answers without their placeholders, so "[PHONE]" never becomes a keyword."""
    return texts.str.replace(_PLACEHOLDER, " ", regex=True)


def redact_profiles(
    profiles: list[dict[str, Any]], names: frozenset[str] = frozenset()
) -> list[dict[str, Any]]:
    """Redact the respondent text in profiles in place; idempotent. Quotes lose identifiers and
    the respondents' `names` (keywords never hold a name: `segment_keywords` leaves them out)."""
    for profile in profiles:
        profile["quotes"] = [
            redact_names(redact(str(q)).text, names) for q in profile.get("quotes") or []
        ]
        for item in profile.get("keywords") or []:
            item["term"] = redact(str(item["term"])).text
    return profiles


def _quotes(
    texts: pd.Series, labels: pd.Series, distances: pd.Series | None
) -> dict[int, list[str]]:
    answered = texts.dropna().astype(str).str.strip()
    answered = answered[answered != ""]
    out: dict[int, list[str]] = {int(s): [] for s in pd.unique(labels)}
    if answered.empty:
        return out
    order = pd.DataFrame(
        {
            "text": answered,
            "segment": labels.reindex(answered.index),
            "distance": (distances.reindex(answered.index) if distances is not None else 0.0),
        }
    ).sort_values(["segment", "distance"], kind="stable")
    for segment, group in order.groupby("segment", sort=True):
        picked: list[str] = []
        for text in group["text"]:
            short = shorten(text)
            if short not in picked:
                picked.append(short)
            if len(picked) == MAX_QUOTES:
                break
        out[int(segment)] = picked
    return out


def open_text(frame: pd.DataFrame, columns: Sequence[str]) -> pd.Series:
    """Each respondent's open answers joined into one text (NA when there are none)."""
    if not columns:
        return pd.Series(pd.NA, index=frame.index, dtype="string")
    if len(columns) == 1:
        single = frame[columns[0]].astype("string").str.strip()
        return single.mask(single == "")
    parts = frame[list(columns)].astype("string")
    joined = parts.apply(lambda row: " / ".join(v for v in row if isinstance(v, str) and v), axis=1)
    return joined.replace("", pd.NA).astype("string")


def profile_segments(
    frame: pd.DataFrame,
    labels: pd.Series,
    *,
    features: Sequence[str],
    churn: pd.Series | None = None,
    churn_source: str | None = None,
    texts: pd.Series | None = None,
    distances: pd.Series | None = None,
    survey: Survey | None = None,
    quotes: Mapping[int, Sequence[str]] | None = None,
    quotes_source: str = "embeddings",
    names: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    """One profile dict per segment id, ordered by id (0 = largest); JSON-serialisable.

    `texts` (each respondent's open answers) give keywords and, for segments without `quotes`
    given, the answers of the respondents closest to the centroid (`distances`) as quotes.
    Each profile says where its quotes came from: `quotes_source` or "centroid". Known `names`
    of respondents are kept out of quotes and keywords (`redact_profiles`).
    """
    kinds = column_kinds(frame)
    numeric = [c for c in features if kinds.get(c) == NUMERIC]
    categorical = [c for c in features if kinds.get(c) in {CATEGORICAL, BOOLEAN}]
    sizes = labels.value_counts().sort_index()
    total = int(len(labels))
    numbers = _numeric(frame, labels, numeric) if numeric else {}
    categories = _categories(frame, labels, categorical, kinds) if categorical else {}
    if texts is not None:
        texts = redact_texts(texts)
    keywords = (
        segment_keywords(keyword_texts(texts), labels, names=names) if texts is not None else {}
    )
    nearest = _quotes(texts, labels, distances) if texts is not None else {}
    given = {int(s): [shorten(str(q)) for q in qs] for s, qs in (quotes or {}).items() if qs}
    churn_rates: pd.Series | None = None
    pop_churn = None
    if churn is not None and churn.notna().any():
        churn = churn.astype("float64")
        churn_rates = churn.groupby(labels).mean()
        pop_churn = float(churn.mean())
    profiles: list[dict[str, Any]] = []
    for segment, size in sizes.items():
        sid = int(segment)
        items = categories.get(sid, [])
        profile: dict[str, Any] = {
            "id": sid,
            "size": int(size),
            "share": round(int(size) / total, 4),
            "numeric": numbers.get(sid, []),
            "categories": items,
            "top_categories": _top_categories(items),
            "churn": None,
            "keywords": keywords.get(sid, []),
            "quotes": given.get(sid) or nearest.get(sid, []),
            "quote_source": quotes_source if given.get(sid) else _centroid(nearest, sid),
        }
        if churn_rates is not None and pop_churn is not None:
            rate = churn_rates.get(sid)
            profile["churn"] = {
                "rate": _round(rate),
                "pop_rate": round(pop_churn, 4),
                "index": _index(float(rate), pop_churn)
                if rate is not None and pd.notna(rate)
                else None,
                "source": churn_source,
            }
        profiles.append(profile)
    return name_personas(redact_profiles(profiles, names), survey)


def _centroid(nearest: Mapping[int, list[str]], segment: int) -> str | None:
    return "centroid" if nearest.get(segment) else None


def distinguishing(profile: dict[str, Any], top: int = 8) -> list[dict[str, Any]]:
    """The segment's most distinctive categories and numbers, for tables and the report chart."""
    rows: list[dict[str, Any]] = []
    for item in profile["categories"]:
        if item["index"] is None or item["value"] in {MISSING, REFUSED} or item["rate"] < 0.1:
            continue
        rows.append(
            {
                "feature": f"{item['column']}={item['value']}",
                "segment": item["rate"],
                "population": item["pop_rate"],
                "index": item["index"],
                "weight": abs(np.log(max(item["index"], 1.0) / 100)) * item["rate"] ** 0.5,
            }
        )
    for item in profile["numeric"]:
        if item["effect"] is None or item["index"] is None:
            continue
        rows.append(
            {
                "feature": item["column"],
                "segment": item["mean"],
                "population": item["pop_mean"],
                "index": item["index"],
                "weight": abs(item["effect"]) * 0.6,
            }
        )
    rows.sort(key=lambda r: (-r["weight"], r["feature"]))
    return rows[:top]
