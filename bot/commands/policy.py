"""`insightbot policy`: generate a survey's privacy notice from org.yaml, or check an existing one.

Kept apart from the other commands because it needs no database or model: an operator can write
org.yaml, generate the notice and check a lawyer's edited version on any machine.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from bot.config import Settings, get_settings
from bot.privacy.checker import check_notice
from bot.privacy.crypto import generate_key
from bot.privacy.notice import build_notice
from bot.privacy.org import OrgError, load_org
from bot.survey import Survey, SurveyError, load_survey, load_survey_file

console = Console()
errors = Console(stderr=True)

P = ParamSpec("P")
R = TypeVar("R")

policy_app = typer.Typer(
    help="Generate a survey's privacy notice from org.yaml, or check a notice against it.",
    invoke_without_command=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)

SurveyOpt = Annotated[str, typer.Option("--survey", help="survey id, or a path to a survey YAML")]
OrgOpt = Annotated[Path, typer.Option("--org", help="organization facts (see examples/org.yaml)")]


def _fail(message: str) -> typer.Exit:
    errors.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True, markup=True)
    return typer.Exit(1)


def _user_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Errors the user can fix become one line on stderr and exit code 1, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except OSError as exc:
            where = exc.filename if exc.filename is not None else "file"
            raise _fail(f"{where}: {exc.strerror or exc}".replace("[", r"\[")) from None
        except (OrgError, SurveyError, ValueError) as exc:
            raise _fail(" ".join(str(exc).split()).replace("[", r"\[")) from None

    return wrapper


def _settings() -> Settings:
    return get_settings()


def _survey(ref: str, settings: Settings) -> Survey:
    if ref.endswith((".yaml", ".yml")) or "/" in ref:
        return load_survey_file(ref)
    folder = str(settings.surveys_dir) if settings.surveys_dir else None
    return load_survey(ref, folder)


def _lang(value: str) -> str:
    if value not in {"zh", "en"}:
        raise ValueError(f"--lang must be zh or en, not {value!r}")
    return value


@policy_app.callback(invoke_without_command=True)
@_user_errors
def generate(
    ctx: typer.Context,
    survey: SurveyOpt = "customer_profile",
    org: OrgOpt = Path("org.yaml"),
    lang: Annotated[str, typer.Option(help="zh or en")] = "zh",
    fmt: Annotated[str, typer.Option("--format", help="md or html")] = "md",
    out: Annotated[Path | None, typer.Option(help="write here instead of stdout")] = None,
) -> None:
    """Write the privacy notice for a survey (Markdown or a self-contained HTML page)."""
    if ctx.invoked_subcommand is not None:
        return
    if fmt not in {"md", "html"}:
        raise ValueError(f"--format must be md or html, not {fmt!r}")
    settings = _settings()
    notice = build_notice(_survey(survey, settings), load_org(org), _lang(lang), fmt, settings)
    for warning in notice.warnings:
        errors.print(f"[yellow]warning:[/] {warning}", highlight=False, soft_wrap=True)
    if out is None:
        typer.echo(notice.text, nl=False)
        return
    out.write_text(notice.text, encoding="utf-8")
    console.print(
        f"wrote {out} (version {notice.version}, sha256 {notice.sha256})",
        highlight=False,
        markup=False,
    )


def _guess_lang(notice: str) -> str:
    hanzi = len(re.findall(r"[\u4e00-\u9fff]", notice))
    return "zh" if hanzi > len(notice) * 0.05 else "en"


@policy_app.command("check")
@_user_errors
def check(
    file: Annotated[Path, typer.Argument(help="the notice to check (Markdown, HTML or text)")],
    survey: SurveyOpt = "customer_profile",
    org: OrgOpt = Path("org.yaml"),
    lang: Annotated[str | None, typer.Option(help="zh or en (guessed when omitted)")] = None,
) -> None:
    """Check that a notice covers every required item and states the facts in org.yaml."""
    text = file.read_text(encoding="utf-8")
    language = _lang(lang) if lang else _guess_lang(text)
    report = check_notice(text, _survey(survey, _settings()), load_org(org), language)
    if report.ok:
        console.print(f"[green]✓[/] {file}: every required item and fact is present ({language})")
        return
    table = Table(title=f"{file}: {len(report.missing)} missing ({language})", title_justify="left")
    table.add_column("item", style="bold red")
    table.add_column("what the notice must say")
    for key in report.missing:
        table.add_row(key, report.describe(key), end_section=False)
    console.print(table)
    raise typer.Exit(1)


def keygen() -> None:
    """Print a new field-encryption key; put it first in INSIGHTBOT_FIELD_KEY (comma-separated)."""
    typer.echo(generate_key())


def register(app: typer.Typer) -> None:
    """Add the top-level `keygen` command (the `policy` group is mounted with add_typer)."""
    app.command()(keygen)


__all__ = ["check", "generate", "keygen", "policy_app", "register"]
