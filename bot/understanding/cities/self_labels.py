"""The respondent's own city, said in passing while they describe themselves.

A self-description names the home beside a line of work or a stage of life: "Rick, 58, retired
teacher in Dayton", "female, 23, student in Manchester", "I'm a student in Nairobi", "I'm 71 and
in Pune", "living with my boyfriend in Denver", and in Chinese the city before a label for
oneself: "35了，深圳码农一枚", "本人广州白领".
The role word there is the respondent, not somebody they deal with ("my students in Leeds").
Nothing is read for another person's role ("my son's a teacher in Leeds", "我表弟是深圳码农"), a
trip ("a student trip in Paris", "I'm 33 and in Rome on holiday"), the past ("was a student in
Boston") or a group or a life spoken of ("杭州宝妈群", "深圳打工人的日子").
"""

from __future__ import annotations

import re

from bot.understanding.cities import passing_homes
from bot.understanding.others import HOUSEHOLD, OUTSIDE
from bot.understanding.people import clause_before

_ROLES_EN = (
    r"students?|teacher|nurse|doctor|engineer|developer|programmer|coder|designer|accountant"
    r"|lawyer|solicitor|driver|trucker|chef|cook|barista|cleaner|carer|caregiver|retiree"
    r"|pensioner|worker|mechanic|electrician|plumber|builder|farmer|consultant|freelancer"
    r"|contractor|lecturer|professor|researcher|scientist|pharmacist|dentist|paramedic"
    r"|firefighter|clerk|cashier|analyst|artist|writer|photographer|musician|tradie|housewife"
    r"|homemaker|mum|mom|dad|grandma|grandad|grandpa|guy|man|woman|girl|bloke|lady|dude|gal|lad"
    r"|expat|grad|graduate|intern|apprentice|hairdresser|shopkeeper|vet|midwife|tutor"
    r"|logger|miner|fisherman|rancher|welder|carpenter|roofer|labou?rer|painter|baker|butcher"
    r"|waiter|waitress|bartender|banker|manager|salesman|mother|father|widow|widower"
)
ROLES_EN = _ROLES_EN  # (also read by the ages listed with them)
# The clause up to the city opens with the role ("retired teacher in", "nursing student here in")
# or says "I'm a …" before it; up to three words may describe the role ("stay at home mum"), none
# of them an owner, an article or a verb that makes it another person's or the past; an age may
# go with them ("I'm a 58 yr old logger in").
_ROLE_IN_EN = re.compile(
    r"(?:^\s*|\b(?:i'?m|i am|im)\s+(?:just\s+|now\s+|currently\s+|still\s+)?)(?:an?\s+)?"
    r"(?:\d{2}\s*(?:-\s*)?(?:yrs?|years?|y/?o)?(?:\s*-?\s*old)?\s+)?"
    r"(?:(?!(?:my|his|her|our|their|the|a|an|was|were|is|are|and|but|on|of|for)\b)[a-z-]+\s+)"
    r"{0,3}(?:" + _ROLES_EN + r")\s+(?:(?:here|now|currently|based|living|over|out|down|up)\s+)*"
    r"(?:in|near)\s*$"
)
# "I'm 71 and in Pune", "I'm retired and now in Leeds": the respondent and the place joined; or a
# role joined to them ("im 19 and a student in Kochi"; not "I'm 45 and my son is a student in Pune",
# "I'm 30 and was a nurse in Leeds").
_AND_IN_EN = re.compile(
    r"\b(?:i'?m|i am|im)\s+[^,.;!?]{1,30}?\band\s+(?:now\s+|currently\s+|still\s+|also\s+)?"
    r"(?:(?:an?\s+)?(?:(?!(?:my|his|her|our|their|the|was|were|is|are|on|of|for)\b)[a-z-]+\s+){0,2}"
    r"(?:" + _ROLES_EN + r")\s+(?:(?:here|now|currently|based|living)\s+)*)?in\s*$"
)
# The respondent living with somebody there: "living with my boyfriend in Denver", "I live with my
# girlfriend in Leeds", "moved in with my fiancé in Austin", "19, still living with mum and dad in
# Kandy" (not "my son lives with his girlfriend in Leeds", "visiting my boyfriend in Denver").
_LIVING_WITH_EN = re.compile(
    r"(?:^\s*(?:now\s+|currently\s+|still\s+)?|\b(?:i|we)\s+(?:now\s+|currently\s+|still\s+|just\s+)?"
    r"|\b(?:i'?m|i am|we'?re|we are)"
    r"\s+(?:now\s+|currently\s+|still\s+)?)(?:live|living|livin'?|moved in|shacked up)"
    r"\s+(?:together\s+)?(?:with|w/?)\s+[^,.;!?]{1,30}?\bin\s*$"
)
# A stay, not the home: "in Rome on holiday", "in Leeds for the weekend", "in Paris visiting".
_TRIP_AFTER_EN = re.compile(
    r"\s+(?:on\s+(?:a\s+|my\s+|our\s+|the\s+)?(?:holiday|vacation|hols|trip|business|break|visit"
    r"|tour|layover)|for\s+(?:a\s+|the\s+)?(?:weekend|week|holiday|conference|work|visit|few days)"
    r"|visiting)\b"
)
# Somebody named right before the clause: "my mum, retired teacher in Dayton".
_PERSON_BEFORE = re.compile(r"(?:" + OUTSIDE + "|" + HOUSEHOLD + r")\s*[,:\-–—]?\s*$")

