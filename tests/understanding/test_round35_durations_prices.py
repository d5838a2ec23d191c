"""Durations and prices, round 35: a duration reached in a named month or season ahead, a price
the provider raised or cut, a provider's arrival told with "刚来", and other people's time with
us named by dialect kin words.

Covers: "it'll be two years with you lot in December" (23 with today 2026-11-23; "been with
you 2 years, renew in march" is left alone, "two years ago in December" is the start month
December 2024), "到明年一月就满两年了" (22),
"到年底就满五年了" (59), "it was two years in march" (32); "89 a month but they put it up to 95 in
april" (95; not "if they put it up to 100", "the speed went up to 500", "they'll put it up to 95");
"十来年了，星联刚来俺们这就用上了" (120; "我也是刚来的" is still new); "俺爹用你们家得有十年了" and
"my nan's been with you 20 years" (no value; "老娘用你们家十年了" is the respondent's own).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

T = "tenure_months"
M = "monthly_spend"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a duration reached in a named month or season ahead (today is 2026-11-23)
    (T, "it'll be two years with you lot in December", {T: 23}, ""),
    (T, "it'll be two years in December", {T: 23}, ""),
    (T, "two years with you in march", {T: 20}, ""),
    (T, "be 3 years come January", {T: 34}, ""),
    (T, "5 years this coming may", {T: 54}, ""),
    (T, "it'll be a year with yous in the spring", {T: 8}, ""),
    (T, "three years with you by christmas", {T: 35}, ""),
    (T, "2 years by the end of the year", {T: 23}, ""),
    (T, "it'll be 4 years next summer", {T: 41}, ""),
    (T, "come march it'll be five years", {T: 56}, ""),
    (T, "in december it'll be three years with you lot", {T: 35}, ""),
    (T, "next month it'll be 2 years with you", {T: 23}, ""),
    (T, "it was two years in march", {T: 32}, ""),
    (T, "到明年一月就满两年了", {T: 22}, ""),
    (T, "明年三月满三年", {T: 32}, ""),
    (T, "等到十二月就三年了", {T: 35}, ""),
    (T, "12月份就两年了", {T: 23}, ""),
    (T, "到年底就满五年了", {T: 59}, ""),
    (T, "年底就满两年了", {T: 23}, ""),
    (T, "明年开春就十年了", {T: 116}, ""),
    (T, "到明年夏天就整三年了", {T: 29}, ""),
    (T, "下个月就两年了", {T: 23}, ""),
    (T, "快两年了，到十二月就满了", {T: 23}, ""),
    (T, "快两年了，下个月满", {T: 23}, ""),
    # a month said of something else, or dating the start, changes nothing
    (T, "two years this month", {T: 24}, ""),
    (T, "two years ago in december", {T: 23}, ""),  # December 2024: a start month
    (T, "been with you 2 years, renew in march", {T: 24}, ""),
    (T, "two years with you, moved house in march", {T: 24}, ""),
    (T, "用了两年了，一月份续的约", {T: 24}, ""),
    (T, "两年了，明年三月合约到期", {T: 24}, ""),
    (T, "十二月两年", {T: 24}, ""),
    (T, "前年十二月办的", {T: 23}, ""),
    # a price the provider raised or cut is the bill now
    (M, "89 a month but they put it up to 95 in april", {M: 95.0}, ""),
    (M, "was 89 a month, they put it up to 95", {M: 95.0}, ""),
    (M, "89 a month but they bumped it up to 95 in april", {M: 95.0}, ""),
    (M, "89 a month till they jacked it up to 95", {M: 95.0}, ""),
    (M, "they upped it from 89 to 95", {M: 95.0}, ""),
    (M, "40 quid, they put the price up to 45 in march", {M: 45.0}, ""),
    (M, "89 a month but it got put up to 95", {M: 95.0}, ""),
    (M, "99 a month but they dropped it to 79 in the summer", {M: 79.0}, ""),
    (M, "it's 50 a month, went up to 55 in march", {M: 55.0}, ""),
    (M, "一个月89，四月份涨成95了", {M: 95.0}, ""),
    (M, "89一个月，后来给涨到95", {M: 95.0}, ""),
    (M, "89一个月，没想到四月份涨到95了", {M: 95.0}, ""),
    (M, "原先99，去年降到79了", {M: 79.0}, ""),
    # a rise still to come, feared or tried, or of something other than the price
    (M, "89 a month but they're putting it up to 95 in january", {M: 89.0}, ""),
    (M, "89 a month, they'll put it up to 95 in january", {M: 89.0}, ""),
    (M, "50 a month, they want to put it up to 60", {M: 50.0}, ""),
    (M, "89 a month, they tried to put it up to 99 but I complained", {M: 89.0}, ""),
    (M, "89 a month and the speed went up to 500", {M: 89.0}, ""),
    (M, "89一个月，要是涨到100我就不用了", {M: 89.0}, ""),
    (M, "89一个月，网速提到了500", {M: 89.0}, ""),
    (M, "89一个月，怕以后涨到100", {M: 89.0}, ""),
    (M, "89一个月，明年一月要涨到95", {M: 89.0}, ""),
    (M, "89 a month, my sister's went up to 95", {M: 89.0}, ""),
    # "刚来" said of the provider arriving: the duration stated stands
    (T, "十来年了，星联刚来俺们这就用上了", {T: 120}, ""),
    (T, "十来年了，你们刚来俺们村就装了", {T: 120}, ""),
    (T, "移动刚来我们这的时候就用了，十多年了", {T: 120}, ""),
    (T, "星联刚来俺们这就用上了", {}, ""),
    (T, "刚来", {T: 0}, ""),
    (T, "我也是刚来的", {T: 0}, ""),
    (T, "我刚来你们家", {T: 0}, ""),
    (T, "上礼拜刚从移动转过来", {T: 0}, ""),
    # dialect kin words name other people for a personal duration
    (T, "俺爹用你们家得有十年了", {}, ""),
    (T, "我老爹用了五年了", {}, ""),
    (T, "俺娘用了十年了", {}, ""),
    (T, "俺爷用你们家得有二十年了", {}, ""),
    (T, "俺奶那张卡用了十来年了", {}, ""),
    (T, "我老豆用咗十年", {}, ""),
    (T, "my nan's been with you 20 years", {}, ""),
    (T, "me nan's had it 20 years", {}, ""),
    (T, "my grandad's been with you lot since forever, about 30 years", {}, ""),
    (T, "my old man's had it ten years", {}, ""),
    (T, "my folks have been with you 12 years", {}, ""),
    (T, "my gran's been a customer 25 years", {}, ""),
    # the respondent's own time, with a kin word near it or a word that only looks like one
    (T, "老娘用你们家十年了", {T: 120}, ""),
    (T, "这网太坑爹了，用了三年", {T: 36}, ""),
    (T, "俺爹办的，俺用了三年了", {T: 36}, ""),
    (T, "俺爹用了十年，俺自己用了三年", {T: 36}, ""),
    (T, "小姑娘，俺用了五年了", {T: 60}, ""),
    (T, "两年，跟我娘家那边一样", {T: 24}, ""),
    (T, "my nan recommended you, been with you 5 years", {T: 60}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round35_durations_prices(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
