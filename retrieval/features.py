"""Text to sparse features for the offline embedder, plus a lexicon sentiment score.

Short survey answers in two languages need different units: Chinese has no spaces, so character
2- and 3-grams catch words jieba splits differently ("网速慢" / "网速很慢"), and jieba words add
whole-word matches; English gets lightly stemmed words, word bigrams, and character 3- and 4-grams
that survive plurals and typos. Concept features (lexicon.yaml) join paraphrases and the two
languages. Each family is normalised on its own before weighting, so a long answer's many
character n-grams cannot drown out its few concept and word features.

Speed: the per-text work is plain Python, so what repeats across answers is computed once. jieba
is run per block (a run of Chinese letters and ASCII word characters, exactly how jieba itself
splits a text before segmenting it) behind a bounded cache, and English stems and character
n-grams are cached per word. Survey answers reuse phrases and vocabulary heavily, so most blocks
and words are seen before; the features are the same as computing everything afresh.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

# Bump when the features change: collections built with another version must be re-embedded.
FEATURE_VERSION = 1

# Weights per feature family, applied after each family is L2-normalised.
WEIGHTS: dict[str, float] = {
    "c": 1.0,  # concepts
    "z2": 0.8,  # Chinese character bigrams
    "z3": 0.5,  # Chinese character trigrams
    "zw": 0.8,  # jieba words
    "w": 1.0,  # English words (stemmed)
    "b": 0.5,  # English word bigrams
    "g": 0.5,  # English character n-grams
}

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_HAS_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class _Phrase:
    concept: str
    polarity: int  # 0 topic word, 1 complaint word (~), -1 praise word (+)


@dataclass(frozen=True)
class Lexicon:
    zh_phrases: dict[str, _Phrase]
    zh_pattern: re.Pattern[str]
    en_phrases: dict[str, _Phrase]
    en_pattern: re.Pattern[str]
    negations_zh: tuple[str, ...]
    negations_en: frozenset[str]
    stop_zh: frozenset[str]
    stop_en: frozenset[str]
    sentiment_pattern: re.Pattern[str]
    negative: frozenset[str]


def _alternation(phrases: list[str], *, words: bool) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(re.escape(p) for p in ordered) or "(?!)"
    return re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])" if words else f"(?:{body})")


def _phrase(raw: str, concept: str) -> tuple[str, _Phrase]:
    polarity = {"~": 1, "+": -1}.get(raw[:1], 0)
    return raw.lstrip("~+").lower(), _Phrase(concept, polarity)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data: dict[str, Any] = yaml.safe_load(
        (resources.files("retrieval") / "lexicon.yaml").read_text(encoding="utf-8")
    )
    zh: dict[str, _Phrase] = {}
    en: dict[str, _Phrase] = {}
    for concept, langs in data["concepts"].items():
        for raw in [*langs.get("zh", []), *langs.get("en", [])]:
            key, phrase = _phrase(str(raw), concept)
            if _HAS_CJK.search(key):
                zh.setdefault(key, phrase)
            else:  # Latin words inside the Chinese list ("wifi", "app") match as English words
                en.setdefault(" ".join(stem(t) for t in _LATIN.findall(key)), phrase)
    negative = [str(w).lower() for w in data["negative"]]
    positive = [str(w).lower() for w in data["positive"]]
    return Lexicon(
        zh_phrases=zh,
        zh_pattern=_alternation(list(zh), words=False),
        en_phrases=en,
        en_pattern=_alternation(list(en), words=True),
        negations_zh=tuple(sorted((str(n) for n in data["negations_zh"]), key=len, reverse=True)),
        negations_en=frozenset(str(n) for n in data["negations_en"]),
        stop_zh=frozenset(str(w) for w in data["stopwords_zh"]),
        stop_en=frozenset(str(w) for w in data["stopwords_en"]),
        sentiment_pattern=re.compile(
            "|".join(re.escape(w) for w in sorted(negative + positive, key=len, reverse=True))
        ),
        negative=frozenset(negative),
    )


def normalize(text: str) -> str:
    """Full-width to half-width, lower case, one space between words."""
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A deliberately light English stemmer: enough to join 'charges'/'charged'/'charging'."""
    word = word.replace("'", "")
    if len(word) <= 4:
        return word
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + keep
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # stopp(ed) -> stop, dropp(ing) -> drop
    return word


_jieba_lock = threading.Lock()
_jieba: Any = None


def _tokenizer() -> Any:
    """One private jieba tokenizer (loaded once), so other modules' custom words do not leak in."""
    global _jieba
    if _jieba is None:
        with _jieba_lock:
            if _jieba is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tokenizer = jieba.Tokenizer()
                tokenizer.initialize()
                for phrase in lexicon().zh_phrases:
                    if len(phrase) >= 2:
                        tokenizer.add_word(phrase, freq=2000)
                _jieba = tokenizer
    return _jieba


# jieba's own block pattern (`jieba.re_han_default`): it segments each match on its own and yields
# every other character singly, so cutting block by block gives exactly its whole-text result.
_JIEBA_BLOCK = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")
CACHE_SIZE = 65536  # blocks and words remembered (a few MB)


@lru_cache(maxsize=CACHE_SIZE)
def _block_words(block: str) -> tuple[str, ...]:
    """jieba's words (dictionary only, no HMM) in one block: Chinese ones, stopwords dropped."""
    stop = lexicon().stop_zh
    words = _tokenizer().cut(block, HMM=False)  # HMM: 3x the time, same recall
    return tuple(w for w in words if w not in stop and _HAS_CJK.search(w))


