"""A question about what counts, closed by a space rather than a question mark, then an answer.

Chinese chat often ends a question with a space or an emoji (which `normalize` drops) instead of
"？": "做直播算不算爱好😂 平时就爱拍视频", "打麻将算吗 平时就爱听歌". `replies.is_question_back`
splits clauses on punctuation only and would take the whole message for a question back; the
words after the space are a clause of their own and answer the question. A question alone ("我家
狗 算不算", "算不算爱好") still asks only.
"""

from __future__ import annotations

import re

_TRIGGERS = ("算", "意思")
# the question, a few words it is about ("爱好"), a particle, then a space and at least two
# Chinese characters
_ASKED_THEN_SAID = re.compile(
    r"(?:算不算|算吗|算么|怎么算|什么意思|啥意思)[\u4e00-\u9fff]{0,4}?(?:吗|呢|啊|呀)?"
    r"\s+(?=[\u4e00-\u9fff]{2})"
)


def goes_on(low: str) -> bool:
    """After a question about what counts, closed by a space, the message says more."""
    return any(t in low for t in _TRIGGERS) and _ASKED_THEN_SAID.search(low) is not None
