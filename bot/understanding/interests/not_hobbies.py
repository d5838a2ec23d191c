"""Pastime words that name no pastime of the respondent's.

An interest option said by the respondent is still no interest when it is given up ("篮球早不打了",
"gave up tennis"), an outing somebody else organised ("公司组织团建去爬山") or one trip the
respondent took others on ("took 'em to the footy Saturday"), a chore with a pet ("带狗去宠物医院
打针"), the respondent's job ("我是教钢琴的") or a tool used for something else: a device as the
way online ("开手机hotspot") or a game store as a purse ("my steam wallet's got 3 quid").
"""

from __future__ import annotations

import re

from bot.understanding.family import pets
from bot.understanding.interests import (
    bill_items,
    pastime_senses,
    running_senses,
    still_pastimes,
    told_machines,
    unkept_pastimes,
    unused_pastimes,
)

# An activity or thing tied to the respondent's job: it is their work, not an interest.
_FOR_WORK = re.compile(
    r"(?<=教)|(?<=\bteach )|(?<=\bteaches )|(?<=\bteaching )"
    # a game streamed by a streamer: "男主播，平时播吃鸡", "直播王者", "游戏主播" (watching one,
    # "看主播打吃鸡", is still gaming)
    r"|(?<=播)|(?<=\bstream )|(?<=\bstreams )|(?<=\bstreaming )"
    r"|(?=[^,，。.;!?]{0,6}(?:都是|是)?(?:工作|上班|干活)(?:用|要用|需要)"
    r"|[^,，。.;!?]{0,4}(?:老师|教练|主播|陪练|代练|teacher|coach|for work|for a living)\b)"
)
# A device as the way online, a game store as a purse, no hobby: "开手机hotspot", "用电脑上网",
# "phone hotspot", "my steam wallet's got 3 quid", "steam余额"
_TOOL_AFTER = re.compile(
    r"\s*(?:的)?(?:热点|hotspot|hot spot|流量|上网|数据|data\b|tether|wi-?fi|钱包|余额|充值卡"
    r"|(?:wallet|balance|gift ?cards?|vouchers?|credit)\b)"
)
# Idly on the phone, no interest in technology: "耍手机嘛", "刷手机", "天天抱着手机"
_IDLE_PHONE_BEFORE = re.compile(r"(?:耍|刷|看|抱着|捧着)(?:下|一下|会儿?|一会儿?)?$")
_STOPPED = re.compile(
    r"[^,，。;；]{0,3}?(?:早就?|已经|都|好久|很久)?(?:不|没)(?:再)?(?:打|玩|弹|看|练|去|碰|踢|跑|听)了"
    r"|\s*(?:not any ?more|no more|no longer)\b"
)
# An outing someone else organised: "公司组织团建去爬山", "dragged along on a team-building hike";
# or one trip the respondent took others on: "took 'em to the footy Saturday", "brought the
# grandkids to the pictures" or ferries them to ("I'm his taxi to footy") (not "took up tennis",
# "I take the kids swimming every week").
_OUTING = re.compile(
    r"(?:团建|(?:公司|单位|学校|部门|班里)(?:又)?组织)[^,，。;；!?]{0,8}$"
    r"|\b(?:team[- ]?building|work (?:outing|trip|away ?day)|office (?:outing|trip)"
    r"|company (?:outing|trip|retreat)|school trip|away ?day)\b[^,.;!?]{0,24}$"
    r"|\b(?:took|brought|dragged)\s+(?:'em|them|him|her|us|the\s+\w+|my\s+\w+|our\s+\w+)\s+"
    r"(?:along\s+)?to\s+(?:the\s+|a\s+|see\s+(?:the\s+|a\s+)?)?$"
    # ... or ferries them to it: "I'm his taxi to footy training", "I drive her to dance"
    r"|\b(?:i'?m|i am)\s+(?:(?:basically|just|literally|like|pretty much)\s+)*(?:his|her|their"
    r"|the kids'?)\s+(?:personal\s+)?(?:taxi|uber|chauffeur|driver|cab)\s+to\s+(?:the\s+|his\s+"
    r"|her\s+|their\s+)?$|\b(?:i\s+|just\s+)(?:drive|ferry|run)\s+(?:him|her|them|the kids"
    r"|my\s+\w+)\s+to\s+(?:the\s+|his\s+|her\s+|their\s+)?$"
    # ... or the respondent dragged along by somebody: "my gf drags me to the gym", "硬拉我去健身房"
    r"|\b(?:drags?|dragged|dragging)\s+(?:me|us)\s+(?:along\s+)?to\s+(?:the\s+|a\s+|her\s+"
    r"|his\s+|their\s+)?$|(?:硬|非)?(?:拉|拽|拖)着?(?:我|俺)(?:去|陪她去|陪他去)$"
)

