"""Semantic quotes for text questions: the retrieval store, limited to the respondents in scope."""

from __future__ import annotations

import logging

from analytics.ask.themes import Searcher
from bot.config import Settings

log = logging.getLogger(__name__)
SEARCH_DEPTH = 200


def searcher_for(settings: Settings) -> Searcher:
    """A searcher that opens the store on first use; if it cannot, text answers fall back to
    keyword-picked quotes instead of failing the question."""
    state: dict[str, object] = {}

    def search(
        query: str, inside: set[str], column: str | None
    ) -> list[tuple[str, str, str | None, float]]:
        from retrieval.errors import RetrievalError  # Chroma loads with the first text question
        from retrieval.store import AnswerStore

        store = state.get("store")
        if store is None:
            try:
                store = AnswerStore.from_settings(settings)
            except RetrievalError as exc:
                log.warning("semantic quotes unavailable: %s", exc)
                return []
            state["store"] = store
        assert isinstance(store, AnswerStore)
        try:
            hits = store.search(query, k=SEARCH_DEPTH, slot=column)
        except RetrievalError as exc:
            log.warning("semantic quotes unavailable: %s", exc)
            return []
        return [
            (hit.respondent_id, hit.text, hit.slot, round(hit.score, 4))
            for hit in hits
            if hit.respondent_id in inside
        ]

    return search
