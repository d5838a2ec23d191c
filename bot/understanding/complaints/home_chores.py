"""Mending something of one's own, told under the complaint question.

Asked what they are unhappy with, people say what kept them: "sorry, just got in from the shed,
been fixing the mower", "刚修完拖拉机，手上全是油". "fix" and "修" are words of a grievance
(`grievances`), but mending the mower, the car or the fence is the respondent's chore, not a
fault of the service. With such chores set aside, a message that names neither the service nor
something wrong with it is no complaint ("been fixing the car all day and the wifi kept
dropping" still is; "you were meant to fix the line" names no chore).
"""

from __future__ import annotations

from bot.understanding.complaints.open_answers import names_a_grievance
from bot.understanding.literal_gates import gated

_THING_EN = (
    r"(?:(?:lawn ?)?mower|car|truck|ute|van|bike|motorbike|bicycle|tractor|trailer|boat|engine"
    r"|fence|roof|gate|shed|tap|sink|boiler|gutters?|washing machine|dishwasher|chair|table"
    r"|door|window|toilet|pipes?|heater|radiator|chainsaw|strimmer|hedge trimmer|quad|harvester"
    r"|plough|pump|barn|coop|chicken coop|henhouse|wall|deck|bathroom|kitchen|shower)"
)
_CHORE = gated(
    r"\b(?:fix|fixed|fixing|mend|mended|mending|repair|repaired|repairing|patch(?:ed|ing)? up"
    r"|tinker(?:ed|ing)? (?:with|on)|work(?:ed|ing)? on|servic(?:e|ed|ing)|sort(?:ed|ing)? out)"
    r"\s+(?:up\s+)?(?:the|my|our|a|an|his|her|that|this|me)\s+(?:old\s+|new\s+|broken\s+|leaky\s+"
    r"|\w+'s\s+)?" + _THING_EN + r"s?\b"
    r"|(?:在|刚|刚刚|一直|帮人)?修(?:了|完|好|理)?(?:了)?(?:半天|一下午|一上午|一晚上|一天)?(?:的)?"
    r"(?:拖拉机|三轮车?|摩托车?|电动车|自行车|车子?|水管|水龙头|屋顶|房顶|篱笆|院墙|猪圈|鸡舍|门|窗户?"
    r"|洗衣机|冰箱|农具|割草机|柜子|椅子|桌子|马桶|灶台?|抽水机|水泵|收割机)"
)


def chores_only(low: str) -> bool:
    """The message tells of mending something of the respondent's own, and with that set aside
    names neither the service nor a fault of it."""
    rest = _CHORE.sub(lambda m: " " * len(m.group()), low)
    return rest != low and not names_a_grievance(rest)
