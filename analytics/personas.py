"""Offline persona names and descriptions, built only from a segment's distinguishing numbers.

A trait is a category the segment is mostly made of and over-represents (share >= 50%, index
>= 120), or a number at least half a population standard deviation above or below average. The
strongest three name the persona ("月付·光纤·高消费" / "Month-to-month · fiber · high spend");
the description states the same facts with their figures, so a reader can check every word of it.
Words come from `glossary.yaml`, then the survey's labels, then the column name itself.
These offline personas are also the fallback when a language model names them
(`analytics.persona_llm`); `source` says which one wrote a persona.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from analytics.glossary import glossary as load_glossary
from bot.survey import Survey

MIN_SHARE, MIN_INDEX, MIN_EFFECT = 0.5, 120.0, 0.5
SENTINELS = {"(missing)", "(refused)"}


class Words:
    """Labels for columns, values and high/low levels in one language."""

    def __init__(self, lang: str, survey: Survey | None = None) -> None:
        self.lang = "en" if lang == "en" else "zh"
        self.survey = survey

    def _entry(self, column: str) -> dict[str, Any]:
        glossary = load_glossary()
        if column in glossary:
            return dict(glossary[column] or {})
        base = column.split("__", 1)[-1]  # "<dataset>__contract" from a clashing import
        return dict(glossary.get(base) or {})

    def _pick(self, texts: Any) -> str | None:
        if isinstance(texts, dict):
            value = texts.get(self.lang)
            return str(value) if value else None
        return None

    def column(self, column: str) -> str:
        picked = self._pick(self._entry(column).get("label"))
        if picked:
            return picked
        slot, option = self._slot_option(column)
        if slot is not None and option is not None:
            return option.label.get(self.lang)
        if slot is not None:
            return slot.label_for(self.lang)
        return column.replace("__", " ").replace("_", " ")

    def value(self, column: str, value: str) -> str:
        values = self._entry(column).get("values") or {}
        picked = self._pick(values.get(value))
        if picked:
            return picked
        slot, option = self._slot_option(column)
        if slot is not None and option is None:
            chosen = slot.option(value)
            if chosen is not None:
                return chosen.label.get(self.lang)
        if value in {"yes", "no"}:
            label = self.column(column)
            if value == "yes":
                return label
            return f"no {label}" if self.lang == "en" else f"无{label}"
        return value

    def level(self, column: str, direction: str) -> str:
        picked = self._pick(self._entry(column).get(direction))
        if picked:
            return picked
        label = self.column(column)
        if self.lang == "en":
            return f"{direction} {label}"
        return f"{'高' if direction == 'high' else '低'}{label}"

    def _slot_option(self, column: str) -> tuple[Any, Any]:
        if self.survey is None:
            return None, None
        slot = self.survey.get_slot(column)
        if slot is not None:
            return slot, None
        if "__" in column:
            name, option = column.split("__", 1)
            slot = self.survey.get_slot(name)
            if slot is not None:
                return slot, slot.option(option)
        return None, None


@dataclass(frozen=True)
class Trait:
    column: str
    kind: str  # category | high | low
    value: str | None
    score: float
    share: float | None = None
    population_share: float | None = None
    mean: float | None = None
    population_mean: float | None = None


def find_traits(profile: dict[str, Any]) -> list[Trait]:
    """Distinguishing traits of one profile, strongest first, at most one per column."""
    candidates: list[Trait] = []
    for item in profile.get("categories", []):
        rate, index = item["rate"], item["index"]
        if item["value"] in SENTINELS or index is None:
            continue
        if rate >= MIN_SHARE and index >= MIN_INDEX:
            score = rate * math.log(index / 100)
            candidates.append(
                Trait(item["column"], "category", item["value"], score, rate, item["pop_rate"])
            )
    for item in profile.get("numeric", []):
        effect = item.get("effect")
        if effect is None or abs(effect) < MIN_EFFECT:
            continue
        kind = "high" if effect > 0 else "low"
        score = 0.6 * abs(effect)
        candidates.append(
            Trait(
                item["column"],
                kind,
                None,
                score,
                mean=item["mean"],
                population_mean=item["pop_mean"],
            )
        )
    best: dict[str, Trait] = {}
    for trait in sorted(candidates, key=lambda t: (-t.score, t.column, str(t.value))):
        best.setdefault(trait.column, trait)
    return sorted(best.values(), key=lambda t: (-t.score, t.column))


def _trait_name(trait: Trait, words: Words) -> str:
    if trait.kind == "category":
        return words.value(trait.column, str(trait.value))
    return words.level(trait.column, trait.kind)


def _trait_fact(trait: Trait, words: Words) -> str:
    name = _trait_name(trait, words)
    if trait.kind == "category":
        share, population = trait.share or 0.0, trait.population_share or 0.0
        if words.lang == "en":
            return f"{name} {share:.0%} (vs {population:.0%} overall)"
        return f"{name}占 {share:.0%}（总体 {population:.0%}）"
    label = words.column(trait.column)
    mean, population = trait.mean or 0.0, trait.population_mean or 0.0
    if words.lang == "en":
        return f"{label} averages {mean:,.1f} (vs {population:,.1f})"
    return f"{label}平均 {mean:,.1f}（总体 {population:,.1f}）"


def persona(profile: dict[str, Any], lang: str, survey: Survey | None = None) -> dict[str, str]:
    """A short name and a one-paragraph description of a segment, in `lang` (zh or en)."""
    words = Words(lang, survey)
    names: list[str] = []
    facts: list[str] = []
    for trait in find_traits(profile):
        name = _trait_name(trait, words)
        if name in names:
            continue
        names.append(name)
        facts.append(_trait_fact(trait, words))
        if len(names) == 3:
            break
    size, share = profile["size"], profile["share"]
    churn = profile.get("churn") or {}
    if words.lang == "en":
        title = " · ".join(names) if names else "Typical customers"
        text = f"{size:,} respondents ({share:.1%})."
        if facts:
            text += " Stands out by: " + "; ".join(facts) + "."
        if churn.get("rate") is not None:
            text += f" Churn {churn['rate']:.0%} (vs {churn['pop_rate']:.0%} overall)."
        return {"name": title[:1].upper() + title[1:], "description": text, "source": "offline"}
    title = "·".join(names) if names else "典型用户"
    text = f"共 {size:,} 人（占 {share:.1%}）。"
    if facts:
        text += "显著特征：" + "；".join(facts) + "。"
    if churn.get("rate") is not None:
        text += f"流失率 {churn['rate']:.0%}（总体 {churn['pop_rate']:.0%}）。"
    return {"name": title, "description": text, "source": "offline"}


def name_personas(
    profiles: list[dict[str, Any]], survey: Survey | None = None
) -> list[dict[str, Any]]:
    """Add ``persona`` {zh, en} to every profile; equal names get the segment id appended."""
    for profile in profiles:
        profile["persona"] = {lang: persona(profile, lang, survey) for lang in ("zh", "en")}
    return distinct_names(profiles)


def distinct_names(profiles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Append " #<segment id>" to persona names that more than one segment shares."""
    for lang in ("zh", "en"):
        seen: dict[str, int] = {}
        for profile in profiles:
            name = profile["persona"][lang]["name"]
            seen[name] = seen.get(name, 0) + 1
        for profile in profiles:
            entry = profile["persona"][lang]
            if seen[entry["name"]] > 1:
                entry["name"] = f"{entry['name']} #{profile['id']}"
    return profiles
