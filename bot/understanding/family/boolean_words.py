"""Words in a yes/no answer about the household that answer nothing themselves.

Read before the household words are judged (`household.resolve_boolean`), so that:

- a "没有" that denies a number, not the having, is no "no": "有啊，也没有很多，就一个",
  "有，没几个，就俩" (but "没有，一个都没有" is one);
- a "有" or a "要养" whose object is an animal is no partner and no dependent: "家里有两条狗要养",
  "有只猫" (but "家里有老婆要养" is one);
- "on my own" before or after an account is the account's owner, not a life alone: "I'm on my
  own 12 month plan", "first phone plan on my own" (but "I live on my own");
- a yes or no taken back as a joke says nothing: "nah jk, just curious";
- a jokey name for children ("little devils", "小魔王") beside an animal may name the animals:
  "two cats, little devils the pair of them";
- a partner at work or at play, and a "有" that has a companion (`work_partners`: "my partner at
  the firm", "有个搭档"); a household word asked back and answered with a pet or a thing
  (`echo_jokes`: "married? me? I've got 3 cats");
- a marriage that dates something else ("I've been in Tenby since I married");
- a couple on the screen or pointed at, and their break-up (`others_couples`: "那对明星夫妻又
  离了", "none of those couples are gonna last");
- a household word in an A-not-A question ("问我结没结婚", `either_way`) or a couple word that
  two people are likened to ("比两口子还亲", "like an old married couple", `likened_couples`);
- a "了没" put to the asker ("你看新闻了没") is a question, no "no";
- a partner or a child supposed in a question, "对齐", a parent "of the child" said of oneself
  and somebody else's wedding (`unheld_words`: "有伴侣的话套餐能便宜点吗？", "女，孩子他妈");
- "一个人" alone for a while: raising a child at some place, the partner away
  (`alone_for_a_while`: "老公在外地跑车，我一个人在东莞带孩子");
- a "嗯" that opens a hesitation ("嗯 那个…", "呃，这个") is the sound of thinking, no yes.
"""

from __future__ import annotations

import re

from bot.understanding.family import (
    alone_for_a_while,
    echo_jokes,
    either_way,
    likened_couples,
    others_couples,
    partner_asides,
    unheld_words,
    work_partners,
)
from bot.understanding.family.animals import PET_EN, PET_ZH
from bot.understanding.family.booleans import CHILD_EPITHETS
from bot.understanding.identity import pet_names
from bot.understanding.lexicon import Entry, Hit

# After "on my own" / "by myself": the words name an account, a plan or a line of one's own.
_OWN_ACCOUNT = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:plan|account|line|contract|phone|sim|number|bill|package)s?\b"
)
# ... or before it: "first phone plan on my own", "paying the bill by myself" (but "I live on my
# own").
_OWN_ACCOUNT_BEFORE = re.compile(
    r"\b(?:plan|account|line|contract|phone|sim|number|bill|package)s?\s+(?:all\s+)?$"
)
# A yes or no taken back straight away: "nah jk", "no just kidding", "没有，开玩笑的".
_JOKING_AFTER = re.compile(
    r"[\s,.!~]*(?:jk|j/k|jks|just kidding|just joking|kidding|only joking"
    r"|开玩笑的?|逗你的?|说笑的?)(?![a-z])"
)
# A number denied: "没有很多", "没那么多", "没几个" (not "没多久", "没有多余的").
_FEW_AFTER = re.compile(r"(?:有)?\s*(?:很|那么|太|特别|这么|好)?多(?![久余大])|(?:有)?\s*几个")
# An animal as the object: "有两条狗", "有只猫", "有一只布偶".
_PET_OBJECT = re.compile(
    r"\s*(?:[一两二三四五六七八九十几]|\d+)?\s*(?:条|只|头|匹|个)?\s*(?:" + PET_ZH + ")"
)
_PET_BEFORE = re.compile(r"(?:" + PET_ZH + r")\s*$")
_ANIMAL = re.compile(PET_ZH + "|" + PET_EN)
_EPITHETS = frozenset(CHILD_EPITHETS)


