"""Errors a user can cause and fix; commands print them as one line, the API as a 4xx/5xx detail."""

from __future__ import annotations


class RetrievalError(RuntimeError):
    """Search or indexing cannot run as configured; the message says what to change."""


class EmbedderMismatch(RetrievalError):
    """A collection was built with another embedder than the one configured now."""
