"""Signed respondent links: how a brand sends a personal survey link that cannot be forged.

A link names the respondent (`r`), optionally an expiry (`exp`, Unix seconds) and carries an HMAC
(`sig`) over survey, respondent and expiry with the installation's signing key. Why sign: without
it anyone could type another customer's id into the URL and answer (or read) in their name.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import time
from urllib.parse import urlencode

RESPONDENT_ID = re.compile(r"^[A-Za-z0-9_.:@-]{1,128}$")


class LinkError(ValueError):
    """The link's respondent id is malformed, unsigned, tampered with or expired."""


def link_signature(key: bytes, survey_id: str, respondent_id: str, expires: int | None) -> str:
    message = f"{survey_id}\n{respondent_id}\n{expires if expires is not None else ''}"
    digest = hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def signed_path(
    key: bytes,
    survey_id: str,
    respondent_id: str,
    *,
    lang: str | None = None,
    ttl_seconds: int | None = None,
    now: float | None = None,
) -> str:
    """The path (with query) of a personal link, e.g. for a CRM mail merge."""
    if not RESPONDENT_ID.match(respondent_id):
        raise LinkError("respondent ids may use letters, digits and _ . : @ - (max 128)")
    expires = int((now or time.time()) + ttl_seconds) if ttl_seconds else None
    query: dict[str, str] = {"r": respondent_id}
    if expires is not None:
        query["exp"] = str(expires)
    query["sig"] = link_signature(key, survey_id, respondent_id, expires)
    if lang:
        query["lang"] = lang
    return f"/s/{survey_id}?{urlencode(query)}"


def verify_link(
    key: bytes,
    survey_id: str,
    respondent_id: str,
    expires: str | None,
    sig: str | None,
    now: float | None = None,
) -> str:
    """The respondent id if the link is genuine and current; LinkError otherwise."""
    if not RESPONDENT_ID.match(respondent_id):
        raise LinkError("malformed respondent id")
    if not sig:
        raise LinkError("unsigned respondent link")
    expiry: int | None = None
    if expires:
        if not expires.isdigit() or len(expires) > 12:
            raise LinkError("malformed expiry")
        expiry = int(expires)
    expected = link_signature(key, survey_id, respondent_id, expiry)
    if not hmac.compare_digest(expected.encode(), sig.encode("utf-8", "replace")):
        raise LinkError("tampered respondent link")
    if expiry is not None and expiry < (now or time.time()):
        raise LinkError("expired respondent link")
    return respondent_id
