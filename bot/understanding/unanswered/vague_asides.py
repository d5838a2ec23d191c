"""Words that look vague but hedge nothing of the asked value, blanked before the vague reading.

- A wallet named when the question is not how the bill is paid: "我去支付宝看一下账单" goes to
  look the bill up (put off), "用微信交的" under the spend question gives no amount but no hedge.
- "不贵" or "不便宜" said of an amount given in the message: "每个月六十九块，不贵" judges the 69
  (an answer to the spend, whatever was asked), it does not dodge a price.
- Not understanding the question, with a request to hear it again: "看不懂 你再说一遍", "听不懂，
  能再问一次吗" wait for the question, like "没听清" (but "光纤？DSL？听不懂" stays vague).
- The start of a time with us already told, under another question: "been with you about 6
  years, since uni" dates the 6 years; the "since uni" hedges neither them nor the asked slot.
"""

from __future__ import annotations

import re

from bot.understanding.options import wallets
from bot.understanding.unanswered import loose_answers, supposed_checks, vague

_WALLETS = re.compile(wallets.WALLETS)
_CHEAP = re.compile(r"不(?:算|太|是很|怎么)?(?:贵|便宜)")
# an amount said before the judgement: "六十九块", "59", "一百二"
_AMOUNT_BEFORE = re.compile(
    r"\d|[零一二两三四五六七八九十百千]+\s*(?:块|元|多块|来块)|百[一二三四五六七八九]"
)
_NOT_UNDERSTOOD = re.compile(r"(?:听|看)不(?:懂|明白|清)|(?:没|不)(?:太|大)?(?:懂|明白)")
_ASKED_AGAIN = re.compile(
    r"(?:再|重新)(?:说|问|讲|念|读)(?:一)?(?:遍|次|下)|重复一?(?:遍|次|下)|说慢(?:一)?点|慢点说"
    r"|(?:你|您)(?:刚才?)?(?:说|问)(?:的)?(?:是)?(?:啥|什么)"
    r"|\b(?:repeat|rephrase|say (?:that|it) again|ask (?:that|it) again|come again)\b"
)


def _blank(low: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), low)


def without_asides(low: str, payment: bool) -> str:
    """`low` (same length) with the words that hedge nothing of the asked value blanked;
    `payment` is whether the question asks how the bill is paid."""
    said = low
    if not payment and _WALLETS.search(said):
        said = _blank(said, _WALLETS)
    if "不" in said:
        for m in _CHEAP.finditer(said):
            if _AMOUNT_BEFORE.search(said, 0, m.start()):
                said = said[: m.start()] + " " * len(m.group()) + said[m.end() :]
        if _NOT_UNDERSTOOD.search(said) and _ASKED_AGAIN.search(said):
            said = _blank(said, _NOT_UNDERSTOOD)
    return said


def is_vague_said(said: str, amounts: bool, payment: bool) -> bool:
    """`vague.is_vague` of `said` once its asides are blanked (blanked only when it is vague, so
    that most messages pay nothing)."""
    if supposed_checks.only_supposed(said):
        return True  # "Mine, I'd have to check the box": not known without a look
    if loose_answers.loose_vague(said, amounts):
        return True  # "normal one lah", "冇几耐啫", "whichever one the guy at the store picked"
    return vague.is_vague(said, amounts=amounts) and vague.is_vague(
        without_asides(said, payment), amounts=amounts
    )


# "since uni", "ever since we moved": the start of a time with us, to the end of its clause
_SINCE_CLAUSE = re.compile(r"\b(?:ever )?since\b[^,.;!?]*")


def without_dated_start(said: str) -> str:
    """`said` (same length) with its "since ..." clauses blanked: asked another slot, once a time
    with us was read, the event it started with hedges nothing."""
    return _blank(said, _SINCE_CLAUSE) if "since" in said else said
