"""Numbers and ages: an anniversary month before an amount of time, and a price rise or cut by an
amount.

Covers: "今年三月就已经满两年了" (two years reached this March: 32 months now),
"去年十二月就满两年了", "2023年12月就满两年了", "去年6月满了一年", "今年5月满的两年" (but
"今年三月开始用的" and "去年十二月办的" date the start, and "明年三月就满两年了" is still ahead);
"89 a month but they put it up by 6" (95), "原来89，涨了6块", "原来99，降了10块" (but "went up 6
percent", "涨了百分之十", "my brother's went up by 6", "网速提了100兆" and "明年要涨10块" leave the
price as it is). Rows are (asked slot, message,
exact values, flag) with flag "r" for a refusal, "v" for a vague answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

T = "tenure_months"
M = "monthly_spend"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a month an amount of time was reached: the amount plus the months since
    (T, "今年三月就已经满两年了", {T: 32}, ""),
    (T, "去年十二月就满两年了", {T: 35}, ""),
    (T, "2023年12月就满两年了", {T: 59}, ""),
    (T, "今年一月就满三年了", {T: 46}, ""),
    (T, "去年6月满了一年", {T: 29}, ""),
    (T, "今年5月满的两年", {T: 30}, ""),
    (T, "去年十月就满五年了", {T: 73}, ""),
    (T, "上个月刚满一年", {T: 12}, ""),
    (T, "it hit two years this March", {T: 32}, ""),
    # near misses: a start date, or an anniversary still ahead
    (T, "今年三月开始用的", {T: 8}, ""),
    (T, "去年十二月办的", {T: 11}, ""),
    (T, "明年三月就满两年了", {T: 20}, ""),
    (T, "下个月就满两年了", {T: 23}, ""),
    (T, "two years this coming March", {T: 20}, ""),
    (T, "since March 2024", {T: 32}, ""),
    (T, "我儿子今年三月就满两岁了", {"has_dependents": True}, ""),
    # a rise or a cut by an amount
    (M, "89 a month but they put it up by 6", {M: 95.0}, ""),
    (M, "was 89 but they raised it by 6", {M: 95.0}, ""),
    (M, "89 a month, went up by 10 last month", {M: 99.0}, ""),
    (M, "$70 a month, then they bumped it up by $5", {M: 75.0}, ""),
    (M, "89 a month, they cut it by 10", {M: 79.0}, ""),
    (M, "原来89，涨了6块", {M: 95.0}, ""),
    (M, "每月89，后来又涨了10块", {M: 99.0}, ""),
    (M, "原来99，降了10块", {M: 89.0}, ""),
    (M, "以前每个月99，今年便宜了20块", {M: 79.0}, ""),
    # near misses: a rise to an amount, a percentage, someone else's, not the price, not yet
    (M, "89一个月，上个月涨到了95", {M: 95.0}, ""),
    (M, "现在一百，比以前便宜了二十", {M: 100.0}, ""),
    (M, "now 60, they cut it by 10", {M: 60.0}, ""),
    (M, "89 a month but they put it up to 95", {M: 95.0}, ""),
    (M, "89 a month, went up 6 percent", {M: 89.0}, ""),
    (M, "89一个月，涨了百分之十", {M: 89.0}, ""),
    (M, "89 a month, my brother's went up by 6", {M: 89.0}, ""),
    (M, "89 a month, my speed went up by 100", {M: 89.0}, ""),
    (M, "每个月89，网速提了100兆", {M: 89.0}, ""),
    (M, "89 a month, they're putting it up by 6 in January", {M: 89.0}, ""),
    (M, "89，明年要涨10块", {M: 89.0}, ""),
    (M, "89，要是再涨10块我就不用了", {M: 89.0}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_known_numbers_ages(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
