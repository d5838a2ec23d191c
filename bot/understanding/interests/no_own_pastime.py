"""Answers to the interests question that talk about pastimes, none of them the respondent's now.

Asked what they like to do, people often answer with a pastime they gave up ("以前好钟意打篮球，
而家膝头唔得喇", "used to play guitar but haven't in years", "I used to play rugby but my knees
gave up"), with somebody else's and nothing of their own ("my 10 year old is obsessed with
roblox, me nothing really"), with days spent minding or ferrying the children ("我就在家带娃",
"my son plays football, i just drive him"), with dislikes only ("唔钟意行街，更加唔钟意运动",
"I don't like sport or shopping"), with work that leaves them sick of it ("放工就唔想再掂游戏")
or with a wish for rest ("now I just want peace and quiet"). Each answers the question with no
option in it: vague. Read only when no interest was found, so a pastime kept up or named beside
them ("used to box, now I run") still gives its value; another person doing something ("我老公爱
钓鱼") with nothing said of the respondent is no answer at all and is not read here.
"""

from __future__ import annotations

import re

from bot.understanding.others import said_of_other

# A pastime of the past, given up: "以前好钟意打篮球，而家膝头唔得喇" (钟意 reads 喜欢, 唔 不),
# "以前喜欢打游戏，现在不玩了", "以前喜欢打篮球，工作后就没碰过了", "拉二胡，退休就撂下了".
_GIVEN_UP_ZH = re.compile(
    r"(?:以前|年轻(?:的?时候|那会儿?)|小时候)(?:我|俺)?[^,，。;；!！?？]{0,3}?(?:喜欢|爱|常|经常)?"
    r"[^,，。;；!！?？]{1,10}[,，\s]+(?:但是?|可是?|不过)?(?:而家|现在|如今|这几年|这些年|后来"
    r"|(?:退休|工作|上班|结婚|成家|毕业|有了?(?:孩子|娃)|生了?(?:孩子|娃))(?:了|后|以后|之后)?)"
    r"[^,，。;；!！?？]{0,8}?(?:不行|不得|不中用|没(?:有)?(?:时间|空)|不(?:再)?(?:玩|打|踢|弹|去|练"
    r"|跑|碰)了?|没再|没(?:怎么)?碰|撂下|放下|搁下|丢下|扔下|荒废|放弃)"
)
# "used to play guitar but havent in years", "I used to do boxing back in Turkey but now no
# time", "I used to play rugby for Llanelli but my knees gave up years ago", "used to play
# hurling, knees are gone now" (the respondent's
# own: at the start or after "I", not "my dad used to").
_GIVEN_UP_EN = re.compile(
    r"(?:^(?:(?:man|honestly|well|oh|eh|ah|yeah|lol)[\s,]+)*|\bi\s+)used to\b[^.!?]{1,60}?"
    r"(?:\bbut\b|,)[^.!?]{0,12}?(?:(?:haven'?t|havent|have not|not)\b[^.!?]{0,20}?\b(?:in|for)\s+"
    r"(?:years|ages|(?:a\s+)?(?:long\s+)?(?:while|time))"
    r"|\bnow\s+(?:i\s+have\s+|i'?ve\s+got\s+|i\s+got\s+)?no\s+time|\bno\s+time\s+now"
    r"|\b(?:my\s+)?(?:knees?|back|hips?|body|legs?|shoulders?)\s+(?:gave|gives|has given|have given"
    r"|packed|went)\s+(?:up|out|in)"
    r"|\b(?:my\s+)?(?:knees?|back|hips?|body|legs?|shoulders?|ankles?)\s+(?:are|is|were|was)\s+"
    r"(?:gone|done|shot|knackered|wrecked|busted|finished|bad)\b"
    r"|\bnot\s+any\s*more|\bno\s+more|\bgave\s+(?:it|that|them)\s+up|\bstopped)"
)
# Another person's pastime, and none of the respondent's: "…, me nothing really", "me, not much".
_ME_NOTHING = re.compile(
    r"(?:^|[,.;!]\s*)(?:as for me|for me|me|myself)[,:]?\s+(?:-\s*)?(?:nothing|not much|none|zilch)"
    r"(?:\s+(?:really|much|tbh|honestly|lol|haha|special))*\s*(?:$|[,.!…])"
)
# Days spent minding or ferrying the children: "我就在家带娃", "i just drive him lol", "I'm
# basically her Uber", "I'm his taxi to footy", "I drive him to footy", "no time for my own
# stuff" (not "留我一个人在家带娃", a complaint about the partner, nor "I just tag along",
# sharing the pastime).
_MINDING = re.compile(
    r"(?:我|俺)(?:就|只|也就|每天就|天天就)(?:是)?(?:在家)?(?:带娃|带孩子|带孙子|带小孩|看孩子|看娃)"
    r"(?=\s*(?:$|[,，。.!！~…]))"
    r"|\b(?:i|me)\s+(?:just|only)\s+(?:drive|take|ferry)\s+(?:him|her|them|the kids)"
    r"(?:\s+(?:around|there|about))?(?=\s*(?:$|[,.!…]|lol\b|haha\b))"
    r"|\b(?:i'?m|i am)\s+(?:(?:basically|just|literally|like|pretty much|only)\s+)*(?:his|her"
    r"|their|the kids'?|the family(?:'s)?|everyone'?s)\s+(?:personal\s+)?(?:taxi|uber|chauffeur"
    r"|driver|cab)\b"
    r"|\bi\s+(?:drive|ferry)\s+(?:him|her|them|the kids)\s+to\b"
    r"|\bno time for (?:my own (?:stuff|things|hobbies|interests)|anything (?:of my own|for me)"
    r"|myself)\b"
)
# Sick of it from work: "放工就唔想再掂游戏", "下班就不想再碰电脑", "the last thing I want after
# work is a screen", "I work at a gym so the last thing I want is more of that".
_SICK_FROM_WORK = re.compile(
    r"(?:下班|放工|收工|回家|下了班)(?:后|以后|了)?(?:就|都|也)?不想(?:再)?(?:碰|掂|摸|看|玩|弄|见)"
    r"|\bthe last thing i want(?: to (?:do|see))? (?:after work|when i get home|at home|is more)\b"
)
# Rest wished for: "now I'm 74 and I just want peace and quiet".
_REST = re.compile(r"\bi (?:just |only )?want (?:some )?peace and quiet\b")

