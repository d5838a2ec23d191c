"""A message that only asks the bot something, and so answers nothing.

"r there any deals for renewing?", "whats faster fiber or dsl", "光纤装一下贵不贵啊？",
"邮寄支票还有人用吗哈哈哈": one clause, put as a question. Across the labelled answers such a
message never gives the asked slot a value and is never vague, whatever option words or numbers
it holds, so the value a rule finds inside it is not the respondent's. Rules that read one kind
of question back stay where they are; this is the one check that holds for every slot.

Not a bare question, so the rules decide:
- one that says or weighs its answer ("why would I leave?", "should I cancel?", "叫我小红好吗");
- a statement ending in 呢 ("还没对象呢", "我在长春呢");
- an answer with a question mark ("fiber?", "光纤吧？", "cable i think?"), which has no
  question word;
- a question followed by anything else ("why would I leave? it works").
"""

from __future__ import annotations

import re

from bot.understanding.normalize import cjk_count

_LEAD_EN = r"^(?:(?:so|and|but|um|uh|hmm|oh|wait|ok|okay|lol|haha|hey)\s+)*"
# A question put by its first word; with a question mark after it.
_ASKING_EN = re.compile(
    _LEAD_EN + r"(?:what|whats|what's|how|hows|how's|is|are|r|can|could|do|does|did|will"
    r"|would|should|which|why|when|where|who|any|anything|has|have)\b"
)
# Without the question mark, only "what" or "which" and what asks with it: "whats faster fiber or
# dsl", "what kind of perks" (but "what I pay is 50" answers, and "when the deal runs out I'm off"
# is no question).
_ASKING_EN_UNMARKED = re.compile(
    _LEAD_EN + r"(?:what(?:'?s)?|which)\s+(?:is|are|was|happens|kind|type|sort|do|does|did|can"
    r"|should|would|will|about|faster|better|cheaper)\b"
)
# Questions that say their answer, or weigh it, are left to the rules that read them: "why would I
# leave?" (stay), "who knows?" and "how would I know" (vague), "where am I gonna go round here?"
# (stay), "should I cancel?" (unsure), "did I tell you I'm switching?" (leave), "does a boyfriend
# count?" (what counts).
_SAYS_OR_WEIGHS_EN = re.compile(
    _LEAD_EN + r"(?:why (?:would|should|'d|do|does|on earth)\b|who knows\b"
    r"|how (?:would|should|am|do|could) i\b|where (?:am|would|else|could|do) (?:i|we)\b"
    r"|(?:should|shall|would) (?:i|we|it)\b|is it time\b|do you think (?:i|we)\b"
    r"|(?:did|have) i (?:tell|told|say|said|mention)\b)"
    r"|\bcount\b"
)
# The same in Chinese: weighing ("是不是该转网了？", "要不要换"), what counts ("纸片人老婆算吗"),
# and a tag asking to agree with what was said ("叫我小红好吗").
_SAYS_OR_WEIGHS_ZH = re.compile(
    r"是不是该|该不该|要不要|我该|算[^?,，。]{0,6}?(?:吗|么)|(?:好|行|可以|成|对|是)(?:吗|么|吧)\?*$"
)
_ASKING_ZH = re.compile(
    r"怎么|什么|啥|哪|是不是|能不能|会不会|有没有|多少|贵不贵|好不好|[还可]有人"
)
# The end of a question: "?", "吗" or "么", then laughter or an emoji.
_QUESTION_END = re.compile(r"(?:\?+|吗|么)(?:哈+|呵+|lol|haha+|😂|🤔|😅|\s)*$")
# (a space between Chinese characters parts clauses: "有的 话说能便宜吗")
_CLAUSE_BREAK = re.compile(r"[,，。.;；!！]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def only_asks(low: str) -> bool:
    """The whole message is one clause that asks the bot something."""
    text = low.strip()
    end = _QUESTION_END.search(text)
    if end is None:
        return (
            not cjk_count(text)
            and "?" not in text
            and not _CLAUSE_BREAK.search(text)
            and _ASKING_EN_UNMARKED.match(text) is not None
        )
    body = text[: end.start()]
    if _CLAUSE_BREAK.search(body):
        return False
    if not cjk_count(text):
        return _ASKING_EN.match(body) is not None and _SAYS_OR_WEIGHS_EN.search(body) is None
    if _SAYS_OR_WEIGHS_ZH.search(text):
        return False
    return _ASKING_ZH.search(body) is not None or end.group().lstrip().startswith(("吗", "么"))
