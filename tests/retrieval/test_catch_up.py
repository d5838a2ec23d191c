"""Two processes on one local Chroma folder: what one writes, the other's searches see.

A server worker searches while `insightbot index` (or another worker) writes to the same folder.
Chroma's embedded client would keep answering from its own copy of the vector index; the store
catches up before searching (retrieval/catch_up.py).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from bot.config import Settings
from retrieval.catch_up import FolderWatch
from retrieval.store import ANSWERS, AnswerStore, Record

OTHER_PROCESS = textwrap.dedent(
    """
    import sys
    from bot.config import Settings
    from retrieval.store import ANSWERS, AnswerStore, Record

    store = AnswerStore.from_settings(Settings(home=sys.argv[1]))
    store.upsert(ANSWERS, [Record("m2", "晚上网速太慢，视频老是卡", {"respondent_id": "r2"})])
    store.delete_respondent("r1")
    """
)


def test_a_search_sees_what_another_process_wrote_and_deleted(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    store = AnswerStore.from_settings(settings)
    store.upsert(ANSWERS, [Record("m1", "价格太贵了，每个月两百多", {"respondent_id": "r1"})])
    assert [hit.id for hit in store.search("网速慢", k=5)] == ["m1"]  # the only answer there is

    subprocess.run(
        [sys.executable, "-c", OTHER_PROCESS, str(settings.home)],
        check=True,
        cwd=Path(__file__).parents[2],
        timeout=120,
    )

    hits = store.search("网速慢", k=5)
    assert [(hit.id, hit.respondent_id) for hit in hits] == [("m2", "r2")]
    assert hits[0].text == "晚上网速太慢，视频老是卡"
    assert store.search("价格太贵", k=5, where={"respondent_id": "r1"}) == []


def test_the_watch_notices_commits_per_collection(tmp_path: Path) -> None:
    folder = tmp_path / "chroma"
    folder.mkdir()
    database = folder / "chroma.sqlite3"
    database.write_bytes(b"one")
    watch = FolderWatch(folder)
    assert watch.changed("answers")  # never looked: catch up once
    watch.seen("answers")
    assert not watch.changed("answers") and watch.changed("profiles")
    database.write_bytes(b"one more")
    assert watch.changed("answers")
    assert not FolderWatch(None).changed("answers")  # a Chroma server: nothing to do
