"""Loose answers in regional and chat voices: the asked slot answered with no usable value.

- The ordinary kind as the whole answer: "normal one lah", "the usual one eh", "same as most
  folks eh, nothing special" (not "normal guy lah", which is read as a man before this is asked).
- The choice left to whoever sold it: "whichever one the guy at the store picked", "whatever
  plan they put me on" (not "whichever one is cheapest": a wish, read elsewhere).
- Hard to put in a sentence or two: Cantonese "复杂咯，一句两句讲唔清", "讲唔清", "三言两语讲
  不清" (唔 reads as 不; not "客服讲不清楚", somebody else's failing).
- Amounts with no figure: Cantonese "冇几耐啫" (not long), "好耐喇" (a long time), Nigerian
  "donkey years o", and "way too much honey, thats how much" with a term of address after it.
- Scots "I'm no sure" (not sure).
- "kinda", "sorta?" as the whole answer, and a relationship on and off: "its an on and off
  thing", "we're on again off again" (not "the wifi goes on and off").

`unexplained_gripe` reads the complaint question: a dissatisfaction that cannot be put into
words, "cant really put my finger on it eh", "just bad overall, cant explain", "讲唔出，就系觉得
麻麻哋", names no fault to store (not "can't explain it, the wifi just drops").

Searched only when a cheap literal is in the message.
"""

from __future__ import annotations

import re

from bot.understanding.complaints import whole_judged

_TRIGGER = re.compile(
    r"normal|usual|ordinary|regular|same as|whichever|whatever|讲不|講不|说不清|几耐|好耐|donkey"
    r"|too much|no sure|no certain|kinda|sorta|on and|off and|on n|off n|on again"
    r"|on-and|off-and"
)
_ADDRESS = (
    r"(?:honey|hun|hon|love|luv|dear|darlin'?|darling|pal|bro|sis|man|sweetie|o|oh|lah|la|eh"
    r"|sha|abeg|jare|innit|mate|my friend)"
)
_FILLER_EN = r"(?:[\s,.!…]|eh|lah|la|lor|leh|ah|o|oh|mate|pal|love|lol|haha|just|i guess|la)*"

_ON_OFF = (
    r"(?:on (?:and|n|&) off|off (?:and|n|&) on|on[- ]again,? off[- ]again|on-and-off|off-and-on)"
)

_LOOSE = re.compile(
    # "normal one lah", "the usual one eh", "just a regular one"
    r"^" + _FILLER_EN + r"(?:(?:the|a|just the|just a) )?(?:normal|usual|ordinary|regular)"
    r"(?: (?:one|kind|type|lah|la|lor))+"
    + _FILLER_EN
    + "$"
    # "same as most folks", "same as everyone else"
    + r"|^"
    + _FILLER_EN
    + r"(?:(?:the |just )?same as (?:most|everyone|everybody|anyone"
    r"|every(?:one| other)|the rest)(?: (?:folks|people|others|of us|else|person))?)\b"
    # "whichever one the guy at the store picked", "whatever plan they put me on"
     + r"|\b(?:whichever|whatever)(?: (?:one|plan|contract|kind|type|deal|package|option|thing))?"
    r" (?:[\w']+ ){1,7}?(?:picked|chose|choose|gave (?:me|us)|set up|put (?:me|us) on|signed"
    r" (?:me|us) up|sold (?:me|us)|recommended|suggested|offered)\b"
    # "一句两句讲唔清", "讲唔清", "三言两语说不清楚" (not "客服讲不清楚")
     + r"|(?:^|(?<=[,，。!！~…\s我俺也都真就]))(?:一句两句|一两句话?|三言两语|几句话?)?"
    r"(?:都|也)?(?:讲|講)不(?:清|明)|(?:一句两句|一两句话?|三言两语|几句话?)(?:都|也)?说不清"
    # "kinda", "sorta??" as the whole answer
    + r"|^"
    + _FILLER_EN
    + r"(?:kinda|sorta|kind of|sort of)(?: (?:yes|yeah|no|i guess|i suppose))?[?!.\s]*$"
    # a relationship on and off: "its an on and off thing", "we're on again off again" (not "the
    # wifi goes on and off")
    + r"|\b(?:we'?re|we are|we)\s+(?:kinda\s+|sorta\s+)?"
    + _ON_OFF
    + r"(?=\s*(?:$|[,.!?]))"
    + r"|\b(?:an?|it'?s|its)\s+(?:kinda\s+|sorta\s+)?"
    + _ON_OFF
    + r"\s+(?:thing|relationship|situation|situationship|sorta thing|kinda thing)\b"
    # Scots "I'm no sure" (no for not)
    + r"|\b(?:i'?m|i am|am) no (?:sure|certain)\b"
)
_LOOSE_AMOUNT = re.compile(
    # Cantonese "冇几耐啫" (冇 reads as 没), "唔係好耐" (唔 reads as 不), "好耐喇"
    r"没几耐|不(?:系|係|是)好耐|(?:^|[,，。\s])(?:都|已经|用咗|用了)?好耐(?:啦|喇|咯|了|啰|嘞)?"
    r"(?=\s*(?:$|[,，。!！~…]))"
    r"|\bdonkey years\b"
    # "way too much honey, thats how much" (not "too much hassle to switch")
    r"|\b(?:(?:way|far|much|wa+y) )?too (?:(?:bloody|damn|darn) )?much,?\s+" + _ADDRESS + r"\b"
    r"(?=\s*(?:$|[,.;!?…]|that'?s how much\b))"
)


