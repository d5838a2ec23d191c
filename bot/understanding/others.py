"""Statements about somebody other than the respondent, and options that are only asked about.

Respondents explain themselves through other people: "我朋友家有两个孩子", "my brother has fiber",
"隔壁老王说要换电信", "my dad's been with you 10 years", "my sister rates you a 2". None of these
is the respondent's value, and storing them is a false fill. A topic word (a child, an option, a
duration, a rating) is someone else's when a person other than the respondent is named earlier in
its clause and the respondent does not come back between that person and the word:

- "我姐的娃" and "my sister has three kids" are the sister's; "我姐帮我带孩子" is the respondent's
  child, because "我" comes back after the sister;
- relatives who may share the household (parents, partner, children) count as other people only
  where the slot is personal (an intention, a duration with us, a rating): "我妈要换" is her plan,
  but "我老婆带着两个孩子" are the respondent's children and "my wife set up fiber" is the
  household's service.

An option word that is only asked about ("光纤多少钱？", "how much is fiber?", "fiber? is that the
fast one?") states nothing either.
"""

from __future__ import annotations

import re

from bot.understanding.people import clause_before

# People outside the respondent's household.
_OUTSIDE = (
    r"朋友|同事|闺蜜|室友|邻居|隔壁|同学|领导|老板|亲戚|舅舅|姑姑|叔叔|阿姨|表[哥姐弟妹]|堂[哥姐弟妹]"
    r"|(?<![老])(?:哥哥?|姐姐?|弟弟?|妹妹?)(?!们?[俩两]?个?(?:孩子|娃))"
    r"|楼上|楼下|对门|那家|别人|大家|办公室|身边的?人|(?:好|很)(?:几|多)个?人|不少人"
    # people the respondent deals with at work or at home, none of them the respondent
    r"|学生|店员|员工|顾客|客人|房东|老师|网友|外甥|侄子|侄女"
    r"|\b(?:friends?|buddy|buddies|mates?|neighbou?rs?|colleagues?|co-?workers?|roommates?"
    r"|flatmates?|brothers?|sisters?|siblings?|cousins?|boss|classmates?|uncle|aunt|office|bro|sis"
    r"|students?|pupils?|staff|employees?|landlord|landlady|nephews?|nieces?)"
    r"(?:'s|')?\b"
)
# Household members: other people for personal slots only.
_HOUSEHOLD = (
    r"爸妈|父母|老爸|老妈|(?<![老])爸|(?<![老])妈|儿子|女儿|孩子|老公|老婆|媳妇|爱人|老[大二三幺](?!哥|姐)"
    r"|男朋友|女朋友|男友|女友|对象"
    r"|\b(?:mom|mum|mother|dad|father|parents?|son|daughter|kids?|wife|husband|family"
    r"|girlfriend|boyfriend|gf|bf|fianc[eé]e?|partner)(?:'s|')?\b"
    r"|\b(?:my|our)\s+\d+[ -]?(?:yo|y/o|(?:years?|yrs?)[ -]old)\b"
)
_PARTNER = r"老公|老婆|媳妇|爱人|\b(?:wife|husband|partner)(?:'s|')?\b"
_OUTSIDE_RE = re.compile(_OUTSIDE)
_PARTNER_RE = re.compile(_PARTNER)
_ANYONE_RE = re.compile(_OUTSIDE + "|" + _HOUSEHOLD)
# The respondent, back in the clause after the other person ("我姐帮我带孩子", "I've got").
# A recommendation is to the respondent: "朋友推荐的光纤", "a friend recommended fiber".
_SELF = re.compile(
    r"我(?!们?家的?$)|俺|咱|自己|推荐|介绍|\b(?:i|i'm|i've|i'd|me|we|we're|us)\b"
    r"|\b(?:recommend|suggest|referr?)"
)
_WITH_SELF = re.compile(
    r"(?:我|俺|咱)们?(?:和|跟|与|同)|\b(?:i|me)\s+(?:and|&)\s+|(?:陪|带着?|和|跟|与|同)\s*$|\bwith\s*$"
)
_OWNER_END = re.compile(r"(?:(?:我们|我|俺|咱)(?:家里?|的)*|\b(?:my|our|the)\s*)$")
# "5 from them", "a 2 from my sister": a rating followed by whose it is.
_FROM_OTHER = re.compile(r"^\s*(?:from|for|says?|according to)\s+(?:them|her|him|my\s+\w+)\b")
_QUESTION_WORD = re.compile(
    r"多少|什么|啥|吗|么|区别|哪|怎么|[不没](?=\s*\?)"
    r"|\b(?:how|what|which|is that|is it|does|do you|can i|are)\b"
)
_CLAUSE = re.compile(r"[^,.;!?，。；！？]*[,.;!?，。；！？]?")


_OF_MY_OWN = re.compile(r"(?:[\w']+\s+){1,2}of (?:my|our) own\b|[^,，。]{1,4}?(?:我|俺)自己的")


def said_of_other(low: str, start: int, *, household: bool) -> bool:
    """The word at `start` is said of another person named earlier in its clause."""
    if _OF_MY_OWN.match(low, start):
        return False  # "my neighbour's twins, but no kids of my own": the respondent's own
    clause = clause_before(low, start)
    pattern = _ANYONE_RE if household else _OUTSIDE_RE
    found = list(pattern.finditer(clause))
    if not found:
        return False
    last = found[-1]
    head = _OWNER_END.sub("", clause[: last.start()])
    if _WITH_SELF.search(head):
        return False  # "我和老公都喜欢看电影", "喜欢陪孩子踢球": the respondent takes part
    return _SELF.search(clause[last.end() :]) is None


def said_of_partner(low: str, start: int) -> bool:
    """The word at `start` is said of the respondent's partner, who shares the household."""
    found = list(_PARTNER_RE.finditer(clause_before(low, start)))
    return bool(found) and said_of_other(low, start, household=True)


def rated_by_other(low: str, start: int, end: int) -> bool:
    """The rating at `start`..`end` is someone else's ("my wife would say 5", "5 from them")."""
    return said_of_other(low, start, household=True) or bool(_FROM_OTHER.match(low[end:]))


# A sentence that opens as a question ("what's the difference between fibre and DSL, honestly?",
# "is fibre even available out here?") asks about every word in it, across its commas.
_QUESTION_OPENING = re.compile(
    r"\s*(?:what|what's|whats|how|which|is|are|can|could|does|do|will)\b"
)
_SENTENCE = re.compile(r"[^.;!?。；！？]*[.;!?。；！？]?")


def _piece_at(pieces: list[str], low: str, start: int) -> str:
    """The one of `pieces` (consecutive matches in `low`) that holds position `start`."""
    pos = 0
    for piece in pieces:
        pos = low.find(piece, pos)
        if pos <= start < pos + len(piece):
            return piece
        pos += len(piece)
    return ""


def only_asked(low: str, start: int) -> bool:
    """The word at `start` is in a question ("光纤多少钱？"), or every clause asks one."""
    sentence = _piece_at([s for s in _SENTENCE.findall(low) if s.strip()], low, start)
    if sentence.rstrip().endswith("?") and _QUESTION_OPENING.match(sentence):
        return True
    clauses = [c for c in _CLAUSE.findall(low) if c.strip()]
    clause = _piece_at(clauses, low, start)
    if clause.rstrip().endswith("?") and _QUESTION_WORD.search(clause):
        return True
    return len(clauses) >= 2 and all(c.rstrip().endswith("?") for c in clauses)
