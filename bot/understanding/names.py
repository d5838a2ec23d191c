"""What to call the respondent.

Names are kept as written ("张伟", "小王", "老刘", "Lily", "Sarah Connor"). They are read from an
introduction ("我叫…", "叫我…就行", "call me …", "my name is …", "name's …", "I'm …", "It's …") or,
when the name was just asked, from a short answer that looks like a name. "I'm 25", "I'm fine" and
"我是上海人" are not names: an English introduction needs a capitalised word that is not a common
word, and "我是…" outside the name question needs a common Chinese surname.
"""

from __future__ import annotations

import re

_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
    "覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚"
    "符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆"
    "农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋"
    "商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
_PREFIXES = ("小", "老", "阿")
# A surname with a form of address is how the respondent wants to be called: "王先生", "李女士".
_ZH_TITLES = "先生|女士|小姐|太太|老师|阿姨|师傅|大姐|大哥|姐|哥|总|医生|教授"
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 司徒 夏侯 尉迟 公孙 长孙 宇文 轩辕 端木 独孤 南宫"
    " 西门 呼延 澹台 百里 申屠 万俟 钟离 淳于 太史 东郭".split()
)
_ZH_INTRO = re.compile(
    r"(?:(?P<surname>免贵姓|鄙人姓|本人姓|我姓|俺姓|(?:^|(?<=[,.!~\s，。！]))姓(?!名))"
    r"|我叫做|(?<![被把])[我偶]叫|(?<![老总常又也])叫我|(?:^|(?<=[,.!~\s，。！]))[叫喊](?!我)|我的名字(?:是|叫做|叫)|名字(?:是|叫做|叫|[:：])|(?:大名|全名|姓名|真名)(?:是|叫|[:：])?|(?:小名|昵称|网名|外号|英文名|中文名|洋名)(?:字)?(?:是|叫做|叫|[:：])?"
    r"|本人|鄙人|在下|称呼我|喊我|叫俺|俺叫|我是|我係|我名叫)"
    r"\s*\"?\s*(?P<name>[\u4e00-\u9fffA-Za-z·]{1,12})"
)
_TITLED_ZH = re.compile(
    "(?:" + "|".join(sorted(_COMPOUND_SURNAMES)) + "|[" + "".join(sorted(_SURNAMES)) + "])"
    "(?:" + _ZH_TITLES + ")"
)
# "Dr. Smith", "Mrs Chen": an English title with a capitalised name, kept as typed.
_TITLED_EN = re.compile(
    r"(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Sir|Dame)\.?\s+[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'\-]+"
    # "Mrs. Beryl Hughes": further names only when capitalised as typed
    r"(?-i:(?:\s+[A-Z][a-zà-öø-ÿ'\-]+){0,2})",
    re.IGNORECASE,
)
# Introductions that also start ordinary sentences ("我是上海人", "在下班"): outside the name
# question they need a common surname.
# (Cantonese "我係" is "我是"; names are read from the surface, which keeps the dialect)
_LOOSE_INTROS = ("我是", "我係", "本人", "鄙人", "在下")
_ZH_STOP = re.compile(
    r"(?:就行|就好|就可以|就成|好了|吧|呀|啊|哈|呢|哦|噢|啦|嘛|今年|在|住|来自|是|我|家|已|有|用|岁"
    r"|男|女|目前|现在|，|,|。|\.|的|先生|女士|也|和|老家|从|刚|平时|喜欢|爱|做|上|工作)"
)
_EN_INTRO = re.compile(
    r"\b(?:call me|calls me|my name is|my name's|name's|name is|i'm called|i am called|known as"
    r"|(?:first|given|full) name(?:'s| is)?|myself"
    r"|i'm|i am|im|it's|it is|its|this is|(?:i )?go by|you can call me|name\s*[:?])"
    r"\s+(?P<name>[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'\-]*(?:\s+[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'\-]*)?"
    # "my name's 李伟": a Chinese name after an English introduction
    r"|[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff]))",
    re.IGNORECASE,
)
# "Mike is fine", "Raj here", "Chris works": a bare name with a word of consent after it.
_EN_TAIL = re.compile(
    r"(?:\s+(?:is fine(?: by me)?|is good|is ok|is okay|is great|works(?: for me)?|will do|here"
    r"|speaking|lah|lor|leh|la|loh|ah"
    # consent in Singlish and Scots: "Auntie Lin can already", "Wullie'll dae fine"
    r"|can(?: already| lah| one)?"
    r"|please|pls|plz|thanks|is my name"
    r"|is what (?:people|everyone|they) call me)"
    r"|'s (?:fine|good|ok|okay|great|cool|my name)(?: by me| with me)?"
    r"|'ll do(?: fine| nicely)?|'ll dae(?: fine)?)$",
    re.IGNORECASE,
)
# Emoticons typed after a name ("Sophia :)", "小雨^_^").
_EMOTICON = re.compile(r"(?:\s*(?:[:;=]-?[()dpDP3]|\^_?\^|[xX]D|<3))+\s*$")
_COMMON = frozenset(
    """a an the not from in at on to for of by as here fine good ok okay okey great well sure
    sorry busy happy
    guess guessing nobody somebody someone anyone everyone customer user human person bot robot
    idk dunno hmm uh um umm er erm ah eh oh yeah yes
    single married divorced engaged male female man woman guy girl boy dude lady student retired
    living based going currently just really very so too also still only almost about around from
    into using with staying satisfied unsatisfied dissatisfied unhappy tired new old young afraid
    glad pretty quite kind looking working moving thinking planning done back out over there
    your you yours me my mine him her them it its this that these those what who why how where
    when which yes no nope yeah yep nah never always maybe probably definitely totally
    in-between fiber fibre dsl none nothing monthly annual yearly stay leave switching
    unsure undecided rather prefer skip pass complicated personal private an a
    mr mrs ms miss dr sir madam hello hi hey thanks thank please and or but whatever anything
    like want whichever called known anonymous anon lol haha btw thx pls hehe hihi hahaha lmao xd
    monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow yesterday
    chinese english british american canadian australian irish scottish welsh indian japanese
    korean french german italian spanish mexican brazilian russian african asian european
    filipino vietnamese thai malaysian singaporean taiwanese cantonese local foreign new
    originally i i'm im it's its myself pronounced spelled spelt dont don't mind wife
    husband
    though then instead anyway
    knackered exhausted shattered asleep awake sleepy bored stressed hungry drunk wrecked beat
    half nights shift ill sick poorly
    driver teacher nurse doctor cleaner farmer engineer rider courier chef cashier boss owner
    manager worker pensioner retiree mum mom dad parent housewife homemaker
    naw na pal mate love dear hen bru lah lor leh la""".split()
)
_ZH_NOT_NAME = re.compile(
    r"不|没|什么|谁|哪|吗|保密|隐私|名字|称呼|随便|都行"
    r"|无所谓|知道|记得|问|干嘛|为什么|男|女|岁|人|"
    r"学生|上班|工作|这个|那个|一个|你|他|她|们|好的|可以|谢谢|嗯|哦|哈|啊|呢|是的|对|省|市|区|县"
    r"|过去|过来|一起|帮忙|出去|回去|回来|匿名|(?:点|咩|乜|怎么|怎样)叫|都得"
    # a state or a shift, not a name: "刚下夜班", "真的困"
    r"|[上下夜白早晚加]班|^(?:刚|正在|还在|已经|我|俺)|困|累"
    # a sentence particle right after the frame: "就这么叫我吧"
    r"|^[吧呀啊哈呢哦啦嘛]|文名"
)
# The last character of a role or station in life ("班主任", "户主", "店长", "司机", "宝妈"):
# "我是…" with such a word and no surname before it describes the respondent.
_ZH_ROLE_END = re.compile(r"[任主长员工手者家民客商农警兵友迷粉控族机妈爸]$")
_LATIN = "A-Za-zÀ-ÖØ-öø-ÿ"
# "K. Singh": an initial may lead the name
_EN_NAME = re.compile(
    rf"(?:[A-Z]\.\s*)?[{_LATIN}][{_LATIN}'\-]*(?:\s+[{_LATIN}][{_LATIN}'\-]*){{0,2}}"
)
_TRAIL = re.compile(
    r"(?:就行了?|就好了?|就可以了?|就成|好了|即可|就得|得啦|得了|得嘞|吧|呀|啊|哈|呢|哦|啦|嘛|~|!|\.|。)+$"
)
_LEAD = re.compile(
    r"^(?:(?:你好|您好|hi|hello|hey|嗨|哈喽)(?:\s+there|\s+all|\s+guys)?[呀啊!,. ]*|just\s+"
    r"|(?:put|write)\s+(?:me\s+)?(?:down\s+)?(?:as\s+)?"
    r"|(?:uh+|um+|er+m?|well|oh|ok|okay|sure|yeah|so|嗯+|呃+|额+|哦+|好的|好)(?:[,.!~，。！\s]+|$))+",
    re.IGNORECASE,
)
# Introductions that name the respondent outright, after which a lowercase surname is still part
# of the name ("my name is li ming"); after "i'm" it may be anything ("i'm tom lol").
_EN_CALL_ME = re.compile(r"\b(?:call me|go by)\b", re.IGNORECASE)
_SECOND_NAME_TAIL = re.compile(
    r"[,，]\s*(?:小名|昵称|网名|外号|英文名|中文名|洋名)(?:字)?(?:是|叫做|叫|[:：])?\s*$"
)
_NAMING = ("my name is", "my name's", "name's", "name is", "call me", "you can call me")
_LOOSE_EN = ("i'm", "i am", "im", "it's", "it is", "its", "this is")


