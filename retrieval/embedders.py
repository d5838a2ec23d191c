"""Embedders: one small interface, three implementations, each registered with Chroma.

Chroma stores an embedding function's `name()` and `get_config()` with a collection and rebuilds it
with `build_from_config` when the collection is opened without one, so registering ours means any
client that imports `retrieval` embeds queries exactly as the answers were embedded. Chroma's own
default embedder would download a model on first use; nothing here ever falls back to it.

- `hashing` (default): offline, deterministic, no model files; see `features`.
- `openai`: any OpenAI-compatible `/v1/embeddings` endpoint, batched, with the client's retries;
  text is PII-redacted first when `redact_pii` is on, as it leaves the machine.
- `sentence-transformers`: an optional extra, imported only when chosen.
"""

from __future__ import annotations

import os
from abc import abstractmethod
from typing import Any, ClassVar, Protocol, runtime_checkable

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function
from numpy.typing import NDArray

from bot.config import Settings
from retrieval.errors import RetrievalError
from retrieval.features import FEATURE_VERSION, analyze

API_KEY_VARS = ("INSIGHTBOT_LLM_API_KEY", "OPENAI_API_KEY")
KNOWN_OPENAI_DIMENSIONS = {
    "text-embedding-3-small": 1536,
    "text-embedding-3-large": 3072,
    "text-embedding-ada-002": 1536,
}


@runtime_checkable
class Embedder(Protocol):
    """What the store needs: a stable name, a vector size, and texts in, unit vectors out."""

    @staticmethod
    def name() -> str: ...

    @property
    def dimension(self) -> int: ...

    def embed(self, texts: list[str]) -> list[list[float]]: ...


class ChromaEmbedder(EmbeddingFunction[Documents]):
    """Shared plumbing: Chroma's calling convention on top of one `embed_array` method."""

    # Config keys that must match for stored vectors to be comparable with new ones.
    identity_keys: ClassVar[tuple[str, ...]] = ()

    @abstractmethod
    def embed_array(self, texts: list[str]) -> NDArray[np.float32]:
        """Unit-length float32 vectors, one row per text."""

    @property
    @abstractmethod
    def dimension(self) -> int: ...

    def embed(self, texts: list[str]) -> list[list[float]]:
        return [[float(x) for x in row] for row in self.embed_array(texts)]

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.embed_array(list(input)))

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine", "ip", "l2"]

    def identity(self) -> dict[str, Any]:
        config = self.get_config()
        return {key: config.get(key) for key in self.identity_keys}

    def describe(self) -> str:
        details = ", ".join(f"{k}={v}" for k, v in self.identity().items() if v is not None)
        return f"{self.name()} ({details})" if details else self.name()


