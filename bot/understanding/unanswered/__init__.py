"""Answers that give no value for the asked slot.

Refusals in their many voices, vague answers ("还行", "dunno", "I'd have to check"), and asides that
only look like either: the rules here decide the `refused` and `vague` flags.
"""
