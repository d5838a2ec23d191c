"""Offline natural-language understanding of survey answers (Chinese and English).

`understand` reads one respondent message against a survey and the slot just asked and returns
an `Understanding`: proposed slot values in canonical form (docs/understanding.md), whether the
asked slot was refused or answered vaguely, a conversation command, and the message language.
`parse_yes_no` reads consent and confirmation replies; `detect_language` tells zh from en.

Layout. The modules at this level are the machinery every reading shares: `offline` (the order
of the readings and one decision per slot), `normalize`, `lang`, `lexicon` with its `patterns`,
`literal_gates` and `gate_groups` (cheap checks before costly patterns), `model` (what the rules
know of a survey), `context`, `people` and `others` (whom a word is about), `replies` (commands
and yes/no), and the slot readers `word_slots` and `numeric_slots`. The rules for each kind of
answer live in one subpackage each: `numerals`, `age`, `identity` (name and gender), `cities`,
`family` (partner and dependents), `tenure`, `bills` (the monthly spend), `options` (contract,
line, payment), `ratings`, `complaints`, `churn` (the intention), `interests`, and `unanswered`
(refusals and vague answers). A new rule goes into a new small module of its area, named for
what it reads, with a docstring that says why.
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
