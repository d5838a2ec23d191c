"""Names read from the shape of an answer, when the name was just asked.

An introduction ("我叫…", "my name is…") is read by `names`; this module reads what is left: a
bare answer that looks like a name ("老刘", "Kevin Li"), the first clause that is one ("hi there!
Ravi, from Mumbai"), and the name after a correction ("王丽，不对，是王莉").
"""

from __future__ import annotations

import re

from bot.understanding.identity.address_forms import zh_address_after
from bot.understanding.identity.name_places import listed_place, place_not_name, region_of_place
from bot.understanding.identity.name_words import (
    COMPOUND_SURNAMES,
    SURNAMES,
    TITLED_EN,
    TITLED_ZH,
    TRAIL,
    once,
    plausible_en,
    plausible_zh,
)
from bot.understanding.identity.nameless_answers import asks_back, pastime_word
from bot.understanding.normalize import EMOJI, clean_surface

# "Mike is fine", "Raj here", "Chris works": a bare name with a word of consent after it, or
# several ("Mrs Patel is fine thanks").
_EN_TAIL = re.compile(
    r"(?:\s+(?:is fine(?: by me)?|is good|is ok|is okay|is great|is grand|is alright|is perfect"
    r"|works(?: for me)?|here"
    r"|speaking|lah|lor|leh|la|loh|ah|po"
    # the name for the one addressed: "Grandpa Joe to the kids, Joseph to you"
    r"|to you|for you"
    # consent in Singlish and Scots: "Auntie Lin can already", "Wullie'll dae fine"
    r"|can(?: already| lah| one)?"
    r"|please|pls|plz|thanks|is my name"
    # softeners after the consent: "Sam is fine though", "Dave's fine tbh"
    r"|though|tho|tbh|honestly|really|mate|then"
    # a name settled on: "Rhys it is", "Owen it is then"
    r"|it is"
    # given as far as it is needed: "Tom if you need to know", "Sarah if you must", "Jo in case
    # you need it"
    r"|if (?:you (?:really )?(?:need|must|want|have|insist|like|care)(?: to)?(?: know| have it"
    r"| it| that)?|needed|that helps|it helps|it matters|you're asking|you ask me"
    r"|(?:you|ya|u) (?:don'?t|dont) mind)"
    r"|in case (?:you need(?: it| to know)?|it matters|you were wondering)"
    r"|is what (?:people|everyone|they) call me)"
    r"|'s (?:fine|good|ok|okay|great|grand|alright|perfect|cool|my name)(?: by me| with me)?"
    r"|(?:'ll| will) do(?: (?:just )?fine| nicely| just great)?|'ll dae(?: fine)?)+$",
    re.IGNORECASE,
)
# A word with "'s" is a possessive or a contraction ("Name's Tom", "Mike's wife"), never a bare
# name: after a correction or an apology the introduction it opens is read by `names`.
_POSSESSIVE = re.compile(r"'s\b", re.IGNORECASE)
# Where the respondent is from, after the name: "Maggie from Phoenix", "Dave from Leeds".
_FROM_TAIL = re.compile(r"(?<=[A-Za-z])\s+from\s+(?:the\s+)?[A-Za-z][A-Za-z .'\-]{1,40}$")
# ... but not a greeting or a doing from somewhere: "Greetings from Texas", "calling from work".
_NOT_FROM_NAME = re.compile(
    r"^(?:greetings|regards|wishes|love|cheers|hugs|hello|hi|hey|someone|somebody|nobody|just"
    r"|back|away|far|sent|written|typed)$|ing$",
    re.IGNORECASE,
)


def _named_before_from(name: str) -> bool:
    """The words before "from" are a name capitalised as typed ("Maggie", "Mary Jo")."""
    return plausible_en(name, strict=True) and not any(
        _NOT_FROM_NAME.search(w) for w in name.split()
    )


