"""WeChat message XML: parsing requests safely and writing replies that cannot be broken out of.

Why defusedxml with DTDs forbidden: the webhook is public, and a request with a DOCTYPE is either an
XXE probe (external entities reading local files) or an entity bomb; WeChat never sends one. Why the
CDATA splitting: reply text echoes what respondents typed, and a `]]>` inside would close the CDATA
section and let the rest be read as markup by WeChat's parser.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

# Characters XML 1.0 does not allow at all; they are dropped from replies.
_INVALID_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
MAX_FIELD_CHARS = 20_000


class XmlError(ValueError):
    """A body that is not a well-formed, entity-free WeChat message."""


@dataclass(frozen=True)
class Inbound:
    """The fields of a WeChat push we use; absent fields are empty strings."""

    to_user: str = ""
    from_user: str = ""
    create_time: str = ""
    msg_type: str = ""
    content: str = ""
    msg_id: str = ""
    event: str = ""
    recognition: str = ""
    encrypt: str = ""


_FIELDS = {
    "ToUserName": "to_user",
    "FromUserName": "from_user",
    "CreateTime": "create_time",
    "MsgType": "msg_type",
    "Content": "content",
    "MsgId": "msg_id",
    "Event": "event",
    "Recognition": "recognition",
    "Encrypt": "encrypt",
}


def parse(body: bytes | str) -> Inbound:
    """Parse a push (plain, or the encrypted envelope) with DTDs and entities refused."""
    try:
        root: Element = fromstring(body, forbid_dtd=True, forbid_entities=True)
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise XmlError(f"not an acceptable WeChat XML message: {exc.__class__.__name__}") from None
    if root.tag != "xml":
        raise XmlError("the root element must be <xml>")
    values: dict[str, str] = {}
    for child in root:
        name = _FIELDS.get(child.tag) if isinstance(child.tag, str) else None
        if name is None:
            continue
        text = (child.text or "").strip() if name != "content" else (child.text or "")
        if len(text) > MAX_FIELD_CHARS:
            raise XmlError(f"field {child.tag} is too long")
        values[name] = text
    return Inbound(**values)


def cdata(text: str) -> str:
    """`text` as CDATA: invalid characters dropped, every `]]>` split across two sections."""
    clean = _INVALID_XML.sub("", text)
    return "<![CDATA[" + clean.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def text_reply(to_user: str, from_user: str, content: str, now: int | None = None) -> str:
    """A passive text reply (the XML WeChat expects as the HTTP response body)."""
    created = int(time.time()) if now is None else now
    return (
        "<xml>"
        f"<ToUserName>{cdata(to_user)}</ToUserName>"
        f"<FromUserName>{cdata(from_user)}</FromUserName>"
        f"<CreateTime>{created}</CreateTime>"
        "<MsgType><![CDATA[text]]></MsgType>"
        f"<Content>{cdata(content)}</Content>"
        "</xml>"
    )


def encrypted_envelope(encrypt: str, msg_signature: str, timestamp: str, nonce: str) -> str:
    """The safe-mode wrapper around an encrypted reply."""
    return (
        "<xml>"
        f"<Encrypt>{cdata(encrypt)}</Encrypt>"
        f"<MsgSignature>{cdata(msg_signature)}</MsgSignature>"
        f"<TimeStamp>{int(timestamp)}</TimeStamp>"
        f"<Nonce>{cdata(nonce)}</Nonce>"
        "</xml>"
    )


def split_for_wechat(text: str, limit_bytes: int = 2000) -> list[str]:
    """Split a long reply into messages under WeChat's text size, preferring line breaks."""
    if len(text.encode("utf-8")) <= limit_bytes:
        return [text]
    parts: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        while len(line.encode("utf-8")) > limit_bytes:  # one very long line: cut by characters
            cut = len(line)
            while len(line[:cut].encode("utf-8")) > limit_bytes:
                cut = cut * 3 // 4
            if current:
                parts.append(current)
                current = ""
            parts.append(line[:cut])
            line = line[cut:]
        if len((current + line).encode("utf-8")) > limit_bytes:
            parts.append(current)
            current = ""
        current += line
    if current:
        parts.append(current)
    return [part.strip("\n") for part in parts if part.strip()]
