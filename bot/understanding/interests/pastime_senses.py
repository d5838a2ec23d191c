"""Interest words that name no pastime of the respondent's, read around the word itself.

Asked for hobbies, people name activities that are their work ("I'm a music teacher",
"cooking is work, not a hobby", "I work at the gym", "我喺健身室返工", "我卖手机的", "I fix
computers at work"), that they dislike ("I hate travelling", "我对运动一点兴趣都没有", "打游戏？不
玩", "golf? never"), that they gave up ("我戒游戏好几年了", "健身卡不续了", "cancelled my gym
membership"), that the others at home do ("everyone's into football except me", "家里人都看球，就我
不看"), that they did once ("we watched a movie on the plane once"), that they wish for and do not
have the time or money for ("I wish I had time for the gym", "想去健身但没时间", "I'd love to travel
one day if I could afford it"), and words in a saying ("food for thought", "face the music",
"music to my ears", "fun and games", "I read you", "cooking the books", "吃醋", "吃瓜", "吃土"),
a title a name is likened to ("Fargo. yes like the movie"), a town of the name ("Reading. The
town, not the hobby"), a pastime said to be somebody
else's ("看球赛那是我爸的爱好", "golf is my husband's thing") and a device somebody bought
("手机是孙女给买的").
"""

from __future__ import annotations

import re

