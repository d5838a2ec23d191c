"""Spans of time and ages said without a number: vague where a number is asked.

"a good while now", "a long while", "挺长时间了", "有些日子了", "有年头了" give a tenure with no
count; "older than I'd like to be", "over the hill", "not as young as I used to be", "一把年纪了"
give an age with none. They are read only when no value for the asked slot was found and never
hedge a value said beside them ("fibre, had it a good while": `vague._NO_VALUE`), and said of
somebody else ("my dad's been with you a good while") they are that person's.
"""

from __future__ import annotations

# (kept as a pattern string: `vague` joins it to its other phrases that cannot give a value)
NO_NUMBER = (
    r"\ba (?:good|long|fair|decent|great|goodly|wee) while\b|\bquite some time\b"
    r"|(?:挺|很|好|蛮|老)长(?:一段)?时间|有(?:些|好些)?日子了|好些日子|有(?:些)?年头"
    r"|有(?:好)?一阵子?了|好一阵子"
    # an age dodged: "older than I'd like to admit" (not "older than my wife, she's 40": an age
    # is found first)
    r"|\bolder than i(?:'d| would) (?:like|care) to (?:be|admit)\b|\bolder than i look\b"
    r"|\bover the hill\b|\bnot as young as i (?:used to be|was|once was)\b|\bpast my prime\b"
    r"|一把年纪|老大不小|上了(?:些)?年纪|不(?:再)?年轻了"
)
