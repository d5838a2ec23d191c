"""Number words that count nothing in a set phrase of speech.

"take five" is a pause ("take five, I'm busy"), not the number 5 ("it'll take five minutes"
still counts); "one" standing for a thing just named ("a millennial, proper one") is no 1; and
the Singlish particle "one" closes a clause as an emphasis, not a count ("why
you ask me rate one", "so slow one lah"), while "one lah" said alone is still a 1. `numbers`
masks these phrases before reading any number.
"""

from __future__ import annotations

IDLE_PHRASES = (
    r"|\btake (?:five|5)\b(?!\s*(?:more |extra )?(?:min|sec|hour|hr|day|week|month|year|star|point"
    r"|out))"
    r"|\bwhy (?:you|u)\b[^.?!,;]{0,30}?\bone(?=(?: (?:lah|leh|lor|meh|ah))?\s*[?!.]*$)"
    r"|\b(?:so|damn|very) [a-z]+ one(?= (?:lah|leh|lor|meh|ah)\b|\s*[?!.]*$)"
    # "one" standing for what was just named: "a millennial, proper one", "a real one"
    r"|\b(?:proper|real|true|typical|classic|genuine|actual|textbook) one\b"
    r"(?!\s*(?:year|yr|month|mo|star|point|of|hundred|thousand|-|\d))"
)