def _zh_name(candidate: str) -> str:
    titled = _TITLED_ZH.match(candidate)
    if titled:
        return titled.group()
    framed = _TRAIL.sub("", candidate)
    if framed != candidate and 2 <= len(framed) <= 4 and _plausible_zh(framed, strict=False):
        return framed  # "叫我小可爱就行": the whole name before the closing frame
    m = _ZH_STOP.search(candidate, 1)
    if m and m.group() == "家" and len(candidate) == 3 and candidate[0] in _SURNAMES:
        return candidate  # "岑家明": 家 inside a given name, the whole answer up to the comma
    name = candidate[: m.start()] if m else candidate
    if len(name) > 4 and name[0] not in _PREFIXES:
        name = name[:3]
    return name


def _plausible_zh(name: str, strict: bool) -> bool:
    if _TITLED_ZH.fullmatch(name):
        return True  # "刘女士": 女 is part of the form of address
    if not 1 <= len(name) <= 4 or _ZH_NOT_NAME.search(name):
        return False
    if not strict:
        return True
    return len(name) >= 2 and (name[0] in _SURNAMES or name[0] in _PREFIXES)


def _plausible_en(name: str, strict: bool) -> bool:
    words = name.split()
    if len(words) == 2 and words[0] == "Ah" and words[1][0].isupper():
        words = words[1:]  # "Ah Seng": the Cantonese and Hokkien prefix of a familiar name
    if not words or any(w.lower() in _COMMON for w in words):
        return False
    return not strict or words[0][0].isupper()


