"""Retrieval benchmark: recall@10 on a labelled zh/en set, index throughput, search latency.

    uv run --frozen python benchmarks/retrieval.py            # all figures (about two minutes)
    uv run --frozen python benchmarks/retrieval.py --check    # exit 1 when a target is missed
    ... --st-python /tmp/st/bin/python --st-model PATH         # also a sentence-transformers model

The labelled set is built from benchmarks/data/retrieval_topics.jsonl: 24 complaint topics, each
with five answer templates per language written as paraphrases of the topic rather than echoes of
its queries, expanded with prefixes, suffixes and numbers; near-miss distractors that share the
query's keyword but say it is fine; and generic filler answers. `--write-data` writes the expanded
corpus and queries to benchmarks/data/retrieval_{corpus,queries}.jsonl for inspection.

Recall@10 counts, for each query, the share of its relevant answers (same topic, same language;
ten per query) found in the top ten. "Cross-lingual" counts answers of the topic in either language
(twenty, so at most ten can be found: it is divided by ten). The concept lexicon in
retrieval/lexicon.yaml and this set were written by the same people, so `hashing, no concepts` is
printed beside `hashing` to show how much of the figure rests on that lexicon.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from retrieval.embedders import HashingEmbedder  # noqa: E402
from retrieval.features import sentiment  # noqa: E402
from retrieval.store import ANSWERS, AnswerStore, Record  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
TARGET_RATE = 2000.0  # answers per second, hashing, persistent collection
TARGET_P50_MS = 20.0  # search at 100,000 answers
CITIES = ["Shanghai", "Beijing", "Guangzhou", "Shenzhen", "Chengdu", "Hangzhou", "Wuhan", "Xi'an"]


def load_topics() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    rows = [json.loads(line) for line in (DATA / "retrieval_topics.jsonl").read_text().splitlines()]
    special = {row["topic"]: row for row in rows if row["topic"].startswith("_")}
    return [row for row in rows if not row["topic"].startswith("_")], special


def vary(template: str, lang: str, rng: random.Random, variation: dict[str, Any]) -> str:
    text = template.format(**{key: rng.choice(values) for key, values in variation["fill"].items()})
    prefix = rng.choice(variation["prefix"][lang])
    suffix = rng.choice(variation["suffix"][lang])
    if lang == "en" and prefix and text[:1].isupper() and not text.startswith("I "):
        text = text[0].lower() + text[1:]
    return f"{prefix}{text}{suffix}"


def build_labelled(seed: int = 7) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The labelled corpus (≥1,000 answers) and its queries (two per topic, zh and en)."""
    topics, special = load_topics()
    variation = special["_variation"]
    rng = random.Random(seed)
    corpus: list[dict[str, Any]] = []

    def add(text: str, lang: str, topic: str, kind: str) -> None:
        corpus.append({"id": f"a{len(corpus)}", "lang": lang, "topic": topic, "kind": kind,
                       "text": text})  # fmt: skip

    for topic in topics:
        for lang in ("zh", "en"):
            for template in topic["answers"][lang]:
                seen: set[str] = set()
                while len(seen) < 2:
                    text = vary(template, lang, rng, variation)
                    if text not in seen:
                        seen.add(text)
                        add(text, lang, topic["topic"], "relevant")
            for template in special["_near_miss"]["answers"][lang]:
                for _ in range(2):
                    text = vary(template.format(kw=topic["keyword"][lang]), lang, rng, variation)
                    add(text, lang, "_near_miss", "distractor")
    for lang in ("zh", "en"):
        for template in special["_filler"]["answers"][lang]:
            for _ in range(7):
                add(vary(template, lang, rng, variation), lang, "_filler", "filler")
    queries = []
    for topic in topics:
        for lang in ("zh", "en"):
            same = [a["id"] for a in corpus if a["topic"] == topic["topic"] and a["lang"] == lang]
            every = [a["id"] for a in corpus if a["topic"] == topic["topic"]]
            queries.append({"id": f"q{len(queries)}", "lang": lang, "topic": topic["topic"],
                            "text": topic["queries"][lang], "relevant": same,
                            "relevant_any_lang": every})  # fmt: skip
    return corpus, queries


