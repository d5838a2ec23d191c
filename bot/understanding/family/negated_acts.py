"""A negation before a household word that denies something else than the person.

Not knowing what someone does is no denial of them ("不知道我老公交多少", "no idea what my husband
pays"; but "不知道，没老公" still denies). Nor is an act done with a partner: "can't ring the missus
from the boat", "couldn't get through to my wife": a spouse named with "my" or "the" after such a
verb exists, the "not" is about the call. Verbs that are the relationship itself stay denials:
"not with my husband any more", "don't live with the wife", "never had a wife". A partner set
against someone else exists ("I pay it, not my wife", "户主是我不是我老公"), and a "不" that is an
elder's health ends before the respondent's care ("他们身体不好我照顾着"). What the children leave
no room for is denied, not the children: "no time with 3 kids", "can't relax with two toddlers"
(but "don't live with my kids", "no wife or kids").

Kept apart from `household`, which judges every household topic word, because these are readings
of the words before the topic word.
"""

from __future__ import annotations

import re

from bot.understanding.people import clause_before

_UNKNOWING_BEFORE = re.compile(
    r"(?:不|没)(?:知道|晓得|清楚|记得|确定|了解|太清楚)\s*(?:我|俺)?(?:家)?的?\s*$"
    r"|\b(?:don'?t|do not|doesn'?t|not sure|no idea|can'?t remember|not certain)\s+"
    r"(?:know\s+|remember\s+|say\s+)?(?:what|how much|if|whether|when|where|why|how)\s+"
    r"(?:my|our)\s+$"
)
_NEGATED_VERB = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t|won'?t|wouldn'?t|don'?t|didn'?t|doesn'?t|never|not)\s+"
    r"(?:(?:even|always|really|just|ever)\s+)?"
    r"(?!(?:have|has|had|got|with|live|living|lives|stay|staying|married|marry|seeing|see|dating"
    r"|date|be|been|being|need|want|find|meet|look|looking|support|keep|love)\b)[a-z]+\s+"
    r"(?:(?:through|hold|in|touch|on|to|up|of|with|for|back|out|at)\s+){0,3}"
    r"(?P<det>my|our|me|mi|the)?\s*$"
)
# Someone's health denied just before the respondent speaks of themselves: "身体不好",
# "腿脚不方便", "不能自理".
_UNWELL_BEFORE = re.compile(
    r"(?:不|不太|不大|不怎么)(?:好|行|方便|舒服|利索|灵便|中用|能动|能自理|能走)了?\s*$"
)
# "没事就陪", "没空陪", "没时间跟": the "没" is time to spare, before a verb done with someone.
_IDLE_BEFORE = re.compile(
    r"没(?:事儿?|空|时间|工夫|功夫)(?:的时候)?(?:就|都|便|也|还|老|总|常)*(?:陪|跟|和|带|给|同|找)(?:我|俺)?"
    r"(?:家|们家)?的?\s*$"
)
_DETERMINED = re.compile(r"(?:my|our|the|t')\s*\S")
# "no time with 3 kids", "no sleep with a newborn", "not easy with three kids": the "no" is the
# time or ease, the children are had (the children counted or determined; nothing between about
# living together or about the household itself).
_NONE_WITH_CHILDREN = re.compile(
    r"\b(?:no|not|never|can'?t|cannot)\s+"
    r"(?:(?!(?:live|living|lives|stay|staying|share|sharing|contact|custody|access|see|seeing"
    r"|married|wife|husband|partner|kids?|children|child|family|and|or|nor|with)\b)[a-z']+\s+)"
    r"{1,4}?(?:with|because of|thanks to)\s+(?:\d+|a|an|the|my|our|me|two|three|four|five|six|both"
    r"|all|these|twins?)\s+(?:(?:little|young|small|wee|teenage)\s+)?$"
)


# A couple not (yet) living together is still a couple: "got a girlfriend, we don't live together
# yet" (but "my girlfriend and I split, we don't live together any more").
_TOGETHER = ("live together", "living together", "lived together")
_OWN_PARTNER_BEFORE = re.compile(
    r"\b(?:got|have|i've|i have|we're|my)\s+(?:got\s+)?(?:a\s+)?(?:girlfriend|boyfriend|partner"
    r"|fianc[ée]e?|gf|bf)\b"
)
_OVER = re.compile(r"any ?more|no longer|broke up|split|separated|divorc|\bex\b")


