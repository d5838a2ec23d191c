"""Topic words said in passing: about a job, a place, an advert or somebody else's things.

A respondent's message is full of words that are slot vocabulary without being about the
respondent: a fibre engineer "splices fibre for a living", a teacher's "kids in 10B" are pupils,
"the children next door" are the neighbours', "the fibre only runs along the main road" is what is
available, not what the respondent has, and "对新工作挺满意的" rates a job. Storing any of these is
a false fill. Each check looks at the clause around the word and judges it by word classes (a
trade, a place of work, a demonstrative, a comparison), never by a particular sentence.
"""

from __future__ import annotations

import re

from bot.understanding.family.adult_children import acts_as_adult
from bot.understanding.family.people_en import own_things
from bot.understanding.family.whose_child import not_own_child
from bot.understanding.others import about_third_person, said_of_other
from bot.understanding.people import clause_before

_CLAUSE_END = re.compile(r"[,.;!?，。；！？]")

# --- options of a service (fibre, DSL) ------------------------------------------------------

# The respondent's trade: "I splice fibre for a living", "搞DSL线路维护的" (not "you laid fibre").
_TRADE_CLAUSE = re.compile(
    r"\bfor a living\b|\bby trade\b|\bas a job\b|\bfor work\b|维护|施工|(?:搞|做)[^,，。]{0,8}的$"
)
_TRADE_BEFORE = re.compile(r"(?<!you )(?<!lot )\b(?:splic|lay|laid|pull|sell|repair|weld)\w*\s+$")
# A place of work or study whose line it is: "the school's DSL", "在单位", "the office's fibre".
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:school|office|work|company|library|hospital|cafe|café|hotel|shop)(?:'s|')\s+$"
    r"|在(?:单位|公司|学校|办公室|厂里|店里)"
)
# A comparison with the line as the yardstick: "longer than the fibre cable".
_COMPARED_BEFORE = re.compile(r"\bthan\s+(?:the|a|my|your|any)?\s*$|比(?:那|这)?(?:根|条)?$")
# An object that merely contains the technology: "a fibre optic lamp", "a fibre one from the 70s"
# (but a term's "one" is the contract itself: "a two-year one", "a monthly one").
_OBJECT_AFTER = re.compile(
    r"(?<!year)(?<!month)(?<!yr)(?<!ly)(?<!rolling)\s*(?:optic\s+)?(?:one|lamp|lamps|light|lights|tree|decoration|toy|ornament)s?\b"
)
# What is on offer in an area, not what the respondent has: "fibre only runs along the main
# road", "fibre isn't available here", "光纤还没通到我们这".
_AVAILABILITY_AFTER = re.compile(
    r"^(?:'s|\s+is|\s+isn't|\s+is not|\s+only|\s+doesn't|\s+does not|\s+hasn't|\s+has not"
    r"|\s+n(?:o|ae|ot|ever)|\s+ent|\s+ain'?t)*"
    r"\s*(?:even\s+)?(?:runs?|available|coming|reach(?:es|ed)?|rolled out|laid)\b"
    # not there yet: "fibre isn't in our village yet", "isn't on our street", "ain't made it here"
    r"|^(?:\s+(?:still\s+)?(?:isn't|is not|hasn't|has not|ain't|aint|not|ent|never)\s+"
    r"(?:been\s+|even\s+|yet\s+)?"
    r"(?:here|there|out here|(?:in|on) (?:our|this|my|the) \w+|(?:come|came|got|gotten|made it"
    r"|arrived|been laid|been rolled out)\b))"
    r"|^[^,，。]{0,2}(?:还)?没(?:通|拉|铺|覆盖|进|到(?!期))"
)
_NOT_KNOWING = re.compile(r"不懂|不知道|不清楚|搞不清|\bno idea\b|\bdunno\b|\bnot sure\b")