def recall_at_10(vectors: np.ndarray, qvectors: np.ndarray, corpus: list[dict[str, Any]],
                 queries: list[dict[str, Any]]) -> dict[str, float]:  # fmt: skip
    """Exact nearest neighbours (cosine on unit vectors), so the figure is the embedder's alone."""
    ids = np.array([a["id"] for a in corpus])
    top = np.argsort(-(qvectors @ vectors.T), axis=1)[:, :10]
    out: dict[str, list[float]] = {"all": [], "zh": [], "en": [], "cross": []}
    for query, row in zip(queries, top, strict=True):
        found = set(ids[row])
        value = len(found & set(query["relevant"])) / min(10, len(query["relevant"]))
        out["all"].append(value)
        out[query["lang"]].append(value)
        out["cross"].append(len(found & set(query["relevant_any_lang"])) / 10)
    return {key: float(np.mean(values)) for key, values in out.items()}


def external_vectors(python: str, model: str, texts: list[str]) -> np.ndarray:
    """Embed with sentence-transformers in another interpreter (a throwaway venv)."""
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "in.json", Path(folder) / "out.npy"
        source.write_text(json.dumps(texts, ensure_ascii=False))
        code = (
            "import json,sys,numpy as np;"
            "from sentence_transformers import SentenceTransformer as S;"
            "t=json.load(open(sys.argv[2]));m=S(sys.argv[1],device='cpu');"
            "np.save(sys.argv[3],m.encode(t,batch_size=64,normalize_embeddings=True))"
        )
        subprocess.run([python, "-c", code, model, str(source), str(target)], check=True,
                       env={"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
                            "PATH": "/usr/bin:/bin"})  # fmt: skip
        return np.asarray(np.load(target), dtype=np.float32)


def quality(args: argparse.Namespace) -> dict[str, dict[str, float]]:
    corpus, queries = build_labelled()
    if args.write_data:
        for name, rows in (("corpus", corpus), ("queries", queries)):
            with (DATA / f"retrieval_{name}.jsonl").open("w", encoding="utf-8") as handle:
                handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    texts, qtexts = [a["text"] for a in corpus], [q["text"] for q in queries]
    print(f"labelled set: {len(corpus)} answers, {len(queries)} queries "
          f"({sum(a['kind'] == 'relevant' for a in corpus)} relevant, "
          f"{sum(a['kind'] != 'relevant' for a in corpus)} distractors and fillers)")  # fmt: skip
    results: dict[str, dict[str, float]] = {}
    for name, embedder in (("hashing", HashingEmbedder()),
                           ("hashing, no concepts", HashingEmbedder(concepts=False))):  # fmt: skip
        results[name] = recall_at_10(embedder.embed_array(texts), embedder.embed_array(qtexts),
                                     corpus, queries)  # fmt: skip
    if args.st_python:
        vectors = external_vectors(args.st_python, args.st_model, texts + qtexts)
        label = args.st_name or Path(args.st_model).name
        results[label] = recall_at_10(vectors[: len(texts)], vectors[len(texts) :], corpus,
                                      queries)  # fmt: skip
    print(f"\nrecall@10                {'all':>6} {'zh':>6} {'en':>6} {'cross-lingual':>14}")
    for name, r in results.items():
        print(f"{name:<24} {r['all']:6.3f} {r['zh']:6.3f} {r['en']:6.3f} {r['cross']:14.3f}")
    return results


