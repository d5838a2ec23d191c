"""A local stand-in for WeChat's server API (stable_token and message/custom/send).

It records what it receives so tests can assert on deliveries, and `fail_next_send(errcode)` makes
the next send answer with an error, e.g. 40001 for an access token WeChat no longer accepts.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


class FakeWeChatApi:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []
        self.token_requests = 0
        self.current_token = ""
        self._errors: deque[int] = deque()
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeWeChatApi:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def fail_next_send(self, errcode: int) -> None:
        self._errors.append(errcode)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if len(self.sent) >= count:
                    return list(self.sent)
            time.sleep(0.02)
        raise AssertionError(f"expected {count} customer-service messages, got {len(self.sent)}")

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: Any) -> None:
                return

            def _json(self, body: dict[str, Any]) -> None:
                payload = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                url = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                with fake._lock:
                    if url.path == "/cgi-bin/stable_token":
                        if body.get("grant_type") != "client_credential" or not body.get("secret"):
                            self._json({"errcode": 40013, "errmsg": "invalid appid"})
                            return
                        fake.token_requests += 1
                        fake.current_token = f"token-{fake.token_requests}"
                        self._json({"access_token": fake.current_token, "expires_in": 7200})
                        return
                    if url.path == "/cgi-bin/message/custom/send":
                        token = parse_qs(url.query).get("access_token", [""])[0]
                        if fake._errors:
                            code = fake._errors.popleft()
                            fake.current_token = ""  # the token is gone on WeChat's side
                            self._json({"errcode": code, "errmsg": "access_token invalid"})
                            return
                        if token != fake.current_token:
                            self._json({"errcode": 40001, "errmsg": "invalid credential"})
                            return
                        fake.sent.append(body)
                        self._json({"errcode": 0, "errmsg": "ok"})
                        return
                self.send_response(404)
                self.end_headers()

        return Handler
