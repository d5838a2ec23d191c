"""Run Telco-grounded simulated respondents through the real HTTP API and score what was stored."""

from __future__ import annotations

import random
import secrets
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
from pydantic import SecretStr

from bot.config import Settings
from bot.loopback import LoopbackServer
from bot.reply import Reply
from bot.simulate import SimulatedRespondent
from bot.telco import TELCO_SLOTS, load_telco, telco_persona

RECOVERY_TARGET = 0.95
TURNS_PER_SLOT_TARGET = 1.3


@dataclass
class TelcoReport:
    customers: int = 0
    completed: int = 0
    turns: int = 0
    filled: int = 0
    checked: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, Any, Any]] = field(default_factory=list)

    @property
    def recovery(self) -> float:
        return sum(self.correct.values()) / max(1, sum(self.checked.values()))

    @property
    def turns_per_filled_slot(self) -> float:
        return self.turns / max(1, self.filled)

    def meets_targets(self) -> bool:
        return (
            self.recovery >= RECOVERY_TARGET
            and self.turns_per_filled_slot <= TURNS_PER_SLOT_TARGET
            and self.completed == self.customers
        )

    def render(self) -> str:
        lines = [
            f"customers: {self.customers}, surveys completed: {self.completed}",
            f"attribute recovery: {self.recovery:.1%} "
            f"({sum(self.correct.values())}/{sum(self.checked.values())}; target ≥ 95%)",
            f"turns per filled slot: {self.turns_per_filled_slot:.2f} "
            f"({self.turns} turns, {self.filled} filled slots; target ≤ 1.3)",
            "per slot: "
            + ", ".join(
                f"{slot} {self.correct[slot] / max(1, self.checked[slot]):.1%}"
                for slot in TELCO_SLOTS
            ),
        ]
        for slot, want, got in self.misses[:10]:
            lines.append(f"  miss {slot}: expected {want!r}, stored {got!r}")
        return "\n".join(lines)


def run_telco_simulation(settings: Settings, customers: int, seed: int) -> TelcoReport:
    """Simulate `customers` Telco customers into the database `settings` points at."""
    table = load_telco()
    rng = random.Random(seed)
    rows = table.sample(n=min(customers, len(table)), random_state=seed)
    admin = secrets.token_urlsafe(16)
    settings = settings.model_copy(update={"admin_token": SecretStr(admin)})
    report = TelcoReport(customers=len(rows))
    with LoopbackServer(settings) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        for _, row in rows.iterrows():
            respondent = SimulatedRespondent(telco_persona(row, rng), rng)
            started = http.post("/api/sessions", json={"lang": respondent.persona.lang}).json()
            headers = {"Authorization": f"Bearer {started['token']}"}
            reply = Reply(**started["reply"])
            for _ in range(60):
                text = respondent.answer(reply)
                if text is None:
                    break
                response = http.post(
                    f"/api/sessions/{started['session_id']}/messages",
                    json={"text": text},
                    headers=headers,
                )
                response.raise_for_status()
                reply = Reply(**response.json()["reply"])
                report.turns += 1
            report.completed += reply.kind == "done"
            stored = http.get(
                f"/api/respondents/{started['respondent_id']}/attributes",
                headers={"Authorization": f"Bearer {admin}"},
            ).json()
            report.filled += len(stored)
            expected = respondent.expected()
            for slot in TELCO_SLOTS:
                if slot not in expected:
                    continue
                report.checked[slot] += 1
                want, got = expected[slot], stored.get(slot)
                same = (
                    abs(float(got) - float(want)) < 0.01
                    if isinstance(want, float) and isinstance(got, int | float)
                    else got == want
                )
                if same:
                    report.correct[slot] += 1
                else:
                    report.misses.append((slot, want, got))
    return report
