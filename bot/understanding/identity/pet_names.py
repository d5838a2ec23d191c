"""A word of endearment somebody calls the respondent: no name to address them by.

"我老公叫我宝宝", "我男朋友喊我宝贝", "my husband calls me Bunny", "my mum calls me sweetie": the
respondent reports a pet name somebody close uses, not what a stranger should call them. A name
a partner uses is still a name ("my wife calls me Marc", "我老公平时叫我婧婧"), and a
nickname used by everyone ("大家都叫我胖虎", "everyone calls me Bex", "my mates call me Kat")
is still one to use, and so is a pet name the respondent offers ("叫我宝宝就行") or consents to
("我老公叫我宝宝，你也这么叫吧").

A spouse's word that fans or friends call the respondent ("粉丝都叫我老公", "my followers call me
wifey") is no partner either: `kin_called` tells the household reader so. "叫我老公来接" (fetch my
husband) and "I'll call me hubby" (ring my husband) still name one.
"""

from __future__ import annotations

import re

# Words of endearment, whoever says them.
_ENDEARMENT = re.compile(
    r"宝宝|宝贝|宝儿|宝子|亲爱的|亲亲?|心肝|乖乖|小可爱"
    # a spouse's or a mate's word, said by fans or friends in jest ("粉丝都叫我老婆")
    r"|老婆|老公|媳妇儿?|老婆大人|老公大人|夫人|相公|哥们儿?|兄弟|姐妹|老铁"
    r"|(?i:babe|babes|baby|honey|hun|hunny|hon|darling|sweetie|sweetheart|sweetpea|love|luv"
    r"|pumpkin|sugar|dear|princess|angel|boo|bae|cutie|bunny|kitten|muffin|cupcake|sunshine"
    r"|petal|wifey|hubby|wife|husband|bro|bruh|brother|sis|bestie|mate)",
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


# Before a spouse's word: somebody calls the respondent by it ("粉丝老叫我", "大家都喊我",
# "everyone calls me", "my fans call me", "the girls at work call me their").
_CALLED_ZH = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,8}?(?:叫|喊|称呼?)我?\s*$")
_CALLED_EN = re.compile(
    r"(?<![\w'])(?:(?!i\b|we\b|i'll\b|ill\b|i'd\b|we'll\b|gonna\b|to\b|will\b|can\b|should\b|must\b"
    r"|let\b|please\b|just\b|then\b)[a-z']+)\s+(?:always\s+|all\s+|still\s+|even\s+)?"
    r"call(?:s|ed)?\s+(?:me\s+)?(?:their|his|her|the|a)?\s*(?:work\s+|online\s+|tiktok\s+)?$"
)
# What that spouse does after it: "叫我老公来接我", "call me hubby and ask".
_DOES_AFTER = re.compile(
    r"\s*(?:来(?!着)|去|回|过来|过去|一起|帮|接|送|给|把|带|陪|下楼|上楼|吃|起来|打|看|问|听)"
    r"|\s+(?:and|to|about|back|later|tonight|now|when|if|after|on|at|in|for)\b"
)
_SPOUSE_ZH = ("老公", "老婆", "媳妇", "丈夫", "妻子", "爱人", "对象")


def acts_after(low: str, end: int) -> bool:
    """The spouse word ending at `end` is followed by what that spouse is asked to do ("叫我老公
    一起去钓鱼", "喊我老婆去逛街"): the respondent's own partner, no name called."""
    return _DOES_AFTER.match(low, end) is not None


def kin_called(low: str, start: int, end: int) -> bool:
    """The partner word at `low[start:end]` is what somebody calls the respondent: no partner."""
    word = low[start:end]
    if word.startswith("我") and word[1:].startswith(_SPOUSE_ZH):
        start += 1  # the lexicon's "我媳妇": here "叫我" + "媳妇"
        word = word[1:]
    elif word.startswith("me ") and _ENDEARMENT.fullmatch(word[3:].strip()):
        start += 3  # the lexicon's dialect "me babe": here "calls me" + "babe"
        word = word[3:]
    if _DOES_AFTER.match(low, end):
        return False
    if word.startswith(_SPOUSE_ZH):
        before = low[max(0, start - 10) : start]
        called = _CALLED_ZH.search(before)
        # somebody before the verb, and the respondent after it: "粉丝老叫我", not "你叫我"
        return bool(
            called and before.endswith("我") and not called.group().startswith(("你", "您"))
        )
    if _ENDEARMENT.fullmatch(word) is None:
        return False
    return _CALLED_EN.search(low, max(0, start - 60), start) is not None
