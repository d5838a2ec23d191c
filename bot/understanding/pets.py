"""Pets in answers about dependents: a household of animals, and animals called children.

Asked whether anyone depends on them, many people answer with their animals: "I've got a
goldfish", "家里就一只布偶猫", "three cats and a tortoise, that's the whole household", "the only
one I feed is a rottweiler". An animal is no dependent, so such an answer is a no – as "just me
and the cat" is in the conventions. People also call their animals by child words: "my 'baby' is a
rottweiler", "我们家“大宝贝”是条金毛", "就一个baby，四条腿的"; the child word then names the pet
and says nothing about children.
"""

from __future__ import annotations

import re

from bot.understanding.others import said_of_other

_PET_ZH = (
    r"猫|狗|金毛|泰迪|柯基|哈士奇|二哈|柴犬|拉布拉多|边牧|布偶|英短|美短|宠物|鹦鹉|仓鼠|兔子|乌龟"
    r"|金鱼|热带鱼|毛孩子"
)
_PET_EN = (
    r"\b(?:dogs?|cats?|pupp(?:y|ies)|pups?|kittens?|pets?|rottweilers?|labradors?"
    r"|retrievers?|terriers?|spaniels?|poodles?|collies?|huskies|husky|pugs?|parrots?|budgies?"
    r"|birds|hamsters?|rabbits?|bunn(?:y|ies)|guinea pigs?|ferrets?|tortoises?|turtles?|goldfish"
    r"|tropical fish|snakes?|lizards?|horses?|ponies|pony|calves|cows|chickens|goats|sheep)\b"
)
_PET = re.compile(_PET_ZH + "|" + _PET_EN)
# The child word is then said to be an animal: "'baby' is a 40kg rottweiler", "“大宝贝”是条金毛",
# "baby，四条腿的" ("fur baby" is read in `in_passing`).
_IS_PET_AFTER = re.compile(
    r"[\u4e00-\u9fff]?[\"'\s]*(?:(?:is|'s)\s+(?:a|an|my|our)\s+(?:[\w-]+\s+){0,2}?(?:"
    + _PET_EN
    + r")(?=\s*(?:$|[^\w\s]|(?:named|called|and|who|that)\b|\d))"
    + r"|(?:就|其实)?是(?:一)?(?:条|只|个|头)?(?:"
    + _PET_ZH
    + r")|[,，]\s*(?:四条腿|four[- ]legged|on four legs|with four legs))"
)
# "它就是我的崽": "it" is an animal or a thing, never a child.
_IT_BEFORE = re.compile(r"它(?:就|也)?是(?:我|我们|我们家)的?\s*$")


def pet_called_child(low: str, start: int, end: int) -> bool:
    """The child word at `start`..`end` names an animal ("my 'baby' is a rottweiler")."""
    if _IT_BEFORE.search(low, max(0, start - 8), start):
        return True
    return _IS_PET_AFTER.match(low, end) is not None


def own_pet(low: str) -> tuple[int, int] | None:
    """The span of an animal the respondent keeps, if any ("I've got a goldfish"); animals of
    other people ("my sister's cats") do not count."""
    for m in _PET.finditer(low):
        if not said_of_other(low, m.start(), household=False):
            return m.start(), m.end()
    return None
