"""How long the respondent has been a customer, in months.

Durations and start dates ("两年半", "since March 2021", "刚办"), the cues that tie an amount of
time to the service, and the times that are not tenure: years at a trade, a device's age, a move.
"""
