"""`insightbot index` and `insightbot search`: the answer index from the command line."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from bot.commands.common import console, fail, settings, user_errors


def _progress() -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    )


@user_errors
def index(
    rebuild_all: Annotated[
        bool,
        typer.Option("--rebuild", help="drop the index and re-embed every answer (new embedder)"),
    ] = False,
    batch: Annotated[int, typer.Option(min=1, max=5000, help="messages per batch")] = 500,
) -> None:
    """Index answers not yet searchable, or rebuild the whole index with --rebuild."""
    from bot.storage.db import Database
    from retrieval.errors import RetrievalError
    from retrieval.indexing import index_pending, pending_count, rebuild
    from retrieval.store import ANSWERS, PROFILES, AnswerStore

    config = settings()
    db = Database.from_settings(config)
    try:
        store = AnswerStore.from_settings(config, check=not rebuild_all)
        total = pending_count(db)
        with _progress() as progress:
            task = progress.add_task("re-embedding" if rebuild_all else "indexing", total=total)
            if rebuild_all:
                done = rebuild(
                    db,
                    store,
                    batch=batch,
                    progress=lambda n, of: progress.update(task, completed=n, total=of),
                )
            else:
                done = 0
                while n := index_pending(db, store, limit=batch):
                    done += n
                    progress.update(task, completed=done)
        answers, profiles = store.count(ANSWERS), store.count(PROFILES)
    except RetrievalError as exc:
        raise fail(str(exc)) from None
    finally:
        db.dispose()
    console.print(
        f"{done} messages processed with {store.embedder.describe()}; the index holds "
        f"{answers} answers and {profiles} profiles."
    )


@user_errors
def search(
    query: Annotated[str, typer.Argument(help="what to look for, in your own words")],
    slot: Annotated[
        str | None, typer.Option(help="only answers to this slot, e.g. complaint")
    ] = None,
    where: Annotated[
        list[str] | None,
        typer.Option(help="filter on a field, repeatable: city=Shanghai, age>=30, segment=2"),
    ] = None,
    k: Annotated[int, typer.Option("--k", "-k", min=1, max=1000, help="how many results")] = 10,
    profiles: Annotated[bool, typer.Option(help="search respondent profiles instead")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per line")] = False,
) -> None:
    """Find answers by meaning: respondent id, score and the original text."""
    from retrieval.errors import RetrievalError
    from retrieval.store import ANSWERS, PROFILES, AnswerStore, parse_where

    config = settings()
    try:
        store = AnswerStore.from_settings(config)
        hits = store.search(
            query,
            k=k,
            slot=slot,
            where=parse_where(where or []),
            collection=PROFILES if profiles else ANSWERS,
        )
    except RetrievalError as exc:
        raise fail(str(exc)) from None
    if as_json:
        for hit in hits:
            line = {"respondent_id": hit.respondent_id, "score": hit.score, "text": hit.text}
            typer.echo(json.dumps({**line, "slot": hit.slot, "id": hit.id}, ensure_ascii=False))
        return
    if not hits:
        console.print("no matching answers (is the index built? run `insightbot index`)")
        return
    table = Table(title=f"{len(hits)} answers for “{query}”", show_lines=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("respondent")
    table.add_column("score", justify="right")
    table.add_column("slot", style="dim")
    table.add_column("text", overflow="fold")
    for rank, hit in enumerate(hits, 1):
        table.add_row(str(rank), hit.respondent_id, f"{hit.score:.3f}", hit.slot or "", hit.text)
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command("index")(index)
    app.command("search")(search)
