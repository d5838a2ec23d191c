"""Yes/no answers about the household: the topic words of partner and dependents, judged.

Topic words ("老婆", "俩娃", "single", "kids") beat a bare yes or no, and the last statement wins.
Around each word the clause decides what it says: a spouse who died or left, a marriage over
("was married, now it's just me"), a child grown up and on their own, not yet born, wished for,
somebody else's, a pupil or a pet, an empty field ("子女：无"), a denied modifier ("没有要养的").
"""

from __future__ import annotations

import re

from bot.understanding import others, people
from bot.understanding.family import (
    adult_children,
    asked_back,
    booleans,
    cared_for,
    denied_after,
    echo_denials,
    echoed_others,
    either_way,
    household_clues,
    in_passing,
    kids_not_had,
    kin_zh,
    let_alone,
    negated_acts,
    others_cared,
    partner_gone,
    partner_kinds,
    pets,
    quoted_words,
    regional_kin,
    whole_household,
    whose_child,
)
from bot.understanding.lexicon import Entry, Hit

Candidate = tuple[Hit, Entry]

# A household of two ("跟老婆两个人住", "just the two of us") has no dependents, unless the
# other one is a child ("跟儿子两个人住").
_PAIR = re.compile(r"two|两|俩|二人")
# (but "孙女读高中，我跟老伴两个人住": the other one is the partner named)
_PARTNER_IN_CLAUSE = re.compile(
    r"老伴|老公|老婆|媳妇|爱人|对象|老头子?|老太婆|\b(?:husband|wife|partner|boyfriend|girlfriend)\b"
)
_CHILD_WORD = re.compile(
    r"儿子|女儿|闺女|孩子|小孩|娃|宝宝|孙[子女]|\b(?:sons?|daughters?|kids?|child|baby|boys?|girls?)\b"
)
# "taken" as a verb is no relationship: "I've taken to leaving the radio on", "it's taken ages"
# (but "I'm taken", "sorry, already taken").
_TAKEN_VERB_BEFORE = re.compile(r"(?:\bhave|'ve|\bhas|\bhad|'d|\bit's|\bthat's)\s+(?:\w+\s+)?$")
_TAKEN_VERB_AFTER = re.compile(
    r"\s+(?:to|the|a|an|my|our|his|her|their|its|it|this|that|these|those|care|over|out|up|off"
    r"|away|apart|ages|forever|long|some|too|\d)\b"
)
# "my ex" before another role is a former boss or flatmate, no former partner ("my ex-boss").
_EX_OF_ROLE = re.compile(
    r"\s*(?:boss|colleague|co ?workers?|employer|company|job|provider|carrier|network|landlord"
    r"|(?:flat|house|room|team|class|work) ?mates?|manager|teacher|student|neighbou?r|workplace"
    r"|firm|school|uni|client|supplier|bank|isp|plan|contract|phone|account|friend|bestie"
    r"|smoker|army|military|cop|husband's|wife's)\b"
)
_NOT_YET_BORN = re.compile(
    r"^\s*(?:is\s+|are\s+)?(?:on the way|due\b)|^[^,，。]{0,2}?(?:快出生|还没出生|还在肚子)"
)
# A child or partner wished for or planned is not had: "想要孩子", "hoping for kids someday"; nor
# is one sought or set up ("还在找对象", "相亲对象", "looking for a girlfriend"; but "找到对象了").
_WANTED_BEFORE = re.compile(
    r"(?:(?:想|打算|准备|计划)[^,，。要生不]{0,5}?(?:要|生)(?:一?个|两个)?|想找|(?<![寻])找|介绍|相亲|\bwanting\s+"
    r"|\bwants?\s+(?:a\s+)?|\blooking for\s+(?:a\s+)?|\b(?:find|finding)\s+(?:a\s+)?"
    r"|\bplanning (?:to have|on having)\s+(?:a\s+)?|\btrying for\s+(?:a\s+)?|\bhoping for\s+"
    # asked about or supposed: "asking when I'll get married", "if I ever have kids"
    r"|\b(?:when|if|whether|before|until)\s+(?:i|we)(?:'ll| will)?\s+(?:ever\s+|finally\s+)?"
    r"(?:(?:get|be|have|find|meet)\s+(?:a\s+)?)?)$"
)
# A topic named as a topic ("说到孩子，…", "speaking of kids, …") states nothing itself.
_TOPIC_OPENER = re.compile(
    r"(?:说到|说起|讲到|提到|谈到|至于)\s*$|\b(?:speaking of|talking of|talking about|as for)\s+$"
)
_CLAUSE_END = re.compile(r"\s*(?:$|[,，。.;；:：!！])")
# "Not married" does not outweigh a boyfriend: the relationship is the answer.
# (a marriage certificate is the marriage: "在一起五年了，还没领证" is a partner not yet married)
_MARRIAGE = frozenset(
    "结婚 已婚 married 结婚了 领证 领证了 扯证".split() + ["got married", "tied the knot"]
)
_NOT_MARRIED = frozenset(
    ("没结婚", "未婚", "not married", "unmarried", "never married", "没有结婚", "不结婚")
)
# A form filled in: "子女：无", "kids: none".
_FIELD_NONE = re.compile(
    r"\s*[:：]\s*(?:无|没有|没|否)(?=$|[\s,，.。;；/|])|\s*[:：]\s*(?:none|no|n/a|nil|0)\b"
)
_ALONE = frozenset(("just me", "only me", "just myself", "on my own"))
# "一个人" doing a task is no single life either: "留我一个人扛他的活", "公婆都是我一个人照顾" (but
# "一个人过", "就剩我一个人了", "一个人带娃" are).
_ALONE_ZH_DOING = re.compile(
    r"(?:扛|干|做|搞|弄|顶|撑|守|管|忙|加班|值班|处理|负责|应付|收拾|照顾|伺候|搬|修|看店)"
)
# "一个人" before a price or a share is per head: "机票一个人1200", "自助一个人一百八",
# "我们俩一个人一张卡" (but "一个人十年了", "一个人住" are a single life).
_PER_HEAD = re.compile(
    r"\s*(?:也就|就|要|得|才|大概|差不多|大约)?(?:吃|花|收|交|付|出)?(?:一(?:年|个月|晚|天|次))?\s*"
    r"(?:(?:\d+|[一二两三四五六七八九十几]+[十百千万])(?!\s*多?(?:年|岁|个月|天))"
    r"|[一二两三四五六七八九十几](?:张|份|间|套|杯|碗|瓶|个座|间房))"
)
# Doing something alone is no single life: "so I'm on my own figuring it out", "set it all up on
# my own" (but "on my own raising two kids", "living on my own" are).
_ALONE_DOING_AFTER = re.compile(
    r"\s+(?:(?!living|raising|bringing)[a-z]+ing|with (?:this|that|it|the)|for (?:this|that|it))\b"
)
_ALONE_DOING_BEFORE = re.compile(r"\b(?:it|this|that|them|everything|things|stuff|out|up)\s+$")
# "哪有孩子", "哪来的对象": asked rhetorically, the topic word is denied ("哪有空，俩娃…" is not).
_WHERE_FROM = re.compile(r"哪(?:儿|里)?(?:有|来)(?![^,，。;；!！?？]*[,，。;；!！?？])")


