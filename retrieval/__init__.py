"""Semantic search over open answers: embedders, the Chroma store and the indexing queue.

Importing the package registers the embedders with Chroma, so collections built here reopen with
the embedder that built them.
"""

from retrieval.embedders import (
    ChromaEmbedder,
    Embedder,
    HashingEmbedder,
    OpenAIEmbedder,
    SentenceTransformerEmbedder,
    build_embedder,
)
from retrieval.errors import EmbedderMismatch, RetrievalError
from retrieval.indexing import index_pending, rebuild, refresh_respondents
from retrieval.store import ANSWERS, PROFILES, AnswerStore, Hit, Record, parse_where

__all__ = [
    "ANSWERS",
    "PROFILES",
    "AnswerStore",
    "ChromaEmbedder",
    "EmbedderMismatch",
    "Embedder",
    "HashingEmbedder",
    "Hit",
    "OpenAIEmbedder",
    "Record",
    "RetrievalError",
    "SentenceTransformerEmbedder",
    "build_embedder",
    "index_pending",
    "parse_where",
    "rebuild",
    "refresh_respondents",
]
