"""The respondent's own gender, told apart from the gender words about other people.

Gender words are everywhere in chat ("客服小姐姐", "my husband", "男客人", "the cat's a girl"). When
gender is asked, a gender word counts unless it is part of a kinship word or a compound noun
("侄女", "男客人", "女装"), something the respondent likes ("爱好女"), or said of another subject
("家里的猫是女孩", "店里来的基本都是小姐姐", "even the cat's a girl"); a kinship role the respondent
says they are ("我是她姑姑") names it too. In another answer only a self-description counts ("我是
男生", "I'm a 31 y/o guy", "put me down as female", "29, female, London").
"""

from __future__ import annotations

import re

from bot.understanding.age.self_aged import self_aged
from bot.understanding.identity import gender_others
from bot.understanding.identity.spouse_self import spouse_self
from bot.understanding.lexicon import Entry, Hit
from bot.understanding.people import clause_before

# "我是男护士", "女司机，别笑": the respondent's trade qualified by the gender word (a trade
# that ends in a word for a person who does it, not "女排" or "男装").
_TRADE = (
    r"(?:(?:护士|司机|老师|医生|教师|幼师|警察|军人|老板|工人|工程师|程序员"
    r"|设计师|会计|律师|厨师|记者|作家|学生|博士|硕士|研究生|大学生|中学生|主播|销售|保安|快递员|骑手"
    r"|店主|同志|员|师|工|警|官))"
)
_GENDER_SELF = re.compile(
    r"(?:^|[,，。.!\s])(?:我是|本人|是)?(?:个|一个|一名)?(?P<zh>男"
    r"|女)(?:生|的|性|士|孩子?|人|娃|" + _TRADE + r")?(?=$|[,，。.!\s]|[哈啊呀哦啦喔噢嘛呢哟~～])"
    # "95年的男生", "我是00年的女生": a birth year before the gender word (an adult's: 19xx, 200x)
    r"|(?:^|[,，。.!\s])(?:我是|本人|是)?(?:19)?(?:[4-9]\d|0\d)年(?:生)?的(?P<zhy>男|女)"
    r"(?:生|的|性|士|人)(?=$|[,，。.!\s]|[哈啊呀哦啦喔噢嘛呢哟~～])"
    # "Am a guy of 27 years": the subject dropped at the start of a clause
    # "I'm just a bloke": an adverb may come between
    # (Caribbean "Ah is a woman": "ah" is "I")
    r"|(?:\b(?:i'?m|i am|im|ah is|ah am)|(?:^|[,.!?;]\s*)am)\s+(?:(?:just|only|simply|also"
    r"|actually|really|still|definitely|obviously)\s+)?(?:an?\s+)?"
    r"(?:\d+[ -]?(?:years?|yrs?)[ -]?old\s+|\d+\s*(?:y/?o|yo)\s+|young\s+|old\s+|married\s+"
    r"|single\s+)?"
    r"(?P<en>man|woman|guy|girl|male|female|dude|lady|gal|bloke|lad|lass|chap)\b"
    r"|^(?P<bare>male|female)\b"
    # "29, female, London": one item of a list
    r"|[,;/]\s*(?P<item>male|female)\s*(?=$|[,;/.!])"
    # "put me down as female", "mark me as a guy", "I identify as a woman"
    r"|\b(?:(?:put|mark|count|list|have|register)\s+me\s+(?:down\s+)?as|i identify as)\s+"
    r"(?:an?\s+)?(?P<as>man|woman|guy|girl|male|female|dude|lady|gal|bloke|lad|lass|chap)\b"
    # "我就是个26岁的男生", "我是个90后女生": the respondent, described, then the gender word
    # ("我是个95年的女生": a birth year, like an age, may describe the respondent first)
    r"|(?:我|俺|本人)(?:就|也|只|都|其实|可)?[是系](?:个|一个|一名)?(?:[\d一二三四五六七八九十两]+多?岁的"
    r"|\d{2}后的?|(?:19)?(?:[4-9]\d|0\d)年(?:生)?的)?(?P<zha>男|女)(?:生|的|性|士|孩子?|仔|人|"
    + _TRADE
    + r")"
    # (the sentence may go on: "知道我是个男的就行", "我是女的而已", "我是男的所以…")
    r"(?=$|[,，。.!\s]|[哈啊呀哦啦喔噢嘛呢哟~～吧呗来]|就|而已|所以|但|不过|也)"
    # "26 yo girl here", "a dad here"
    r"|(?:^|[,.!]\s*)(?:an?\s+)?(?:\d+\s*(?:yo|y/o|(?:years?|yrs?)[ -]old)\s+)?"
    r"(?P<here>man|woman|guy|girl|male|female|dude|lady|gal|bloke)\s+here\b"
    # "a guy? I am one": the gender word of a question, taken up by "one"
    r"|\b(?P<one>man|woman|guy|girl|male|female|dude|lady|gal|bloke)\s*\?+\s*"
    r"(?:(?:'?cause|because|cos|coz|cuz|well|yes|yeah|yep)\s+)?(?:i'?m|i am|im)\s+one\b"
    # "俺是当娘的", "我是当爹的": a parent's role names the gender
    r"|(?:我|俺)(?:就|也|都)?是(?:个)?当(?P<parent>妈|娘|爹|爸)的"
    # the respondent in apposition to the gender word: "我一个大男人哪懂这些", "我一个女生",
    # "俺一个四十岁的老爷们" (爷们 / 娘们 are a grown man / woman, 老 and 大 only stress it)
    r"|(?:我|俺)(?:作为|身为)?一个(?:[\d一二三四五六七八九十两]+多?岁的)?[大老]{0,2}"
    r"(?:(?P<zhb>男|女)(?:生|人|孩子?|的)|(?P<folk>爷|娘)们儿?)"
    # a form filled in: "年龄：41 城市：青岛 性别：女", "Age: 41 / Sex: F" (a label that opens the
    # message or follows another field, not "老公性别男" or "my son's gender: male")
    r"|(?:^|(?<=[,，;；/|.。!！])|(?<=[\d\u4e00-\u9fff])\s|(?<=[,，;；/|.。!！\d])\s+)"
    r"(?:性别|gender|sex)\s*[:：=\-]?\s*(?P<field>男|女|male|female|man|woman|m|f)"
    r"(?=$|[\s,，;；/|.。!！]|(?<=[男女])[性生的])"
)
# "我是两个小侄女的舅舅", "我是她姑姑": a kinship role the respondent says they are names
# the gender.
_KIN_MALE = (
    "舅舅 叔叔 伯伯 大伯 爷爷 外公 姥爷 爸爸 哥哥 弟弟 儿子 孙子 侄子 外甥 女婿 丈夫 老公"
    # an old man, as elders are called: "我係阿伯", "我是个老头子"
    " 阿公 阿伯 阿爷 阿叔 老头子 老头 老大爷 大爷 大叔 老爷子 老汉"
    # Hokkien "a man": "阮是查埔人" (阮 is "I")
    " 查埔人 查埔囡仔 查埔囝仔 查甫人 查埔 查甫".split()
)
_KIN_FEMALE = (
    "姑姑 阿姨 姨妈 小姨 舅妈 婶婶 伯母 奶奶 外婆 姥姥 妈妈 姐姐 妹妹 女儿 孙女 侄女 外甥女 儿媳"
    " 媳妇 老婆 妻子"
    # an old woman: "我係阿婆", "我是个老太太了", "我一个老婆子"
    " 阿婆 阿嫲 阿嬷 阿婶 老太太 老太婆 老婆子 老大娘 大妈 大娘 大婶 婆婆"
    # Hokkien "a woman": "阮是查某人" (not "查某个号码", "check a number")
    " 查某人 查某囡仔 查某囝仔 查某".split()
)
_KIN_GENDER = {**dict.fromkeys(_KIN_MALE, "male"), **dict.fromkeys(_KIN_FEMALE, "female")}
_KIN_SELF = re.compile(
    r"(?:我|俺|阮)(?:就|也|只)?(?:是|当了?)[^,，。;；!?！？]{0,12}?(?<![我俺咱])(?P<kin>"
    + "|".join(sorted(_KIN_GENDER, key=len, reverse=True))
    + r")(?=$|[,，。.!！\s]|[哈啊呀哦啦喔噢嘛呢哟~～了]|一个)"
    # a role taken on: "我是当奶奶的人了", "俺都当外婆了"
    r"|(?:我|俺)(?:就|也|只|都|早就?|已经)*(?:是)?(?:个)?当了?(?P<role>"
    + "|".join(sorted(_KIN_GENDER, key=len, reverse=True))
    + r")[的了]"
    # the respondent in apposition to an old person's word: "我一个老太太懂啥"
    r"|(?:我|俺)一个(?P<old>老太太|老太婆|老婆子|老大娘|老头子|老头儿?|老大爷|老爷子)"
    # the old person's word as the whole answer, counted or not: "老太太一个", "就一老头儿",
    # "一个老爷子而已" (not "我问问老太太", "家里老太太一个人")
    r"|^\s*(?:我|俺)?(?:就|就是|是)?(?:一个|一|个)?(?P<alone>老太太|老太婆|老婆子|老大娘|老头子"
    r"|老头儿?|老大爷|老爷子|老汉)(?:一个|一枚|一名|个)?(?:而已|罢了)?[\s了啦呗哈啊呀嘛~～。.!！]*$"
)
# 男 / 女 inside a kinship word ("侄女", "外甥女", "儿女", "女婿", "男友") name no gender.
_IN_KIN_WORD = re.compile(r"(?<=[侄孙甥子儿])[男女]|[男女](?=[儿婿友方])")
# A lone 男 / 女 that qualifies a noun of other people or things ("男客人", "女同事", "女宝",
# "女装", "男厕") names no gender of the respondent's.
_QUALIFIER = re.compile(r"[男女](?=[客顾同医护司员宝装厕鞋款篮足排团神星朋伴演主老])")
# A gender word said of another subject: "even the cat's a girl", "my youngest is a boy".
_OTHER_SUBJECT_BEFORE = re.compile(
    r"\b(?!(?:i|gender|sex|answer|that|this|pronouns?)\b)[a-z]+(?:'s|\s+is|\s+was|\s+are)\s+"
    r"(?:an?\s+|the\s+)?(?:(?:little|big|baby|good|real|proper)\s+)?$"
    # a group: "店里来的基本都是小姐姐", "they're mostly girls"
    r"|(?:都|全|全都|大多|大部分|多半|净)是\s*$"
    # another person or a pet as the subject: "家里的猫是女孩", "老二是个男孩", "室友是个非二元的"
    r"|(?:猫咪?|狗狗?|它|他|她|孩子|儿子|女儿|闺女|老大|老二|老三|娃|(?<!本)宝宝"
    r"|室友|舍友|朋友|同学|同事|闺蜜|邻居|对象|老公|老婆|媳妇)(?:也|都)?是(?:个|一个|只|条|位)?\s*$"
    # what somebody else says to put down, quoted: "他在旁边说让我填'男'", "she says put 'female'"
    r"|(?:他|她|老公|老婆|媳妇|对象)[^,，。]{0,6}说(?:让我|叫我|要我)?(?:填|写|选)\s*['‘“\"「]?\s*$"
    r"|\b(?:he|she|they)\s+(?:says?|said|tells? me|told me)\s+(?:to\s+)?(?:put|write|tick|say)"
    r"\s*['‘“\"]?\s*$"
)
# People counted are other people: "科室十二个护士就两个男的", "three women and me".
_COUNTED_BEFORE = re.compile(
    r"(?:\d+|[两二三四五六七八九十几俩仨]+)\s*(?:个|位|名)?\s*$"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several|both|all the)\s+$"
    # people in general, not counted: "开网约车的哪有那么多女的", "哪来的男的", "不少女的"
    r"|(?:(?:那么|这么|好|太|挺|很|许)多|不少|哪有|哪来的?)\s*(?:个|位|名)?\s*$"
)
# ... and so are people counted after the word: "男的5个女的13个", "女生十几个" (not "男的，28").
_COUNTED_AFTER = re.compile(r"(?:的|生|性)?(?:\d+|[两二三四五六七八九十几俩仨]+)(?:个|位|名|人)")
# "男女" together names both, no gender: "不要默认只有男女两个选项".
_BOTH = re.compile(r"男(?=女)|(?<=男)女|女(?=男)|(?<=女)男")
# A gender asked back as unthinkable: "孕妇还能是男的吗", "难道会是女的？".
_UNTHINKABLE = re.compile(r"(?:能|会|可能)是\s*$")
_ASKED_AFTER = re.compile(r"(?:的|生|人)?\s*(?:吗|嘛|么|[?？])")
# A comparison names no gender: "me girlfriend says I shop like a woman", "I swear more than a
# man" (but "I'm like a woman" and "like a woman? I am one" are taken up elsewhere).
_LIKENESS_BEFORE = re.compile(
    r"(?<!\bi'm )(?<!\bim )(?<!\bi am )\b(?:like|than)\s+(?:an?\s+|the\s+|some\s+)?(?:[a-z]+\s+)?$"
)
# "性别男，爱好女": a gender the respondent likes or looks for is not their own.
_LIKED_BEFORE = re.compile(r"(?:爱好|喜欢|取向|\binto|\binterested in|\battracted to)\s*$")
_GENDER_VALUES = {
    "男": "male",
    "女": "female",
    "man": "male",
    "guy": "male",
    "male": "male",
    "dude": "male",
    "bloke": "male",
    "woman": "female",
    "girl": "female",
    "female": "female",
    "lady": "female",
    "gal": "female",
    "lad": "male",
    "chap": "male",
    "lass": "female",
    "m": "male",
    "f": "female",
}
# A letter that opens the answer, then a comma, a laugh, a comment or a number: "F, 52", "F
# obviously lol", "m obv", "m lol", "f 34", "F here" (not "f this survey", "m here to complain").
_LEADING_LETTER = re.compile(
    r"[a-z]\s*[,，;/.—–]|[a-z]\s+-\s|[a-z]\s+(?:(?:obviously|obvs?|clearly|of course|ofc|duh|lol"
    # a Singlish particle after it: "f lah", "m lor", "F leh"
    r"|lmao|lah|lor|leh|la|loh|(?:ha)+)\b|\d|here\s*(?:$|[,.!;])"
    # a thanks or a please closing the answer: "F thanks", "m cheers", "M please"
    r"|(?:thanks|thank you|thx|ty|ta|cheers|please|pls|plz)\s*[.!~]*$)"
)


