"""What to call the respondent.

Names are kept as written ("张伟", "小王", "老刘", "Lily", "Sarah Connor"). They are read from an
introduction ("我叫…", "叫我…就行", "call me …", "my name is …", "name's …", "I'm …", "It's …") or,
when the name was just asked, from a short answer that looks like a name. "I'm 25", "I'm fine" and
"我是上海人" are not names: an English introduction needs a capitalised word that is not a common
word, and "我是…" outside the name question needs a common Chinese surname. Nor are a role after
"我是" ("新用户", "退休老师"), somebody else's name ("my husband's name is Bob", "有老公，叫大伟")
or "I'm" in a subordinate clause ("sorry if I'm slow"). Readers of bare answers and the words of
names live in `name_answers` and `name_words`.
"""

from __future__ import annotations

import re

from bot.understanding.cities import said_towns
from bot.understanding.identity.address_forms import zh_address_after
from bot.understanding.identity.name_answers import (
    NAME_PART,
    bare_name,
    corrected_name,
    name_in_answer,
    name_in_clauses,
    names_another,
)
from bot.understanding.identity.name_intros_en import en_introduced
from bot.understanding.identity.name_words import (
    COMPOUND_SURNAMES,
    PREFIXES,
    SURNAMES,
    TITLED_ZH,
    TRAIL,
    ZH_KIN_TERMS,
    ZH_ROLE_END,
    ZH_ROLE_WORD,
    once,
    plausible_en,
    plausible_zh,
)
from bot.understanding.identity.nameless_answers import option_named
from bot.understanding.identity.pet_names import pet_name, taken_up
from bot.understanding.literal_gates import gated

__all__ = [
    "NAME_PART",
    "bare_name",
    "corrected_name",
    "introduced_name",
    "name_in_answer",
    "name_in_clauses",
    "names_another",
    "option_named",
]

_AFTER_BREAK = r"(?:^|(?<=[,.!~\s，。！]))"
_ZH_INTRO = gated(
    # a surname, also in the humble forms "免贵姓张", "敝姓司马", "免贵，复姓欧阳"
    r"(?:(?P<surname>(?:免贵|鄙人|本人|我|俺|敝|鄙)[,，\s]*复?姓|" + _AFTER_BREAK + r"复?姓(?!名))"
    r"|我叫做|(?<![被把])[我偶]叫|(?<![老总常又也])叫我"
    # Hokkien "阮" is "我": "叫阮阿珠就好" (before a familiar name only: "阮小美" is a surname)
    r"|(?<![老总常又也])叫阮(?=[阿小老])"
    r"|(?P<bare>" + _AFTER_BREAK + r"[叫喊](?![我俺]))"
    # the asker told what to call the respondent: "你也喊梅姐吧", "你就叫我老陈" (read by 叫我)
    r"|(?P<you>你们?(?:也|就|可以|直接|都)*[叫喊](?![我俺]))"
    r"|我的名字(?:是|叫做|叫)|名字(?:是|叫做|叫|[:：])|(?:大名|全名|姓名|真名|本名)(?:是|叫|[:：])?"
    r"|(?:小名|昵称|网名|外号|英文名|中文名|洋名)(?:字)?(?:是|叫做|叫|[:：])?"
    # (Cantonese "我係"/"我系" is "我是", but "我系统", "我系好鞋带" are other words)
    r"|本人|鄙人|在下|称呼我|喊我|叫俺|俺叫|额叫|称呼(?:是|[:：])|我是|我係|我系(?![统列数好上紧着])|我名叫"
    # "我的名字艾力": the name right after "名字", without 是 or 叫
    r"|(?P<plain>(?:我的|我)名字))"
    r"\s*\"?\s*(?P<name>[\u4e00-\u9fffA-Za-z·]{1,12})"
)
# After an introduction word, what to write in it ("名字是写卡主的还是写我的？") or what it is like
# ("英文名同一个歌手撞名", "名字跟明星一样"): the name is talked about, not given.
# ... or which kind of name to give ("真名还是昵称都行吗？", "真名或者网名"): a choice asked.
_NO_NAME_AFTER = re.compile(
    r"[写填]|(?:同|跟|和|与)(?:一个|一個|某个|别人|明星|歌手|[我你他她])|还是|或者|或是|要不要"
)
# A handle is any phrase ("网名叫一只大橘子", "昵称风一样的男子"), not a name of two to four
# characters; only a refusal or a hedge in it makes it none.
_HANDLE = re.compile(r"(?:昵称|网名|外号)")
_NOT_HANDLE = re.compile(r"不|没|什么|谁|保密|隐私|随便|都行|无所谓|你|我|[吧呀啊哈呢哦啦嘛]")
# Homophone slips of the pinyin keyboard for 叫 and 是 ("我教王铁军", "我事李秀兰"): read only
# when the name was asked, and only a surname with a given name up to the end of the clause.
_TYPO_INTRO = re.compile(
    r"我(?:[教较交]|[事式])(?P<name>[\u4e00-\u9fff]{2,3})(?=$|[,，.。!！~\s吧呀啊])"
)
# Introductions that also start ordinary sentences ("我是上海人", "在下班"): outside the name
# question they need a common surname.
# (Cantonese "我係", "我系" is "我是"; names are read from the surface, which keeps the dialect)
_LOOSE_INTROS = ("我是", "我係", "我系", "本人", "鄙人", "在下")
_ZH_STOP = re.compile(
    r"(?:就行|就好|就可以|就成|好了|吧|呀|啊|哈|呢|哦|噢|啦|嘛|咯|喽|嘞|呗|今年|在|住|来自|是|我|家|已|有|用|岁"
    r"|男|女|目前|现在|，|,|。|\.|的|先生|女士|也|和|老家|从|刚(?!$|[哥姐子仔叔])|平时|喜欢|爱|做|上|工作)"
)
_SECOND_NAME_TAIL = re.compile(
    r"[,，]\s*(?:小名|昵称|网名|外号|英文名|中文名|洋名)(?:字)?(?:是|叫做|叫|[:：])?\s*$"
)


