"""The web chat page: rendering, signed links, cookie sessions, resuming, escaping, hardening."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bot.brains.offline import OfflineBrain
from bot.channels.web_links import LinkError, signed_path, verify_link
from bot.config import Settings
from bot.engine import Engine
from bot.storage.db import Database
from tests.channels.conftest import count_rows, make_client

JSON = {"Content-Type": "application/json"}


@pytest.fixture
def client(settings: Settings, sqlite_db: Database) -> Iterator[TestClient]:
    with make_client(settings, sqlite_db) as c:
        yield c


def _start(client: TestClient, survey: str = "customer_profile", **body: str) -> dict:
    response = client.post(f"/s/{survey}/session", json={"lang": "en", **body})
    assert response.status_code == 200, response.text
    return response.json()


def _say(client: TestClient, text: str, survey: str = "customer_profile") -> dict:
    response = client.post(f"/s/{survey}/messages", json={"text": text})
    assert response.status_code == 200, response.text
    return response.json()


def test_home_redirects_to_the_default_survey(client: TestClient) -> None:
    response = client.get("/?lang=en", follow_redirects=False)
    assert response.status_code == 307
    assert response.headers["location"] == "/s/customer_profile?lang=en"


def test_page_renders_without_inline_script(client: TestClient) -> None:
    response = client.get("/s/customer_profile?lang=en")
    assert response.status_code == 200
    html = response.text
    assert '<html lang="en">' in html and "Type your answer" in html
    assert 'href="/privacy/customer_profile?lang=en"' in html
    for tag in re.findall(r"<script[^>]*>", html):
        assert 'src="/static/' in tag or 'type="application/json"' in tag, tag
    assert not re.search(r"<[^>]+\son\w+\s*=", html)  # no onclick= or other inline handlers
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert client.get("/static/chat.js").status_code == 200
    assert client.get("/static/chat.css").headers["content-type"].startswith("text/css")


def test_page_language_follows_the_respondent(client: TestClient) -> None:
    assert "输入你的回答" in client.get("/s/customer_profile").text  # zh by default
    english = client.get("/s/customer_profile", headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert "Type your answer" in english.text
    _start(client, lang="en")
    _say(client, "yes")
    body = _say(client, "我叫小明，请用中文")  # the respondent switches language mid-survey
    assert body["lang"] == "zh"
    assert '<html lang="zh-CN">' in client.get("/s/customer_profile?lang=en").text


def test_unknown_survey_is_404(client: TestClient) -> None:
    assert client.get("/s/no_such_survey").status_code == 404
    assert client.get("/s/..%2Fetc").status_code == 404
    assert client.post("/s/no_such_survey/session", json={}).status_code == 404


def test_session_cookie_is_httponly_and_lax(client: TestClient) -> None:
    response = client.post("/s/customer_profile/session", json={"lang": "en"})
    cookie = response.headers["set-cookie"]
    assert (
        "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/s/customer_profile" in cookie
    )
    assert response.json()["reply"]["kind"] == "consent"
    assert "token" not in response.json()  # the token only lives in the cookie


def test_full_conversation_and_reload_resumes(client: TestClient, sqlite_db: Database) -> None:
    first = _start(client)
    assert [o["label"] for o in first["reply"]["options"]] == ["Yes", "No"]
    assert _say(client, "Yes")["reply"]["slot"] == "name"
    _say(client, "Ann")
    reply = _say(client, "I'm 30")["reply"]
    assert reply["slot"] == "gender" and [o["label"] for o in reply["options"]][0] == "Male"
    page = client.get("/s/customer_profile").text  # a reload: the transcript is there
    assert page.count('class="msg msg-in') == 3 and "Ann" in page
    assert 'data-session="yes"' in page and 'data-label="Female"' in page
    answers = [
        "Female",
        "Berlin",
        "Yes",
        "No",
        "24 months",
        "One year",
        "Fiber optic",
        "80",
        "Credit card",
        "5 Very satisfied",
        "Stay",
        "music, travel",
    ]
    for text in answers:
        reply = _say(client, text)["reply"]
    assert reply["done"] is True and reply["kind"] == "done"
    page = client.get("/s/customer_profile").text
    assert 'class="chat is-done"' in page and "This survey is complete" in page
    assert 'id="finished" class="finished" hidden' not in page
    messages, _ = count_rows(sqlite_db)
    assert messages == 2 * (3 + len(answers)) + 1


def test_respondent_text_is_escaped(client: TestClient) -> None:
    _start(client)
    _say(client, "yes")
    evil = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    _say(client, evil)
    page = client.get("/s/customer_profile").text
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_privacy_path_in_bot_text_becomes_a_link_and_nothing_else(client: TestClient) -> None:
    _start(client)
    page = client.get("/s/customer_profile").text
    assert '<a href="/privacy/customer_profile?lang=en" target="_blank"' in page
    _say(client, 'see /privacy/x?lang=en"><script>')
    page = client.get("/s/customer_profile").text
    assert "&#34;&gt;&lt;script&gt;" in page and '"><script>' not in page


def test_page_posts_must_be_same_origin_json(client: TestClient, sqlite_db: Database) -> None:
    _start(client)
    before = count_rows(sqlite_db)
    form = client.post("/s/customer_profile/messages", data={"text": "yes"})
    assert form.status_code in {415, 422}  # FastAPI refuses non-JSON bodies before we look
    cross = client.post(
        "/s/customer_profile/messages",
        json={"text": "yes"},
        headers={"Origin": "https://evil.example"},
    )
    assert cross.status_code == 403
    assert count_rows(sqlite_db) == before


def test_messages_need_the_cookie(client: TestClient, sqlite_db: Database) -> None:
    assert client.post("/s/customer_profile/messages", json={"text": "hi"}).status_code == 401
    client.cookies.set("ib_session", "abc.def", path="/s/customer_profile")
    assert client.post("/s/customer_profile/messages", json={"text": "hi"}).status_code == 404
    assert count_rows(sqlite_db) == (0, 0)


def test_empty_and_oversized_messages_store_nothing(client: TestClient, sqlite_db) -> None:
    _start(client)
    before = count_rows(sqlite_db)
    assert client.post("/s/customer_profile/messages", json={"text": "  "}).status_code == 422
    too_long = client.post("/s/customer_profile/messages", json={"text": "x" * 4001})
    assert too_long.status_code == 413
    huge = client.post(
        "/s/customer_profile/messages", content=b'{"text": "' + b"x" * 70_000 + b'"}', headers=JSON
    )
    assert huge.status_code == 413 and huge.headers["x-content-type-options"] == "nosniff"
    assert count_rows(sqlite_db) == before


# --------------------------------------------------------------------------- signed links


def test_signed_link_starts_the_named_respondent(client: TestClient, settings: Settings) -> None:
    path = signed_path(settings.signing_key(), "customer_profile", "crm-42", lang="en")
    page = client.get(path)
    assert page.status_code == 200 and 'data-r="crm-42"' in page.text
    query = dict(re.findall(r"(\w+)=([^&]+)", path.split("?", 1)[1]))
    body = _start(client, r="crm-42", sig=query["sig"])
    assert body["reply"]["kind"] == "consent"
    state = client.app.state.engine  # type: ignore[attr-defined]
    with state.db.transaction() as db:
        from bot.storage.models import Respondent

        assert db.get(Respondent, "crm-42") is not None


@pytest.mark.parametrize(
    "tamper",
    [
        lambda q: {**q, "r": "crm-43"},  # another customer's id with this signature
        lambda q: {k: v for k, v in q.items() if k != "sig"},  # unsigned
        lambda q: {**q, "sig": q["sig"][:-2] + "AA"},
        lambda q: {**q, "exp": str(int(q["exp"]) + 3600)},  # extended expiry
        lambda q: {**q, "r": "<script>"},
    ],
)
def test_tampered_links_are_rejected(client: TestClient, settings: Settings, tamper) -> None:
    path = signed_path(settings.signing_key(), "customer_profile", "crm-42", ttl_seconds=600)
    query = dict(re.findall(r"(\w+)=([^&]+)", path.split("?", 1)[1]))
    bad = tamper(query)
    page = client.get("/s/customer_profile", params={**bad, "lang": "en"})
    assert page.status_code == 403 and "invalid" in page.text.lower()
    start = client.post("/s/customer_profile/session", json=bad)
    assert start.status_code in {403, 422}
    assert count_rows(client.app.state.engine.db) == (0, 0)  # type: ignore[attr-defined]


def test_link_signature_rules(settings: Settings) -> None:
    key = settings.signing_key()
    path = signed_path(key, "customer_profile", "a@b.c", ttl_seconds=10, now=1000.0)
    query = dict(re.findall(r"(\w+)=([^&]+)", path.split("?", 1)[1]))
    assert query["exp"] == "1010"
    from urllib.parse import unquote

    rid = unquote(query["r"])
    assert verify_link(key, "customer_profile", rid, "1010", query["sig"], now=1005) == "a@b.c"
    with pytest.raises(LinkError, match="expired"):
        verify_link(key, "customer_profile", rid, "1010", query["sig"], now=1011)
    with pytest.raises(LinkError, match="tampered"):
        verify_link(key, "other_survey", rid, "1010", query["sig"], now=1005)
    with pytest.raises(LinkError, match="tampered"):
        verify_link(b"another-key", "customer_profile", rid, "1010", query["sig"], now=1005)


def test_a_link_for_someone_else_does_not_show_this_browsers_session(
    client: TestClient, settings: Settings
) -> None:
    _start(client)
    _say(client, "yes")
    _say(client, "Ann")
    path = signed_path(settings.signing_key(), "customer_profile", "crm-7", lang="en")
    page = client.get(path).text
    assert "Ann" not in page and 'data-session="none"' in page


# --------------------------------------------------------------------------- privacy notice


def test_privacy_page_falls_back_to_survey_purposes(client: TestClient) -> None:
    page = client.get("/privacy/customer_profile?lang=en")
    assert page.status_code == 200
    assert "org.yaml" in page.text and "monthly" in page.text.lower()
    assert client.get("/privacy/customer_profile?lang=zh").text.count("<li>") >= 10
    assert client.get("/privacy/nope").status_code == 404


def test_privacy_page_serves_the_generated_notice(settings: Settings, sqlite_db: Database) -> None:
    example = Path(__file__).resolve().parents[2] / "examples" / "org.yaml"
    if not example.is_file():
        pytest.skip("no example org.yaml")
    settings.ensure_home()
    (settings.home / "org.yaml").write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    with make_client(settings, sqlite_db) as client:
        response = client.get("/privacy/customer_profile?lang=en")
    assert response.status_code == 200
    assert "not configured" not in response.text and "<script" not in response.text
    engine = Engine(sqlite_db, settings, OfflineBrain())
    survey = engine.survey("customer_profile")
    _version, digest = engine.privacy.notice_reference(survey, "en")
    assert hashlib.sha256(response.content).hexdigest() == digest  # the page consent cites
    csp = response.headers["content-security-policy"]
    assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    if "<style" in response.text:
        assert "style-src 'self' 'sha256-" in csp  # exactly the notice's own stylesheet


# --------------------------------------------------------------------------- rate limits


def test_rate_limit_per_session_and_per_ip(settings: Settings, sqlite_db: Database) -> None:
    limited = settings.model_copy(
        update={"rate_limit_per_minute": 3, "rate_limit_ip_per_minute": 8}
    )
    with make_client(limited, sqlite_db) as client:
        _start(client)
        statuses = [
            client.post("/s/customer_profile/messages", json={"text": t}).status_code
            for t in ["yes", "Ann", "30", "female"]
        ]
        assert statuses == [200, 200, 200, 429]
        other = [client.post("/api/sessions", json={}).status_code for _ in range(5)]
        assert other[:3] == [201, 201, 201] and other[-1] == 429  # 8 writes from this IP
        response = client.post("/api/sessions", json={})
        assert response.headers["retry-after"].isdigit()
        assert client.get("/s/customer_profile").status_code == 200  # reading is not limited


def test_loopback_is_exempt_from_the_ip_budget(settings: Settings, sqlite_db: Database) -> None:
    limited = settings.model_copy(
        update={"rate_limit_ip_per_minute": 2, "rate_limit_exempt": ["testclient"]}
    )
    with make_client(limited, sqlite_db) as client:
        assert {client.post("/api/sessions", json={}).status_code for _ in range(5)} == {201}


def test_docs_still_work_under_csp(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    assert "cdn.jsdelivr.net" in response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    paths = client.get("/openapi.json").json()["paths"]
    assert "/s/{survey_id}/messages" in paths and "/wechat" not in paths


def test_expired_cookie_session_starts_fresh(client: TestClient) -> None:
    _start(client)
    client.cookies.clear()
    client.cookies.set("ib_session", "0" * 32 + ".nope", path="/s/customer_profile")
    page = client.get("/s/customer_profile").text
    assert 'data-session="none"' in page
