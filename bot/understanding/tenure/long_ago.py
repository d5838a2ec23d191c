"""A start with us said only to be long ago: an answer to the tenure or plan question, with no
value.

"哎呀老早就用了，从我年轻的时候开始", "很早以前就办了", "打小就用你们的", "I'd have to ring and ask,
it was set up that long ago", "signed up so long ago I couldn't tell you": the time with us (or
the plan chosen back then) is answered, but with no figure or option, so the answer is vague.
Read only when no value was found ("老早就用了，差不多十年" gives its ten years), and only of a use
or a start: "老早就想换了" is a wish, no start, and "从小就爱打球" no time with us.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(r"早|年轻|小时候|打小|从小|上学|读书|long ago")

# The respondent's own life stage, as the start: "从我年轻的时候开始", "打小就用", "上学那会儿就
# 办了"
_STAGE = r"(?:年轻|小时候|上学|读书|念书|上大学|读大学|上中学|上高中)"
_USE = r"(?:用|办|装|开通|入网|开始用|在用|是你们的|就是你们)"

_LONG_AGO_ZH = re.compile(
    # "老早就用了", "很早以前就办了", "好早之前装的", "早早就开通了"
    r"(?:老早|很早|好早|挺早|早早|蛮早|老早老早)(?:以前|之前|的时候|那会儿?)?(?:就|都)?(?:已经)?(?:开始)?"
    + _USE
    # "从我年轻的时候开始", "打小就用你们的", "从小用到大"
    + r"|(?:从|打|自从|自打)(?:我|俺)?(?:小|"
    + _STAGE
    + r")(?:的)?(?:时候|那会儿?|起)?(?:就|一直)?(?:开始|起|用|办|装|在用|用到)"
    + r"|(?:^|(?<=[,，。.!！~…\s]))(?:我|俺)?"
    + _STAGE
    + r"(?:的)?(?:时候|那会儿?)(?:就|一直)?(?:开始|起)?"
    + _USE
)
# "it was set up that long ago", "signed up so long ago I can't remember"
_LONG_AGO_EN = re.compile(r"\b(?:that|so|such a) long (?:time )?ago\b")


def started_long_ago(said: str) -> bool:
    """The (lower-cased) message says only that the start was long ago."""
    if _TRIGGER.search(said) is None:
        return False
    return _LONG_AGO_ZH.search(said) is not None or _LONG_AGO_EN.search(said) is not None
