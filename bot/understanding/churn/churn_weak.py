"""Churn-intent words too generic to fill the slot when another question was asked.

The survey's churn synonyms were broadened by class (staying, leaving and being unsure, in both
languages). Many of the new phrases answer "will you stay?" plainly but say something else in
passing: "hard to say" about a rating, "还没定" about a date, "照用" about a bill, "happy
where I am" about a city. Kept apart from `weak_phrases` (near its size limit); the model treats
them alike.
"""

from __future__ import annotations

CHURN_WEAK = frozenset(
    """
    照用 照旧用 续上 唔转 唔走 不好讲 难讲 还没定 没定 还没定下来 没拿定主意 还没拿定主意
    到时再算 到时候再算 到时再说 看看再讲 再讲吧 睇下先 睇下点 未谂好 未决定 未定 还在想 还在琢磨
    拿不准 换一家 不用你们了 携号转出去 看看再说
    """.split()
) | {
    "happy where i am",
    "happy where we are",
    "happy as i am",
    "re-sign",
    "continue",  # Singlish "sure continue lah"; in another answer it may go on with the chat
    "continue using",
    "carry on with you",
    "carrying on with you",
    "i'll carry on",
    "keep going with you",
    "still thinking",
    "still thinking about it",
    "could go either way",
    "in two minds",
    "of two minds",
    "haven't figured it out",
    "haven't worked it out",
    "time will tell",
    "too early to say",
    "too early to tell",
    "hard to say",
    "dunno yet",
    "idk yet",
    "not sure tbh",
    "yet to decide",
    "sitting on the fence",
    "weighing it up",
    "weighing things up",
    "mulling it over",
    "changing networks",
    "changing network",
    "change network",
    "change networks",
    "changing provider",
    "changing providers",
    "change provider",
    "change providers",
    "changing carriers",
    "change carriers",
    "port out",
    "porting out",
    "moving my number",
    "ditching you",
    "dumping you",
    "off to another provider",
    "going to another provider",
}
