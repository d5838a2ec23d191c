"""Phrase lexicon of a survey and a longest-match scanner over a message.

All word-like evidence (option labels and synonyms, scale words, boolean words, city names) lives
in one lexicon per survey so that overlapping phrases are resolved once, by longest match: "光猫"
is fiber, not the pet "猫"; "不续约" is leaving, not "续约"; "没有宽带" is no internet, not a bare
"没有". Each hit also records whether it is negated ("不是月付", "not fiber") or said about the
past ("以前用邮寄支票"), which the resolvers use to honour negations and corrections.

Building the lexicon costs a few milliseconds, so it is cached per survey object.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.understanding.literal_gates import gated
from bot.understanding.normalize import Text, Token, is_cjk, spaced_apart, term_key
from bot.understanding.real_words import NOT_TYPO_TARGETS, REAL_WORDS

# Words that negate the phrase that follows them within the same clause ("neither male nor female"
# denies both).
_NEGATORS = frozenset(
    "不 没 非 别 未 无 not no never don't doesn't didn't isn't aren't wasn't weren't won't "
    "without neither nor dont doesnt isnt wont cannot can't zero none nobody".split()
)
# "it's", "that's": a contraction of "is", not a possessive of a lexicon word.
_CLITICS = ("'s", "'d", "'ll")
_PRONOUNS = frozenset("it he she that what who there here let where how this".split())
# Words ending in a negator character that negate nothing ("性别男" is "gender: male").
_NOT_NEGATING_WORDS = frozenset(
    "性别 区别 特别 分别 级别 告别 类别 个别 识别 差别 辨别 鉴别 除非".split()
)
# After these a negator is part of an idiom, not a negation ("can't wait to leave", "不得不换",
# "can't beat a good book": nothing is better).
_IDIOM_AFTER = frozenset("wait help beat".split())
# Rhetorical questions and sarcasm that deny what follows ("why would I leave?", "like anyone's
# renewing at these prices", "as if I'd stay").
_DENYING_PAIRS = frozenset(
    (("why", "would"), ("why", "should"), ("as", "if"), ("like", "anyone"), ("like", "anyone's"))
    # "why on earth would I leave", "why the hell would I renew"
    + (("earth", "would"), ("hell", "would"), ("earth", "should"))
)
# Words after which a phrase is about the past and no longer true.
_PAST = (
    "以前",
    "之前",
    "此前",
    "原来",
    "曾经",
    "过去",
    "老家",
    "家乡",
    "出生在",
    "原籍",
    "used to",
    "previously",
    "formerly",
    "before that",
    "hometown",
    "grew up",
    "originally",
    "was born",
    # a plan that belonged to an earlier moment ("at one point I was going to leave")
    "at one point",
    "was going to",
    "was gonna",
    "was planning to",
    "想过",
    # "back in my old house on copper", "back then it was DSL"
    "back in my",
    "back in our",
    "back then",
    "back when",
    # the country or town the respondent came from: "my old contract back home in Manila"
    "back home in",
)
# The respondent as the subject of a clause joined by "and" / "so" starts a new statement, which
# the past of the clause before does not reach ("I'm from Cork originally and I've lived in Leeds
# since": Leeds is now).
_SUBJECTS = frozenset("i i'm i've i'd i'll we we're we've we'll".split())
_COORDINATORS = frozenset("and so then".split())
# Two-character words that start a new statement, and words with 不 that negate nothing.
_RESET_PAIRS = frozenset("不过 但是 可是 只是 其实 而是 现在 后来 改成".split())
# ("还不如给娃报个班" is "better to", "不如" negates nothing)
# ("没事听听歌", "没事就去跑步": 没事 is "when free", no negation)
_NOT_NEGATING = frozenset(
    "不少 不管 不仅 不但 不错 不久 不断 不如 别的 别人 别家 别处 没事 没事儿".split()
)
# "也", "却", "又" after a negated verb or adjective start a second predicate of the same
# subject, "just" a second item: the negation stays with the first ("腰不好也跟我们住",
# "网速不好也不换" is staying; "no kids just a wife", but "not just a wife").
_NEW_PREDICATE = frozenset("也 却 又 just".split())
# Words that start a new statement: a negation before them does not reach past them.
_RESETS = frozenset(
    "而 但 但是 可是 只是 其实 but actually rather instead it's its now 现在 改".split()
)


@dataclass(frozen=True)
class Entry:
    """One reading of a phrase: `value` for `slot`; weak readings need the slot to be asked."""

    slot: str
    value: Any
    strong: bool = True
    kind: str = "option"  # option | scale | bool | yesno | city


@dataclass
class Hit:
    start: int  # character offsets in the lowercase message
    end: int
    first: int  # token indices
    last: int
    entries: list[Entry]
    negated: bool = False
    past: bool = False

    def for_slot(self, slot: str) -> list[Entry]:
        return [e for e in self.entries if e.slot == slot]


# A term written as an acronym in the survey ("DSL", "ADSL").
_ACRONYM = re.compile(r"[A-Z]{3,5}")


@dataclass
class Lexicon:
    phrases: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    max_len: dict[str, int] = field(default_factory=dict)  # first token -> longest phrase length
    vocab: set[str] = field(default_factory=set)  # English words of the lexicon
    fixes: dict[str, str] = field(default_factory=dict)  # typo (one edit away) -> vocabulary word
    # a five-letter word typed without an inner vowel ("womn"), read only as a one-word answer
    short_fixes: dict[str, str] = field(default_factory=dict)

    def add(self, term: str, entry: Entry) -> None:
        key = term_key(term)
        if not key:
            return
        if _ACRONYM.fullmatch(term):
            # an acronym is also typed letter by letter: "D S L", "D.S.L."
            self.add(" ".join(term.lower()), entry)
        bucket = self.phrases.setdefault(key, [])
        if any(e.slot == entry.slot and e.value == entry.value for e in bucket):
            # the same reading listed twice: keep the stronger one
            for i, e in enumerate(bucket):
                if (
                    e.slot == entry.slot
                    and e.value == entry.value
                    and entry.strong
                    and not e.strong
                ):
                    bucket[i] = entry
            return
        bucket.append(entry)
        self.max_len[key[0]] = max(self.max_len.get(key[0], 0), len(key))
        if entry.kind != "city":
            # place names are not typo targets: "dating" is not a misspelt "Daqing"
            self.vocab.update(
                t for t in key if t.isascii() and t.isalpha() and t not in NOT_TYPO_TARGETS
            )

    def add_all(self, terms: Iterable[str], entry: Entry) -> None:
        for term in terms:
            self.add(term, entry)

    def finish(self) -> None:
        """Index one-edit variants of longer English words so that "satisifed" still matches."""
        fixes: dict[str, str | None] = {}
        for word in self.vocab:
            if len(word) < 5:
                continue
            for variant in _deletions(word):
                if variant in self.vocab:
                    continue
                known = fixes.get(variant, word)
                fixes[variant] = word if known == word else None
        self.fixes = {k: v for k, v in fixes.items() if v is not None}
        short: dict[str, str | None] = {}
        for word in self.vocab:
            if len(word) != 5:
                continue
            for i in range(1, 4):
                variant = word[:i] + word[i + 1 :]
                if word[i] in "aeiou" and variant not in self.vocab:
                    short[variant] = word if short.get(variant, word) == word else None
        self.short_fixes = {k: v for k, v in short.items() if v is not None}

    def correct(self, word: str) -> str:
        if len(word) < 5 or word in self.vocab or word in REAL_WORDS or not word.isalpha():
            return word
        if word in self.fixes:
            return self.fixes[word]
        if len(word) < 6:
            return word  # a changed letter in a short word is often another word ("would", "works")
        for variant in _deletions(word):
            fixed = self.fixes.get(variant)
            if fixed is not None and fixed[0] == word[0] and _one_change(word, fixed):
                return fixed
        return word

    def _word(self, token: str) -> str:
        """The token as the lexicon knows it: typos fixed, a possessive 's dropped ("son's")."""
        if token.isascii() and token.isalpha():
            return self.correct(token)
        # Yorkshire "t'" is "the" and "'d", "'ll" a contraction: "t'wife'd tell you", "t'kids"
        if token.startswith("t'") and len(token) > 3 and token not in self.max_len:
            base = self._word(token[2:])
            if base in self.max_len:
                return base
        if token.endswith(_CLITICS) and token not in self.max_len:
            base = token[: token.rindex("'")]
            if base not in _PRONOUNS and base in self.max_len:
                return base
        return token

    def scan(self, text: Text) -> list[Hit]:
        """Non-overlapping phrase matches, longest first, with negation and past flags.

        Longer phrases win over shorter overlapping ones wherever they start, so "we don't" (a
        bare no) does not hide "don't have internet" that overlaps it.
        """
        words = [self._word(t.text) for t in text.tokens]
        n = len(words)
        if n == 1 and words[0] in self.short_fixes:
            words[0] = self.short_fixes[words[0]]  # "womn" as the whole answer
        for i in range(n - 1):
            if words[i] in _NUMBER_SWAPS and words[i + 1] in _TIME_UNITS:
                words[i] = _NUMBER_SWAPS[words[i]]  # "the tow year one"
        found: list[tuple[int, int, list[Entry]]] = []
        for i in range(n):
            longest = self.max_len.get(words[i], 0)
            for length in range(min(longest, n - i), 0, -1):
                entries = self.phrases.get(tuple(words[i : i + length]))
                if entries and not spaced_apart(text.tokens, i, length):
                    found.append((i, length, entries))
                    break
        taken = [False] * n
        chosen: list[tuple[int, int, list[Entry]]] = []
        for i, length, entries in sorted(found, key=lambda f: (-f[1], f[0])):
            if any(taken[i : i + length]):
                continue
            for k in range(i, i + length):
                taken[k] = True
            chosen.append((i, length, entries))
        chosen.sort(key=lambda f: f[0])
        hits: list[Hit] = []
        tokens = text.tokens
        for i, length, entries in chosen:
            hit = Hit(tokens[i].start, tokens[i + length - 1].end, i, i + length - 1, entries)
            slots = {e.slot for e in entries}
            hit.negated, hit.past = _context(text.low, words, tokens, i, slots, hits)
            if (
                hit.negated
                and (words[i] in _NEGATORS or words[i] in "就只" and words[i - 1] not in _NEGATORS)
                and all(e.kind == "bool" for e in entries)
                and not (i > 0 and words[i - 1] == "是")
            ):
                # "no gf no kids", "没老婆就我一个": a topic phrase that is itself a denial, or
                # "only me", lists one more item; the "no" before it belongs to the previous item
                # ("不是没有孩子" still denies it, and "不只有我" is more than me)
                hit.negated = False
            hits.append(hit)
        return hits


