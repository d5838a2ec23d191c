"""Everyday forms of the survey's pastime words that the synonym lists do not spell out.

People name a pastime in the plural ("bbqs with the family", "gigs") and, in Chinese, split a
verb and its object with a measure word ("偶尔也追个剧", "周末打个球", "看个电影"). The lexicon
matches whole phrases only, so these forms are added beside each synonym of a multiple-choice
slot: the plural of a one-word English noun, and the verb-个-object form of a short Chinese
verb phrase, with its "了 + amount" form ("拍了好多照片": much of it done is the pastime too).
Verbs are not pluralised ("reads", "sings" are somebody else doing it).
"""

from __future__ import annotations

# Verbs that open a Chinese pastime phrase and take "个" before their object ("追个剧").
_ZH_VERBS = frozenset("看追刷打踢唱听玩逛爬做下跑骑滑拍遛撸钓")
# English synonyms that are verbs, whose "-s" form is somebody else's habit.
_EN_VERBS = frozenset("read sing cook bake exercise continue".split())
# Amounts that split a Chinese pastime phrase told as done often ("拍了好多照片", "看了不少书").
_MANY = ("好多", "很多", "不少", "好些", "一堆")


def variants(term: str) -> list[str]:
    """Extra forms of one pastime synonym (possibly none)."""
    if term.isascii():
        word = term.lower()
        if (
            word.isalpha()
            and len(word) >= 3
            and word not in _EN_VERBS
            and not word.endswith(("s", "x", "ing", "ed", "y"))
        ):
            return [word + "s"]
        return []
    if 2 <= len(term) <= 4 and term[0] in _ZH_VERBS and term[1] not in "个会了":
        verb, obj = term[0], term[1:]
        return [verb + "个" + obj] + [verb + "了" + many + obj for many in _MANY]
    return []