def resolve_boolean(
    cands: list[Candidate], low: str, role: str = "boolean"
) -> tuple[bool, Hit, bool] | None:
    """(value, hit, strong): topic words beat bare yes/no; the last statement wins.

    A topic word about someone who died or left ("老伴去世了", "separated from my husband") says
    False, as does a child who is grown and on their own ("儿子早结婚了"); a partner word about
    somebody else's partner ("他们小两口", "her husband") says nothing. A child not yet born
    ("还在肚子里", "expecting our first") says False unless another child is mentioned. A
    relationship outweighs not being married in either order ("有个女朋友，还没结婚"). The other
    parent of the respondent's own child who left ("one boy… since his mum left") says False
    when no partner word is said.
    """
    topical: list[tuple[bool, Hit, bool]] = []
    unborn: list[tuple[bool, Hit, bool]] = []
    other_parent: list[tuple[bool, Hit, bool]] = []
    generic: list[tuple[bool, Hit, bool]] = []
    past: list[tuple[bool, Hit, bool]] = []
    grown_group = False  # "the kids are grown": the children named later are these grown ones
    for hit, entry in sorted(cands, key=lambda c: c[0].start):
        if hit.past and not (
            _home_place_only(low, hit.start) or household_clues.still_here(low, hit.end, role)
        ):
            if role == "dependents" and whose_child.not_had_then(low, hit.start, hit.end):
                continue  # "judo as a kid", "before the kids came along": no past child
            if entry.kind == "bool" and entry.value is True and role in ("partner", "dependents"):
                past.append((False, hit, entry.strong))  # "以前要养我妈，她去年走了": not now
            continue
        if entry.kind == "unborn":
            unborn.append((False, hit, entry.strong))
        elif entry.kind == "other_parent":
            if _own_child_before(low, hit.start) or whole_household.split_from_me(low, hit.start):
                other_parent.append((False, hit, entry.strong))  # "one boy… since his mum left"
        elif entry.kind == "bool":
            value = bool(entry.value)
            after = low[hit.end : hit.end + 12]
            if _NOT_YET_BORN.match(after):
                unborn.append((False, hit, entry.strong))  # "a baby on the way" is no child yet
                continue
            if role == "partner" and partner_kinds.not_own(low, hit.start):
                continue
            if low[hit.start : hit.end] == "my ex" and _EX_OF_ROLE.match(low, hit.end):
                continue  # "my ex-boss": a former boss, no former partner
            if low[hit.start : hit.end] == "taken" and (
                _TAKEN_VERB_BEFORE.search(people.clause_before(low, hit.start))
                or _TAKEN_VERB_AFTER.match(low, hit.end)
            ):
                continue  # "I've taken to…": a verb
            if asked_back.in_question(low, hit.start):
                said = asked_back.reply_after(low, hit.end)
                if said is not None:  # "你问我是不是单身？是": the word confirmed or denied
                    topical.append((value == said, hit, entry.strong))
                continue
            if hit.start and _ASKED_EITHER_WAY.match(low, hit.start - 1):
                continue  # "打听谁有没有对象": a question asked, no statement
            if quoted_words.mentioned(low, hit.start, hit.end):
                continue  # "my phone keeps turning spouse into spice": a word, no spouse
            if kin_zh.not_household(low, hit.start, hit.end, role):
                continue  # "感觉自己还是宝宝", "现在养孩子多难": nobody of the household
            if role == "dependents" and (
                whose_child.not_own_child(low, hit.start, hit.end)
                or adult_children.acts_as_adult(low, hit.start, hit.end)
                or adult_children.grandchild(low, hit.start)
                or (
                    value
                    and grown_group
                    and (
                        adult_children.one_of_grown(low, hit.start, hit.end)
                        or adult_children.grandchild_word(low, hit.start, hit.end)
                    )
                )
                or in_passing.child_of_pronoun(low, hit.start, hit.end)
                or in_passing.child_in_passing(low, hit.start, hit.end)
                or (value and in_passing.child_named_before(low, hit.start, hit.end))
                or pets.pet_called_child(low, hit.start, hit.end)
                or regional_kin.sibling_kid(low, hit.start, hit.end)
                or regional_kin.picking(low, hit.start, hit.end)
                or _others_family(low, hit)
                or others_cared.others_cared(low, hit.start, hit.end)  # a carer's clients
                or echoed_others.outsiders_story(low)  # "孩子？我邻居家有仨"
                or _adjective_only(low, hit)
                or household_clues.names_nobody(low, hit.start, hit.end)
            ):
                continue
            if _WANTED_BEFORE.search(people.clause_before(low, hit.start)):
                continue  # "想要孩子，但还没有": wished for, not had
            if _TOPIC_OPENER.search(people.clause_before(low, hit.start)) and _CLAUSE_END.match(
                low, hit.end
            ):
                continue  # "说到孩子，…": the topic named, what follows says what there is
            if (
                role in ("partner", "dependents")
                and low[hit.start : hit.end] in _ALONE
                and (
                    (role == "partner" and household_clues.alone_for_now(low, hit.end))
                    or _ALONE_DOING_AFTER.match(low, hit.end)
                    or _ALONE_DOING_BEFORE.search(people.clause_before(low, hit.start))
                )
            ):
                continue  # "just me and the baby today", "on my own figuring it out": for now
            if low[hit.start : hit.end] == "一个人" and (
                _ALONE_ZH_DOING.match(low, hit.end) or _PER_HEAD.match(low, hit.end)
            ):
                continue  # "我一个人照顾": a task done alone; "一个人1200": a price per head
            if value and (_FIELD_NONE.match(low, hit.end) or kids_not_had.denied(low, hit.start)):
                topical.append((False, hit, entry.strong))  # "子女：无", "没老人要我养"
                continue
            if (
                (hit.negated and not negated_acts.person_kept(low, hit.start, hit.end, role))
                or denied_after.denied_after(after, value)
                or people.echoed_no(low, hit.end)
                or echo_denials.denied(low, hit.start, hit.end, value)  # "boyfriend no"
                or _WHERE_FROM.search(low, max(0, hit.start - 4), hit.start + 1) is not None
                or let_alone.denied(low, hit.start)  # "no car yet, let alone kids"
            ):
                value = not value
            if value and partner_gone.gone(
                low, hit.start, hit.end, marriage=low[hit.start : hit.end] in _MARRIAGE
            ):
                value = False
            if value and role == "dependents" and household_clues.not_dependent_now(low, hit.end):
                value = False
            if not value and role == "dependents" and not hit.negated:
                grown_group = grown_group or adult_children.grown_group(low, hit.start, hit.end)
            if (
                not value
                and _PAIR.search(low, hit.start, hit.end)
                and (
                    _CHILD_WORD.search(people.clause_before(low, hit.start))
                    or (role == "dependents" and any(v for v, _, _ in topical))
                )
                and not _PARTNER_IN_CLAUSE.search(people.clause_before(low, hit.start))
            ):
                continue  # "跟儿子两个人住", "one boy… just the two of us": the other is a child
            topical.append((value, hit, entry.strong))
        elif not (
            hit.negated
            or people.in_question(low, hit.end)
            or _copula(low, hit)
            or _has_object(low, hit)
            or _counts_other_topic(low, hit, role)
            or either_way.asked(low, hit.start, hit.end)  # "是不是要推亲情号"
            or negated_acts.other_act(low, hit.start, hit.end)
            or _BY_THE_WAY.match(low, hit.start)
        ):
            generic.append((bool(entry.value), hit, entry.strong))
    if any(v and low[h.start : h.end] not in _MARRIAGE for v, h, _ in topical):
        topical = [t for t in topical if not _not_married(low, t[0], t[1])]
        topical = partner_kinds.admitted_kind(topical, low, role)  # "男友有，老公没有"
    for found in (topical, unborn, other_parent, generic, past):
        if found:
            return cared_for.pick(found, low, role)  # (an elder's yes outlasts grown children)
    return None


