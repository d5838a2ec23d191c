"""The steps of leaving a provider, and of renewing with it: one table for the readers of
questions about them.

Two readers ask after these steps: `self_asked` reads a plan weighed ("should I cancel?", "要不要
换") or a step asked back and answered ("have I cancelled? not yet, but I will", "退了吗？还没，
不过快了"), and `done_asked` a step asked back alone ("did I give notice already?", "我是不是已经
退订了？"). The words of each step and their forms are spelt here once; each reader takes the
steps its questions use, by name, and adds the objects and tails of its own phrasing.

The steps a reader leaves out are left out on purpose: weighing takes the verbs of intention
("go elsewhere", "jump ship", "stay", "stick with", "走", "留") that are no step one asks whether
one took, and a step asked back alone takes the formal ones ("terminate the contract",
"unsubscribe", "退订", "解约", "停机") that nobody weighs in those words; weighing in Chinese
takes the one-character verbs only ("要不要换", "该不该续"), which any object may follow.
"""

from __future__ import annotations

# English: each step's verb in every form the readers take ("cancel", "cancelled",
# "cancelling").
STEPS_EN: dict[str, str] = {
    "cancel": r"cancel(?:l?ed|l?ing)?",
    "switch": r"switch(?:ed|ing)?",
    "leave": r"leav(?:e|ing)|left",
    "go": r"gone|go(?:ing)?",
    "move": r"mov(?:e|ed|ing)",
    "port": r"port(?:ed|ing)?",
    "quit": r"quit(?:ting)?",
    "terminate": r"terminat(?:e|ed|ing)",
    "close": r"clos(?:e|ed|ing)",
    "unsubscribe": r"unsubscrib(?:e|ed|ing)",
    "renew": r"renew(?:ed|ing)?",
    "re-sign": r"re-?sign(?:ed|ing)?",
    "re-contract": r"re-?contract(?:ed|ing)?",
    "stay": r"stay(?:ed|ing)?",
    "stick": r"stick(?:ing)?",
}
# Notice handed in: "given notice", "put in my notice", "sent our cancellation notice in".
NOTICE_EN = (
    r"(?:give|given|gave|giving|put|putten|hand|handed|send|sent)\s+(?:in\s+)?"
    r"(?:(?:my|our|the|a|you|you guys|you lot)\s+)*(?:cancellation\s+|termination\s+)?notice"
    r"(?:\s+in)?"
)

# Chinese: every step's words, of leaving and of renewing.
STEPS_ZH: frozenset[str] = frozenset(
    {
        "退订",
        "退网",
        "退掉",
        "退",
        "销户",
        "销号",
        "注销",
        "销",
        "携号转网",
        "转网",
        "转走",
        "转出去",
        "转出",
        "转",
        "解约",
        "取消",
        "停机",
        "停掉",
        "换",
        "离开",
        "走",
        "跑",
        "撤",
        "续约",
        "续费",
        "续",
        "留",
    }
)
# The steps each Chinese question takes: weighed ("要不要换", "该不该续"), asked back and
# answered ("退了吗？还没，不过快了"), asked back alone ("我是不是已经退订了？").
WEIGHED_ZH = ("换", "转", "走", "跑", "退", "销", "撤", "续", "留", "离开")
ASKED_BACK_ZH = (
    "换",
    "转网",
    "转",
    "走",
    "退网",
    "退",
    "销户",
    "销号",
    "注销",
    "续约",
    "续",
    "携号转网",
)
DONE_ZH = (
    "退订",
    "退网",
    "销户",
    "销号",
    "注销",
    "转网",
    "携号转网",
    "转走",
    "转出去",
    "转出",
    "解约",
    "退掉",
    "取消",
    "停机",
    "停掉",
    "续约",
    "续费",
    "续",
    "换",
)
# The verbs of "退没退", "续没续": the first character of a step asked back alone, and "解".
DONE_AB_ZH = "退续销转换注解"


def en(*steps: str) -> str:
    """The alternation of the named English steps' forms."""
    return "|".join(STEPS_EN[s] for s in steps)


def zh(words: tuple[str, ...]) -> str:
    """The alternation of Chinese step words, longest first (so "转网" is taken before "转")."""
    assert all(w in STEPS_ZH for w in words), "a step word missing from STEPS_ZH"
    return "|".join(sorted(words, key=len, reverse=True))
