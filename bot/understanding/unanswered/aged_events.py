"""Events dated by an age, blanked before the vague reading of the age question.

"十八岁那年就出来打工了", "我十八岁那年就开始用星联了", "二十岁那会儿就来深圳了", "我18岁的时候就
结婚了": the age at which something happened (`age.past_ages`) fills no age now, and the time word
after it ("那年就", "那会儿就") is no start tied to an event with no date, as it is under the time
with us: the answer tells a story, it does not dodge the number. Under the age question only the
clause of that event is blanked, so a hedge said besides it ("…，现在多大记不清了") and a hint at
the age ("…，比那时候老多了") still count. Under other questions the reading is left alone
("我18岁那年办的" under the time with us is a start with no date).
"""

from __future__ import annotations

import re

# The age, then the time it names, to the end of the clause: "十八岁那年就出来打工了".
_AGED_EVENT = re.compile(
    r"(?<=岁)(?:的)?\s*(?:那一?年|那会儿?|那阵子?|那时候?|时候|时(?![间髦尚常]))[^,，。.!！?？;；~～…]*"
)


def without_aged_events(said: str) -> str:
    """`said` (same length) with the clauses of events dated by an age blanked."""
    if "岁" not in said:
        return said
    return _AGED_EVENT.sub(lambda m: " " * len(m.group()), said)
