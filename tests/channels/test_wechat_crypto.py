"""Our WeChat crypto and XML against wechatpy, in both directions, plus the edge cases."""

from __future__ import annotations

import base64
import os
import re

import pytest
from wechatpy import parse_message
from wechatpy.crypto import PrpCrypto, WeChatCrypto

from bot.channels.wechat_crypto import (
    CryptoError,
    WeChatCipher,
    check_signature,
    pkcs7_pad,
    pkcs7_unpad,
    signature,
)
from bot.channels.wechat_xml import XmlError, cdata, parse, split_for_wechat, text_reply
from tests.channels.conftest import WX_AES_KEY, WX_APP_ID, WX_TOKEN

KEY = base64.b64decode(WX_AES_KEY + "=")


@pytest.mark.parametrize("text", ["<xml>hi</xml>", "中文消息 ✓", "", "x" * 1000, "a]]>b"])
def test_wechatpy_decrypts_ours_and_we_decrypt_theirs(text: str) -> None:
    ours = WeChatCipher(WX_AES_KEY, WX_APP_ID)
    theirs = PrpCrypto(KEY)
    decrypted = theirs.decrypt(ours.encrypt(text), WX_APP_ID)
    assert (decrypted.decode() if isinstance(decrypted, bytes) else decrypted) == text
    encrypted = theirs.encrypt(text, WX_APP_ID)
    assert ours.decrypt(encrypted.decode() if isinstance(encrypted, bytes) else encrypted) == text


def test_encrypted_envelope_signature_matches_wechatpy() -> None:
    client = WeChatCrypto(WX_TOKEN, WX_AES_KEY, WX_APP_ID)
    envelope = client.encrypt_message("<xml><Content>hi</Content></xml>", "nonce1", 1700000000)
    message = parse(envelope)
    sig = re.search(r"<MsgSignature><!\[CDATA\[(.*?)\]\]>", envelope)
    assert sig is not None
    assert check_signature(sig.group(1), WX_TOKEN, "1700000000", "nonce1", message.encrypt)
    assert not check_signature(sig.group(1), WX_TOKEN, "1700000001", "nonce1", message.encrypt)
    assert signature("b", "a") == signature("a", "b")


def test_padding_is_to_32_bytes() -> None:
    for n in range(0, 70):
        padded = pkcs7_pad(b"x" * n)
        assert len(padded) % 32 == 0 and pkcs7_unpad(padded) == b"x" * n
    with pytest.raises(CryptoError):
        pkcs7_unpad(b"x" * 31 + bytes([33]))
    with pytest.raises(CryptoError):
        pkcs7_unpad(b"x" * 30 + bytes([1, 2]))


def test_decrypt_refuses_bad_input() -> None:
    cipher = WeChatCipher(WX_AES_KEY, WX_APP_ID)
    other = WeChatCipher(WX_AES_KEY, "wx_other_app")
    with pytest.raises(CryptoError, match="AppID"):
        cipher.decrypt(other.encrypt("hello"))
    for bad in [
        "not base64!",
        base64.b64encode(b"short").decode(),
        "",
        base64.b64encode(os.urandom(64)).decode(),
    ]:
        with pytest.raises(CryptoError):
            cipher.decrypt(bad)
    with pytest.raises(CryptoError):
        WeChatCipher("too-short", WX_APP_ID)


def test_cdata_splits_terminators_and_drops_invalid_characters() -> None:
    hostile = "a]]>b]]]]>c\x00\x07d\ud800"[:-1] + "e"
    xml = text_reply("openid", "gh_account", hostile, now=1)
    message = parse_message(xml)
    assert message.content == "a]]>b]]]]>cde"
    assert cdata("]]>") == "<![CDATA[]]]]><![CDATA[>]]>"


def test_parse_reads_fields_and_refuses_dtds() -> None:
    message = parse(
        "<xml><FromUserName><![CDATA[o1]]></FromUserName><MsgType>text</MsgType>"
        "<Content><![CDATA[ hi ]]></Content><MsgId>42</MsgId><Unknown>x</Unknown></xml>"
    )
    assert (message.from_user, message.content, message.msg_id) == ("o1", " hi ", "42")
    with pytest.raises(XmlError):
        parse('<!DOCTYPE xml [<!ENTITY e "x">]><xml><Content>&e;</Content></xml>')
    with pytest.raises(XmlError):
        parse("<xml><Content>" + "x" * 30_000 + "</Content></xml>")


def test_long_replies_split_under_the_wechat_limit() -> None:
    text = "\n".join(f"- 第{i}项：" + "很长的内容" * 20 for i in range(40))
    parts = split_for_wechat(text)
    assert len(parts) > 1 and all(len(p.encode()) <= 2000 for p in parts)
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")
    one_line = "字" * 3000
    assert "".join(split_for_wechat(one_line)) == one_line
    assert split_for_wechat("short") == ["short"]
