"""Keywords of open answers per segment: jieba for Chinese, word splitting for English.

The score is a class-based TF-IDF: the share of a segment's answers that mention a term, times
how rare the term is across all answers. A term must appear in at least two answers of the
segment, so one talkative respondent cannot put words in a whole segment's mouth.
"""

from __future__ import annotations

import logging
import math
import re
import warnings
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer

from bot.privacy.names import mentions_name

CJK = re.compile(r"[\u3400-\u9fff]")
LATIN_WORD = re.compile(r"[a-z][a-z'\-]+")
STOP_EN = frozenset(
    """a about after again all also am an and any are as at be because been but by can could did
    do does don't dont for from get gets got had has have having i i'm im if in into is it it's
    its just keep keeps like me more most my no not of on one only or other our out really so
    some than that the their them then there these they this to too up us very was we were what
    when which while who why will with would you your yes much many lot lots even still ever
    always sometimes""".split()
)
STOP_ZH = frozenset(
    """的 了 是 我 你 他 她 它 们 我们 你们 在 有 和 就 都 也 很 太 还 又 吧 呢 啊 吗 嗯 哦 这 那
    这个 那个 一个 没有 不 就是 但是 而且 因为 所以 觉得 感觉 还是 比较 有点 一些 什么 怎么 时候
    经常 总是 一直 可以 然后 其实 已经 真的 非常 特别 每次 一下""".split()
)


@lru_cache(maxsize=1)
def _jieba() -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # its regexes predate Python 3.12
        import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def tokenize(text: str) -> list[str]:
    """Content words of one answer, lower-cased; Chinese via jieba, single characters dropped."""
    text = text.lower()
    tokens: list[str] = []
    if CJK.search(text):
        for token in _jieba().lcut(text):
            token = token.strip()
            if CJK.search(token) and len(token) >= 2 and token not in STOP_ZH:
                tokens.append(token)
    tokens.extend(w.strip("'-") for w in LATIN_WORD.findall(text) if w not in STOP_EN)
    return [t for t in tokens if len(t) >= 2 and t not in STOP_EN]


def segment_keywords(
    texts: pd.Series,
    labels: pd.Series,
    top: int = 8,
    min_answers: int = 2,
    names: frozenset[str] = frozenset(),
) -> dict[int, list[dict[str, Any]]]:
    """Top terms per segment from the answers in `texts` (aligned with `labels` by index); a
    term that is or contains one of the respondents' `names` is never one of them."""
    answers = texts.dropna().astype(str)
    answers = answers[answers.str.strip() != ""]
    out: dict[int, list[dict[str, Any]]] = {int(s): [] for s in pd.unique(labels)}
    if answers.empty:
        return out
    vectorizer = CountVectorizer(
        tokenizer=tokenize, lowercase=False, token_pattern=None, binary=True
    )
    try:
        counts = vectorizer.fit_transform(answers.tolist()).tocsr()
    except ValueError:  # no content words at all
        return out
    terms = np.asarray(vectorizer.get_feature_names_out())
    seg = labels.reindex(answers.index).to_numpy()
    total = np.asarray(counts.sum(axis=0)).ravel()
    n_answers = len(answers)
    for segment in out:
        rows = np.flatnonzero(seg == segment)
        if not len(rows):
            continue
        mentions = np.asarray(counts[rows].sum(axis=0)).ravel()
        share = mentions / len(rows)
        rarity = np.log1p(n_answers / np.maximum(total, 1))
        score = np.where(mentions >= min_answers, share * rarity, 0.0)
        for i in np.argsort(-score, kind="stable"):
            if len(out[segment]) == top or not (score[i] > 0 and math.isfinite(score[i])):
                break
            if not mentions_name(str(terms[i]), names):
                out[segment].append(
                    {
                        "term": str(terms[i]),
                        "answers": int(mentions[i]),
                        "score": round(float(score[i]), 4),
                    }
                )
    return out
