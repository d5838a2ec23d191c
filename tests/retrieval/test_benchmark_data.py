"""The labelled retrieval set: big enough, bilingual, and the committed files match its source."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
DATA = BENCHMARKS / "data"


def _load_benchmark():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "retrieval_benchmark", BENCHMARKS / "answer_search.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build_labelled = _load_benchmark().build_labelled


def test_the_labelled_set_meets_the_issue() -> None:
    corpus, queries = build_labelled()
    assert len(corpus) >= 1000 and len(queries) >= 40
    assert {q["lang"] for q in queries} == {"zh", "en"}
    assert all(len(q["relevant"]) == 10 for q in queries)
    ids = {a["id"] for a in corpus}
    assert len(ids) == len(corpus) and all(set(q["relevant"]) <= ids for q in queries)
    # relevant answers are paraphrases: most do not contain the query text itself
    texts = {a["id"]: a["text"] for a in corpus}
    echoes = sum(q["text"].lower() in texts[r].lower() for q in queries for r in q["relevant"])
    assert echoes < 0.05 * sum(len(q["relevant"]) for q in queries)


def test_committed_files_match_the_generator() -> None:
    corpus, queries = build_labelled()
    for name, rows in (("corpus", corpus), ("queries", queries)):
        lines = (DATA / f"retrieval_{name}.jsonl").read_text(encoding="utf-8").splitlines()
        assert [json.loads(line) for line in lines] == rows
