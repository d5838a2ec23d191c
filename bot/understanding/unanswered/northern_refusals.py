"""Refusals in Northern voices, and a kind of topic said not to be told.

Northeastern and Beijing speech says "唠" for "聊" (to chat) and "甭" for "别" / "不用" (needn't):
"这个就不跟你唠了吧", "爱好这个就不唠了哈", "不唠这个", "名字就甭说了哈", "年龄甭提了",
"甭说了" as the whole answer. Each closes the answer (only fillers after it), so "不唠了，我得去
接孩子" (a goodbye with more said) and "回头再跟你唠" (put off) decline nothing. Not "唠叨" (to
nag: "我老婆不唠叨"), not a chat stopped as a pastime ("以前爱跟邻居唠嗑，后来就不唠了", an
answer to the interests question), and not a bare "甭提了", which after an answer is a sigh
("刚离，甭提了") and alone a gripe ("甭提了，天天断网").

A kind of topic the respondent does not tell, as the last words: "这个涉及钱的不说", "涉及银行卡
的我都不说", "跟钱有关的一律不谈" (not "涉及钱的都是我老公管", "关于网速的不说了，价格还行").

Searched only when a cheap literal is in the message.
"""

from __future__ import annotations

import re

_TRIGGER = re.compile(r"唠|甭|涉及|关于|有关|相关|牵扯")

# Fillers and marks that may close the answer after the refusal.
_END = r"(?=[了啦咯哈吧啊呀哦嘛呗喽]*\s*[。.!！~…]*\s*$)"
# The topic named before "甭…": "名字就甭说了", "这个甭提了", "家里的事就甭唠了".
_TOPIC = (
    r"(?:这个问题|这个|这题|这事儿?|这些|这块|名字|姓名|称呼|年龄|年纪|岁数|多大|收入|工资|住址|地址"
    r"|住哪儿?|打分|评分|评价|爱好|兴趣|感情|婚姻|对象|孩子|家里|家庭|钱|[\u4e00-\u9fff]{1,6}?的事(?:儿|情)?)"
)

_NORTHERN = re.compile(
    # "就不唠了", "不跟你唠了", "不和你们唠这个", "咱不唠这些" (not "唠叨", "唠嗑")
    r"(?:就|也|还是|先|咱|咱们|我|俺)?不(?:想|愿意?)?(?:跟|和|同|给)?(?:你|您)?们?(?:多|细)?唠"
    r"(?![叨嗑])(?:这个|这些|这事儿?)?(?:了|啦|咯)?"
    + _END
    # the topic, then "甭说了": "名字就甭说了哈", "这个甭提了", "年龄就甭唠了"
    + r"|"
    + _TOPIC
    + r"(?:嘛|呢|的话)?[,，]?(?:我|俺|咱)?(?:就|也|还是)?甭(?:说|提|讲|唠|聊)(?:了|啦|咯)?"
    + _END
    # "甭说了" as the whole answer (a bare "甭提了" is a sigh, see above)
    + r"|^(?:[\s,，。.~…]|嗯|哎|唉|嗐|害)*甭(?:说|讲|唠|聊)(?:了|啦|咯)"
    + _END
)
# A chat had as a pastime before the stop: "以前爱跟邻居唠嗑，后来就不唠了".
_CHAT_PASTIME = re.compile(r"唠嗑|唠家常|唠闲嗑|唠唠|拉呱")

_TOUCHED = re.compile(
    # "涉及钱的不说", "跟钱有关的一律不谈", "关于收入的我就不透露了"
    r"(?:涉及(?:到)?|关于|牵扯(?:到)?|关系到)[^,，。!！?？]{1,8}?的(?:事(?:情|儿)?|东西|问题|信息)?"
    r"|(?:跟|和|与)[^,，。!！?？]{1,6}?(?:有关|相关)的(?:事(?:情|儿)?|东西|问题|信息)?"
)
_NOT_TOLD = re.compile(
    r"(?:我|俺)?(?:一律|一概|都|就|也|可|从来|向来|一般|还是)*不(?:说|讲|聊|谈|提|答|回答|透露|唠"
    r"|告诉|公开)" + _END
)


def northern_refusals(low: str) -> list[re.Match[str]]:
    """Every refusal of these kinds in the (lower-cased) message."""
    if _TRIGGER.search(low) is None:
        return []
    found = [
        m
        for m in (_NORTHERN.finditer(low) if "唠" in low or "甭" in low else ())
        if "甭" in m.group() or not _CHAT_PASTIME.search(low, 0, m.start())
    ]
    if "不" not in low:
        return found
    for m in _TOUCHED.finditer(low):
        told = _NOT_TOLD.match(low, m.end())
        if told is not None:
            found.append(told)
    return found
