"""The city the respondent lives in.

The gazetteer of cities, towns and districts in both languages; towns it does not know, named as the
home; and cities named for any other reason (visited, seen, left, planned, worked in, somebody
else's), which are never the home.
"""
