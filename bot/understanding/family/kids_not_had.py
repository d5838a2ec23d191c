"""Child and elder words that name no dependant of the respondent's.

Asked about dependants, people mention children and old people who are not theirs to keep:
children of their own parents, that is their siblings and themselves ("my mum has 4 kids and we
all pay our own bills", "我奶奶那会儿养了八个孩子"), children living near ("kids upstairs", "the wee
ones next door"), children or old people looked after as a job ("I look after two kids for work",
"我是保姆，工作是带两个孩子", "我在养老院上班，照顾四十个老人"), godchildren ("干儿子"), a child
asked about in a question on the plan ("how many kids do family plans cover?", "家庭套餐能带几个
孩子？"), the respondent's own childhood ("我也是从小孩过来的"), a saying ("孩子是别人家的好") or a
song ("sweet child o' mine"). A child wished for ("I wish I had kids") is a child not had.
"""

from __future__ import annotations

import re

from bot.understanding.family import support_denied
from bot.understanding.people import clause_before

# The respondent's parent or grandparent has or raised the children: "my mum has 4 kids",
# "me own ma has 6 weans", "我妈有四个孩子", "我奶奶那会儿养了八个孩子".
_ELDERS_CHILDREN = re.compile(
    r"\b(?:my|me)\s+(?:own\s+)?(?:mum|mom|ma|mam|mammy|mother|dad|da|father|parents|gran|granny"
    r"|nan|nana|grandma|grandmother|granda|grandad|grandpa|grandfather)\s+(?:has|had|raised"
    r"|brought up|reared)\s+(?:(?!my\b|our\b)[a-z\d]+\s+){0,2}$"
    r"|(?:我|俺)?(?:妈|爸|爸妈|父母|奶奶|姥姥|外婆|爷爷|姥爷|外公)(?:那会儿?|那时候?|以前|当年)?"
    r"(?:有|养了?|生了?|拉扯大?了?)[一二两三四五六七八九十几\d]+个$"
)
# Children placed near the respondent's home: "kids upstairs", "the wee ones next door".
_NEARBY_AFTER = re.compile(
    r"\s+(?:upstairs|downstairs|next door|across the (?:road|street|hall|way)|over the road"
    r"|down the (?:road|street|hall))\b"
)
# The respondent's own: "my kids upstairs", "我自己也有两个孩子".
_OWN_BEFORE = re.compile(
    r"\b(?:my|our)\s+(?:own\s+)?(?:[a-z]+\s+)?$|我自己|自己(?:也)?有|我(?:也)?有"
)
# Minded as a job: "I look after two kids for work", "for a living".
_FOR_WORK_AFTER = re.compile(r"[^,.;!?]{0,20}?\bfor (?:work|a living|my job)\b")
_MINDING = (
    r"\b(?:look(?:s|ing)? after|mind(?:s|ing)?|babysit(?:s|ting)?|car(?:e|es|ing) for"
    r"|watch(?:es|ing)?)"
)
_MINDING_BEFORE = re.compile(_MINDING + r"\s+(?:[a-z\d]+\s+){0,2}$")
_MINDING_WORD = re.compile(_MINDING)
_JOB_BEFORE = re.compile(
    r"工作(?:就)?是[^,，。;；!?]{0,4}$"
    r"|(?:养老院|敬老院|护理院|托儿所|托管班|幼儿园|福利院)(?:上班|工作|打工)[,，]?[^。;；!?]{0,8}$"
)
# Godchildren: "干儿子", "干女儿", "干闺女".
_GOD_BEFORE = re.compile(r"干$")
# A question about the plan: "how many kids do family plans cover?", "家庭套餐能带几个孩子？".
_PLAN_WORDS = re.compile(
    r"套餐|优惠|副卡|\b(?:family plans?|plans?|package|bundle|discount|sims?|lines?)\b"
)
_SENTENCE = re.compile(r"[.!?。！？]")
# The respondent's own childhood: "我也是从小孩过来的".
_OWN_CHILDHOOD = re.compile(r"从$")
_GREW_AFTER = re.compile(r"(?:过来|长大)")
# A saying or a song: "孩子是别人家的好", "sweet child o' mine".
_SAYING_AFTER = re.compile(r"(?:还)?是别人家的(?:好|香)|\s+o'?\s+mine\b")
# Grown-up children said to be somebody else's: "her kids are adults now, not mine though",
# "他家孩子都成年了".
_OTHERS_GROWN_BEFORE = re.compile(
    r"\b(?:her|his|their|[a-z]+'s)\s+(?:kids|children|sons?|daughters?|boys|girls)\s+"
    r"(?:are|is|'re|have)\s+(?:all\s+|both\s+)?(?:grown\s+)?$"
    r"|(?:他|她|人家|别人|邻居|朋友|同事|[哥姐弟妹])们?家?的?(?:孩子|儿子|女儿|闺女|娃)们?(?:都|也|早就?|已经)?$"
)
# A wish for what is not had: "I wish I had kids", "wish we had a baby".
_WISH_BEFORE = re.compile(r"\bwish\s+(?:i|we)\s+(?:had|could have)\s+(?:a\s+|some\s+)?$")


def not_had(low: str, start: int, end: int) -> bool:
    """The child or elder word at `start`..`end` names nobody the respondent keeps."""
    before = clause_before(low, start)
    return bool(
        _ELDERS_CHILDREN.search(before)
        or (_NEARBY_AFTER.match(low, end) and not _OWN_BEFORE.search(before))
        or (_FOR_WORK_AFTER.match(low, end) and _minding(low, start, end, before))
        or (_JOB_BEFORE.search(low, 0, start) and not _OWN_BEFORE.search(before))
        or _GOD_BEFORE.search(low, 0, start)
        or (_OWN_CHILDHOOD.search(before) and _GREW_AFTER.match(low, end))
        or _SAYING_AFTER.match(low, end)
        or _OTHERS_GROWN_BEFORE.search(before)
        or _asked_about_plan(low, start, end)
    )


def _minding(low: str, start: int, end: int, before: str) -> bool:
    """The word at `start`..`end` is a minding verb or the object of one ("look after two kids")."""
    return bool(_MINDING_WORD.fullmatch(low, start, end) or _MINDING_BEFORE.search(before))


def wished(low: str, start: int) -> bool:
    """ "I wish I had kids": the child word after a wish names a child not had."""
    return _WISH_BEFORE.search(clause_before(low, start)) is not None


def _asked_about_plan(low: str, start: int, end: int) -> bool:
    stops = [m.end() for m in _SENTENCE.finditer(low, 0, start)]
    begin = stops[-1] if stops else 0
    stop = _SENTENCE.search(low, end)
    if stop is None or stop.group() not in "?？":
        return False
    return _PLAN_WORDS.search(low, begin, stop.start()) is not None


def denied(low: str, start: int) -> bool:
    """The dependant's word at `start` is said only to say there is none: support denied
    ("没老人要我养") or a child wished for ("I wish I had kids")."""
    return support_denied.denied(low, start) or wished(low, start)