def _zh_name(candidate: str) -> str:
    titled = TITLED_ZH.match(candidate)
    if titled:
        return titled.group()
    framed = TRAIL.sub("", candidate)
    if framed != candidate and 2 <= len(framed) <= 4 and plausible_zh(framed, strict=False):
        return framed  # "叫我小可爱就行": the whole name before the closing frame
    m = _ZH_STOP.search(candidate, 1)
    if m and m.group() == "家" and len(candidate) == 3 and candidate[0] in SURNAMES:
        return candidate  # "岑家明": 家 inside a given name, the whole answer up to the comma
    name = candidate[: m.start()] if m else candidate
    if len(name) > 4 and name[0] not in PREFIXES:
        name = name[:3]
    return name


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _zh_candidates(surface: str, asked: bool) -> list[tuple[int, str, int, int]]:
    """Chinese introductions as (rank, name, start, end).

    Rank 4 is a name to be called by ("叫我…"), 3 a name given ("我叫…"), 2 a second name
    ("英文名…", "小名…"), 1 a surname, 0 a loose "我是…".
    """
    found: list[tuple[int, str, int, int]] = []
    if _HAN.search(surface) is None:
        return found  # every introduction above is in Chinese characters
    for m in _ZH_INTRO.finditer(surface):
        raw = m.group("name")
        start = m.start("name")
        if re.match(r"[A-Za-z]", raw):
            # "名字是zhou yiran", "我叫Chloe Zhang": a second Latin word goes on the name; after a
            # loose "我是", outside the name question, only a capitalised one ("我是frequent
            # traveler" describes the respondent)
            strict = m.group().startswith(_LOOSE_INTROS) and not asked
            two = re.match(r"[A-Za-z][A-Za-z'\-]*\s+[A-Za-z][A-Za-z'\-]*", surface[start:])
            if two and plausible_en(two.group(), strict=strict):
                found.append((_rank(m.group()), two.group(), start, start + len(two.group())))
                continue
            latin = re.match(r"[A-Za-z][A-Za-z'\-]*", raw)
            if latin and plausible_en(latin.group(), strict=strict):
                found.append((_rank(m.group()), latin.group(), start, start + len(latin.group())))
            continue
        loose = m.group().startswith(_LOOSE_INTROS)
        if _NAME_WORD.match(raw) or not TRAIL.sub("", raw):
            continue  # "叫我全名就行", "大名就好": the name already given, no new one
        if _CALL_ME.match(m.group()) and _SUMMONED.match(raw):
            continue  # "我妈喊我去吃饭", "室友叫我一起打球": a summons, no name
        if loose and _REGARDED_AS.search(surface, 0, m.start()):
            continue  # "我妈还当我是小孩": what somebody takes the respondent for, no introduction
        if m.group("you") and (TRAIL.sub("", raw) == raw or re.search(r"[去来回帮]", raw)):
            continue  # "你叫小王去办吧": an errand; a name to use closes with "吧", "就行"
        if _NO_NAME_AFTER.match(raw):
            continue  # "名字是写卡主的还是写我的", "英文名同一个歌手撞名": no name given
        if m.group().startswith(_NAME_NOUNS) and _others_name(_clause_before(surface, m.start())):
            continue  # "我家娃小名叫豆豆", "我老公名字叫李明": somebody else's name
        if m.group("bare") and not asked:
            continue  # "有男朋友，叫阿峰": outside the name question, maybe somebody else's name
        if m.group("bare") and _about_other(_clause_before(surface, m.start() - 1)):
            continue  # "隔壁家闺女来玩了，叫甜甜": a bare 叫 goes on about that person
        handle = TRAIL.sub("", raw) if _HANDLE.match(m.group()) else ""
        if 2 <= len(handle) <= 8:
            if not _NOT_HANDLE.search(handle):
                found.append((2, handle, start, start + len(handle)))
            continue
        if m.group("surname"):
            if _QUESTION_WORD.match(raw):
                continue  # "姓什么不重要", "姓啥都行": a question word, no surname
            name = raw[:2] if raw[:2] in COMPOUND_SURNAMES else raw[0]
            name = name if name in COMPOUND_SURNAMES or name in SURNAMES or asked else ""
            full = _FULL_AFTER_SURNAME.match(raw, len(name)) if name else None
            if full and full.group("full").startswith(name):
                # "我姓林叫林一帆": the full name follows its surname without a comma
                whole = _zh_name(full.group("full"))
                if len(whole) > len(name) and plausible_zh(whole, strict=False):
                    at = start + full.start("full")
                    found.append((3, whole, at, at + len(whole)))
                    continue
            later = _full_name_clause(surface, name, m.end("name")) if name else None
            if later:
                found.append((3, *later))  # "免贵姓欧阳，单名一个琳，欧阳琳": the full name
                continue
        else:
            stop = _ZH_STOP.search(raw, 1)
            if loose and len(raw[: stop.start()] if stop else raw) > 4:
                continue  # "我是王者荣耀玩家": a description, not a name
            if loose and re.match(r"[^的]{1,4}的|[^的，,。]{1,8}?(?:长大|出来|出生|过来)的", raw):
                continue  # "我是新来的", "我是做销售的", "我是单亲家庭长大的": a description
            word = TRAIL.sub("", raw)
            if loose and _zh_name(raw) in ZH_KIN_TERMS:
                continue  # "我是阿婆": an old woman, who she is, not what she is called
            role = ZH_ROLE_END.search(_zh_name(raw)) or ZH_ROLE_END.search(word)
            if loose and (ZH_ROLE_WORD.fullmatch(_zh_name(raw)) or ZH_ROLE_WORD.fullmatch(word)):
                continue  # "我是应届生", "我是程序员": a role, though 应 and 程 are surnames
            if loose and role and raw[0] not in SURNAMES and raw[0] not in PREFIXES:
                continue  # "我是班主任", "我是户主", "我是新用户": a role
            if loose and role and len(word) >= 4 and word[:2] not in COMPOUND_SURNAMES:
                continue  # "我是万达员工": a role after a word that only looks like a surname
            name = _zh_name(raw)
        if not name or not plausible_zh(
            name, strict=(not asked and loose) or bool(m.group("plain"))
        ):
            continue  # ("我的名字很长": with no 是 or 叫, only a surname or 小/老/阿 makes a name)
        if loose and len(name) < 2 and not m.group("surname"):
            continue  # "我是新…": one character after "我是" is no name
        name = once(name)
        rank = 1 if m.group("surname") else 0 if loose else _rank(m.group())
        if rank == 4 and _CALLED_BY_OTHER.search(_clause_before(surface, m.start())):
            rank = 2  # "我老公平时叫我婧婧": what somebody else calls them, a second name
            callers = _clause_before(surface, m.start())
            if pet_name(callers, name) and not taken_up(surface, start + len(name)):
                continue  # "我老公叫我宝宝": a partner's pet name, no name to use
        found.append((rank, name, start, start + len(name)))
    if asked and not found:
        for typo in _TYPO_INTRO.finditer(surface):
            name = typo.group("name")
            if name[0] in SURNAMES and plausible_zh(name, strict=True):
                found.append((0, name, typo.start("name"), typo.end("name")))
    return found