# Emoticons typed after a name ("Sophia :)", "小雨^_^"), and kisses signed after it ("Sarah-Jane
# x", "Bev xx"; a capital "X" alone may be an initial: "Malcolm X").
_EMOTICON = re.compile(
    r"(?:\s*(?:[:;=]-?[()dpDP3]|\^_?\^|[xX]D|<3)|\s+x{1,4}(?=\s|$)|\s+X{2,4}(?=\s|$))+\s*$"
)
_LATIN = "A-Za-zÀ-ÖØ-öø-ÿ"
# "K. Singh", "Ma. Cristina" (the Filipino short form of Maria): an initial may lead the name
_EN_NAME = re.compile(
    rf"(?:[A-Z][a-z]?\.\s*)?[{_LATIN}][{_LATIN}'\-]*(?:\s+[{_LATIN}][{_LATIN}'\-]*){{0,2}}"
)
# A greeting goes as a whole word, with its chat spellings ("hiya", "heyy", "hellooo"): "hiya"
# is no "hi" before a name "ya".
_LEAD = re.compile(
    r"^(?:(?:你好|您好|嗨|哈喽|(?:hi+|hiya|hey+a?|hell+o+|hallo|hullo|howdy|oi|ol[aá]"
    # "Assalam o alaikum", "salaam", "namaste" (a greeting, not a name)
    r"|a?s?-?sala+m+(?:[uo]|\s+[uo])?(?:[\s-]+a?la[iy]?kum)?|namaste|namaskar"
    # greetings of other languages: "bonjour! c'est Jean-Luc", "kia ora, Aroha"
    r"|bonjour|bonsoir|salut|hola|buenas|ciao|salve|servus|moin|hej|kia ora|g'?day|aloha"
    r"|shalom"
    # South African greetings: "howzit, thabo here", "sawubona, Sipho"
    r"|howzit|hoezit|sawubona|dumela|molo|heita|aweh)\b)"
    r"(?:\s+there|\s+all|\s+guys)?[呀啊!,. ]*|(?:just|plain|simply|but)\s+"
    r"|(?:put|write)\s+(?:me\s+)?(?:down\s+)?(?:as\s+)?"
    # a name introduced in French, Spanish, German, Italian or Portuguese: "c'est Jean-Luc",
    # "me llamo Carlos", "ich bin Klaus"
    r"|(?:moi,?\s+)?c'est\s+|je suis\s+|je m'appelle\s+|me llamo\s+|mi nombre es\s+"
    r"|ich bin\s+|ich hei(?:ß|ss)e\s+|mi chiamo\s+|sono\s+|soy\s+|me chamo\s+"
    r"|eu sou\s+"
    r"|(?:uh+|um+|er+m?|well|oh|ok|okay|sure|yeah|so|嗯+|呃+|额+|哦+|好的|好)(?:[,.!~，。！…\s]+|$)"
    # a hesitation glued to 是 before the name: "额是王磊", "嗯嗯是李娜", "是王磊"
    r"|(?:嗯+|呃+|额+|哦+)?是(?=[\u4e00-\u9fff]{2}))+",
    re.IGNORECASE,
)
# "Jo (short for Joanna)", "Bea（Beatrice）": an aside in brackets after the name.
_ASIDE = re.compile(r"\s*[(（][^)）]{1,60}[)）]\s*$")
# "Sofia with an f", "Catherine with a K": how it is spelt, not part of it.
_SPELLING = re.compile(
    r"\s+(?:with|w/|without)\s+(?:an?|one|two|double)\s+[a-z]\b.*$", re.IGNORECASE
)
# Clauses, where the full stop of an initial or a title ("K. Singh", "Dr. O'Neil") goes on; a
# tilde parts them too ("欧阳倩～幼儿园老师")
_CLAUSES = re.compile(
    r"(?:[^,，;；。!！?？.~～]|(?<=\b[A-Z])\.|(?<=\b(?:Dr|Mr|Ms|Mx|St|Ma|Jr|Fr|Lt))\.|(?<=\b(?:Mrs|Rev|Sgt|Col|Maj|Cpl))\."
    r"|(?<=\b(?:Prof|Capt|Cmdr))\.)+"
)
# Words that decline only a part of the name ("中文名不方便说", "rather not give my surname").
NAME_PART = re.compile(
    r"中文名|英文名|真名|全名|本名|大名|姓氏|full name|real name|surname|last name|family name"
    r"|chinese name|english name|first name|given name|christian name",
    re.IGNORECASE,
)


