"""Answers about the asked slot that pin no value down, read per kind of slot.

Each is read only when no value for the asked slot was found, outside questions to the bot:
- a start with us tied to a move or a step in life, with no date: "从搬进这个小区就开始用了",
  "结婚以后就一直用你们的", "since we moved into this house", "moved to you in the summer",
  "had the same number since high school", "since first year at uni, whenever that was"
  (not "我爸从搬进来就用", somebody else's start, nor "从2019年搬进来就用了", dated), or to a step
  of the provider's: "we came over when you laid fibre in our street";
- a plan named only as the ordinary one: "the normal one I think", "just the standard one",
  "普通的那种" (not "the normal fibre one", which names the option);
- a bill paid "whenever it comes", naming no way of paying: "I just pay it when the bill comes",
  "账单来了就交", "it just comes out on the 1st" (not "by card whenever it comes");
- a rating held back until the service has shown itself: "等下再打，我先看看这个月网速咋样",
  "let me see how this month goes first" (not "等下再打，我在开车": only put off), held back to
  think it over ("I gotta think on it"), or left to be read from a hint ("been with you 5 years,
  that should tell you something", "that says it all");
- on the intention question, not remembering is about some fact, not the plan: "when does my
  contract end? I can't remember" hedges no intention.
"""

from __future__ import annotations

import re

from bot.understanding import others
from bot.understanding.ratings import rating_asides, unjudged_yet
from bot.understanding.unanswered import vague, vague_scope

_EVENT_START = re.compile(
    r"(?:从|自从|打)?(?:搬(?:进|到|过来|来|家)|结婚|成家|毕业|上大学|读大学|上班|工作|退休|生(?:了)?孩子"
    r"|出国|回国|买房|装修)[^,，。!！?？\d]{0,8}?(?:以后|之后|后|那年|那会儿?|起)?"
    r"(?:就|都|便)?(?:一直|开始)?(?:在)?(?:用|办|装|开通)"
    r"|\b(?:ever )?since (?:we|i) (?:first )?(?:moved|got married|married|bought|came|arrived"
    r"|settled|retired|graduated)\b(?![^.!?]{0,30}\b(?:in|back in) (?:\d|'\d|nineteen|twenty))"
    # a step of the provider's: "we came over when you laid fibre in our street", "joined after
    # you lot opened the shop", "since you put fibre in"
    r"|\b(?:since|(?:came|moved|switched|ported|joined|signed up|started)(?: over| across)?"
    r"(?: to (?:you|us)(?: guys| lot)?)? (?:when|after|once)) (?:you|u)(?: guys| lot)? (?:first )?"
    r"(?:laid|put|brought|rolled|installed|ran|opened|launched|started|wired|dug)\b"
    r"(?![^.!?]{0,30}\b(?:in|back in) (?:\d|'\d|nineteen|twenty))"
    # a stage of schooling: "since high school", "since first year at uni in Otago" (not "been
    # together since high school", a couple's time)
    r"|(?<!together )(?<!married )(?<!dating )(?<!together ever )\b(?:ever )?since "
    r"(?:(?:my|our|the) )?(?:(?:first|second|third|final|freshman|sophomore"
    r"|junior|senior) year|high school|secondary school|primary school|middle school|sixth form"
    r"|grammar school|uni days|college days|student days)\b"
    r"(?![^.!?]{0,30}\b(?:in|back in) (?:\d|'\d|nineteen|twenty))"
)
# a season with no year: "I only moved to you in the summer", "joined over the winter"
_SEASON_START = re.compile(
    r"\b(?:moved|switched|came|ported|joined|signed up|started)(?: over| across)?"
    r"(?: to (?:you|us)(?: guys| lot)?)? (?:in|over|during) (?:the )?(?:summer|spring|autumn|fall"
    r"|winter)\b(?!\s*(?:of\s+)?(?:\d|'\d|last year|this year))"
)
_EVENT_TRIGGER = re.compile(
    r"搬|结婚|成家|毕业|大学|上班|工作|退休|孩子|出国|回国|买房|装修|since|summer|spring|autumn|fall"
    r"|winter|when|after|once"
)

_ORDINARY = re.compile(
    r"\b(?:the|just the|just a|a|your|just your) (?:normal|usual|standard|basic|regular|ordinary"
    r"|default|common|cheapest|cheap) (?:one|kind|type|package|plan|thing|option|deal|broadband"
    r"|internet|service|line|connection|wifi|contract|way)\b"
    r"|(?:最|就|就是|就是那种|用的)?普通(?:的)?(?:那种|那个)?(?:宽带|网络?|套餐|家用的?)?"
    r"(?=\s*(?:$|[,，。.!！~…吧吧啊呗呢]))"
    r"|(?:就|就是)?(?:一般|最便宜|最基础|基础)的(?:那种|那个|套餐|宽带)"
)
_ORDINARY_TRIGGER = re.compile(
    r"normal|usual|standard|basic|regular|ordinary|default|cheap|common"
    r"|普通|一般|便宜|基础"
)

