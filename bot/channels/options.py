"""Quick replies for a stored bot message, so a resumed conversation offers the same buttons.

The engine attaches `options` to the Reply it returns but stores only the message text, kind and
slot. A page reload (web) or a numbered answer (WeChat) needs the options of the last question
again; they follow from (kind, slot, lang) the same way the engine derives them.
"""

from __future__ import annotations

from bot.phrasing import reply_options
from bot.reply import ReplyOption
from bot.survey import Survey


def options_for_message(
    survey: Survey, kind: str | None, slot: str | None, lang: str | None
) -> list[ReplyOption] | None:
    """The quick replies that went with a bot message of this kind about this slot."""
    return reply_options(survey, kind, slot, "en" if lang == "en" else "zh")


def is_scale(options: list[ReplyOption]) -> bool:
    """Scale options are their own numbers; a typed "3" needs no mapping."""
    return all(option.id.isdigit() for option in options)
