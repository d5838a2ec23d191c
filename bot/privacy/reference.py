"""Which privacy notice a consent refers to: its version and a hash of its content."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from bot.survey import Survey

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.privacy.org import Org


def notice_reference(
    survey: Survey,
    lang: str,
    org: Org | None = None,
    settings: Settings | None = None,
    fmt: str = "html",
) -> tuple[str, str]:
    """(version, sha256) identifying the notice shown for `survey` in `lang`.

    With the organization's facts (`org`, and the `settings` that decide which model providers
    are recipients) this is the policy version and the sha256 of the exact rendered notice, so a
    consent record cites precisely what the respondent was shown.

    Without them (no org.yaml configured yet) the hash covers everything the notice is generated
    from in the survey (purposes, slots and their sensitivity), so changing what is collected or
    why still changes the hash and asks every respondent for consent again.
    """
    if org is not None:
        from bot.config import Settings as _Settings
        from bot.privacy.notice import build_notice

        notice = build_notice(survey, org, lang, fmt, settings or _Settings())
        return notice.version, notice.sha256
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
