"""A partner who died or left, or a marriage that is over: "老伴前年去世了", "my husband passed
away", "separated from my wife", "was married, now it's just me", and a spouse named by a
respondent who says they are widowed ("I am widowed. My wife passed two years back").

Kept apart from `household`, which judges every household topic word, because these readings are
about what happened to one person: the words right before or after a partner word say that
person is gone.
"""

from __future__ import annotations

import re

from bot.understanding import others

# "没了" with a thing after it is a loss of that thing, not a death: "老公去年没了工作".
_LOST_THING = (
    r"(?!\s*(?:工作|耐心|钱|信号|网|工资|收入|消息|联系|兴趣|办法|脾气"
    # a part of the body lost, not the life: "出车祸没了一条腿"
    r"|一条|一只|半条|腿|胳膊|手|脚|眼睛|听力))"
)
# A spouse or partner who died or left is no partner ("老伴前年去世了", "lost my wife").
_GONE_AFTER = re.compile(
    # ("跟老伴搬走了": moved away together, no death)
    r"^[^,.;!?，。]{0,4}?(?:去世|过世|病逝|离世|(?<!搬)走了|不在了|没了"
    + _LOST_THING
    + r"|离婚|离了|分手|分了"
    # a break-up in slang, right after the partner ("跟对象掰了", "和男朋友早吹了", "被女朋友甩了";
    # not "老公掰了个橘子", "老婆吹了头发", "对象的店黄了")
    r"|^\s*(?:俩|两个|把我|把俺)?(?:早就?|已经|刚|都|也|就|又)?(?:闹)?(?:掰|吹|黄|散|甩)了"
    r"(?=\s*(?:$|[,，。.!！?？~～…]|[啊呀吧呗哈啦嘛呢]|[\d一二两三四五六七八九十几半]+(?:年|个月|天|周)))"
    # written and old-fashioned words for a death: "老伴于前年病故", "先夫已故", "老伴逝世后"
    r"|病故|亡故|已故|故去|逝世|仙逝|过身)"
    # a time said between, spaced or not: "老头子 前年冬天 没了", "老伴去年腊月就走了"
    r"|^\s*(?:是|就)?\s*(?:大?前年|去年|那年|早(?:几|些)年|前(?:几|些)年|上个?月|年前|年初|年底"
    r"|[\d〇零一二两三四五六七八九十几]+(?:年|个月)前?)(?:的)?(?:冬天|夏天|春天|秋天|年底|年初|过年"
    r"|腊月|正月|[\d一二三四五六七八九十]+月份?)?\s*(?:就|也|已经|都)?\s*(?:去世|过世|病逝|离世|走了"
    r"|不在了|没了" + _LOST_THING + ")"
    # plain "死了" ("俺男人死了好几年了"; not "累死了", "气死我了", "闹腾死了", "可爱死了": an
    # intensifier after a state)
    r"|^[^,.;!?，。]{0,3}?(?<![累忙气烦困饿热冷笑吵急愁闷疼痛懒馋腾闹皮吓挤臭爽美帅萌爱乐渴冻撑饱"
    r"辣咸甜酸受欢弃淘熊野丑])死了(?![我人])"
    # a cause of death between, with a time or not: "去年出车祸没了", "前年得肺癌走的", "因病去世"
    # (not "出车祸了，还在住院": no death said)
    # (nor "看完病走了", gone home from the doctor's; "差点没了", nearly)
    r"|^[^,.;!?，。]{0,8}?(?:车祸|事故|意外|癌|(?<!看)病|心梗|中风|脑溢血|溺水|工伤)"
    r"[^,.;!?，。]{0,3}?(?<!差点)(?<!险些)(?:去世|过世|离世|走了|不在了|没了"
    + _LOST_THING
    + r"|死了|没的|走的)"
    # Shanghainese "走掉了" ("老头子前年走掉了"; not "刚走掉", just gone out)
    r"|^[^,.;!?，。]{0,4}?(?<!刚)走掉(?:了|[\d一二两三四五六七八九十几]+年)"
    r"|^\s*(?:\w+\s+){0,2}?(?:passed away|passed on|died|left me|left us|walked out)\b"
    # "走的" after a time is a death ("老伴前年冬天走的", "零八年走的"), not a departure by some
    # means ("坐高铁走的") or a moment ("走的时候"); "走得早" is dying young. So is "没的" ("老伴
    # 前年没的"; not "那会儿没的选", "去年没的工作").
    r"|^(?:是|就|早就|已经|都)?[^,.;!?，。]{0,6}?(?:年|月|天|冬|春|夏|秋|前|后|病|那会儿?)(?:就|是)?"
    r"[走没]的(?=\s*(?:$|[了啊呀吧,.;!?，。]))|^\s*走得(?:早|急|突然)"
)
# "passed" alone is a death when a time or the clause's end follows it ("my husband passed two
# years ago", "my wife passed in 2019"), not when it has an object ("passed his driving test").
_PASSED_AFTER = re.compile(
    r"[^,.;!?]{0,16}?\bpassed(?:\s+(?:away|on))?(?=\s+(?:\w+\s+){0,3}?ago\b"
    # "passed two years back", "passed a few winters back" (not "passed two exams back then")
    r"|\s+(?:\w+\s+){0,2}?(?:years?|yrs|months?|weeks?|winters?|summers?)\s+back\b"
    r"|\s+(?:last|in|recently|suddenly|back"
    r"|during|this|earlier|before)\b|\s*(?:$|[,.;!])"
    # a clause of the respondent's own after it: "since my husband passed I took up pickleball"
    r"|\s+(?:i|we)\s+(?:took|started|joined|moved|got|have|had|just|only|mostly|began|live)\b)"
    # the verb unmarked, as in Jamaican patois ("mi husband pass on three years ago"; not "will
    # pass on the message")
    r"|\s*pass\s+(?:on|away)(?=\s+(?:\w+\s+){0,3}?ago\b|\s+(?:last|in|since)\b|\s*(?:$|[,.;!]))"
)
# A death said later in the clause, of "he" or "she": "my husband sorted the bills before he
# passed", "my wife did all that until she died" (not "before his dad passed", "since she passed
# her test").
_PASSED_LATER = re.compile(
    r"[^,.;!?]{0,60}?\b(?:before|until|till|since|after|when)\s+(?:he|she)\s+"
    r"(?:passed(?:\s+(?:on|away))?|died)(?=\s*(?:$|[,.;!?]|\b(?:and|but|so|in|last|\w+\s+years?\s+ago)\b))"
)
# "my husband's dead", "my wife is deceased", "hubby's no longer with us" (not "dead tired",
# "dead set against it", "my wife's deceased mother": a word about something else).
_DEAD_EN = re.compile(
    r"(?:(?<='s)|'s|\s+is|\s+has)\s+(?:been\s+)?(?:sadly\s+|long\s+)?(?:dead|deceased|died"
    r"|no longer with us)(?=\s*(?:$|[,.;!?)]|(?:and|but|so|now|since|for|over|nearly|almost|about"
    r"|these|many|some|a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|years?|yrs"
    r"|months?|ages|in|last|ago|too|lol|haha)\b))"
)
_HIS_WORDS = re.compile(r"husband|hubby|boyfriend|fianc[ée]\b|man\b|old man|fella|bloke")
_HER_WORDS = re.compile(r"wife|missus|missis|girlfriend|fianc[ée]e|woman|lady")