# A whole family named after another person is theirs: "儿子一家三口都在上海".
_FAMILY_WORDS = frozenset(("一家三口", "三口之家", "一家老小", "一大家子", "一家四口"))
_OTHERS_FAMILY = re.compile(rf"(?:{people.OTHER_PERSON_ZH.pattern})的?\s*$")


def _others_family(low: str, hit: Hit) -> bool:
    return low[hit.start : hit.end] in _FAMILY_WORDS and bool(
        _OTHERS_FAMILY.search(people.clause_before(low, hit.start))
    )


# "有没有对象", "是不是单身": a yes-or-no question put by somebody, no statement.
_ASKED_EITHER_WAY = re.compile(r"有没有?|是不是")

# "对了" that goes on is "by the way", no yes: "对了我同事刚领证", "哦对了，我在佛山".
_BY_THE_WAY = re.compile(r"对了[,，\s]*[^\s,，。.!！?？~～]")


def _own_child_before(low: str, pos: int) -> bool:
    """The last person named before `pos` is a child of the respondent's ("One little boy, he's 4.
    Just the two of us since his mum left"): "his mum" is then the respondent's partner (but not
    in "my son's friend is 9, his mum left")."""
    children = list(_CHILD_WORD.finditer(low, 0, pos))
    if not children:
        return False
    m = children[-1]
    return not (
        whose_child.not_own_child(low, m.start(), m.end())
        or adult_children.acts_as_adult(low, m.start(), m.end())
        or in_passing.child_in_passing(low, m.start(), m.end())
        or others.said_of_other(low, m.start(), household=False)
        or others.mentions_anyone(low[m.end() : pos])
    )


