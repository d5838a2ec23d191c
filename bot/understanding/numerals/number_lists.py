"""Numbers listed one by one: "三十九块、五十九块、九十九块", "39、59、99的套餐".

A "、" between two numbers often joins a range ("五十、六十块"), but three or more in a row name
options one by one (prices heard in a shop, plans on a leaflet): `numbers` keeps them apart, and
`money` takes none of them for the bill.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.understanding.numerals.numbers import Num


def listed_starts(low: str, nums: list[Num]) -> set[int]:
    """Starts of numbers in a list of three or more joined by "、" ("三十九块、五十九块、九十九块"):
    options named one by one, not a range."""
    joined = [
        "、" in low[a.end : b.start] and len(low[a.end : b.start]) <= 8
        for a, b in zip(nums, nums[1:], strict=False)
    ]
    out: set[int] = set()
    for i in range(len(joined) - 1):
        if joined[i] and joined[i + 1]:
            out.update((nums[i].start, nums[i + 1].start, nums[i + 2].start))
    return out
