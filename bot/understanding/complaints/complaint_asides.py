"""Answers to the complaint question that voice no complaint about the provider asked for,
though they use words of grievance.

- A well-known song line as the whole answer ("never gonna give you up, never gonna let you
  down", "let it go, let it go"): no answer, no flag.
- A gripe about the respondent's former provider, with nothing else said but the move to us:
  "my old provider was terrible, that's why I came to you", "以前那家太烂了，所以才换到你们这".
  No complaint and no flag, as somebody else's gripe about another provider is none; a clause
  about the service now ("…and you're not much better", "现在你们也老断网") stays a complaint.
- Somebody else's habit of complaining, with nothing named: "my missus complains about
  everything", "我老婆什么都要抱怨" (but "my missus complains about the wifi" names the service).
"""

from __future__ import annotations

import re

from bot.understanding.complaints.grievances import FAULT, SERVICE

_PARTS = re.compile(r"[,.!?;:，。！？；：~、…]+|\s+(?:and|so|but)\s+")

# Well-known song lines, said for a laugh.
_SONG = re.compile(
    r"never gonna (?:give you up|let you down|run around and desert you|make you cry"
    r"|say goodbye|tell a lie and hurt you)|let it go|we will,? we will rock you"
    r"|is this the real life|is this just fantasy|hello from the other side"
    r"|i want it that way|baby,? baby,? baby,? oh+|la+ la+ la+"
    r"|我们不一样|月亮代表我的心|我和你心连心|死了都要爱|爱情买卖|最炫民族风"
)
_SUNG = re.compile(r"(?:oh+\s+|and\s+)?(?:" + _SONG.pattern + r")(?:\s+(?:lol|haha|😂|🎵|🎶)+)*\W*")
_SONG_CHEAP = (
    "never gonna",
    "let it go",
    "rock you",
    "real life",
    "fantasy",
    "other side",
    "that way",
    "baby",
    "la",
    "我们不一样",
    "月亮代表",
    "心连心",
    "死了都要爱",
    "爱情买卖",
    "民族风",
)


def sung_only(low: str) -> bool:
    """Every clause of the answer is a line of a well-known song."""
    if not any(w in low for w in _SONG_CHEAP):
        return False
    parts = [p.strip() for p in _PARTS.split(low) if p.strip()]
    return bool(parts) and all(_SUNG.fullmatch(p) for p in parts)


# The former provider: "my old provider", "the last network", "以前那家", "之前用的那家".
_FORMER = re.compile(
    r"\b(?:my|our|the)\s+(?:old|previous|last|former|ex)\s+(?:provider|network|carrier|company"
    r"|isp|operator|supplier|broadband|internet|one)\b|\b(?:before you|before i (?:came|switched"
    r"|moved) to you)\b"
    r"|上一家|(?:以前|之前|原来|过去)(?:用的?|那个|的)?(?:那家|那个运营商|运营商|那边的?宽带)"
)
_FORMER_CHEAP = (
    "old",
    "previous",
    "last",
    "former",
    "ex ",
    "before",
    "以前",
    "之前",
    "原来",
    "上一家",
    "过去",
)
# The move to us: "that's why I came to you", "所以才换到你们这".
_TO_US = re.compile(
    r"\b(?:that'?s|which is|hence|so)\s+(?:why|how)?\s*(?:i|we)\s+(?:came|switched|moved|went"
    r"|joined|changed|ported)(?:\s+over)?\s+to\s+(?:you|your lot|you guys)\b"
    r"|\b(?:i|we)\s+(?:came|switched|moved|joined|changed|ported)(?:\s+over)?\s+to\s+(?:you"
    r"|your lot|you guys)\b"
    r"|(?:所以|才|就)+(?:换|转|跑|改用|来|搬)(?:到|来|用)?(?:了)?(?:你们|您们)(?:这|这儿|这里|家)?(?:的)?(?:了)?"
)


def former_only(low: str) -> bool:
    """Each clause gripes about the respondent's former provider or tells of the move to us."""
    if not any(w in low for w in _FORMER_CHEAP) or _FORMER.search(low) is None:
        return False
    parts = [p.strip() for p in _PARTS.split(low) if p.strip()]
    saw_former = False
    for p in parts:
        if _TO_US.search(p):
            rest = _TO_US.sub(" ", p)
            if FAULT.search(rest) or re.search(r"[a-z\u4e00-\u9fff]{3,}", rest):
                return False
            continue
        m = _FORMER.search(p)
        if m is None or m.group() == "":
            return False
        saw_former = True
    return saw_former


# Somebody else who complains about everything.
_HABIT = re.compile(
    r"\b(?:my|our)\s+(?:[a-z]+\s+)?(?:missus|missis|wife|husband|hubby|partner|mum|mom|mother"
    r"|dad|father|brother|sister|son|daughter|kids?|neighbou?r|mate|friend|colleague|boss"
    r"|other half|gran|nan|grandma|grandad)\s+(?:always\s+|just\s+)?(?:complains|moans|whinges"
    r"|whines|grumbles|bitches)\s+about\s+(?:everything|anything|every little thing|all sorts"
    r"|the lot)\b"
    r"|(?:老婆|老公|媳妇|爱人|我妈|我爸|老妈|老爸|婆婆|对象|邻居|同事|朋友|我姐|我哥|孩子)"
    r"(?:是|就是)?(?:什么|啥|啥子|样样|事事)(?:事)?(?:都|也)(?:要|爱|喜欢|会)?(?:抱怨|吐槽|挑刺|嫌弃|不满意)"
)
_HABIT_CHEAP = ("everything", "anything", "every little", "all sorts", "the lot", "都", "也")


def habit_only(low: str) -> bool:
    """Somebody else's habit of complaining is the whole answer, naming nothing of the service."""
    if not any(w in low for w in _HABIT_CHEAP):
        return False
    m = _HABIT.search(low)
    if m is None:
        return False
    rest = low[: m.start()] + " " + low[m.end() :]
    return (
        SERVICE.search(rest) is None
        and FAULT.search(rest) is None
        and not re.search(
            r"[a-z\u4e00-\u9fff]{4,}", re.sub(r"\b(?:lol|haha|honestly|tbh|mate)\b|哈+", " ", rest)
        )
    )


def aside_only(low: str) -> bool:
    """A song line, a gripe about the former provider, or somebody else's habit of complaining."""
    return sung_only(low) or former_only(low) or habit_only(low)
