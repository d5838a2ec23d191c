"""Refusals that pass over the question itself, politely: "这个就不用了吧", "这题就跳过吧",
"I'll give the rating a miss, cheers", "not keen on giving out where I live online, sorry",
"gonna pass on the age q", "I'd rather pass".

Chinese: "这个" (this question) with "不用了" / "算了" / "跳过" as the whole answer; a thing named
("这个手机不用了") or more said after it ("这个不用了，换电信") is an answer, not a refusal, and
a bare "不用了" stays an intention. English: the question or rating "given a miss" (not "I'd
give it a miss", said of an activity), and being "not keen on" giving the information out (not
"not keen on the price"). Another question asked for, as a clause of its own: "住哪儿不想跟你们
说，换个问题吧", "问点别的吧", "ask me something else", "different question please" (not "换个
问题问你，…", a question of the respondent's). A bare "不说" as a clause of its own, with more
said after it: "问这弄啥，不说。俺在菏泽" declines the age and still gives the city (not "不说别的，
网速还行", nor "他不说"). Searched only when a cheap literal is in the message.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(r"这|a miss|keen|问|不说|不答|else|question|pass")

_PASSED_OVER = re.compile(
    # "这个就不用了吧", "这题跳过吧", "这个问题就算了哈", "嗯，这个就免了" (the whole answer)
    r"^(?:[\s,，。.~…]|嗯+|哦+|呃+|额+|啊+|唔+|那)*(?:这个|这题|这道题|这项|这一项|这块|这个问题)"
    r"(?:问题)?(?:我)?(?:就|也|还是)?(?:不用(?:了|答|回答|说|填)?|算了|免了|跳过|略过|pass)"
    r"(?:了|吧|啦|哈|哦|呗|嘛|呀|啊)*\s*[。.!！~…]*\s*$"
    # "I'll give the rating a miss", "give this one a miss" (not "give it a miss")
    r"|\bgive (?:the|this|that) (?:rating|score|scoring|question|one|bit|part|stars?)(?: one)?"
    r" a miss\b"
    # the question passed on by its topic: "gonna pass on the age q", "I'll pass on the money
    # one" (not "pass on the message to my wife"); a pass willed as the whole clause: "I'd rather
    # pass", "gonna pass" (not "I'm gonna pass the two-year mark", "I pass the gym every day")
    r"|\bpass(?:ing)? on (?:the|this|that|your)(?: [\w']+){0,2}? (?:question|q|qn|one|bit|part"
    r"|thing|stuff)(?=\s*(?:$|[,.!?;)]|if\b|please\b|thanks\b|cheers\b|for now\b|lol\b|tbh\b"
    r"|ngl\b|mate\b|sorry\b))"
    r"|\b(?:gonna|going to|i'?d (?:rather|prefer to|sooner)|i think i'?ll|i(?:'ll| will) have to)"
    r" pass(?=\s*(?:$|[,.!;]|on (?:this|that|it)\b|thanks\b|thx\b|lol\b|tbh\b|mate\b|sorry"
    r"\b|if (?:that'?s|it'?s) ok\b|for now\b))"
    # "not keen on giving out where I live", "not too keen on sharing that"
    r"|\bnot (?:too |that |really |very |overly |super |so )?keen on (?:giving(?: out)?|sharing"
    r"|saying|telling(?: you)?|disclosing|revealing|handing out|putting(?: out)?)"
    r"(?=\s*(?:$|[,.!;?]|(?:that|this|it|where|what|how|my|personal|any|those|details|info)\b))"
    # another question asked for: "换个问题吧", "换一题", "问点别的吧", "咱问别的"
    r"|(?:^|(?<=[,，。.!！?？~…\s]))(?:咱|咱们|我们|你|您)?(?:还是)?(?:换(?:个|一个|一)(?:问题|题)"
    r"|问(?:点|些|个)?别的(?:吧|呗)|(?:问|聊)(?:点|些)?别的(?:问题)?(?:吧|呗))"
    r"(?:吧|呗|啦|了|呀|啊|哈)*(?=\s*(?:$|[,，。.!！~…]))"
    r"|(?:^|(?<=[,.!?;]))\s*(?:(?:can you|could you|just|please|pls)\s+)*(?:ask (?:me )?"
    r"(?:something|anything) else|(?:a )?(?:different|another) (?:question|one)(?: please| pls)?"
    r"|(?:let'?s )?change the subject)(?=\s*(?:$|[,.!;]|please\b|pls\b|thanks\b|mate\b|lol\b))"
    # a bare "不说" as a clause of its own, with more after it ("不说。俺在菏泽"; at the end of
    # the message it is read by `refusals`)
    r"|(?:^|(?<=[,，。？?!！]))\s*(?:我|俺)?(?:就|可|也|还是)?不(?:说|答|回答)(?:了|啦|吧)?"
    r"(?=\s*[,，。.!！]+\s*\S)"
)


def passed_over(low: str) -> list[re.Match[str]]:
    """Every refusal in the (lower-cased) message that passes over the question."""
    if _TRIGGER.search(low) is None:
        return []
    return list(_PASSED_OVER.finditer(low))
