"""Sons and daughters who are grown-ups in the story the respondent tells.

A child named in passing is a dependent ("my kids complain constantly", "儿子上网课老卡"). A child
who runs the respondent's affairs ("my son sorted it for me", "我女儿帮我交的", "my daughter looks
after the bills"), whom the respondent asks or follows ("得问我儿子", "随女儿迁居青岛"), or who
urges the respondent ("my son keeps nagging me to upgrade", "她让我也打") is an adult: such a child
says nothing about dependents either way, unless the message gives them a child's age or school
("he's 15", "他在读高二"). A baby born to the respondent's child is a grandchild ("my daughter just
had a baby"), and children said to be grown as a group ("the kids are grown") are the same grown
children when named one by one later ("my son's in Auckland").

Kept apart from `people`, which judges whose a topic word is, because these readings are about
what a child does, not whom they belong to.
"""

from __future__ import annotations

import re

from bot.understanding.people import OTHER_PERSON_EN, OTHER_PERSON_ZH, clause_before

# The respondent asks or follows the child: "得问我儿子", "随女儿迁居青岛", "ask my son".
_ASKS_BEFORE = re.compile(
    r"(?:问问?|随|跟随|跟着|投奔|靠)(?:一下)?(?:我|我家|俺|俺家)?的?$|\bask\s+(?:my|our|the)\s+$"
)
# The decision is a son's or daughter's: "that's up to the daughter", "leave it to my son" (but
# "up to the kids, they're 6 and 9": a child's wish).
_UP_TO_BEFORE = re.compile(r"\b(?:up to|leave (?:it|that) (?:up )?to|down to)\s+(?:my|our|the)\s+$")
# ("俺" is "我" in northern dialects: "俺闺女给俺办了移动的")
_ACTS_AFTER_ZH = re.compile(
    r"^[^,，。;；]{0,4}?(?:[,，]\s*)?(?:是)?(?:他|她)?(?:(?:给|帮|替|带)(?:我|俺)|给|帮)(?:们)?"
    # (a switch made for the respondent too: "我孩子去年帮我换的", not "给换尿布")
    # (a card or an account tied for them: "娃娃给我绑的工资卡", "闺女帮我设置的自动扣款")
    # (or a phone bought for them: "我闺女给我买的这手机")
    r"(?:办|弄|装|交|付|出|选|签|开|申请|搞|换(?!尿布|纸尿裤)|改|转|绑|设置|关联|买)"
    # teaching the respondent to use the phone or the form: "俺闺女在旁边教俺弄这个", "我儿子
    # 手把手教我用的" (not "老师教我儿子", where the child is taught)
    r"|^[^,，。;；师]{0,4}?(?:手把手)?(?:教|指导)(?:我|俺)(?:们)?"
    # urging the respondent: "我儿子天天催我换手机" (not "催我给他买")
    r"|^[^,，。;；]{0,4}?(?:一直|老是?|总是?|天天|成天)?(?:催|劝|叫|让)(?:我|俺)"
    r"(?!给|买|陪|帮|带|抱|爸|妈|老爸|老妈)"
    # done by the child, the respondent's affairs: "都是我女儿弄的", "我闺女装的"
    r"|^(?:(?:给|帮|替)(?:我|俺))?(?:弄|办|装|交|缴|付|选|签|开|申请|搞|订|设置)的"
    # a family or a home of their own: "儿子一家在广州", "闺女在北京那套房子" (not "儿子的房间")
    r"|^一家|^[^,，。;；]{0,6}?(?:那套|那个|的|买的|买了)(?:房子?|新房|公寓|房产)(?!间)"
    # in charge of the household's affairs: "宽带都是我儿子在管", "缴费是我女儿负责", "我闺女管着
    # 家里的账" (not "在管他的玩具", "交了女朋友", "弄坏的")
    r"|^(?:都|也|一直|平时|现在|向来|从来)?(?:在|来)?(?:管|负责|操心|打理|经手|张罗|交|缴|付)"
    r"(?:着|的|呢|了|啦)*(?=$|[,，。;；!！?？~～\s]|这些|这个|这块|这事|那些|(?:家里|我们?|家)?的?"
    r"(?:交|缴|付)?(?:账|钱|费|宽带|话费|网费|电费|水电|手机|合同|套餐))"
)
# Runs the respondent's affairs or urges them: "sorted it for me", "looks after the bills",
# "keeps nagging me to upgrade" (not "nagging me to buy him a phone").
_ACTS_AFTER_EN = re.compile(
    # (a name may come first: "my daughter Marcia set up dis phone for me")
    r"^(?:'s|\s+(?!is\b|was\b|and\b|or\b|has\b|had\b)[a-z]+)?\s+"
    r"(?:(?:usually|always|normally|just|kindly|now|mostly)\s+)?(?:sorted|sorts|set"
    r"|sets|handles?|handled|deals?\s+with|dealt\s+with|looks?\s+after|looked\s+after"
    r"|takes?\s+care\s+of|took\s+care\s+of|manages?|managed|organi[sz]es|organi[sz]ed|does|did"
    r"|pays?|paid|runs?|ran|(?:is\s+)?in\s+charge\s+of|keeps?\s+(?:track|on\s+top)\s+of"
    # the respondent's phone kept going: "my daughter charges it on Sundays", "tops it up"
    r"|charges|charged|tops|topped|decides|decided"
    # a switch made for the respondent: "my son switched it for me last year"
    r"|switched|switches|changed|changes|upgraded|upgrades|renewed|renews|ported|moved)\b"
    r"[^,.;!?]{0,24}?(?:\bfor\s+(?:me|us)\b|\b(?:the|my|our|this|that|all\s+(?:of\s+)?(?:the|my|our))\s+"
    r"(?:(?:phone|internet|broadband|household|monthly)\s+)?(?:bills?|paperwork|accounts?|finances"
    # the respondent's devices: "set up my phone", "sorted my laptop"
    r"|phone|mobile|laptop|computer|tablet|ipad|router"
    r"|money|payments?|admin|internet|broadband|wi-?fi|contract|plan|tech|household)\b"
    # a payment set up for the respondent: "set up auto debit from my savings"
    r"|\b(?:auto[- ]?debit|direct debit|auto[- ]?pay|standing order)\b"
    # the affairs the question is about, pointed at: "takes care of all that", "handles it",
    # "set it all up"
    r"|\b(?:(?:all\s+(?:of\s+)?)?(?:that|this)(?:\s+(?:stuff|side(?:\s+of\s+things)?|sort\s+of"
    r"\s+thing|kind\s+of\s+thing))?|everything|these\s+things|it(?:\s+all)?)(?=\s*(?:$|[,.;!?]"
    r"|out\b|up\b|for\b|now\b|these\s+days|nowadays|on\s+\w+days\b|every\s+(?:week|month"
    r"|night|day)\b)))"
    r"|^\s*pays? (?:for (?:me|us|it|everything)|the bills?)\b"
    # signing the respondent up, in any tense and with the child's name before the verb ("my
    # daughter signed me up", patois "mi son sign me up", "my son Tony put me on this plan"; not
    # "signed him up for football")
    r"|^(?:\s+(?!is\b|was\b|and\b|or\b|has\b|had\b)[a-z]+)?\s+(?:(?:just|kindly|first)\s+)?"
    r"(?:sign(?:s|ed)?|set(?:s)?|put(?:s)?|got|gets?|register(?:s|ed)?)\s+(?:me|us)\s+"
    r"(?:up|on|onto|with)\b"
    # "my kid switched us over to fibre", "my daughter moved me to you lot"
    r"|^(?:\s+(?!is\b|was\b|and\b|or\b|has\b|had\b)[a-z]+)?\s+(?:(?:just|finally)\s+)?"
    r"(?:switched|moved|changed|ported)\s+(?:me|us)\s+(?:over\s+)?(?:to|onto)\b"
    r"|^(?:'s)?\s+(?:(?:keeps?|kept|is\s+always|always|has\s+been|been|won't\s+stop)\s+)?"
    r"(?:nagging|telling|on\s+at|pushing|badgering|urging|nags|tells|told|urged|reminding)\s+"
    r"(?:me|us)\s+to\b(?!\s+(?:buy|get|let)\s+(?:him|her|them)\b)"
)
# Urging later in the clause: "my daughter's up in Nashville and always fussin' that I oughta
# move closer" (not "my son's always fussing about his homework").
_URGES_LATER = re.compile(
    r"^(?:'s)?[^,.;!?]{0,40}?\b(?:always|keeps?|forever|constantly)\s+"
    r"(?:fuss|nag|on\s+at|go\w*\s+on|tell|bug|pester)\w*'?\s+(?:at\s+)?(?:me\s+)?(?:that\s+|about\s+how\s+)?(?:i|we|me)\s+"
    r"(?:should|oughta|ought|need|needs|gotta|have\s+to|must|gotta)\b"
)
# The respondent calling themself a child: "I'm more of a big kid", "I'm still a kid at heart".
_SELF_AS_CHILD = re.compile(
    r"\b(?:i'm|im|i am|i was|i'll always be)\s+(?:(?:just|still|more of|more|such|like|basically"
    r"|really|always|a|an|big|overgrown|grown|little)\s+)+$"
)
# The respondent asks, follows or is urged by "him" or "her": the person the pronoun stands for
# is an adult ("回头问问他", "她让我也打", "she keeps telling me to switch").
_PRONOUN_ACTS = re.compile(
    r"(?:问问?|随|跟随|跟着|投奔|靠)(?:一下)?(?:他|她)(?!们)|\bask (?:him|her)\b"
    r"|(?:他|她)(?!们)(?:一直|老|总|天天|也)?(?:让|叫|催|劝)(?:我|俺)(?:也)?(?!给|帮(?:他|她)|陪)"
    r"|\b(?:he|she)\s+(?:keeps\s+|always\s+)?(?:tells|told|telling|nags|nagging)\s+me\s+to\b"
    # the respondent's affairs decided: "she decides these things", "he sorts all that"
    r"|\b(?:he|she)\s+(?:always\s+|usually\s+)?(?:decides|sorts|handles)(?:\s+(?:these|those"
    r"|all|that|this|it|everything)\b|\s*(?:$|[,.;!?]))"
    # advice on the respondent's deal: "she says I should go elsewhere"
    r"|\b(?:he|she)\s+(?:says|said|reckons|thinks)\s+(?:i|we)\s+(?:should|ought|need)\b"
)
_PRONOUNS = frozenset(("他", "她", "he", "she", "they"))
# "he", "she" or "they" going on about a child named before: "my kids? they handle everything".
_PRONOUN = re.compile(r"\b(?:he|she|they)\b|(?:他|她)(?!们)")
# A child's age or school said in the message: "he's 15", "他在读高二", "上小学".
_MINOR = re.compile(
    r"\b(?:he|she|sons?|daughters?|kids?|boys?|girls?|child)(?:'s|\s+is)\s+(?:only\s+|just\s+)?"
    r"(?:1[0-7]|[1-9])\b(?!\s*(?:months?|weeks?))"
    r"|\b(?:1[0-7]|[1-9])[ -]?(?:yo|y/o|years?[ -]old)\b|\bteen(?:age|ager)?s?\b"
    r"|\b(?:primary|secondary|high|middle|elementary|nursery)\s+school\b|\bkindergarten\b"
    r"|\bgrade\s+\d|\b\d+(?:st|nd|rd|th)\s+grade\b|\byear\s+\d{1,2}\b"
    r"|小学|初中|高中|幼儿园|中学生|[初高][一二三](?![\d一二三四五六七八九十])|[一二三四五六]年级"
    # a kids' smartwatch line is for a young child: "给闺女办的手表卡"
    r"|手表卡|儿童手表|电话手表|\bkids?'? ?(?:smart)?watch"
    r"|(?<![\d一二三四五六七八九十])(?:1[0-7]|[1-9]|十[一二三四五六七]?|[一二三四五六七八九])岁"
)


