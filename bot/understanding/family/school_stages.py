"""Children named by the stage of school they are at: "two middle schoolers", "a 5th grader".

A parent who says "mom of two middle schoolers", "I've got a high schooler and a toddler" or
"my kids are third graders" names children of school age, which is a child at home by the
conventions (a school shows a child), in any answer. These nouns are kept here, apart from the
main dependents vocabulary in `booleans`, because they are built from a few parts: the school
stages ("middle", "high", "grade", ...) with "schooler", and the school years with "grader", in
words and in digits. Whose children they are ("I teach 5th graders", "my niece is a high
schooler") is judged by `whose_child` and the other-people checks, as for "kids".
"""

from __future__ import annotations

_STAGES = (
    "pre",
    "pre-",
    "middle",
    "high",
    "grade",
    "primary",
    "elementary",
    "junior high",
    "secondary",
    "nursery",
)
_YEARS_IN_WORDS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
)
_YEARS_IN_DIGITS = tuple(
    f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}" for n in range(1, 13)
)


def _school_stage_words() -> tuple[str, ...]:
    words: list[str] = []
    for stage in _STAGES:
        joint = "" if stage.endswith("-") or stage == "pre" else " "
        words += [f"{stage}{joint}schooler", f"{stage}{joint}schoolers"]
    for year in _YEARS_IN_WORDS + _YEARS_IN_DIGITS:
        words += [f"{year} grader", f"{year} graders"]
    words += [
        "kindergartner",
        "kindergartners",
        "kindergartener",
        "kindergarteners",
        "schoolkid",
        "schoolkids",
        "schoolchild",
        "schoolchildren",
    ]
    return tuple(dict.fromkeys(words))


# Every noun for a child by school stage, for the dependents vocabulary and `whose_child`.
SCHOOL_STAGE_WORDS = _school_stage_words()
