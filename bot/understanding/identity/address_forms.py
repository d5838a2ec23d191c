"""A form of address or a familiar name consented to after a Chinese name given: "我叫陈红梅，陈阿
姨就行", "我叫王芳，小芳就行".

A second name after the name given is an alias ("我叫Amy，中文名王芳" → Amy), unless the respondent
says what to call them ("叫我Amy就行"). The respondent's surname with a form of address, followed
by a word of consent in a clause of its own ("陈阿姨就行", "王师傅就好", "叫李老师吧" is read as
"叫我…" already), says what to call them just as "It's Margaret Okafor, but Mrs. Okafor will do
just fine" does: that form wins. It must carry the surname of the name given ("我叫陈红梅，王阿姨
就行" names somebody else, or a slip, and is not read).

So does a familiar name made from the name given, with consent after it, as in "I'm Priyanka, but
Pri is fine": 小, 老 or 阿 with the surname ("小王就行", "老李就好"), 小 or 阿 with the last
character of the given name ("小芳就行", "阿燕就好"), that character doubled ("芳芳就可以"), the
given name alone ("陈思雨，思雨就好") or with 姐 / 哥 ("芳姐就行"). A familiar name said without
consent ("小芳是我妹妹", "我妹妹叫小芳") or with "也行" (one more name that would do, the full
name still stands) is not read.
"""

from __future__ import annotations

import re

from bot.understanding.identity.name_words import COMPOUND_SURNAMES, TITLED_ZH

_OPEN = r"[,，。.!！~\s]+(?:但是?|不过|其实)?(?:你们?|您)?(?:就|也|直接)*(?:称呼)?"
_CONSENT = (
    r"(?:就行了?|就好了?|就可以了?|就成|就中|即可|便可)(?:啦|了|哈|吧|呀|啊)*"
    r"(?=\s*(?:$|[,，。.!！~…]))"
)
_ADDRESS = re.compile(_OPEN + r"(?P<name>" + TITLED_ZH.pattern + r")" + _CONSENT)
# A familiar name of two or three characters in a clause of its own, consented to ("小芳就行") or
# offered with a closing "吧" ("小芳吧").
_FAMILIAR = re.compile(
    _OPEN + r"(?P<name>[\u4e00-\u9fff]{2,3})(?:" + _CONSENT + r"|吧(?=\s*(?:$|[,，。.!！~…])))"
)


def _familiar_forms(name: str) -> frozenset[str]:
    """The familiar names made from the full Chinese name `name` ("王芳" → 小王, 小芳, 芳芳…)."""
    surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
    given = name[len(surname) :]
    if not 1 <= len(given) <= 2:
        return frozenset()
    last = given[-1]
    forms = {"小" + surname, "老" + surname, "阿" + surname, "小" + last, "阿" + last, last * 2}
    forms |= {last + "姐", last + "哥"}
    if len(given) == 2:
        forms.add(given)
    return frozenset(forms)


def zh_address_after(surface: str, end: int, name: str) -> tuple[str, int, int] | None:
    """After the name `name` ending at `end`, a form of address with its surname, or a familiar
    name made from it, consented to."""
    rest = surface[end:]
    if "就" not in rest and "即" not in rest and "便" not in rest and "吧" not in rest:
        return None
    surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
    for m in _ADDRESS.finditer(surface, end):
        if m.group("name").startswith(surname):
            return m.group("name"), m.start("name"), m.end("name")
    forms = _familiar_forms(name)
    for m in _FAMILIAR.finditer(surface, end):
        if m.group("name") in forms:
            return m.group("name"), m.start("name"), m.end("name")
    return None
