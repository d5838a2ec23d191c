"""Interests.

Pastime words and their everyday forms, and answers that name no pastime of the respondent's now:
given up, unused, somebody else's, disliked, no time for any.
"""
