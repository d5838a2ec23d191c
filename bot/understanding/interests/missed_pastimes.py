"""Answers to the interests question that name a pastime of the past, now out of reach: vague.

Asked what they like to do, people name what they did once and say, in a later clause, that the
body no longer lets them ("以前爱打篮球，现在也打不动了", "年轻时爱爬山，膝盖不行了", Cantonese
"而家打唔郁喇", "used to play tennis, can't anymore", "used to box, too old for it now"), that
they miss it or do not ("以前喜欢打篮球，现在还怀念", "挺想念的", "used to play football, still
miss it", "I don't miss it"), or that they hardly do it now ("现在不怎么打了", "很少去了", "used to
go fishing, don't really anymore", "not so much these days", "don't have the time"). None of
these is a pastime kept up, so the answer names none: vague, like "以前爱打球，现在没时间了".
Read only when no interest was found, so a pastime named beside it ("以前打篮球，现在跑步",
"…打不动了，就看看书") still gives its value; the past of somebody else ("我老公以前爱打篮球，
现在打不动了", "my dad used to play, still misses it") is not read here.
"""

from __future__ import annotations

import re

from bot.understanding.others import said_of_other

# The respondent's past: "以前", "年轻时", "上学那会儿".
_PAST_ZH = re.compile(
    r"以前|之前|从前|过去|早年|当年|年轻(?:的?时候?|那会儿?|那阵子?)|小时候|小時候"
    r"|(?:读书|念书|上学|上大学|学生)(?:的时候|那会儿?|那阵子?|时(?:候|期)?)|学生时代"
)
_VERB_ZH = (
    r"(?:打|踢|跑|爬|玩|跳|游|骑|练|弹|唱|走|蹦|滑|钓|舞|划|举|拉|吹|画|下|写|去|搞|弄|碰|追|拍|动)"
)
# ... then, in a later clause: the body gives out ("打不动了", "膝盖不行了", Cantonese
# "打唔郁", "膝头唔得", 唔 read 不); missed ("还怀念", "挺想念的"); hardly done now ("不怎么打了",
# "很少去了").
_OUT_OF_REACH_ZH = re.compile(
    r"[,，。；;!！…\s][^。；;!！?？]{0,12}?(?:" + _VERB_ZH + r"(?:不动|不郁)"
    r"|(?:膝盖|膝头|腰|老腰|腿|腿脚|身体|身子骨?|关节|肩膀|肩周|手腕|颈椎|眼睛|体力|心脏)"
    r"[^,，。]{0,3}?(?:不行|不中|不好使|吃不消|受不了|扛不住|顶不住|跟不上|伤了|坏了|废了|不得|不掂"
    r"|出(?:了)?(?:毛病|问题)|不允许)"
    r"|怀念|想念|惦记|怀恋|挂念"
    r"|(?:不怎么|不太|不大|很少|少有|没怎么|基本不)(?:再)?" + _VERB_ZH + r"(?:了|啦|咯|喇)?"
    r"(?=$|[,，。；;!！…~\s]))"
)
# The respondent's own "used to" (at the start, or after "I"; not "my dad used to").
_USED_TO = re.compile(
    r"(?:^(?:(?:man|honestly|well|oh|eh|ah|yeah|lol|hmm+|um+)[\s,]+)*|\bi\s+)used to\b"
)
# ... then, after "but", a comma or a full stop: missed ("still miss it", "I really miss
# playing"), hardly done now ("don't really anymore", "not so much these days"), or out of reach
# ("can't anymore", "too old for it now", "my knees won't let me", "the knees went").
_OUT_OF_REACH_EN = re.compile(
    r"[^?]{1,60}?(?:\bbut\b|[,.;!…-])[^.!?]{0,30}?(?:"
    r"(?:(?<=[,.;!…-])\s*|(?<=\bbut)\s+|\bi\s+|\band\s+(?:i\s+)?)(?:(?:still|really|do|so"
    r"|kinda|kind of|truly|sorely|definitely|totally|honestly|actually)\s+)*miss\s+(?:it|that"
    r"|them|those|the|playing|doing|going|being|having)\b"
    r"|\b(?:don'?t|dont|do not|never)\s+(?:really\s+|even\s+)?miss\s+(?:it|that|them)\b"
    r"|\b(?:not|don'?t|dont|do not|never|rarely|hardly|barely|seldom|can'?t|cannot|cant)\b"
    r"[^.!?]{0,25}?\b(?:any\s*more|these days|nowadays|now)\b"
    r"|\b(?:don'?t|dont|do not|never)\s+(?:have|get|find)\s+(?:the\s+|any\s+|much\s+|enough\s+)?"
    r"time\b"
    r"|\bnow\s+i\s+(?:don'?t|dont|do not|can'?t|cannot|cant)(?=\s*(?:$|[,.!…]))"
    r"|\btoo\s+old\s+(?:for\s+(?:it|that|them)|now)\b"
    r"|\b(?:knees?|back|hips?|body|legs?|shoulders?|ankles?)\s+(?:can'?t|won'?t|wouldn'?t|cannot"
    r"|couldn'?t)\s+(?:take|handle|cope|manage|let)\b"
    r"|\b(?:knees?|back|hips?|body|legs?|shoulders?|ankles?)\s+(?:went|packed in|is gone"
    r"|are gone|gave way)\b)"
)
_GATE_ZH = re.compile(
    r"不动|不郁|不行|不中|不好使|吃不消|受不了|扛不住|顶不住|跟不上|伤了|坏了|废了|不得|不掂|毛病"
    r"|问题|不允许|念|惦记|挂|不怎么|不太|不大|很少|少有|没怎么|基本不"
)
_GATE_EN = re.compile(r"miss|more|now|time|too old|can|won|went|pack|gone|gave way")


def names_out_of_reach(low: str) -> bool:
    """The (lower-cased) answer to the interests question names a pastime of the respondent's
    past that the body no longer allows, that is missed, or that is hardly done now."""
    if not low.isascii():
        return _out_of_reach_zh(low)
    if "used to" not in low or _GATE_EN.search(low) is None:
        return False
    return any(_OUT_OF_REACH_EN.match(low, m.end()) for m in _USED_TO.finditer(low))


def _out_of_reach_zh(low: str) -> bool:
    if _GATE_ZH.search(low) is None:
        return False
    for past in _PAST_ZH.finditer(low):
        if said_of_other(low, past.start(), household=True):
            continue
        cue = _OUT_OF_REACH_ZH.search(low, past.end())
        if cue is not None and not said_of_other(low, cue.end() - 1, household=True):
            return True
    return False
