"""The intention to stay with the provider or leave.

Plans, threats, notice given, conditions and renewals, told apart from leaving words that leave
nothing of the provider: puns, other people's plans, leaving the survey, waving an option away.
"""