def _apart_couple(low: str, start: int, end: int) -> bool:
    return (
        low[start:end] in _TOGETHER
        and _OWN_PARTNER_BEFORE.search(low, 0, start) is not None
        and _OVER.search(low) is None
    )


# A partner set against someone else is a partner all the same: "I'm the account holder not my
# husband", "I pay it, not my wife", "it's not my husband's card, it's mine" (but "he's not my
# husband, just a mate", "no, not my husband, I'm single", "not my husband any more").
# (the word may carry its "my": "not my partner's")
_NOT_MY = re.compile(r"(?:^|\s)not\s+(?:(?:my|our)\s*)?$")
_ITS_NOT_MY = re.compile(r"\b(?:it'?s|it is|it isn'?t|it was|that'?s)\s+not\s+(?:(?:my|our)\s*)?$")
_WHOSE_AFTER = re.compile(r"(?:'s|s'|\s+(?:who|that)\b)")
_DENIAL_BEFORE = re.compile(
    r"^\s*(?:no|nope|nah|never)\b|\b(?:single|divorced|separated|not married|widow"
    r"|(?:he|she|they|that|this|who)(?:'s| is| was| are|'re))\b"
)
# "户主是我不是我老公", "我自己交，不是我老婆交" (but "他不是我老公", "不是我老公，我没结婚")
_NOT_MY_ZH = re.compile(r"不是(?:我|俺)(?:家|们家)?(?:的)?$")
_DENIAL_BEFORE_ZH = re.compile(
    r"^\s*(?:没|不|没有)|单身|离|没结婚|未婚|(?:他|她|这|那)(?:个人|个|人|位)?$"
)
_ENDED_AFTER = re.compile(r"\s*(?:any ?more|no longer|now|these days)\b")


def _roles_contrasted(low: str, start: int, end: int) -> bool:
    """The "not" before the partner at `start`..`end` sets them against someone else."""
    word = low[start:end]
    if word.startswith("ex") or _ENDED_AFTER.match(low, end):
        return False
    clause = clause_before(low, start)
    if (m_zh := _NOT_MY_ZH.search(clause)) is not None:
        before = low[: start - len(clause)] + clause[: m_zh.start()]
        return bool(before.strip(" ,，")) and _DENIAL_BEFORE_ZH.search(before) is None
    if not clause.endswith(("my ", "our ")) and not word.startswith(("my ", "our ")):
        return False
    if _ITS_NOT_MY.search(clause):
        return word.endswith(("'s", "s'")) or _WHOSE_AFTER.match(low, end) is not None
    m = _NOT_MY.search(clause)
    sentence = (
        re.split(r"[.!?;。！？]", low[: start - len(clause)])[-1] + clause[: m.start()] if m else ""
    )
    return bool(sentence.strip(" ,")) and _DENIAL_BEFORE.search(sentence) is None


# One of the children counted who does not go to school yet is a child still: "一个读小学，一个
# 还冇上幼儿园", "小的还没上学" (but "没上学的" alone, or "孩子没有").
_ONE_OF_THEM = re.compile(r"^\s*(?:另)?(?:一个|老[大二三四幺]|小的|大的|最小的|小的那个)(?:还|都)?")
_SCHOOL_WORD = re.compile(r"上|读|念")


# A no taken back as a joke before the topic word: "no jk I'm married", "nah just kidding, i'm
# engaged".
_JOKE_BETWEEN = re.compile(r"\b(?:jk|j/k|just kidding|just joking|kidding)\b")


# A bare "no" that opens the answer, then the respondent's own state: "no im divorced", "nah i'm
# single" (not "no, not married", "i'm not married").
_BARE_NO_THEN_I = re.compile(
    r"^\s*(?:no+|nope|nah|naw)\s+(?:i'?m|i am)\s+(?:(?:now|just|actually|happily|recently)\s+)?$"
)


