"""Household topics said in a few more ways, and household words that name nobody at home.

Readings, turned into candidates by `patterns.boolean_hits` (`readings`):
- "家里两个小的", "家里有俩小的": children at home counted as "the little ones" (any answer);
- "one at uni, one still at school": children counted by where they study (dependents asked);
- "a single dad with two under 5", "mum with three little ones", "we have two under 5": young
  children (any answer);
- "我自己一个人带俩孩子过": raising children alone as a way of life is no partner (but "一个人带娃"
  with the partner away stays open, see `booleans`);
- "dating? ha, chance would be a fine thing": the idiom for "no such luck", single (asked);
- "去营业厅交，老头子不会弄手机": a bare "老头子" / "老太婆" opening a clause that goes on about
  them is the respondent's spouse (any answer; but "隔壁老头子", "我一个老头子", "老头子了");
- "就我一个人 在外面租房": alone, with a space before what follows ("一个人在外面" written
  together is a worker away from a family, see `not_words`; asked);
- "three boys under 10 running about the house", "married with two girls under 5": children
  counted by an age limit, opening a clause or after "with" (any answer; not "my sister has
  three boys under 10", "I coach ten kids under 12");
- "家里有两个老人要养", "上有二老要照顾": elders the respondent has to keep (any answer; not
  "家里有两个老人，不用我养", "老人要养生");
- "it's me and my 2 boys": the household listed as the respondent and children (any answer);
- "囝仔", "囡仔": the Hokkien words for children ("囝仔还细汉"; not "查某囝仔", a girl; asked).
Judgements used by `household.resolve_boolean`:
- `names_nobody`: "不算完全靠我养吧" is partly, neither yes nor no; "叫我宝宝" is a pet
  name; "儿子两口子", "女儿一家" a child's own household; "跟亲儿子似的" a likeness;
  "the eldest moved out" one of several children gone, the others still at home;
- `not_dependent_now`: children "both in their 20s", gone with the other parent ("离婚了，
  孩子跟他爸", "孩子判给他爸了") or gone to work elsewhere ("孩子都去深圳打工了",
  "囝仔都去深圳拍拼了", "the kids moved away for work", "儿子在深圳打工，一年回来一趟");
- `partly` (for `word_slots`): the same hedge as the whole answer, a vague one;
- `still_here`: "以前是我老婆交…她现在管孩子上学": the past is the errand, the partner is here now;
- `alone_for_now`: "just me and the baby today", "… most weeks", or with the partner said to be
  away ("Husband's away most weeks, so it's just me and the kids"): alone for a while, no single
  life ("just me and my daughter" still is).
"""

from __future__ import annotations

import re

from bot.understanding.family import echoed_youth
from bot.understanding.people import clause_before, grown_up

Reading = tuple[int, int, bool, bool]  # start, end, value, said in any answer

