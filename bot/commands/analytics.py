"""Marketer commands: import a table, check data quality, segment customers, model churn.

`segments` lives in `bot.commands.segments`; it is registered here with the others.

Thin wrappers: each reads settings and the database, calls the pure functions in `analytics`,
stores what they return and prints it (a rich table for people, `--json` for machines).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer
from rich.table import Table

from analytics.errors import AnalyticsError
from bot.commands.common import console, fail, settings, user_errors
from bot.commands.segments import segments
from bot.survey import Survey, load_survey

if TYPE_CHECKING:
    from bot.storage.db import Database

P = ParamSpec("P")
R = TypeVar("R")

SurveyOption = Annotated[str, typer.Option(help="survey whose answers join the imported data")]
JsonOption = Annotated[bool, typer.Option("--json", help="print JSON instead of tables")]


def register(app: typer.Typer) -> None:
    app.command(name="import")(import_command)
    app.command()(quality)
    app.command()(segments)  # bot/commands/segments.py
    app.command()(churn)


def analytics_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Problems with the user's data or options become one line and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except AnalyticsError as exc:
            raise fail(str(exc)) from None

    return wrapper


def _open(survey_id: str) -> tuple[Database, Survey]:
    from bot.storage.db import Database

    config = settings()
    survey = load_survey(survey_id, str(config.surveys_dir) if config.surveys_dir else None)
    return Database.from_settings(config), survey


def _print_json(data: Any) -> None:
    console.print_json(json.dumps(data, ensure_ascii=False, default=str))


@user_errors
@analytics_errors
def import_command(
    file: Annotated[Path, typer.Argument(help="CSV or Parquet file")],
    key: Annotated[str, typer.Option(help="column whose value is the respondent id")],
    dataset: Annotated[str | None, typer.Option(help="dataset name (default: file name)")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="show what would happen")] = False,
    dictionary: Annotated[
        Path | None,
        typer.Option(help="YAML with labels and synonyms per column (see docs/analytics.md)"),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Import a behavioural table (CRM, orders, churn flags) and join it to respondents by key."""
    from analytics.ask.dictionary import load_dictionary, save_dictionary
    from analytics.importer import import_table, read_table
    from bot.storage.db import Database

    frame = read_table(file, key)
    words = load_dictionary(dictionary, map(str, frame.columns)) if dictionary else None
    db = Database.from_settings(settings())
    report = import_table(db, frame, key=key, dataset=dataset or file.stem, dry_run=dry_run)
    if words is not None and not dry_run:
        save_dictionary(db, report.dataset, words)
    if as_json:
        _print_json(report.to_dict())
        return
    table = Table(title=f"{file.name}: {report.rows:,} rows, key {key!r}")
    for name in ("column", "type", "missing", "distinct", "example", "note"):
        table.add_column(name, overflow="fold")
    for column in report.columns:
        table.add_row(
            column.name,
            column.kind,
            f"{column.missing:,}",
            f"{column.unique:,}",
            column.example,
            column.note,
        )
    console.print(table)
    verb = "would be" if dry_run else "were"
    console.print(
        f"dataset [bold]{report.dataset}[/]: {report.inserted:,} rows {verb} added, "
        f"{report.updated:,} updated, {report.unchanged:,} unchanged; "
        f"{report.new_respondents:,} new respondents (source=import), "
        f"{report.existing_respondents:,} matched existing ones",
        highlight=False,
    )
    skipped = {
        "without a key": report.missing_key,
        "with a key over 128 characters": report.too_long_key,
        "identical duplicates of a later row": report.identical_duplicates,
        "superseded by a later row with the same key": report.conflicting_duplicates,
    }
    for reason, count in skipped.items():
        if count:
            console.print(f"[yellow]skipped {count:,} row(s) {reason}[/]", highlight=False)
    if dry_run:
        console.print("[dim]dry run: nothing was written[/]")


@user_errors
@analytics_errors
def quality(survey: SurveyOption = "customer_profile", as_json: JsonOption = False) -> None:
    """Data-quality report: missing and refused values, duplicates, outliers, response quality."""
    from analytics.dataset import build_dataset, turn_times
    from analytics.pipeline import quality_report

    db, loaded = _open(survey)
    frame = build_dataset(db, loaded)
    if frame.empty:
        raise fail("no data yet: collect survey answers or `insightbot import` a table first")
    report, _flags = quality_report(frame, turn_times(db, loaded.id), loaded)
    if as_json:
        _print_json(report)
        return
    by_source = ", ".join(f"{n:,} {s}" for s, n in report["by_source"].items())
    console.print(f"[bold]{report['respondents']:,} respondents[/] ({by_source})", highlight=False)
    cleaning = report["cleaning"]
    if cleaning:
        console.print(
            f"duplicates: {cleaning['duplicates']:,} · outlier rows "
            f"({cleaning['outlier_method']}): {cleaning['outlier_rows']:,} · kept out of model "
            f"fitting: {cleaning['excluded_from_fit']:,} (never deleted)",
            highlight=False,
        )
        for column, count in cleaning["outliers"].items():
            console.print(f"  outliers in {column}: {count:,}", highlight=False)
        if cleaning["missing"]:
            table = Table(title="Missing values (imputed for modelling, raw data untouched)")
            for name in ("column", "missing", "refused", "share"):
                table.add_column(name)
            for row in cleaning["missing"]:
                table.add_row(
                    row["column"],
                    f"{row['missing']:,}",
                    f"{row['refused']:,}",
                    f"{row['share']:.1%}",
                )
            console.print(table)
    flags = report["quality"]
    table = Table(title="Response quality")
    table.add_column("flag")
    table.add_column("respondents")
    for name in ("speeding", "straightlining", "gibberish"):
        value = flags[name]
        table.add_row(name, "n/a" if value is None else f"{value:,}")
    console.print(table)
    for note in flags["notes"]:
        console.print(f"[dim]{note}[/]", highlight=False)


@user_errors
@analytics_errors
def churn(
    target: Annotated[str, typer.Option(help="column saying who churned (yes/no, 0/1, leave)")],
    survey: SurveyOption = "customer_profile",
    seed: Annotated[int, typer.Option(help="random seed for folds and models")] = 0,
    as_json: JsonOption = False,
) -> None:
    """Model churn (logistic regression vs gradient boosting, by CV ROC AUC); store churn risk."""
    from analytics.churn import fit_churn
    from analytics.dataset import build_dataset
    from analytics.store import save_churn_risk

    db, loaded = _open(survey)
    frame = build_dataset(db, loaded)
    if frame.empty:
        raise fail("no data yet: collect survey answers or `insightbot import` a table first")
    result = fit_churn(frame, target, seed=seed)
    stored = save_churn_risk(db, result.scores)
    if as_json:
        _print_json({**result.to_dict(), "stored": stored})
        return
    for name, (mean, std) in result.auc.items():
        mark = " [bold green]← chosen[/]" if name == result.model else ""
        console.print(f"{name}: cross-validated ROC AUC {mean:.3f} ± {std:.3f}{mark}")
    table = Table(title=f"Top churn drivers ({result.model}, base rate {result.base_rate:.1%})")
    for name in ("feature", "direction", "effect on churn probability", "importance (AUC drop)"):
        table.add_column(name)
    for driver in result.drivers:
        colour = "red" if driver.effect > 0 else "blue"
        table.add_row(
            driver.feature,
            f"[{colour}]{driver.direction}[/]",
            f"{driver.effect:+.1%}",
            f"{driver.importance:.4f}",
        )
    console.print(table)
    console.print(f"churn risk stored for {stored:,} respondents", highlight=False)
