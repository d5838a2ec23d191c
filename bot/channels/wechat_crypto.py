"""WeChat Official Account signatures and safe-mode (AES) message encryption.

Implemented here on `cryptography` rather than taken from an SDK so production carries no WeChat
dependency and every step is visible: the tests use the independent `wechatpy` package as the
client and must agree with this code byte for byte.

The scheme (WeChat's "message encryption and decryption" guide):
- signature = SHA1 of the sorted, concatenated strings (token, timestamp, nonce[, encrypt]);
- key = base64decode(EncodingAESKey + "="), 32 bytes, AES-256-CBC, IV = key[:16];
- plaintext = 16 random bytes + 4-byte big-endian length + message + AppID, PKCS#7-padded to a
  multiple of 32 (not AES's 16: WeChat's own block size).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import struct

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAD_BLOCK = 32


class CryptoError(ValueError):
    """A message that does not decrypt, is padded wrongly or is addressed to another AppID."""


def signature(*parts: str) -> str:
    """WeChat's request signature: SHA1 over the sorted parts, hex."""
    return hashlib.sha1("".join(sorted(parts)).encode("utf-8")).hexdigest()


def check_signature(expected: str | None, *parts: str) -> bool:
    """Constant-time comparison of a received signature with the one we compute."""
    if not expected:
        return False
    return hmac.compare_digest(signature(*parts).encode(), expected.lower().encode("utf-8"))


def pkcs7_pad(data: bytes, block: int = PAD_BLOCK) -> bytes:
    amount = block - len(data) % block
    return data + bytes([amount]) * amount


def pkcs7_unpad(data: bytes, block: int = PAD_BLOCK) -> bytes:
    if not data:
        raise CryptoError("empty plaintext")
    amount = data[-1]
    if not 1 <= amount <= block or data[-amount:] != bytes([amount]) * amount:
        raise CryptoError("bad padding")
    return data[:-amount]


class WeChatCipher:
    """Encrypts replies and decrypts requests for one Official Account (AppID + EncodingAESKey)."""

    def __init__(self, encoding_aes_key: str, app_id: str) -> None:
        try:
            key = base64.b64decode(encoding_aes_key + "=", validate=True)
        except (binascii.Error, ValueError):
            raise CryptoError("EncodingAESKey is not base64") from None
        if len(key) != 32:
            raise CryptoError("EncodingAESKey must be 43 characters (a 32-byte key)")
        self.key = key
        self.iv = key[:16]
        self.app_id = app_id

    def _cipher(self) -> Cipher[modes.CBC]:
        return Cipher(algorithms.AES(self.key), modes.CBC(self.iv))

    def encrypt(self, message: str, random_prefix: bytes | None = None) -> str:
        """Base64 ciphertext of `message` framed with a random prefix, its length and the AppID."""
        body = message.encode("utf-8")
        prefix = random_prefix if random_prefix is not None else os.urandom(16)
        plain = prefix + struct.pack(">I", len(body)) + body + self.app_id.encode("utf-8")
        encryptor = self._cipher().encryptor()
        encrypted = encryptor.update(pkcs7_pad(plain)) + encryptor.finalize()
        return base64.b64encode(encrypted).decode("ascii")

    def decrypt(self, encrypted: str) -> str:
        """The message inside `encrypted`; raises CryptoError unless it is ours and well formed."""
        try:
            data = base64.b64decode(encrypted, validate=True)
        except (binascii.Error, ValueError):
            raise CryptoError("ciphertext is not base64") from None
        if not data or len(data) % 16:
            raise CryptoError("ciphertext length is not a multiple of the AES block")
        decryptor = self._cipher().decryptor()
        plain = pkcs7_unpad(decryptor.update(data) + decryptor.finalize())
        if len(plain) < 20:
            raise CryptoError("plaintext too short")
        (length,) = struct.unpack(">I", plain[16:20])
        body, app_id = plain[20 : 20 + length], plain[20 + length :]
        if len(body) != length:
            raise CryptoError("declared length exceeds the plaintext")
        if not hmac.compare_digest(app_id, self.app_id.encode("utf-8")):
            raise CryptoError("message is addressed to another AppID")
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            raise CryptoError("message is not UTF-8") from None
