"""WeChat load: concurrent followers take the survey through /wechat, with WeChat-style retries.

Starts `insightbot serve` (uvicorn, one process) on a free loopback port with an empty data
directory and WeChat configured, plus a local fake of WeChat's customer-service API. Then N
followers (asyncio + httpx) subscribe and answer the survey, half in plain mode and half in safe
(AES) mode, encrypted and decrypted by the independent `wechatpy` package.

Retries behave like WeChat's servers: a request without an answer in 5 s is sent again with the
same MsgId (up to 3 retries). On top of that, `--lost` of the replies are "lost on the way back" and
the message is re-sent at once, and `--dupes` of the messages are delivered twice concurrently,
so deduplication is exercised even when the server is fast.

Checks: every HTTP answer within 5 s; every answer to a retry equals the first answer (or is
`success` while the original is still being answered); the database holds each MsgId exactly
once per follower and nothing else.

    uv run --frozen python benchmarks/wechat_load.py [--users 200] [--think 1 3]
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import random
import re
import resource
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, text
from wechatpy import parse_message
from wechatpy.crypto import WeChatCrypto

from bot.loopback import free_port, wait_until_up

from load_clients import client_per_user

TOKEN = "bench-token"
AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
APP_ID = "wxbench0000000000"
WECHAT_TIMEOUT = 5.0
RETRIES = 3

SCRIPTS = {
    "en": [
        "1",
        "Sam",
        "34",
        "2",
        "Shanghai",
        "yes",
        "no",
        "two years",
        "2",
        "fiber",
        "about 120 a month",
        "4",
        "4",
        "1",
        "music and travel",
    ],
    "zh": [
        "同意",
        "小王",
        "我28岁",
        "男",
        "北京",
        "有",
        "没有",
        "三年了",
        "两年合约",
        "光纤",
        "每月大概一百五",
        "信用卡",
        "3",
        "还不确定",
        "运动、美食",
        "网速有时候慢",
    ],
}


def sign(*parts: str) -> str:
    return hashlib.sha1("".join(sorted(parts)).encode()).hexdigest()


class FakeApi:
    """WeChat's token and customer-service endpoints, counting deliveries."""

    def __init__(self) -> None:
        self.delivered: list[dict[str, Any]] = []
        api = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: Any) -> None:
                return

            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"] or 0)))
                if self.path.startswith("/cgi-bin/stable_token"):
                    out = {"access_token": "bench", "expires_in": 7200}
                else:
                    api.delivered.append(body)
                    out = {"errcode": 0, "errmsg": "ok"}
                payload = json.dumps(out).encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"


class Stats:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.timeouts = 0
        self.transport_errors: list[str] = []
        self.mismatched_replays = 0
        self.successes = 0
        self.errors: list[str] = []
        self.sent: dict[str, set[str]] = {}


class Follower:
    def __init__(self, client: httpx.AsyncClient, index: int, stats: Stats, args: Any) -> None:
        self.client = client
        self.rng = random.Random(index)
        self.openid = f"o{index:04d}" + secrets.token_hex(8)
        self.aes = index % 2 == 1
        self.lang = "zh" if index % 3 else "en"
        self.crypto = WeChatCrypto(TOKEN, AES_KEY, APP_ID)
        self.stats = stats
        self.args = args
        stats.sent[self.openid] = set()

    def _request(self, xml: str) -> tuple[dict[str, str], str]:
        ts, nonce = str(int(time.time())), secrets.token_hex(5)
        query = {"signature": sign(TOKEN, ts, nonce), "timestamp": ts, "nonce": nonce}
        if not self.aes:
            return query, xml
        envelope = self.crypto.encrypt_message(xml, nonce, int(ts))
        encrypt = re.search(r"<Encrypt><!\[CDATA\[(.*?)\]\]>", envelope)
        assert encrypt
        query.update(encrypt_type="aes", msg_signature=sign(TOKEN, ts, nonce, encrypt.group(1)))
        return query, f"<xml><ToUserName>gh</ToUserName><Encrypt>{encrypt.group(1)}</Encrypt></xml>"

    def _read(self, body: str) -> str | None:
        if body in {"success", ""}:
            return None
        if self.aes:
            sig = re.search(r"<MsgSignature><!\[CDATA\[(.*?)\]\]>", body)
            ts = re.search(r"<TimeStamp>(\d+)</TimeStamp>", body)
            nonce = re.search(r"<Nonce><!\[CDATA\[(.*?)\]\]>", body)
            assert sig and ts and nonce
            body = self.crypto.decrypt_message(body, sig.group(1), ts.group(1), nonce.group(1))
        return str(parse_message(body).content)

    async def _deliver(self, xml: str) -> str | None:
        """One WeChat delivery with its retries; the answer text (None for 'success')."""
        for _attempt in range(1 + RETRIES):
            query, body = self._request(xml)
            started = time.perf_counter()
            try:
                response = await self.client.post(
                    "/wechat", params=query, content=body, timeout=WECHAT_TIMEOUT
                )
            except httpx.TimeoutException:
                self.stats.timeouts += 1
                continue
            except httpx.TransportError as exc:  # e.g. a keep-alive connection closed under us
                self.stats.transport_errors.append(repr(exc))
                continue
            self.stats.latencies.append(time.perf_counter() - started)
            if response.status_code != 200:
                self.stats.errors.append(f"{response.status_code} {response.text[:80]}")
                return None
            return self._read(response.text)
        self.stats.errors.append("no answer after retries")
        return None

    def _xml(self, msg_type: str, inner: str) -> str:
        return (
            f"<xml><ToUserName><![CDATA[gh_bench]]></ToUserName>"
            f"<FromUserName><![CDATA[{self.openid}]]></FromUserName>"
            f"<CreateTime>{int(time.time())}</CreateTime>"
            f"<MsgType><![CDATA[{msg_type}]]></MsgType>{inner}</xml>"
        )

    async def run(self) -> None:
        await asyncio.sleep(self.rng.uniform(0, self.args.think[1]))
        await self._deliver(self._xml("event", "<Event><![CDATA[subscribe]]></Event>"))
        for number, answer in enumerate(SCRIPTS[self.lang]):
            if self.args.think[1] > 0:
                await asyncio.sleep(self.rng.uniform(*self.args.think))
            msg_id = f"{abs(hash(self.openid)) % 10**9}{number:03d}"
            self.stats.sent[self.openid].add(msg_id)
            xml = self._xml(
                "text", f"<Content><![CDATA[{answer}]]></Content><MsgId>{msg_id}</MsgId>"
            )
            if self.rng.random() < self.args.dupes:  # WeChat's retry racing the original
                first, second = await asyncio.gather(self._deliver(xml), self._deliver(xml))
                reply = first or second
            else:
                reply = await self._deliver(xml)
            if reply is None:
                self.stats.successes += 1
            if self.rng.random() < self.args.lost:  # the answer never reached WeChat: retry
                again = await self._deliver(xml)
                if again is not None and reply is not None and again != reply:
                    self.stats.mismatched_replays += 1


