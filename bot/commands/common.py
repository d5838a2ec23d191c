"""What every command shares: consoles, settings, the engine, and one-line user errors."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

import typer
from rich.console import Console

from bot.config import Settings, get_settings

if TYPE_CHECKING:
    from bot.engine import Engine

console = Console()
errors = Console(stderr=True)

P = ParamSpec("P")
R = TypeVar("R")


@functools.cache
def user_error_types() -> tuple[type[Exception], ...]:
    """The errors a user can cause and fix, imported on first use so `--help` stays instant."""
    from bot.engine import EngineError
    from bot.privacy.crypto import FieldKeyError
    from bot.privacy.org import OrgError
    from bot.storage.db import StorageError
    from bot.survey import SurveyError
    from bot.telco import TelcoUnavailable

    return (
        SurveyError,
        StorageError,
        EngineError,
        TelcoUnavailable,
        FieldKeyError,
        OrgError,
        OSError,
    )


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one clear line to stderr; callers `raise fail(...)`."""
    errors.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def user_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn the errors a user can cause and fix into one line and exit code 1, not a traceback."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except user_error_types() as exc:
            raise fail(str(exc)) from None

    return wrapper


def settings() -> Settings:
    return get_settings()


def open_engine(config: Settings | None = None) -> Engine:
    from bot.brains import build_brain
    from bot.engine import Engine
    from bot.storage.db import Database
    from retrieval.lifecycle import LazyStore, forget_hook

    config = config or settings()
    db = Database.from_settings(config)
    engine = Engine(db, config, build_brain(config, db))
    engine.deletion_hooks.append(forget_hook(LazyStore(config)))
    return engine
