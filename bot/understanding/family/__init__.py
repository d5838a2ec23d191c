"""Partner and dependents.

The household words of both yes/no slots, judged: whose partner or child a word is about, partners
who died or left, children grown up or only counted, elders cared for, and the many figures of
speech that name nobody at home.
"""
