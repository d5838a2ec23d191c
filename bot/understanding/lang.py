"""Language of a single message.

Respondents switch languages and mix them ("我用的fiber"), and the bot answers in the language of
the message. A message is Chinese when its Chinese characters are at least as many as its English
words: a couple of English product words inside a Chinese sentence do not make it English, while an
English sentence naming a Chinese city ("I live in 上海") stays English.
"""

from __future__ import annotations

import re

from bot.understanding.normalize import cjk_count
from bot.understanding.types import Lang

_LATIN_WORD = re.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a]{2,}|\b[AaIi]\b")


def detect_language(text: str, default: Lang = "zh") -> Lang:
    """'zh' or 'en' for one message; `default` when it has neither (digits, emoji, punctuation)."""
    cjk = cjk_count(text)
    # all-capital short tokens are acronyms and brands (DSL, ADSL, NBA), not a sign of English
    words = sum(1 for w in _LATIN_WORD.findall(text) if not (w.isupper() and 2 <= len(w) <= 5))
    if cjk == 0 and words == 0:
        return default
    return "zh" if cjk >= words else "en"