# A single parent the respondent says they are, to the gender question: "single mum here", "I'm
# a single dad", "as a single mother" (not "raised by a single mum", "my sister is a single mum").
_SINGLE_PARENT = re.compile(
    r"(?:^|[,.!?;]\s*|\b(?:i'?m|i am|im|as)\s+)(?:an?\s+)?(?:proud\s+|busy\s+|working\s+)?"
    r"single\s+(?:(?P<f>mum|mom|mam|mother)|dad|father)\b(?!')"
)


def kin_self(low: str) -> tuple[str, int, int] | None:
    """(gender, start, end) of a kinship role the respondent says they are ("我是她姑姑", "single
    mum here")."""
    m = _KIN_SELF.search(low)
    if m is None:
        single = _SINGLE_PARENT.search(low) if "single" in low else None
        if single is None:
            return spouse_self(low)  # "I'm the husband", "wife here"
        return (
            ("female" if single.group("f") else "male", single.start(), single.end())
            if single
            else None
        )
    old = (m.group("old") or m.group("alone") or "").rstrip("儿")
    return (_KIN_GENDER[m.group("kin") or m.group("role") or old], m.start(), m.end())


# Every reading of `_GENDER_SELF` holds one of these: the cheap check before the long pattern.
_GENDER_TRIGGER = re.compile(
    r"男|女|爹|爸|妈|娘|爷|性别|man|male|guy|girl|dude|lady|gal|bloke|lad|lass|chap|gender|sex"
)


