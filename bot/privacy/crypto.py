"""Field-level encryption for sensitive answers, with key rotation.

Sensitive slot values are encrypted before they reach the database, so a leaked backup or a curious
SQL console shows tokens, not answers. Fernet (AES-128-CBC + HMAC-SHA256, timestamped) does the
cryptography; MultiFernet does rotation: `INSIGHTBOT_FIELD_KEY` holds comma-separated keys, newest
first. New values are always encrypted with the newest key, any listed key decrypts, and `rotate()`
re-encrypts an old token with the newest key so the old key can be retired once everything is
rotated.
"""

from __future__ import annotations

from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from bot.config import Settings
from bot.survey import Sensitivity, Survey

KEYGEN_HINT = (
    'generate one with `insightbot keygen` (or `python -c "from cryptography.fernet import '
    'Fernet; print(Fernet.generate_key().decode())"`) and set INSIGHTBOT_FIELD_KEY to it'
)


class FieldKeyError(ValueError):
    """Base for key configuration problems (missing or malformed keys)."""


class MissingKeyError(FieldKeyError):
    """Encryption is needed but INSIGHTBOT_FIELD_KEY is not set."""


class InvalidKeyError(FieldKeyError):
    """INSIGHTBOT_FIELD_KEY is set but one of its keys is not a valid Fernet key."""


class DecryptError(ValueError):
    """A token was not made with any configured key, or it was altered."""


def generate_key() -> str:
    """A new random Fernet key (URL-safe base64 text) to put first in INSIGHTBOT_FIELD_KEY."""
    return Fernet.generate_key().decode("ascii")


def parse_keys(value: str) -> list[str]:
    """Split a comma-separated key list, ignoring blanks and surrounding whitespace."""
    return [part.strip() for part in value.split(",") if part.strip()]


class FieldCipher:
    """Encrypts and decrypts single text values; the first key encrypts, all keys decrypt."""

    def __init__(self, keys: Sequence[str | bytes]) -> None:
        if not keys:
            raise MissingKeyError(f"no field encryption key configured; {KEYGEN_HINT}")
        fernets = []
        for position, key in enumerate(keys, start=1):
            try:
                fernets.append(Fernet(key))
            except (ValueError, TypeError):
                raise InvalidKeyError(
                    f"key #{position} in INSIGHTBOT_FIELD_KEY is not a valid Fernet key "
                    f"(32 url-safe base64-encoded bytes); {KEYGEN_HINT}"
                ) from None
        self._fernet = MultiFernet(fernets)
        self.key_count = len(fernets)

    @classmethod
    def from_settings(cls, settings: Settings) -> FieldCipher:
        """The cipher for `settings.field_key`; MissingKeyError (with how to fix it) if unset."""
        raw = settings.field_key.get_secret_value() if settings.field_key else ""
        keys = parse_keys(raw)
        if not keys:
            raise MissingKeyError(
                f"INSIGHTBOT_FIELD_KEY is not set, but sensitive answers must be encrypted; "
                f"{KEYGEN_HINT}"
            )
        return cls(keys)

    @classmethod
    def for_survey(cls, settings: Settings, survey: Survey) -> FieldCipher | None:
        """A cipher when a key is set; None when none is needed; MissingKeyError otherwise.

        Call this at start-up for each survey so a deployment with sensitive slots and no key
        fails before the first respondent answers, not halfway through a conversation.
        """
        if settings.field_key and parse_keys(settings.field_key.get_secret_value()):
            return cls.from_settings(settings)
        sensitive = [s.name for s in survey.slots if s.sensitivity == Sensitivity.sensitive]
        if not sensitive:
            return None
        raise MissingKeyError(
            f"survey {survey.id!r} has sensitive slots ({', '.join(sensitive)}) that must be "
            f"encrypted, but INSIGHTBOT_FIELD_KEY is not set; {KEYGEN_HINT}"
        )

    def encrypt(self, value: str) -> str:
        """A token for `value`, made with the newest key (random IV: equal values differ)."""
        return self._fernet.encrypt(value.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        """The value behind `token`, trying every configured key."""
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except (InvalidToken, UnicodeEncodeError, ValueError):
            raise DecryptError(
                "cannot decrypt a field: it was encrypted with a key that is no longer in "
                "INSIGHTBOT_FIELD_KEY, or it was altered"
            ) from None

    def rotate(self, token: str) -> str:
        """Re-encrypt `token` with the newest key (its value and timestamp unchanged)."""
        try:
            return self._fernet.rotate(token.encode("ascii")).decode("ascii")
        except (InvalidToken, UnicodeEncodeError, ValueError):
            raise DecryptError(
                "cannot rotate a field: none of the keys in INSIGHTBOT_FIELD_KEY decrypts it"
            ) from None


def looks_encrypted(value: str) -> bool:
    """Whether `value` has the shape of a Fernet token (version byte 0x80 -> 'gAAAAA')."""
    return value.startswith("gAAAAA") and len(value) >= 100