async def load(base: str, args: Any) -> tuple[Stats, float]:
    stats = Stats()
    # Two connections each: a message delivered twice at once (--dupes) needs both.
    async with client_per_user(base, args.users, connections=2, timeout=None) as clients:
        followers = [Follower(client, i, stats, args) for i, client in enumerate(clients)]
        started = time.perf_counter()
        await asyncio.gather(*(f.run() for f in followers))
        return stats, time.perf_counter() - started


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--think", type=float, nargs=2, default=(1.0, 3.0), metavar=("MIN", "MAX"))
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--lost", type=float, default=0.1, help="share of replies lost, re-sent")
    parser.add_argument("--dupes", type=float, default=0.05, help="share delivered twice at once")
    args = parser.parse_args()
    fake = FakeApi()
    with tempfile.TemporaryDirectory() as home:
        port = free_port()
        env = dict(
            os.environ,
            INSIGHTBOT_HOME=home,
            INSIGHTBOT_WECHAT_TOKEN=TOKEN,
            INSIGHTBOT_WECHAT_AES_KEY=AES_KEY,
            INSIGHTBOT_WECHAT_APP_ID=APP_ID,
            INSIGHTBOT_WECHAT_APP_SECRET="bench-secret",
            INSIGHTBOT_WECHAT_API_BASE=fake.url,
        )
        env.pop("INSIGHTBOT_DATABASE_URL", None)
        server = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve", "--port", str(port)]
            + ["--workers", str(args.workers)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_up(base, timeout=180)  # imports alone take 10-30 s on a busy machine
            load_before = os.getloadavg()[0]
            stats, wall = asyncio.run(load(base, args))
            time.sleep(1.0)  # let any hand-off deliveries finish
        finally:
            server.terminate()
            server.wait(timeout=30)
        db = create_engine(f"sqlite:///{Path(home) / 'insightbot.db'}")
        with db.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT r.external_ref, m.external_id FROM messages m "
                    "JOIN respondents r ON r.id = m.respondent_id WHERE m.direction = 'in'"
                )
            ).all()
            unanswered = conn.execute(
                text(
                    "SELECT count(*) FROM messages m WHERE m.direction = 'in' AND NOT EXISTS "
                    "(SELECT 1 FROM messages o WHERE o.reply_to = m.id)"
                )
            ).scalar()
        db.dispose()
    stored: dict[str, list[str]] = {}
    for ref, msg_id in rows:
        stored.setdefault(ref.removeprefix("wechat:"), []).append(msg_id)
    sent_total = sum(len(ids) for ids in stats.sent.values())
    exact = all(sorted(stored.get(o, [])) == sorted(ids) for o, ids in stats.sent.items())
    lat = sorted(stats.latencies)
    p = lambda q: lat[min(len(lat) - 1, int(q / 100 * (len(lat) - 1)))] * 1000  # noqa: E731
    print(
        f"followers: {args.users} concurrent (half AES), requests: {len(lat)}, wall: {wall:.1f} s"
    )
    print(
        f"latency ms: p50 {p(50):.1f}  p95 {p(95):.1f}  p99 {p(99):.1f}  max {lat[-1] * 1000:.1f}"
    )
    print(
        f"messages (distinct MsgIds) sent: {sent_total}, stored: {len(rows)}, "
        f"unanswered: {unanswered}; 'success' answers: {stats.successes}, "
        f"customer-service deliveries: {len(fake.delivered)}"
    )
    print(
        f"timeouts (>5 s): {stats.timeouts}, connection errors (retried): "
        f"{len(stats.transport_errors)}, replay mismatches: {stats.mismatched_replays}, "
        f"errors: {len(stats.errors)} {stats.errors[:3]}"
    )
    client_cpu = resource.getrusage(resource.RUSAGE_SELF)
    server_cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"cpu s: load generator {client_cpu.ru_utime + client_cpu.ru_stime:.1f}, "
        f"server {server_cpu.ru_utime + server_cpu.ru_stime:.1f}; "
        f"load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} at end"
    )
    ok = (
        exact
        and len(rows) == sent_total
        and stats.timeouts == 0
        and not stats.errors
        and stats.mismatched_replays == 0
        and lat[-1] < WECHAT_TIMEOUT
    )
    print(
        f"stored exactly once: {'yes' if exact else 'NO'}; every reply within 5 s: "
        f"{'yes' if stats.timeouts == 0 and lat[-1] < WECHAT_TIMEOUT else 'NO'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