def says_nothing(low: str, hit: Hit, entry: Entry) -> bool:
    """The yes/no or household word at `hit` says nothing about the household."""
    word = low[hit.start : hit.end]
    if partner_asides.says_nothing(low, hit, entry):
        return True  # "partner how?", "王叔两口子", "while I do this survey" (`partner_asides`)
    if "一个人" in low and alone_for_a_while.says_nothing(low, hit, entry):
        return (
            True  # "老公在外地跑车，我一个人在东莞带孩子": alone for a while (`alone_for_a_while`)
        )
    if unheld_words.says_nothing(low, hit, entry):
        return True  # "有伴侣的话…吗？", "对齐一下", "女，孩子他妈", "我妹刚结婚" (`unheld_words`)
    if ("叫" in low or "喊" in low or "称" in low or "call" in low) and entry.kind == "bool":
        if pet_names.kin_called(low, hit.start, hit.end):
            return True  # "粉丝都叫我老公", "my fans call me wifey": what others call them
    if word.endswith(("own", "myself")) and (
        _OWN_ACCOUNT.match(low, hit.end) or _OWN_ACCOUNT_BEFORE.search(low, 0, hit.start)
    ):
        return True  # "on my own 12 month plan", "first phone plan on my own"
    if entry.kind == "yesno" and _JOKING_AFTER.match(low, hit.end):
        return True  # "nah jk, just curious": the no taken back as a joke
    if entry.kind == "yesno" and word in ("没有", "没") and ("多" in low or "几" in low):
        if _FEW_AFTER.match(low, hit.end):
            return True  # "没有很多，就一个": how many, not whether
    if ("狗" in low or "猫" in low or "宠" in low or "鱼" in low or "兔" in low) and (
        (entry.kind == "yesno" and word == "有" and _PET_OBJECT.match(low, hit.end))
        or ("养" in word and _PET_BEFORE.search(low, max(0, hit.start - 8), hit.start))
    ):
        return True  # "家里有两条狗要养": animals, no person
    if entry.kind == "yesno" and work_partners.companion_had(low, hit.start, hit.end):
        return True  # "有个搭档", "合伙人倒是有一个": a companion, no partner
    if entry.kind == "yesno" and work_partners.romance_denied(low, hit.start, hit.end):
        return True  # "my dance partner, no romance": the no is of the companion
    if entry.kind == "bool" and (
        work_partners.work_partner(low, hit.start, hit.end)
        or (("?" in low or "？" in low) and echo_jokes.joke(low, hit.start, hit.end))
    ):
        return True  # "my partner at the firm"; "married? me? I've got 3 cats"
    if entry.kind == "bool" and (
        either_way.topic_asked(low, hit.start, hit.end)
        or likened_couples.likened(low, hit.start, hit.end)
    ):
        return True  # "问我结没结婚", "比两口子还亲": a question, a likeness; no couple
    if entry.kind == "bool" and others_couples.theirs(low, hit.start, hit.end):
        return True  # "电视里那对明星夫妻又离了": a couple on the screen, and their break-up
    if entry.kind == "yesno" and others_couples.none_of(low, hit.start, hit.end):
        return True  # "none of those couples are gonna last": a quantifier, no "no"
    if entry.kind == "yesno" and word in ("没", "没有") and _asks_you(low, hit.start, hit.end):
        return True  # "你看新闻了没": a question to the asker, "了没" is "了吗"
    if word in _EPITHETS and _ANIMAL.search(low):
        return True  # "two cats, little devils the pair of them": the animals, maybe
    if word in ("married", "got married") and _DATED_BY.search(
        low, max(0, hit.start - 30), hit.start
    ):
        return True  # "I've been in Tenby since I married": a time, the marriage may be over
    if entry.kind == "yesno" and _HESITATION.match(low, hit.start):
        return True  # "嗯 那个 帮我表姐带了几天娃": a sound of thinking, no yes
    if entry.kind == "yesno" and _NO_YES_WORD.match(low, hit.start):
        return True  # "sure look, what's it to ye", "abeg no ask me": a turn of phrase
    asking = "?" in low or "？" in low or "吗" in low or "么" in low
    return asking and _GENERIC.fullmatch(word) is not None and _asks_about_offer(low, hit.start)


# Irish "sure look" / "sure lookit" / "sure listen" opens a remark, it is no yes; West African
# Pidgin "no ask me", "no vex" tell the asker not to, they are no no.
_NO_YES_WORD = re.compile(r"sure,?\s+(?:look|lookit|listen)\b|no\s+(?:dey\s+)?(?:ask|vex)\b")
# A marriage that dates something else: "been here since I married", "moved when I got married".
_DATED_BY = re.compile(r"\b(?:since|ever since|when|after|before|till|until)\s+i\s+(?:got\s+)?$")
# "嗯 那个", "呃，这个", "嗯…怎么说呢": the sound of someone thinking what to say, no yes.
_HESITATION = re.compile(
    r"(?:嗯+|呃+|额+|唔+)[\s,，、…~～.。]*(?:那个|这个|怎么说|就是说|让我想想|我想想|咋说)"
)
# A plan or a price asked about ("is there a discount for married couples?", "结婚有优惠吗？"):
# the household word in that question names who a product is for.
_OFFER = re.compile(
    r"\b(?:discounts?|deals?|plans?|offers?|packages?|bundles?|promos?|rates?|specials?)\b"
    r"|优惠|套餐|折扣|打折|活动|资费|亲情号|情侣卡|便宜"
)
_CLAUSE_END = re.compile(r"[,，.。;；!！?？]")
# Words that name a kind of customer rather than somebody of the respondent's ("my wife" stays).
_GENERIC = re.compile(r"married|marriage|couples?|spouses?|newlyweds?|结婚|已婚|新婚|情侣|夫妻")


# "了没" closing a clause asks ("你看新闻了没", "你们吃饭了没有"): said to "你", it is no "no".
_TAG_AFTER = re.compile(r"\s*(?:$|[,，。.!！?？~～]|啊|呀|哇)")
_YOU_IN_CLAUSE = re.compile(r"(?:你|您)[^,，。;；!！?？]*$")


def _asks_you(low: str, start: int, end: int) -> bool:
    """The "没" at `start`..`end` is the tag of a question put to the asker: "你看新闻了没"."""
    return (
        low[start - 1 : start] == "了"
        and _TAG_AFTER.match(low, end) is not None
        and _YOU_IN_CLAUSE.search(low, 0, start) is not None
    )


def _asks_about_offer(low: str, start: int) -> bool:
    """The word at `start` is in a clause that asks about a plan or a price."""
    marks = [m.end() for m in _CLAUSE_END.finditer(low, 0, start)]
    begin = marks[-1] if marks else 0
    stop = _CLAUSE_END.search(low, start)
    clause = low[begin : stop.end() if stop else len(low)]
    asks = clause.rstrip().endswith(("?", "？")) or clause.rstrip(" ,，.。").endswith(("吗", "么"))
    return asks and _OFFER.search(clause) is not None
