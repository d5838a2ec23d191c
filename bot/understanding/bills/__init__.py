"""The monthly spend.

Amounts of money, and which of them is the respondent's own monthly bill: not a rival's price, an
advert, a one-off fee, a relative's bill, a price asked, or a figure of speech.
"""
