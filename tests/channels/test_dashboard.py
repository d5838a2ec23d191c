"""The marketer dashboard: token login, session cookie and CSRF, the sections, escaping."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from bot.channels.admin_session import (
    COOKIE,
    SESSION_SECONDS,
    csrf_token,
    session_value,
    valid_session,
)
from bot.channels.dashboard_data import Overview, OverviewCache
from bot.config import Settings
from bot.storage.db import Database
from tests.channels.conftest import make_client
from tests.channels.dashboard_client import FORM, form_value, log_in, post_login
from tests.channels.seed import HOSTILE_PERSONA, HOSTILE_QUOTE, seed_segments
from tests.conftest import ADMIN_TOKEN

ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


@pytest.fixture
def client(settings: Settings, sqlite_db: Database) -> Iterator[TestClient]:
    with make_client(settings, sqlite_db) as c:
        yield c


def set_cookie_headers(response: object) -> list[str]:
    return response.headers.get_list("set-cookie")  # type: ignore[attr-defined,no-any-return]


def assert_no_inline_code(html: str) -> None:
    for tag in re.findall(r"<script[^>]*>", html):
        assert 'src="/static/' in tag or 'type="application/json"' in tag, tag
    assert not re.search(r"<[^>]+\son\w+\s*=", html)  # no onclick= or other inline handlers
    assert not re.search(r'(src|href)="(https?:)?//', html)  # nothing from another host


def test_without_login_the_dashboard_is_a_token_form(client: TestClient) -> None:
    response = client.get("/dashboard?lang=en")
    assert response.status_code == 200
    html = response.text
    assert 'action="/dashboard/login"' in html and 'type="password"' in html
    assert "Admin token" in html and 'id="dashboard"' not in html
    assert_no_inline_code(html)
    nonce_cookie = next(c for c in set_cookie_headers(response) if c.startswith("ib_login="))
    assert "HttpOnly" in nonce_cookie and "SameSite=strict" in nonce_cookie
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    zh = client.get("/dashboard", headers={"Accept-Language": "zh-CN,zh;q=0.9"})
    assert "管理员令牌" in zh.text and '<html lang="zh-CN">' in zh.text


def test_wrong_token_is_rejected_without_details(client: TestClient) -> None:
    response = post_login(client, token="admin-test-tokex")
    assert response.status_code == 401
    assert "Wrong token." in response.text
    assert ADMIN_TOKEN not in response.text
    assert not any(c.startswith(f"{COOKIE}=") for c in set_cookie_headers(response))
    assert 'id="dashboard"' not in client.get("/dashboard?lang=en").text


def test_login_sets_a_signed_http_only_strict_session(client: TestClient) -> None:
    response = post_login(client)
    assert response.status_code == 303
    assert response.headers["location"] == "/dashboard?lang=en"
    cookie = next(c for c in set_cookie_headers(response) if c.startswith(f"{COOKIE}="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/;" in cookie
    value = client.cookies[COOKIE]
    assert ADMIN_TOKEN not in value and "admin" not in value
    page = client.get("/dashboard?lang=en")
    assert page.status_code == 200 and 'id="dashboard"' in page.text
    assert page.headers["referrer-policy"] == "same-origin"
    assert page.headers["cache-control"] == "no-store"
    assert_no_inline_code(page.text)


def test_login_form_needs_its_nonce_and_the_same_origin(client: TestClient) -> None:
    page = client.get("/dashboard?lang=en")
    nonce = form_value(page.text, "csrf")
    good = {"token": ADMIN_TOKEN, "csrf": nonce, "lang": "en"}
    for data, headers in [
        ({**good, "csrf": "forged"}, FORM),
        ({"token": ADMIN_TOKEN, "lang": "en"}, FORM),
        (good, {**FORM, "Origin": "https://evil.example"}),
        (good, {**FORM, "Origin": "null"}),
    ]:
        response = client.post(
            "/dashboard/login", data=data, headers=headers, follow_redirects=False
        )
        assert response.status_code == 403, data
        assert "expired" in response.text
        nonce = form_value(response.text, "csrf")  # each refusal hands out a fresh form
        good["csrf"] = nonce
    response = client.post("/dashboard/login", json=good, follow_redirects=False)
    assert response.status_code == 415
    same_site = {**FORM, "Origin": "http://testserver"}
    response = client.post("/dashboard/login", data=good, headers=same_site, follow_redirects=False)
    assert response.status_code == 303


def test_session_values_are_signed_expire_and_follow_the_admin_token(settings: Settings) -> None:
    now = time.time()
    value = session_value(settings, now)
    assert valid_session(settings, value, now)
    assert not valid_session(settings, value, now + SESSION_SECONDS + 1)
    assert not valid_session(settings, value[:-2] + "xx", now)
    assert not valid_session(settings, f"{int(now) + 3600}.{value.split('.')[1]}", now)
    assert not valid_session(settings, "garbage", now) and not valid_session(settings, None, now)
    rotated = settings.model_copy(update={"admin_token": SecretStr("a-new-token")})
    assert not valid_session(rotated, value, now)  # a new admin token ends every session
    assert csrf_token(settings, value) != csrf_token(settings, session_value(settings, now + 1))


def test_forged_cookie_gets_the_login_form(client: TestClient) -> None:
    client.cookies.set(COOKIE, f"{int(time.time())}.forged")
    assert 'id="dashboard"' not in client.get("/dashboard").text
    assert client.get("/api/search", params={"q": "贵"}).status_code == 401


def test_logout_needs_the_csrf_token_and_clears_the_cookie(client: TestClient) -> None:
    csrf = log_in(client)
    refused = client.post("/dashboard/logout", data={"csrf": "nope"}, headers=FORM)
    assert refused.status_code == 403
    response = client.post(
        "/dashboard/logout",
        data={"csrf": csrf, "lang": "en"},
        headers=FORM,
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert any(c.startswith(f'{COOKIE}=""') for c in set_cookie_headers(response))
    assert 'id="dashboard"' not in client.get("/dashboard").text


def test_dashboard_off_without_an_admin_token(settings: Settings, sqlite_db: Database) -> None:
    off = settings.model_copy(update={"admin_token": None})
    with make_client(off, sqlite_db) as client:
        response = client.get("/dashboard?lang=en")
        assert response.status_code == 403 and "INSIGHTBOT_ADMIN_TOKEN" in response.text
        assert client.get("/api/search", params={"q": "x"}).status_code == 403


def test_an_empty_database_says_what_to_run(client: TestClient) -> None:
    log_in(client)
    html = client.get("/dashboard?lang=en").text
    assert "No data yet" in html
    assert "insightbot import customers.csv --key customer_id" in html
    assert "insightbot segments" in html


def test_segments_charts_and_quality_with_everything_escaped(
    client: TestClient, sqlite_db: Database
) -> None:
    seed_segments(sqlite_db)
    log_in(client)
    html = client.get("/dashboard?lang=en").text
    assert html.count('class="segment"') == 3
    for sid in ("S0", "S1", "S2"):
        assert f'<span class="sid">{sid}</span>' in html
    assert 'id="chart-sizes"' in html and 'id="chart-churn"' in html
    assert 'id="quality"' in html and "Response quality" in html and "90" in html
    # Respondent and imported text is text: escaped in HTML, \u003c-escaped in the JSON block.
    assert "<script>alert" not in html and "<script>steal" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;persona&#34;)&lt;/script&gt;Bargain hunters" in html
    assert "&lt;img src=x onerror=alert(1)&gt; far too expensive" in html
    assert_no_inline_code(html)
    block = re.search(r'<script type="application/json" id="dash-data">(.*?)</script>', html, re.S)
    assert block and "<" not in block.group(1)
    data = json.loads(block.group(1))
    sizes, churn = data["charts"]["segments"]
    assert sizes["x"] == ["S0", "S1", "S2"] and abs(sum(sizes["y"]) - 1) < 0.01
    assert HOSTILE_PERSONA in sizes["labels"][0] and churn["percent"] is True
    assert churn["highlight"] == churn["y"].index(max(churn["y"]))
    assert data["charts"]["distributions"], "key attribute distributions"
    assert data["csrf"] == form_value(html, "csrf")
    assert HOSTILE_QUOTE not in html  # only in escaped form


def test_dashboard_in_chinese(client: TestClient, sqlite_db: Database) -> None:
    seed_segments(sqlite_db)
    log_in(client, lang="zh")
    html = client.get("/dashboard?lang=zh").text
    assert "用户群与画像" in html and "数据质量报告" in html and "退出登录" in html


def test_search_api_takes_the_session_cookie_or_the_token(client: TestClient) -> None:
    assert client.get("/api/search", params={"q": "贵"}).status_code == 401
    log_in(client)
    response = client.get("/api/search", params={"q": "贵"})
    assert response.status_code == 200 and response.json()["hits"] == []
    client.cookies.clear()
    assert client.get("/api/search", params={"q": "贵"}, headers=ADMIN).status_code == 200
    wrong = {"Authorization": "Bearer wrong"}
    assert client.get("/api/search", params={"q": "贵"}, headers=wrong).status_code == 403


def test_overview_cache_rebuilds_on_new_data_or_after_its_ttl() -> None:
    builds: list[int] = []

    def build() -> Overview:
        builds.append(1)
        return Overview(respondents=len(builds))

    cache = OverviewCache(ttl=60)
    assert cache.get("s", (1,), build).respondents == 1
    assert cache.get("s", (1,), build).respondents == 1
    assert cache.get("s", (2,), build).respondents == 2  # the data changed
    expired = OverviewCache(ttl=0)
    expired.get("s", (1,), build)
    expired.get("s", (1,), build)
    assert len(builds) == 4