def _zh_candidates(surface: str, asked: bool) -> list[tuple[int, str, int, int]]:
    """Chinese introductions as (rank, name, start, end).

    Rank 4 is a name to be called by ("叫我…"), 3 a name given ("我叫…"), 2 a second name
    ("英文名…", "小名…"), 1 a surname, 0 a loose "我是…".
    """
    found: list[tuple[int, str, int, int]] = []
    for m in _ZH_INTRO.finditer(surface):
        raw = m.group("name")
        start = m.start("name")
        if re.match(r"[A-Za-z]", raw):
            # "名字是zhou yiran", "我叫Chloe Zhang": a second Latin word goes on the name
            two = re.match(r"[A-Za-z][A-Za-z'\-]*\s+[A-Za-z][A-Za-z'\-]*", surface[start:])
            if two and _plausible_en(two.group(), strict=False):
                found.append((_rank(m.group()), two.group(), start, start + len(two.group())))
                continue
            latin = re.match(r"[A-Za-z][A-Za-z'\-]*", raw)
            if latin and _plausible_en(latin.group(), strict=False):
                found.append((_rank(m.group()), latin.group(), start, start + len(latin.group())))
            continue
        loose = m.group().startswith(_LOOSE_INTROS)
        if m.group("surname"):
            name = raw[:2] if raw[:2] in _COMPOUND_SURNAMES else raw[0]
            name = name if name in _COMPOUND_SURNAMES or name in _SURNAMES or asked else ""
        else:
            stop = _ZH_STOP.search(raw, 1)
            if loose and len(raw[: stop.start()] if stop else raw) > 4:
                continue  # "我是王者荣耀玩家": a description, not a name
            if loose and re.match(r"[^的]{1,4}的", raw):
                continue  # "我是新来的", "我是做销售的": a description
            role = _ZH_ROLE_END.search(_zh_name(raw))
            if loose and role and raw[0] not in _SURNAMES and raw[0] not in _PREFIXES:
                continue  # "我是班主任", "我是户主": a role
            name = _zh_name(raw)
        if not name or not _plausible_zh(name, strict=not asked and loose):
            continue
        rank = 1 if m.group("surname") else 0 if loose else _rank(m.group())
        found.append((rank, name, start, start + len(name)))
    return found