def self_description(low: str) -> tuple[str, int, int] | None:
    """(gender, start, end) of a self-description ("我是男生", "I'm a guy", "female, 29")."""
    m = _GENDER_SELF.search(low) if _GENDER_TRIGGER.search(low) else None
    if not m:
        return self_aged(low)  # "27 yr old girl living in Chennai"
    word = m.group("zh") or m.group("zhy") or m.group("en") or m.group("bare")
    word = word or m.group("here") or m.group("item") or m.group("as") or m.group("zha")
    word = word or m.group("one") or m.group("zhb") or m.group("field") or ""
    kin = m.group("parent") or m.group("folk") or ""
    word = {"妈": "女", "娘": "女", "爹": "男", "爸": "男", "爷": "男"}.get(kin, word)
    value = _GENDER_VALUES.get(word)
    if _DENIED_AFTER.match(low, m.end()):
        return None  # "male or female doesn't fit me": both named, both denied
    return (value, m.start(), m.end()) if value else None


def own_words(low: str, core: str, cands: list[tuple[Hit, Entry]]) -> list[tuple[Hit, Entry]]:
    """The gender words of an answer to the gender question that are about the respondent."""
    # a single letter ("m", "F") is an answer only when it is the whole message or its first
    # word, set apart ("F, 52", "F obviously lol")
    first = low.find(core)
    return [
        (h, e)
        for h, e in cands
        if (
            not (len(low[h.start : h.end]) == 1 and low[h.start : h.end].isascii())
            or (h.start == first and (len(core) == 1 or _LEADING_LETTER.match(core)))
        )
        and not _LIKED_BEFORE.search(low, 0, h.start)
        and not _LIKENESS_BEFORE.search(clause_before(low, h.start))
        and not _IN_KIN_WORD.match(low, h.start)
        and not (h.end - h.start == 1 and _QUALIFIER.match(low, h.start))
        and not _OTHER_SUBJECT_BEFORE.search(clause_before(low, h.start))
        and not _owned_person(low, h.start, h.end)
        # "客服是个男的", "oh boy", "Mum's the one who pays"
        and not gender_others.said_of_other(low, h.start, h.end)
        and not (low[h.start : h.end] in _KIN_EN and _OBJECT_BEFORE.search(low, 0, h.start))
        and not (low[h.start : h.end] in ("其他", "其它") and _THE_REST_AFTER.match(low, h.end))
        and not _addresses_the_bot(low, h.start, h.end)
        and not (low[h.start : h.end] in _ADDRESS_ONLY and core != low[h.start : h.end])
        and not (low[h.start : h.end].isascii() and _THE_OTHER_BEFORE.search(low, 0, h.start))
        and not _EITHER.match(low, max(0, h.start - 4) if h.start else 0)
        and not _CALLED_BEFORE.search(low, 0, h.start)
        and not _DENIED_AFTER.match(low, h.end)
        and not (low[h.start : h.end] in _PRONOUNS and not _pronoun_given(low, h.start, h.end))
        and not (low[h.start : h.end] == "other" and _DETERMINER_BEFORE.search(low, 0, h.start))
        and not (
            _counted_gender_word(low, h.start)
            and _COUNTED_BEFORE.search(clause_before(low, h.start))
        )
        and not (h.end - h.start <= 2 and _COUNTED_AFTER.match(low, h.start + 1))
        and not (h.end - h.start == 1 and _BOTH.match(low, h.start))
        and not (
            _UNTHINKABLE.search(clause_before(low, h.start))
            and _ASKED_AFTER.match(low, h.start + 1)
        )
    ]


