"""Talk about something else that looks vague, blanked before the vague reading of the answer.

- The survey's length complained of: "你们这个调查要搞好久哦", "问卷好长啊 要问多久",
  "this survey is taking ages", "how long is this questionnaire going to go on for". The amount
  ("好久", "ages") is the survey's, no hedge of the asked value, under any question.
- A part of the service rated mildly, under a question that no rating answers (the name, the
  gender, the city, the age, a yes or no): "我们屋头用的光纤 网速还可以", "我家宽带速度还行",
  "the fibre's alright" say how the line is, not which gender. Under the rating, the spend, the
  time with us or a count they are left to the usual reading (a plan or a way of paying is
  handled by `intention_asides`).
- Under the interests, puzzlement at another person's pastime ("我们店里小妹天天追星 我是搞不懂",
  `puzzled_at_others`).
- Under a question about the respondent's person (name, age, gender, partner, dependents), not
  getting on with the service somebody else set up: "这是单位小姑娘帮我弄的，我自个儿整不明白",
  "my son set it up, I can't figure it out myself". The puzzlement is about the set-up, no hedge
  of who the respondent is (under a question about the service it stays vague), whether said
  before or after the set-up, and whether or not a value was given ("女的，我儿子帮我弄的，
  我搞不懂").

- Under the name, a generation or a zodiac sign ("Gen Z lol", "我是90后", "属狗的"): who the
  respondent is, no name and no vague one (under the age it is vague: no number).
- Under the age, an event dated by an age ("十八岁那年就出来打工了", `aged_events`).
- Under the city, a wait complained of ("打过你们客服，等了好久"): how long, no hedge of a place.

"随便叫，调查无所谓" stays vague under the name: only a clause about the survey's length is
blanked, and "随便叫" is its own clause. Searched only when a cheap literal is in the message.
"""

from __future__ import annotations

import re

from bot.understanding.churn.intention_asides import without_rated_services
from bot.understanding.family import partner_asides
from bot.understanding.interests.puzzled_at_others import without_puzzled_at_others
from bot.understanding.unanswered.aged_events import without_aged_events

_SURVEY = re.compile(r"调查|问卷|survey|questionnaire")
# A clause about the survey that judges its length: "这个调查要搞好久", "this survey takes ages"
_SURVEY_LENGTH = re.compile(
    r"[^,，。.!！?？;；~～…\n]*(?:调查|问卷|survey|questionnaire)[^,，。.!！?？;；~～…\n]*"
)
_LENGTH_WORDS = re.compile(
    r"好久|很久|挺久|多久|好长|太长|很长|半天|没完|磨叽|\bages\b|\bforever\b|\blong\b|\ba while\b"
    r"|\btaking\b|\bdrag"
)
# Roles a mild rating of the service cannot answer (the rating itself, amounts and counts can)
_NOT_RATED_ROLES = frozenset({"name", "choice", "city", "age", "partner", "dependents", "boolean"})


def _blank_survey_length(said: str) -> str:
    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group()) if _LENGTH_WORDS.search(m.group()) else m.group()

    return _SURVEY_LENGTH.sub(blank, said)


# Somebody else set it up for the respondent: "小姑娘帮我弄的", "my son set it up for me".
_SET_UP_BY_OTHER = re.compile(
    r"(?:帮|给|替)\s?(?:我|俺|咱)们?\s?(?:弄|装|办|开|整|搞|设置|调)"
    r"|\b(?:set|sorted|hooked)\s+(?:it|this|that|everything|me)\s+up\b"
    r"|\bdid (?:it|this|that) for me\b"
)
# ... and the respondent cannot work it: "我自个儿整不明白", "I can't figure it out myself", "这些
# 我搞不懂", as a clause of its own before or after the set-up.
_CANT_WORK_IT = re.compile(
    r"(?:^|[,，。.!！;；~～…]|\s)\s*(?:这些|这个|这)?(?:我|俺|咱)?(?:自个儿?|自己)?"
    r"(?:是|也|真的?|实在|根本|完全|反正)*"
    r"(?:整|弄|搞|玩)不(?:明白|懂|清楚?|来|转)(?:这些|这个)?[啊呀了吧呢哈嘛~～。.!！…\s]*"
    r"(?=$|[,，;；])"
    r"|(?:^|[,.;!]|\s)\s*(?:and\s+|but\s+)?i\s+(?:still\s+)?(?:can'?t|cannot|couldn'?t)\s+"
    r"(?:figure|work)\s+(?:it|this|that)\s+out(?:\s+myself)?[\s.!~…]*(?=$|[,;])"
)
_PERSONAL_SLOTS = frozenset({"gender", "sex"})
_PERSONAL_ROLES = frozenset({"name", "age", "partner", "dependents"})


