"""Chinese answers to the complaint question that are about something else, though they use the
question's own words.

"不满意" and "投诉" are words of a grievance, but echoed from the question they name none:
"不满意的地方？我对我的发际线最不满意😂", "要说不满意，就是我自己工资太低哈哈" joke about the
respondent's own life; "老板天天画大饼 这个能投诉吗哈哈", "我老婆嫌我回家太晚，这个你们管不了吧"
tell of somebody else and ask whether that counts. With the echo and the question set aside, what
is left names neither the service nor a fault of it and is about another person or the
respondent's own life: no answer, and no flag. "网老断，这个能投诉吗", "要说不满意，就是网速太慢",
"我老婆嫌网太慢，这个你们管不了吧" stay complaints.

A question how to complain, said without its question mark ("要投诉的话打哪个电话", "投诉电话是
多少"), asks and answers nothing either.
"""

from __future__ import annotations

import re

from bot.understanding.complaints.grievances import FAULT, SERVICE, about_other

# The question's words echoed: "不满意的地方？", "要说不满意", "最不满意", "不满".
_ECHO = re.compile(
    r"(?:你说的?|你问的?|问我)?不满意的地方(?:嘛|呢|啊)?[?？]*|(?:真|硬|非)?要说(?:不满意?|不满|的话)(?:的话)?(?:嘛|呢)?"
    r"|(?:最|有点|很|挺|特别|非常)?不满意?(?:的)?(?:就是|是)?"
)
# Whether this counts, asked at the end: "这个能投诉吗", "这个你们管不了吧", "这个算不算".
_COUNTS = re.compile(
    r"(?:这个|这种事?|这事儿?|这|那)?(?:你们)?(?:也)?(?:能|可以|能不能|可不可以|会)?(?:归你们)?"
    r"(?:投诉|管|解决|处理)(?:吗|么|嘛|不了吧|不了吗|不了|得了吗|得了吧|不)?"
    r"|(?:这个|这|那)?(?:也)?(?:算不算|算吗|也算吗)(?:不满意?|投诉)?"
)
# Laughter and joking faces.
_LAUGH = re.compile(r"哈{2,}|嘿嘿|呵呵|😂|🤣|😅|😆|😄|🙃|[\s,，。.!！~～…?？吧啊呀]")
# The respondent's own life: pay, looks, body, studies.
_OWN_LIFE = re.compile(
    r"工资|薪水|收入|奖金|发际线|头发|掉发|脱发|体重|身材|肚子|颜值|长相|身高|记性|脑子|存款|钱包|运气|睡眠"
    r"|失眠|视力|加班|考试|成绩|作业|单身|减肥|年纪|命不好|命苦"
)
# A question how to complain: "要投诉的话打哪个电话", "投诉电话是多少", "投诉找哪个部门".
_HOW_TO = re.compile(
    r"^(?:请问|想问下?|问下)?(?:我)?(?:要|想)?投诉(?:的话)?(?:要|得|应该)?(?:打|找|拨|去)"
    r"(?:哪个|哪|什么|啥|谁|哪里|哪儿)(?:电话|号码|部门|热线|人|地方)?(?:呢|啊|呀|哈)?\s*$"
    r"|^(?:请问|想问下?|问下)?(?:你们)?(?:的)?投诉(?:电话|热线)(?:是)?(?:多少|什么|啥)(?:呢|啊|呀)?\s*$"
)
# Words of the service beyond `SERVICE`: phones and their lines.
_SERVICE_MORE = re.compile(r"手机|电话|短信|号码|电视|wi-?fi|路由|光猫|营业|套餐|售后")


def about_else(low: str) -> bool:
    """The answer is about another person or the respondent's own life, with the question's
    words echoed, or asks how to complain."""
    if "投诉" not in low and "不满" not in low and "管" not in low and "算" not in low:
        return False
    if _HOW_TO.search(low.strip()):
        return True
    rest = _COUNTS.sub(" ", low)
    rest = _ECHO.sub(" ", rest)
    if rest == low:
        return False
    if SERVICE.search(rest) or FAULT.search(rest) or _SERVICE_MORE.search(rest):
        return False
    if not _LAUGH.sub("", rest):
        return False
    return about_other(rest) or _OWN_LIFE.search(rest) is not None
