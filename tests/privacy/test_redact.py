"""PII redaction: real identifiers go, ages, prices, years and order numbers stay."""

from __future__ import annotations

import pytest

from bot.privacy.redact import luhn_ok, redact, valid_id_card

# The GB 11643-1999 sample number (check digit X) and two more with correct check digits.
VALID_IDS = ["11010519491231002X", "110101199003070011", "310115198507152310"]


def test_id_checksum() -> None:
    for number in VALID_IDS:
        assert valid_id_card(number), number
    assert not valid_id_card("110105194912310021")
    assert not valid_id_card("11010519491231002")


def test_luhn() -> None:
    assert luhn_ok("4111111111111111")
    assert luhn_ok("5555555555554444")
    assert luhn_ok("6011111111111117")
    assert not luhn_ok("4111111111111112")


@pytest.mark.parametrize(
    ("text", "expected", "kinds"),
    [
        ("我的电话13812345678谢谢", "我的电话[PHONE]谢谢", ["PHONE"]),
        ("电话是+86 138 1234 5678。", "电话是[PHONE]。", ["PHONE"]),
        ("打 86-139-1234-5678 找我", "打 [PHONE] 找我", ["PHONE"]),
        ("0086 15912345678", "[PHONE]", ["PHONE"]),
        ("call me on +44 20 7946 0958 tomorrow", "call me on [PHONE] tomorrow", ["PHONE"]),
        ("US office: +1 (415) 555-0100.", "US office: [PHONE].", ["PHONE"]),
        ("座机021-61234567", "座机[PHONE]", ["PHONE"]),
        ("身份证号11010519491231002X，谢谢", "身份证号[ID_CARD]，谢谢", ["ID_CARD"]),
        ("id 11010519491231002x", "id [ID_CARD]", ["ID_CARD"]),
        ("卡号4111 1111 1111 1111", "卡号[BANK_CARD]", ["BANK_CARD"]),
        ("card 5555-5555-5555-4444 ok", "card [BANK_CARD] ok", ["BANK_CARD"]),
        ("扣款卡6011111111111117。", "扣款卡[BANK_CARD]。", ["BANK_CARD"]),
        ("邮箱是zhang.san+vip@example.com呀", "邮箱是[EMAIL]呀", ["EMAIL"]),
        ("QQ邮箱13812345678@qq.com", "QQ邮箱[EMAIL]", ["EMAIL"]),
    ],
)
def test_identifiers_are_replaced(text: str, expected: str, kinds: list[str]) -> None:
    result = redact(text)
    assert result.text == expected
    assert result.found == kinds
    assert result.changed


@pytest.mark.parametrize(
    "text",
    [
        "我今年35岁",
        "每月大概128元，去年交了1536.50元",
        "I was born in 1989 and joined in 2019-05",
        "订单号20240512123456789",  # 17 digits: neither an ID card nor a valid card
        "订单号110105194912310021",  # ID-shaped, wrong check digit, fails Luhn too
        "order 4111111111111112 shipped",  # card-shaped, fails Luhn
        "tracking SF1381234567890",  # letters glued to digits: an identifier, not a phone
        "编号 12345678901",  # 11 digits but not a mobile prefix
        "1381234567890123456789 is too long for anything",
        "score 5/5, 10086 hotline",
    ],
)
def test_ordinary_numbers_survive(text: str) -> None:
    result = redact(text)
    assert result.text == text
    assert result.found == []
    assert not result.changed


def test_several_kinds_in_one_message() -> None:
    text = "我叫张三，电话13812345678，身份证310115198507152310，邮箱a@b.cn，今年38岁"
    result = redact(text)
    assert result.text == "我叫张三，电话[PHONE]，身份证[ID_CARD]，邮箱[EMAIL]，今年38岁"
    assert sorted(result.found) == ["EMAIL", "ID_CARD", "PHONE"]


def test_two_phones_are_two_findings() -> None:
    result = redact("13812345678或者13912345678")
    assert result.text == "[PHONE]或者[PHONE]"
    assert result.found == ["PHONE", "PHONE"]