# "my youngest forgot her PE kit", "our eldest's at school": a superlative that stands for a
# child is followed by a verb, a clause end or "'s"; before a noun it is an adjective ("my oldest
# friend", "my eldest sister").
_SUPERLATIVE = re.compile(r"(?:my|our)\s+(?:youngest|eldest|oldest)")
_AS_NOUN_AFTER = re.compile(
    r"(?:'s|s')?\s*(?:$|[,.;!?)]|(?:and|&|or|is|was|has|had|does|did|will|would|can|could|won't"
    r"|wouldn't|can't|couldn't|doesn't|didn't|isn't|wasn't|hasn't|just|still|never|always|already"
    r"|also|now|only|got|gets|went|goes|forgot|left|lost|broke|fell|said|says|told|made|took|ran"
    r"|keeps|wants|loves|hates|needs|starts|thinks|plays|likes|[a-z]+ed)\b)"
)


def _adjective_only(low: str, hit: Hit) -> bool:
    """ "my oldest friend": a superlative before a noun names no child."""
    word = low[hit.start : hit.end]
    return bool(_SUPERLATIVE.fullmatch(word)) and _AS_NOUN_AFTER.match(low, hit.end) is None


# Place words the lexicon also reads as "in the past" (a home town is where one was before):
# "给老家的父母寄钱" are parents now, somewhere else.
_HOME_PLACE = re.compile(r"老家|家乡|\bhometown\b|\bback home\b")
_TIME_PAST = re.compile(
    r"以前|之前|原来|曾经|过去|\bused to\b|\bpreviously\b|\bformerly\b|\bbefore\b|\bwas\b"
)