# A son's or daughter's view of the provider, passed on: "我儿子说你们比移动好", "my daughter
# reckons you're better than Vodafone". Said of a "孩子" or "kid", or of the line at home ("我女儿
# 说晚上网速慢"), it is as often a young one's ("我家孩子说网速yyds").
_SON_OR_DAUGHTER = re.compile(r"儿子|女儿|闺女|sons?|daughters?")
_VIEW_AFTER = re.compile(
    r"[^,，。;；]{0,3}?(?:说|觉得|讲|认为|推荐|建议|嫌)[^,，。;；]{0,4}?(?:你们|你家|移动|联通|电信"
    r"|广电|这家|那家)"
    r"|(?:'s)?\s+(?:(?:always|keeps)\s+)?(?:says|said|reckons|reckoned|thinks|thought|swears)\s+"
    r"(?:that\s+)?(?:you|you're|you've|you lot|you guys|ye|ye're|yiz|youse|unu)\b"
    # the deal decided: "the son says stay", "my daughter says switch"
    r"|(?:'s)?\s+(?:says|said|reckons|thinks)\s+(?:to\s+)?(?:stay|switch|leave|cancel|renew"
    r"|change|move|keep it|go elsewhere)\b"
    # judging the price or the deal: "which my daughter says is daylight robbery", "my son
    # reckons I'm being ripped off" (not "my son says he wants a tablet")
    # ("my son say it's the router": "say" without its "-s" in many Englishes)
    r"|(?:'s)?\s+(?:(?:always|keeps)\s+)?(?:says?|said|reckons?|reckoned|thinks?|thought|swears?)"
    r"\s+(?:that\s+)?(?:is|it's|it is|that's|this is|i'm|i am|we're|i'm being|i should|we should"
    r"|i ought)\b"
    # a deal or a purchase weighed up for the respondent: "我女儿说换个新手机", "闺女说一年的划算"
    r"|[^,，。;；]{0,2}?(?:说|觉得|讲|认为|建议)(?:换个|换台|换部|[^,，。;；]{0,6}?(?:划算|不划算|太贵|不值))"
)


