"""Offline natural-language understanding of survey answers (Chinese and English).

`understand` reads one respondent message against a survey and the slot just asked and returns
an `Understanding`: proposed slot values in canonical form (docs/understanding.md), whether the
asked slot was refused or answered vaguely, a conversation command, and the message language.
`parse_yes_no` reads consent and confirmation replies; `detect_language` tells zh from en.
"""

from bot.understanding.lang import detect_language
from bot.understanding.offline import understand
from bot.understanding.replies import parse_yes_no
from bot.understanding.types import Command, Lang, Proposal, Understanding

__all__ = [
    "Command",
    "Lang",
    "Proposal",
    "Understanding",
    "detect_language",
    "parse_yes_no",
    "understand",
]