def bare_name(surface: str) -> str | None:
    """When the name was asked: the answer itself, if it looks like a name ("老刘", "Kevin Li")."""
    text = _LEAD.sub("", _EMOTICON.sub("", surface.strip()))
    if asks_back(text) or pastime_word(text):
        return None  # "干嘛", "怎么啦": a question back; "reading": a pastime, no name
    text = TRAIL.sub("", text).strip(" ,，.。!！~\"'")
    text = _EN_TAIL.sub("", _SPELLING.sub("", _ASIDE.sub("", text)))
    origin = _FROM_TAIL.search(text)
    if origin and _named_before_from(text[: origin.start()]):
        text = text[: origin.start()]  # "Maggie from Phoenix": where she is from goes on
    text = once(text.strip("\"' "))  # '"Dee" works', "李想李想"
    if not text or any(ch.isdigit() for ch in text):
        return None
    if TITLED_ZH.fullmatch(text) or TITLED_EN.fullmatch(text):
        return text
    if _POSSESSIVE.search(text):
        return None
    if re.fullmatch(r"[\u4e00-\u9fff·]{1,4}", text):
        return text if plausible_zh(text, strict=False) else None
    if _EN_NAME.fullmatch(text) and plausible_en(text, strict=False) and len(text.split()) <= 3:
        return text
    return None


# "王丽，不对，是王莉", "Jon, sorry I mean John": the name after the correction counts.
# A joke taken back counts as a correction: "我叫诸葛亮…开玩笑的，诸葛明远", "Batman. jk, Bruce".
_CORRECTED = re.compile(
    r"(?:不对|说错了|打错(?:字)?了|写错了|不是不是|算了(?:[,，.。…\s]*还是用)?"
    r"|开玩笑(?:的|呢|啦)?|逗你(?:的|呢|玩的?)|骗你的|说笑的"
    r"|\bno wait\b|\bsorry\b|\bsorry,? i mean\b|\bi mean\b|\btypo\b"
    r"|\b(?:no,?\s+)?actually(?:,?\s+make (?:that|it))?\b|\bmake that\b|\bscratch that\b"
    r"|\bjust kidding\b|\bkidding\b|\bjk\b)"
    r"[,，.。!！\s]*(?:是|应该是|就是|叫|it'?s\s+)?",
    re.IGNORECASE,
)
# "我是在杭州上班的小罗": a description, then the name it ends with.
_DESCRIBED = re.compile(
    r"我是[^,，。!！?？]{1,12}?的(?P<name>[小老阿][" + "".join(sorted(SURNAMES)) + r"])"
    r"(?=$|[,，。!！~\s吧呀啊])"
)


def corrected_name(surface: str) -> tuple[str, int, int] | None:
    """The name given after a correction ("王丽，不对，是王莉"), or one that ends a description
    of the respondent ("我是在杭州上班的小罗")."""
    # the last correction that a name follows ("李春华，不对是李春花，语音打错了")
    for mark in reversed(list(_CORRECTED.finditer(surface))):
        found = name_in_clauses(surface[mark.end() :])
        if found and found[0][0].islower() and mark.group().strip(" ,.").lower() == "sorry":
            continue  # "Nico sorry autocorrect": an apology, not a correction, before a word
        if (
            found
            and found[0][0].islower()
            and "sorry" in mark.group().lower()
            and (not surface.islower() or found[0].endswith("ing"))
        ):
            continue  # "Sorry, it's pouring here. Kerry": an apology for the weather, no name
        if found:
            name, start, end = found
            return name, start + mark.end(), end + mark.end()
    described = _DESCRIBED.search(surface)
    if described:
        return described.group("name"), described.start("name"), described.end("name")
    return None