_LITTLE_ONES_ZH = re.compile(
    r"(?:家里|家里头|屋里|我家|俺家)(?:有|还有)?(?:两|俩|三|仨|一|二)个?小的"
    r"(?=\s*(?:$|[,，。.!！?？~～…]|都|还|在|上|要|呢|啊|呀|嘛))"
)
_SCHOOLS = (
    r"(?:uni|university|college|school|nursery|kindy|kindergarten|daycare|preschool"
    r"|primary(?: school)?|secondary(?: school)?|high school|middle school|sixth form)"
)
_ONE_EACH_SCHOOL = re.compile(
    rf"\bone\s+(?:(?:is|'s)\s+)?(?:still\s+)?(?:at|in)\s+{_SCHOOLS}\b[,;\s]+(?:and\s+)?"
    rf"(?:one|the other)\s+(?:(?:is|'s)\s+)?(?:still\s+)?(?:at|in)\s+{_SCHOOLS}\b"
)
_NUMBER = r"(?:\d+|a|one|two|three|four|five|six)"
# children counted as a clause of their own, placed at a school below university: "married, 2 at
# high school", "two in primary school" (not "I teach 30 at high school", "one at uni")
_COUNTED_AT_SCHOOL = re.compile(
    r"(?:^|[,;]\s*)(?:and\s+|plus\s+)?(?:[1-6]|one|two|three|four|five|six)\s+(?:still\s+)?"
    r"(?:at|in)\s+(?:(?:high|primary|secondary|middle|elementary|junior|infant|grammar|prep)\s+)?"
    r"(?:school|nursery|kindergarten|daycare|preschool|sixth form)\b"
)
_PARENT_WITH_YOUNG = re.compile(
    rf"\b(?:mum|mom|mam|mother|dad|father|parent)\s+with\s+{_NUMBER}\s+"
    r"(?:under\s+\d+|little ones|small ones|young ones|wee ones|toddlers?|little kids"
    r"|young kids|small kids|kids under)\b"
)
_AGE_LIMIT = r"(?:1[0-8]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
# "my husband and I have two under 5", "we've got three under ten": the household's young children
# counted by age (not "I have two under my name", "two under 50 quid")
_HAVE_YOUNG = re.compile(
    rf"\b(?:i|we)(?:\s+(?:both|also|now|still|just))?\s*(?:have|'ve got|'ve|got)\s+{_NUMBER}\s+"
    r"(?:kids?\s+|children\s+|little ones\s+|boys\s+|girls\s+|lads\s+)?under\s+"
    + _AGE_LIMIT
    + r"\b(?!\s*(?:\d|quid|pounds?|dollars?|bucks|euros?|mins?|minutes?"
    r"|hours?|gb|mbps|%|percent|grand|k\b))"
)
_ALONE_RAISING_ZH = re.compile(
    r"(?:自己|我|俺)一个人(?:拉扯|带|养)着?(?:两|俩|三|仨|一|几)?个?(?:孩子|娃|小孩|儿子|女儿|闺女)"
    r"(?:们)?过(?:日子)?"
)
_FINE_THING = re.compile(r"\bchance would be a fine thing\b|\bi should be so lucky\b")
# a clause that opens with the bare word and goes on about that person (not "老头子了", "老头子们",
# "老头子都…" of old men in general, nor "老头子我…" of the speaker as one)
_OLD_SPOUSE_OPENS = re.compile(
    r"(?:^|(?<=[,，。;；!！?？~～\s]))(?:老头子|老太婆)(?=(?:也|就|又|还|总|老是|天天|每天|平时|一直"
    r"|从来)?(?:不|没|不会|会|说|嫌|要|去|在|非|管|负责|弄|交|用|喜欢|爱|让|叫|只|腿|身体|眼睛))"
)
# children counted by an age limit, opening a clause or after "with", "and", "plus"
_COUNTED_UNDER = re.compile(
    r"(?:^|[,;.!?:]\s*|\b(?:with|and|plus)\s+)(?P<kids>(?:[2-9]|two|three|four|five|six)\s+"
    r"(?:(?:little|young|small|wee)\s+)?(?:boys|girls|kids|lads|lasses|children|sons|daughters"
    r"|little ones)\s+(?:(?:both|all|aged|still)\s+)*under\s+"
    + _AGE_LIMIT
    + r"\b)(?!\s*(?:quid|pounds?|dollars?|bucks|euros?|mins?|minutes?|hours?|kg|kilos?|lbs?|%))"
)
# elders to keep: "家里有两个老人要养", "上有二老要照顾", "还有爸妈要我养" (not "老人要养生", nor
# "老人要养活自己", who keep themselves)
_ELDERS_TO_KEEP = re.compile(
    r"(?<![没无])(?<!没有)(?:[两俩二三四一几]个)?(?<![没无])(?<!没有)"
    r"(?:老人家?|二老|两老|老的|爸妈|父母|老爸老妈|公婆)"
    r"(?:要|需要|得|等着)(?:我|俺|我们|俺们)?(?:来)?(?:养|照顾|伺候|赡养|供|养活|照料)"
    r"(?![生花鱼狗猫鸟宠]|活?自己|老院)"
)
# The household listed as the respondent and their children: "it's me and my 2 boys", "just me
# and my two girls" (not "me and my boys went to the pub", "me and my 2 boys are grown", "just
# me and my two girls, they're at uni": children grown or away are read by `adult_children`).
_ME_AND_CHILDREN = re.compile(
    r"\b(?:it'?s|its|it is|there'?s|there is|just|only)\s+(?:just\s+|only\s+)?me\s+(?:and|&|n|plus)"
    r"\s+(?:my|me|the)\s+(?:[2-9]|two|three|four|five|six)\s+(?:(?:little|young|small|wee)\s+)?"
    r"(?:boys|girls|lads|lasses|kids|children|sons|daughters|young ones|little ones)\b"
    r"(?![^.;!?]{0,30}\b(?:grown|adults?|moved out|left home|uni|university|college|away"
    r"|working|work)\b)"
)
# Hokkien children: "囝仔", "囡仔" (not "查某囝仔", "查埔囡仔": a girl, a boy)
_HOKKIEN_CHILD = re.compile(r"(?<![查埔甫某])(?:囝仔|囡仔)")
_ALONE_SPACED = re.compile(
    r"(?:就|只有)(?:我|俺)(?:自己)?一个人?(?:了|啊|呀|哈)?(?=\s+[\u4e00-\u9fff])"
)


