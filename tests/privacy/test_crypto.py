"""Field encryption: round trips, rotation across keys, and clear errors about keys."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from pydantic import SecretStr

from bot.config import Settings
from bot.privacy.crypto import (
    DecryptError,
    FieldCipher,
    InvalidKeyError,
    MissingKeyError,
    generate_key,
    looks_encrypted,
    parse_keys,
)
from bot.survey import Survey


def _settings(*keys: str) -> Settings:
    return Settings(field_key=SecretStr(",".join(keys)) if keys else None)


def test_round_trip_and_randomised_tokens() -> None:
    cipher = FieldCipher.from_settings(_settings(generate_key()))
    value = "高血压，每天服药 / high blood pressure"
    first, second = cipher.encrypt(value), cipher.encrypt(value)
    assert first != second  # random IV: equal answers do not produce equal tokens
    assert value not in first and looks_encrypted(first)
    assert cipher.decrypt(first) == cipher.decrypt(second) == value


def test_generated_keys_are_valid_fernet_keys() -> None:
    key = generate_key()
    assert key != generate_key()
    Fernet(key)  # raises if malformed


def test_rotation_encrypts_with_newest_and_decrypts_with_any() -> None:
    old, new = generate_key(), generate_key()
    before = FieldCipher.from_settings(_settings(old))
    token = before.encrypt("secret")

    during = FieldCipher.from_settings(_settings(new, old))  # newest first
    assert during.key_count == 2
    assert during.decrypt(token) == "secret"
    fresh = during.encrypt("fresh")
    assert Fernet(new).decrypt(fresh.encode()) == b"fresh"
    rotated = during.rotate(token)
    assert Fernet(new).decrypt(rotated.encode()) == b"secret"

    after = FieldCipher.from_settings(_settings(new))  # old key retired
    assert after.decrypt(rotated) == "secret"
    with pytest.raises(DecryptError, match="no longer in INSIGHTBOT_FIELD_KEY"):
        after.decrypt(token)
    with pytest.raises(DecryptError):
        after.rotate(token)


def test_tampered_or_garbage_tokens_fail_cleanly() -> None:
    cipher = FieldCipher.from_settings(_settings(generate_key()))
    token = cipher.encrypt("x")
    tampered = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    for bad in (tampered, "not a token", "密文"):
        with pytest.raises(DecryptError):
            cipher.decrypt(bad)


def test_key_list_parsing_ignores_blanks() -> None:
    assert parse_keys(" a , ,b,") == ["a", "b"]


def test_missing_key_message_says_how_to_make_one() -> None:
    with pytest.raises(MissingKeyError) as info:
        FieldCipher.from_settings(_settings())
    message = str(info.value)
    assert "INSIGHTBOT_FIELD_KEY" in message
    assert "insightbot keygen" in message
    assert "Fernet.generate_key()" in message
    with pytest.raises(MissingKeyError):
        FieldCipher.from_settings(Settings(field_key=SecretStr(" , ")))


def test_invalid_key_names_its_position_not_its_value() -> None:
    good = generate_key()
    with pytest.raises(InvalidKeyError) as info:
        FieldCipher.from_settings(_settings(good, "too-short-to-be-a-key"))
    assert "key #2" in str(info.value)
    assert "too-short-to-be-a-key" not in str(info.value)


def test_for_survey_requires_a_key_only_for_sensitive_slots(
    survey: Survey, sensitive_survey: Survey
) -> None:
    assert FieldCipher.for_survey(_settings(), survey) is None
    with pytest.raises(MissingKeyError) as info:
        FieldCipher.for_survey(_settings(), sensitive_survey)
    assert "health_condition" in str(info.value)
    assert "insightbot keygen" in str(info.value)
    cipher = FieldCipher.for_survey(_settings(generate_key()), survey)
    assert cipher is not None and cipher.decrypt(cipher.encrypt("a")) == "a"