# Dislikes only: "唔钟意行街，更加唔钟意运动", "I don't like sport or shopping".
_DISLIKE_ZH = (
    r"(?:我|俺)?(?:也|都|更加?|最|真的|一点都|从来)?不(?:太|怎么|大|是很)?(?:喜欢|爱)"
    r"[^,，。;；!！?？\s但可]{1,8}"
)
_DISLIKE_EN = (
    r"(?:i\s+)?(?:(?:don'?t|dont|do not)\s+(?:really\s+)?(?:like|enjoy)|hate|(?:i'?m\s+)?not"
    r"\s+(?:really\s+)?into)\s+[a-z' ]{1,24}?"
    # a list closed by "or": "not into sports, gaming or shopping"
    r"(?:(?:,\s*[a-z']+(?:\s+[a-z']+)?)*,?\s+(?:or|nor)\s+[a-z' ]{1,24}?)?"
)
_DISLIKES_ONLY = re.compile(
    r"\s*(?:"
    + _DISLIKE_ZH
    + "|"
    + _DISLIKE_EN
    + r")(?:\s*(?:[,，。.;；!！]+\s*|\s+)(?:(?:and|or|either"
    r"|also|neither)\s+)?(?:" + _DISLIKE_ZH + "|" + _DISLIKE_EN + r"))*[\s.。!！~…]*"
)


def names_none_now(low: str) -> bool:
    """The (lower-cased) answer to the interests question speaks of pastimes, none of them the
    respondent's now."""
    if _DISLIKE_GATE.search(low) and _DISLIKES_ONLY.fullmatch(low):
        return True
    return bool(
        (("以前" in low or "时候" in low or "那会" in low) and _given_up_zh(low))
        or ("used to" in low and _GIVEN_UP_EN.search(low))
        or ("me" in low and _ME_NOTHING.search(low))
        or (_MINDING_GATE.search(low) and _MINDING.search(low))
        or (("不想" in low or "last thing" in low) and _SICK_FROM_WORK.search(low))
        or ("peace and quiet" in low and _REST.search(low))
    )


_DISLIKE_GATE = re.compile(r"不|n'?t\b|\bnot\b|\bhate\b")
_MINDING_GATE = re.compile(
    r"带|看孩|看娃|\b(?:just|only)\b|taxi|drive|ferry|uber|chauffeur|driver|cab\b|no time"
)


def _given_up_zh(low: str) -> bool:
    """A pastime the respondent gave up ("以前喜欢钓鱼，现在膝盖不行了"), not another person's
    ("我爸以前爱打乒乓球")."""
    return any(
        not said_of_other(low, m.start(), household=True) for m in _GIVEN_UP_ZH.finditer(low)
    )
