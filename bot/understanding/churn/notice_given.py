"""English ways of saying the respondent is leaving that the option phrases do not hold.

- Gone once the contract ends, the condition first: "soon as this contract's up, I'm gone", "the
  minute my contract ends we're out of here" or "I'm gone the minute my contract's up".
- Notice already given: "I've already given notice", "already handed in our notice" ("given
  notice" alone is also said of a job, so it counts only with "already" and no job, landlord or
  flat after it).
"""

from __future__ import annotations

import re

GONE_WHEN_UP = re.compile(
    r"\b(?:(?:as )?soon as|the (?:minute|moment|second|day)|once|when)\s+(?:this|my|our|the)\s+"
    r"(?:contract|deal|plan|term)(?:'s| is| ends| runs out| finishes|'s over| is over| expires"
    r"|'s up| is up)(?:\s+up)?\s*[,.]?\s*(?:i'?m|i am|we'?re|we are)\s+(?:so\s+)?"
    r"(?:gone|out of here|outta here|off|out|leaving|done)\b"
    r"|\b(?:i'?m|i am|we'?re|we are)\s+(?:so\s+)?(?:gone|out of here|outta here)\s+(?:the (?:minute"
    r"|moment|second|day)|as soon as|soon as|once|when)\s+(?:my|our|the|this)\s+(?:contract|deal"
    r"|plan|term)(?:'s| is)\s+(?:up|over|done|finished)\b"
    r"|\b(?<!have )(?<!did )(?:i'?ve|i have|we'?ve|we have|i|we)\s+already\s+"
    r"(?:given|gave|handed in|put in|sent)\s+"
    r"(?:in\s+)?(?:my\s+|our\s+|the\s+|(?:a|my|our) (?:cancellation|termination)\s+)?notice\b"
    r"(?!\s+(?:at|to|on|for|with)\s+(?:work|my|our|the)\b)"
)
