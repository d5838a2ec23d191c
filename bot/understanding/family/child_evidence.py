"""Whether a son or daughter named in passing is a child at home.

Asked about something else, people name their sons and daughters for all kinds of reasons: the
son set up the account, the daughter in Nashville nags, "俺闺女交代过". Most of these children are
grown, and the respondent's household is not what the message is about. So, under another
question, "son" and "daughter" words fill `has_dependents` only when the message shows a child:
an age under 18, a school or a class, a small child's words ("little", "baby", 上网课), care
given to them (接送, "drive him to"), or having them stated ("有个女儿", "I have two sons", "one
son"). One son or daughter said to be grown ("俺儿子在青岛上班，三十了") leaves the question open as
well, since other children may be at home; "the kids are all grown" still answers no. Words that
mean a child in themselves (娃, kids, 宝宝) are not judged here. Asked about dependents, the
answer is read as it is, without this check.
"""

from __future__ import annotations

import re

from bot.understanding.numerals.cn_numerals import cn_plain

# The words judged: a son or a daughter, who may be of any age.
# (and the Cantonese "我个仔", "两个仔", "仔女")
_SON_OR_DAUGHTER = re.compile(
    r"儿子|女儿|闺女|姑娘|儿女|子女|[个两三]个?仔|仔女|\b(?:sons?|daughters?)\b"
)

# What shows a child: school, classes, small children's words, care, an age under 18.
_CHILD_SHOWN = re.compile(
    r"幼儿园|小学|初中|高中|中学|[一二三四五六]年级|初[一二三]|高[一二三]|高考|中考|上学|放学|学校|网课"
    r"|作业|补习|兴趣班|辅导班|家长会|老师|奶粉|尿布|喂奶|哄|接送|带娃|带孩子|陪(?:他|她)|还小|小不点"
    r"|婴儿|宝宝|满月|刚出生|刚生|二胎|孩子|住校|儿童|玩具|零花钱|考试|课|满周岁|不到周岁"
    r"|(?:读|上|升|念)小[一二三四五六]"
    # a lesson of the kind children take: "女儿在学钢琴", "儿子在学跆拳道"
    r"|在学(?:钢琴|小提琴|古筝|琵琶|二胡|舞蹈|跳舞|芭蕾|画画|美术|围棋|象棋|书法|游泳|轮滑|跆拳道|乐高|奥数)"
    # care given and a home shared: "带我闺女", "一个人带着闺女", "陪儿子打球", "跟女儿两个人住",
    # "养着"
    r"|(?:带|陪|跟|和)(?:我|俺)?(?:家)?(?:儿子|女儿|闺女)[^,，。]{0,4}住"
    r"|(?:带|陪)着?(?:我|俺)?(?:家)?(?:个|俩|两个|一个)?(?:儿子|女儿|闺女)"
    r"|供(?:他|她)(?:上学|读书)|养着"
    r"|\b(?:school|kindergarten|nursery|preschool|pre-k|grade|standard|class|classes|homework"
    r"|teacher|lessons?|tutor|playground|daycare|nappies|diapers|bottle|feeds?|toddler|baby"
    r"|(?:little|small|young)(?!\s+(?:town|village|city|place|house|flat|bungalow|farm|island"
    r"|bit|while|business|shop|firm|company|print|amount|fee|price|screen|problem|thing|way))"
    r"|teen|teenage|teenager|kid|kids|newborn|born|year \d+"
    r"|\d+(?:st|nd|rd|th) grade|[ao] levels?|gcses?|exams?|drive (?:him|her|them)"
    # (a game grown sons play as well is no sign: "my son loves fortnite")
    r"|pick (?:him|her|them) up|bedtime|cartoons|xbox|ipad|roblox|minecraft"
    # driven about: "I'm his taxi to footy training", "I'm basically her Uber"
    r"|(?:his|her|their) (?:taxi|uber|chauffeur|driver)"
    r"|pocket money|toys?|just (?:me|us) and (?:my|our) (?:son|daughter)s?"
    # a small child's first skills taught: "teaching my daughter to ride her bike"
    r"|teach(?:ing|es)? (?:my|our) (?:son|daughter)s? (?:how )?to (?:ride (?:a|her|his|their|the)"
    r" (?:bike|bicycle)|read|walk|tie (?:her|his|their) (?:shoe)?laces|count|spell|potty)"
    r"|(?:live|living|lives) with (?:my|our) (?:son|daughter)s?"
    r"|pay (?:for )?(?:his|her|their) (?:fees|tuition|rent|school)|support (?:him|her|them))\b"
)
# Words that put an age on the person just named: "she's 16", "turning seven", "son of 10".
_AGE_SAID = (
    r"(?:'s|\bis|\b(?:she|he)s|\bturns?|\bturning|\bturned|\baged?|\b(?:sons?|daughters?) of)\s+"
    r"(?:just\s+|only\s+|nearly\s+|almost\s+)?"
)
_UNDER_18_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen)"
)
_CN_NUMERAL = r"[一两二三四五六七八九十]{1,3}"
_AGE = re.compile(
    rf"(?<![\d.])(\d{{1,2}})\s*(?:岁|周岁)|(?<![廿卅])({_CN_NUMERAL})\s*(?:岁|周岁)"
    rf"|(?:今年|才)(?:(\d{{1,2}})|({_CN_NUMERAL}))(?![\d一两二三四五六七八九十年月块元万])"
    rf"|{_AGE_SAID}(\d{{1,2}})\b"
    r"|\b(\d{1,2})[- ](?:years?|yrs?|months?)[- ]old\b|\b(\d{1,2})\s+and\s+\d{1,2}\b"
)
_AGE_IN_WORDS = re.compile(
    rf"{_AGE_SAID}{_UNDER_18_WORDS}\b|\b{_UNDER_18_WORDS}[- ](?:years?|months?)[- ]old\b"
)
# Having them, stated: "有个女儿", "俩闺女", "I have a son", "one son", "two daughters".
_HAVING = re.compile(
    r"有(?:个|一个|两个|俩|仨|三个)?(?:儿子|女儿|闺女)|[一两俩仨三四]个?(?:儿子|女儿|闺女)|一儿一女|儿女双全"
    r"|[两三四]个仔|(?:我|俺)(?:同|跟|和)(?:啲)?仔女"
    r"|\b(?:i|we)\s+(?:have|'ve got|have got|got)\s+(?:a|an|one|two|three|four|\d)\s+"
    r"(?:\w+\s+)?(?:sons?|daughters?)\b"
    r"|\b(?:a|one|two|three|four|\d)\s+(?:little\s+|young\s+|small\s+)?(?:sons?|daughters?)\b"
)
# An age said straight after the son or daughter, with "了": "我闺女十五了", "儿子都12了".
_AGE_AFTER_CHILD = re.compile(
    rf"(?:儿子|女儿|闺女|姑娘)(?:今年|都|才|已经)?(?:(\d{{1,2}})|({_CN_NUMERAL}))了"
)