def person_kept(low: str, start: int, end: int, role: str) -> bool:
    """The negation before the topic word at `start`..`end` leaves the person standing: it is
    about not knowing what they do, or (for a partner named as the respondent's own: "my wife",
    "the missus", "t'wife") about an act done with them; or a child counted does not go to
    school yet."""
    clause = clause_before(low, start)
    if _UNKNOWING_BEFORE.search(clause) or _JOKE_BETWEEN.search(clause):
        return True  # (or the "no" taken back: "no jk I'm married")
    if _BARE_NO_THEN_I.match(clause):
        return True  # "no im divorced": the "no" answers, "I'm divorced" says why
    if role == "dependents" and _SCHOOL_WORD.match(low, start) and _ONE_OF_THEM.match(clause):
        return True  # "一个还冇上幼儿园": too young for school, a child all the same
    if role == "partner" and _IDLE_BEFORE.search(clause):
        return True  # "没事就陪老婆逛街", "没空陪老公": free time denied, the partner is there
    if role == "dependents" and " with " in clause and _NONE_WITH_CHILDREN.search(clause):
        return True  # "no time with 3 kids": the time denied, the children are had
    if low.startswith(("我", "俺"), start) and _UNWELL_BEFORE.search(clause):
        return True  # "他们身体不好我照顾着": the "不" is their health, "我" starts anew
    if role == "partner" and (_apart_couple(low, start, end) or _roles_contrasted(low, start, end)):
        return True
    m = _NEGATED_VERB.search(clause) if role == "partner" else None
    return m is not None and (
        m.group("det") is not None or _DETERMINED.match(low, start, end) is not None
    )


# A bare "I don't" that goes on with a verb denies that act, not the household topic: "I don't
# know how she does it", "I don't share that" (but "I don't", "I don't have any", "I don't think
# so" still answer no).
_OTHER_ACT_AFTER = re.compile(
    r"\s+(?:really\s+|even\s+)?(?:know|share|say|tell|understand|care|see|get|remember|mind"
    r"|like|use|pay|feel|talk|discuss|give|trust|believe|answer|think(?!\s+so\b)"
    # a habit or a want of one's own: "at 90, I don't bother with gadgets", "I don't need a
    # smartphone", "I don't watch much telly"
    r"|bother|need(?!\s+to\s+(?:support|look|care|provide|take|feed|pay for))|watch|play|read"
    r"|drive|text|post|go|travel|cook|shop|drink|smoke)\b"
)


def other_act(low: str, start: int, end: int) -> bool:
    """The generic "no" word at `start`..`end` ("i don't") is the negation of another verb."""
    if low[start:end] in ("没", "没有") and _OTHER_ACT_AFTER_ZH.match(low, end):
        return True  # "我没听清楚", "装没听见": not hearing, no "no"
    if low[start:end] in _FILLERS and _REPEAT_ASKED.search(low):
        return True  # "嗯你说啥 我没听清楚": a filler before the question is asked again
    return low[start:end].endswith(("don't", "dont", "do not")) and bool(
        _OTHER_ACT_AFTER.match(low, end)
    )


# "没" before a verb of hearing or understanding: "我没听清楚", "装没听见", "没看懂"; or of
# winning, catching or getting something: "比赛还是没拿奖", "没抢到票", "没赶上车".
_OTHER_ACT_AFTER_ZH = re.compile(
    r"(?:太|怎么|大)?(?:听|看|搞|弄|想)(?:清|见|到|懂|明白|得懂)|明白|注意"
    r"|(?:拿|得|获|中|评上|选上)(?:奖|名次|冠军|第)|拿到|赢|抢到|买到|赶上|考上|考过|通过|及格"
)
# A request to hear the question again: the "嗯" or "yeah" said with it is a filler, no "yes".
_FILLERS = frozenset(("嗯", "嗯嗯", "恩", "啊", "呃", "yeah", "yes", "ok"))
_REPEAT_ASKED = re.compile(
    r"你说啥|说什么|再说一遍|再说一次|没听清|听不清|\bsay (?:that|it) again\b|\bdidn'?t catch\b"
    r"|\bcome again\b"
)