# Gender words denied together after they are named: "男女都不太贴切", "男的也不是女的也不是",
# "male or female doesn't really fit" (not "是男的不是女的", where the first is chosen).
_DENIED_AFTER = re.compile(
    r"(?:[男女的和跟或还是/、\s]|生)*(?:(?:都|哪个都|两个都)(?:不|没)|也不是)"
    r"|(?:\s*(?:or|and|nor|/)\s*(?:male|female|man|woman))*\s*(?:doesn'?t|don'?t|does not"
    r"|do not|isn'?t|aren'?t)\s+(?:really\s+|quite\s+)?(?:fit|apply|suit|describe)"
)
# A third-person pronoun is an answer when given as one ("she", "he/him", "pronouns: she her");
# inside a sentence it stands for somebody else ("my flatmate … she wasn't impressed", "told
# him").
_PRONOUNS = frozenset(("he", "him", "she", "her"))
_PRONOUN_BEFORE = re.compile(
    r"(?:^|[,.;!?:(/—–-])\s*$|\bpronouns?\b[^,.;!?]{0,12}$|\b(?:use|prefer|go by|and)\s+$"
)
_PRONOUN_AFTER = re.compile(
    r"\s*(?:$|[,.;!?/)]|(?:and|please|pls|thanks|thx|lol|obviously|pronouns?)\b)"
)


