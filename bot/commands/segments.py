"""`insightbot segments`: segment, profile, name, store, and put the segment ids on the vectors.

The answer index is used when there is one (a Chroma server, or the local folder `insightbot
index` created): quotes are chosen from the answer embeddings, and after storing, every indexed
answer and profile gets its respondent's new segment id for `search --where segment=N`. Without
an index, or if it fails, the segments are still computed and stored and a note says what was
skipped. With an LLM configured, personas are named by the model, with the offline ones as
fallback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from analytics.errors import AnalyticsError
from bot.commands.common import console, fail, settings, user_errors
from bot.config import Settings
from bot.survey import Survey, load_survey

if TYPE_CHECKING:
    from analytics.pipeline import Segmentation
    from bot.storage.db import Database
    from retrieval.store import AnswerStore


def _print_json(data: Any) -> None:
    console.print_json(json.dumps(data, ensure_ascii=False, default=str))


def _parse_k(k: str) -> int | str:
    if k == "auto":
        return k
    try:
        value = int(k)
    except ValueError:
        raise AnalyticsError(f"--k must be auto or a number, not {k!r}") from None
    if value < 1:
        raise AnalyticsError("--k must be at least 1")
    return value


def _split(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def answer_store(config: Settings, notes: list[str]) -> AnswerStore | None:
    """The answer index if one exists and opens with the configured embedder, else None."""
    from retrieval.errors import RetrievalError
    from retrieval.lifecycle import LazyStore

    lazy = LazyStore(config)
    if not lazy.exists():
        return None
    try:
        return lazy.get()
    except RetrievalError as exc:
        notes.append(f"answer index not used: {exc}")
        return None


def _brand(config: Settings) -> dict[str, str] | None:
    """The organization's name from org.yaml, when there is a valid one."""
    from bot.privacy.org import OrgError, load_org, text
    from bot.privacy.runtime import org_path

    path = org_path(config)
    if path is None:
        return None
    try:
        org = load_org(path)
    except (OrgError, OSError):
        return None
    return {lang: text(org.controller.name, lang) for lang in ("zh", "en")}


def llm_personas(
    config: Settings, db: Database, run: Segmentation, survey: Survey, notes: list[str]
) -> None:
    """Let the configured model name the personas; offline ones stay where it fails."""
    from analytics.persona_llm import LlmPersonaNamer
    from bot.brains.call_log import DatabaseCallLog
    from bot.brains.chat_model import ModelUnavailable

    try:
        namer = LlmPersonaNamer(config, call_log=DatabaseCallLog(db), brand=_brand(config))
    except ModelUnavailable as exc:
        notes.append(f"offline personas: {exc}")
        return
    namer.name_all(run.profiles, survey)
    entries = [p["persona"][lang] for p in run.profiles for lang in ("zh", "en")]
    named = sum(1 for entry in entries if entry.get("source") == "llm")
    notes.append(f"personas named by {config.llm_model}: {named} of {len(entries)}")


def _sync(db: Database, store: AnswerStore, notes: list[str]) -> None:
    from analytics.vectors import sync_segments

    try:
        updated = sync_segments(db, store)
    except Exception as exc:  # the segments are stored; only the vector metadata is behind
        notes.append(f"segment ids not written to the answer index: {exc}")
        return
    notes.append(f"segment ids written to {updated:,} indexed answers")


