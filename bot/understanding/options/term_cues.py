"""Cues that a plan's term is meant, for the weak contract words said under another question.

"no contract" and "monthly" are weak (they have other everyday senses), but two shapes state the
plan all the same:
- "no contract" as a clause of its own, in a list of plan facts ("bank transfer, no contract");
  the cue is the break before it, so the words of the phrase are not their own cue;
- a term said to have held all along ("4 yrs, monthly the whole time", "rolling all along");
- the respondent said to be on a plan named by its term ("I'm just on the monthly rolling one").
"""

from __future__ import annotations

CONTRACT_TERM_CUES = (
    # ("bank transfer, no contract", "visa; no contract at all")
    r"[,;/]\s*(?=no contract(?: at all| whatsoever)?\s*(?:$|[,.;!?]))"
    # ("monthly the whole time", "rolling all along", "monthly ever since")
    r"|(?:(?<=monthly )|(?<=rolling )|(?<=yearly )|(?<=annual ))"
    r"(?:the (?:whole|entire) time|all along|ever since|from day one)\b"
    # the respondent on a plan named by its term: "I'm just on the monthly rolling one now"
    r"|\b(?:i'?m|we'?re|i am|we are)\s+(?:just\s+|only\s+|still\s+)?on\s+(?:the|a)\s+"
    r"(?=(?:monthly|rolling|yearly|annual)(?:\s+(?:rolling|monthly))?(?:\s+(?:one|plan|contract"
    r"|deal|package|tariff))?\s*(?:$|[,.;!?]|now\b|at the moment\b))"
)