def synthetic(n: int, seed: int = 11) -> list[Record]:
    """n realistic-looking answers with metadata, for speed only (no labels)."""
    topics, special = load_topics()
    variation = special["_variation"]
    rng = random.Random(seed)
    templates = [
        (lang, t) for topic in topics for lang in ("zh", "en") for t in topic["answers"][lang]
    ]
    templates += [(lang, t) for lang in ("zh", "en") for t in special["_filler"]["answers"][lang]]
    records = []
    for i in range(n):
        lang, template = rng.choice(templates)
        extra_lang, extra = rng.choice(templates)
        text = vary(template, lang, rng, variation)
        if rng.random() < 0.5:
            text += ("，而且" if lang == "zh" else ", and ") + vary(
                extra, extra_lang, rng, variation
            )
        meta = {"respondent_id": f"r{i // 2}", "session_id": f"s{i // 2}", "slot": "complaint",
                "lang": lang, "city": rng.choice(CITIES), "age": rng.randint(18, 75),
                "contract": rng.choice(["month_to_month", "one_year", "two_year"]),
                "created_ts": 1_700_000_000 + i}  # fmt: skip
        records.append(Record(f"m{i}", text, meta))
    return records


def speed(args: argparse.Namespace) -> tuple[float, float, float]:
    records = synthetic(args.n)
    _, queries = build_labelled()
    with tempfile.TemporaryDirectory() as folder:
        client = chromadb.PersistentClient(
            folder, settings=ChromaSettings(anonymized_telemetry=False)
        )
        store = AnswerStore(client, HashingEmbedder())
        store.open()
        start, cpu = time.perf_counter(), time.process_time()
        for i in range(0, len(records), 1000):
            batch = records[i : i + 1000]
            for record in batch:  # what index_pending adds per answer
                record.metadata["sentiment"] = sentiment(record.text)
            store.upsert(ANSWERS, batch)
            if args.verbose and (i // 1000) % 10 == 9:
                print(f"  {i + 1000} indexed, {(i + 1000) / (time.perf_counter() - start):.0f}/s")
        rate = len(records) / (time.perf_counter() - start)
        cpu_rate = len(records) / (time.process_time() - cpu)
        texts = [q["text"] for q in queries] * 4
        plain, filtered = [], []
        store.search(texts[0])  # warm
        for i, text in enumerate(texts):
            t0 = time.perf_counter()
            store.search(text, k=10)
            plain.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            store.search(text, k=10, slot="complaint", where={"city": CITIES[i % len(CITIES)]})
            filtered.append(time.perf_counter() - t0)
    with open("/proc/loadavg") as handle:  # other work on the machine skews wall-clock figures
        print(f"\nload average during the run: {handle.read().split()[0]} on 2 cores")
    p50, p50f = float(np.median(plain)) * 1000, float(np.median(filtered)) * 1000
    print(f"index: {len(records)} answers into a persistent collection at {rate:,.0f} answers/s "
          f"(hashing embedder, 512 dims, sentiment and metadata included); "
          f"{cpu_rate:,.0f} answers per CPU-second, all threads")  # fmt: skip
    print(
        f"search at {len(records):,}: p50 {p50:.1f} ms, p95 "
        f"{np.percentile(plain, 95) * 1000:.1f} ms (k=10, query embedding included)"
    )
    print(
        f"filtered search (slot + city): p50 {p50f:.1f} ms, p95 "
        f"{np.percentile(filtered, 95) * 1000:.1f} ms"
    )
    return rate, p50, p50f


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="answers for the speed figures")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--write-data", action="store_true", help="write the expanded set")
    parser.add_argument("--st-python", help="python of a venv with sentence-transformers")
    parser.add_argument("--st-model", default="all-MiniLM-L6-v2", help="model name or folder")
    parser.add_argument("--st-name", help="how to label that model in the table")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    quality(args)
    if args.skip_speed:
        return 0
    rate, p50, _ = speed(args)
    missed = []
    if rate < TARGET_RATE:
        missed.append(f"index {rate:,.0f}/s < {TARGET_RATE:,.0f}/s")
    if args.n >= 100_000 and p50 > TARGET_P50_MS:
        missed.append(f"search p50 {p50:.1f} ms > {TARGET_P50_MS:.0f} ms")
    print("\ntargets: " + ("missed: " + "; ".join(missed) if missed else "all met"))
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