# A number word with two neighbouring letters swapped ("tow", "fiev"), read as the number only
# right before a unit of time ("tow year" is two years; a tow truck is none).
_NUMBER_SWAPS = {
    word[:i] + word[i + 1] + word[i] + word[i + 2 :]: word
    for word in "one two three four five six seven eight nine ten twelve eighteen".split()
    for i in range(len(word) - 1)
    if word[i] != word[i + 1]
}
_TIME_UNITS = frozenset("year years yr yrs month months mo mos week weeks".split())


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_change(word: str, fixed: str) -> bool:
    """Words of one length sharing a deletion are one letter changed ("satisfued") or two
    neighbours swapped ("satsified") only when they differ there; "singer" and "single" share
    "singe" but differ in two letters apart, so they are two words, not a typo."""
    diff = [i for i, (a, b) in enumerate(zip(word, fixed, strict=True)) if a != b]
    if len(diff) == 1:
        return True
    if len(diff) != 2:
        return False
    i, j = diff
    return j == i + 1 and word[i] == fixed[j] and word[j] == fixed[i]


def _context(
    low: str, words: list[str], tokens: list[Token], first: int, slots: set[str], hits: list[Hit]
) -> tuple[bool, bool]:
    """Is the phrase starting at token `first` negated, or said about the past?"""
    covered = {}
    for hit in hits[-3:]:
        if slots & {e.slot for e in hit.entries}:
            for k in range(hit.first, hit.last + 1):
                covered[k] = hit
    negated = False
    j = first - 1
    steps = 0
    while j >= 0 and steps < 4:
        word = words[j]
        if tokens[j].is_break or word in _RESETS:
            break
        if is_cjk(word[0]) and low[tokens[j].end : tokens[j + 1].start].isspace():
            break  # "没时间 娃睡了": a space between Chinese phrases ends the negation's reach
        if j in covered:
            # another phrase for the same slot stands between ("不是光纤是DSL"), unless it is a
            # denial ("没有光纤"; but "no wife just me", "no broadband just mobile data" list more)
            hit = covered[j]
            kinds = {"bool" if e.value == "none" else e.kind for e in hit.entries}  # a denial
            kinds = kinds if j == first - 1 and word.isascii() else set()
            negated = kinds != {"bool"} and any(w in _NEGATORS for w in words[hit.first : j + 1])
            break
        if words[max(0, j - 2) : j + 1] == ["不", "得", "不"]:
            break
        if word in _NEW_PREDICATE and j > 0 and words[j - 1] not in _NEGATORS:
            break  # "腰不好也跟我们住", "不想换也得换": the negation ended with the first verb
        if word in _NEGATORS and (
            (j > 0 and words[j - 1] + word in _NOT_NEGATING_WORDS)
            or (j + 1 < len(words) and words[j + 1] in _IDIOM_AFTER)
        ):
            j -= 1
            steps += 1
            continue
        if word == "不" and 0 < j < len(words) - 1 and words[j - 1] == words[j + 1]:
            j -= 1  # "续不续", "有没有": a question, not a negation
            steps += 1
            continue
        if word == "是" and j > 0 and words[j - 1] in ("不", "并不"):
            negated = True
            break
        if j > 0 and (words[j - 1], word) in _DENYING_PAIRS:
            negated = True
            break
        pair = words[j] + words[j + 1] if j + 1 < len(words) else word
        if j > 0 and words[j - 1] + word in _RESET_PAIRS:
            break
        if pair in _RESET_PAIRS:
            break
        if (
            word in _NEGATORS
            and pair not in _NOT_NEGATING
            and words[j - 1 : j + 2] != ["差", "不", "多"]
        ):
            negated = True
            break
        j -= 1
        steps += 1
    # the past ends where a new statement starts ("used to mail checks but now it's a transfer")
    clause_start = 0
    for k in range(first - 1, -1, -1):
        pair = words[k - 1] + words[k] if k > 0 else ""
        if tokens[k].is_break or words[k] in _RESETS or pair in _RESET_PAIRS:
            clause_start = tokens[k].end
            break
        if words[k] in _SUBJECTS and k > 0 and words[k - 1] in _COORDINATORS:
            clause_start = tokens[k].start  # "from Cork originally and I've lived in Leeds"
            break
    clause = low[clause_start : tokens[first].start]
    past = any(marker in clause for marker in _PAST)
    if not negated and (
        _RELUCTANT_BEFORE.search(clause)
        or (words[first][:1] in _CHANGE_VERBS and _NO_TIME_BEFORE.search(clause))
    ):
        negated = True  # "can't be bothered switching", "懒得换", "没空换": what one won't do
    return negated, past


