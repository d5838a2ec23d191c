"""A marketer in headless Chromium: log in with the token, read the segments, ask, search.

The database holds an imported, segmented customer table whose first persona and quote carry
markup, and three indexed open answers. The page must show the markup as text, draw its charts as
SVG without any script error or CSP violation, answer a question with a table and a chart, and
find an answer by meaning. A screenshot is saved under test-artifacts/ like the chat page's.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.loopback import LoopbackServer
from bot.storage.db import Database
from retrieval.lifecycle import LazyStore, drain
from tests.channels.seed import HOSTILE_PERSONA, HOSTILE_QUOTE, seed_segments
from tests.channels.test_browser import ARGS, ARTIFACTS, CHROMIUM
from tests.conftest import ADMIN_TOKEN

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium not installed")


@pytest.fixture
def server(settings: Settings, sqlite_db: Database) -> Iterator[str]:
    seed_segments(sqlite_db, with_answers=True)
    drain(sqlite_db, LazyStore(settings))  # the open answers, searchable before the page opens
    with LoopbackServer(settings) as running:
        yield running.url


def test_dashboard_in_a_browser(server: str) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    expect = sync_api.expect
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))

        def dialog(d: Any) -> None:  # an alert() would mean injected script ran
            errors.append(f"dialog: {d.message}")
            d.dismiss()

        page.on("dialog", dialog)
        page.goto(f"{server}/dashboard?lang=en")
        expect(page.locator("#login-form")).to_be_visible()
        assert page.locator("#dashboard").count() == 0

        page.fill("#token", "not-the-token")
        page.click("#login-form button[type=submit]")
        expect(page.locator("#login-error")).to_have_text("Wrong token.")
        assert page.locator("#dashboard").count() == 0
        assert all("401" in e for e in errors), errors  # the refused login answers 401
        errors.clear()

        page.fill("#token", ADMIN_TOKEN)
        page.click("#login-form button[type=submit]")
        expect(page.locator("#dashboard")).to_be_visible()

        # The segment overview: three cards, markup from the data shown as text.
        expect(page.locator(".segment")).to_have_count(3)
        assert page.locator("#segment-0 .persona").inner_text() == HOSTILE_PERSONA
        assert page.locator("#segment-0 .quote").first.inner_text() == HOSTILE_QUOTE
        assert page.locator("#dashboard img, #dashboard b, #dashboard script").count() == 0
        expect(page.locator("#chart-sizes svg rect.bar")).to_have_count(3)
        expect(page.locator("#chart-churn svg rect.bar-highlight")).to_have_count(1)
        expect(page.locator("#distributions svg").first).to_be_visible()
        expect(page.locator("#quality")).to_contain_text("Response quality")

        # Ask: the answer, its table and its chart.
        page.fill("#question", "which segment churns most")
        page.press("#question", "Enter")
        expect(page.locator("#ask-result")).to_be_visible(timeout=30_000)
        expect(page.locator("#ask-answer")).to_contain_text("churn")
        expect(page.locator("#ask-table tbody tr")).to_have_count(3)
        expect(page.locator("#ask-table th").first).to_have_text("segment")
        expect(page.locator("#ask-chart svg rect.bar")).to_have_count(3)
        expect(page.locator("#ask-chart svg rect.bar-highlight")).to_have_count(1)
        assert "%" in page.locator("#ask-table tbody tr").first.inner_text()
        assert "<script>" in page.locator("#ask-table tbody tr").first.inner_text()  # as text
        assert page.locator("#ask-result script, #ask-result img").count() == 0

        # Semantic search over the indexed open answers.
        page.fill("#search-query", "too expensive every month")
        page.press("#search-query", "Enter")
        expect(page.locator("#search-results .hit").first).to_be_visible(timeout=30_000)
        assert "贵" in page.locator("#search-results").inner_text()

        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

        page.click("#logout-form button")
        expect(page.locator("#login-form")).to_be_visible()
        browser.close()
    assert not errors, errors  # no CSP violations, script errors or alerts
