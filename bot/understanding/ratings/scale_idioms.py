"""Figures of speech that answer the rating question with no level.

A proverb or set phrase can hold a number or a rating word without giving a rating: "一分钱一分货"
(you get what you pay for), "五五开" and "半斤八两" (even, six of one), "说不上好坏" (can't say
good or bad), "五星好评是不可能的" (five stars ruled out, with no score said), "一星半点的好感都
没有" (not the least goodwill), good on one floor but not on another ("1楼信号好，3楼没信号"),
the good passed over and the bad piled up ("好的不说，坏的一堆": plainly negative, but no
level said), good and bad by turns ("好一阵歹一阵的", "有好有坏", "good days and bad days",
"hit or miss"), and stars given to the wait, in sarcasm ("five stars for the hold music").
A reading taken from inside such a phrase gives way, and the answer is vague; a rating said
beside it still counts ("一般般，一分价钱一分货" → 3, "五星不可能，三星吧" → 3).
"""

from __future__ import annotations

import re

from bot.understanding.context import Ctx, propose
from bot.understanding.literal_gates import gated

# (a floor or a room of the home: "客厅5格满格，卧室就剩1格了" counts signal bars)
_FLOOR = r"(?:[\d一二三四五六七八九十]+楼|楼上|楼下|客厅|卧室|厨房|书房|阳台|卫生间|厕所|院子)"
_EN_FLOOR = r"(?:upstairs|downstairs|(?:ground|first|second|third|top|1st|2nd|3rd|[4-9]th) floor)"
# (in town and in the country: "在城里信号好，回乡下就不行了")
_TOWN = r"(?:城里|市里|城区|市区|县城|镇上|乡下|村里|农村|山里|老家)"
_ROOM = (
    r"(?:kitchen|bedroom|living room|lounge|garden|bathroom|office|basement|attic|garage|upstairs"
    r"|downstairs|back room|front room)"
)
_NO_LEVEL = gated(
    # you get what you pay for
    r"一分(?:价)?钱?一分货|一分耕耘一分收获|you get what you pay for"
    # even, six of one and half a dozen of the other
    r"|五五开|半斤八两|\bfifty[- ]fifty\b"
    # can't say good or bad
    r"|(?:说|谈|讲)不(?:上|出|好)(?:来)?(?:是)?好(?:还是)?坏|好坏(?:说不上|谈不上|说不好|不好说|难说)"
    r"|\bcan'?t (?:really )?(?:say|tell)(?: if it'?s| whether it'?s| it'?s)? good or bad\b"
    # five stars ruled out, no score said
    r"|五星(?:好评)?(?:是|就|肯定|绝对)?(?:不可能|别想|甭想|休想|没戏|没门|谈不上)"
    r"|不可能(?:给|打)?(?:个)?五星(?:好评)?"
    # no score can be given: "你们的我还真打不出来"
    r"|(?:还真|真|实在)?打不出(?:来|分数?)"
    r"|五星(?:好评)?\W{0,3}(?:做梦|想得美|想多了|不存在|没门|别想)"  # "五星好评？做梦吧": sarcasm
    # full marks ruled out: "满分肯定是给不了的", "给不了满分"
    r"|满分(?:肯定|绝对|是|就|那|可|也)*(?:给不了|给不出|打不了|给不到|不可能|没戏|别想|谈不上)"
    r"|(?:给|打)不(?:了|出|到)满分|\bfull marks?\W{0,3}(?:no way|not a chance|forget it)"
    r"|\bfive stars?\W{0,3}(?:no way|not a chance|forget it|not likely|is out of the question)"
    # not the least goodwill
    r"|(?:一星半点|一点|半点|丝毫|一丁点)(?:的|儿)?好感(?:都|也)没(?:有)?"
    r"|没(?:有)?(?:一点|半点|丝毫|任何)(?:的)?好感"
    # good and bad by turns: "好一阵歹一阵" (歹 is bad), "有好有坏", "good days and bad days"
    r"|好一(?:阵子?|会儿?|天)(?:又)?(?:坏|差|歹|不好)一(?:阵子?|会儿?|天)"
    r"|一(?:阵子?|会儿?)好一(?:阵子?|会儿?)(?:坏|差|歹|不好)|有好有(?:坏|差|歹)|好坏参半"
    r"|\bgood days and bad days\b|\bgood one day,? (?:and )?(?:bad|rubbish|crap|awful|terrible)"
    r" the next\b"
    # ("hit or miss really, some weeks it's fine": the good half said after it is no level)
    r"|\bhit (?:or|and) miss\b(?:\s*(?:really|tbh|honestly|lol|mate|though|tho|to be honest))*"
    r"(?:\s*[,;-]+\s*(?:but\s+)?(?:some|other|most)\s+(?:days|weeks|nights|times|months|evenings)"
    r"\b[^.;!?,]{0,25})?"
    r"|\bsome days (?:(?:it'?s|are) )?good,? (?:and )?some days (?:(?:it'?s|are) )?"
    r"(?:bad|rubbish|crap|awful|terrible|not)\b|\bblows hot and cold\b"
    # the good passed over, the bad piled up: "好的不说，坏的一堆", "优点没几个，毛病一大堆"
    r"|(?:好的|好处|优点|长处)(?:就|也|先|都)?(?:不说了?|不提了?|没有|没啥|没几个|不多|少得可怜)"
    r"[,，、;；\s]*(?:坏的|坏处|毛病|缺点|问题|槽点)(?:倒是|可|就|却|也)?(?:一堆|一大堆|一箩筐|一大把"
    r"|成堆|多的是|数不过来|不少|一抓一大把)"
    r"|\b(?:not much|nothing|little|few)\s+good(?: points?| things?)?,?\s+(?:but\s+)?(?:loads|lots"
    r"|plenty|a ton|tons|heaps) (?:of )?bad(?: points?| things?)?\b"
    # stars for the wait, sarcasm: "oh yeah, five stars for the hold music"
    r"|\b(?:five|5|ten|10|full) stars? for (?:the |your )?(?:hold music|wait(?:ing)?\b|queue"
    r"|being (?:put )?on hold|hold\b)"
    # good on one floor, bad on another
    rf"|[^。！？!?,，]{{0,8}}{_FLOOR}[^。！？!?]{{0,10}}?[,，、;；\s][^。！？!?]{{0,3}}?{_FLOOR}"
    r"[^。！？!?,，]{0,10}"
    rf"|[^。！？!?,，]{{0,8}}{_TOWN}[^。！？!?]{{0,10}}?[,，、;；\s][^。！？!?]{{0,3}}?{_TOWN}"
    r"[^。！？!?,，]{0,10}"
    # ... or in one room and not in another: "five bars in the kitchen zero in the bedroom"
    rf"|[^.;!?,]{{0,30}}\b{_ROOM}\b[^.;!?]{{0,20}}?\b(?:zero|nothing|none|no|dead|but|not)\b"
    rf"[^.;!?]{{0,12}}?\b{_ROOM}\b"
    rf"|[^.;!?,]{{0,25}}\b{_EN_FLOOR}\b[^.;!?]{{0,30}}?[,;]\s*(?:but\s+)?(?:on\s+)?(?:the\s+)?"
    rf"{_EN_FLOOR}[^.;!?,]{{0,20}}"
)


def no_level(ctx: Ctx, name: str) -> bool:
    """The rating question answered with a figure of speech and no level: a value read from
    inside the phrase is dropped; True when the answer is left without a value."""
    spans = [m.span() for m in _NO_LEVEL.finditer(ctx.text.low)]
    if not spans:
        return False
    if name in ctx.proposals:
        start, end = ctx.spans[name]
        if not any(a <= start and end <= b for a, b in spans):
            return False
        del ctx.proposals[name]
        # a score said after the phrase stands: "好的不说了，坏的一堆，2分" (one before it may be
        # another thing's: "手机给5分，你们的网嘛，说不上好坏")
        m = _SCORE.search(ctx.text.low, spans[-1][1])
        if m is not None:
            said = m.group("n") or m.group("n2")
            propose(ctx, name, int(_DIGITS.get(said, said)), m.start(), m.end(), confidence=0.9)
            return False
    return True


# An explicit score: "2分", "打三分", "3/5", "3 out of 5".
_SCORE = re.compile(
    r"(?<![\d.])(?P<n>[1-5一二三四五两])\s*分(?!钟|之)|(?<![\d.])(?P<n2>[1-5])\s*(?:/|out of)\s*5\b"
)
_DIGITS = {"一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5"}