# Reluctance right before an action denies it: "can't be bothered switching" (Scots "cannae"),
# "too busy to switch", "too set in my ways to change", "too good to leave", "not worth leaving
# over", "懒得换", "犯不着走", "没空换", "顾不上换".
_RELUCTANT_BEFORE = gated(
    r"(?:\b(?:can'?t|cannot|cannae|canna|couldn'?t|couldnae) be (?:bothered|arsed|asked)(?: to)?"
    r"|\bcba(?: to)?|\btoo (?:[\w'-]+ ){0,3}?[\w'-]+ to(?: be)?"
    r"|\bnot worth (?:the (?:hassle|bother|effort) (?:of )?)?"
    r"|懒得(?:折腾|费劲|再)?|犯不着|没必要|不值得)\s*$"
)
# No time, energy or know-how for a change: "没空换", "顾不上转网", "我老了，不晓得换", "不知道咋转"
# (but "没时间 娃睡了" is no time, and "没时间带娃" still has the child).
_NO_TIME_BEFORE = re.compile(
    r"(?:没(?:有)?(?:空|时间|精力|心思|工夫|功夫)|顾不上|不晓得(?:怎么|咋)?|不知道(?:怎么|咋))(?:去)?$"
)
_CHANGE_VERBS = frozenset("换转走续退改销撤跳")


def flags_at(text: Text, first: int, slot: str, hits: list[Hit]) -> tuple[bool, bool]:
    """(negated, past) for evidence found outside the lexicon, starting at token `first`."""
    words = [t.text for t in text.tokens]
    before = [h for h in hits if h.last < first]
    return _context(text.low, words, text.tokens, first, {slot}, before)
