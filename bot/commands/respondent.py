"""Respondent-side commands: serve, chat, simulate, demo, export and survey validation."""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from bot.commands.common import console, fail, open_engine, settings, user_errors
from bot.phrasing import format_value
from bot.simulate import SimulatedRespondent, random_persona, run_conversation
from bot.survey import load_survey, load_survey_file

if TYPE_CHECKING:
    from bot.engine import Engine

WORKER_START_SECONDS = 120
surveys_app = typer.Typer(help="Check survey definitions.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.command()(chat)
    app.command()(simulate)
    app.command()(demo)
    app.command()(export)
    app.command()(reparse)
    app.command()(link)
    app.add_typer(surveys_app, name="surveys")


@user_errors
def serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    workers: Annotated[int, typer.Option(help="uvicorn worker processes")] = 1,
    access_log: Annotated[bool, typer.Option(help="log every request (uvicorn access log)")] = True,
) -> None:
    """Serve the JSON API (and the channels) with uvicorn.

    Several workers share the database (no conversation state lives in a process); see
    docs/channels.md for what that means for rate limits and background indexing.
    """
    import uvicorn

    from bot.app import create_app

    config = settings()
    if workers > 1:
        uvicorn.run(
            "bot.app:create_app",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            access_log=access_log,
            # A worker answers the supervisor's ping only once its imports are done, which takes
            # longer than uvicorn's 5 s default on a busy machine: it would be killed and
            # restarted forever.
            timeout_worker_healthcheck=WORKER_START_SECONDS,
        )
        return
    uvicorn.run(create_app(config), host=host, port=port, access_log=access_log)


@user_errors
def chat(
    survey: Annotated[str, typer.Option(help="survey id")] = "customer_profile",
    lang: Annotated[str, typer.Option(help="zh or en")] = "zh",
    respondent: Annotated[str | None, typer.Option(help="respondent id to resume")] = None,
) -> None:
    """Take a survey in the terminal, as a respondent would."""
    if lang not in {"zh", "en"}:
        raise fail(f"--lang must be zh or en, not {lang!r}")
    engine = open_engine()
    started = engine.start(survey, respondent_id=respondent, lang=lang, channel="cli")
    console.print(f"[dim]respondent {started.respondent_id} · Ctrl-D to leave[/]")
    reply = started.reply
    while True:
        _show_reply(reply)
        if reply.done:
            return
        try:
            text = console.input("[bold green]> [/]")
        except (EOFError, KeyboardInterrupt):
            console.print()
            return
        if not text.strip():
            continue
        reply = engine.handle(started.session_id, started.token, text[:4000])


def _show_reply(reply: Any) -> None:
    console.print(f"[bold cyan]bot:[/] {reply.text}", highlight=False)
    if reply.options:
        labels = " · ".join(option.label for option in reply.options)
        console.print(f"     [dim]{labels}[/]", highlight=False)


def run_simulation(
    engine: Engine,
    n: int,
    seed: int,
    survey: str = "customer_profile",
    lang: str | None = None,
    *,
    id_prefix: str | None = None,
) -> list[SimulatedRespondent]:
    """Simulated respondents answer through the real engine; returns them with their truth.

    Respondents get fresh random ids unless `id_prefix` is given ("sim-" gives sim-00000,
    sim-00001, ...): analyses order rows by id, so a benchmark that must compute the same segments
    on every run needs the same ids, while `insightbot simulate` run twice must add new people.
    """
    rng = random.Random(seed)
    done: list[SimulatedRespondent] = []
    for number in range(n):
        respondent = SimulatedRespondent(random_persona(rng, lang), rng)
        started = engine.start(
            survey,
            respondent_id=None if id_prefix is None else f"{id_prefix}{number:05d}",
            lang=respondent.persona.lang,
            channel="simulation",
        )

        def send(text: str, started: Any = started) -> Any:
            return engine.handle(started.session_id, started.token, text)

        for _exchange in run_conversation(started.reply, send, respondent):
            pass
        done.append(respondent)
    return done


@user_errors
def simulate(
    n: Annotated[int, typer.Option("--n", min=1, max=100_000, help="respondents")] = 20,
    seed: Annotated[int, typer.Option(help="random seed (same seed, same people)")] = 7,
    survey: Annotated[str, typer.Option(help="survey id")] = "customer_profile",
    lang: Annotated[str | None, typer.Option(help="zh, en, or both when omitted")] = None,
    from_telco: Annotated[
        int | None,
        typer.Option(help="instead, N real customers of the IBM Telco churn table answer via HTTP"),
    ] = None,
) -> None:
    """Simulated respondents answer the survey in varied natural language."""
    if from_telco is not None:
        from bot.telco_run import run_telco_simulation

        report = run_telco_simulation(settings(), from_telco, seed)
        console.print(report.render(), highlight=False)
        print_summary(open_engine(), "customer_profile")
        return
    engine = open_engine()
    respondents = run_simulation(engine, n, seed, survey, lang)
    console.print(f"{len(respondents)} simulated respondents answered [bold]{survey}[/].")
    print_summary(engine, survey)


