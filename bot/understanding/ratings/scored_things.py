"""Scores in an answer to the rating question that go to something other than the service now.

`rating_scope.apart` sets these aside, next to ratings of other people and other providers:

- a device or a person named as the topic before the score in its sentence, with no word of
  the service between them: the phone ("手机给5分", "the phone itself is a 5", but "手机信号给3分"
  rates the line), a person ("装机小哥我给五星", "your shop girl at the mall, 5 stars");
- a survey or a follow-up call scored ("gave the Digicel survey a 2", "回访我打的1分"; not
  "第2次填你们的问卷了😂 还是4分");
- in Chinese, a score given with "给…打" to a named thing that is not the provider or its service
  ("给宝宝的奶粉打5分"; not "给你们打4分", "给网速打3分");
- a person judged as the subject of a short clause: "人超好" (the person is lovely);
- a score said of a past time ("上次回访我打的1分", "last time I gave a 2"), unless the present
  comes back ("上次3分，这次4分");
- a score things have in a store or on a review site ("2 stars on the app store");
- a number in a score denied ("cannot say one", "can't give a number");
- a judgement of something in the speaker's life ("happy with my new job").

A score said to be for the provider right after it stays: "paid 900 for this phone, 2 stars for
you" → 2.
"""

from __future__ import annotations

import re

# Words of the service or the provider: a score after them rates the service.
_SERVICE = re.compile(
    r"网|宽带|信号|服务|你们|您们|套餐|流量|客服|整体|总体|总的|星联|体验|光纤|线路|速度"
    r"|\b(?:service|internet|broadband|wi-?fi|network|connection|signal|speeds?|you|u|ya|overall"
    r"|plan|line|coverage|data|provider|company|it)\b"
)
# Things scored that are not the service.
_THING = re.compile(
    # the phone as a device (not its line: "手机信号", "手机套餐", "phone service")
    r"手机(?!信号|网|卡|号|套餐|流量|费|话费|上网|[45]g|业务|服务)"
    r"|\b(?:the|my|this|that|new)\s+(?:phone|handset|mobile)(?!\s+(?:service|line|signal|plan"
    r"|bill|network|coverage|reception|contract|data|package|deal|company|provider))\b"
    # a person: the installer, a shop assistant
    r"|小哥|小姐姐|小妹|小姑娘|营业员|店员|导购|装维"
    r"|\b(?:shop|store|counter|sales)\s*(?:girl|guy|lady|assistant|staff|boy|man|woman|person"
    r"|clerk|attendant)s?\b|\bsales(?:girl|man|woman|person|lady|guy)\b|\bcashiers?\b"
)
# A survey or a follow-up call scored right before the score: "gave the survey a 2", "回访我打的1分"
# (not "第2次填你们的问卷了😂 还是4分").
_SURVEY_BEFORE = re.compile(
    r"(?:问卷|回访)[^,，.。!！?？;；~…\s]{0,8}$|\b(?:survey|questionnaire|poll)\s+(?:an?\s+)?$"
)
_SENTENCE_END = re.compile(r"[.!?。！？;；\n]")
_THING_TRIGGER = re.compile(
    r"手机|小|营业|店员|导购|装维|phone|handset|mobile|shop|store|counter|sales|cashier|问卷|回访"
)

# "给X打N分": the thing scored between 给 and 打 (not the provider, it, him or her).
_GIVEN_TO = re.compile(
    r"给(?!你|您|它|他|她|咱|自己)(?P<obj>[^,，。!！?？\s给打评]{1,12}?)(?:打|评)(?:了|个|出)*\s*$"
)
# A person judged: "人超好", "人也挺好".
_PERSON_JUDGED = re.compile(
    r"(?:^|[\s,，。!！])人(?:也|都|真|超|很|挺|特别|蛮|还|非常|真的|可|倒)*$"
)
# A past time before the score in its clause, the present not back.
_PAST = re.compile(r"上次|上回|\blast time\b|\bthe other day\b")
_NOW = re.compile(r"现在|这次|这回|目前|如今|\b(?:now|this time|these days|nowadays)\b")
_CLAUSE_MARK = re.compile(r"[,，.。!！?？;；~…]")
# A store or a review site after the score.
_IN_STORE = re.compile(
    r"\s*(?:stars?\s+|points?\s+)?(?:on|in)\s+(?:the\s+)?(?:app ?store|play ?store|google"
    r"(?: play| reviews?)?|trustpilot|yelp|amazon|ios|android)\b"
)
# A number in a score denied: "cannot say one", "can't give you one".
_DENIED = re.compile(
    r"\b(?:can'?t|cannot|can not|won'?t|couldn'?t|could not|don'?t)\s+(?:really\s+)?(?:say|give"
    r"|pick|put)\s+(?:you\s+|u\s+)?$"
)
# Something in the speaker's life judged: "happy w my new job".
_LIFE_AFTER = re.compile(
    r"\s+(?:with|w/?|about|at|in)\s+(?:my|the|our)\s+(?:new\s+)?(?:job|boss|work|life|kids?"
    r"|house|flat|car|phone|wife|husband|team|school|uni|course|results?|promotion|raise)\b"
)


def _thing_before(low: str, start: int) -> bool:
    ends = [m.end() for m in _SENTENCE_END.finditer(low, 0, start)]
    begin = ends[-1] if ends else 0
    things = list(_THING.finditer(low, begin, start))
    return bool(things) and _SERVICE.search(low, things[-1].end(), start) is None


def _given_to_thing(low: str, start: int) -> bool:
    m = _GIVEN_TO.search(low, max(0, start - 20), start)
    return m is not None and _SERVICE.search(m.group("obj")) is None


def _past(low: str, start: int) -> bool:
    marks = [m.end() for m in _CLAUSE_MARK.finditer(low, 0, start)]
    begin = marks[-1] if marks else 0
    found = list(_PAST.finditer(low, begin, start))
    return bool(found) and _NOW.search(low, found[-1].end(), start) is None


_WORD = re.compile(r"[a-z0-9'\-]+")


# The provider named right after the score: "paid 900 for this phone, 2 stars for you".
_FOR_PROVIDER = re.compile(
    r"[\d.]*\s*(?:stars?|points?|分|星)?\s*(?:for|to)\s+"
    r"(?:you|u|ya|your|the service|the internet)\b"
)


def not_service(low: str, start: int) -> bool:
    """The score or rating word at `start` is given to something other than the service now (see
    the module)."""
    if _FOR_PROVIDER.match(low, start):
        return False
    if _THING_TRIGGER.search(low) is not None and _thing_before(low, start):
        return True
    if _SURVEY_BEFORE.search(low, max(0, start - 20), start):
        return True
    if "给" in low and _given_to_thing(low, start):
        return True
    if "人" in low and _PERSON_JUDGED.search(low, max(0, start - 8), start):
        return True
    if _past(low, start) or _DENIED.search(low, max(0, start - 30), start):
        return True
    word = _WORD.match(low, start)
    if word is None:
        return False
    return bool(_IN_STORE.match(low, word.end()) or _LIFE_AFTER.match(low, word.end()))
