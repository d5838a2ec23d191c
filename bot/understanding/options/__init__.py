"""The choice slots: contract, kind of line and way of paying.

Turning option words into one option per slot, with negation and corrections; and the many ways an
option is named without being the respondent's own (asked about, talked up, not installed yet, had
before, somebody else's).
"""
