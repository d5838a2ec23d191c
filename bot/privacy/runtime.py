"""The privacy facts a running bot needs: which notice consent refers to, minors, encryption.

Built once from the settings. The organization's facts come from `INSIGHTBOT_ORG_FILE`, or from
`org.yaml` in the data directory when present; without them the bot still runs (the consent
then cites a hash of what the survey collects and why) and `minimum_age` keeps PIPL's 14.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.privacy.crypto import FieldCipher, looks_encrypted
from bot.privacy.org import Org, load_org
from bot.privacy.reference import notice_reference
from bot.survey import Sensitivity, Survey

DEFAULT_MINIMUM_AGE = 14


def org_path(settings: Settings) -> Path | None:
    if settings.org_file is not None:
        return settings.org_file
    candidate = settings.home / "org.yaml"
    return candidate if candidate.exists() else None


@dataclass
class Privacy:
    settings: Settings
    org: Org | None = None
    _ciphers: dict[str, FieldCipher | None] = field(default_factory=dict)
    _references: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings: Settings) -> Privacy:
        """Raises OrgError (naming every missing fact) when a configured org file is invalid."""
        path = org_path(settings)
        return cls(settings=settings, org=load_org(path) if path else None)

    @property
    def minimum_age(self) -> int:
        return self.org.minimum_age if self.org else DEFAULT_MINIMUM_AGE

    def notice_reference(self, survey: Survey, lang: str) -> tuple[str, str]:
        """(version, sha256) of the notice a respondent is shown (the HTML page)."""
        key = (survey.id, survey.version, lang)
        if key not in self._references:
            self._references[key] = notice_reference(
                survey, lang, self.org, self.settings if self.org else None, "html"
            )
        return self._references[key]

    def cipher(self, survey: Survey) -> FieldCipher | None:
        """The field cipher for a survey with sensitive slots (MissingKeyError without a key)."""
        if survey.id not in self._ciphers:
            self._ciphers[survey.id] = FieldCipher.for_survey(self.settings, survey)
        return self._ciphers[survey.id]

    def is_sensitive(self, survey: Survey, slot: str | None) -> bool:
        found = survey.get_slot(slot)
        return found is not None and found.sensitivity == Sensitivity.sensitive

    def seal(self, survey: Survey, slot: str | None, value: Any) -> str | None:
        """The encrypted form of a sensitive slot's value (JSON inside), else None."""
        if not self.is_sensitive(survey, slot):
            return None
        cipher = self.cipher(survey)
        assert cipher is not None  # for_survey raised already if a key was needed and missing
        return cipher.encrypt(json.dumps(value, ensure_ascii=False))

    def open_value(self, survey: Survey, encrypted: str | None, plain: Any) -> Any:
        if encrypted is None:
            return plain
        cipher = self.cipher(survey)
        return json.loads(cipher.decrypt(encrypted)) if cipher else None

    def seal_text(self, survey: Survey, slot: str | None, text: str) -> str:
        """A respondent's raw message answering a sensitive slot is encrypted like the value."""
        if not self.is_sensitive(survey, slot):
            return text
        cipher = self.cipher(survey)
        assert cipher is not None
        return cipher.encrypt(text)

    def open_text(self, survey: Survey, slot: str | None, text: str) -> str:
        if not self.is_sensitive(survey, slot) or not looks_encrypted(text):
            return text
        cipher = self.cipher(survey)
        return cipher.decrypt(text) if cipher else text
