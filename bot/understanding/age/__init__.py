"""The respondent's age.

Which number in a message is the age, if any: ages said as bounds, hints, set phrases and birth
years, told apart from ages of other people, of pets, at past events, and of offers.
"""