# A pastime of the past, said in the clause before it: "年轻那会儿还爱踢球", "小时候爱画画",
# "used to hoop back in high school" (but one kept up: "小时候就爱画画，到现在还画", "I used to
# and I still do").
_PAST_BEFORE = re.compile(
    r"(?:年轻|小时候|上学|读书|念书|以前|从前|过去|早年)(?:那会儿?|的?时候|时)?[^,，。;；!?]{0,6}$"
    r"|\b(?:used to|back in (?:high school|school|college|uni|the day)|when i was (?:young"
    r"|younger|a kid|a teen(?:ager)?|at school))\b[^,.;!?]{0,24}$"
)
_STILL_AFTER = re.compile(
    r"[^。.!?！？]{0,12}?(?:现在还|现在也|到现在|至今|一直|\bstill\b|\bto this day\b"
    r"|\bnow\b(?! i just))"
)
# A device as the way something is done, no hobby: "do it on the computer", "pay on my phone";
# and a pet asked about as a dependent: "does a dog count", "狗算不算".
_TOOL_BEFORE = re.compile(
    r"\b(?:do|does|doing|did|pay|pays|paying|paid|sort|book|order|fill)\s+(?:it|that|this|them"
    r"|everything|bills?|(?:it|that) all)?\s*(?:on|via|through|with|using)\s+"
    r"(?:the|a|my|his|her)\s*$"
)
# The screen a named thing is watched on, no pastime of its own: "footy on the telly", "the six
# nations on the telly", "watched the marathon on telly" (the thing is read or is none); the
# screen's own fare is still watching TV ("whatever's on the telly", "stuff on tv").
_WATCHED_ON_BEFORE = re.compile(r"\b([a-z']+)\s+on\s+(?:the\s+)?$")
_SCREENS = frozenset(("tv", "telly", "the telly", "television"))
_TV_FARE = frozenset(
    "what's whats whatever's whatever what is it's its it stuff things anything something"
    " everything shows show programmes programs programme program rubbish crap junk news series"
    " films movies dramas soaps lot bit much nothing that this there was be i me we you".split()
)
_COUNTED_AFTER = re.compile(r"(?:s)?\s*(?:counts?\b|算不算|算吗|也算吗)")


# An activity echoed and turned down: "golf? I'd give it a miss", "golf? not for me",
# "高尔夫？没兴趣".
_TURNED_DOWN_AFTER = re.compile(
    r"\s*[?？,，]+\s*(?:(?:i'?d|i'?ll|i would|i will|nah|no|nope|honestly)[\s,]+)*"
    r"(?:give (?:it|that|them) a miss|pass\b|not for me|not my (?:thing|cup of tea)|not interested"
    r"|no thanks|(?:我|俺)?(?:没(?:啥|什么)?兴趣|不感兴趣|不喜欢|不太喜欢|没意思|不爱))"
    r"(?=\s*(?:$|[,.;!?，。！？~…]))"
)
# "I'd give golf a miss": the activity between "give" and "a miss".
_GIVE_BEFORE = re.compile(r"\bgive\s+$")
_MISS_AFTER = re.compile(r"\s+a miss\b")


def not_a_hobby(low: str, start: int, end: int, before: str, *, interest: bool = False) -> bool:
    """The interest option at `start`..`end` (`before`: its clause up to it) is no pastime of the
    respondent's (`interest`: the option is an interest, not another slot's option)."""
    return bool(
        _STOPPED.match(low, end)  # "篮球早不打了", "gave up tennis": a hobby given up
        or _OUTING.search(before)  # "公司组织团建去爬山": an outing, no hobby
        or pets.pet_errand(low, start, end)  # "带狗去宠物医院打针": a chore, no hobby
        # "我是教钢琴的", "手机电脑都是工作用的": a job or a work tool, no hobby
        or _FOR_WORK.match(low, start)
        or _TOOL_AFTER.match(low, end)
        or _TURNED_DOWN_AFTER.match(low, end)  # "golf? I'd give it a miss"
        or (_MISS_AFTER.match(low, end) and _GIVE_BEFORE.search(before))
        or (interest and _gone_or_no_pastime(low, end, before))
        or (interest and low[start:end] == "手机" and _IDLE_PHONE_BEFORE.search(before))
        # "footy on the telly": where the thing is watched
        or (interest and low[start:end] in _SCREENS and _watched_on(before))
        # "add Netflix to your bill", "a gym contract years ago", "reading contracts"
        or (interest and bill_items.not_pastime(low, start, end, before))
        # "I work at the gym", "I hate travelling", "我戒游戏了", "food for thought"
        or (interest and pastime_senses.not_pastime(low, start, end, before))
        # "a gym membership I've used twice", "I quit dance and basketball", "my lad's mad on
        # football", "haven't touched the guitar", "jog my memory"
        or (interest and unused_pastimes.not_pastime(low, start, end, before))
        # "two toddlers running around", "running late", "running the shop"
        or (interest and running_senses.not_running(low, start, end, before))
        # "I don't give my age out to computers": the one told, no pastime
        or (interest and told_machines.told_machine(low, start, end, before))
        # "健身卡一次都没去过", "足球我最讨厌了", "读书的时候", "猫冬", "最烦足球", "相机都送人了"
        or (interest and unkept_pastimes.not_kept(low, start, end, before))
    )


def _watched_on(before: str) -> bool:
    """`before` ends with a thing other than TV fare watched "on the telly"."""
    m = _WATCHED_ON_BEFORE.search(before)
    return m is not None and m.group(1) not in _TV_FARE


def _gone_or_no_pastime(low: str, end: int, before: str) -> bool:
    return bool(
        _TOOL_BEFORE.search(before)  # "do it on the computer": a means, no hobby
        or _COUNTED_AFTER.match(low, end)  # "does a dog count": a question, no pet
        # "年轻那会儿还爱踢球": a pastime of the past
        or (
            _PAST_BEFORE.search(before) is not None
            and not _STILL_AFTER.match(low, end)
            and not still_pastimes.kept_after(low, end)  # "used to play. Still do."
        )
    )