_QUESTION_WORD = re.compile(r"什么|甚么|啥|谁|哪")
# The name itself as the word after "叫我" ("叫我全名", "叫大名就行") points back to a name given.
_NAME_WORD = re.compile(r"全名|大名|名字|本名|真名|姓名|原名|全称")
# A verb of taking or believing right before "我是" makes "我是…" its object clause ("还当我是小孩",
# "以为我是骗子"): how the respondent is regarded, not who they are.
_REGARDED_AS = re.compile(r"(?:当|看作|看成|以为|认为|觉得)$")
# "姓林叫林一帆": a surname, then 叫 and the full name in the same run of characters
_FULL_AFTER_SURNAME = re.compile(r"(?:名)?叫(?:做)?(?P<full>[\u4e00-\u9fff]{2,4})")
_CALL_ME = re.compile(r"^(?:叫我|称呼我|喊我|叫俺|叫阮)")
# After "叫我" / "喊我", a verb of going or doing: the respondent is called to do something.
# ("叫我来福" is a name: 来 and 回 count only with where or what to)
_SUMMONED = re.compile(
    r"(?:去|来(?:帮|一起|吃|玩|这|家|一下)|回(?:家|来|去)|过来|过去|出去|一起|帮|吃|起床|下楼|上楼|干活)"
    # ("叫我老公来接我": my husband is called to fetch me)
    r"|(?:老公|老婆|媳妇|爱人|老爸|老妈|爸|妈|儿子|女儿)(?:来|去|回|过来|帮|接|送|一起)"
)