def readings(low: str, role: str, asked: bool) -> list[Reading]:
    """Spans of `low` that say something of the household topic `role`."""
    out: list[Reading] = []
    if role == "dependents":
        if "小的" in low:
            out += [(m.start(), m.end(), True, True) for m in _LITTLE_ONES_ZH.finditer(low)]
        if asked and "one " in low:
            out += [(m.start(), m.end(), True, False) for m in _ONE_EACH_SCHOOL.finditer(low)]
        if " at " in low or " in " in low:
            out += [(m.start(), m.end(), True, True) for m in _COUNTED_AT_SCHOOL.finditer(low)]
        if " with " in low:
            out += [(m.start(), m.end(), True, True) for m in _PARENT_WITH_YOUNG.finditer(low)]
        if " under " in low:
            out += [(m.start(), m.end(), True, True) for m in _HAVE_YOUNG.finditer(low)]
            out += [(*m.span("kids"), True, True) for m in _COUNTED_UNDER.finditer(low)]
        if asked and "一个" in low:
            out += [(m.start(), m.end(), False, False) for m in _ALONE_SPACED.finditer(low)]
        if "要" in low or "得" in low:
            out += [(m.start(), m.end(), True, True) for m in _ELDERS_TO_KEEP.finditer(low)]
        if " me " in low:
            out += [(m.start(), m.end(), True, True) for m in _ME_AND_CHILDREN.finditer(low)]
        if "仔" in low:
            # (asked only: "阮囝仔帮阮换的" to another question is a grown child's help)
            out += [(m.start(), m.end(), True, False) for m in _HOKKIEN_CHILD.finditer(low)]
    elif role == "partner":
        if "一个人" in low:
            out += [(m.start(), m.end(), False, True) for m in _ALONE_RAISING_ZH.finditer(low)]
            if asked:
                out += [(m.start(), m.end(), False, False) for m in _ALONE_SPACED.finditer(low)]
        if "老头子" in low or "老太婆" in low:
            out += [(m.start(), m.end(), True, True) for m in _OLD_SPOUSE_OPENS.finditer(low)]
        if asked and ("fine thing" in low or "so lucky" in low):
            out += [(m.start(), m.end(), False, False) for m in _FINE_THING.finditer(low)]
        if asked and "分了" in low:
            out += [(m.start(), m.end(), False, False) for m in _SPLIT_UP.finditer(low)]
        if asked and ("在一起" in low or "没分" in low or "together" in low or "split" in low):
            out += [(m.start(), m.end(), True, False) for m in _STILL_TOGETHER.finditer(low)]
    return out


