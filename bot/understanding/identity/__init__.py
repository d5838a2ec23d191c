"""What to call the respondent, and their gender.

Names read from introductions and from the shape of short answers, forms of address and nicknames,
and words that are never a name; the respondent's own gender, told apart from gender words about
other people.
"""
