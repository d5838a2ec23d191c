"""A form of address consented to after a Chinese name given: "我叫陈红梅，陈阿姨就行".

A second name after the name given is an alias ("我叫Amy，中文名王芳" → Amy), unless the respondent
says what to call them ("叫我Amy就行"). The respondent's surname with a form of address, followed
by a word of consent in a clause of its own ("陈阿姨就行", "王师傅就好", "叫李老师吧" is read as
"叫我…" already), says what to call them just as "It's Margaret Okafor, but Mrs. Okafor will do
just fine" does: that form wins. It must carry the surname of the name given ("我叫陈红梅，王阿姨
就行" names somebody else, or a slip, and is not read).
"""

from __future__ import annotations

import re

from bot.understanding.name_words import COMPOUND_SURNAMES, TITLED_ZH

_ADDRESS = re.compile(
    r"[,，。.!！~\s]+(?:但是?|不过|其实)?(?:你们?|您)?(?:就|也|直接)*(?:称呼)?"
    r"(?P<name>" + TITLED_ZH.pattern + r")"
    r"(?:就行了?|就好了?|就可以了?|就成|就中|即可|便可)(?:啦|了|哈|吧|呀|啊)*"
    r"(?=\s*(?:$|[,，。.!！~…]))"
)


def zh_address_after(surface: str, end: int, name: str) -> tuple[str, int, int] | None:
    """After the name `name` ending at `end`, a form of address with its surname consented to."""
    if "就" not in surface[end:] and "即" not in surface[end:] and "便" not in surface[end:]:
        return None
    surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
    for m in _ADDRESS.finditer(surface, end):
        if m.group("name").startswith(surname):
            return m.group("name"), m.start("name"), m.end("name")
    return None
