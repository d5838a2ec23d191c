"""A scripted 'good model' for the fake server: reads each request as a competent model would.

It finds the fenced turn state and message in the request, reads the message with the offline
rules (standing in for the model's own reading), predicts the next action the way the survey
order says, and answers in the requested structured form. The next-message text is marked
`(llm)` so tests can tell the model's wording from the offline phraser's.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from bot.dialogue import SlotState, next_slot
from bot.survey import SlotType, Survey
from bot.understanding import understand
from tests.fakes.openai_server import Canned

_FENCE = re.compile(r"<(data_[0-9a-f]{12})>\n?(.*?)\n?</\1>", re.DOTALL)


def turn_of(body: dict[str, Any]) -> tuple[dict[str, Any], str, str]:
    """(turn state, respondent message, boundary tag) of a survey-turn request."""
    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    fenced = _FENCE.findall(user)
    (tag, state), (_tag, message) = fenced[0], fenced[1]
    return json.loads(state), message, tag


class SurveyOracle:
    """Answers survey-turn requests correctly for `survey`; counts what it answered."""

    def __init__(self, survey: Survey) -> None:
        self.survey = survey
        self.answered = 0

    def output(self, body: dict[str, Any]) -> dict[str, Any]:
        state, message, _tag = turn_of(body)
        asked = state.get("asked")
        known = dict(state.get("known", {}))
        lang = "en" if "respondent's message" in body["messages"][1]["content"].lower() else "zh"
        reading = understand(message, self.survey, asked, lang_hint=lang, today=date.today())
        values = [
            {"slot": p.slot, "value": p.value, "confidence": p.confidence, "span": p.span}
            for p in reading.proposals
            if self.survey.slot(p.slot).type != SlotType.open
        ]
        asked_slot = self.survey.get_slot(asked)
        filled = {p.slot: p.value for p in reading.proposals}
        answered = asked_slot is None or reading.refused or asked in filled
        if asked_slot is not None and asked_slot.type == SlotType.open:
            answered = not reading.vague
        if answered:
            slots = SlotState(known={**known, **filled})
            slots.status = dict.fromkeys(slots.known, "filled")
            slots.status.update(dict.fromkeys(state.get("declined", []), "refused"))
            if asked and reading.refused:
                slots.status[asked] = "refused"
            if asked:
                slots.status.setdefault(asked, "filled")
            upcoming = next_slot(self.survey, slots)
            kind, slot = ("question", upcoming.name) if upcoming else ("none", None)
        elif asked_slot is not None and asked_slot.type == SlotType.open:
            kind, slot = "followup", asked
        else:
            kind, slot = "clarify", asked
        text = ""
        if slot is not None:
            question = self.survey.slot(slot).questions.get(lang)[0]
            text = f"(llm) {'好的。' if lang == 'zh' else 'Thanks! '}{question}"
        self.answered += 1
        return {
            "values": values,
            "refused": reading.refused,
            "vague": reading.vague,
            "command": "none",
            "next": {"kind": kind, "slot": slot, "text": text},
        }

    def __call__(self, body: dict[str, Any]) -> Canned:
        return Canned.json(self.output(body))
