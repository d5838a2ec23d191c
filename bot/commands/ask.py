"""`insightbot ask "QUESTION"`: a question in plain Chinese or English, answered from the data.

The answer, its table and (with ``--chart``) a PNG bar chart; ``--json`` prints
``{"answer", "plan", "table", "chart"}`` plus the rest of `AskResponse`, with ``chart`` the PNG's
path or null. A question that cannot be answered exits with code 2 after saying why.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from bot.commands.common import console, fail, settings, user_errors

if TYPE_CHECKING:
    from analytics.ask.result import AskResponse


@user_errors
def ask(
    question: Annotated[str, typer.Argument(help='e.g. "哪个用户群流失率最高？"')],
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
    chart: Annotated[
        Path | None, typer.Option("--chart", help="write a PNG bar chart here", dir_okay=False)
    ] = None,
    lang: Annotated[
        str | None, typer.Option(help="answer in zh or en (default: the question's)")
    ] = None,
    survey: Annotated[
        str, typer.Option(help="survey whose answers are asked about")
    ] = "customer_profile",
) -> None:
    if not question.strip():
        raise fail('the question is empty: insightbot ask "which segment churns most?"')
    if lang is not None and lang not in ("zh", "en"):
        raise fail(f"unknown language {lang!r}: use --lang zh or --lang en")
    from analytics.ask.service import Asker  # pandas and friends: only for this command

    asker = Asker.from_settings(settings(), survey_id=survey)
    if asker.snapshot().frame.empty:
        raise fail("no data yet: collect survey answers or `insightbot import` a table first")
    response = asker.ask(question, lang)
    chart_path = None
    if chart is not None and response.chart is not None:
        from analytics.ask.charts import write_png  # matplotlib: only when a chart is asked for

        chart_path = str(write_png(response.chart, chart))
    if as_json:
        data = response.model_dump(mode="json")
        data["chart_data"], data["chart"] = data["chart"], chart_path
        console.print_json(json.dumps(data, ensure_ascii=False))
    else:
        _print(response, chart_path)
    if response.refused:
        raise typer.Exit(2)


def _print(response: AskResponse, chart_path: str | None) -> None:
    style = "yellow" if response.refused else "bold"
    console.print(response.answer, style=style, highlight=False)
    if response.plan_text:
        console.print(f"plan: {response.plan_text}", style="dim", highlight=False)
    if response.table:
        table = Table()
        for column in response.columns:
            table.add_column(column, justify="left" if column == response.columns[0] else "right")
        for row in response.table:
            cells = [row.get(column) for column in response.columns]
            if response.percent and len(cells) >= 2 and isinstance(cells[-2], float):
                cells[-2] = f"{cells[-2] * 100:.1f}%"
            table.add_row(*(_cell(cell) for cell in cells))
        console.print(table)
    for quote in response.quotes:
        console.print(f"“{quote.text}” — {quote.respondent_id}", highlight=False)
    if chart_path:
        console.print(f"chart written to {chart_path}", highlight=False)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    return "" if value is None else str(value)


def register(app: typer.Typer) -> None:
    app.command()(ask)
