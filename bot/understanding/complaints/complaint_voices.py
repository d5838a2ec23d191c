"""Whose complaint an answer to the complaint question voices, and whether it answers at all.

`open_answers` reads the answer clause by clause, split at punctuation. Three readings it does
not make, kept here:

- Somebody else's gripe set against the respondent's none with a bare "but" and no comma: "my
  neighbour's always moaning about his provider but I've no issues myself", "我邻居老说他家宽带慢
  不过我自己没啥问题". Split at the contrast, it reads as the punctuated form does: vague.
- Somebody else's gripe about another provider, with nothing of the respondent's own: "我对象用
  别家的，她老吐槽她们家网卡", "my boyfriend's on another network and he's always moaning about
  their signal". No complaint and no flag (the respondent says nothing of their own service);
  but "我对象老吐槽你们网卡" (the provider addressed) and "我同事用别家的，我们家网老断" (a
  clause of one's own) stay complaints.
- Somebody else's trouble with the service at their own place, the provider cleared of it: "my
  brother-in-law can't get a signal at his place, but that's not on you", "我表哥家信号不好，
  不怪你们". No complaint and no flag: the respondent says nothing of their own (unlike "only
  thing bothering me is my neighbour's dog, nothing to do with you lot", which is vague).
- A question about who reads the answers: "is this going to someone who can actually fix
  things?", "这些会转给能管事的人吗？". It answers nothing, unless a fault is named with it
  ("is this going to someone who can fix my slow internet?").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.understanding.churn.intentions import RIVAL_NAMES
from bot.understanding.complaints import callbacks_asked
from bot.understanding.complaints.grievances import FAULT, OTHER_PARTY, SERVICE, YOU, about_other
from bot.understanding.complaints.open_answers import is_vague_open

# A contrast between somebody else's trouble and the respondent's own, said without a comma.
_CONTRAST = re.compile(r"\s+(?:but|though|whereas|while)\s+|不过|但是|可是|但")
_CONTRAST_CHEAP = (" but ", " though ", " whereas ", " while ", "不过", "但", "可是")


def _split_at_contrast(low: str) -> str:
    """`low` with a comma at each contrast word (same length): an English word is kept after it
    ("…his place,but my bill is too high" still concedes after clearing the provider), a
    Chinese one is replaced."""
    return _CONTRAST.sub(_comma_at, low)


def _comma_at(m: re.Match[str]) -> str:
    word = m.group().strip()
    if word.isascii():
        return "," + word + " " * (len(m.group()) - len(word) - 1)
    return "," + " " * (len(m.group()) - 1)


def theirs_against_none(low: str, explained: Sequence[tuple[int, int]] = ()) -> bool:
    """Somebody else's gripe, then the respondent's none: joined by a bare contrast word (read
    as if a comma stood there), or about another provider ("my sister uses another network,
    their signal is rubbish, but mine's fine"). The answer is vague."""
    if theirs_only(low) and any(is_vague_open(p) for p in _parts(low)):
        return True
    if _voiced_by_other_only(low):
        return True
    if not any(w in low for w in _CONTRAST_CHEAP) or OTHER_PARTY.search(low) is None:
        return False
    split = _split_at_contrast(low)
    return split != low and is_vague_open(split, explained)


# The respondent's own view or service, set against another person's gripe.
_OWN_MARK = re.compile(
    r"\b(?:myself|mine|mine's|personally|me|as for me|my end|my side|i (?:think|reckon|find))\b"
    r"|我自己|我这边|我的|我倒|我个人|本人|我(?:觉得|感觉)"
)
_OWN_CHEAP = ("my", "me", "mine", "personally", "i ", "i'", "我", "本人")
_OPINION = re.compile(
    r"^\s*(?:but\s+|though\s+)?(?:i|me)\s+(?:personally\s+)?(?:think|reckon|find|feel|guess"
    r"|reckon)\s+(?:that\s+)?|^\s*(?:不过|但是?|可是)?(?:我|俺)(?:自己|个人)?(?:觉得|感觉|认为)"
)
_NONE_WORD = re.compile(
    r"没|无|挺好|还好|还行|可以|正常|不错|\b(?:no|nothing?|none|fine|ok|okay|alright|good|great|grand)\b"
)


def _voiced_by_other_only(low: str) -> bool:
    """Somebody else voices the gripe, a member of the household too, and the respondent says
    they have none themselves: "my wife complains the wifi drops but I've no issues myself",
    "我老公老说网卡，我自己没啥问题" (but not "…我也觉得", nor with a gripe of one's own after it:
    "my wife moans about the wifi and the bill's too high, but I'm fine")."""
    if not any(w in low for w in _OWN_CHEAP):
        return False
    if OTHER_PARTY.search(low) is None and _VOICE.search(low) is None:
        return False
    parts = [p for p in _PARTS.split(_split_at_contrast(low)) if p.strip()]
    own_none = [p for p in parts if _OWN_MARK.search(p) and _NONE_WORD.search(p)]
    # ("but I think it's fine", "我觉得还行": the opinion word set aside, a none)
    if not any(is_vague_open(p) or is_vague_open(_OPINION.sub(" ", p)) for p in own_none):
        return False
    return all(
        is_vague_open(p)
        or OTHER_PARTY.search(p)
        or _VOICE.search(p)
        or _THEIRS.search(p)
        or not _complains(p)
        for p in parts
    )


# Another provider: "别家", "其他运营商", "his provider", "on another network", "with a
# different company", or one named as somebody's ("on Vodacom", "with Telstra", "朋友那边的电信",
# "表哥家用的移动宽带", "移动那边更坑"; not "我家用的移动").
_OTHER_PROVIDER = re.compile(
    r"别家|别的(?:运营商|公司|家)|其他(?:运营商|家|公司)"
    r"|\b(?:his|her|their|another|a different|other|some other)\s+(?:provider|network|carrier"
    r"|company|isp|operator|supplier|firm|lot)s?\b"
    r"|\b(?:with|on|uses?|using)\s+(?:someone|somebody) else\b"
    r"|\b(?:on|with|uses?|using)\s+(?:" + RIVAL_NAMES + r")\b"
    # a relative's or friend's own line with a named rival: "my sister's Vodafone", "表姐说移动的"
    r"|'s\s+(?:" + RIVAL_NAMES + r")\b|(?:说|讲)(?:中国)?(?:电信|联通|移动|广电)的"
    r"|(?<![我俺咱们])(?:那边|那儿|那里|家)(?:用)?的?(?:是)?(?:中国)?(?:电信|联通|移动|广电)"
    r"|(?<![我俺咱们家])用(?:的是|的|着)(?:中国)?(?:电信|联通|移动|广电)"
    # over at a named rival, or worse there: "移动那边更坑", "联通那家也一样", "电信更黑"
    r"|(?<![我俺咱们家用])(?:中国)?(?:电信|联通|移动|广电)(?:那边|那家|那儿|那里|(?=更))"
)
_PROVIDER_CHEAP = (
    "别 其他 provider network carrier compan isp operator supplier firm lot else"
    " on with us 电信 联通 移动 广电"
).split()
# Somebody who voices it, beyond `OTHER_PARTY`: partners in chat words.
_VOICE = re.compile(
    r"对象|男朋友|女朋友|男友|女友|另一半|爱人"
    r"|\b(?:my|our)\s+(?:[a-z]+\s+)?(?:boyfriend|girlfriend|fianc[eé]e?|missus|missis|bf|gf"
    r"|other half|hubby|wifey)\b"
)
# Once another provider is named, "their", "她们家" say whose service a clause is about.
_THEIRS = re.compile(r"(?:他|她)们?家|\b(?:his|her|their|theirs)\b")
# The respondent's own service: "ours is slower", "my internet keeps dropping", "我家网老断".
_OWN_SERVICE = re.compile(
    r"\b(?:ours|mine|yours|my own)\b|\b(?:my|our)\s+(?:\w+\s+)?(?:internet|wi-?fi|broadband|signal"
    r"|connection|line|bills?|phone|plan|service|network|speeds?|data)\b"
    r"|(?:我|我们|俺|咱)(?:家|自己|这边)?的?(?:网|宽带|信号|手机|套餐|话费|流量|账单)"
)
_PARTS = re.compile(r"[,.!?;:，。！？；：~、…]+|\s+(?:and|but|so)\s+|而且")
# The other's service set against the respondent's: "better signal than me", "比我的快".
_THAN_ME = re.compile(r"\bthan (?:me|mine|us|ours|i do|we do|i get|we get)\b|比(?:我|俺|咱)")


def _parts(low: str) -> list[str]:
    return [p for p in _PARTS.split(low) if p.strip()]


def theirs_only(low: str) -> bool:
    """Somebody else's gripe about another provider, and nothing the respondent says of their
    own service: every clause is about the other person or names the other provider, and the
    provider asked for is not addressed."""
    if not any(w in low for w in _PROVIDER_CHEAP):
        return False
    if _OTHER_PROVIDER.search(low) is None or YOU.search(low) is not None:
        return False
    if OTHER_PARTY.search(low) is None and _VOICE.search(low) is None:
        return False
    parts = _parts(low)
    if any(_OWN_SERVICE.search(p) and not is_vague_open(p) for p in parts):
        return False  # "…and says ours is slower": the respondent's own service
    if _THAN_ME.search(low):
        return False  # "…and he gets better signal than me": the respondent's is worse
    return all(
        _OTHER_PROVIDER.search(p)
        or _THEIRS.search(p)
        or about_other(p)
        or _VOICE.search(p)
        or not _complains(p)
        for p in parts
    )


# The provider cleared: "but that's not on you", "not your fault", "跟你们没关系".
_CLEARED = re.compile(
    r"\b(?:(?:that'?s|that is|it'?s|it is|which is)\s+)?(?:obviously\s+)?not (?:on )?you(?:r fault"
    r"| lot'?s fault| guys'? fault)?\b|\bnot (?:your|you lot'?s) (?:fault|problem|doing)\b"
    r"|\b(?:nothing|not anything) to do with you(?: lot| guys)?\b|\bcan'?t blame you\b"
    r"|(?:这|那)?(?:也)?(?:跟|和|与)你们(?:公司)?(?:没|无)(?:有)?(?:关系|关)|不关你们的?事"
    r"|(?:这|那)?(?:也)?(?:不怪|怪不了|怪不得)你们|(?:这|那)?不是你们的?(?:问题|错|责任)"
)
_CLEARED_CHEAP = ("you", "你们")
# People with a place of their own, whose trouble there is theirs (not the landlord's doing, nor
# a member of the household's).
_ELSEWHERE = re.compile(
    r"\b(?:my|our)\s+(?:[a-z]+\s+)?(?:mum|mom|mother|dad|father|parents|brother|sister|friends?"
    r"|colleagues?|co-?workers?|mates?|cousins?|aunt|auntie|uncle|nephews?|nieces?|grand[a-z]+"
    r"|in-laws|godson|goddaughter|neighbou?rs?)\b|\b(?:he|she)\b"
    r"|爸妈|父母|(?<![妈])妈|(?<![爸])爸|朋友|闺蜜|同事|同学|邻居|亲戚|婆婆|公公|岳父|岳母|侄子|侄女"
    r"|外甥女?|(?:表|堂)(?:哥|姐|弟|妹)|哥哥|姐姐|弟弟|妹妹|(?<=我)(?:哥|姐|弟|妹)|(?<!其)(?:他|她)(?!们)"
)
_YOU_WORDS = frozenset(("you", "your", "你们"))
# What is left of a clause once the party is gone: the respondent's own words.
_FIRST_PERSON = re.compile(r"\b(?:i|i'?m|i'?ve|i'?d|me|my|mine|we|us|our|ours)\b|我|俺|咱")
_LEFTOVER = re.compile(
    r"\b(?:but|though|however|and|so|obviously|of course|really|honestly|tbh|lol|haha)\b"
    r"|不过|但是?|可是|其实|反正|哈+|啊|呀|吧|呢|了|的|也|[\W_]"
)


def theirs_cleared(low: str) -> bool:
    """Somebody else's trouble with the service, and the provider cleared of it: every other
    clause names a party outside the respondent and the service or a fault of it, and none
    speaks of the respondent."""
    if not any(w in low for w in _CLEARED_CHEAP):
        return False
    cleared = _CLEARED.search(low)
    if cleared is None:
        return False
    rest = low[: cleared.start()] + " " + low[cleared.end() :]
    parts = [p for p in _parts(rest) if _LEFTOVER.sub("", p)]
    if not parts:
        return False
    return all(_theirs_trouble(p) for p in parts)


def _theirs_trouble(part: str) -> bool:
    """The part is another person's trouble with a service: the person named (or "his", "her"),
    the service or a fault of it, and no word of the respondent's own."""
    if _ELSEWHERE.search(part) is None and _VOICE.search(part) is None:
        return False
    if not any(m.group() not in _YOU_WORDS for m in SERVICE.finditer(part)):
        return False  # ("房东老断电": the landlord's doing, the respondent's own trouble)
    # ("my brother-in-law", "我表哥": the party, not the respondent)
    left = _VOICE.sub(" ", OTHER_PARTY.sub("\x00", part))
    left = re.sub(r"(?:我|俺|咱)们?(?:的|家)?\x00", " ", left)
    return _FIRST_PERSON.search(left) is None


def _complains(part: str) -> bool:
    """The part names the service or a fault of it."""
    return SERVICE.search(part) is not None or FAULT.search(part) is not None


# Where the answers go, asked back: "is this going to someone who can actually fix things?",
# "does this get passed on to anyone?", "will my answers reach a real person?", "这些会转给能管
# 事的人吗？", "我说的能传到领导那吗" (not "is this going to cost me?").
_WHO_READS = re.compile(
    r"\b(?:is|are|will|does|do|would|can)\s+(?:this|it|that|these|any of (?:this|it)|my (?:answers?"
    r"|feedback|complaints?|comments?)|what i (?:say|write))\s+(?:\w+\s+){0,2}?(?:going|go|get|be"
    r"|reach|make it|end up)\b(?:\s+(?:sent|passed|forwarded|read|seen|going|back))?"
    r"(?:\s+(?:on|up|through))?\s+(?:to|by|with)\s+(?:someone|somebody|anyone|anybody"
    r"|an?\s+(?:real\s+|actual\s+)?(?:person|human|manager)|(?:the\s+)?(?:right\s+)?(?:people"
    r"|person|team|department|manager|management|boss|bosses|top))\b"
    r"(?:\s+(?:who|that)\s+(?:can|could|will|would)\s+(?:\w+\s+)?(?:fix|sort|change|do|act"
    r"|deal|help|read|care)\w*(?:\s+(?:things?|it|that|stuff|anything|something|with it"
    r"|about it|out))*)?"
    r"|\bwho\s+(?:\w+\s+)?(?:reads|sees|gets|checks|looks at)\s+(?:this|these|it|my answers?"
    r"|the answers?|what i write)\b"
    r"|(?:这些|这个|我说的|我的)?(?:话|反馈|意见|回答|投诉|建议)?(?:真的?)?(?:会|能)?"
    r"(?:转给|交给|传到|传给|反映给|递给|报给|送到)(?:谁|领导|上面|负责的?人?|相关部门|能管事的人"
    r"|管事的人?|能解决(?:问题)?的人)(?:那里?|那儿)?(?:吗|么|嘛|不|没)?"
)
_QUESTION_END = re.compile(r"(?:[?？]|吗|么|嘛|不)[\s?？!！.。~]*$")
_WHO_CHEAP = (
    "going",
    "go ",
    "get",
    "reach",
    "who",
    "end up",
    "make it",
    "转",
    "交给",
    "传",
    "递给",
)


def asks_who_reads(low: str) -> bool:
    """The whole message asks where the answers go, and names no fault of the service."""
    if callbacks_asked.asks_callback(low):
        return True  # "你们是不是要给我打电话回访？": what happens next, no fault named
    if not any(w in low for w in _WHO_CHEAP):
        return False
    m = _WHO_READS.search(low)
    if m is None or _QUESTION_END.search(low) is None:
        return False
    rest = low[: m.start()] + " " + low[m.end() :]
    return FAULT.search(rest) is None and not any(
        s.group() not in ("you", "your") for s in SERVICE.finditer(rest)
    )
