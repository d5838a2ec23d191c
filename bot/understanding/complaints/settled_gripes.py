"""Answers to the complaint question that tell of trouble and end with nothing wrong now.

Asked "anything you're unhappy with?", people often tell a story before saying there is nothing:
a fault that was fixed ("之前断过一次网 第二天就修好了 现在没啥不满意的", "had a billing mistake
in march but they fixed it same day, so nothing now"), the provider they left ("之前用联通的时候
天天掉线 换过来以后好多了", "EE were dreadful when I was with them, you've been much better"),
praise of the staff ("客服小姐姐态度特别好 没什么要吐槽的", "都几好，客服小姐好有耐性"), or
somebody else's trouble set against their own ("隔壁邻居天天骂电信 我们家这边还好", "my sisters
bill is always wrong but mine is ok"). Each clause is one of these kinds or says "nothing" or
"fine", and one says the service is fine now: the vague "nothing to complain about". A clause of
any other kind ("到现在还没修好", "就是网速太慢", "you're no better") keeps the complaint. A space
between Chinese words ends a clause, as a comma does.

Two messages are neither answer nor vague: trouble only with a provider left behind ("之前用移动
嗰阵先至惨，成日冇信号": nothing about this one), and a question about complaining or about
cheaper offers ("投诉要打边个电话？", "你们有没有便宜点的宽带套餐 推荐一下").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.understanding.complaints import cleared_en, complaints_en
from bot.understanding.complaints.grievances import FAULT, OTHER_PARTY, SERVICE, YOU, about_other
from bot.understanding.complaints.gripes_not_ours import (
    _BETTER,
    _GOES_ON,
    _OTHER_PROVIDER,
    _OVER,
    _PAST,
)
from bot.understanding.complaints.open_answers import _blanked, _empty, _says_none
from bot.understanding.complaints.praised_only import _praises
from bot.understanding.complaints.repair_asked import asks_repair

_PARTS = re.compile(
    r"[,.!?;:，。！？；：~、…]+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])"
    r"|\s+(?:but|so|and|though)\s+|但是?|不过|可是"
)
# Chat spellings of "you" and a possessive typed without its apostrophe ("my sisters bill").
_CHAT_YOU = re.compile(r"\bu\b(?!-)")
_KIN_S = re.compile(
    r"\b((?:my|our)\s+(?:sister|brother|mum|mom|dad|friend|neighbou?r|son|daughter|wife|husband"
    r"|partner|cousin|aunt|uncle|nan|gran|mate))s\b"
)
# When the fault happened, said in passing: "in march", "same day", "那次", "嗰次".
_WHEN = re.compile(
    r"\b(?:in|last|back in)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|\bonce\b(?!\s+(?:the|it|its|it'?s|i|we|you|my|they|he|she|that|everyone)\b)"
    r"|\b(?:one time|the other (?:day|week)|last (?:month|week|year)|a while back)\b"
    r"|(?:那|嗰|有)(?:次|回)|一次"
)
# A repair, with when it was done: "第二天就修好了", "they fixed it same day", "师傅即日就修好".
_REPAIR = re.compile(
    r"(?:修好|修复|解决|处理好|弄好|搞定|恢复)(?:了|咗|啦)?$"
    r"|(?:加|装|建|修|换|升级)了(?:个|座|一个)?(?:新的?)?(?:基站|信号塔|铁塔|中继|光缆|线路|设备)(?:了|啦)?$"
    r"|\b(?:fixed|sorted|resolved|repaired)(?:\s+(?:it|that|them))?(?:\s+(?:out|up))?"
    r"(?:\s+(?:the\s+)?(?:same|next)\s+day|\s+(?:last|that|this)\s+(?:month|week)|\s+right away"
    r"|\s+quickly|\s+fast|\s+in no time|\s+straight away)?$"
)
_REPAIR_WHO = re.compile(
    r"^(?:(?:they|you|you guys|your (?:engineer|tech|team|lot)|the (?:engineer|tech)|someone)"
    r"(?:'ve|\s+have|\s+had)?\s+)?(?:got\s+it\s+|got\s+)?"
    r"|^(?:后来|第二天|隔天|当天|当场|即日|即刻|很快|马上|没多久|两天|三天|师傅|工程师|你们|客服)*(?:就|都|已经)?"
)
# The staff praised: "客服小姐姐态度特别好", "客服小姐好有耐性", "the engineer was lovely".
_STAFF_PRAISED = re.compile(
    r"(?:客服|师傅|工作人员|营业员|小姐姐|小姐|小哥|装机)[^,，。\s没不未修]{0,6}?(?:态度)?(?:特别|非常|很|挺|超|好|真|几)?"
    r"(?:好|耐心|耐性|热情|专业|细心|nice|给力)(?:的|啊|呀|了|喔|嘅)*$"
    r"|\b(?:staff|engineer|tech|technician|installer|agent|support|team|lady|guy|lad|fella|bloke"
    r"|man|woman|girl)\s+(?:(?:who|that)\s+(?:came|come)\s+(?:out|round|over|by)\s+)?"
    r"(?:was|were|is|are|has been|have been)\s+(?:really\s+|very\s+|so\s+|dead\s+|proper\s+)?"
    r"(?:lovely|helpful|great|brilliant|patient|kind|friendly|nice|sound|class|a legend|top)$"
)
# A thumbs up: "点赞👍", "给你们点个赞", "kudos".
_THUMBS_UP = re.compile(r"^(?:给你们)?(?:点(?:个)?赞|好评|👍|赞+|\b(?:kudos|thumbs up)\b)+[!！~]*$")
# The provider better since the move: "换过来以后好多了", "you've been much better".
_SINCE_BETTER = re.compile(
    r"^(?:换|转|搬)(?:过来|到你们)(?:以后|之后|后)?(?:就)?(?:好多了|好很多|稳多了|强多了)(?:的|了)*$"
    r"|^(?:you(?:'ve| have) been|you lot have been|it'?s been)\s+(?:much|way|far|so much|loads"
    r"|a lot)\s+better(?:\s+since)?$"
)
# The respondent's own service fine, set against another's: "mine is ok", "我们家这边还好".
_OWN_FINE = re.compile(
    r"^(?:(?:but|and)\s+)?(?:mine|yours|my (?:own|bill|one|line))"
    r"(?:'s|\s+is|\s+has been|\s+'s been)\s+"
    r"(?:always\s+)?(?:ok|okay|fine|good|alright|right|grand)$"
    r"|^(?:但是?|不过)?(?:我们?家?|咱家|俺家)(?:这边|这里|的)?(?:还|倒|都)?(?:好|还好|没事|没问题|可以|正常|挺好)(?:的|啦|了)*$"
)
# The other's service griped at after their provider is named: "their service is a joke".
_THEIRS = re.compile(
    r"^(?:and\s+)?(?:their|his|her)\s+(?:service|signal|internet|bills?|network)\b"
)
# A joke for the one thing to change: "the only thing I'd change is the weather".
_ONLY_CHANGE = re.compile(
    r"\bthe only (?:thing|complaint|gripe) (?:i'?d|i would|i could) (?:change|complain about|fix)"
    r" (?:is|would be) (?:the weather|my (?:neighbou?rs?|boss|job|commute)|the rain)\b"
)
_CHEAP = (
    "修", "解决", "搞定", "处理", "弄好", "恢复", "fixed", "sorted", "resolved", "repaired",
    "好", "耐", "nice", "lovely", "helpful", "better", "fine", "ok", "没", "nothing", "no ", "赞",
    "👍", "grand", "sound", "strong",
)  # fmt: skip


def _parts(text: str) -> list[str]:
    return [p.strip() for p in _PARTS.split(text) if p and p.strip()]


def _prepared(low: str, explained: Sequence[tuple[int, int]]) -> str:
    text = _CHAT_YOU.sub("you", _blanked(low, explained))
    text = _ONLY_CHANGE.sub(",", text)  # (the joke is its own clause, and says nothing)
    return _KIN_S.sub(r"\1's", text)


def _repaired(part: str) -> bool:
    who = _REPAIR_WHO.match(part)
    rest = part[who.end() :] if who else part
    if _UNDONE.search(rest):
        return False  # "到现在还没修好", "never fixed it"
    return _REPAIR.search(rest) is not None and not _GOES_ON.search(part)


_UNDONE = re.compile(r"没|未|不|还|\b(?:not|never|yet|n'?t)\b|n't")


def _past_fault(part: str) -> bool:
    if _GOES_ON.search(part):
        return False
    return bool(_PAST.search(part) or _WHEN.search(part)) and not _NOW.search(part)


_RHETORIC = re.compile(r"^(?:what|how|where)\b|有什么用|有啥用|好在哪")
_NOW = re.compile(r"现在|如今|目前|最近|\b(?:now|these days|lately|still)\b")


def settled(low: str, explained: Sequence[tuple[int, int]] = ()) -> bool:
    """Every clause tells of past or others' trouble, its repair, praise, or nothing, and one
    says all is fine now (English set phrases and asides: `complaints_en`)."""
    if asks_repair(low):
        return False  # "网什么时候能修好？": a repair asked for, not one done
    if complaints_en.cleared(low) or cleared_en.cleared(low):
        return True  # "there was an outage in March but you had it fixed, so no beef here"
    if not any(w in low for w in _CHEAP):
        return False
    text = _prepared(low, explained)
    fine = others = own = told = False
    for part in _parts(text):
        bare = _NOW.sub(" ", part)
        if _OWN_FINE.search(part):
            fine = own = True
        elif _empty(bare) and (_says_none(bare) or not FAULT.search(part)):  # (not "就是贵")
            fine = fine or _says_none(bare)
            continue
        elif _repaired(part) or _SINCE_BETTER.search(part) or _BETTER.search(part):
            fine = True
        elif _THUMBS_UP.search(part):
            fine = True
        elif _OVER.search(part) and not _GOES_ON.search(part):
            fine = True
        elif (
            _STAFF_PRAISED.search(part) or (_praises(part) and SERVICE.search(part))
        ) and not _RHETORIC.search(part):
            fine = True
        elif _OTHER_PROVIDER.search(part) and not YOU.search(part):
            told = told or FAULT.search(part) is not None  # "Comcast had me on hold for hours"
            continue
        elif _THEIRS.search(part) and not YOU.search(part):
            others = True
        elif about_other(part) and not YOU.search(part):
            others = True
        elif not _past_fault(part):
            return False
        told = True
    # (a plain "overall it's fine" tells nothing and is left to `open_answers`)
    return told and fine and (own or not others)


# Another person's service ("my sister's bill", "我姐的账单"), and the respondent's own ("mine").
_KIN_THING = re.compile(
    r"^(?:my|our)\s+(?:sister|brother|mum|mom|dad|friend|neighbou?r|son|daughter|wife|husband"
    r"|partner|cousin|aunt|uncle|nan|gran|mate|flatmate|roommate)'s\s+(?:bill|phone|internet"
    r"|wi-?fi|signal|line|broadband|plan|service|data)\b"
    r"|^(?:我|俺)(?:姐|妹|哥|弟|妈|爸|老公|老婆|对象|朋友|邻居|儿子|女儿|闺女)(?:的|那)"
)
_OWN = re.compile(
    r"\b(?:mine|me|i|i'?m|i'?ve|we|us|ours|myself|my own|too|as well|also)\b"
    r"|(?:我|俺)(?:的|自己|们|家)|也"
)


def others_trouble_only(low: str) -> bool:
    """Only another person's service is griped at, nothing of the respondent's own: "my sister's
    bill is always wrong" (but not "my sister's bill and mine are always wrong")."""
    text = _prepared(low, ())
    if not _KIN_THING.search(text.strip()):
        return False
    rest = _KIN_THING.sub(" ", text.strip(), count=1)
    return _OWN.search(rest) is None and not YOU.search(rest)


