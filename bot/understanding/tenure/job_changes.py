"""An amount of time since a change of job, not since joining the provider.

"changed jobs 3 months ago, still settling in", "started a new job 2 months ago", "got a new
job about a year ago", "换了新工作三个月", "换工作两年了": the time dates the job. Said with words
of being a customer in the same clause ("switched jobs and joined you 2 years ago") it is still
the time with us, which `duration_cues` reads as such first.
"""

from __future__ import annotations

import re

_JOB_CHANGED_EN = re.compile(
    r"\b(?:changed|changing|switched|switching|started|starting|got|landed|took|began|left|quit"
    r"|lost)\s+(?:(?:my|a|an|the|our|this)\s+)?(?:new\s+|different\s+)?(?:jobs?|careers?|roles?"
    r"|employers?|positions?|work)\b(?![^,.;!?]*\b(?:you|ye|yall|y'all|starlink|joined|signed"
    r"|customer)\b)[^,.;!?]*$"
)
_JOB_CHANGED_ZH = re.compile(
    r"(?:换|转|找|辞)(?:了|咗)?(?:一?[个份])?(?:新的?)?(?:工作|工(?![具资程厂地业艺])|单位|岗位|行)"
    r"(?![^,，。；！？]*(?:你们|星联|客户|入网))[^,，。；！？]*$"
)
_CHEAP = ("job", "career", "role", "employer", "position", "work", "工", "单位", "岗位", "行")


def since_job_change(clause: str) -> bool:
    """The clause up to an amount of time tells of a change of job: the amount dates the job."""
    if not any(w in clause for w in _CHEAP):
        return False
    return bool(_JOB_CHANGED_EN.search(clause) or _JOB_CHANGED_ZH.search(clause))
