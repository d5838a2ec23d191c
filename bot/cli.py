"""The `insightbot` command: assembles the per-area command modules into one typer app."""

from __future__ import annotations

import typer

from bot.commands import analytics, ask, llm, policy, respondent, retrieval, rights

app = typer.Typer(
    name="insightbot",
    help="Conversational surveys and customer insight, offline by default.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)
respondent.register(app)
llm.register(app)
policy.register(app)
rights.register(app)
retrieval.register(app)
analytics.register(app)
ask.register(app)
app.add_typer(policy.policy_app, name="policy")


if __name__ == "__main__":
    app()