# People of a grown-up's own circle: "my son's mate works for Optus", "my daughter's boyfriend",
# "儿子的同事" (not "my son's friend from school", "my daughter's teacher").
_ADULT_CIRCLE_AFTER = re.compile(
    r"(?:'s|s')\s+(?:(?:wife|husband|fianc[ée]e?|colleagues?|boss|workmates?|co-?workers?"
    r"|in-laws?|father in law|mother in law)\b|(?:mates?|friends?|pals?|buddy|boyfriend"
    r"|girlfriend|partner)\s+(?:from work\s+"
    r"|at work\s+)?(?:works|worked|working|at work|from work)\b)"
    r"|的?(?:同事|领导|老板|老丈人|丈母娘|公公|婆婆)"
)
# Grandchildren of the respondent's own: "the grandkids were visiting", "I've grandkids now",
# "我外孙", "抱上孙子了" (not "her grandkids", "my mum's grandchildren").
_OWN_GRANDCHILDREN = re.compile(
    r"(?:\b(?:my|our|the|i've|i have|we've|we have|got)\s+(?:\w+\s+)?|(?:^|[,.;!?]\s*))"
    r"grand(?:kids?|children|child|sons?|daughters?|bab(?:y|ies))\b"
    r"|(?:我|俺|咱)(?:家|的)*(?:外)?孙[子女儿]|抱(?:上|了)(?:外)?孙"
)
# A school year or age before the child word: "给上小学的闺女", "读一年级的儿子".
_MINOR_BEFORE = re.compile(r"(?:上|读|在读)[^,，。;；]{0,4}的\s*$")
# The child word after "给": the child is given something, and does nothing ("给闺女办的手表卡").
_FOR_CHILD_BEFORE = re.compile(r"给(?:我|我家|我们家|俺家)?的?[^,，。;；给]{0,6}?$")


