"""A real browser (headless Chromium) takes the whole survey on the chat page.

Consent by button, answers typed and clicked, the closing summary, then a reload that must show the
finished conversation. A screenshot of the end state is saved under test-artifacts/. The browser is
Debian's `chromium` package driven by Playwright; without it the test is skipped, not failed.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from bot.app import create_app
from bot.brains.offline import OfflineBrain
from bot.config import Settings
from bot.engine import Engine
from bot.loopback import free_port
from bot.storage.db import Database

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium not installed")


@pytest.fixture
def server(settings: Settings, sqlite_db: Database) -> Iterator[str]:
    port = free_port()
    example = Path(__file__).resolve().parents[2] / "examples" / "org.yaml"
    if example.is_file():  # so /privacy serves the generated notice, inline stylesheet and all
        settings.ensure_home()
        (settings.home / "org.yaml").write_text(example.read_text(encoding="utf-8"), "utf-8")
    app = create_app(settings, Engine(sqlite_db, settings, OfflineBrain()))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


def test_full_survey_in_a_browser(server: str) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844})  # a phone
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{server}/s/customer_profile?lang=en")
        bot = page.locator(".msg-out")
        expect = sync_api.expect

        expect(bot.first).to_contain_text("privacy notice", timeout=10_000)
        expect(page.locator(".consent-note a")).to_have_attribute(
            "href", "/privacy/customer_profile?lang=en"
        )

        def click(label: str) -> None:
            count = bot.count()
            page.locator(".option", has_text=label).first.click()
            expect(bot).to_have_count(count + 1)

        def type_answer(text: str) -> None:
            count = bot.count()
            page.fill("#text", text)
            page.press("#text", "Enter")
            expect(bot).to_have_count(count + 1)

        click("Yes")  # consent
        type_answer("<b>not bold</b>")  # not a name: a clarification
        type_answer("Ann")
        type_answer("30")
        click("Female")
        type_answer("Berlin")
        click("Yes")
        click("No")
        type_answer("two years")
        click("One year")
        click("Fiber optic")
        type_answer("about 80 a month")
        click("Credit card")
        click("5")
        click("Stay")
        type_answer("music and travel")
        expect(page.locator("#finished")).to_be_visible()
        summary = bot.last.inner_text()
        assert "Berlin" in summary and "Fiber optic" in summary
        assert page.locator(".msg-in b").count() == 0  # typed markup stayed text
        assert page.locator(".msg-in").nth(1).inner_text() == "<b>not bold</b>"

        page.reload()
        expect(page.locator("#finished")).to_be_visible()
        expect(page.locator(".msg-out").last).to_contain_text("Berlin")
        assert page.locator(".msg-in").count() == 16
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "web_chat_finished.png"), full_page=False)

        with page.expect_popup() as popup:  # the privacy notice opens in a new tab
            page.locator("#privacy-link").click()
        notice = popup.value
        notice.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        notice.wait_for_load_state()
        assert "privacy" in notice.title().lower()
        browser.close()
    assert not errors, errors  # no CSP violations or script errors
