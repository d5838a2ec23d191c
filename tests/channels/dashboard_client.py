"""Logging a TestClient into the dashboard the way a browser does: fetch the form, post it."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from httpx import Response

from tests.conftest import ADMIN_TOKEN

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def form_value(html: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert found, f"no {name} field in the page"
    return found.group(1)


def post_login(
    client: TestClient, token: str = ADMIN_TOKEN, lang: str = "en", **headers: str
) -> Response:
    page = client.get(f"/dashboard?lang={lang}")
    nonce = form_value(page.text, "csrf")
    return client.post(
        "/dashboard/login",
        data={"token": token, "csrf": nonce, "lang": lang},
        headers={**FORM, **headers},
        follow_redirects=False,
    )


def log_in(client: TestClient, lang: str = "en") -> str:
    """Log in and return the page's CSRF token (for POST /api/ask with the cookie)."""
    response = post_login(client, lang=lang)
    assert response.status_code == 303, response.text
    page = client.get(f"/dashboard?lang={lang}")
    assert page.status_code == 200 and 'id="dashboard"' in page.text
    return form_value(page.text, "csrf")
