"""Security middleware on its own: token buckets, headers on every kind of response."""

from __future__ import annotations

from bot.channels.security import RateLimiter
from bot.config import Settings
from bot.storage.db import Database
from tests.channels.conftest import make_client


def test_token_bucket_refills_at_the_configured_rate() -> None:
    limiter = RateLimiter(per_minute=60, burst=2)
    assert limiter.hit("a", now=0.0) == 0.0
    assert limiter.hit("a", now=0.0) == 0.0
    wait = limiter.hit("a", now=0.0)
    assert 0.9 < wait <= 1.0  # one token a second
    assert limiter.hit("b", now=0.0) == 0.0  # keys are independent
    assert limiter.hit("a", now=1.01) == 0.0


def test_limiter_off_and_bounded() -> None:
    assert RateLimiter(per_minute=0).hit("x") == 0.0
    limiter = RateLimiter(per_minute=1, max_keys=10)
    for i in range(100):
        limiter.hit(f"k{i}", now=0.0)
    assert len(limiter._buckets) == 10


def test_headers_on_api_errors_and_404s(settings: Settings, sqlite_db: Database) -> None:
    with make_client(settings, sqlite_db) as client:
        for response in [
            client.post("/api/sessions", json={"survey": "nope"}),
            client.get("/nothing-here"),
            client.post("/api/sessions/x/messages", json={"text": "hi"}),
        ]:
            assert response.headers["x-content-type-options"] == "nosniff"
            assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
            assert response.headers["x-frame-options"] == "DENY"


def test_api_messages_are_limited_per_session(settings: Settings, sqlite_db: Database) -> None:
    limited = settings.model_copy(update={"rate_limit_per_minute": 2})
    with make_client(limited, sqlite_db) as client:
        started = client.post("/api/sessions", json={"lang": "en"}).json()
        url = f"/api/sessions/{started['session_id']}/messages"
        auth = {"Authorization": f"Bearer {started['token']}"}
        codes = [client.post(url, json={"text": t}, headers=auth).status_code for t in "abc"]
        assert codes == [200, 200, 429]
        other = client.post("/api/sessions", json={"lang": "en"}).json()
        auth2 = {"Authorization": f"Bearer {other['token']}"}
        url2 = f"/api/sessions/{other['session_id']}/messages"
        assert client.post(url2, json={"text": "yes"}, headers=auth2).status_code == 200
