"""Retrieval benchmark: recall@10 on a labelled zh/en set, index throughput, search latency.

    uv run --frozen python benchmarks/answer_search.py            # all figures (about four minutes)
    uv run --frozen python benchmarks/answer_search.py --check    # exit 1 when a target is missed
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

Speed: `--n` synthetic answers (100,000) indexed in batches of `UPSERT_BATCH` into a persistent
collection, the embedding alone timed again with cold caches to split the time; then every query
twice, unfiltered and with each kind in `FILTER_KINDS` (the rare one included), timed with the
query embedding and nothing cached; then the same filters through Chroma's own `where`, timed
apart, and both compared with exact filtered search. Load averages are printed with the figures.
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

from retrieval import filters  # noqa: E402
from retrieval.embedders import HashingEmbedder  # noqa: E402
from retrieval.features import clear_caches, jieba_cache_info, sentiment  # noqa: E402
from retrieval.store import ANSWERS, UPSERT_BATCH, AnswerStore, Record, combine_where  # noqa: E402

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


SLOTS = [("complaint", 0.6), ("reason", 0.25), ("suggestion", 0.15)]


def synthetic(n: int, seed: int = 11) -> list[Record]:
    """n realistic-looking answers with metadata, for speed only (no labels)."""
    topics, special = load_topics()
    variation = special["_variation"]
    rng = random.Random(seed)
    slots = random.Random(seed + 1)  # its own stream: the texts stay those of earlier runs
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
        slot = slots.choices([s for s, _ in SLOTS], [w for _, w in SLOTS])[0]
        meta = {"respondent_id": f"r{i // 2}", "session_id": f"s{i // 2}", "slot": slot,
                "lang": lang, "city": rng.choice(CITIES), "age": rng.randint(18, 75),
                "contract": rng.choice(["month_to_month", "one_year", "two_year"]),
                "created_ts": 1_700_000_000 + i}  # fmt: skip
        records.append(Record(f"m{i}", text, meta))
    return records


# Filter kinds searched at every query: (label, slot, where for the i-th query, typical?). The
# rare one is printed too, so the figures are not only the filters the post-filter is good at.
FILTER_KINDS: list[tuple[str, str | None, Any, bool]] = [
    ("slot=complaint", "complaint", lambda i: None, True),
    ("city=<one of 8>", None, lambda i: {"city": CITIES[i % 8]}, True),
    ("age>=30", None, lambda i: {"age": {"$gte": 30}}, True),
    ("slot+city+age>=30", "complaint",
     lambda i: {"$and": [{"city": CITIES[i % 8]}, {"age": {"$gte": 30}}]}, True),
    ("city+age>=70 (rare)", None,
     lambda i: {"$and": [{"city": CITIES[i % 8]}, {"age": {"$gte": 70}}]}, False),
]  # fmt: skip


def _load() -> str:
    with open("/proc/loadavg") as handle:  # other work on the machine skews wall-clock figures
        return handle.read().split()[0]


def _ms(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) * 1000


def speed(args: argparse.Namespace) -> dict[str, Any]:
    records = synthetic(args.n)
    _, queries = build_labelled()
    texts = [q["text"] for q in queries]
    meta = {key: np.array([r.metadata[key] for r in records]) for key in ("slot", "city", "age")}
    clear_caches()
    out: dict[str, Any] = {"loads": [_load()]}
    with tempfile.TemporaryDirectory() as folder:
        client = chromadb.PersistentClient(
            folder, settings=ChromaSettings(anonymized_telemetry=False)
        )
        store = AnswerStore(client, HashingEmbedder())
        store.open()
        start, cpu = time.perf_counter(), time.process_time()
        for i in range(0, len(records), UPSERT_BATCH):
            batch = records[i : i + UPSERT_BATCH]
            for record in batch:  # what index_pending adds per answer
                record.metadata["sentiment"] = sentiment(record.text)
            store.upsert(ANSWERS, batch)
            if args.verbose and (i + UPSERT_BATCH) % 10_000 == 0:
                done = i + UPSERT_BATCH
                print(f"  {done} indexed, {done / (time.perf_counter() - start):.0f}/s")
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
        out["loads"].append(_load())
        cache = jieba_cache_info()
        clear_caches()  # the embedding alone, as cold as it was while indexing
        t0 = time.perf_counter()
        vectors = HashingEmbedder().embed_array([r.text for r in records])
        embed_seconds = time.perf_counter() - t0
        qvectors = store.embedder.embed_array(texts)
        scores = qvectors @ vectors.T  # exact cosine, for the ground truth
        answers = store.collection(ANSWERS)
        fell_back: list[bool] = []
        real = filters.filtered_query

        def counted(*a: Any) -> Any:
            found = real(*a)
            fell_back.append(found is None)
            return found

        filters.filtered_query = counted  # type: ignore[assignment]
        store.search(texts[0])  # warm
        plain, exact_hits = [], 0
        for rnd in range(2):
            for i, text in enumerate(texts):
                t0 = time.perf_counter()
                hits = store.search(text, k=10)
                plain.append(time.perf_counter() - t0)
                if rnd == 0:
                    exact_hits += _found([h.id for h in hits], scores[i], None)[0]
        kinds = []
        for label, slot, where, typical in FILTER_KINDS:
            fell_back.clear()
            timed, own_timed, same, ours_exact, own_exact, wanted = [], [], 0, 0, 0, 0
            first: list[list[str]] = []
            for rnd in range(2):  # timed on their own: Chroma's scans below would disturb them
                for i, text in enumerate(texts):
                    t0 = time.perf_counter()
                    hits = store.search(text, k=10, slot=slot, where=where(i))
                    timed.append(time.perf_counter() - t0)
                    if not rnd:
                        first.append([h.id for h in hits])
            for i, ours in enumerate(first):  # the same filters by Chroma's own `where`
                mask = _mask(meta, slot, where(i))
                clause = combine_where({"slot": slot} if slot else None, where(i))
                t0 = time.perf_counter()
                own = answers.query(query_embeddings=qvectors[i : i + 1], n_results=10,
                                    where=clause, include=[])["ids"][0]  # fmt: skip
                own_timed.append(time.perf_counter() - t0)
                same += len(set(ours) & set(own))
                found, want = _found(ours, scores[i], mask)
                ours_exact += found
                own_exact += _found(own, scores[i], mask)[0]
                wanted += want
            kinds.append({"label": label, "typical": typical, "pass": float(mask.mean()),
                          "p50": _ms(timed, 50), "p95": _ms(timed, 95),
                          "own_p50": _ms(own_timed, 50), "own_p95": _ms(own_timed, 95),
                          "same": same / max(1, wanted), "recall": ours_exact / max(1, wanted),
                          "own_recall": own_exact / max(1, wanted),
                          "fell_back": sum(fell_back) / max(1, len(fell_back))})  # fmt: skip
        filters.filtered_query = real  # type: ignore[assignment]
    out["loads"].append(_load())
    n = len(records)
    out.update(rate=n / seconds, cpu_rate=n / cpu_seconds, p50=_ms(plain, 50), kinds=kinds)
    print(f"\nload average (1 min) before indexing / after indexing / after searching: "
          f"{' / '.join(out['loads'])} on 2 cores")  # fmt: skip
    print(f"index: {n:,} answers into a persistent collection at {out['rate']:,.0f} answers/s "
          f"wall, {out['cpu_rate']:,.0f} per CPU-second (hashing, 512 dims, sentiment and "
          f"{len(records[0].metadata)} metadata keys, batches of {UPSERT_BATCH:,})")  # fmt: skip
    print(f"  of the {seconds:.0f} s: embedding alone (cold caches) {embed_seconds:.0f} s "
          f"({n / embed_seconds:,.0f}/s; jieba block cache hit "
          f"{cache.hits / max(1, cache.hits + cache.misses):.0%} of blocks on this synthetic set), "
          f"the rest Chroma's write")  # fmt: skip
    print(f"search at {n:,}, k=10, query embedding included (96 searches per row):")
    print(f"  {'unfiltered':<22} p50 {out['p50']:6.1f} ms  p95 {_ms(plain, 95):6.1f} ms  "
          f"recall vs exact {exact_hits / (10 * len(texts)):.3f}")  # fmt: skip
    print(f"  {'filter':<22} {'pass':>5} {'p50':>8} {'p95':>8}  {'Chroma where p50/p95':>21}  "
          f"{'same ids':>8} {'recall: ours / where':>20} {'to where':>8}")  # fmt: skip
    for k in kinds:
        print(f"  {k['label']:<22} {k['pass']:5.1%} {k['p50']:6.1f}ms {k['p95']:6.1f}ms  "
              f"{k['own_p50']:9.1f} / {k['own_p95']:6.1f} ms  {k['same']:8.3f} "
              f"{k['recall']:10.3f} / {k['own_recall']:.3f} {k['fell_back']:8.0%}")  # fmt: skip
    return out


def _mask(meta: dict[str, np.ndarray], slot: str | None, where: Any) -> np.ndarray:
    """Which synthetic answers a benchmark filter keeps, computed without `retrieval.filters`."""
    keep = np.ones(len(meta["slot"]), dtype=bool)
    if slot:
        keep &= meta["slot"] == slot
    for clause in (where or {}).get("$and", [where] if where else []):
        for key, value in clause.items():
            keep &= meta[key] >= value["$gte"] if isinstance(value, dict) else meta[key] == value
    return keep


def _found(ids: list[str], scores: np.ndarray, mask: np.ndarray | None) -> tuple[int, int]:
    """(how many of `ids` are among the exact ten nearest, how many there are to find).

    Many synthetic answers share a text, so the exact ten nearest often tie with the eleventh:
    an id counts when its exact score reaches the tenth best score (among those `mask` keeps).
    """
    ranked = np.where(mask, scores, -np.inf) if mask is not None else scores
    tenth = np.partition(ranked, -10)[-10]
    wanted = min(10, int(np.isfinite(ranked).sum()))
    if not np.isfinite(tenth):
        tenth = ranked[np.isfinite(ranked)].min()
    return sum(1 for i in ids if ranked[int(i[1:])] >= tenth - 1e-5), wanted


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
    out = speed(args)
    missed = []
    if out["rate"] < TARGET_RATE:
        missed.append(f"index {out['rate']:,.0f}/s < {TARGET_RATE:,.0f}/s")
    if args.n >= 100_000:
        for label, p50 in [("unfiltered", out["p50"])] + [
            (k["label"], k["p50"]) for k in out["kinds"] if k["typical"]
        ]:
            if p50 > TARGET_P50_MS:
                missed.append(f"search p50 ({label}) {p50:.1f} ms > {TARGET_P50_MS:.0f} ms")
    print("\ntargets: " + ("missed: " + "; ".join(missed) if missed else "all met"))
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
