"""Somebody else's gripe about their own line, passed on in reported speech.

Asked what they are unhappy with, people sometimes tell what a neighbour, a friend or a relative
keeps saying of their own service: "my neighbour is always moaning about his bill, he never
stops", "my mate says his wifi is rubbish", "隔壁阿婆成日话佢屋企网慢", "我邻居说他家宽带老掉线，
让我帮他问问咋回事". The gripe is theirs, about their line ("his bill", "他家宽带", "佢屋企"):
no complaint of the respondent's, and no vague answer either (nothing of their own is said).

Any word of the respondent's own keeps the complaint: the respondent's line ("mine", "my wifi",
"我家也", "我这边"), "too", "also", "same", "也", "一样", a comparison, or the provider
addressed ("my neighbour says your signal is rubbish", "我邻居说你们信号差"). A member of the
household ("my husband moans about the wifi") is not read here: the line is likely shared.
"""

from __future__ import annotations

import re

# People outside the household.
_PARTY_EN = (
    r"(?:my|our)\s+(?:best\s+|old\s+|good\s+|elderly\s+|next[- ]door\s+)?"
    r"(?:friend|buddy|mate|pal|bestie|neighbou?r|colleague|co-?worker|workmate|classmate|cousin"
    r"|aunt|auntie|aunty|uncle|brother|sister|bro|sis|(?:brother|sister|mother|father)-in-law"
    r"|mum|mom|mam|mother|dad|father|parents|folks|nan|nana|gran|granny|grandma|grandad|grandpa"
    r"|grandparents|in-laws|boss)s?(?:\s+(?:next door|over the road|across the street|down the"
    r" road|from work|at work|in [a-z]+))?"
    r"|(?:the\s+)?(?:neighbou?rs|(?:guy|lady|bloke|woman|man|family|old [a-z]+) next door)"
)
_PARTY_ZH = (
    r"(?:我|俺)?(?:的)?(?:好)?(?:朋友|哥们儿?|兄弟|闺蜜|发小|同事|同学|老乡|邻居|亲戚|老板|领导"
    r"|(?:表|堂)(?:哥|姐|弟|妹)|婆婆|公公|岳父|岳母|丈母娘|舅舅|姑姑|姨妈|叔叔|阿姨|大伯|奶奶|爷爷"
    r"|外婆|外公|姥姥|姥爷|(?:我|俺)(?:妈|爸|哥|姐|弟|妹))"
    r"|(?:隔壁|楼上|楼下|对门)(?:邻居|阿婆|阿伯|阿叔|阿姨|阿嫂|大妈|大爷|老[王李张刘陈赵杨黄周吴]"
    r"|那家|家|的)?"
)
# The other person tells of it: "says", "is always moaning about", "keeps complaining", "说",
# "老吐槽", "成日话" (Cantonese "keeps saying").
_SAYS_EN = (
    r"(?:'s|’s|\s+is|\s+was|\s+keeps|\s+kept|\s+never stops|\s+won'?t stop|\s+goes on)?\s+"
    r"(?:always\s+|forever\s+|constantly\s+|still\s+|just\s+)?"
    r"(?:say(?:s|ing)?|said|tell(?:s|ing)? me|reckons?|moan(?:s|ing|ed)?|complain(?:s|ing|ed)?"
    r"|whing(?:e|es|ing|ed)|grumbl(?:e|es|ing|ed)|gripe[sd]?|griping|rant(?:s|ing|ed)?"
    r"|go(?:es|ing)? on|bang(?:s|ing)? on|giv(?:es|ing) out)\b"
)
_SAYS_ZH = (
    r"(?:他|她|佢)?(?:老是?|总是?|天天|成日|日日|经常|一直|又|整天|跟我)?"
    r"(?:说|讲|话|吐槽|抱怨|埋怨|嫌|骂|投诉|念叨|唠叨|呻)"
)
_THEIRS_EN = r"\b(?:his|her|their|theirs)\b"
_THEIRS_ZH = r"(?:他|她|佢)(?:们)?(?:家|屋企|那边|那儿|嘅|的)"

_REPORTED_EN = re.compile(
    r"^(?:(?:well|so|honestly|tbh|lol|haha|um|erm|hmm|nah)\s*,?\s+)*(?:"
    + _PARTY_EN
    + r")"
    + _SAYS_EN
    + r"[^.!?;]*?"
    + _THEIRS_EN
)
_REPORTED_ZH = re.compile(
    r"^(?:嗯|唉|哎|就是|倒是|话说)?[，,…\s]*(?:"
    + _PARTY_ZH
    + r")"
    + _SAYS_ZH
    + r"[^。！？；]{0,6}?"
    + _THEIRS_ZH
)
_CHEAP_EN = (
    "say",
    "said",
    "tell",
    "reckon",
    "moan",
    "complain",
    "whing",
    "grumbl",
    "grip",
    "rant",
    "go on",
    "goes on",
    "going on",
    "bang",
    "giv",
)
_CHEAP_ZH = ("说", "讲", "话", "吐槽", "抱怨", "埋怨", "嫌", "骂", "投诉", "念叨", "唠叨", "呻")

# Words of the respondent's own: their line, "too", a comparison, or the provider addressed.
_OWN_EN = re.compile(
    r"\b(?:mine|ours|we|we're|we've|our|us|my (?!(?:neighbou?r|friend|mate|pal|bestie|buddy"
    r"|colleague|cousin|brother|sister|bro|sis|mum|mom|mam|dad|parents|nan|gran|boss|aunt"
    r"|uncle)s?\b)\w+|myself|me too|too|also|as well|same|so (?:is|does|do|did|have|has) (?:i|mine"
    r"|ours|we)|neither|either|than|both|compared|you|your|yours|you're|y'all|ya|yous|u|ur"
    r"|i (?:have|had|get|got|find|think|reckon|agree)|better|faster|cheaper|worse)\b"
)
_OWN_ZH = re.compile(
    r"(?:我|俺|咱)(?:们)?(?:家|这边|这儿|这里|的|自己|也|都|觉得|感觉)|自己|本人|你们|您|你家|也|一样"
    r"|同样|比|还是|更|羡慕"
)


def reported_only(low: str) -> bool:
    """The message opens with a person outside the household saying or moaning about their own
    line, and nothing after it speaks of the respondent's own service or of the provider."""
    text = low.strip()
    if any(w in text for w in _CHEAP_ZH):
        m = _REPORTED_ZH.match(text)
        if m is not None:
            return _OWN_ZH.search(text, m.end()) is None
    if any(w in text for w in _CHEAP_EN):
        m = _REPORTED_EN.match(text)
        if m is not None:
            return _OWN_EN.search(text, m.end()) is None
    return False