@register_embedding_function
class HashingEmbedder(ChromaEmbedder):
    """Character n-grams, jieba words, English words and concepts, feature-hashed and normalised.

    Deterministic across processes and machines (MurmurHash3 of the feature strings), so vectors
    written by one worker match queries from another without any shared state or model file.
    """

    identity_keys = ("dimension", "concepts", "version")

    def __init__(self, dimension: int = 512, concepts: bool = True) -> None:
        from sklearn.feature_extraction import FeatureHasher

        self._dimension = dimension
        self.concepts = concepts
        self._hasher = FeatureHasher(n_features=dimension, input_type="dict", alternate_sign=True)

    @staticmethod
    def name() -> str:
        return "insightbot-hashing"

    @property
    def dimension(self) -> int:
        return self._dimension

    def embed_array(self, texts: list[str]) -> NDArray[np.float32]:
        if not texts:
            return np.zeros((0, self._dimension), dtype=np.float32)
        matrix = self._hasher.transform(analyze(t, concepts=self.concepts) for t in texts)
        dense = np.asarray(matrix.toarray(), dtype=np.float32)
        norms = np.linalg.norm(dense, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        if empty.any():  # no features at all (emoji, punctuation): a fixed unit vector
            dense[empty, 0] = 1.0
            norms[empty] = 1.0
        return dense / norms

    def get_config(self) -> dict[str, Any]:
        return {"dimension": self._dimension, "concepts": self.concepts, "version": FEATURE_VERSION}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> HashingEmbedder:
        return HashingEmbedder(int(config.get("dimension", 512)), bool(config.get("concepts", 1)))


def _api_key(explicit: str | None) -> str | None:
    return explicit or next((os.environ[v] for v in API_KEY_VARS if os.environ.get(v)), None)


@register_embedding_function
class OpenAIEmbedder(ChromaEmbedder):
    """An OpenAI-compatible embeddings endpoint; the key is never stored in the collection."""

    identity_keys = ("model", "dimensions")

    def __init__(
        self,
        model: str = "text-embedding-3-small",
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        dimensions: int | None = None,
        batch_size: int = 128,
        max_retries: int = 3,
        timeout: float = 30.0,
        redact: bool = True,
    ) -> None:
        import openai

        key = _api_key(api_key)
        if not key:
            raise RetrievalError(
                "the openai embedder needs an API key: set INSIGHTBOT_LLM_API_KEY "
                "(and INSIGHTBOT_LLM_BASE_URL for a compatible server)"
            )
        self.model = model
        self.base_url = base_url
        self.dimensions = dimensions
        self.batch_size = batch_size
        self.redact = redact
        self._client = openai.OpenAI(
            api_key=key, base_url=base_url, max_retries=max_retries, timeout=timeout
        )
        self._dimension = dimensions or KNOWN_OPENAI_DIMENSIONS.get(model)

    @staticmethod
    def name() -> str:
        return "insightbot-openai"

    @property
    def dimension(self) -> int:
        if self._dimension is None:  # an unknown model: ask once
            self._dimension = int(self.embed_array(["dimension probe"]).shape[1])
        return self._dimension

    def _prepare(self, texts: list[str]) -> list[str]:
        if self.redact:
            from bot.privacy.redact import redact

            texts = [redact(t).text for t in texts]
        return [t if t.strip() else " " for t in texts]  # the API rejects empty strings

    def embed_array(self, texts: list[str]) -> NDArray[np.float32]:
        import openai

        rows: list[list[float]] = []
        prepared = self._prepare(texts)
        for start in range(0, len(prepared), self.batch_size):
            batch = prepared[start : start + self.batch_size]
            kwargs: dict[str, Any] = {
                "model": self.model,
                "input": batch,
                "encoding_format": "float",
            }
            if self.dimensions:
                kwargs["dimensions"] = self.dimensions
            try:
                response = self._client.embeddings.create(**kwargs)
            except openai.OpenAIError as exc:
                raise RetrievalError(f"embedding request failed: {exc}") from None
            data = sorted(response.data, key=lambda item: item.index)
            if len(data) != len(batch):
                raise RetrievalError(
                    f"embedding endpoint returned {len(data)} vectors for {len(batch)} texts"
                )
            rows.extend(list(item.embedding) for item in data)
        if not rows:
            return np.zeros((0, self._dimension or 0), dtype=np.float32)
        array = np.asarray(rows, dtype=np.float32)
        norms = np.linalg.norm(array, axis=1, keepdims=True)
        self._dimension = int(array.shape[1])
        return np.asarray(array / np.where(norms == 0, 1.0, norms), dtype=np.float32)

    def get_config(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "base_url": self.base_url,
            "dimensions": self.dimensions,
            "api_key_env_var": API_KEY_VARS[0],
        }

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> OpenAIEmbedder:
        return OpenAIEmbedder(
            str(config.get("model") or "text-embedding-3-small"),
            base_url=config.get("base_url"),
            dimensions=config.get("dimensions"),
            api_key=os.environ.get(str(config.get("api_key_env_var") or API_KEY_VARS[0])),
        )


@register_embedding_function
class SentenceTransformerEmbedder(ChromaEmbedder):
    """A local sentence-transformers model (a name in the local cache or a folder path)."""

    identity_keys = ("model",)

    def __init__(self, model: str = "all-MiniLM-L6-v2", *, batch_size: int = 64) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise RetrievalError(
                "the sentence-transformers embedder is an optional extra: "
                "pip install 'insightbot[sentence-transformers]'"
            ) from None
        self.model = model
        self.batch_size = batch_size
        try:
            self._model = SentenceTransformer(model)
        except Exception as exc:  # missing folder, no cached copy while offline
            raise RetrievalError(
                f"cannot load sentence-transformers model {model!r}: {exc}"
            ) from None

    @staticmethod
    def name() -> str:
        return "insightbot-sentence-transformers"

    @property
    def dimension(self) -> int:
        return int(self._model.get_sentence_embedding_dimension() or 0)

    def embed_array(self, texts: list[str]) -> NDArray[np.float32]:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)

    def get_config(self) -> dict[str, Any]:
        return {"model": self.model}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> SentenceTransformerEmbedder:
        return SentenceTransformerEmbedder(str(config.get("model") or "all-MiniLM-L6-v2"))


def build_embedder(settings: Settings) -> ChromaEmbedder:
    """The embedder `INSIGHTBOT_EMBEDDER` names, configured from the same settings object."""
    if settings.embedder == "openai":
        return OpenAIEmbedder(
            settings.embedding_model or "text-embedding-3-small",
            base_url=settings.llm_base_url,
            api_key=settings.llm_api_key.get_secret_value() if settings.llm_api_key else None,
            redact=settings.redact_pii,
        )
    if settings.embedder == "sentence-transformers":
        return SentenceTransformerEmbedder(settings.embedding_model or "all-MiniLM-L6-v2")
    return HashingEmbedder()