def acts_as_adult(low: str, start: int, end: int) -> bool:
    """The child word at `start`..`end` names a grown son or daughter who acts for the
    respondent, who has a grown-up's circle, or whose own children are the respondent's
    grandchildren; and no child's age or school is said of them."""
    before = clause_before(low, start)
    if _MINOR_BEFORE.search(before) and _MINOR.search(before):
        return False
    son_or_daughter = _SON_OR_DAUGHTER.fullmatch(low, start, end) is not None or (
        _SON_OR_DAUGHTER.fullmatch(low, start, end - 2) is not None and low.endswith("'s", 0, end)
    )
    acts = (
        (son_or_daughter and _OWN_GRANDCHILDREN.search(low) is not None)
        or _ADULT_CIRCLE_AFTER.match(low, end if not low.endswith("'s", 0, end) else end - 2)
        is not None
        or (
            _SON_OR_DAUGHTER.fullmatch(low, start, end) is not None
            and _VIEW_AFTER.match(low, end) is not None
        )
        or _ASKS_BEFORE.search(clause_before(low, start)) is not None
        or (son_or_daughter and _UP_TO_BEFORE.search(clause_before(low, start)) is not None)
        or (
            _ACTS_AFTER_ZH.match(low[end : end + 16]) is not None
            and not _FOR_CHILD_BEFORE.search(before)
        )
        or _ACTS_AFTER_EN.match(low[end : end + 48]) is not None
        or _URGES_LATER.match(low[end : end + 90]) is not None
        or (
            _SELF_AS_CHILD.search(before) is not None
            and low[start:end] in ("kid", "child", "baby", "big kid")
        )
        or any(_antecedent(low, m.end() - 1) == start for m in _PRONOUN_ACTS.finditer(low, end))
        or any(
            _antecedent(low, m.start()) == start
            for m in _PRONOUN.finditer(low, end)
            if _ACTS_AFTER_ZH.match(low[m.end() : m.end() + 16])
            or _ACTS_AFTER_EN.match(low[m.end() : m.end() + 48])
        )
    )
    return acts and not minor_named(low, start)