def _home_place_only(low: str, start: int) -> bool:
    """The clause before `start` is about the past only through a home town ("老家的父母")."""
    clause = people.clause_before(low, start)
    return bool(_HOME_PLACE.search(clause)) and not _TIME_PAST.search(clause)


# What may follow a "有" that answers the question: nothing, a particle, or someone counted ("有俩",
# "有两个吧", "有个老母亲要照顾"). A bare noun is what there is: "有快递" (a parcel has come),
# "有点忙".
_BARE_YOU = re.compile(
    r"[一二两三四五六七八九十俩仨几\d]|个|位|\s*(?:$|[的啊呀哦呢吧啦嘛滴哈嗯~～!！。,，.?？…\s])"
)
# Who may have it: nobody said, the respondent or the household ("家里有个小的"); another subject
# has it itself ("我带的班有四十二个孩子").
_OWN_SUBJECT = re.compile(
    r"\s*(?:嗯+|啊|哦|噢|对|是的?|我们?|俺|咱们?|家里|家|里|目前|现在|暂时|还|也|都|就|当然|肯定"
    r"|其实|确实|倒是)*\s*"
)


_CANNOT = re.compile(r"法子?|办法|空|时间")


def _has_object(low: str, hit: Hit) -> bool:
    """A "有" with a bare object or a subject of its own states that something exists; it answers
    no yes/no question."""
    if low[hit.start : hit.end] in ("没", "没有"):
        return _CANNOT.match(low, hit.end) is not None  # "我这直播都没法开": "cannot", no "no"
    if low[hit.start : hit.end] != "有":
        return False
    subject = people.clause_before(low, hit.start)
    return _BARE_YOU.match(low, hit.end) is None or not _OWN_SUBJECT.fullmatch(subject)


# A count after "有": "有两个娃", "有俩", "有个老婆".
_COUNT_AFTER = re.compile(r"\s*(?:[一二两三四五六七八九十俩仨几\d]+\s*(?:个|位)?|个)\s*")


def _counts_other_topic(low: str, hit: Hit, role: str) -> bool:
    """ "我有两个娃" answers the dependents question, not the partner one: a "有" whose counted
    object is a word of the other household topic says nothing of this one."""
    if low[hit.start : hit.end] != "有" or role not in ("partner", "dependents"):
        return False
    count = _COUNT_AFTER.match(low, hit.end)
    if count is None:
        return False
    words, _ = booleans.vocabulary("dependents" if role == "partner" else "partner")
    return low.startswith(tuple(w for w in words if not w.isascii()), count.end())


def _copula(low: str, hit: Hit) -> bool:
    """ "我是独生子": 是 inside a sentence links words, it answers nothing."""
    word = low[hit.start : hit.end]
    before = low[: hit.start].rstrip()
    return (
        word.startswith(("是", "对", "right", "correct"))
        and bool(before)
        and (before[-1].isalnum() and before[-1] not in "嗯哦噢")
    )


def _not_married(low: str, value: bool, hit: Hit) -> bool:
    phrase = low[hit.start : hit.end]
    return not value and (phrase in _NOT_MARRIED or (hit.negated and phrase in _MARRIAGE))
