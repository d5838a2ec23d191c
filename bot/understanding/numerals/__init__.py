"""Numbers as people type them.

Digits, Chinese numerals ("二十五", "1千2百"), English number words, lists of numbers, and numbers
that are part of a name or a place rather than an amount of anything.
"""
