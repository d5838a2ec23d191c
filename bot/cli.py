"""The `insightbot` command: assembles the per-area command modules into one typer app."""

from __future__ import annotations

import typer

from bot.commands import respondent

app = typer.Typer(
    name="insightbot",
    help="Conversational surveys and customer insight, offline by default.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)
respondent.register(app)

try:  # the privacy commands live in their own module
    from bot.commands.policy import policy_app
except ImportError:  # pragma: no cover - during partial installs only
    policy_app = None
if policy_app is not None:
    app.add_typer(policy_app, name="policy")


if __name__ == "__main__":
    app()