def print_summary(engine: Engine, survey_id: str) -> None:
    """Per slot: filled / refused / missing counts and a few example values."""
    from bot.export import export_rows

    definition = engine.survey(survey_id)
    with engine.db.transaction() as db:
        rows = list(export_rows(db, definition, engine.privacy))
    table = Table(title=f"What was collected · {definition.title.en} · {len(rows)} respondents")
    for column in ("slot", "filled", "refused", "missing", "examples"):
        table.add_column(
            column, justify="right" if column in {"filled", "refused", "missing"} else "left"
        )
    for slot in definition.slots:
        filled = [row[slot.name] for row in rows if row.get(slot.name) is not None]
        refused = sum(1 for row in rows if row["_status"].get(slot.name) == "refused")
        examples = Counter(
            format_value(slot, value, "en")
            if not isinstance(value, list)
            else format_value(slot, value, "en")
            for value in filled
        ).most_common(3)
        shown = "; ".join(str(value)[:40] for value, _count in examples)
        table.add_row(
            slot.name, str(len(filled)), str(refused), str(len(rows) - len(filled) - refused), shown
        )
    console.print(table)


@user_errors
def demo(
    n: Annotated[int, typer.Option("--n", min=1, max=1000, help="respondents")] = 30,
    seed: Annotated[int, typer.Option(help="random seed")] = 7,
) -> None:
    """Simulated respondents take the bundled survey; shows one conversation and the summary."""
    engine = open_engine()
    config = settings()
    console.rule("[bold]insightbot demo")
    console.print(f"data directory: {config.home.resolve()}  ·  brain: {engine.brain.name}")
    rng = random.Random(seed)
    respondent = SimulatedRespondent(random_persona(rng, "zh"), rng)
    started = engine.start("customer_profile", lang="zh", channel="demo")
    _show_reply(started.reply)
    for text, reply in run_conversation(
        started.reply, lambda t: engine.handle(started.session_id, started.token, t), respondent
    ):
        console.print(f"[bold green]respondent:[/] {text}", highlight=False)
        _show_reply(reply)
    run_simulation(engine, max(n - 1, 0), seed + 1)
    print_summary(engine, "customer_profile")
    from bot.storage import repo

    with engine.db.transaction() as db:
        messages = repo.count_messages(db)
    console.print(f"{messages} messages stored in {config.resolved_database_url}")


@user_errors
def export(
    format: Annotated[str, typer.Option("--format", help="jsonl or csv")] = "jsonl",
    survey: Annotated[str, typer.Option(help="survey id")] = "customer_profile",
    out: Annotated[Path | None, typer.Option(help="write to a file instead of stdout")] = None,
) -> None:
    """Export one row per respondent, one column per slot."""
    if format not in {"jsonl", "csv"}:
        raise fail(f"--format must be jsonl or csv, not {format!r}")
    from bot.export import export_rows, to_csv, to_jsonl

    engine = open_engine()
    definition = engine.survey(survey)
    with engine.db.transaction() as db:
        rows = list(export_rows(db, definition, engine.privacy))
    chunks = to_csv(iter(rows), definition) if format == "csv" else to_jsonl(iter(rows))
    if out is None:
        for chunk in chunks:
            sys.stdout.write(chunk)
        return
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.writelines(chunks)
    console.print(f"wrote {len(rows)} respondents to {out}")


@surveys_app.command("validate")
@user_errors
def validate_survey(file: Annotated[Path, typer.Argument(help="survey YAML file")]) -> None:
    """Check a survey file and list its slots."""
    survey = load_survey_file(file)
    table = Table(title=f"{survey.id} · {survey.title.en} · {len(survey.slots)} slots")
    for column in ("slot", "type", "required", "sensitivity", "when"):
        table.add_column(column)
    for slot in survey.slots:
        table.add_row(
            slot.name,
            str(slot.type),
            "yes" if slot.required else "no",
            str(slot.sensitivity),
            slot.when.source if slot.when else "",
        )
    console.print(table)
    console.print(f"[green]{file} is valid.[/]")


@surveys_app.command("list")
@user_errors
def list_surveys() -> None:
    """List the bundled surveys."""
    from bot.survey import bundled_survey_ids

    for survey_id in bundled_survey_ids():
        console.print(f"{survey_id}: {load_survey(survey_id).title.en}")


@user_errors
def reparse() -> None:
    """Answer stored messages whose turn never finished (after a crash or an outage)."""
    count = open_engine().process_pending()
    console.print(f"processed {count} pending message(s)")


@user_errors
def link(
    respondent: Annotated[str, typer.Option(help="the respondent id (e.g. your CRM id)")],
    survey: Annotated[str, typer.Option(help="survey id")] = "customer_profile",
    lang: Annotated[str | None, typer.Option(help="zh or en")] = None,
    days: Annotated[int | None, typer.Option(min=1, help="link expires after N days")] = 30,
    base_url: Annotated[str, typer.Option(help="where the bot is served")] = "",
) -> None:
    """Print a signed personal link to the web survey (tampered links are rejected)."""
    from bot.channels.web_links import LinkError, signed_path

    config = settings()
    load_survey(survey)
    try:
        path = signed_path(
            config.signing_key(),
            survey,
            respondent,
            lang=lang,
            ttl_seconds=days * 86400 if days else None,
        )
    except LinkError as exc:
        raise fail(str(exc)) from None
    console.print(f"{base_url.rstrip('/')}{path}", highlight=False, soft_wrap=True)
