"""Guards around the model: untrusted text goes in fenced, model text comes out checked.

Respondent text is wrapped in a boundary tag that is random for every call, so a message cannot
close the fence it sits in. On the way back nothing the model wrote is trusted by default: text
values must look like a value (short, one line, no markup, no instructions), and the next-message
text must not carry the boundary tag or pieces of our instructions, which is how a leaked prompt
shows. The injection patterns are a tripwire, not the defence: the defence is that code decides
the flow and validates every value, and these checks only make a compromised turn fall back to
the offline wording and rules.
"""

from __future__ import annotations

import re
import secrets
import unicodedata

from bot.survey import Slot, SlotType

MAX_REPLY_CHARS = 400
MAX_TEXT_VALUE_CHARS = 60
_LEAK_WINDOW = 16  # characters shared with the instructions that count as a leak

_INJECTION = re.compile(
    "|".join(
        [
            r"\b(ignore|disregard|forget|override)\b.{0,40}\b(instruction|prompt|rule|above|previous"
            r"|prior|system)",
            r"\bsystem\s*prompt\b",
            r"\b(you are|you're|act as|pretend to be)\s+(now\s+)?(an?\s+)?(admin|administrator"
            r"|developer|root|dan|jailbr)",
            r"\b(developer|debug|god|admin)\s+mode\b",
            r"\b(reveal|print|show|repeat|output)\b.{0,30}\b(instructions|prompt|system message)",
            r"\ball (users?|respondents?|customers?)'?s?\b.{0,20}\b(data|records|answers)",
            r"忽略.{0,10}(之前|以上|上面|前面|先前|所有|全部).{0,6}(指令|指示|说明|规则|提示)",
            r"(系统|初始)(提示词?|指令|设定)",
            r"你(现在)?是.{0,6}(管理员|开发者|超级用户|root)",
            r"(所有|全部)(用户|人|受访者|客户)的?(数据|信息|资料|回答)",
            r"(输出|打印|告诉我|显示|重复).{0,8}(提示词|系统提示|你的指令|你的设定)",
            r"</?\s*(system|assistant|instructions?|data_[0-9a-f]+)\s*>",
        ]
    ),
    re.IGNORECASE | re.DOTALL,
)
_MARKUP = re.compile(r"[<>{}\[\]【】`|\\]|https?://|www\.", re.IGNORECASE)


def new_boundary() -> str:
    """A fence name nobody can guess in advance: fresh for every model call."""
    return f"data_{secrets.token_hex(6)}"


def fence_text(text: str, tag: str) -> str:
    """Respondent text made safe to place inside <tag>...</tag>: the tag itself cannot appear."""
    return text.replace(tag, "").replace("\x00", "")


def looks_like_injection(text: str) -> bool:
    """A message that tries to instruct the model rather than answer the survey."""
    return bool(_INJECTION.search(unicodedata.normalize("NFKC", text)))


def safe_text_value(slot: Slot, value: object) -> bool:
    """A string value the model proposes for a text slot looks like an answer, not a payload."""
    if slot.type != SlotType.text:
        return True
    if not isinstance(value, str):
        return False
    text = value.strip()
    return (
        0 < len(text) <= MAX_TEXT_VALUE_CHARS
        and "\n" not in text
        and not _MARKUP.search(text)
        and not looks_like_injection(text)
    )


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().lower()


def leaks_instructions(reply: str, instructions: str) -> bool:
    """True if the reply repeats a run of our instruction text (a prompt leak)."""
    said, ours = _squash(reply), _squash(instructions)
    if len(said) < _LEAK_WINDOW:
        return False
    return any(
        said[i : i + _LEAK_WINDOW] in ours for i in range(0, len(said) - _LEAK_WINDOW + 1, 4)
    )


def reply_problem(reply: str, tag: str, instructions: str) -> str | None:
    """Why the model's next-message text must not be shown to the respondent, or None."""
    text = reply.strip()
    if not text:
        return "empty"
    if len(text) > MAX_REPLY_CHARS:
        return "too long"
    if tag in text or "data_" in text or "<" in text:
        return "markup or boundary tag"
    if _MARKUP.search(text.replace("【", "").replace("】", "")):
        return "markup or link"
    if looks_like_injection(text):
        return "instruction-like"
    if leaks_instructions(text, instructions):
        return "repeats the instructions"
    return None