def _pronoun_given(low: str, start: int, end: int) -> bool:
    return bool(_PRONOUN_BEFORE.search(low, 0, start) and _PRONOUN_AFTER.match(low, end))


# Forms of address answer only as the whole message ("Sir", "ma'am"), not "Yes sir" or "thanks
# madam", which speak to the bot.
_ADDRESS_ONLY = frozenset(("sir", "ma'am", "maam", "madam", "mister"))
# "the lady at the shop", "that guy on the phone": a person pointed at is somebody else (not
# "I'm the man of the house").
_THE_OTHER_BEFORE = re.compile(
    r"(?<!\bi'm )(?<!\bim )(?<!\bi am )\b(?:the|that|this|some|another)\s+(?:[a-z]+\s+)?$"
)
# Both genders named side by side ask whether it matters: "男的女的有关系吗", "男生女生都行".
_EITHER = re.compile(r".{0,4}?(?:男(?:的|生|性|人)女|女(?:的|生|性|人)男)")


# What others call the respondent is their word, not a self-description: "总被骑手叫大哥".
_CALLED_BEFORE = re.compile(r"被[^,，。!！?？]{0,6}(?:叫|喊|称呼?|当成|当作)(?:做|作|为|我)?\s*$")


# "其他的不知道": "the rest" that the respondent does not know, no third option.
_THE_REST_AFTER = re.compile(r"的?\s*(?:我|俺)?(?:都|也|就|还)?(?:不|没)")
# A gender word with an owner names another person: "my mum", "her little boy", "我妈妈" (a
# lone 男 / 女 after 我 is the respondent: "我女的，28"; "your average bloke", "your typical
# mum" is the idiom for "a typical one", said of the respondent).
_OWNER_BEFORE_EN = re.compile(
    r"\b(?:my|our|your(?!\s+(?:average|typical|regular|ordinary|everyday|standard|normal|basic"
    r"|common|garden[- ]variety|run[- ]of[- ]the[- ]mill)\b)|his|her|their)\s+(?:[a-z]+\s+)?$"
)
_OWNER_BEFORE_ZH = re.compile(r"(?:我|你|他|她|俺|咱)们?(?:的|家)?$")