# Split up, said with no partner word as the answer when the partner was asked:
# "上个月刚分了，别提了", "没，早分了" (not "分了两次交", "分了家": something else
# divided; nor a later clause of a story, "和他谈了五年，去年分了").
_SPLIT_UP = re.compile(
    r"^(?:(?:没有?|没了|无)[,，\s]*)?(?:我们|我俩|俩人|两个人|跟他|跟她|和他|和她)?(?:早就?|刚刚?|已经|上个?月|上周"
    r"|上礼拜|上星期|去年|前年|前阵子|前段时间|年初|年前|最近|半年前)*(?:就|才|也)?(?:刚)?分了(?:手)?"
    r"(?=\s*(?:$|[,，。!！~…]|[啊呀吧啦哦嘛](?:\s*$|[,，。!！~…])))"
)
# Not split up, still together, said as the answer when the partner was asked: "没分，还在一起",
# "还没分呢", "we haven't split, still together" (not "还在一起吗", "跟爸妈还在一起住", "my
# parents are still together", "we're not still together").
_STILL_TOGETHER = re.compile(
    r"(?:^|(?<=[,，。!！\s]))(?:(?:我们|我俩|俩人|两个人)?(?:都)?(?:还|一直|仍然|依然)在一起"
    r"|(?:还)?没(?:有)?分(?:手)?)(?=[了呢啊呀哈]*\s*(?:$|[,，。!！~…]))"
    r"|(?:^|(?<=[,.;!]\s)|(?<=[,.;!]))(?:(?:yes|yeah|yep|no|nope|we'?re|we are|we|still)[,\s]+)*"
    r"(?:still together|(?:haven'?t|have not|didn'?t|did not|not|never)\s+(?:split|broken up"
    r"|broke up)(?:\s+up)?)(?=\s*(?:$|[,.!]|yet\b))"
)
_PET_NAME_BEFORE = re.compile(r"(?:叫|喊|称|称呼|管)(?:我|他|她|人家)(?:叫)?\s*$")
_PET_NAME = ("宝宝", "宝贝")
# a son's or daughter's own couple or family: "儿子两口子住隔壁", "女儿一家在深圳"
_OWN_HOUSEHOLD_AFTER = re.compile(r"\s*(?:两口子|俩口子|小两口|夫妻|一家(?:子|人|三口|四口)?)")
_SON_OR_DAUGHTER = re.compile(r"(?:儿子|女儿|闺女|大儿子|小儿子|大女儿|小女儿)$")
# one of several gone: "three kids, the eldest moved out", "one of them has moved out"
_ONE_GONE_BEFORE = re.compile(
    r"\b(?:(?:the|my|our)\s+(?:eldest|oldest|youngest|older|elder|younger|big|first|second)"
    r"(?:\s+(?:one|boy|girl|son|daughter|lad|lass))?|one of (?:them|the kids|the boys|the girls)"
    r"|one)\s+(?:(?:has|'s|just|already)\s+)*$"
)
_GONE = ("moved out", "left home", "flown the nest")
_PARTLY_BEFORE = re.compile(r"不(?:算|是|能算|能说)?(?:完全|百分百)(?:是|都)?\s*$")
# a child word as the measure of a likeness: "跟亲儿子似的" (a pet), "跟我儿子差不多大" (others
# of that age), "像亲闺女一样" (but "跟儿子一起住", "我跟儿子一样爱打游戏")
_LIKE_BEFORE = re.compile(r"(?:跟|像|和|同)(?:我|俺)?(?:的|家)?(亲)?\s*$")
_LIKE_AFTER = re.compile(r"(?:似的|一般)|(?:差不多|一样|一般)(?:大|年纪|岁数)")


def names_nobody(low: str, start: int, end: int) -> bool:
    """The dependents word at `start`..`end` names nobody who depends on the respondent now."""
    word = low[start:end]
    if ("?" in low or "？" in low) and echoed_youth.echoed_with_youth(low, start, end):
        return True  # "kids? I'm 22 mate": an echoed question answered with one's youth
    if "完全" in low and _PARTLY_BEFORE.search(clause_before(low, start)):
        return True  # "不算完全靠我养吧": partly, a hedge of neither value
    if word in _PET_NAME:
        return _PET_NAME_BEFORE.search(low, max(0, start - 6), start) is not None
    like = _LIKE_BEFORE.search(low, max(0, start - 5), start)
    if like and (_LIKE_AFTER.match(low, end) or (like.group(1) and low.startswith("一样", end))):
        return True  # "跟亲儿子似的", "跟我儿子差不多大": a likeness, nobody had
    if _SON_OR_DAUGHTER.search(word):
        return _OWN_HOUSEHOLD_AFTER.match(low, end) is not None
    if word in _GONE:
        return _ONE_GONE_BEFORE.search(clause_before(low, start)) is not None
    return False