def _later_death(low: str, start: int, end: int) -> re.Match[str] | None:
    """A death said later of the pronoun that fits the partner word ("my husband… before he
    passed"; not "my husband… since she died", someone else)."""
    found = _PASSED_LATER.match(low, end)
    if found is None:
        return None
    word = low[start:end]
    pronoun_he = " he " in f" {found.group(0)} "
    if (pronoun_he and _HER_WORDS.search(word)) or (not pronoun_he and _HIS_WORDS.search(word)):
        return None
    return found


_GONE_BEFORE = re.compile(
    r"(?:\blost|\bseparated from|\bdivorced(?: from)?|\bsplit (?:up )?(?:from|with)"
    # ("separated from the wife", "split with me missus": the respondent's own, said offhand)
    r"|\bbroke up with|\bwidow of)\s*(?:(?:my|our|the|me|mi)\s+(?:ex[- ]?)?)?\s*$"
    r"|\b(?:my|our)\s+(?:late|dear departed|departed)\s+$"  # "my late husband"
    r"|\bex\s*$"  # "my ex-wife", "her ex husband"
)


# The respondent says they are widowed: "I am widowed", "widower here", "我丧偶", "守寡多年".
_WIDOWED = re.compile(
    r"(?:^|[,.;!?]\s*|\bi\s*(?:am|'m|m|was|been|'ve been)\s+(?:(?:now|a|recently|long|since)\s+)*)"
    r"widow(?:ed|er)?\b"
    r"|(?:^|[,，。;；!！?？\s]|我|俺|本人)(?:是|已经|早就?|也)*(?:丧偶|守寡|(?:是|成了|当了)(?:寡妇|鳏夫))"
)
_SPOUSE_WORD = re.compile(r"wife|husband|hubby|missus|spouse|老伴|老婆|老公|丈夫|妻子|爱人|媳妇")
# ... but has a spouse again: "widowed, remarried last year", "丧偶，后来再婚了"
_NEW_SPOUSE = re.compile(
    r"remarried|married again|new (?:wife|husband|partner)|second (?:wife|husband)"
    r"|(?:wife|husband) now\b|再婚|又结婚|再嫁|改嫁|续弦|后来的"
    r"|现在的(?:老伴|老婆|老公|丈夫|妻子|爱人)"
)