# Where clauses part without punctuation: at a space between Chinese and anything else ("杨雪 28岁
# 现居深圳", "Lin Yuxuan 拼音打的"), at an emoji ("tayla 🙃 my mum picked it") and before an
# apology or a laugh typed straight after the name ("Sam Sam sorry typed it twice", "tom lol"),
# and at an emoticon ("Nusrat :) second year uni student").
_UNMARKED_BREAK = re.compile(
    r"(?<=[\u4e00-\u9fff])\s|\s(?=[\u4e00-\u9fff])|\s(?=(?:sorry|oops|whoops|lol|haha)\b)"
    # a dash between spaces: "Priya - bill's in my dad's name"
    r"|\s+[-–—]+\s+"
    r"|\s+(?:[:;=]-?[()dDpP3]|\^_?\^|<3)(?=\s|$)",
    re.IGNORECASE,
)


def name_in_answer(surface: str, raw: str) -> tuple[str, int, int] | None:
    """When the name was asked: the first clause that is a name, clauses parted by punctuation and
    by the breaks people type without it; the span is in `surface`."""
    view = clean_surface(EMOJI.sub(",", raw)) if EMOJI.search(raw) else surface
    found = name_in_clauses(_UNMARKED_BREAK.sub(",", view))
    if found is None:
        return None
    start = max(surface.find(found[0]), 0)
    return found[0], start, start + len(found[0])


# "账户是我爸的名字", "it's in my husband's name": a name given next to it is somebody else's.
_ANOTHERS_NAME = re.compile(
    r"(?:爸|妈|父亲|母亲|老公|老婆|爱人|媳妇|丈夫|妻子|儿子|女儿|家人|哥哥?|姐姐?|弟弟?|妹妹?"
    r"|爷爷|奶奶|外公|外婆|朋友|同事|公司|单位|老板)的名(?:字|义|下)"
    r"|\b(?:in|under)\s+(?:my|his|her|our|the)\s+(?:[a-z]+\s+)?[a-z]+(?:'s|s')\s+name\b"
    # "my dad set up the account, his name's on it — Robert Hale"
    r"|\b(?:his|her|their)\s+name(?:'s|\s+is)\s+on\b",
    re.IGNORECASE,
)


def names_another(surface: str) -> bool:
    """The answer says whose name is on the account, and it is not the respondent's, with no
    name of the respondent's own given before it ("Jess. the account's under my husband's name":
    the name comes first and is hers; "it's in my husband's name, David" is his)."""
    found = _ANOTHERS_NAME.search(surface)
    if found is None:
        return False
    marks = [m.start() for m in _NAME_CLAUSE_END.finditer(surface, 0, found.start())]
    return not (marks and name_in_clauses(surface[: marks[-1]]))


# The end of a clause before the mention of another's name ("Jess." of "Jess. it's under…").
_NAME_CLAUSE_END = re.compile(r"[,，.。!！;；]|\s[-–—]+\s")


# A clause that ends with one of the respondent's relatives or acquaintances: a name right after
# it ("my husband, David Reyes", "我老公，李明") is in apposition to that person.
_RELATIVE_END = re.compile(
    r"\b(?:my|our)\s+(?:[a-z]+\s+)?(?:husband|wife|partner|son|daughter|dad|father|mum|mom"
    r"|mother|brother|sister|boss|landlord|landlady|friend|roommate|flatmate|kid|child|boyfriend"
    r"|girlfriend|fianc[eé]e?|grandson|granddaughter|uncle|aunt|cousin|nephew|niece|colleague"
    r"|neighbou?r)s?\s*$"
    r"|(?:老公|老婆|爱人|媳妇|丈夫|妻子|爸爸?|妈妈?|父亲|母亲|儿子|女儿|哥哥?|姐姐?|弟弟?|妹妹?"
    r"|朋友|同事|房东|老板|室友)\s*$",
    re.IGNORECASE,
)


