"""Text normalisation and tokenisation shared by every extractor.

People type full-width digits (２５), Chinese punctuation, emoji, curly quotes and hyphenated
English ("month-to-month", "twenty-five"). Every extractor works on one normalised form so that a
rule written once covers all of these spellings, and offsets stay comparable between extractors.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.understanding.family.kin_possessives import restore as _apostrophe_restored
from bot.understanding.literal_gates import gated

# Emoji and pictographs carry no slot value for the rules (the scale reader looks at a few of them
# on the raw text itself), so they are removed before matching.
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\U0000fe0f\U0000200d\U00002b00-\U00002bff"
    "\U0001f1e6-\U0001f1ff]+"
)
EMOJI = _EMOJI  # an emoji also parts clauses where no punctuation was typed (`name_answers`)
_PUNCT_MAP = str.maketrans(
    {
        "。": ".",
        "～": "~",
        "〜": "~",
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "「": '"',
        "」": '"',
        "『": '"',
        "』": '"',
        "【": "(",
        "】": ")",
        "《": '"',
        "》": '"',
        "—": "-",
        "–": "-",
        "‐": "-",
        "·": " ",
        "…": "...",
    }
)
_SPACES = re.compile(r"\s+")
# A star emoji after a digit is the word "stars" ("5 ⭐", "4★"); alone it is decoration.
_STARS_AFTER_DIGIT = re.compile("(\\d)\\s*[\u2b50\U0001f31f\u2605]+")
# "month-to-month", "twenty-five", "e-check": treat the hyphen between letters as a space so the
# lexicon needs one spelling only.
_WORD_HYPHEN = gated(r"(?<=[A-Za-z0-9])-(?=[A-Za-z])")

TOKEN_RE = re.compile(r"[a-z]+(?:'[a-z]+)*|\d+(?:\.\d+)?|[\u4e00-\u9fff\u3007]|[^\s]")
CLAUSE_BREAKS = frozenset(',.;:!?()[]"/~、')


def is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char == "\u3007"


# Where a sentence ends, in either language (a comma only ends a clause).
SENTENCE_END = re.compile(r"[.!?。！？\n]")


def cjk_count(text: str) -> int:
    # (the characters `is_cjk` takes, counted by one scan of the regex engine)
    return 0 if text.isascii() else len(_CJK_CHAR.findall(text))


_CJK_CHAR = re.compile("[\u4e00-\u9fff\u3007]")


# One Chinese numeral typed a character at a time ("七 十 三 了", "六 十"), or one age digit by
# digit ("2 5 岁"), is one number: the spaces go (a list like "三 四 个" has no 十 and stays).
_SPACED_CN_NUMERAL = re.compile(
    r"[一二三四五六七八九两零十百千](?: [一二三四五六七八九两零十百千])+"
)
_SPACED_AGE_DIGITS = re.compile(r"(?:^|(?<=今年)|(?<=今年 )|(?<=我)|(?<=我 ))(\d) (\d)(?= ?岁)")


def _unspaced(match: re.Match[str]) -> str:
    run = match.group()
    if "十" in run or "百" in run or "千" in run:
        return run.replace(" ", "")
    return run  # "三 四 个": three or four, a list of small numbers


def clean_surface(text: str) -> str:
    """NFKC, unified punctuation, no emoji, single spaces; case is kept (names need it)."""
    text = unicodedata.normalize("NFKC", text).translate(_PUNCT_MAP)
    if "\u2b50" in text or "\U0001f31f" in text or "\u2605" in text:
        text = _STARS_AFTER_DIGIT.sub(r"\1 stars ", text)  # "5 ⭐ no problems": five stars
    text = _EMOJI.sub(" ", text)
    text = _WORD_HYPHEN.sub(" ", text)
    text = _apostrophe_restored(_SPACES.sub(" ", text).strip())  # "my wifes phone"
    if "十 " in text or " 十" in text or " 百" in text:
        text = _SPACED_CN_NUMERAL.sub(_unspaced, text)
    if " 岁" in text or "岁" in text and " " in text:
        text = _SPACED_AGE_DIGITS.sub(r"\1\2", text)
    return text


# Chat spellings of "没有" (木有, 莫有, 莫得, 冇): rewritten to the standard characters, same
# length, so that one negation rule covers them all.
# 莫 alone is 没 too before what one has or has set up ("家里莫网", "莫装宽带", "莫孩子"; not
# "莫急" don't hurry, nor the surname in "莫先生")
# Southwestern and Hunan/Hubei "没得" / "冇得" is "没有" ("冇得固定的地方", "没得么子爱好"), but
# not in set phrases of praise or of getting ("没得说" beyond reproach, "没得挑", "没得比",
# "没得到" not obtained, "没得罪").
_COLLOQUIAL_NEGATION = re.compile(
    r"[木莫](?:有|得)|[没冇]得(?![说挑比到罪])|冇"
    r"|莫(?=网|宽带|装|拉网|拉宽带|开通|办宽带|孩子|小孩|娃|对象|结婚)"
)
# Hunan/Hubei "么子" is "什么" ("冇得么子不满意的", "搞么子"); not the tail of 什么, 那么, 这么,
# 怎么, 要么 or 多么 before a 子 of its own.
_WHAT_DIALECT = re.compile(r"(?<![什那这怎要多])么子")


def _standard_negation(match: re.Match[str]) -> str:
    return "没有" if len(match.group()) == 2 else "没"


# Cantonese and chat characters for common Mandarin ones, one for one so offsets stay put:
# "信用咭" is 信用卡, "我係" 我是, "喺" 在, "嘅" 的, "睇" 看, "咗" 了, "唔" 不; "钟意" is 喜欢.
_DIALECT_CHARS = str.maketrans({"咭": "卡", "咔": "卡", "係": "是", "喺": "在", "嘅": "的"})
_DIALECT_CHARS.update(str.maketrans({"睇": "看", "咗": "了", "哋": "们", "嚟": "来", "瞓": "睡"}))
# 唔 negates only before a word ("唔讲", "唔满意"); alone it is a Mandarin "hmm"; chat spelling
# "阔以" is 可以 ("还阔以")
# ("冇咩", "冇乜", after 冇 became 没, is "没啥": "冇咩特别爱好", "冇乜嗜好"; "瞓觉" is 睡觉)
# ("啱啱" is 刚刚, just now; "好耐" is 好久, a long time)
_DIALECT_WORDS = re.compile(
    r"[钟鍾]意|乜嘢|睇戏|阔以|啱啱|好耐|唔(?=[\u4e00-\u9fff])|(?<=没)[咩乜]"
)
_DIALECT_HINT = gated(r"[咭咔係喺嘅睇咗唔哋嚟瞓]|[钟鍾]意|乜嘢|阔以|没[咩乜]|啱啱|好耐")
# 睇戏 is watching films, not opera
_DIALECT_MANDARIN = {
    "乜嘢": "什么",
    "睇戏": "看剧",
    "唔": "不",
    "阔以": "可以",
    "啱啱": "刚刚",
    "好耐": "好久",
    "咩": "啥",
    "乜": "啥",
}


# Traditional characters for their simplified forms, one for one (offsets stay put): "單身狗"
# reads as "单身狗", "寬頻" as "宽频". Only characters that never stand for another simplified
# word are listed; the surface keeps what was typed (names are read from it).
_TRADITIONAL = str.maketrans(
    "們個單這來為麼說話時間網寬頻務與對開關費點電號碼機認識從還過進選擇無線腦視聽樂歡愛體運動"
    "遊戲書讀學習兒媽結離齡歲區縣臺灣滿見問題覺會換續約轉攜帶長實際錢塊幾樣稱裝隻別謝請讓給嗎"
    "於沒裡裏邊頭東親爺孫計劃準備決氣價貴優惡壞斷訊穩聯絡營業廳擔負養顧喪獨專戶帳額繳銀現纖撥"
    "數據訂閱員總劇鋼彈籃寫攝飲飪隨煩爾車達傳統紀錄記許後兩萬億週鐘夠雙處囉錯歷較級麗陳張劉楊"
    "黃趙吳鄭馮蔣蘇盧韓葉國華濟歐門閉場壓鬧漲嚇聲響樓層藝術讚燈熱節辦訴鄰舊婦夥妳祂眾歸將產態"
    "興險驗證護醫療藥講隱貓購妝膚編綜畫雜誌魚鳥寵擼騎駕釣",
    "们个单这来为么说话时间网宽频务与对开关费点电号码机认识从还过进选择无线脑视听乐欢爱体运动"
    "游戏书读学习儿妈结离龄岁区县台湾满见问题觉会换续约转携带长实际钱块几样称装只别谢请让给吗"
    "于没里里边头东亲爷孙计划准备决气价贵优恶坏断讯稳联络营业厅担负养顾丧独专户账额缴银现纤拨"
    "数据订阅员总剧钢弹篮写摄饮饪随烦尔车达传统纪录记许后两万亿周钟够双处啰错历较级丽陈张刘杨"
    "黄赵吴郑冯蒋苏卢韩叶国华济欧门闭场压闹涨吓声响楼层艺术赞灯热节办诉邻旧妇伙你他众归将产态"
    "兴险验证护医疗药讲隐猫购妆肤编综画杂志鱼鸟宠撸骑驾钓",
)


# Hubei, Jianghuai and Gan bare "伢" is a child, as "娃" is ("伢都上幼儿园了", "离了，伢跟我过",
# "哪来的伢"); "伢子", "伢崽", "伢仔" stay, as they are words (and names: "满伢子") of their own.
_CHILD_YA = re.compile(r"伢(?![子崽仔])")


def _mandarin_word(match: re.Match[str]) -> str:
    return _DIALECT_MANDARIN.get(match.group(), "喜欢")


# A closing 不 after a modal asks, as 吗 does: "你们支持微信交不", "能刷卡不？" (dialect and
# colloquial yes/no questions).
_CLOSING_NOT_ASKS = re.compile(
    r"((?<![没不])(?:支持|能|可以|行|有)[^,，。;；!！?？就]{0,12}?[\u4e00-\u9fff])不(?=[\s?？~～]*$)"
)


def lower_same_length(text: str) -> str:
    """Lowercase without changing the length, so offsets into both forms agree.

    Chat spellings of a negation are standardised on the way ("木有娃" reads as "没有娃").
    """
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if "有" in low or "冇" in low or "得" in low or "莫" in low:
        low = _COLLOQUIAL_NEGATION.sub(_standard_negation, low)
    if "么子" in low:
        low = _WHAT_DIALECT.sub("什么", low)
    if _DIALECT_HINT.search(low):
        low = _DIALECT_WORDS.sub(_mandarin_word, low).translate(_DIALECT_CHARS)
    if not low.isascii():
        low = low.translate(_TRADITIONAL)
    if "不" in low[-4:]:
        low = _CLOSING_NOT_ASKS.sub(r"\1吗", low)
    if "伢" in low:
        low = _CHILD_YA.sub("娃", low)
    if "领正" in low:
        low = low.replace("领正", "领证")  # a voice-input slip: "有男朋友 还没领正"
    return low


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_break(self) -> bool:
        return self.text in CLAUSE_BREAKS


def spaced_apart(tokens: list[Token], first: int, count: int) -> bool:
    """Two Chinese characters among `count` tokens from `first` have a space between them: in
    chat a space ends a clause, and a Chinese phrase does not run across it ("没有 一个人挺好"
    holds no "有一个"). A negation typed apart still negates its word ("没 有对象", "不 满意")."""
    return any(
        tokens[k].end < tokens[k + 1].start
        and is_cjk(tokens[k].text[-1])
        and is_cjk(tokens[k + 1].text[0])
        and tokens[k].text not in _NEGATIONS
        for k in range(first, first + count - 1)
    )


_NEGATIONS = frozenset("没不无未别")


def tokenize(low: str) -> list[Token]:
    """English words, numbers, single CJK characters and punctuation marks, with offsets."""
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(low)]


def term_key(term: str) -> tuple[str, ...]:
    """The token sequence a lexicon term is matched as (same normalisation as messages)."""
    return tuple(t.text for t in tokenize(lower_same_length(clean_surface(term))))


@dataclass
class Text:
    """A message in the forms the extractors need: cleaned surface, lowercase and tokens."""

    raw: str
    surface: str
    low: str
    tokens: list[Token]

    @classmethod
    def of(cls, raw: str) -> Text:
        surface = clean_surface(raw)
        low = lower_same_length(surface)
        return cls(raw=raw, surface=surface, low=low, tokens=tokenize(low))

    @property
    def core(self) -> str:
        """The lowercase text without surrounding punctuation and spaces."""
        return self.low.strip(" ,.;:!?~\"'()-")