def left_provider_only(low: str) -> bool:
    """Trouble told only of a provider left behind, nothing said of this one."""
    if not any(w in low for w in _LEFT_CHEAP):
        return False
    if YOU.search(low) or _NOW.search(low) or _COMPARED.search(low):
        return False
    parts = _parts(low)
    if not parts or not (_OTHER_PROVIDER.search(parts[0]) and _PAST.search(parts[0])):
        return False
    if any(OTHER_PARTY.search(p) or _says_none(p) for p in parts):
        return False
    return all(_OTHER_PROVIDER.search(p) or FAULT.search(p) or _BAD.search(p) for p in parts)


# Set against the provider left behind: "跟之前那家一样烂", "比我之前用的那家强多了".
_COMPARED = re.compile(r"一样|差不多|比|跟|像|\b(?:than|same|like|as bad|no better)\b")
_LEFT_CHEAP = ("以前", "之前", "原来", "过去", "old", "previous", "last", "former", "when", "used")
_BAD = re.compile(r"惨|差|烂|垃圾|冇信号|没信号|\b(?:awful|terrible|dreadful|the worst|rubbish)\b")

# A question about how to complain, or for a cheaper offer: "投诉要打边个电话？", "怎么投诉",
# "who do I call to complain?", "你们有没有便宜点的套餐 推荐一下", "any cheaper deals?".
_HOW_TO = re.compile(
    # (the question is the whole message: "is there a discount if I bundle the mobile?")
    r"^(?:so\s+)?(?:is there|are there|do you (?:do|give|offer)|can i get|could i get|would i get"
    r"|any)\s+(?:a\s+|any\s+)?(?:discounts?|deals?|offers?)\s+(?:if|for|when|on)\b[^.!?]*\?+$|"
    r"^(?:请问|想问下?|问下)?(?:我)?(?:要|想)?投诉(?:要|得|应该|的话)?(?:打|找|拨|去)(?:哪个|边个|什么|啥|哪|边度)"
    r"|(?:怎么|点样|如何|去哪|在哪|去边度)(?:才能)?投诉"
    r"|^(?:so\s+)?(?:how|where|who)\s+(?:do|can|should|would)\s+i\s+(?:call\s+to\s+|ring\s+to\s+"
    r"|contact\s+to\s+)?(?:make|file|lodge|send|raise)?\s*(?:a\s+)?complain(?:t)?\b"
    r"|^(?:你们)?有没有(?:更)?(?:便宜|实惠|划算|优惠)(?:点|些|一点)?的[^,，。\s]{0,8}(?:套餐|宽带|流量)"
    r"|\b(?:do you have|have you got|are there|got)\s+any\s+(?:cheaper|better value)\s+(?:deals?"
    r"|plans?|packages?|offers?|bundles?)\b"
)
_ASKING = re.compile(r"[?？]|吗|呢|推荐|\brecommend\b")


_HOW_CHEAP = ("投诉", "complain", "便宜", "cheaper", "discount", "deal", "offer")


def asks_how(low: str) -> bool:
    """A question about complaining or cheaper offers, with no fault named."""
    if not any(w in low for w in _HOW_CHEAP):
        return False
    if not _HOW_TO.search(low.strip()) or not _ASKING.search(low):
        return False
    return FAULT.search(low.replace("投诉", "")) is None