_HAN = re.compile(r"[\u4e00-\u9fff]")
# Words that hold the floor, saying nothing yet: "那个，婷婷", "就是，李娜".
_ZH_FILLER = re.compile(r"^(?:那个|这个|就是|嗯哼|我想想|让我想想|怎么说呢|em+|e+)$", re.IGNORECASE)


def _surnamed(name: str) -> bool:
    """A Chinese name that opens with a surname or a familiar prefix ("李娜", "欧阳琳", "小雨"), or
    a doubled given name ("婷婷"; not an adverb: "慢慢", "常常")."""
    if len(name) == 2 and name[0] == name[1]:
        return name not in _DOUBLED_WORDS
    return name[:2] in COMPOUND_SURNAMES or plausible_zh(name, strict=True)


_DOUBLED_WORDS = frozenset("慢慢 常常 渐渐 偏偏 天天 呵呵 好好 刚刚 稍稍 快快 早早".split())


# A clause that opens with a bare "叫" ("叫甜甜"): a name given, not a bare name.
_BARE_CALLED = re.compile(r"\s*[叫喊](?![我俺])")


def name_in_clauses(surface: str) -> tuple[str, int, int] | None:
    """When the name was asked: the first clause that is a bare name ("hi there! Ravi, from Mumbai",
    "I'm the account holder's son, Kevin").

    After a clause that says something else, a name must be capitalised as typed: "I'm a nurse,
    night shifts" and "I'm retired, go ahead" go on describing, "I'm the son, Kevin" names; a
    Chinese one must open with a surname or 小/老/阿 ("我家宽带是电话线的，慢得很" goes on about
    the line, "先说一下，我在开车，小雨" names)."""
    said = False
    said_zh = False  # (not a filler: "那个，婷婷" still names)
    previous = ""
    for m in _CLAUSES.finditer(surface):
        if surface[m.end() : m.end() + 1] in ("?", "？"):
            continue  # "who's asking?": a question, not a name
        name = bare_name(m.group())
        if name and _BARE_CALLED.match(m.group()):
            name = None  # "叫甜甜": an introduction, read (or set aside) with the others
        if name and _RELATIVE_END.search(previous):
            name = None  # "it's under my husband, David Reyes": the relative's name, in apposition
        if name and region_of_place(name, previous):
            name = None  # "I live in Bangor, Maine": the place's state, no name
        previous = m.group()
        if name and place_not_name(name, surface[m.end() :]):
            return None  # "Dundee, if that's what you're asking": a place, not a name
        if name and said and listed_place(name, surface[: m.start()]):
            return None  # "fiber customer, Chattanooga": a profile listed, the place in it
        if name and said_zh and _HAN.match(name) and not _surnamed(name):
            name = None
        if name and not (said and name[0].islower()):
            start = surface.find(name, m.start())
            # ("陈红梅，陈阿姨就行": the form of address consented to, as in English)
            later = _settled_later(surface, m.end()) or zh_address_after(surface, m.end(), name)
            return later or (name, start, start + len(name))
        said = said or bool(_LEAD.sub("", m.group().strip()))
        said_zh = said_zh or bool(_ZH_FILLER.sub("", _LEAD.sub("", m.group().strip())))
    return None


def _settled_later(surface: str, start: int) -> tuple[str, int, int] | None:
    """A later clause that settles on a name ("Captain Harland Moss, retired. Captain Moss will do
    nicely"): the name consented to wins over the one given first."""
    for m in _CLAUSES.finditer(surface, start):
        clause = _LEAD.sub("", m.group().strip())
        if not _EN_TAIL.search(clause):
            continue
        name = bare_name(clause)
        if name:
            at = surface.find(name, m.start())
            return name, at, at + len(name)
    return None
