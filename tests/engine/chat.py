"""A small driver for conversations in tests: start, say, and read back what was stored."""

from __future__ import annotations

from typing import Any

from bot.engine import Engine
from bot.reply import Reply
from bot.storage import repo


class Chat:
    def __init__(
        self,
        engine: Engine,
        lang: str = "zh",
        respondent_id: str | None = None,
        consent: bool = True,
    ) -> None:
        self.engine = engine
        started = engine.start("customer_profile", lang=lang, respondent_id=respondent_id)
        self.session_id, self.token = started.session_id, started.token
        self.respondent_id = started.respondent_id
        self.replies: list[Reply] = [started.reply]
        if consent:
            self.say("好的" if lang == "zh" else "yes")

    @property
    def last(self) -> Reply:
        return self.replies[-1]

    def say(self, text: str) -> Reply:
        reply = self.engine.handle(self.session_id, self.token, text)
        self.replies.append(reply)
        return reply

    def values(self) -> dict[str, Any]:
        with self.engine.db.transaction() as db:
            rows = repo.current_attributes(db, self.respondent_id)
            return {slot: row.value for slot, row in rows.items() if row.status == "filled"}

    def statuses(self) -> dict[str, str]:
        with self.engine.db.transaction() as db:
            return {
                slot: row.status
                for slot, row in repo.current_attributes(db, self.respondent_id).items()
            }

    def asked_slots(self) -> list[str | None]:
        return [r.slot for r in self.replies if r.kind in {"question", "clarify", "followup"}]

    def answer_until(self, slot: str, answers: dict[str, str], limit: int = 40) -> Reply:
        """Answer each asked slot from `answers` until `slot` is asked."""
        for _ in range(limit):
            if self.last.slot == slot and self.last.kind in {"question", "clarify", "followup"}:
                return self.last
            asked = self.last.slot
            assert asked in answers, f"no scripted answer for {asked!r} ({self.last.text})"
            self.say(answers[asked])
        raise AssertionError(f"{slot} was never asked")


ZH_ANSWERS = {
    "name": "叫我小王",
    "age": "28岁",
    "gender": "男",
    "city": "上海",
    "has_partner": "单身",
    "has_dependents": "没有孩子",
    "tenure_months": "两年",
    "contract": "按月付费",
    "internet_service": "光纤",
    "monthly_spend": "每月80块",
    "payment_method": "信用卡",
    "satisfaction": "2分",
    "complaint": "晚上网速特别慢，看视频一直卡",
    "churn_intent": "不确定",
    "interests": "喜欢旅游和看电影",
}
EN_ANSWERS = {
    "name": "Call me Tom",
    "age": "I'm 34",
    "gender": "male",
    "city": "I live in Beijing",
    "has_partner": "yes, married",
    "has_dependents": "two kids",
    "tenure_months": "3 years",
    "contract": "two year contract",
    "internet_service": "fiber",
    "monthly_spend": "about 95 a month",
    "payment_method": "bank transfer",
    "satisfaction": "5",
    "complaint": "slow internet",
    "churn_intent": "I'll stay",
    "interests": "music and gaming",
}