def option_in_passing(low: str, start: int, end: int, asked: bool) -> bool:
    """The service option at `start`..`end` names a trade, another place's line, a yardstick or
    what is available ("I splice fibre for a living", "the school's DSL", "fibre only runs along
    the main road"); or it is echoed as a question ("gigabit? I'm on the cheapest", "光纤？DSL？
    听不懂") without an answer."""
    before = clause_before(low, start)
    stop = _CLAUSE_END.search(low, end)
    clause = before + low[start : stop.start() if stop else len(low)]
    if _TRADE_CLAUSE.search(clause) or _TRADE_BEFORE.search(before):
        return True
    if _INSTITUTION_BEFORE.search(before) or _COMPARED_BEFORE.search(before):
        return True
    if re.search(r"\ban?\s+$", before) and _OBJECT_AFTER.match(low, end):
        return True
    if _AVAILABILITY_AFTER.match(low[end : end + 24]):
        return True
    echoed = not before.strip() and re.match(r"\s*[?？]", low[end:]) is not None
    return echoed and (not asked or _NOT_KNOWING.search(low) is not None)


# --- children and the elderly ---------------------------------------------------------------

# A child word with a demonstrative or a place that makes them somebody's pupils, patients or
# neighbours ("广告里那个小孩", "村小学的娃娃们", "病房里的老人家").
_ZH_NOT_OWN_BEFORE = re.compile(
    r"(?<![我俺咱家])(?:那|这)(?:个|些|群|帮|俩|两个|几个)$"
    # (but "上幼儿园的女儿" is a child who attends it)
    r"|(?<![上读])(?:广告|电视|视频|学校|小学|中学|幼儿园|班上?|村|病房|医院|街上|楼下|小区)"
    r"(?:里|上|中)?的$"
    # a naming or a comparison: "被我叫宝宝的猫", "把病人当孩子养"
    r"|叫$|当(?:成|作)?$"
    # the measure of a comparison: "它比孩子还粘人", "闹起来像个孩子"
    r"|比$|像(?:个|是)?$"
    # children in general: "现在的小孩嘴真碎", "这年头的孩子"
    r"|(?:现在|如今|现如今|当今|现今)的$|(?:这年头|这年代)的?$"
)
_EN_THE_BEFORE = re.compile(
    r"\b(?:the|those|these|some|other people's|everyone's)\s+(?:(?:school|little|local|village"
    r"|street|other)\s+)?$"
)
# After "the kids": where they are, or what they are doing, makes them somebody else's.
# (whole words: "the kids at busy times", "the kids down there" are the respondent's own; "in
# 2024" is a time: "moved here with my husband and the kids in 2024")
_EN_PLACED_AFTER = re.compile(
    r"^\s*(?:in (?!the house|my house|our house|(?:19|20)\d\d\b)\w"
    r"|(?:at the|on (?:my|the|our)|next door|outside|across|down the|over the road"
    r"|from (?:the|next)|doing|at (?:the )?(?:bus|school)|playing|in this)\b)"
)
_EN_ANYWHERE = re.compile(r"^\s*these days\b")
# A place in a group, not a child: "the baby of the family", "the kid of the office".
_ROLE_AFTER = re.compile(
    r"^\s+of\s+(?:the|our|my|his|her|their)\s+(?:family|group|team|office|class|house|gang)\b"
)
# "the children's ward", "a kids' menu", "a kids' plan": the word names a kind of place, thing
# or product.
_EN_FOR_CHILDREN = re.compile(
    r"^'?\s+(?:ward|hospital|menu|section|channel|tv|show|party|books?|home|charity|clothes|toys?"
    r"|plans?|packages?|bundles?|deals?|tariffs?|accounts?|sims?|phones?|watch(?:es)?|tablets?"
    r"|apps?|discounts?|tickets?|meals?|profiles?|mode|settings?|filters?)\b"
)
# In an advert or a show: nobody's children.
_MEDIA_BEFORE = re.compile(r"\b(?:advert|ad|commercial|video|film|show|movie)\b|广告|电视剧|视频")
# Patients, pupils, a pet or a school year: "I nurse poorly babies", "my fur baby", "Year 6 kids".
_CARE_BEFORE = re.compile(
    r"\b(?:nurs(?:e|es|ing)|deliver(?:s|ing)?|fur|teach(?:es|ing)?|coach(?:es|ing)?"
    r"|tutor(?:s|ing)?|babysit(?:s|ting)?|mind(?:s|ing)?)\s+(?!(?:my|our|me)\s)(?:[a-z]+\s+){0,1}$"
    r"|\bschool\s+$|\bschool kids?\b|(?<!\bmy )(?<!\bour )\b(?:year|grade|class)\s+\d{1,2}\s+$"
)
# What the children call the respondent: "Grandpa Joe to the little ones", "Miss Li to my pupils".
_ADDRESSED_BY_BEFORE = re.compile(
    r"\b(?:grand(?:pa|ma|dad|mum|mom|father|mother)|grandad|grampa|gramps|nan(?:a|na)?"
    r"|gran(?:ny)?|papa|nonna|nonno"
    r"|auntie|aunty|aunt|uncle|miss|mr|mrs|ms|teacher|coach)\.?\s+[a-z]+\s+to\s+(?:all\s+)?"
    r"(?:the|my|our)\s+(?:[a-z]+\s+)?$"
)
# A child named with an indefinite or a demonstrative determiner is somebody the respondent comes
# across, no child of theirs ("some kid behind me", "this kid on the train", "there's a kid next
# door"), unless the respondent has them ("I've got this kid", "with a toddler", "of mine").
_STRANGER_BEFORE = re.compile(
    r"\b(?:some|this|that|(?:there(?:'s| is| was| are| were)|saw|heard|met)\s+an?)\s+"
    r"(?:(?!and\b|or\b)[a-z]+\s+)?$"
)
_HAD_BY_RESPONDENT = re.compile(
    r"\b(?:have|has|had|(?:i|we)'ve|got|with|of|raising|adopted|expecting|mine|ours|my|our)\b"
)
_MINE_AFTER = re.compile(r"^\s+of (?:mine|ours)\b")
# "车上有个小孩一直哭", "我家楼下有个小孩": a child who is somewhere, no child the respondent has
# ("我有个小孩", "家里有个小孩").
_ZH_THERE_IS = re.compile(
    r"(?:[上下边面头外旁后前里]|对面|隔壁|小区|村|班|学校|公司|单位|店|车厢)(?<!家里)(?<!屋里)"
    r"(?:还|也|就|都|正好|刚好)?有(?:一)?个(?:[\u4e00-\u9fff]{1,2}的)?$"
)
# "a mum of two at the school gate", "my mum to three": a parent counted with children is the
# respondent only when no other person is meant ("mum of two", "I'm a mum of two", "as a dad of 3").
_PARENT_OF = re.compile(r"(?:mum|mom|mam|mummy|mommy|mother|dad|daddy|father|parent)\s+(?:of|to)\b")
_ANOTHER_PARENT = re.compile(
    r"(?<!\bi'm )(?<!\bim )(?<!\bi am )(?<!\bas )(?<!\bbeing )(?<!\bjust )"
    r"\b(?:my|your|his|her|their|our|the|a|an|this|that|some|another)\s+(?:[a-z]+\s+)?$"
)
# In-laws are relatives by marriage: "my son-in-law" (typed "son in law") is no child.
_IN_LAW_AFTER = re.compile(r"^\s+in\s+laws?\b")
# A child word before another person's noun modifies it: "my teenage nephew", "my kid sister",
# "my baby brother", "a child actor" name a nephew, a sister, an actor (but "my son's friends"),
# "I look after 28 patients" people of a job.
_MODIFIES_PERSON_AFTER = re.compile(
    r"^\s+(?:[1-9]\d*\s+)?(?:nephews?|nieces?|brothers?|sisters?|cousins?|siblings?|friends?|mates?|neighbou?rs?"
    r"|students?|pupils?|patients?|actors?|actress(?:es)?|stars?|models?|minders?|sitters?)\b"
)
# At work, not at home: "那是上班", "that's my job".
_AT_WORK_AFTER = re.compile(
    r"^[^。.!?]{0,16}?(?:那是|都是)(?:上班|工作)|\bthat'?s (?:my )?(?:job|work)\b"
)