def _jieba_words(text: str, stop: frozenset[str]) -> Counter[str]:
    """Counts of the Chinese words jieba finds in `text` (as `lcut(text, HMM=False)` would)."""
    counts: Counter[str] = Counter()
    for i, block in enumerate(_JIEBA_BLOCK.split(text)):
        if i % 2:  # the pattern's matches sit at odd positions
            counts.update(_block_words(block))
        else:  # characters jieba passes through one by one (rare CJK, punctuation, spaces)
            counts.update(ch for ch in block if ch not in stop and _HAS_CJK.match(ch))
    return counts


@lru_cache(maxsize=CACHE_SIZE)
def _char_grams(token: str) -> tuple[str, ...]:
    """Character 3- and 4-grams of a word, with `<` and `>` marking its ends."""
    padded = f"<{token}>"
    return tuple(padded[i : i + 3] for i in range(len(padded) - 2)) + tuple(
        padded[i : i + 4] for i in range(len(padded) - 3)
    )


def jieba_cache_info() -> Any:
    """Hits, misses and size of the jieba block cache (`functools` cache statistics)."""
    return _block_words.cache_info()


def clear_caches() -> None:
    """Forget the cached jieba blocks, stems and n-grams (for measurements)."""
    _block_words.cache_clear()
    _char_grams.cache_clear()
    stem.cache_clear()


# 1 + ln(n) for small counts, the same floats math.log gives, without the call per feature.
_SUBLINEAR = [0.0] + [1.0 + math.log(n) for n in range(1, 64)]


def _zh_negated(text: str, start: int, negations: tuple[str, ...]) -> bool:
    before = text[max(0, start - 3) : start]
    return any(before.endswith(n) for n in negations)


def _concepts(text: str, stems: list[str], lex: Lexicon) -> Counter[str]:
    found: Counter[str] = Counter()

    def add(phrase: _Phrase, negated: bool) -> None:
        polarity = -phrase.polarity if negated else phrase.polarity
        found[phrase.concept] += 1
        if polarity:
            found[f"{phrase.concept}{'+' if polarity > 0 else '-'}"] += 1

    for match in lex.zh_pattern.finditer(text):
        add(lex.zh_phrases[match.group()], _zh_negated(text, match.start(), lex.negations_zh))
    if stems:
        joined = " ".join(stems)
        offsets = [0]
        for token in stems[:-1]:
            offsets.append(offsets[-1] + len(token) + 1)
        for match in lex.en_pattern.finditer(joined):
            index = sum(1 for offset in offsets if offset <= match.start()) - 1
            window = stems[max(0, index - 3) : index]
            add(lex.en_phrases[match.group()], any(w in lex.negations_en for w in window))
    return found


def _family(counts: Counter[str], prefix: str, out: dict[str, float]) -> None:
    """Sublinear term frequency, L2-normalised within the family, times the family weight."""
    if not counts:
        return
    table = _SUBLINEAR
    scaled = [table[n] if n < 64 else 1.0 + math.log(n) for n in counts.values()]
    norm = math.sqrt(sum(v * v for v in scaled))
    weight = WEIGHTS[prefix] / norm
    tag = f"{prefix}:"
    for key, value in zip(counts, scaled, strict=True):
        out[tag + key] = value * weight


def analyze(text: str, *, concepts: bool = True) -> dict[str, float]:
    """Weighted features of one text; `concepts=False` is the plain-n-gram ablation."""
    lex = lexicon()
    text = normalize(text)
    stems = [stem(t) for t in _LATIN.findall(text)]
    content = [s for s in stems if s not in lex.stop_en]
    z2: Counter[str] = Counter()
    z3: Counter[str] = Counter()
    for run in _CJK.findall(text):
        z2.update([run[i : i + 2] for i in range(len(run) - 1)])
        z3.update([run[i : i + 3] for i in range(len(run) - 2)])
        if len(run) == 1 and run not in lex.stop_zh:
            z2[run] += 1
    zw = _jieba_words(text, lex.stop_zh) if z2 else Counter()
    grams: Counter[str] = Counter()
    for token in content:
        grams.update(_char_grams(token))
    out: dict[str, float] = {}
    if concepts:
        _family(_concepts(text, stems, lex), "c", out)
    _family(z2, "z2", out)
    _family(z3, "z3", out)
    _family(zw, "zw", out)
    _family(Counter(content), "w", out)
    _family(Counter(f"{a} {b}" for a, b in zip(content, content[1:], strict=False)), "b", out)
    _family(grams, "g", out)
    return out


def sentiment(text: str) -> float:
    """Polarity in [-1, 1] from lexicon words; a negation just before flips a word (不好)."""
    lex = lexicon()
    text = normalize(text)
    score = 0
    hits = 0
    for match in lex.sentiment_pattern.finditer(text):
        word = match.group()
        value = -1 if word in lex.negative else 1
        before = text[max(0, match.start() - 6) : match.start()]
        if _zh_negated(text, match.start(), lex.negations_zh) or any(
            f"{n} " in before[-len(n) - 1 :] or before.endswith(f"{n} ")
            for n in ("not", "no", "never", "n't")
        ):
            value = -value
        score += value
        hits += 1
    return 0.0 if hits == 0 else round(score / hits, 3)
