"""Pastimes said with a bare verb after "I" or "we": "I swim", "I run most mornings", "we hike".

The survey's synonyms name pastimes as nouns and "-ing" forms ("swimming", "running", "hiking");
people also say what they do: "I swim twice a week", "we hike at weekends", "I box". The bare
verbs are common words with other senses ("run a shop", "a price hike", "the set-top box",
"cycle to work", "lift boxes at work"), so a verb counts only right after the respondent as its
subject (a few adverbs between: "I also swim", "we usually hike"), or coordinated after the
respondent's first verb ("I read and swim", "I cook, game and hike"), and only when what follows is
the end of the clause or words of how often, where or with whom, never an object of its own.
"I don't swim", "I used to run" and "my kids swim" name no pastime of the respondent's now.
"""

from __future__ import annotations

import re

# A verb coordinated after the respondent's first one shares its subject: "I read and swim", "I
# cook, game and hike", "I sleep on weekends, and game at night", "I run a shop and game
# sometimes" (not across another subject, "I cook and my son games", nor after a past or a
# denied verb, "I used to swim and run", "I don't cook or game").
_AND = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
_COORDINATED = (
    r"\b(?:i|we)\s+(?!(?:don'?t|do not|never|can'?t|cannot|used|stopped|quit|gave|no longer"
    r"|hate|dislike|wish|would|want)\b)[a-z']+"
    r"(?:(?:" + _AND + r"|\s+)(?!(?:he|she|they|my|his|her|their|the kids|kids|wife|husband|son"
    r"|daughter|but|or|used|never)\b)[a-z']+){0,5}?" + _AND
)
_SUBJECT = (
    r"(?:\b(?:i|we|me and (?:my|the) [a-z]+)\s+|" + _COORDINATED + r")"
    r"(?:(?:also|still|usually|mostly|mainly|often|regularly|sometimes|occasionally|just|really"
    r"|actually|do|like to|love to|try to|get to|tend to|go and)\s+){0,2}"
)
# What may follow the verb: the end of its clause, or how often, when, where and with whom.
_AFTER = (
    r"(?=\s*$|\s*[,.;!?)]|\s+(?:and|or|but|every|most|a lot|lots|loads|daily|weekly|twice"
    r"|(?:one|two|three|four|five|a few|several) times|\d+(?:\s*(?:k|km|kms|miles?|laps))?"
    r"|at|in|on|with|when|whenever|if|as"
    r"|for (?:fun|exercise|fitness|my health|the club|a club|the county|a team)|to (?:keep|stay)"
    r" fit|competitively|regularly|sometimes|occasionally|now|too|as well|mostly|around the"
    r" (?:park|lake|block|reservoir|track|bay|harbour|harbor|river)|along the|by the|outdoors"
    r"|indoors|year[- ]round|all year|whenever|lol|haha|tbh)\b)"
)

FITNESS_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(_SUBJECT + r"(?P<at>swim|run|lift(?:\s+weights)?)" + _AFTER),
)
SPORTS_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(
        _SUBJECT + r"(?P<at>cycle|bike|hike|ski|snowboard|skate|climb|box|surf|golf|kayak)" + _AFTER
    ),
)
GAMING_PATTERNS: tuple[re.Pattern[str], ...] = (re.compile(_SUBJECT + r"(?P<at>game)" + _AFTER),)