# "宝宝们" said to the audience, as livestreamers and group chats do ("单身哦宝宝们", "宝宝们，年龄
# 保密"): the plural on its own, after a particle or opening the clause, and before its end or a
# particle (not "我家宝宝们", "俩宝宝们都挺乖", "宝宝们都上学了").
_ADDRESS_BEFORE = re.compile(r"(?:^|[哈啊呀哦噢呢吧啦嘛哟的了吗~～])\s*$")
_ADDRESS_AFTER = re.compile(r"们\s*(?:$|[,，。.!！?？~～…、]|[哈啊呀哦噢呢吧啦嘛哟])")
_OWNER_OR_COUNT = re.compile(r"[我俺咱家]|[两俩仨三四五几个]\s*$")
# Opening the message and followed by a refusal it is an address too: "宝宝们年龄保密哈～".
_REFUSAL_AFTER = re.compile(r"们[^,，。.!！?？]{0,6}?(?:保密|不方便|不告诉|不透露|秘密|不说)")
# "跟小孩似的", "和孩子一样": a likeness, nobody's child.
_LIKENESS = re.compile(r"^(?:们)?\s*(?:一样|似的|一般|差不多)")
_LIKE_BEFORE = re.compile(r"(?:跟|和|同)(?:个|一个)?$")
# "他家两个娃", "人家三个孩子": a family of "he", "she" or somebody else.
_THEIR_HOME = re.compile(
    r"(?<![我俺咱])(?:他|她|人家|他们|她们)家的?(?:[一二两三四五六七八九俩仨\d]个)?$"
)


