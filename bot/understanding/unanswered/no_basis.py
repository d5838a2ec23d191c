"""Answers with no basis for the value (kept apart from `vague`, at its size limit).

The name left to the asker ("pick any name you fancy", "any name will do", "up to you", "make one
up", "你给我起个名字吧"); the service too new to judge ("还没怎么用", "才用了几天", "还没用几天",
"haven't used it much yet", "early days", "only just signed up", "I'm still new"); the amount
never looked at ("I pay by direct debit so I never really look", "I don't really check",
"扣多少我都不管"). Judged where
`vague.is_vague` is, only when no value was found: "刚用没几天，挺好的" still rates, "never look,
about 50" still gives 50. Searched only when a cheap literal is in the message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from bot.understanding.family import partner_figures
from bot.understanding.unanswered import out_of_reach

_TRIGGER = re.compile(
    r"name|up to|make|起|没怎么|几天|几次|太短|刚|used|early|new|just|only|had it|look|check"
    r"|不管|不看|不查"
)

_NO_BASIS = re.compile(
    # the name left to the asker (not "any name on the account?", "the name is up to date")
    r"\b(?:pick|choose|give me|make up|invent) (?:me )?(?:any|a|whatever|some|an?y? ?old)"
    r"(?: old)? name\b|\bany (?:old )?name(?:'s| is| will| would| you\b|(?=\s*(?:$|[,.!;])))"
    r"|(?:^|[,.!;]\s*)(?:it'?s |that'?s )?(?:totally |entirely |all )?up to (?:you|u|ya)\b"
    r"(?=\s*(?:$|[,.!;]|really\b|mate\b|tbh\b|lol\b|honestly\b|what\b))"
    r"|\bmake (?:one|something) up\b"
    r"|(?:你|您)(?:们)?(?:给|帮)(?:我|俺)(?:起|取)(?:个|一个)?(?:名字?|外号|昵称)?"
    # the service too new to judge ("没怎么用过这个功能" is about a feature: still no rating)
    r"|(?:还|也)?没(?:怎么|咋|用过几次|用几次|用几天|用过几天)(?:用|用过)?(?=$|[,，。!！~…呢啊呀]|过|几次)"
    r"|(?:刚|才)(?:用|办|装|开通)?(?:了)?(?:没)?几天|(?:用|办)的?时间(?:还|太)?短"
    r"|\b(?:haven'?t|have not|hardly|barely|not) (?:really |even )?used it (?:much|a lot|that much"
    r"|enough|yet)\b|\b(?:i'?ve|we'?ve|i have) (?:barely|hardly|only just|just) (?:used|started"
    r"|got) it\b"
    r"|\bearly days\b|\btoo (?:new|early|soon)\b(?! (?:a )?(?:phone|plan|router|model))"
    r"|\b(?:only|just) (?:just )?(?:joined|signed up|switched|started|got it|moved over)\b"
    r"(?=\s*(?:$|[,.!;]|really\b|lol\b|tbh\b|last\b|this\b|a few\b|the other\b))"
    r"|\bonly (?:had|been (?:with|on)) (?:it|you|them|the plan) (?:for )?(?:a|one|two|three"
    r"|a few|a couple of|\d+) (?:days?|weeks?)\b|\bstill new to (?:it|this|you)\b"
    # "I'm still new", "still pretty new here tbh" (not "the router is still new")
    r"|(?:^|[,.!;]\s*|\b(?:i'?m|i am|we'?re|we are|it'?s|it is) )still"
    r" (?:pretty |quite |fairly |very |kinda )?new\b"
    r"(?=\s*(?:$|[,.!;]|here\b|tbh\b|lol\b|honestly\b|to (?:it|this|you|the service)\b))"
    # the bill or the amount never looked at: "I never really look", "we never look at how much
    # comes out" (not "I never look at other providers")
    r"|\b(?:i|we) (?:never|don'?t|do not|rarely|hardly ever)(?: even| really| actually| bother to)*"
    r" (?:look|check)(?: at it| it)?(?=\s*(?:$|[.,!;]|tbh\b|honestly\b|lol\b|any ?more\b))"
    r"|\b(?:look at|check) (?:how much|what (?:it|they) (?:costs?|takes?|charges?)|the amount"
    r"|what comes out|what goes out)\b"
    r"|(?:多少|扣多少|扣了多少)(?:钱)?(?:我)?(?:都|也|从来)不(?:管|看|查)"
)


def no_basis(said: str) -> Iterator[re.Match[str]]:
    """Every phrase of this module in `said` (a lower-cased message, questions blanked), and a
    household joke said as the answer (`partner_figures`: "my cat is my partner")."""
    jokes = chain(partner_figures.figures_said(said), out_of_reach.out_of_reach(said))
    if _TRIGGER.search(said) is None:
        return jokes
    return chain(_NO_BASIS.finditer(said), jokes)