def loose_vague(said: str, amounts: bool) -> bool:
    """A loose answer of these kinds in `said`; amounts count only when `amounts`."""
    if _TRIGGER.search(said) is None and "没几" not in said and "不" not in said:
        return False
    if _LOOSE.search(said) is not None:
        return True
    return amounts and _LOOSE_AMOUNT.search(said) is not None


# The dissatisfaction not put into words.
_UNSAID = re.compile(
    r"\b(?:can'?t|cant|cannot|couldn'?t|could not)\s+(?:really\s+|quite\s+|exactly\s+)?"
    r"(?:explain(?: it| why)?|describe(?: it)?|say (?:why|what)(?: exactly)?|pin ?point(?: it)?"
    r"|put (?:my finger on it|it into words))\b"
    r"|(?:讲|講|说)不(?:出|上来|清)(?:来)?(?:点解|为什么|哪里)?|讲不明"
)
# what may be left around it: fillers, and a judgement of the whole
_LEFT_EN = re.compile(
    r"(?:\b(?:eh|lah|la|lor|ah|oh|um+|hmm+|well|just|really|honestly|tbh|lol|mate|pal|i|it|its"
    r"|it's|it is|is|the|service|overall|in general|all round|but|and|so|you know|man|bro)\b"
    r"|[\s,.!…'-])*"
)
_LEFT_ZH = re.compile(
    r"(?:就系|就是|总之|反正|觉得|感觉|个人|都系|都是|我|就|都|啦|咯|喇|啫|嘅|的|了|吧|啊|呀|哦"
    r"|[\s,，。.!！~…])*"
    r"(?:麻麻(?:们|地|哋|的)?|一般般?|不太好|不好|不舒服|不爽|差啲|差|不怎么样|不咋地|普普通通)?"
    r"(?:啦|咯|喇|啫|嘅|的|了|吧|啊|呀|哦|[\s,，。.!！~…])*"
)


def unexplained_gripe(low: str) -> bool:
    """Under the complaint question: a dissatisfaction said not to be put into words, and
    nothing more than fillers or a judgement of the whole left around it."""
    if "不" not in low and "can" not in low and "could" not in low:
        return False
    m = _UNSAID.search(low)
    if m is None:
        return False
    rest = (low[: m.start()] + " , " + low[m.end() :]).strip()
    if _LEFT_EN.fullmatch(rest) or _LEFT_ZH.fullmatch(rest):
        return True
    return whole_judged.judged_whole(rest.strip(" ,.，。"))