def addressed_audience(low: str, start: int, end: int) -> bool:
    """The child word at `start`..`end` ("宝宝") is a plural form of address to the audience."""
    before = clause_before(low, start)
    if _OWNER_OR_COUNT.search(before):
        return False
    if _ADDRESS_BEFORE.search(before) and _ADDRESS_AFTER.match(low, end):
        return True
    return start == 0 and _REFUSAL_AFTER.match(low, end) is not None


def child_in_passing(low: str, start: int, end: int) -> bool:
    """The child (or elder) word at `start`..`end` is not the respondent's household: pupils,
    patients, neighbours' or an advert's children, a pet called "baby", the audience called
    "宝宝们", a likeness ("跟小孩似的") or the children of "他家"."""
    before = clause_before(low, start)
    after = low[end : end + 30]
    if _ZH_NOT_OWN_BEFORE.search(before) or _MEDIA_BEFORE.search(before):
        return True
    if addressed_audience(low, start, end) or _THEIR_HOME.search(before):
        return True
    if _LIKE_BEFORE.search(before) and _LIKENESS.match(after):
        return True
    if _CARE_BEFORE.search(before) or _AT_WORK_AFTER.match(after):
        return True
    if _ADDRESSED_BY_BEFORE.search(before):
        return True
    if _EN_ANYWHERE.match(after) or _ROLE_AFTER.match(after) or _IN_LAW_AFTER.match(after):
        return True
    if _MODIFIES_PERSON_AFTER.match(after) and not low.endswith(("'s", "s'"), start, end):
        return True
    if _PARENT_OF.match(low, start) and _ANOTHER_PARENT.search(before):
        return True
    stranger = _STRANGER_BEFORE.search(before)
    if stranger and not (
        _HAD_BY_RESPONDENT.search(before, 0, stranger.start()) or _MINE_AFTER.match(after)
    ):
        return True
    if _ZH_THERE_IS.search(before):
        return True
    word = low[start:end]
    possessive = word.endswith(("'s", "s'")) or (word.endswith("s") and after.startswith("'"))
    if possessive and _EN_FOR_CHILDREN.match(after):  # but "my kids' school", "the kids' ipads"
        return not (re.search(r"\b(?:my|our)\s+$", before) or own_things(before, after))
    return bool(_EN_THE_BEFORE.search(before) and _EN_PLACED_AFTER.match(after))


# A child at university is an adult; said in passing it tells nothing about support: "my
# daughter's doing a uni project", "my son is away at college" (but "I pay his tuition" does).
_AT_COLLEGE_AFTER = re.compile(
    r"^(?:'s|\s+is|\s+are|'re)?\s+(?:away\s+|off\s+)?(?:at|in|to|doing (?:a|an|her|his|their))"
    r"\s+(?:uni|university|college)\b"
    # admitted or starting: "just got into medical school", "starts uni in September",
    # "考上大学了", "在读研"
    r"|^(?:'s|\s+has)?\s+(?:just\s+|finally\s+)?(?:got(?:ten)? into|got a place at|starts?"
    r"|starting|started|is starting|been accepted (?:to|at|into)|graduated from)\s+"
    r"(?:(?:medical|med|law|vet|veterinary|dental|nursing|art|drama|grad|graduate|business)"
    r"\s+school|uni|university|college)\b"
    r"|^[^,，。;；]{0,3}?(?:考上|考进|考取)(?:了)?[^,，。;；]{0,8}?(?:大学|研究生)|^[^,，。;；]{0,3}?(?:在)?读研"
)
_SUPPORT = re.compile(
    r"\b(?:pay|paying|paid|support|supporting|fees|tuition|still lives?)\b|学费|生活费|我出|我供"
)


