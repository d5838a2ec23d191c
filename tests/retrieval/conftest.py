"""Stores for the retrieval tests: an embedded Chroma folder and a real `chroma run` server.

The server is the `chroma` binary that ships with the chromadb package, started once per test
session on a free loopback port; every test gets its own collection prefix on it, so tests stay
independent without restarting the server.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import chromadb
import httpx
import pytest
from chromadb.config import Settings as ChromaSettings

from bot.loopback import free_port
from retrieval.embedders import HashingEmbedder
from retrieval.store import AnswerStore

NO_TELEMETRY = ChromaSettings(anonymized_telemetry=False)


def _chroma_binary() -> str:
    beside_python = Path(sys.executable).with_name("chroma")
    found = str(beside_python) if beside_python.exists() else shutil.which("chroma")
    if not found:
        pytest.fail("the `chroma` command from the chromadb package is not installed")
    return found


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of a Chroma server running for this test session."""
    path = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    log = (path / "server.log").open("w")
    process = subprocess.Popen(
        [
            _chroma_binary(),
            "run",
            "--path",
            str(path / "data"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],  # fmt: skip
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        if process.poll() is not None:
            log.close()
            pytest.fail(f"chroma run exited: {(path / 'server.log').read_text()[-2000:]}")
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("chroma run did not answer its heartbeat within 30 s")
        time.sleep(0.1)
    yield url
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


@pytest.fixture(params=["persistent", "server"])
def chroma_client(request: pytest.FixtureRequest, tmp_path: Path) -> chromadb.api.ClientAPI:
    """The same tests against an embedded folder and a Chroma server."""
    if request.param == "persistent":
        return chromadb.PersistentClient(path=str(tmp_path / "chroma"), settings=NO_TELEMETRY)
    url = request.getfixturevalue("chroma_server")
    host, port = url.removeprefix("http://").split(":")
    return chromadb.HttpClient(host=host, port=int(port), settings=NO_TELEMETRY)


@pytest.fixture
def prefix() -> str:
    """A collection prefix of this test's own (the server is shared by the session)."""
    return f"t{uuid.uuid4().hex[:10]}-"


@pytest.fixture
def store(chroma_client: chromadb.api.ClientAPI, prefix: str) -> AnswerStore:
    return AnswerStore(chroma_client, HashingEmbedder(), prefix=prefix)