# The activity is the respondent's work: "cooking is work not a hobby", "旅游是工作", "不算爱好".
_WORK_AFTER = re.compile(
    r"[^.!?。！？]{0,16}?(?:\b(?:is|it'?s|that'?s)\s+(?:my\s+|just\s+|all\s+)?"
    r"(?:work|job|day job)\b"
    r"|\bnot (?:really )?a hobby\b|(?:就|只)?是(?:我的)?工作|不(?:算|是)(?:什么|啥)?(?:爱好|兴趣)"
    r"|\bfor (?:work|a living)\b)"
    # the job named right after the field: "music teacher", "a tech journalist"
    r"|\s*(?:teacher|tutor|instructor|journalist|reporter|critic|technician)s?\b"
)
# Working at the place: "I work at the gym", "在健身房上班", "我喺健身室返工".
# ... or in the field: "I work in tech", "works in fashion"; "在游戏公司做嘢", "在电脑厂上班".
_WORKPLACE_BEFORE = re.compile(
    r"\bwork(?:s|ing)?\s+(?:(?:at|in)\s+(?:a|an|the)\s+(?:local\s+)?|in\s+)$"
)
_AT_BEFORE = re.compile(r"(?:在|喺)$")
_WORKPLACE_AFTER = re.compile(r"(?:房|室|馆|店|中心|场|公司|厂)?(?:上班|工作|打工|返工|做嘢|做事)")
# The field of a working day, named bare after the job: "I work in IT so tech all day",
# "I'm a nurse, so people all day" (not "I work from home so I play games all day": a verb).
_WORKDAY_BEFORE = re.compile(r"\bwork(?:s|ing)?\b[^.!?]{0,40}?(?:\bso|,)\s+$")
_ALL_DAY_AFTER = re.compile(r"\s+all day\b")
# Done until sick of it, no pastime: "天天做饭做到吐", "看电脑看得想吐", "sick of cooking".
_SICK_AFTER = re.compile(r"[^,，。;；]{0,3}?(?:到|得)(?:想|要|快)?(?:吐|反胃|恶心)")
_SICK_BEFORE = re.compile(r"\b(?:sick|tired|fed up|sick and tired) (?:of|with)\s+(?:the\s+)?$")
# Selling or repairing it for a living: "我卖手机的", "I fix computers at work", "天天上班修电脑".
_TRADE_BEFORE = re.compile(r"卖$|\bsell(?:s|ing)?\s+$")
_REPAIR_BEFORE = re.compile(
    r"(?:上班|工作)[^,，。]{0,2}修$|\b(?:fix|fixes|fixing|repair(?:s|ing)?)\s+$"
)
_AT_WORK_AFTER = re.compile(r"[^,.;!?]{0,6}?\b(?:at work|for work|for a living)\b")
# Disliked: "I hate travelling", "我最讨厌旅游", "我对运动一点兴趣都没有".
_DISLIKED_BEFORE = re.compile(
    r"\b(?:hate|hates|hating|detest|detests|loathe|loathes|despise|despises)\s+(?:the\s+)?$|讨厌$"
)
_NO_INTEREST_AFTER = re.compile(
    r"(?:一点|丝毫|完全|真的)?(?:都|也)?(?:没|不感)(?:有|啥|什么)?兴趣|(?:一点|丝毫)?兴趣(?:都|也)没有?"
)
# Echoed and turned down: "打游戏？不玩", "golf? never", "video games? nah".
_REFUSED_AFTER = re.compile(
    r"\s*[?？]+\s*(?:(?:我|俺)?(?:从来|根本|才)?不(?:玩|打|看|去|听|练|踢|弹|唱)(?:的|啊|哦|呢)?"
    r"|never|nah|nope|no way)(?=\s*(?:$|[,.;!?，。！？~…]|not really\b))"
)
# Given up: "我戒游戏好几年了", "健身卡一月份就不续了", "cancelled my gym membership".
_QUIT_BEFORE = re.compile(r"戒(?:了|掉)?$|\b(?:cancell?ed|quit|dropped)\s+(?:my|the)\s+$")
_LAPSED_AFTER = re.compile(r"(?:卡|会员)[^,，。]{0,8}?(?:不续|没续|退了|停了)")
# The others at home do it, not the respondent: "everyone … into football except me".
_EXCEPT_ME_AFTER = re.compile(
    r"[^.!?。！？]{0,30}?(?:\b(?:except|apart from|other than)\s+(?:for\s+)?me\b|\bbut not me\b"
    r"|就我不|只有我不|就我没)"
)
# Done once, in the past: "we watched a movie on the plane once".
_PAST_VERB_BEFORE = re.compile(r"\b(?:watched|saw|went|played|tried|did|had)\b[^,.;!?]{0,20}$")
_ONCE_AFTER = re.compile(r"[^,.;!?]{0,30}?\bonce\b(?!\s+(?:a|an|every|or|in|per|more|again)\b)")
# Wished for and out of reach: "I wish I had time for the gym", "想去健身但没时间", "I'd love to
# travel one day if I could afford it", "有钱了想去旅游".
_WISH_BEFORE = re.compile(
    r"\bwish (?:i|we) (?:had (?:more\s+)?(?:time|money) for|could)\s+(?:the\s+|a\s+)?$"
    r"|(?:有钱|发财|中了?彩票)了?(?:就|再)?(?:想|要)?去?$"
)
_WANT_BEFORE = re.compile(r"想(?:去|学|玩)?$|\bi'?d (?:love|like) to\s+$")
_OUT_OF_REACH_AFTER = re.compile(
    r"[^。!?！？]{0,8}?(?:但|可是|就是|可)(?:是)?(?:没|沒)(?:有)?(?:时间|空|钱)"
    r"|[^.!?]{0,30}?\b(?:one day|someday|some day|if i (?:could|had|ever))\b"
)
# Sayings: "food for thought", "face the music", "music to my ears", "fun and games", "I read you
# loud and clear", "cooking the books", "吃醋", "吃瓜", "吃土".
_SAYING_AFTER = re.compile(r"\s+for thought\b|\s+to (?:my|your|our) ears\b")
_SAYING_BEFORE = re.compile(r"\bface the\s+$|\bfun and\s+$|\bcooking the\s+$")
# A name likened to a title, no pastime: "Fargo. yes like the movie", "Forrest, like the film",
# "as in the song" (but "I like the movies", "yes I like the films").
_LIKENED_BEFORE = re.compile(
    r"^\s*(?:(?:yes|yeah|yep|yup|ya|aye|yes yes|haha|lol|ok|just)[\s,]*)*"
    r"(?:like|as in|same as)\s+(?:in\s+)?(?:the|that)\s+$"
)
_TITLE_WORDS = frozenset(("movie", "film", "song", "book", "show", "tv show", "series", "musical"))
# Sayings tied to one word: "I read you", "cooking the books", "吃醋", "吃瓜", "吃土".
_SAYINGS_OF = {
    "read": re.compile(r"\s+you\b"),
    "cooking": re.compile(r"\s+the books\b"),
    "吃": re.compile(r"醋|瓜|土|亏|力|惊|苦|不消|软饭|闭门羹|官司|罚单"),
}