def child_at_college(low: str, end: int) -> bool:
    """The child word ending at `end` is a student at university, with no support said (a
    partner at university is a partner all the same: "我男朋友在武汉读研")."""
    return (
        bool(_AT_COLLEGE_AFTER.match(low[end : end + 40]))
        and not _SUPPORT.search(low)
        and _ENDS_WITH_CHILD.search(low, 0, end) is not None
    )


# A child word that names a child already spoken of: "闺蜜刚生了宝宝……小家伙超可爱", "my sister
# had a baby, the little one is so cute". When the child named last before its clause is not the
# respondent's, and the word's own clause has no owner or subject of the respondent's, it is the
# same child.
_CHILD_WORD = re.compile(
    r"孩子们?|儿子|女儿|小孩|娃娃?|宝宝|小家伙|小朋友|小宝贝|闺女|双胞胎|孙子|孙女"
    # a birth order or "the little one": "刚生了二胎……小宝宝天天哭"
    r"|[二三]胎|[二三大小]宝"
    r"|\b(?:kids?|children|child|bab(?:y|ies)|twins|little ones?|toddlers?|sons?|daughters?"
    r"|boys?|girls?|teens?|teenagers?|newborns?|infants?)\b"
)
_ENDS_WITH_CHILD = re.compile("(?:" + _CHILD_WORD.pattern + r")(?:'s|s')?$")
_RESPONDENT = re.compile(r"我|俺|咱|自己|\b(?:my|our|ours|mine|i|i'm|i've|we|we're|we've)\b")
# What a child costs, said with no owner of its own, goes on about the child named before: "我姐家
# 的双胞胎上一年级了，学费一学期两万" are the twins' fees.
_CHILD_COST = re.compile(r"学费|生活费|奶粉钱|\b(?:tuition|school fees|fees)\b")


def child_named_before(low: str, start: int, end: int) -> bool:
    """The child word (or a child's cost) at `start`..`end` goes on about somebody else's child
    named in an earlier clause."""
    if not (_CHILD_WORD.fullmatch(low, start, end) or _CHILD_COST.fullmatch(low, start, end)):
        return False
    before = clause_before(low, start)
    clause_start = start - len(before)
    if _RESPONDENT.search(before) or re.match(r"(?:们)?\s*(?:我|俺|咱)", low[end:]):
        return False  # "我家孩子", "孩子我带": an owner or the respondent as subject
    earlier = list(_CHILD_WORD.finditer(low, 0, clause_start))
    if not earlier:
        return False
    last = earlier[-1]
    return (
        said_of_other(low, last.start(), household=False)
        or not_own_child(low, last.start(), last.end())
        or acts_as_adult(low, last.start(), last.end())
        or child_in_passing(low, last.start(), last.end())
    )


# A child of "he" or "she" ("她儿子今年高考", "he has a daughter, I don't", "her twins"), when
# no partner of the respondent is named whom the pronoun could stand for ("my wife? she has two
# kids").
_PRONOUN_OWNER = re.compile(
    r"(?<![其吉])(?<!孩子)(?<!娃)(?:他|她)们?的?$|\b(?:his|her|their)\s+(?:[a-z]+\s+)?$"
)
_PARTNER_NAMED = re.compile(
    r"老公|老婆|媳妇|爱人|对象|丈夫|妻子|先生|太太|男朋友|女朋友|男友|女友|另一半|那口子|那位"
    r"|\b(?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|hubby|missus|spouse)\b"
)


def child_of_pronoun(low: str, start: int, end: int) -> bool:
    """The child word at `start`..`end` belongs to a person referred to as "he" or "she"."""
    if not _CHILD_WORD.match(low, start, end) or _PARTNER_NAMED.search(low):
        return False  # ("her kids are grown" is a phrase that starts with the child word)
    before = clause_before(low, start)
    return bool(_PRONOUN_OWNER.search(before)) or about_third_person(low, start)


# --- what the respondent is doing right now ---------------------------------------------------

