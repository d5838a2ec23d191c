"""A question back about the account, asked under the complaint question, naming no fault.

Asked what they are unhappy with, people sometimes use the moment to ask how something is done:
"does my plan transfer?", "can i keep my number if i move?", "how do I add a line?",
"我搬家了，宽带能移机吗？", "套餐能换成月付吗？". Such a question names the service ("plan",
"宽带", "套餐") and words `grievances` counts ("keep", "号码"), but it asks, it does not find
fault: no complaint, and no vague answer either. What is said beside it ("we just moved to
corvallis", "我搬家了") must name nothing wrong too: "does my plan transfer? the current one is
way too expensive" and "套餐能换成月付吗？现在太贵了" complain, and so does a question about a
fault ("why is my bill so high?", "为什么又扣费了？").
"""

from __future__ import annotations

import re

from bot.understanding.complaints.grievances import FAULT
from bot.understanding.complaints.open_answers import names_a_grievance

_ASK_CHEAP = ("?", "？", "吗", "么", "能不能", "可不可以", "how ", "can i", "can we")

_THING = (
    r"(?:plan|contract|number|phone number|mobile number|service|broadband|internet|wi-?fi|account"
    r"|line|package|bundle|deal|sim|router|subscription|tariff|discount|data)"
)
_MOVE = (
    r"(?:transfer|move|carry over|come with (?:me|us)|follow (?:me|us)|work (?:there|at|in)"
    r"|still work|be (?:moved|transferred)|go with (?:me|us))"
)
_DO = (
    r"(?:add|remove|take off|put|switch|chang|swap|upgrad|downgrad|mov|transfer|port"
    r"|keep|tak|bring|paus|freez|suspend|pay|set up|turn on|turn off|updat|merg|combin"
    r"|split|shar|convert)\w*"
)
# The question itself: "does my plan transfer?", "can i keep my number if i move?", "how do I add
# a line?", "is it possible to switch to monthly billing?", "what happens to my plan if I move?".
_ASKS = re.compile(
    r"\b(?:does|do|will|would|can|could|is|are)\s+(?:my|our|the)\s+(?:\w+\s+)?"
    + _THING
    + r"s?\s+(?:\w+\s+)?"
    + _MOVE
    + r"\b[^.!?]*\?"
    r"|\b(?:can|could|may|do|should)\s+(?:i|we)\s+(?:still\s+|also\s+|just\s+)?"
    + _DO
    + r"\b[^.!?]*\?"
    r"|\b(?:how|where)\s+(?:do|can|would|should|could)\s+(?:i|we)\s+(?:go about\s+)?"
    + _DO
    + r"\b[^.!?]*(?:\?|$)"
    r"|\bis (?:it|there a way)\s+(?:possible\s+)?to\s+" + _DO + r"\b[^.!?]*\?"
    r"|\b(?:do|will|would)\s+(?:i|we)\s+(?:need|have to)\b[^.!?]*\b(?:if|when)\s+(?:i|we)\s+"
    r"(?:mov|switch|relocat|upgrad|add)\w*\b[^.!?]*\?"
    r"|\b(?:is there|are there|do you (?:have|do|offer))\s+(?:a|an|any)\s+(?:\w+\s+){0,2}?"
    r"(?:plan|bundle|package|option|tariff|app|sim[- ]only (?:deal|plan))s?\b[^.!?]*\?"
    r"|\bwhat happens to (?:my|our|the)\s+(?:\w+\s+)?" + _THING + r"s?\b[^.!?]*\?"
    r"|\b(?:do|does)\s+(?:you|your \w+)\s+(?:cover|serve|work in|reach|have coverage in)\b[^.!?]*\?"
    # "宽带能移机吗？", "套餐能换成月付吗？", "号码能不能带走？", "怎么加一条副卡？"
    r"|[^,，。!！?？]{0,10}(?:能|可以|可不可以|能不能|能否|可否)(?:给我|帮我|帮忙)?(?:移机|迁移|迁过去|转过去|带走|保留|过户"
    r"|换成|改成|换到|转成|转到|升级|降级|加(?:一|个|张|条)?|添加|暂停|停机保号|合并|共享|办|续约|续签|续)"
    r"[^,，。!！?？]{0,12}?(?:(?:吗|么|嘛)\s*[?？]?|[?？])"
    r"|[^,，。!！?？]{0,10}(?:能|可以)(?:移机|迁移|带走|保留|过户)(?:吗|么|嘛)"
    # the wish beside the question: "我想升级套餐，怎么操作？"
    r"|(?:^|(?<=[,，。!！?？\s]))(?:我|俺)?(?:想|打算|准备)(?:把|要)?[^,，。!！?？]{0,10}?"
    r"(?:升级|降级|改成|换成|移机|迁|过户|加|办|续)[^,，。!！?？]{0,10}(?=[,，。!！?？\s])"
    r"|[^,，。!！?？]{0,10}(?:怎么|如何|咋|怎样)(?:才能)?(?:移机|迁移|过户|加|添加|办|换|改|升级|降级|转|开通|暂停|弄|操作)"
    r"[^,，。!！?？]{0,12}?(?:啊|呀|呢)?\s*(?:[?？]|$)"
)
# A question about a fault, or words of one, keep the message a complaint.
_FAULT_ASKED = re.compile(
    r"\b(?:why|how come|what'?s wrong|what the)\b|为什么|为啥|凭什么|怎么又|咋又|怎么老|怎么总"
    r"|\b(?:still|again|never|problems?|issues?|rubbish|terrible|awful|useless|broken|worse|bad"
    r"|hassle|nightmare|ridiculous|unfair|actually|refund\w*|outages?|compensat\w*|fix\w*"
    r"|repair\w*|someone|anyone|somebody|anybody|stop|too (?:much|high|many|often|long)"
    r"|so (?:much|high|long)|more than|overpa\w*)\b"
    r"|退款|退钱|赔|补偿|修|差|烂|垃圾|问题|故障|麻烦|又|老是|总是|还是不"
)


def asks_only(low: str) -> bool:
    """The message asks how something of the account is done (moved, kept, added, changed), and
    with the question set aside names neither the service nor anything wrong with it."""
    if not any(w in low for w in _ASK_CHEAP):
        return False
    # (paying and a second SIM are no fault: "改成按月付费", "加一张副卡")
    paid = re.sub(r"付费|缴费|交费|续费|副卡|电话卡|sim卡|手机卡", "", low)
    if FAULT.search(paid) or _FAULT_ASKED.search(low):
        return False
    rest = _ASKS.sub(lambda m: " " * len(m.group()), low)
    return rest != low and not names_a_grievance(rest)