@user_errors
def segments(
    k: Annotated[str, typer.Option(help="number of segments, or auto (silhouette)")] = "auto",
    features: Annotated[
        list[str] | None, typer.Option(help="columns to segment on (repeat or comma-separate)")
    ] = None,
    survey: Annotated[
        str, typer.Option(help="survey whose answers join the imported data")
    ] = "customer_profile",
    seed: Annotated[int, typer.Option(help="random seed (same data and seed, same segments)")] = 0,
    lang: Annotated[str, typer.Option(help="language of persona names: zh or en")] = "zh",
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of tables")] = False,
    html: Annotated[Path | None, typer.Option(help="write a self-contained HTML report")] = None,
    text_features: Annotated[
        bool,
        typer.Option(
            "--text-features",
            help="also segment on what people wrote: SVD components of embedded open answers",
        ),
    ] = False,
    text_dims: Annotated[
        int, typer.Option(min=1, max=50, help="text components with --text-features")
    ] = 5,
    offline_personas: Annotated[
        bool,
        typer.Option("--offline-personas", help="name personas offline even with an LLM set"),
    ] = False,
) -> None:
    """Segment respondents (k-means), store the segments and print their profiles."""
    from analytics.dataset import build_dataset
    from analytics.pipeline import segment_frame
    from analytics.store import save_segments
    from analytics.vectors import quote_picker
    from bot.storage.db import Database
    from retrieval.embedders import build_embedder
    from retrieval.errors import RetrievalError

    if lang not in {"zh", "en"}:
        raise fail(f"--lang must be zh or en, not {lang!r}")
    config = settings()
    loaded = load_survey(survey, str(config.surveys_dir) if config.surveys_dir else None)
    db = Database.from_settings(config)
    try:
        frame = build_dataset(db, loaded)
        if frame.empty:
            raise fail("no data yet: collect survey answers or `insightbot import` a table first")
        notes: list[str] = []
        store = answer_store(config, notes)
        embed = None
        if text_features:
            try:
                embed = (store.embedder if store else build_embedder(config)).embed_array
            except RetrievalError as exc:
                raise fail(str(exc)) from None
        run = segment_frame(
            frame,
            k=_parse_k(k),
            features=_split(features),
            seed=seed,
            survey=loaded,
            text_embed=embed,
            text_dims=text_dims,
            quote_picker=quote_picker(db, store, loaded) if store is not None else None,
        )
        if config.llm_provider == "openai" and not offline_personas:
            llm_personas(config, db, run, loaded, notes)
        save_segments(db, run.labels, run.profiles, lang=lang)
        if store is not None:
            _sync(db, store, notes)
        if html is not None:
            from analytics.report import render_report

            html.write_text(render_report(run, lang=lang), encoding="utf-8")
        if run.text is not None and run.text.note:
            notes.append(f"text features: {run.text.note}")
    except AnalyticsError as exc:
        raise fail(str(exc)) from None
    finally:
        db.dispose()
    if as_json:
        _print_json({**run.to_dict(), "notes": notes})
        return
    _print_table(run, len(frame), lang)
    cleaning = run.cleaning
    text = f" · {run.text.dims} text components" if run.text and run.text.dims else ""
    console.print(
        f"[dim]features: {', '.join(run.features)}{text} · fitted on {run.result.fitted_rows:,} "
        f"rows ({cleaning.duplicates:,} duplicates and {cleaning.outlier_rows:,} outliers kept "
        f"out of fitting, still assigned) · stored in respondents.segment[/]",
        highlight=False,
    )
    for note in notes:
        console.print(f"[dim]{note}[/]", highlight=False)
    if html is not None:
        console.print(f"report written to {html}", highlight=False)


def _print_table(run: Segmentation, respondents: int, lang: str) -> None:
    from analytics.profiles import distinguishing

    silhouette = run.result.silhouette.get(run.result.k)
    score = f", silhouette {silhouette:.3f}" if silhouette is not None else ""
    table = Table(title=f"{run.result.k} segments of {respondents:,} respondents{score}")
    for name in ("id", "persona", "size", "share", "churn", "stands out by", "keywords"):
        table.add_column(name, overflow="fold")
    for profile in run.profiles:
        rate = (profile.get("churn") or {}).get("rate")
        traits = "; ".join(
            f"{row['feature']} ({row['index']:.0f})" for row in distinguishing(profile, top=3)
        )
        words = ", ".join(item["term"] for item in profile["keywords"][:5])
        table.add_row(
            str(profile["id"]),
            profile["persona"][lang]["name"],
            f"{profile['size']:,}",
            f"{profile['share']:.1%}",
            "–" if rate is None else f"{rate:.1%}",
            traits,
            words,
        )
    console.print(table)
