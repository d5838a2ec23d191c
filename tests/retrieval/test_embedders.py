"""Embedders: the offline one's quality properties, the OpenAI one over real HTTP, registration."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import numpy as np
import pytest
from chromadb.utils.embedding_functions import known_embedding_functions

from bot.config import Settings
from retrieval.embedders import (
    Embedder,
    HashingEmbedder,
    OpenAIEmbedder,
    SentenceTransformerEmbedder,
    build_embedder,
)
from retrieval.errors import RetrievalError
from retrieval.features import analyze, sentiment
from tests.retrieval.fake_embeddings import DIMENSION, FakeEmbeddings, fake_vector, running


def cosine(embedder: HashingEmbedder, a: str, b: str) -> float:
    va, vb = embedder.embed_array([a, b])
    return float(va @ vb)


@pytest.fixture(scope="module")
def hashing() -> HashingEmbedder:
    return HashingEmbedder()


def test_hashing_vectors_are_unit_length_and_fixed_size(hashing: HashingEmbedder) -> None:
    vectors = hashing.embed(["网速太慢了", "too expensive", "", "🙂🙂"])
    assert len(vectors) == 4 and all(len(v) == 512 for v in vectors)
    assert np.allclose(np.linalg.norm(np.array(vectors), axis=1), 1.0, atol=1e-5)
    assert isinstance(hashing, Embedder)


def test_hashing_is_deterministic_across_processes(hashing: HashingEmbedder) -> None:
    """Workers embed answers and queries separately: the same text must give the same vector."""
    code = (
        "from retrieval.embedders import HashingEmbedder;"
        "v = HashingEmbedder().embed_array(['晚上网速很慢 the wifi drops'])[0];"
        "print(list(v.nonzero()[0]))"
    )
    other = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    mine = list(hashing.embed_array(["晚上网速很慢 the wifi drops"])[0].nonzero()[0])
    assert other == str(mine)


@pytest.mark.parametrize(
    ("query", "paraphrase", "unrelated"),
    [
        ("价格太贵", "每个月月租要两百多，太不划算了", "晚上网速很慢，视频一直缓冲"),
        ("网速太慢", "晚上看视频一直转圈加载不出来", "客服态度很差，打电话没人理"),
        ("客服态度差", "打人工热线排队半小时，接通了还敷衍我", "每个月月租太贵了"),
        (
            "too expensive",
            "the monthly fee costs way more than it is worth",
            "my wifi drops at night",
        ),
        (
            "internet is slow",
            "pages take forever to load and videos keep buffering",
            "the bill is wrong",
        ),
        ("price too high", "价格太贵了", "信号很差"),  # across languages, through concepts
    ],
)
def test_paraphrases_are_closer_than_unrelated_answers(
    hashing: HashingEmbedder, query: str, paraphrase: str, unrelated: str
) -> None:
    assert cosine(hashing, query, paraphrase) > cosine(hashing, query, unrelated)


def test_negation_separates_opposite_answers(hashing: HashingEmbedder) -> None:
    assert "c:price+" in analyze("太贵了") and "c:price-" in analyze("价格不贵")
    assert "c:price+" in analyze("不划算") and "c:price-" in analyze("挺划算的")
    assert "c:speed-" in analyze("the internet is not slow at all")
    assert cosine(hashing, "太贵了", "真的很贵") > cosine(hashing, "太贵了", "一点都不贵")


def test_latin_words_do_not_match_inside_other_words() -> None:
    assert "c:latency" not in analyze("the signal keeps dropping")  # 'ping' inside 'dropping'
    assert "c:latency" in analyze("ping is over 200 in games")


def test_sentiment_lexicon_and_negation() -> None:
    assert sentiment("服务很好，很满意") > 0
    assert sentiment("太差了，非常失望") < 0
    assert sentiment("not good at all") < 0
    assert sentiment("一般") == 0.0


def test_the_concept_ablation_changes_the_config(hashing: HashingEmbedder) -> None:
    plain = HashingEmbedder(concepts=False)
    assert plain.identity() != hashing.identity()
    assert not any(key.startswith("c:") for key in analyze("太贵了", concepts=False))


def test_embedders_are_registered_with_chroma(hashing: HashingEmbedder) -> None:
    for cls in (HashingEmbedder, OpenAIEmbedder, SentenceTransformerEmbedder):
        assert known_embedding_functions[cls.name()] is cls
    rebuilt = HashingEmbedder.build_from_config(HashingEmbedder(256, False).get_config())
    assert rebuilt.dimension == 256 and rebuilt.concepts is False
    assert np.allclose(hashing(["太贵"])[0], hashing.embed_array(["太贵"])[0])


def test_build_embedder_follows_settings(tmp_path: object) -> None:
    assert isinstance(build_embedder(Settings()), HashingEmbedder)


# --------------------------------------------------------------------------- OpenAI-compatible


@pytest.fixture
def fake() -> FakeEmbeddings:
    return FakeEmbeddings()


@pytest.fixture
def base_url(fake: FakeEmbeddings) -> Iterator[str]:
    with running(fake) as url:
        yield url


def test_openai_embedder_batches_and_keeps_order(fake: FakeEmbeddings, base_url: str) -> None:
    embedder = OpenAIEmbedder(
        "fake-embed", base_url=base_url, api_key="sk-test", batch_size=4, redact=False
    )
    texts = [f"answer {i}" for i in range(10)]
    vectors = embedder.embed_array(texts)
    assert [len(body["input"]) for body in fake.history] == [4, 4, 2]
    expected = np.array([fake_vector(t) for t in texts])
    expected /= np.linalg.norm(expected, axis=1, keepdims=True)
    assert np.allclose(vectors, expected, atol=1e-6)
    assert embedder.dimension == DIMENSION
    assert all(body["model"] == "fake-embed" for body in fake.history)


def test_openai_embedder_retries_server_errors(fake: FakeEmbeddings, base_url: str) -> None:
    fake.fail(500, times=2)
    embedder = OpenAIEmbedder("fake-embed", base_url=base_url, api_key="sk-test", max_retries=3)
    assert embedder.embed_array(["hello"]).shape == (1, DIMENSION)
    assert len(fake.history) == 3


def test_openai_embedder_reports_a_lasting_failure(fake: FakeEmbeddings, base_url: str) -> None:
    fake.fail(401, times=5)
    embedder = OpenAIEmbedder("fake-embed", base_url=base_url, api_key="sk-bad", max_retries=2)
    with pytest.raises(RetrievalError, match="embedding request failed"):
        embedder.embed_array(["hello"])
    assert len(fake.history) == 1  # an auth error is not retried


def test_openai_embedder_redacts_pii_before_sending(fake: FakeEmbeddings, base_url: str) -> None:
    embedder = OpenAIEmbedder("fake-embed", base_url=base_url, api_key="sk-test")
    embedder.embed_array(["打13812345678找我，网速太慢", ""])
    sent = fake.history[0]["input"]
    assert "13812345678" not in sent[0] and "网速太慢" in sent[0]
    assert sent[1] == " "  # empty strings are rejected by the real API


def test_openai_embedder_config_never_holds_the_key(base_url: str) -> None:
    embedder = OpenAIEmbedder("fake-embed", base_url=base_url, api_key="sk-secret")
    assert "sk-secret" not in str(embedder.get_config())


def test_openai_embedder_needs_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("INSIGHTBOT_LLM_API_KEY", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(RetrievalError, match="INSIGHTBOT_LLM_API_KEY"):
        build_embedder(Settings(embedder="openai"))


def test_sentence_transformers_is_optional() -> None:
    try:
        import sentence_transformers  # noqa: F401
    except ImportError:
        with pytest.raises(RetrievalError, match=r"insightbot\[sentence-transformers\]"):
            build_embedder(Settings(embedder="sentence-transformers"))
    else:
        pytest.skip("sentence-transformers is installed here")
