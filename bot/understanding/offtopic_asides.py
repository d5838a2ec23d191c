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

"随便叫，调查无所谓" stays vague under the name: only a clause about the survey's length is
blanked, and "随便叫" is its own clause. Searched only when a cheap literal is in the message.
"""

from __future__ import annotations

import re

from bot.understanding.intention_asides import without_rated_services
from bot.understanding.puzzled_at_others import without_puzzled_at_others

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


def without_offtopic(said: str, role: str) -> str:
    """`said` (same length) with remarks on the survey's length, and, under a question of
    `role` that no rating answers, mild ratings of the service blanked."""
    if _SURVEY.search(said):
        said = _blank_survey_length(said)
    if role in _NOT_RATED_ROLES:
        said = without_rated_services(said)
    if role == "multi":  # ("我们店里小妹天天追星 我是搞不懂": their pastime, not a hedge)
        said = without_puzzled_at_others(said)
    return said
