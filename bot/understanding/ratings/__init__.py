"""The satisfaction rating.

Scale words and numbers to a point on the slot's scale, and scores that are not the respondent's
rating of the service now: given to a rival, a person, a day or a thing, or not given yet.
"""
