"""Data-rights commands: delete a respondent everywhere, apply the retention period."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.table import Table

from bot.commands.common import console, fail, open_engine, user_errors


def register(app: typer.Typer) -> None:
    app.command()(delete)
    app.command(name="export-respondent")(export_respondent)
    app.command()(retention)
    app.command(name="rotate-keys")(rotate_keys)


@user_errors
def rotate_keys() -> None:
    """Re-encrypt sensitive answers with the newest key in INSIGHTBOT_FIELD_KEY."""
    from bot import rights

    count = rights.rotate_field_keys(open_engine())
    console.print(f"re-encrypted {count} value(s) with the newest key; older keys can now go")


@user_errors
def delete(
    respondent: Annotated[str, typer.Option(help="the respondent id to delete")],
    yes: Annotated[bool, typer.Option("--yes", help="do not ask for confirmation")] = False,
) -> None:
    """Delete everything held about a respondent (database rows and vectors)."""
    from bot import rights

    if not yes and not typer.confirm(f"Delete all data of respondent {respondent}?"):
        raise fail("nothing deleted")
    try:
        counts = rights.delete_respondent(open_engine(), respondent, actor="cli")
    except rights.UnknownRespondent:
        raise fail(f"no respondent {respondent!r}; `insightbot export` lists them") from None
    console.print(
        f"deleted respondent {respondent}: "
        + ", ".join(f"{n} {table}" for table, n in counts.items() if n)
    )


@user_errors
def export_respondent(
    respondent: Annotated[str, typer.Option(help="the respondent id")],
) -> None:
    """Print everything held about one respondent as JSON (access requests)."""
    from bot import rights

    try:
        data = rights.export_respondent(open_engine(), respondent)
    except rights.UnknownRespondent:
        raise fail(f"no respondent {respondent!r}") from None
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@user_errors
def retention(
    apply: Annotated[bool, typer.Option("--apply", help="delete; without it, only list")] = False,
    days: Annotated[
        int | None, typer.Option(min=1, help="retention period; default: from org.yaml")
    ] = None,
) -> None:
    """Find (and with --apply delete) respondents inactive for longer than the retention period."""
    from bot import rights

    engine = open_engine()
    period = days or rights.retention_days(engine)
    if period is None:
        raise fail("no retention period: pass --days N or set `retention` in org.yaml")
    expired = rights.expired_respondents(engine, period)
    table = Table(title=f"Respondents inactive for more than {period} days: {len(expired)}")
    table.add_column("respondent")
    for respondent_id in expired[:20]:
        table.add_row(respondent_id)
    console.print(table)
    if not apply:
        console.print("dry run: add --apply to delete them")
        return
    for respondent_id in expired:
        rights.delete_respondent(engine, respondent_id, actor="retention")
    console.print(f"deleted {len(expired)} respondent(s)")
