"""The cached feature extraction gives exactly the features of the uncached one.

`features` runs jieba per block behind a cache and caches stems and character n-grams per word
(for indexing speed); vectors must not change, or collections built before would no longer match
queries embedded after (FEATURE_VERSION was not bumped for this).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import pytest

from retrieval import features
from retrieval.embedders import HashingEmbedder
from retrieval.features import _char_grams, _family, _jieba_words, _tokenizer, analyze, lexicon

TOPICS = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "retrieval_topics.jsonl"
TRICKY = [
    "网速太慢了，晚上根本打不开视频",
    "价格太贵 wifi老是断 4G信号差!!",
    "套餐A+B不划算 50%的流量用不完 3.5元/GB",
    "㐀㐁 rare ext-A characters 鿕鿖 and 龥",  # outside jieba's block range, inside ours
    "客服\r\n态度\t不好  ，，。。",
    "I can't stop-paying; it's 10x too expensive",
    "",
    "😀👍",
    "中文English混合mixed文本text",
]


def _texts() -> list[str]:
    texts = list(TRICKY)
    for line in TOPICS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for value in (row.get("answers") or {}).values():
            texts.extend(str(t) for t in value)
        texts.extend(str(q) for q in (row.get("queries") or {}).values())
    return [t for t in texts if "{" not in t] + [t.replace("{", "").replace("}", "") for t in texts]


def _reference_jieba(text: str) -> Counter[str]:
    stop = lexicon().stop_zh
    return Counter(
        w
        for w in _tokenizer().lcut(text, HMM=False)
        if features._HAS_CJK.search(w) and w not in stop
    )


def _reference_family(counts: Counter[str], prefix: str) -> dict[str, float]:
    scaled = {key: 1.0 + math.log(n) for key, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in scaled.values()))
    weight = features.WEIGHTS[prefix] / norm
    return {f"{prefix}:{k}": v * weight for k, v in scaled.items()}


def test_jieba_by_block_equals_jieba_on_the_whole_text() -> None:
    texts = _texts()
    assert len(texts) > 200
    for text in texts:
        normal = features.normalize(text)
        assert _jieba_words(normal, lexicon().stop_zh) == _reference_jieba(normal), text


def test_char_grams_and_family_weights_are_unchanged() -> None:
    for token in ["a", "ab", "charges", "can't", "10x"]:
        padded = f"<{token}>"
        expected = [padded[i : i + n] for n in (3, 4) for i in range(len(padded) - n + 1)]
        assert list(_char_grams(token)) == expected
    counts = Counter({"x": 1, "y": 2, "z": 63, "w": 64, "v": 500})
    out: dict[str, float] = {}
    _family(counts, "g", out)
    assert out == _reference_family(counts, "g")  # exactly equal floats, same order
    assert list(out) == list(_reference_family(counts, "g"))


def _reference_analyze(text: str, concepts: bool) -> dict[str, float]:
    """`features.analyze` as it was before the caches (FEATURE_VERSION 1)."""
    lex = lexicon()
    text = features.normalize(text)
    stems = [features.stem(t) for t in features._LATIN.findall(text)]
    content = [s for s in stems if s not in lex.stop_en]
    z2: Counter[str] = Counter()
    z3: Counter[str] = Counter()
    for run in features._CJK.findall(text):
        z2.update(run[i : i + 2] for i in range(len(run) - 1))
        z3.update(run[i : i + 3] for i in range(len(run) - 2))
        if len(run) == 1 and run not in lex.stop_zh:
            z2[run] += 1
    zw = _reference_jieba(text) if z2 else Counter()
    grams: Counter[str] = Counter()
    for token in content:
        padded = f"<{token}>"
        for n in (3, 4):
            grams.update(padded[i : i + n] for i in range(len(padded) - n + 1))
    out: dict[str, float] = {}
    bigrams = Counter(f"{a} {b}" for a, b in zip(content, content[1:], strict=False))
    families = [(z2, "z2"), (z3, "z3"), (zw, "zw"), (Counter(content), "w"), (bigrams, "b"),
                (grams, "g")]  # fmt: skip
    if concepts:
        families.insert(0, (features._concepts(text, stems, lex), "c"))
    for counts, prefix in families:
        if counts:
            out.update(_reference_family(counts, prefix))
    return out


@pytest.mark.parametrize("concepts", [True, False])
def test_features_equal_the_uncached_ones_cold_and_warm(concepts: bool) -> None:
    texts = _texts()
    expected = [_reference_analyze(t, concepts) for t in texts]
    features.clear_caches()
    assert [analyze(t, concepts=concepts) for t in texts] == expected  # cold caches
    assert [analyze(t, concepts=concepts) for t in texts] == expected  # warm
    assert features.jieba_cache_info().hits > 0
    embedder = HashingEmbedder(concepts=concepts)
    assert (embedder.embed_array(texts) == embedder.embed_array(list(reversed(texts)))[::-1]).all()