_PAID_WHEN_DUE = re.compile(
    r"\bpay (?:it|them|the bill|that|the bills)?\s*(?:whenever|when|as soon as|once|as)"
    r" (?:it|the bill|they|the invoice|the statement)\s*(?:comes?|arrives?|is due|are due"
    r"|comes? in|turns? up|shows? up|lands?)\b"
    r"|\bpay (?:it|them)? ?on time\b(?=\s*(?:$|[,.!?;]))"
    r"|(?:账单|短信|通知|缴费单)(?:来了|到了|一来|一到)(?:我)?就(?:交|缴|付)"
    r"|(?:收到|来了|接到)(?:账单|短信|通知|缴费单)(?:我)?就(?:交|缴|付)"
    r"|(?:到(?:期|时候|日子|点)|按时|每个?月)(?:我)?就?(?:交|缴|付)(?:钱|费|了|呗|啊)*(?=\s*(?:$|[,，。!！~…]))"
    # taken when due with no means named: "it just comes out on the 1st", "gets taken every
    # month", "每月1号直接扣" (not "comes out of my card": the card is read first)
    r"|\b(?:it|that|the (?:bill|money|payment|amount)|money|payment)\s+(?:just\s+|simply\s+)?"
    r"(?:comes?|goes?|gets? taken|is taken|gets? debited|is debited)(?: out)?(?: automatically)?"
    r"\s+(?:on|every|each"
    r"|monthly|around|at the (?:start|beginning|end))\b"
    r"|(?:每个?月|到(?:期|时候|日子|点))[^,，。!！?？]{0,6}?(?:直接|就|会)扣(?:钱|费|款|的|了|呗|啊)*"
    r"(?=\s*(?:$|[,，。!！~…]))"
)
_PAID_TRIGGER = re.compile(r"pay|交|缴|付|come|go|taken|debit|扣")

_JUDGED_LATER = re.compile(
    r"(?:先|再|等|得)?看看[^,，。!！?？]{0,14}?(?:咋样|怎么样|怎样|如何|稳不稳|好不好|快不快|行不行"
    r"|再说|再打|再评)"
    r"|(?:用|观察|试)(?:了)?(?:一阵子?|一段时间|几天|些日子|段时间|一个月|几个月|几周|一周)(?:以?后)?再"
    r"(?:打|评|给|说)"
    r"|\b(?:let me|lemme|i'?ll|i want to|i need to|wanna|gotta)\s+see how (?:it|this|the|things"
    r"|my|things)\b[^.!?]{0,30}?\b(?:goes|go|holds up|does|works out|pans out|performs)\b"
    r"|\bafter (?:a|another|one|a few|a couple of) (?:more )?(?:months?|weeks?|while) of (?:use"
    r"|using it)\b"
    r"|\bonce i'?ve (?:used|had|tried) it (?:a bit |for a while|longer|more)"
    # time asked to think it over: "I gotta think on it", "I need to have a think about that"
    # (not "let me think about it", a pause before the answer)
    r"|\b(?:i'?ll (?:have to|need to|hafta)|i'?d (?:have|need) to|i (?:need|have|got)"
    r" to|i gotta|gotta|i'?m gonna have to|i hafta)\s+(?:have a )?(?:think|mull)"
    r" (?:on|about|over) (?:it|that|this)(?: one)?\b(?!\s+(?:later|when|after|once))"
    # the rating left to be read from a hint: "been with you 5 years, that should tell you
    # something", "that says it all", "speaks for itself"
    r"|\b(?:that|this|which)(?: alone)? (?:should|ought to|oughta|must|will|would)?\s*(?:tells?"
    r" you (?:something|a lot|all you need to know|everything)|says? (?:it all|a lot|everything)"
    r"|speaks? for itself)(?=\s*(?:$|[,.!?;…]|lol\b|haha\b|right\b|doesn'?t it\b|no\b))"
)
_JUDGED_TRIGGER = re.compile(
    r"看看|再|see how|of use|of using|once i|think|mull|tell|says|say i|speak"
)

_MEMORY = re.compile(
    r"不记得|记不清|记不得|记不住|忘了|忘记了"
    r"|\b(?:can'?t|cannot|don'?t|do not) (?:remember|recall)\b|\bi (?:forget|forgot)\b"
)


def tied_to_event(low: str) -> bool:
    """The start with us is a move or a step in life of the respondent's, with no date."""
    if _EVENT_TRIGGER.search(low) is None:
        return False
    said = vague.without_questions(low)
    if any(not vague_scope.start_of_other(low, m) for m in _EVENT_START.finditer(said)):
        return True
    # ("my sister switched to you in the summer": her start, not the respondent's)
    return any(
        not others.said_of_other(low, m.start(), household=True)
        for m in _SEASON_START.finditer(said)
    )


def ordinary_one(low: str) -> bool:
    """A choice answered with "the normal one", which names no option."""
    if _ORDINARY_TRIGGER.search(low) is None:
        return False
    return _ORDINARY.search(vague.without_questions(low)) is not None


def paid_when_due(low: str) -> bool:
    """The bill is said to be paid when it comes, with no way of paying named."""
    if _PAID_TRIGGER.search(low) is None:
        return False
    return _PAID_WHEN_DUE.search(vague.without_questions(low)) is not None


def judged_later(low: str) -> bool:
    """A rating held back until more of the service has been seen."""
    if unjudged_yet.not_yet(low):
        return True  # "刚办了三天 还没法评价", "can't put a number on it"
    if rating_asides.unjudged(low):
        return True  # "the app's a 4, the internet I can't judge"
    if _JUDGED_TRIGGER.search(low) is None:
        return False
    return _JUDGED_LATER.search(vague.without_questions(low)) is not None


def only_memory(low: str, amounts: bool) -> bool:
    """Every vague phrase in the message is a word of not remembering: on the intention question
    it is about some fact ("when does my contract end? I can't remember"), not the plan."""
    if _MEMORY.search(low) is None:
        return False
    return not vague.is_vague(_MEMORY.sub(lambda m: " " * len(m.group()), low), amounts=amounts)
