"""Questions whether the respondent has already taken a step of leaving or renewing.

"have I already given notice?", "did I cancel already?", "have I put in my notice or not?",
"我是不是已经退订了？", "我销户了没有？", "我到底退没退订？": the respondent asks back about their
own account, and states no plan. The words of leaving in them ("given notice", "cancel", "退订")
are no intention, and the message answers nothing, as other questions back do ("what happens if
I leave?"). The question must be the whole message (a lead-in such as "wait," or "等下，" aside).

Statements stay what they are: "I already cancelled", "我已经退订了", a question with a statement
after it ("have I cancelled? no, but I'm going to"), and a question about something else that
names the plan ("did I tell you I'm switching?"). A negative question ("didn't I already
cancel?", "我不是已经退订了吗？") asks as well: the respondent believes the step taken but is not
sure, and says nothing of a plan. "Should I" ("我是不是该换了", "should I cancel?") weighs a plan
rather than asking after a step, and is not read here.
"""

from __future__ import annotations

import re

from bot.understanding.churn import leaving_steps as steps

# Leading words that hold the floor: "wait,", "hang on,", "sorry,", "remind me,", "等下，".
_LEAD_EN = (
    r"(?:(?:wait|hang on|hold on|hmm+|um+|erm+|uh+|sorry|oh|actually|remind me|quick question"
    r"|just checking|so|hold up|ok|okay)\s*[,.!:-]*\s*)*"
)
_LEAD_ZH = r"(?:(?:等下|等等|等一下|哎|诶|欸|咦|对了|话说|请问|问一下|问下|那个|嗯)[,，。\s]*)*"

_DET = r"(?:(?:my|our|the|a|you|you guys|you lot)\s+)*"
# The steps, from `leaving_steps`, with the objects and tails said after them here.
_STEP_EN = (
    r"(?:(?:" + steps.en("cancel") + r")(?:\s+(?:it|" + _DET + r"(?:contract|plan|service|account"
    r"|line|subscription|broadband|internet|phone|number)))?"
    r"|" + steps.NOTICE_EN + r"|(?:" + steps.en("switch") + r")"
    r"(?:\s+(?:over|away|providers?|networks?|carriers?))?"
    r"|(?:" + steps.en("leave") + r")(?:\s+(?:you|you guys|you lot))?"
    r"|(?:" + steps.en("port") + r")(?:\s+(?:my|our|the)\s+number)?(?:\s+out)?"
    r"|(?:" + steps.en("terminate") + r")\s+(?:my|our|the)\s+contract"
    r"|(?:" + steps.en("close") + r")\s+(?:my|our|the)\s+account"
    r"|" + steps.en("unsubscribe") + r"|(?:" + steps.en("renew") + r")"
    r"(?:\s+(?:it|(?:my|our|the)\s+(?:contract|plan)))?"
    r"|" + steps.en("re-sign", "re-contract") + r")"
)
_ASK_DONE_EN = re.compile(
    r"^" + _LEAD_EN + r"(?:did|have|has|didn'?t|haven'?t|hasn'?t)\s+(?:i|we)\s+"
    r"(?:(?:already|actually|ever|even|just|definitely|properly|officially|really)\s+)*"
    + _STEP_EN
    + r"(?:\s+(?:with|on)\s+(?:you|you guys|you lot))?"
    r"(?:\s+(?:already|yet|then|before|last (?:month|week|year)|or not|or what"
    r"|or (?:haven'?t|didn'?t|did|have) (?:i|we)))*\s*\?+\s*$"
)
_ASK_EN_CHEAP = ("did", "have", "has")

_STEP_ZH = r"(?:" + steps.zh(steps.DONE_ZH) + r")(?:掉|了)?(?:套餐|宽带|号|卡|合约|运营商|别家)?"
_SUBJECT_ZH = r"(?:我|俺|咱|我们|咱们)?(?:家)?"
_ASK_DONE_ZH = re.compile(
    r"^"
    + _LEAD_ZH
    + _SUBJECT_ZH
    + r"(?:之前|以前|上次)?(?:是不是|是否|有没有)(?:已经|早就|之前|都)?"
    r"(?:申请|办理?|提交|提)?(?:了|过)?"
    + _STEP_ZH
    + r"(?:了|过)?(?:的)?(?:啊|呀|呢|来着|哈)*[?？]*$"
    r"|^"
    + _LEAD_ZH
    + _SUBJECT_ZH
    + r"(?:之前|以前|上次|已经|早就)?(?:申请|办理?)?(?:了|过)?"
    + _STEP_ZH
    + r"(?:了|过)(?:吗|么|没有?|没|不)(?:啊|呀|呢)?[?？]*$"
    r"|^"
    + _LEAD_ZH
    + _SUBJECT_ZH
    + r"(?:到底|究竟)?(?P<a>["
    + steps.DONE_AB_ZH
    + r"])没(?P=a)[\u4e00-\u9fff]{0,2}"
    r"(?:啊|呀|呢)?[?？]*$"
)
_ASK_ZH_CHEAP = ("是不是", "是否", "有没有", "吗", "么", "没")


def asks_if_done(low: str) -> bool:
    """The whole message asks whether the respondent has already left, given notice or
    renewed."""
    text = low.strip()
    if any(w in text for w in _ASK_EN_CHEAP) and _ASK_DONE_EN.search(text):
        return True
    return any(w in text for w in _ASK_ZH_CHEAP) and _ASK_DONE_ZH.search(text) is not None
