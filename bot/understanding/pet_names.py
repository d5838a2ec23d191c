"""A word of endearment somebody calls the respondent: no name to address them by.

"我老公叫我宝宝", "我男朋友喊我宝贝", "my husband calls me Bunny", "my mum calls me sweetie": the
respondent reports a pet name somebody close uses, not what a stranger should call them. A name
a partner uses is still a name ("my wife calls me Marc", "我老公平时叫我婧婧"), and a
nickname used by everyone ("大家都叫我胖虎", "everyone calls me Bex", "my mates call me Kat")
is still one to use, and so is a pet name the respondent offers ("叫我宝宝就行") or consents to
("我老公叫我宝宝，你也这么叫吧").
"""

from __future__ import annotations

import re

# Words of endearment, whoever says them.
_ENDEARMENT = re.compile(
    r"宝宝|宝贝|宝儿|亲爱的|心肝|乖乖|小可爱"
    r"|(?i:babe|baby|honey|hun|hon|darling|sweetie|sweetheart|sweetpea|love|pumpkin|sugar|dear"
    r"|princess|angel|boo|bae|cutie|bunny|kitten|muffin|cupcake|sunshine|petal)",
)
# What a child or a younger relative calls an elder, said by somebody else: a form of address,
# no name ("朋友的小孩叫我干妈", "my niece calls me auntie"; "学生都叫我王老师" keeps a surname).
_ADDRESS_TERM = re.compile(
    r"干妈|干爹|干娘|阿姨|叔叔|舅舅|舅妈|姑姑|姑妈|姨妈|小姨|伯伯|婶婶|姐姐|哥哥|妈妈|爸爸|老师"
    r"|(?i:auntie|aunty|aunt|uncle|godmother|godfather|godmum|godmom|mum|mom|mummy|mommy|dad"
    r"|daddy|nana|nan|grandma|grandpa|granny|grandad|grandmother|grandfather)",
)
# The respondent takes the pet name up: "你也这么叫吧", "you can call me that too".
_CONSENTED = re.compile(
    r"你也(?:可以)?(?:这么|这样)(?:叫|喊)|\byou can (?:call me that|use that|use it)\b",
    re.IGNORECASE,
)


def pet_name(callers: str, name: str) -> bool:
    """`name` is what `callers` (the words before "叫我" / "calls me") call the respondent, and
    a word of endearment or a kin word of address, no name."""
    word = name.strip()
    return bool(callers.strip()) and (
        _ENDEARMENT.fullmatch(word) is not None or _ADDRESS_TERM.fullmatch(word) is not None
    )


def taken_up(surface: str, end: int) -> bool:
    """After the pet name at `end`, the respondent offers it to the asker too."""
    return _CONSENTED.search(surface, end) is not None