# An activity going on at the moment is what keeps the respondent busy, not a hobby: "等下再说，在
# 做饭", "正在打游戏呢", "I'm cooking right now". A habit ("最近在健身", "平时在家做饭") is one.
_NOW_BEFORE_ZH = re.compile(
    r"\s*(?:我|俺)?(?:现在|这会儿|这会|刚好|正好)?(?:正在|正|在|忙着)(?:给[^,，。]{1,4})?\s*"
)
_NOW_AFTER_ZH = re.compile(r"(?:呢|中|着呢)?\s*(?:$|[,，。.!！~～]|[哈啊呀]|\s)")
_NOW_EN = re.compile(r"\b(?:i'?m|i am|im)\s+(?:just\s+|busy\s+|currently\s+|in the middle of\s+)?$")
_NOW_AFTER_EN = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:right now|rn|at the moment|atm)\b")


def doing_right_now(low: str, start: int, end: int) -> bool:
    """The activity at `start`..`end` is what the respondent is busy with at the moment."""
    before = clause_before(low, start)
    if _NOW_BEFORE_ZH.fullmatch(before) and _NOW_AFTER_ZH.match(low, end):
        return True
    return bool(_NOW_EN.search(before) and _NOW_AFTER_EN.match(low, end))


# --- ratings of something else ----------------------------------------------------------------

# "对新工作挺满意的", "happy with my new job": satisfied with something that is not the service.
_ZH_OTHER_OBJECT = re.compile(
    r"对(?!你们|您们|贵|服务|网|宽带|信号|套餐|星联|这|整体|总体|目前|现在)[^,，。]{1,8}?"
    r"(?:挺|很|还|比较|非常|特别|蛮|都|也|算|还算|超|超级)*$"
)
_EN_OTHER_OBJECT = re.compile(
    r"\b(?:happy|satisfied|pleased|chuffed) with (?:my|his|her|their|the) (?!service|internet"
    r"|broadband|plan|connection|wifi|speed|network|signal|fib)"
)
# A star class of a place ("a 4-star hotel", "five star resort", "四星级酒店"), not a rating.
_STAR_CLASS = re.compile(
    r"\s*-?\s*(?:stars?\s*)?(?:hotel|resort|restaurant|place|hostel|lodge|accommodation|cruise"
    r"|holiday|general)s?\b|\s*(?:星)?级"
)


# A score the respondent was given, not one they give: "学生评教给了我98分", "my boss rated me a 4".
_TO_ME_BEFORE = re.compile(
    r"(?:给|打|评)(?:了)?(?:我|俺)(?:打|评)?(?:了)?(?:个)?(?:[\d一二三四五六七八九十.]+\s*(?:分|颗?星))?\s*$"
    r"|\b(?:gave|give|given|rated|rate|scored)\s+me\s+(?:a\s+|an\s+)?(?:\d+\s*stars?\s*)?$"
)


def rating_received(low: str, start: int) -> bool:
    """The rating at `start` was given to the respondent ("学生评教给了我98分")."""
    return _TO_ME_BEFORE.search(clause_before(low, start)) is not None


def star_class(low: str, start: int, end: int) -> bool:
    """The rating at `start`..`end` is the star class of a place ("a 4-star hotel")."""
    near = low[start : end + 6]
    return ("star" in near or "星" in near) and _STAR_CLASS.match(low, end) is not None


def rates_other_object(low: str, start: int, end: int) -> bool:
    """The rating word at `start`..`end` is about a named object other than the service."""
    before = clause_before(low, start)
    if _ZH_OTHER_OBJECT.search(before):
        return True
    return _EN_OTHER_OBJECT.search(low, max(0, start - 40), end + 40) is not None


# In another answer, a word of satisfaction rates the service only when its clause says what is
# rated or gives a score: "挺满意的" after "评上了优秀教师" is about the award.
_SERVICE_WORDS = re.compile(
    r"你们|您们|服务|网|宽带|信号|套餐|客服|星联|分|星|\b(?:you|your|service|internet|broadband"
    r"|wifi|wi-fi|signal|plan|connection|network|speed|coverage|provider|starlink|stars?|points?)\b"
)


def rating_of_service(low: str, start: int, end: int) -> bool:
    """The rating word at `start`..`end`, in an answer to another question, is about the service."""
    stop = _CLAUSE_END.search(low, end)
    clause = clause_before(low, start) + low[start : stop.start() if stop else len(low)]
    return _SERVICE_WORDS.search(clause) is not None