_PARTLY_KEPT = re.compile(
    r"不(?:算|是|能算|能说)?(?:完全|百分百)(?:是|都)?(?:靠|依靠|依赖|指望)(?:我|俺)"
)


def partly(low: str) -> bool:
    """ "不算完全靠我养吧": kept by the respondent only in part, an answer of neither value."""
    return "完全" in low and _PARTLY_KEPT.search(low) is not None


_GROWN_DECADE_AFTER = re.compile(
    r"\??[^.;!?。；]{0,12}?\b(?:both|all|are|now|they're|who are|each)?\s*"
    r"(?:both\s+|all\s+|now\s+)?"
    r"in their (?:[2-9]0s|twenties|thirties|forties|fifties|sixties)\b"
)
_WITH_OTHER_PARENT_AFTER = re.compile(
    r"(?:们)?(?:都)?(?:跟|归|判给|跟着)(?:了)?(?:他|她|孩子)?(?:爸|妈|爹|娘|爸爸|妈妈|前夫|前妻)"
    r"(?:了|住|过|生活|那边|那儿)?(?:了)?\s*(?:$|[,，。.!！~～])"
)


# gone to work in another place: "孩子都去深圳打工了", "囝仔都去深圳拍拼了" (not "孩子去深圳上学了",
# "去外婆家玩了"; nor "大儿子在外地打工", which says where one of them is, not that he left)
_WORKING_AWAY_AFTER = re.compile(
    r"(?:们)?(?:都|早就?|已经|也|全)*(?:去了?|到了?|跑去|出去)[^,，。;；!！?？]{0,8}?"
    r"(?:打工|打拼|拍拼|闯荡|谋生|做工|赚钱|挣钱)"
    # working elsewhere and home once a year: "儿子在深圳打工，一年回来一趟", "过年才回来"
    r"|(?:们)?(?:都|也)?在[^,，。;；!！?？]{0,8}?(?:打工|打拼|上班|工作)[,，\s]*"
    r"(?:一年(?:到头)?(?:才|就|只|也就)?(?:回来|回家|回)|过年(?:才|就|的时候)?(?:回来|回家|回)"
    r"|逢年过节(?:才)?回)"
    # "the kids all moved to Shenzhen for work", "my son went abroad for work", "both work away"
    r"|(?:'s|s')?(?:\s+(?:all|both|have|has|'ve|now|already|long))*\s+(?:moved|gone|went|left)"
    r"\s+(?:away|abroad|overseas|off|(?:out\s+)?to\s+[a-z]+(?:\s+[a-z]+)?)\s+for\s+(?:work|a job"
    r"|jobs|their jobs|a living)\b"
    r"|(?:\s+(?:all|both|now))*\s+(?:work|works|are working|is working)\s+(?:away|abroad|overseas"
    r"|in another (?:city|town|country))\b"
    # "my kids all work in Shenzhen now", "both my sons work in London now"
    r"|(?:\s+(?:all|both))*\s+(?:work|works|are working|is working)\s+in\s+[a-z]+(?:\s+[a-z]+)?"
    r"\s+now\b"
)


# grown, said in Cantonese ("咗" reads as "了"): "仔女都大个咗", "我个仔结咗婚", "仔女出咗去做嘢"
# (not "大个咗少少", a little bigger)
_GROWN_YUE_AFTER = re.compile(
    r"(?:们|啲)?(?:都|早就?|已经|已)?(?:大个了(?!少少|啲|一啲)|结了婚|成了家|出了(?:去)?(?:做嘢|返工|搵食))"
)


# The child word names whose parent somebody is ("两个娃的妈，在苏州上班", "孩子他爸在外地工作"),
# the parent word after it or closing the reading: the parent is the one spoken of after it.
_PARENT_NAMED_AFTER = re.compile(
    r"(?:的|之)(?:亲)?(?:老)?(?:妈|爸|娘|爹|母亲|父亲)|[他她](?:妈|爸|娘|爹)"
)
_PARENT_NAMED_END = re.compile(
    r"(?:(?:的|之)(?:亲)?(?:老)?(?:妈|爸|娘|爹|母亲|父亲)|[他她](?:妈|爸|娘|爹))[妈爸]?$"
)
_ALL_OF_THEM_NEXT = re.compile(r"[妈爸]?[,，\s]*(?:早就?|已经)?都")


