"""LLM commands: `insightbot stats` reports what the model costs and how often it failed."""

from __future__ import annotations

import typer
from rich.table import Table

from bot.commands.common import console, settings, user_errors


def register(app: typer.Typer) -> None:
    app.command()(stats)


def _num(value: float | None, fmt: str = "{:.2f}") -> str:
    return "—" if value is None else fmt.format(value)


@user_errors
def stats() -> None:
    """LLM calls per turn, tokens per completed survey and the fallback rate, from the call log."""
    from bot.brains.call_log import llm_stats
    from bot.storage.db import Database

    config = settings()
    figures = llm_stats(Database.from_settings(config))
    table = Table(title=f"LLM use · provider {config.llm_provider} · model {config.llm_model}")
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_row("turns the model served", str(figures.turns))
    table.add_row("model calls (turns asked)", str(figures.calls))
    table.add_row("requests (retries and re-asks included)", str(figures.requests))
    table.add_row("LLM calls per turn", _num(figures.calls_per_turn))
    table.add_row("prompt tokens", str(figures.prompt_tokens))
    table.add_row("completion tokens", str(figures.completion_tokens))
    table.add_row("completed surveys", str(figures.completed_surveys))
    table.add_row(
        "tokens per completed survey", _num(figures.tokens_per_completed_survey, "{:.0f}")
    )
    table.add_row("fallback rate", _num(figures.fallback_rate, "{:.1%}"))
    table.add_row("mean latency per call (ms)", _num(figures.mean_latency_ms, "{:.0f}"))
    outcomes = ", ".join(f"{k} {v}" for k, v in sorted(figures.outcomes.items())) or "—"
    table.add_row("outcomes", outcomes)
    console.print(table)
    if figures.calls == 0:
        console.print("[dim]No model calls recorded yet (INSIGHTBOT_LLM_PROVIDER=openai).[/]")
