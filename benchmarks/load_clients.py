"""HTTP clients for the load generators: one small client per simulated user.

One `httpx.AsyncClient` shared by hundreds of users is the obvious way to write a load generator
and a costly one: for every request httpcore's pool walks all of its connections to check which
are idle or expired (a socket `poll` and several attribute look-ups each), so at 200 users the
generator spent about as much CPU per request as the server it measured, on the same two cores,
and its own delays showed up as server latency. People each have their own connection, so each
simulated user gets its own client with a pool of `connections`: the cost per request then stays
the same however many users run. The clients share one SSL context, which httpx would otherwise
load from the certificate store once per client (about 30 ms each) although loopback is plain HTTP.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

import httpx


@asynccontextmanager
async def client_per_user(
    base: str,
    users: int,
    *,
    connections: int = 1,
    timeout: float | None = 60.0,
    keepalive_expiry: float = 1.0,
) -> AsyncIterator[list[httpx.AsyncClient]]:
    """`users` clients for `base`, closed together on exit.

    Idle connections are dropped after `keepalive_expiry` seconds, well before uvicorn's 5 s
    keep-alive timeout closes them from its side, so a request never races a closing connection.
    """
    ssl_context = httpx.create_ssl_context()
    limits = httpx.Limits(
        max_connections=connections,
        max_keepalive_connections=connections,
        keepalive_expiry=keepalive_expiry,
    )
    async with AsyncExitStack() as stack:
        clients = [
            await stack.enter_async_context(
                httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits, verify=ssl_context)
            )
            for _ in range(users)
        ]
        yield clients