def _age(match: re.Match[str]) -> float | None:
    """The age a pattern caught, in digits or in a Chinese numeral ("十二")."""
    said = next(group for group in match.groups() if group)
    return float(said) if said.isdigit() else cn_plain(said)


# An age said of a thing, not a person: "the phone's about 6 years old", "手机用了3年".
_THING_BEFORE = re.compile(
    r"\b(?:phone|mobile|handset|router|modem|laptop|computer|tv|telly|car|house|tablet|sim"
    r"|contract|account|boiler|fridge|it|this|that)(?:'s|\s+is|\s+was)?\s+(?:about|around"
    r"|nearly|almost|over|like|only|just|probably)?\s*$"
)


def _young_age(low: str) -> bool:
    if _AGE_IN_WORDS.search(low):
        return True
    for pattern in (_AGE_AFTER_CHILD, _AGE):
        for m in pattern.finditer(low):
            if _THING_BEFORE.search(low, max(0, m.start() - 30), m.start()):
                continue  # "the phone's about 6 years old": no child's age
            age = _age(m)
            if age is not None and age < 18:
                return True
    return False


def needs_evidence(low: str, start: int, end: int) -> bool:
    """The household word at `start`..`end` is a son or daughter word, whose age is open."""
    return _SON_OR_DAUGHTER.search(low, start, end) is not None


