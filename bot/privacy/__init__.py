"""Privacy: organization facts, notice generation and checking, PII redaction, field encryption.

The pieces are independent so each can be used where it belongs: the engine redacts text before a
model call and encrypts sensitive answers; the CLI and the web page render notices; consent records
cite a notice by its sha256.
"""

from bot.privacy.checker import CheckReport, check_notice, rewrite_is_faithful
from bot.privacy.crypto import (
    DecryptError,
    FieldCipher,
    InvalidKeyError,
    MissingKeyError,
    generate_key,
)
from bot.privacy.notice import Notice, build_notice
from bot.privacy.org import Org, OrgError, load_org, parse_org
from bot.privacy.redact import Redacted, redact

__all__ = [
    "CheckReport",
    "DecryptError",
    "FieldCipher",
    "InvalidKeyError",
    "MissingKeyError",
    "Notice",
    "Org",
    "OrgError",
    "Redacted",
    "build_notice",
    "check_notice",
    "generate_key",
    "load_org",
    "parse_org",
    "redact",
    "rewrite_is_faithful",
]
