"""Which privacy notice a consent refers to: its version and a hash of its content."""

from __future__ import annotations

import hashlib
import json

from bot.survey import Survey


def notice_reference(survey: Survey, lang: str) -> tuple[str, str]:
    """(version, sha256) identifying the notice shown for `survey` in `lang`.

    The hash covers everything the notice is generated from in the survey (purposes, slots and
    their sensitivity), so changing what is collected or why changes the hash and asks every
    respondent for consent again.
    """
    basis = {
        "survey": survey.id,
        "version": survey.version,
        "lang": lang,
        "purpose": survey.purpose.get(lang),
        "slots": [
            [slot.name, slot.purpose.get(lang), str(slot.sensitivity)] for slot in survey.slots
        ],
    }
    digest = hashlib.sha256(json.dumps(basis, ensure_ascii=False, sort_keys=True).encode())
    return survey.version, digest.hexdigest()