def _blank_set_up_puzzle(said: str) -> str:
    """`said` with an "I can't work it" blanked when somebody else set it up, before or after."""
    m = _CANT_WORK_IT.search(said)
    if m is None or _SET_UP_BY_OTHER.search(said) is None:
        return said
    return said[: m.start()] + " " * (m.end() - m.start()) + said[m.end() :]


def without_set_up_puzzle(low: str, role: str, slot: str) -> str:
    """`low` (same length) with, under a question about the respondent's person, puzzlement at a
    service somebody else set up blanked: "女的，我儿子帮我弄的，我搞不懂" keeps its "女的"."""
    if (role in _PERSONAL_ROLES or slot in _PERSONAL_SLOTS) and ("不" in low or "out" in low):
        return _blank_set_up_puzzle(low)
    return low


# A generation or a zodiac sign, which stands in for an age (vague there), describes who the
# respondent is under the name question, like "I'm a grad student": no name and no vague one.
_BORN_INTO_GATE = re.compile(r"gen|enial|ennial|boomer|zoomer|后|属")
_BORN_INTO = re.compile(
    r"\bgen(?:eration)?[ -]?(?:[xyz]|alpha)(?:ers?)?\b|\bgenz\b|\bmill?enn?ials?\b|\bxennials?\b"
    r"|\bboomers?\b|\bzoomers?\b|(?<![\d年])[〇零一二三四五六七八九\d]{2}后"
    r"|属(?:鼠|牛|虎|兔|龙|蛇|马|羊|猴|鸡|狗|猪)(?:的)?"
)


def without_offtopic(said: str, role: str, slot: str = "") -> str:
    """`said` (same length) with remarks on the survey's length, and, under a question of
    `role` that no rating answers, mild ratings of the service blanked; under a question about
    the respondent's person (`slot`), puzzlement at a service set up by somebody else."""
    said = without_set_up_puzzle(said, role, slot)
    if _SURVEY.search(said):
        said = _blank_survey_length(said)
    if role in _NOT_RATED_ROLES:
        said = without_rated_services(said)
    if role == "age":  # "十八岁那年就出来打工了": the age at an event, no hedge of the age now
        said = without_aged_events(said)
    if role == "name" and _BORN_INTO_GATE.search(said):
        said = _BORN_INTO.sub(lambda m: " " * len(m.group()), said)  # "Gen Z lol", "90后"
    if role == "multi":  # ("我们店里小妹天天追星 我是搞不懂": their pastime, not a hedge)
        said = without_puzzled_at_others(said)
    if role in ("partner", "dependents"):  # "my partner at the firm handles the phone stuff"
        said = partner_asides.without_handlers(said)
    if role == "city" and ("等" in said or "wait" in said):  # "打过客服，等了好久": a wait
        said = _WAITED.sub(lambda m: " " * len(m.group()), said)
    return said


# A wait complained of ("等了好久", "waited ages on hold"): how long, no hedge of a place.
_WAITED = re.compile(
    r"等了?(?:好久|很久|挺久|老久|半天|老半天|好半天)|\bwait(?:ed|ing)\s+(?:for\s+)?(?:ages|forever"
    r"|a while|so long|a long time)\b"
)
