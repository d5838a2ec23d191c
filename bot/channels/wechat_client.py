"""The WeChat customer-service message API: how slow answers reach a respondent later.

WeChat waits five seconds for a passive reply. A turn that needs longer (an LLM call) answers
`success` at once and sends its reply through `message/custom/send` when it is ready; that call
needs an access token, fetched from `cgi-bin/stable_token` and cached until shortly before it
expires.

Why `stable_token` and not the older `cgi-bin/token`: the old endpoint invalidates the previous
token every time anyone fetches one, so several workers (or servers) would keep knocking each
other's tokens out. `stable_token` hands every caller the same valid token, so each process may
cache its own copy without coordination. The base URL is a setting, so tests point it at a
local fake.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import httpx

log = logging.getLogger(__name__)

# errcodes meaning "this access token is not (or no longer) valid": fetch a fresh one, retry once.
TOKEN_ERRORS = {40001, 40014, 42001}
EXPIRY_MARGIN = 300.0  # refresh five minutes early, as WeChat recommends


class WeChatApiError(RuntimeError):
    """The API answered with a non-zero errcode (kept in `errcode`), or could not be reached."""

    def __init__(self, message: str, errcode: int | None = None) -> None:
        super().__init__(message)
        self.errcode = errcode


class WeChatClient:
    """Sends customer-service text messages; thread-safe, one per app."""

    def __init__(
        self,
        base_url: str,
        app_id: str,
        app_secret: str,
        *,
        timeout: float = 5.0,
        http: httpx.Client | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.app_id = app_id
        self.app_secret = app_secret
        self.http = http or httpx.Client(timeout=timeout)
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self.token_fetches = 0  # observable in tests and logs: how often we asked for a token

    def access_token(self, *, refresh: bool = False) -> str:
        with self._lock:
            if not refresh and self._token and time.monotonic() < self._expires_at:
                return self._token
            data = self._call(
                "POST",
                "/cgi-bin/stable_token",
                json={
                    "grant_type": "client_credential",
                    "appid": self.app_id,
                    "secret": self.app_secret,
                    "force_refresh": False,
                },
            )
            token = data.get("access_token")
            if not isinstance(token, str) or not token:
                raise WeChatApiError("the token endpoint returned no access_token")
            expires_in = float(data.get("expires_in") or 7200)
            self._token = token
            self._expires_at = time.monotonic() + max(expires_in - EXPIRY_MARGIN, 30.0)
            self.token_fetches += 1
            return token

    def send_text(self, openid: str, content: str) -> None:
        """Deliver `content` to `openid`; one retry with a fresh token if the token was stale."""
        payload = {"touser": openid, "msgtype": "text", "text": {"content": content}}
        for attempt in range(2):
            token = self.access_token(refresh=attempt > 0)
            try:
                self._call(
                    "POST",
                    "/cgi-bin/message/custom/send",
                    params={"access_token": token},
                    json=payload,
                )
                return
            except WeChatApiError as exc:
                if attempt == 0 and exc.errcode in TOKEN_ERRORS:
                    continue
                raise

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        try:
            response = self.http.request(method, f"{self.base_url}{path}", **kwargs)
            response.raise_for_status()
            data = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise WeChatApiError(f"{path}: {exc.__class__.__name__}: {exc}") from None
        if not isinstance(data, dict):
            raise WeChatApiError(f"{path}: unexpected response")
        errcode = data.get("errcode", 0)
        if errcode:
            message = f"{path}: errcode {errcode}: {data.get('errmsg', '')}"
            raise WeChatApiError(message, errcode if isinstance(errcode, int) else None)
        return data

    def close(self) -> None:
        self.http.close()