def minor_named(low: str, start: int, stop: int | None = None) -> bool:
    """A child's age or school is said at or after `start` (and before `stop`)."""
    return _MINOR.search(low, start, len(low) if stop is None else stop) is not None


def _antecedent(low: str, pos: int) -> int | None:
    """Where the person that a pronoun at `pos` stands for is named: the last person word before
    it that is no pronoun itself."""
    found = sorted(
        m.start()
        for p in (OTHER_PERSON_ZH, OTHER_PERSON_EN)
        for m in p.finditer(low, 0, pos)
        if m.group() not in _PRONOUNS
    )
    # "我老婆管，她连孩子的疫苗本都收着，我去问问她": the same "她" said before the last person
    # word carries on about the one named before it
    if len(found) > 1 and low[pos] in "他她" and low.find(low[pos], found[-2] + 1, found[-1]) >= 0:
        return found[-2]
    return found[-1] if found else None


# A baby had by the respondent's child: "my daughter just had a baby", "儿子刚生了个闺女".
_GRANDCHILD_BEFORE = re.compile(
    r"(?:\b(?:sons?|daughters?|boys?|girls?|kids?|children)(?:'s)?\s+(?:and\s+(?:his|her|their)"
    r"\s+[a-z]+\s+)?(?:(?:just|recently|finally|has|have)\s+)*(?:had|has|have|got|gave birth to"
    r"|welcomed|is having|are having|is expecting|are expecting)\s+(?:(?:a|an|her|his|their|first"
    r"|second|third|new|baby|little|beautiful|gorgeous)\s+)*"
    r"|(?:儿子|女儿|闺女|儿媳|女婿|孩子)[^,，。;；]{0,4}?(?:生了|添了|有了|怀了)(?:个|一个)?)$"
)


# A school said of a grandchild: "外孙都读高中了", "孙女在读初中".
_GRANDCHILD_SUBJECT = re.compile(r"(?:外)?孙[子女儿]?们?(?:都|也|已经|今年|刚|在|正在)*\s*$")


# The grandchild word typed in two ("my grand daughter", "grand kids").
_GRAND_APART = re.compile(r"\bgrand[\s-]+$")


def grandchild(low: str, start: int) -> bool:
    """The child word at `start` is a baby of the respondent's son or daughter, or a school
    said of a grandchild."""
    before = clause_before(low, start)
    return (
        _GRANDCHILD_BEFORE.search(before) is not None
        or _GRANDCHILD_SUBJECT.search(before) is not None
        or _GRAND_APART.search(before) is not None
    )


# Children said to be grown as a group: "the kids are grown", "孩子们都成家了".
_GROUP = re.compile(r"\b(?:kids|children|sons|daughters|both|all)\b|孩子|娃们|儿女|子女")
_GROWN_WORDS = re.compile(
    r"grown|independent|moved out|flown|left home|empty nest|their own|reared|and gone"
    r"|成家|独立|工作了|结婚了"
    r"|都大了|早大了|长大了|长大成人"
)
# The same children named one by one: "my son's in Auckland", "女儿在杭州".
_ONE_CHILD = re.compile(r"(?:sons?|daughters?|kids?|child)(?:'s|s')?|儿子|女儿|闺女|孩子")


def grown_group(low: str, start: int, end: int) -> bool:
    """The child word at `start`..`end` says a group of children is grown ("kids are grown")."""
    return bool(_GROUP.search(low, start, end)) and bool(_GROWN_WORDS.search(low, start, end + 24))


def one_of_grown(low: str, start: int, end: int) -> bool:
    """The child word at `start`..`end` names one of the children said to be grown before, with
    no child's age or school of its own."""
    return _ONE_CHILD.fullmatch(low, start, end) is not None and not minor_named(low, start)


# Grandchildren named after grown children are those children's own: "kids are grown, got
# grandkids now", "儿女都成家了，有两个孙子".
_GRANDCHILD_WORD = re.compile(
    r"grand(?:children|child|kids?|sons?|daughters?|bab(?:y|ies))|孙子|孙女|外孙女?|孙辈"
)


def grandchild_word(low: str, start: int, end: int) -> bool:
    """The word at `start`..`end` names grandchildren."""
    return _GRANDCHILD_WORD.fullmatch(low, start, end) is not None
