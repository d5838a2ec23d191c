"""Pets in answers about dependents: a household of animals, and animals called children.

Asked whether anyone depends on them, many people answer with their animals: "I've got a
goldfish", "家里就一只布偶猫", "three cats and a tortoise, that's the whole household", "the only
one I feed is a rottweiler". An animal is no dependent, so such an answer is a no – as "just me
and the cat" is in the conventions. People also call their animals by child words: "my 'baby' is a
rottweiler", "我们家“大宝贝”是条金毛", "就一个baby，四条腿的"; the child word then names the pet
and says nothing about children. Asking whether an animal counts ("Is the dog a dependent?")
answers nothing yet.
"""

from __future__ import annotations

import re

from bot.understanding.family.animals import PET_EN, PET_ZH
from bot.understanding.others import said_of_other
from bot.understanding.unanswered.refusals import rest_declined_from

_PET = re.compile(PET_ZH + "|" + PET_EN)
# The child word is then said to be an animal: "'baby' is a 40kg rottweiler", "“大宝贝”是条金毛",
# "baby，四条腿的" ("fur baby" is read in `in_passing`).
_IS_PET_AFTER = re.compile(
    r"[\u4e00-\u9fff]?[\"'\s]*(?:(?:is|'s)\s+(?:a|an|my|our)\s+(?:[\w-]+\s+){0,2}?(?:"
    + PET_EN
    + r")(?=\s*(?:$|[^\w\s]|(?:named|called|and|who|that)\b|\d))"
    + r"|(?:就|其实)?是(?:一)?(?:条|只|个|头)?(?:"
    + PET_ZH
    + r")|[,，]\s*(?:四条腿|four[- ]legged|on four legs|with four legs))"
)
# "它就是我的崽": "it" is an animal or a thing, never a child.
# (or the animal named: "我家狗子就是我儿子")
_IT_BEFORE = re.compile(
    r"(?:它|(?:" + PET_ZH + r")(?:子|咪|主子)?)(?:就|也)?是(?:我|我们|我们家)的?\s*$"
)


# Whether an animal counts, asked back: "Is the dog a dependent?", "does my cat count as a
# dependent?" (a question, no answer; "the dog is my only dependent" still answers).
_PET_ASKED_BEFORE = re.compile(
    r"\b(?:is|are|does|do|would|can|could)\s+(?:the|my|our|a|an)\s+(?:" + PET_EN + r")s?\s+"
    r"(?:count\s+as\s+|counts?\s+as\s+)?(?:an?\s+)?$"
)
_DEPENDENT_ASKED = re.compile(r"\bdependents?\s*\?")


def _pet_asked(low: str) -> bool:
    """An animal of the respondent's is asked about as a dependent ("Is the dog a dependent?")."""
    return any(
        _PET_ASKED_BEFORE.search(low, max(0, m.start() - 40), m.start())
        for m in _DEPENDENT_ASKED.finditer(low)
    )


def pet_called_child(low: str, start: int, end: int) -> bool:
    """The child word at `start`..`end` names an animal ("my 'baby' is a rottweiler") or asks
    whether one counts ("Is the dog a dependent?")."""
    if _IT_BEFORE.search(low, max(0, start - 8), start):
        return True
    if low.startswith("dependent", start) and "?" in low and _pet_asked(low):
        return True
    return _IS_PET_AFTER.match(low, end) is not None


def own_pet(low: str) -> tuple[int, int] | None:
    """The span of an animal the respondent keeps, if any ("I've got a goldfish"); animals of
    other people ("my sister's cats") do not count."""
    for m in _PET.finditer(low):
        if not said_of_other(low, m.start(), household=False):
            return m.start(), m.end()
    return None


def pets_only(low: str) -> tuple[int, int] | None:
    """The span of the respondent's animal given as the whole household, if any; with the rest
    declined ("养了一只柯基，其他就不方便讲了") the people at home are not told."""
    pet = own_pet(low)
    if pet is None or rest_declined_from(low) is not None or ("?" in low and _pet_asked(low)):
        return None
    return pet


# Taking an animal to the vet, for its jabs or a wash is a chore, no pastime:
# "周末带狗去宠物医院打针", "took the cat to the vet for her jabs" (the pet word may be the
# clinic's own: "宠物医院").
_ERRAND_AFTER = re.compile(
    r"[^,，。.!?！？]{0,6}?(?:去|到|送)?(?:宠物)?(?:医院|诊所|打针|打疫苗|疫苗|看病|看医生|绝育|洗澡|美容)"
    r"|\s+(?:to|at)\s+the\s+(?:vets?|animal hospital|groomers?)\b|\s+(?:for|to get)\s+(?:(?:his|her"
    r"|its|their)\s+)?(?:jabs|shots|vaccinations?|booster)\b"
)
_ERRAND_BEFORE = re.compile(
    r"(?:带|送|抱)(?:着)?(?:我|我们)?(?:家)?(?:的)?$|\b(?:took|take|taking)\s+(?:the|my|our)\s+$"
)


def pet_errand(low: str, start: int, end: int) -> bool:
    """The pet word at `start`..`end` is taken to the vet or for a wash, or names the clinic."""
    if low.startswith(("医院", "诊所"), end):
        return True  # "宠物医院"
    return bool(_ERRAND_BEFORE.search(low, 0, start)) and bool(_ERRAND_AFTER.match(low, end))