# A parent or grandparent word after a verb or preposition is somebody else: "I look after mum",
# "visiting grandma on Sundays" (but "grandad of four", "I'm a mum").
_KIN_EN = frozenset(
    "mom mum mother dad father grandpa grandad granddad granddaddy grandaddy grandfather gramps"
    " grampa grandma granny grandmother grandmom grandmum nana nanna".split()
)
_OBJECT_BEFORE = re.compile(
    r"\b(?:after|visit|visits|visiting|with|call|calls|calling|ring|see|for|to|help|helps|helping"
    r"|take|takes|taking|about|from|by|and|like|than)\s+$"
)
# "me mum", "mi dad": "my" in northern English and patois, before a parent word.
_DIALECT_MY = re.compile(r"\b(?:me|mi)\s+$")
_PARENT_WORDS = frozenset("mum mom mam ma mother dad da father".split())


def _owned_person(low: str, start: int, end: int) -> bool:
    word = low[start:end]
    if word.isascii():
        return _OWNER_BEFORE_EN.search(low, 0, start) is not None or (
            word in _PARENT_WORDS and _DIALECT_MY.search(low, 0, start) is not None
        )
    return word[0] not in "男女" and _OWNER_BEFORE_ZH.search(low, 0, start) is not None


# "the other screen", "every other day": "other" as a determiner is no gender.
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|each|every|some|any|no|my|your|his|her|their|our|this|that|one)\s+$"
)


def _counted_gender_word(low: str, start: int) -> bool:
    """The word at `start` is itself a gender word that can be counted ("两个男的"), not a phrase
    whose count belongs to another word ("俩孩子的爹")."""
    return low[start : start + 1] in ("男", "女") or low[start : start + 1].isascii()


# A form of address that opens the message and is followed by a comma or a greeting: the
# respondent speaks to the bot ("美女，我问一下要填多久", "小哥哥你好", "hey dude, how long is
# this").
_VOCATIVE = frozenset(
    (
        "美女",
        "帅哥",
        "小哥哥",
        "小姐姐",
        "小哥",
        "小姐",
        "dude",
        "bro",
        "sis",
        "lady",
        "mate",
        "sir",
        "大姐",
        "大哥",
        "阿姨",
        "大叔",
        "ma'am",
        "madam",
        "mister",
    )
)
_OPENING = re.compile(r"\s*(?:(?:hi|hey|hello|嗨|哈喽)\s*[,，!！]?\s*)?$")
_ADDRESS_AFTER = re.compile(r"\s*(?:[,，!！]|你好|您好|请问|问一下|问下)")


def _addresses_the_bot(low: str, start: int, end: int) -> bool:
    return (
        low[start:end] in _VOCATIVE
        and _OPENING.match(low[:start]) is not None
        and _ADDRESS_AFTER.match(low, end) is not None
        and _BOT_ADDRESSED.search(low, end) is not None
    )


# What follows speaks to the bot: a question, a request, "you".
_BOT_ADDRESSED = re.compile(
    r"你|您|吗|么|\?|？|问|能不能|可以|跳过|\byou\b|\bhow\b|\bwhat\b|\bcan\b|skip"
)
