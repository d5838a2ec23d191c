"""Smaller towns of the United States, Canada and New Zealand that people name as their home,
merged into the gazetteer through `towns`.

Answers name a town of Pennsylvania, New England or the Midwest in passing ("i live in allentown
btw", "56 and i live in dubuque", "gaming, i live in new haven"), or a town of Atlantic or prairie
Canada ("fifty-three, widowed, in Gander", "in Brandon"). Unknown to the gazetteer, such a name
was read only when the city was asked, and then only in the plainest frames; said beside another
answer it was lost. Same line format as the gazetteer: `Canonical English | Chinese names | other
English spellings`.

Towns whose names are first names, surnames or ordinary words too ("Brandon", "Lancaster",
"Gander", "Regina", "Erie" the lake, "Savannah" the grassland, "Lowell", "Fargo" the film) are in
`US_CA_WEAK`: read only when the city is asked or after "in".
"""

from __future__ import annotations

US_CA = """
Allentown | 阿伦敦 |
Dubuque | 迪比克 |
New Haven | 纽黑文 | new havent
Worcester | 伍斯特 |
Scranton | 斯克兰顿 |
Peoria | 皮奥里亚 |
Fargo | 法戈 |
Lancaster | 兰开斯特 |
Gander | 甘德 |
Brandon | 布兰登 |
Regina | 里贾纳 |
Erie | 伊利 |
Savannah | 萨凡纳 |
Lowell | 洛厄尔 |
Timaru | 蒂马鲁 |
"""
# (the lexicon's typo fixer reads "haven" as a misspelt "havent", hence that spelling of New
# Haven)

# (first names, surnames and words: "Brandon", "Burt Lancaster", "take a gander", "Regina",
# "Lake Erie", "the savannah", "Lowell", "Fargo" the film)
US_CA_WEAK = frozenset("lancaster gander brandon regina erie savannah lowell fargo".split())