def not_dependent_now(low: str, end: int) -> bool:
    """The child word ending at `end` is grown and on their own (`people.grown_up`), grown by
    their age ("both in their 20s"), went with the other parent ("离婚了，孩子跟他爸"; but "my son
    lives with his mum in Denver" says where he lives, not that he is kept by her alone) or went
    to work elsewhere ("孩子都去深圳打工了"); not when it names whose parent is spoken of."""
    named = _PARENT_NAMED_AFTER.match(low, end)
    if named or _PARENT_NAMED_END.search(low[max(0, end - 6) : end]):
        # (unless "都" turns back to the children: "两个孩子的妈，都成家了")
        if not _ALL_OF_THEM_NEXT.match(low, named.end() if named else end):
            return False
    return (
        grown_up(low, end)
        or _GROWN_DECADE_AFTER.match(low, end) is not None
        or _WITH_OTHER_PARENT_AFTER.match(low, end) is not None
        or _WORKING_AWAY_AFTER.match(low, end) is not None
        or ("仔" in low and _GROWN_YUE_AFTER.match(low, end) is not None)
    )


_SHE_NOW = re.compile(r"(?:她|他)(?:现在|如今|这会儿|这阵子|最近)|(?:现在|如今)(?:她|他)")
_GONE_AFTER = re.compile(r"没了|走了|去世|过世|不在了|离了|离婚|分了|分手")


# Someone had from a change on: "有了娃之后", "生了孩子以后", "结婚后" (the change, not the past).
_SINCE_HAD = re.compile(r"(?:有了|生了|添了|结了?婚|嫁了|娶了)[^,，。;；]{0,3}$|结婚$")
_SINCE_AFTER = re.compile(r"(?:之后|以后|后)")
_SINCE_HAD_AFTER = re.compile(r"(?:有了|生了|添了|结了?婚|嫁了|娶了)[^,，。;；]{0,3}?(?:之|以)?后$")


def still_here(low: str, end: int, role: str) -> bool:
    """A partner word in a past clause is someone here now when a later clause speaks of them in
    the present ("以前是我老婆交，…她现在管孩子上学"); a household word had from a change on is
    had still ("以前喜欢打游戏 有了娃之后就戒了")."""
    if _SINCE_HAD_AFTER.search(low, max(0, end - 10), end) or (
        _SINCE_HAD.search(low, max(0, end - 8), end) and _SINCE_AFTER.match(low, end)
    ):
        return True  # "以前喜欢打游戏 有了娃之后就戒了": had since, and had still
    if role != "partner":
        return False
    rest = low[end:]
    return _SHE_NOW.search(rest) is not None and _GONE_AFTER.search(rest) is None


# Alone with someone for a while: "husband's at work, it's just me and the baby today", "just me
# and the kids most weeks" ("just me and my daughter" or "just me and the telly" still is).
_ALONE_FOR_NOW = re.compile(
    r"\s*(?:and|&|with|plus)\s+[^,.;!?]{1,25}?\b(?:today|tonight|this (?:week|weekend|morning"
    r"|afternoon|evening)|right now|at the moment|for now|these days|(?:most )?week(?:day)?s)\b"
)
# ... or with the partner said to be away before it: "Husband's away most weeks, so it's just me
# and the kids", "hubby works offshore", "my wife's deployed" (not "my husband left, it's just me").
_PARTNER_AWAY = re.compile(
    r"\b(?:husband|hubby|wife|partner|missus|fella|bloke|boyfriend|girlfriend|other half)"
    r"(?:'s|\s+is|\s+works|\s+is working)?\s+(?:\w+\s+){0,2}?"
    r"(?:away|offshore|deployed|overseas|interstate|on the road|on tour|at sea|fifo)\b"
)


def alone_for_now(low: str, end: int) -> bool:
    """The "just me" ending at `end` is alone for a while, no single life."""
    # (read only for a "just me" under the partner question: no literal gate needed)
    return bool(_ALONE_FOR_NOW.match(low, end) or _PARTNER_AWAY.search(low, 0, end))