_CALL_ME = re.compile(r"^(?:叫我|称呼我|喊我|叫俺)")
_SECOND_NAME = re.compile(r"^(?:小名|昵称|网名|外号|英文名|中文名|洋名)")


def _rank(intro: str) -> int:
    if _CALL_ME.match(intro):
        return 4
    return 2 if _SECOND_NAME.match(intro) else 3


def introduced_name(surface: str, asked: bool) -> tuple[str, int, int] | None:
    """A name given in an introduction, with its span in `surface`.

    Where several are given, a name to be called by ("叫我Amy就行") wins over a name given, that
    over a second name ("我叫Amy，中文名王芳" → Amy; "王芳，英文名Amy" → 王芳: the name offered
    first is the name, the other an alias), a surname and "我是…"; among names of one rank the
    last counts ("我老婆叫我猪猪，你叫我老杨吧"), and a full name after its surname
    ("我姓黄，叫黄海") completes it.
    """
    found = _zh_candidates(surface, asked)
    if found:
        best = max(rank for rank, *_ in found)
        chosen = [c for c in found if c[0] == best]
        _, name, start, end = chosen[-1] if best >= 2 else chosen[0]
        if best == 2 and asked:
            before, cut = _SECOND_NAME_TAIL.subn("", surface[: surface.rfind(name, 0, end)])
            first = name_in_clauses(before) if cut else None
            if first:
                return first
        return name, start, end
    return _en_introduced(surface, asked)


def _en_introduced(surface: str, asked: bool) -> tuple[str, int, int] | None:
    """An English introduction; "call me …" and "my name is …" win over "I'm …" and "it's …"."""
    loose: tuple[str, int, int] | None = None
    for m in _EN_INTRO.finditer(surface):
        strict = not asked
        name = m.group("name")
        words = name.split()
        rest = surface[m.end("name") :].strip()
        intro = m.group().lower()
        naming = intro.startswith(_NAMING) and (not rest or rest[0] in ",.!~，。！")
        if len(words) > 1 and not (naming and _plausible_en(name, strict=False)):
            if not words[1][0].isupper() or not _plausible_en(name, strict=True):
                name = words[0]
        titled = _TITLED_EN.match(surface, m.start("name"))
        if titled:
            return titled.group(), titled.start(), titled.end()
        if name.lower().endswith("'s") or rest.startswith("'s"):
            continue  # "I'm Mike's wife": somebody else's name
        if not _plausible_en(name, strict):
            continue
        found = name, m.start("name"), m.start("name") + len(name)
        if intro.startswith(("call me", "you can call me", "go by", "i go by")):
            return found  # "my name's Wang Fang but call me Amy": the name to be called by
        if not intro.startswith(_LOOSE_EN):
            called = _EN_CALL_ME.search(surface, m.end())
            if called is None:
                return found
            loose = found
            continue
        loose = loose or found
    return loose