def _full_name_clause(surface: str, surname: str, start: int) -> tuple[str, int, int] | None:
    """A later clause that is the surname with a given name ("姓欧阳，…，欧阳琳。")."""
    for m in _CJK_CLAUSE.finditer(surface, start):
        word = m.group()
        if word.startswith(surname) and 1 <= len(word) - len(surname) <= 2:
            if plausible_zh(word, strict=False):
                return word, m.start(), m.end()
    return None


# A run of Chinese characters that is a whole clause (between marks, spaces or the ends).
_CJK_CLAUSE = re.compile(r"(?:^|(?<=[,，。.!！~\s]))[\u4e00-\u9fff]+(?=$|[,，。.!！~\s])")


# Somebody else as the subject of "叫我": the respondent reports a nickname, not what to call them.
_CALLED_BY_OTHER = re.compile(
    r"他|她|大家|别人|人家|朋友|同事|同学|家里|家人|老公|老婆|爱人|媳妇|丈夫|妻子|男朋友|女朋友|对象"
    r"|爸|妈|哥|姐|弟|妹|孩子|儿子|女儿|奶奶|爷爷|外婆|外公|姥姥|姥爷|老板|领导|客户|室友|闺蜜|兄弟"
    r"|小孩|侄|外甥|学生|邻居|粉丝|网友|观众|听众|读者|顾客|客人|街坊|老铁|群友|队友|工友|战友"
    r"|球友|牌友|徒弟|学员|病人|村里|老乡|发小|家长"
)
_CLAUSE_MARK = re.compile(r"[,，.。!！?？;；~]")
# A clause about somebody else, not the respondent: "同事家孩子来了" (not "我是新来的同事").
_OTHER_SUBJECT = re.compile(r"小孩|孩子|邻居|宝宝|闺女|侄|外甥|猫|狗|娃")


def _about_other(clause: str) -> bool:
    return bool(_CALLED_BY_OTHER.search(clause) or _OTHER_SUBJECT.search(clause)) and not (
        clause.lstrip().startswith(("我是", "我叫", "本人", "俺是"))
    )


# Name words that open an introduction without "我" ("小名叫…", "名字是…"): whose name it is comes
# from the clause before them.
_NAME_NOUNS = ("小名", "昵称", "网名", "外号", "英文名", "中文名", "洋名", "名字", "大名", "全名")
_GIVEN_TO_ME = re.compile(r"[给帮替叫喊]我|我的")


def _others_name(clause: str) -> bool:
    """The clause before a name word is about somebody else ("我家娃"), not a name the respondent
    was given ("朋友给我起的外号")."""
    return _about_other(clause) and _GIVEN_TO_ME.search(clause) is None


def _clause_before(surface: str, start: int) -> str:
    marks = [m.end() for m in _CLAUSE_MARK.finditer(surface, 0, start)]
    return surface[marks[-1] if marks else 0 : start]


_SECOND_NAME = re.compile(r"^(?:小名|昵称|网名|外号|英文名|中文名|洋名)")


def _rank(intro: str) -> int:
    if _CALL_ME.match(intro) or intro.startswith("你"):
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
        if best < 4:
            address = zh_address_after(surface, end, name)
            if address:
                return address  # "我叫陈红梅，陈阿姨就行": the form of address consented to
        if best == 2 and asked:
            before, cut = _SECOND_NAME_TAIL.subn("", surface[: surface.rfind(name, 0, end)])
            first = name_in_clauses(before) if cut else None
            if first:
                return first
        return name, start, end
    found_en = en_introduced(surface, asked)
    if found_en and not asked and said_towns.town_after_it_is(surface, found_en[1]):
        return None  # "we moved last summer, it's Kingston now", "it's Guelph, we're in Guelph"
    return found_en
