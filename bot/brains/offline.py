"""The offline brain: rule-based understanding and template phrasing, no network, no key."""

from __future__ import annotations

from bot.brains.base import TurnContext
from bot.phrasing import OfflinePhraser
from bot.reply import Action
from bot.understanding import understand
from bot.understanding.types import Understanding


class OfflineBrain:
    name = "offline"

    def __init__(self, phraser: OfflinePhraser | None = None) -> None:
        self.phraser = phraser or OfflinePhraser()

    def understand(self, text: str, ctx: TurnContext) -> Understanding:
        return understand(text, ctx.survey, ctx.asked, lang_hint=ctx.lang, today=ctx.today)

    def phrase(self, action: Action, ctx: TurnContext) -> str:
        return self.phraser.phrase(action, ctx)