# "Jo (short for Joanna)", "Bea（Beatrice）": an aside in brackets after the name.
_ASIDE = re.compile(r"\s*[(（][^)）]{1,60}[)）]\s*$")
# "Sofia with an f", "Catherine with a K": how it is spelt, not part of it.
_SPELLING = re.compile(
    r"\s+(?:with|w/|without)\s+(?:an?|one|two|double)\s+[a-z]\b.*$", re.IGNORECASE
)
# Clauses, where the full stop of an initial or a title ("K. Singh", "Dr. O'Neil") goes on
_CLAUSES = re.compile(
    r"(?:[^,，;；。!！?？.]|(?<=\b[A-Z])\.|(?<=\b(?:Dr|Mr|Ms|Mx|St))\.|(?<=\bMrs)\.|(?<=\bProf)\.)+"
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
    text = _TRAIL.sub("", text).strip(" ,，.。!！~\"'")
    text = _EN_TAIL.sub("", _SPELLING.sub("", _ASIDE.sub("", text)))
    if not text or any(ch.isdigit() for ch in text):
        return None
    if _TITLED_ZH.fullmatch(text) or _TITLED_EN.fullmatch(text):
        return text
    if re.fullmatch(r"[\u4e00-\u9fff·]{1,4}", text):
        return text if _plausible_zh(text, strict=False) else None
    if _EN_NAME.fullmatch(text) and _plausible_en(text, strict=False) and len(text.split()) <= 3:
        return text
    return None


# "王丽，不对，是王莉", "Jon, sorry I mean John": the name after the correction counts.
_CORRECTED = re.compile(
    r"(?:不对|说错了|打错了|写错了|不是不是|算了(?:[,，.。…\s]*还是用)?"
    r"|\bno wait\b|\bsorry\b|\bsorry,? i mean\b|\bi mean\b|\btypo\b)"
    r"[,，.。!！\s]*(?:是|应该是|就是|叫|it'?s\s+)?",
    re.IGNORECASE,
)
# "我是在杭州上班的小罗": a description, then the name it ends with.
_DESCRIBED = re.compile(
    r"我是[^,，。!！?？]{1,12}?的(?P<name>[小老阿][" + "".join(sorted(_SURNAMES)) + r"])"
    r"(?=$|[,，。!！~\s吧呀啊])"
)


def corrected_name(surface: str) -> tuple[str, int, int] | None:
    """The name given after a correction ("王丽，不对，是王莉"), or one that ends a description
    of the respondent ("我是在杭州上班的小罗")."""
    # the last correction that a name follows ("李春华，不对是李春花，语音打错了")
    for mark in reversed(list(_CORRECTED.finditer(surface))):
        found = name_in_clauses(surface[mark.end() :])
        if found:
            name, start, end = found
            return name, start + mark.end(), end + mark.end()
    described = _DESCRIBED.search(surface)
    if described:
        return described.group("name"), described.start("name"), described.end("name")
    return None


def name_in_clauses(surface: str) -> tuple[str, int, int] | None:
    """When the name was asked: the first clause that is a bare name ("hi there! Ravi, from Mumbai",
    "I'm the account holder's son, Kevin")."""
    for m in _CLAUSES.finditer(surface):
        if surface[m.end() : m.end() + 1] in ("?", "？"):
            continue  # "who's asking?": a question, not a name
        name = bare_name(m.group())
        if name:
            start = surface.find(name, m.start())
            return name, start, start + len(name)
    return None
