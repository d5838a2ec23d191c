"""Who may use the marketer dashboard and its JSON calls: the admin token or a signed session.

The dashboard (`/dashboard`) asks once for the admin token (`INSIGHTBOT_ADMIN_TOKEN`) and then
keeps a session cookie, `ib_admin`: `HttpOnly`, `SameSite=Strict`, path `/`, 12 hours. Its value
is an issue time and an HMAC over that time and a fingerprint (sha256) of the admin token, made
with the installation's signing key. It never holds the token itself, nothing is kept in process
memory (any worker can check it), and changing the admin token ends every session at once.

Cross-site requests: the cookie is `SameSite=Strict`, so other sites' pages never send it; on top,
every state-changing request that rides on the cookie must carry a CSRF token (a hidden form field
or the `X-CSRF-Token` header, derived from the session value with the signing key) and, when the
browser names an origin, come from this one. Login forms are protected the same way with a random
value kept in a short-lived cookie (double submit). Programs keep using
`Authorization: Bearer <admin token>`, which needs none of this.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, Header, HTTPException, Request, status

from bot.channels.api import SettingsDep, bearer, require_admin
from bot.config import Settings

COOKIE = "ib_admin"
LOGIN_COOKIE = "ib_login"
SESSION_SECONDS = 12 * 3600
LOGIN_SECONDS = 3600
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
MAX_COOKIE_CHARS = 200


def _b64(digest: bytes) -> str:
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def _mac(settings: Settings, message: str) -> str:
    return _b64(hmac.new(settings.signing_key(), message.encode("utf-8"), hashlib.sha256).digest())


def same_secret(given: str, expected: str) -> bool:
    """Constant-time comparison that does not even reveal the expected length."""
    left = hashlib.sha256(given.encode("utf-8", "replace")).digest()
    right = hashlib.sha256(expected.encode("utf-8", "replace")).digest()
    return hmac.compare_digest(left, right)


def token_matches(settings: Settings, given: str) -> bool:
    """Whether `given` is the admin token (False while no admin token is configured)."""
    if settings.admin_token is None:
        return False
    return same_secret(given.strip(), settings.admin_token.get_secret_value())


def _fingerprint(settings: Settings) -> str:
    token = settings.admin_token.get_secret_value() if settings.admin_token else ""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _session_mac(settings: Settings, issued: str) -> str:
    return _mac(settings, f"ib-admin\n{issued}\n{_fingerprint(settings)}")


def session_value(settings: Settings, now: float | None = None) -> str:
    """A fresh cookie value: `<issued>.<hmac(issued, token fingerprint)>`."""
    issued = int(time.time() if now is None else now)
    return f"{issued}.{_session_mac(settings, str(issued))}"


def valid_session(settings: Settings, value: str | None, now: float | None = None) -> bool:
    if settings.admin_token is None or not value or len(value) > MAX_COOKIE_CHARS:
        return False
    issued, _, signature = value.partition(".")
    if not issued.isdigit() or len(issued) > 12 or not signature:
        return False
    current = time.time() if now is None else now
    if not current - SESSION_SECONDS < int(issued) <= current + 60:
        return False
    expected = _session_mac(settings, issued)
    return hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace"))


def csrf_token(settings: Settings, value: str) -> str:
    """The CSRF token that belongs to one session value."""
    return _mac(settings, f"ib-csrf\n{value}")


def new_login_nonce() -> str:
    return secrets.token_urlsafe(24)


def same_origin(request: Request) -> bool:
    """False when the browser says the request comes from another site (Origin, else Referer).

    Host and port are compared, not the scheme, so a TLS-terminating proxy does not lock
    everybody out; other sites differ in their host anyway.
    """
    claimed = request.headers.get("origin") or request.headers.get("referer")
    if not claimed:
        return True  # not a browser, or one that says nothing: the CSRF token still applies
    if claimed == "null":
        return False
    return urlsplit(claimed).netloc.lower() == request.url.netloc.lower()


def cookie_session(request: Request, settings: Settings) -> str | None:
    """The request's valid dashboard session value, if it has one."""
    value = request.cookies.get(COOKIE)
    return value if valid_session(settings, value) else None


def require_admin_or_session(
    request: Request,
    settings: SettingsDep,
    authorization: Annotated[str | None, Header()] = None,
) -> None:
    """The admin bearer token (exactly as `AdminDep`), or the dashboard's session cookie.

    With the cookie, a state-changing request also needs the `X-CSRF-Token` header and, when the
    browser names an origin, the same origin.
    """
    if authorization is not None:
        require_admin(settings, bearer(authorization))
        return
    if settings.admin_token is None:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, "the admin API is off until INSIGHTBOT_ADMIN_TOKEN is set"
        )
    value = cookie_session(request, settings)
    if value is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "log in at /dashboard, or send the admin token as 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if request.method not in SAFE_METHODS:
        given = request.headers.get(CSRF_HEADER, "")
        if not same_secret(given, csrf_token(settings, value)) or not same_origin(request):
            raise HTTPException(status.HTTP_403_FORBIDDEN, "cross-site request refused")


AdminOrSessionDep = Annotated[None, Depends(require_admin_or_session)]