def child_shown(low: str) -> bool:
    """The message shows a child at home: school, small children's words, care, an age under 18,
    or children had."""
    return bool(_CHILD_SHOWN.search(low) or _HAVING.search(low) or _young_age(low))


# One son or one daughter, not all the children: "俺儿子在青岛上班" (but "儿女都成家了", "my son and
# daughter are both grown", "the kids are grown").
_ONE_CHILD = re.compile(r"儿子|女儿|闺女|\b(?:son|daughter)\b")
_SENTENCE_STOP = re.compile(r"[。！？!?；;]|\.(?!\d)")
_ALL_CHILDREN = re.compile(
    r"都(?!\s*[\d一二两三四五六七八九十])|俩|两个|\b(?:all|both|kids|children)\b|儿女|子女|孩子们"
)


def one_grown_child(low: str, start: int, end: int) -> bool:
    """The word at `start`..`end` is one son or daughter said to be grown, in a message that says
    nothing of the other children: whether anyone else depends on the respondent is open."""
    if _ONE_CHILD.search(low, start, end) is None:
        return False
    # the other children are judged in the word's own sentence: "头发都白了一半。俺儿子在青岛上班"
    # has "都" of hair, not of children
    opens = max((m.end() for m in _SENTENCE_STOP.finditer(low, 0, start)), default=0)
    closes = _SENTENCE_STOP.search(low, end)
    return not _ALL_CHILDREN.search(low, opens, closes.start() if closes else len(low))


# The respondent moving into a son's or daughter's home, who is grown then: "明年要去深圳跟儿子住
# 了", "搬到闺女家去", "投奔儿子", "moving in with my daughter", "going to live with my son" (not
# "我跟儿子住", "my son lives with me", "moving in with my son and his two kids" is left as said).
_MOVING_IN = re.compile(
    r"(?:去(?!年)|搬去|搬到|搬过去|过去|回去)[^,，。;；]{0,6}?(?:跟|和|同)(?:我|俺)?(?:家)?(?:儿子|女儿|闺女)"
    r"[^,，。;；]{0,6}?(?:一起|一块儿?)?(?:住|过|养老)"
    r"|(?:搬到|搬去|住到|住进|去)(?:我|俺)?(?:家)?(?:儿子|女儿|闺女)(?:家|那儿?|那边|那里|身边)"
    r"|投奔(?:我|俺)?(?:家)?(?:儿子|女儿|闺女)"
    r"|\b(?:mov(?:e|es|ed|ing)\s+in|(?:go|going|gonna|went)\s+(?:to\s+)?(?:live|stay)|moving)"
    r"\s+(?:in\s+)?with\s+(?:my|our)\s+(?:son|daughter|eldest|youngest)\b"
    r"|\bmov(?:e|es|ed|ing)\s+(?:to|into)\s+(?:my|our)\s+(?:son|daughter)'s\b"
)


def moving_in_with_child(low: str, start: int, end: int) -> bool:
    """The son or daughter at `start`..`end` is one the respondent moves in with: grown, with a
    home of their own, so no child of the respondent's is shown."""
    if not needs_evidence(low, start, end):
        return False
    moved = _MOVING_IN.search(low)
    if moved is None:
        return False
    rest = low[: moved.start()] + " " + low[moved.end() :]
    return not child_shown(rest)


# The son's or daughter's own child: "her little boy", "his baby girl", "their newborn".
_THEIR_CHILD = re.compile(
    r"\b(?:her|his|their)\s+(?:(?:little|baby|young|small|new|newborn|wee)\s+)*"
    r"(?:boy|girl|baby|one|ones|son|daughter|kids?|children|lad|lass|newborn)\b"
)


def left_open(low: str, start: int, end: int, value: bool, asked: bool = False) -> bool:
    """The son or daughter at `start`..`end` leaves the dependents question open: one the
    respondent moves in with; said under another question, no sign of a child for a yes, one
    grown child for a no."""
    if value and moving_in_with_child(low, start, end):
        return True
    if asked:
        return False
    if value:
        # ("my daughter named her little boy after me": her child is a grandchild, no child)
        return needs_evidence(low, start, end) and not child_shown(_THEIR_CHILD.sub(" ", low))
    return one_grown_child(low, start, end)