# Somebody else's pastime, said after it: "看球赛那是我爸的爱好", "golf is my husband's thing"
# (not "看球是我的爱好", "看球是我和我爸的爱好").
_KIN_ZH = (
    r"(?:老?爸|老?妈|爸爸|妈妈|老公|老婆|老伴儿?|媳妇儿?|儿子|闺女|女儿|孩子|娃|哥哥?|姐姐?|弟弟?"
    r"|妹妹?|爷爷|奶奶|姥爷|姥姥|外公|外婆|孙子|孙女|对象|男朋友|女朋友|室友|同事|朋友)"
)
_KIN_EN = (
    r"(?:husband|hubby|wife|missus|dad|mum|mom|father|mother|son|daughter|kids?|brother|sister"
    r"|partner|boyfriend|girlfriend|bf|gf|other half|grandson|granddaughter|grandkids)"
)
_OTHERS_AFTER = re.compile(
    r"[^,，。;；!！?？]{0,4}?(?:那|这)?(?:都|只)?(?:是|算是)(?:我|俺)(?:家)?"
    + _KIN_ZH
    + r"(?:的)?(?:爱好|兴趣|事儿?|最爱)"
    r"|(?:'s|\s+is)?\s+(?:more\s+|really\s+|all\s+)?(?:my|our)\s+"
    + _KIN_EN
    + r"(?:'s|s')\s+(?:thing|hobby|passion|department|game)\b"
)
# A device as a thing somebody bought or set up, no hobby: "手机是孙女给买的", "电脑是儿子给装的".
_GIFTED_AFTER = re.compile(r"(?:是|都是)?[^,，。;；!！?？]{0,6}?给(?:我|俺)?(?:买|送|装|配|挑)的")
_DEVICES = frozenset(("手机", "电脑", "平板"))


def not_pastime(low: str, start: int, end: int, before: str) -> bool:
    """The interest word at `start`..`end` (`before`: its clause up to it) names no pastime."""
    return bool(
        _WORK_AFTER.match(low, end)
        or _WORKPLACE_BEFORE.search(before)
        or (_WORKDAY_BEFORE.search(before) and _ALL_DAY_AFTER.match(low, end))
        or _SICK_AFTER.match(low, end)
        or _SICK_BEFORE.search(before)
        or (_AT_BEFORE.search(before) and _WORKPLACE_AFTER.match(low, end))
        or _TRADE_BEFORE.search(before)
        or (_REPAIR_BEFORE.search(before) and (_AT_WORK_AFTER.match(low, end) or "修" in before))
        or _DISLIKED_BEFORE.search(before)
        or (before.endswith("对") and _NO_INTEREST_AFTER.match(low, end))
        or _REFUSED_AFTER.match(low, end)
        or _QUIT_BEFORE.search(before)
        or _LAPSED_AFTER.match(low, end)
        or _EXCEPT_ME_AFTER.match(low, end)
        or (_PAST_VERB_BEFORE.search(before) and _ONCE_AFTER.match(low, end))
        or _WISH_BEFORE.search(before)
        or (_WANT_BEFORE.search(before) and _OUT_OF_REACH_AFTER.match(low, end))
        or _SAYING_AFTER.match(low, end)
        or _SAYING_BEFORE.search(before)
        or (low[start:end] in _TITLE_WORDS and _LIKENED_BEFORE.search(before) is not None)
        or _saying_of(low, start, end)
        or _OTHERS_AFTER.match(low, end)
        or (low[start:end] in _DEVICES and _GIFTED_AFTER.match(low, end) is not None)
        or _PLACE_MEANT_AFTER.match(low, end)  # "Reading. The town, not the hobby"
    )


# The word said to be a place's name, not the pastime: "Reading. The town, not the hobby".
_PLACE_MEANT_AFTER = re.compile(
    r"[^!?]{0,24}?(?:\bthe (?:town|city|place)\b[^!?]{0,6}?\bnot\b|\bnot the (?:hobby|pastime"
    r"|activity)\b)"
)


def _saying_of(low: str, start: int, end: int) -> bool:
    after = _SAYINGS_OF.get(low[start:end])
    return after is not None and after.match(low, end) is not None