# A label the respondent gives themselves after the city ("深圳码农", "北京打工人", "上海社畜").
_LABELS_ZH = (
    r"码农|程序员|程序猿|打工人|打工仔|打工妹|社畜|宝妈|宝爸|白领|上班族|北漂|沪漂|深漂|杭漂|土著"
    r"|老师|教师|护士|医生|大学生|学生党|研究生|留学生"
    # a year of study: "武汉大二学生", "成都研一", "西安高三党"
    r"|(?:大|研|博|高|初)[一二三四五](?:的?学生(?:党)?|党|狗|在读)?|退休(?:老)?(?:人员|职工|教师|工人)"
    r"|小伙|姑娘|妹子|宅男|宅女|外卖小哥|快递小哥|司机|的哥|全职妈妈|全职太太|家庭主妇"
    r"|自由职业者?|个体户|小老板|设计师|工程师|会计|律师|厨师|农民工|公务员|大学狗|铲屎官"
)
LABELS_ZH = _LABELS_ZH  # (also read by the labels that open a message)
# ... then a count word and the clause's end ("一枚", "一个"), not a group or a life ("宝妈群",
# "打工人的日子", "码农都996")
_LABEL_AFTER_ZH = re.compile(
    r"(?:" + _LABELS_ZH + r")(?:一枚|一个|一名|一只|一位|一族)?\s*"
    r"(?:$|[,，。.!！~～、;；\s]|[哈呀啊哦呢了嘛啦])"
)
# ... opening its clause, or after "我是", "本人", "俺是", "我就是个" (not "我表弟是").
_LABEL_BEFORE_ZH = re.compile(
    r"^\s*(?:(?:我|俺)(?:就|也)?是(?:个|一个|一名)?|本人|我一个|俺一个)?\s*$"
)


def described_there(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is named in the respondent's description of themselves."""
    if passing_homes.placed_in_passing(low, start, end):
        return True  # "退休老师，在杭州住", "retired in Truro", "we in lancaster"
    if "\u4e00" <= low[start : start + 1] <= "\u9fff":
        before = clause_before(low, start)
        return bool(_LABEL_BEFORE_ZH.match(before) and _LABEL_AFTER_ZH.match(low, end))
    return role_in(low, start) and not _TRIP_AFTER_EN.match(low, end)


def living_with(before: str) -> bool:
    """`before`, the clause up to a city, says the respondent lives there with somebody."""
    return before.endswith("in ") and _LIVING_WITH_EN.search(before) is not None


def role_in(low: str, start: int) -> bool:
    """The English words before `start` place the respondent there by a role of their own
    ("single dad in", "I'm a student in"), joined to them ("I'm 71 and in") or living with
    somebody ("living with my boyfriend in")."""
    before = clause_before(low, start)
    if not before.endswith(("in ", "near ")):
        return False  # cheap: every such self-description ends "… in"
    if _AND_IN_EN.search(before) or _LIVING_WITH_EN.search(before):
        return True
    if not _ROLE_IN_EN.search(before):
        return False
    opening = start - len(before)
    return _PERSON_BEFORE.search(low, max(0, opening - 30), opening) is None