def widowed_spouse(low: str, start: int, end: int) -> bool:
    """The spouse word at `start`..`end` is the late spouse of a respondent who says they are
    widowed ("I am widowed. My wife passed during the monsoon", "widowed, my husband used to do
    the bills", "我丧偶，老伴以前管这些"); not when they married again ("widowed, remarried last
    year") or the widow is somebody else ("my mum is widowed, my wife looks after her")."""
    if "widow" not in low and "丧偶" not in low and "寡" not in low and "鳏" not in low:
        return False
    if _SPOUSE_WORD.search(low, start, end) is None or _NEW_SPOUSE.search(low):
        return False
    return _WIDOWED.search(low) is not None


def gone(low: str, start: int, end: int, *, marriage: bool) -> bool:
    """The person the topic word names has died or left ("my husband passed away"), or the
    respondent's marriage is over ("was married, now it's just me")."""
    if widowed_spouse(low, start, end):
        return True
    before = low[max(0, start - 24) : start]
    if marriage and _FORMERLY_BEFORE.search(before):
        return not _WEDDING_AFTER.match(low, end)
    gone_after = (
        _GONE_AFTER.search(low[end : end + 12])
        or _PASSED_AFTER.match(low, end)
        or _later_death(low, start, end)
        or _DEAD_EN.match(low, end)
    )
    if gone_after and others.mentions_anyone(gone_after.group(0)):
        gone_after = None  # "I take care of her since dad passed": another person died
    return bool(
        gone_after or _GONE_BEFORE.search(before) or _pronoun_gone(low, start, end, marriage)
    )


# A time before a death said in Chinese: "前年", "三年前", "去年冬天".
_TIME_ZH = (
    r"(?:大?前年|去年|那年|早(?:几|些)年|前(?:几|些)年|上个?月|年前|年初|年底"
    r"|[\d〇零一二两三四五六七八九十几]+(?:年|个月)前?)(?:的)?(?:冬天|夏天|春天|秋天|年底|年初"
    r"|过年|腊月|正月|[\d一二三四五六七八九十]+月份?)?"
)
# The next clause says "he" or "she" died: "结婚三十年，他前年走了", "跟老伴过了一辈子，她去年
# 没了", "married 30 years, she passed in 2019" ("走了" only with a time or "早", "已经": "他刚走
# 了" has just gone out; "他爸前年走了" is his father).
_PRONOUN_GONE = re.compile(
    r"(?P<between>[^,，。.;；!！?？]{0,20}[,，。.;；]\s*(?:可|但|可是|但是|只是|不过|and\s+|but\s+|sadly\s+)?)"
    r"(?:(?:他|她)(?![们爸妈哥姐弟妹家的儿女])(?:" + _TIME_ZH + r")?\s*(?:就|也|已经|早就?|都)?\s*"
    r"(?:去世|过世|病逝|离世|不在了|没了(?![工钱信网收消联兴办脾])|死了)"
    r"|(?:他|她)(?![们爸妈哥姐弟妹家的儿女])(?:(?:"
    + _TIME_ZH
    + r")\s*(?:就|也|已经|都)?|已经|早就?)"
    r"\s*(?:走了|走的)(?![,，\s]*(?:出差|去|回|上班|出门|打工|外地))"
    r"|(?:he|she)\s+(?:sadly\s+)?(?:passed(?:\s+(?:away|on))?|died)(?=\s*(?:$|[,.;!]|\w+\s+(?:\w+\s+)?ago\b"
    r"|(?:last|in|recently|suddenly|during|back|this|earlier)\b)))"
)


_WED = re.compile(r"结婚|已婚|领证|\bmarried\b")


def _pronoun_gone(low: str, start: int, end: int, marriage: bool) -> bool:
    """A marriage or a spouse word, then "he" or "she" dies in the next clause, with nobody else
    named between ("结婚三十年，他前年走了"; not "结婚三十年，我儿子说他…")."""
    if not (marriage or _SPOUSE_WORD.search(low, start, end) or _WED.search(low, start, end)):
        return False
    found = _PRONOUN_GONE.match(low, end)
    return found is not None and not others.mentions_anyone(found.group("between"))


# "I was married", "used to be married": no longer ("we were married in June" is the wedding).
_FORMERLY_BEFORE = re.compile(r"(?:^|\bi\s+|[,.;]\s*)(?:was|used to be|had been)\s+$")
# (but "I was married to my Dennis for fifty-one years" is a marriage that lasted and is over)
_WEDDING_AFTER = re.compile(
    r"\s+(?:in|on|at|last|by|\w+\s+years?\s+ago"
    r"|to(?![^,.;]{0,30}?\bfor\s+(?:\w+[- ])?\w+\s+(?:years?|decades?)\b))\b"
)
