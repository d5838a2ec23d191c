"""Readings that a phrase list cannot express: words that count only together, or with a gap.

Most evidence is a fixed phrase in the lexicon. Some answers spread it over the sentence: a cheque
is a mailed cheque when the message also says it is posted ("I write a check and mail it", "支票，
寄过去的"), a bank pays when money leaves it ("每个月去银行转", "straight out of my account"),
and a child is a dependent however the age is said ("I have a 10 year old"). These patterns are
read only for the slot that was asked, where the question itself says what the words are about;
they add candidates that the usual negation, past and last-wins rules then judge.

Patterns are keyed by option id or boolean role, not by slot name, so that a survey reusing the
same options gets them too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding import intentions
from bot.understanding.lexicon import Entry, Hit, flags_at
from bot.understanding.normalize import Text

# "check" is also a verb ("let me check my bill"): as a payment it follows an article or a verb of
# paying or posting, or is plural; "cheque" and "支票" are always the payment.
_CHECK = (
    r"(?:\b(?:a|by|paper|with|via|send|sending|mail|mailing|write|writing|post|posting|them a|in a)"
    r"\s+checks?\b|\bchecks\b|\bcheques?\b|支票)"
)
_MAIL = r"(?:\bmail(?:ed|ing|s)?\b|\bpost(?:ed|ing)?\b|\bsnail|寄|邮)"
_ONLINE = (
    r"(?:\bonline\b|\bwebsite\b|\bapp\b|\belectronic(?:ally)?\b|\bdigital\b|网上|线上|在线|电子)"
)
_CLAUSE = r"[^.;!?。；！？]{0,40}?"


_NOT_BANKS = (
    r"(?:paypal|gcash|alipay|venmo|wechat|google|apple|amazon|microsoft|steam|netflix|uber|phone"
    r"|email|mobile|work|company|business|joint|user|online|prepaid|data|airtime)\b"
)

CHOICE_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    **intentions.ASKED_PATTERNS,
    # a singer's songs: "听周杰伦的歌", "爱唱邓丽君的老歌" (听歌 with the singer in between)
    "music": (re.compile(r"(?:听|唱)[^,，。;；!?]{1,10}?的(?:老|新)?歌"),),
    "mailed_check": (
        re.compile(_CHECK + _CLAUSE + _MAIL),
        re.compile(_MAIL + _CLAUSE + _CHECK),
    ),
    "electronic_check": (
        re.compile(_CHECK + _CLAUSE + _ONLINE),
        re.compile(_ONLINE + r"[^.;!?。；！？]{0,12}?" + _CHECK),
    ),
    "bank_transfer": (
        re.compile(r"银行[^,，.。;；]{0,6}?(?:转|扣|划|缴|付|交)"),
        re.compile(
            r"\b(?:from|out of|through|via) (?:(?:my|our|the) )?(?:bank|account|checking|savings)"
        ),
        re.compile(r"\b(?:checking|savings|current|bank) account\b|\bbank(?:ing)? app\b"),
        # a bank by name ("from my Capitec account", "transfer from my GTBank app"); wallets and
        # other accounts are no bank
        re.compile(
            r"\b(?:from|out of|through|via) (?:my|our|the) (?!" + _NOT_BANKS + r")[a-z]+ account\b"
            r"|\b[a-z]{2,}bank (?:app|account|online|mobile|transfer)\b"
            r"|\btransfer\w*\b[^.;!?]{0,20}?\b[a-z]{2,}bank\b"
        ),
    ),
}


@dataclass(frozen=True)
class BoolRule:
    """A pattern reading for a yes/no topic and the value it gives.

    `kind` "unborn" marks a child on the way, which is no dependent unless another child is
    mentioned ("expecting our first" is False, "one kid, one on the way" True).
    """

    pattern: re.Pattern[str]
    value: bool
    kind: str = "bool"
    always: bool = False  # unambiguous enough to read in answers to other questions too


_RELATIVE = (
    r"(?:mum|mom|mother|dad|father|parents?|folks|grandma|grandmother|grandpa|grandfather"
    r"|grandparents?|brother|sister|nephew|niece|in-laws?|mother in law|father in law|aunt|uncle)"
)
_NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_PARENT_OF = (
    rf"\b(?:mum|mom|mam|mummy|mommy|mother|dad|daddy|father|parent)\s+(?:of|to)\s+{_NUMBER_WORD}\b"
)

BOOLEAN_PATTERNS: dict[str, tuple[BoolRule, ...]] = {
    "dependents": (
        # "my 2 yr old is screaming", "my 9 yo": a child named by their age
        BoolRule(
            re.compile(
                rf"\b(?:my|our)\s+{_NUMBER_WORD}[ -]?(?:yo|y/o|(?:years?|yrs?|months?)[ -]old)\b"
                r"(?!\s+(?:car|phone|house|laptop|dog|cat|computer|tv|fridge|boiler|router))"
            ),
            True,
            always=True,
        ),
        # "mum of three under 6", "dad to 2 little ones": young children counted depend on the
        # respondent ("mother of one" alone may have a grown child)
        BoolRule(
            re.compile(_PARENT_OF + r"(?=\s+(?:little|young|small|wee|tiny|under\s+\d))"),
            True,
            always=True,
        ),
        # "1 boy 1 girl", "two girls": children counted, answering the question
        BoolRule(
            re.compile(
                rf"(?<!i'm )(?<!i am )\b{_NUMBER_WORD}\s+(?:boys?|girls?)\b"
                r"(?!\s+(?:night|trip|band|school))"
            ),
            True,
        ),
        # "I've got a 16 year old", "we have a 3-year-old": a child, whatever else is asked
        BoolRule(
            re.compile(
                r"\b(?:i|we)(?:'ve| have)?\s+(?:got|have)\s+(?:a|an|one|two|three)\s+(?:\d+|[a-z]+)"
                r"[ -]?(?:years?|yrs?|months?)[ -]old(?:s)?\b"
                r"(?!\s+(?:car|phone|house|laptop|dog|cat"
                r"|computer|tv|fridge|boiler|router))"
            ),
            True,
            always=True,
        ),
        # "two, aged 4 and 9", "ages 3 and 6"
        BoolRule(re.compile(r"\b(?:aged?|ages)\s+\d+\s*(?:and|&|,)\s*\d+\b"), True),
        BoolRule(
            re.compile(
                r"\b(?:have|got|has|with)\s+(?:a|an|one|two|three|\d+)\s+(?:\d+|[a-z]+)"
                r"[ -]?(?:years?|yrs?|months?)[ -]old\b"
            ),
            True,
        ),
        BoolRule(
            re.compile(
                r"(?:养|供|照顾|负担)(?:着)?(?:两|俩|三|一)?(?:个)?(?:孩子|娃|老人|父母|爸妈)"
            ),
            True,
        ),
        BoolRule(re.compile(r"(?:学费|生活费|医药费)[^,，.。]{0,3}我(?:出|付|给|交|负责)"), True),
        # "我爸瘫痪在床，我在照顾": the respondent as carer
        BoolRule(
            re.compile(
                r"(?:我|俺)(?:在|一直|得|要|来|还得|还要)(?:照顾|伺候|照看|养着?|赡养|供着?)"
            ),
            True,
        ),
        # "一个读大学一个读高中": children counted by their schools
        BoolRule(re.compile(r"一个(?:在)?(?:读|上)[^,，。]{1,4}一个(?:在)?(?:读|上)"), True),
        # money sent to parents or home: "每个月给爸妈打生活费", "给老家的父母寄钱", "往家里寄钱"
        BoolRule(
            re.compile(
                r"给(?:(?:(?!朋友|同事|邻居|别人|人家)[^,，.。给]){1,4}的)?(?:爸妈|父母|老人|我妈|我爸|老妈|老爸|家里|老家|他们|她|他)"
                r"[^,，.。]{0,3}"
                r"(?:钱|生活费|赡养费|养老钱)"
                r"|(?:往|向)?(?:家里|老家)(?:寄|打|汇|转)钱|(?:寄|汇|打)钱回(?:家|老家)"
            ),
            True,
        ),
        # "mom of two", "dad to three": a parent by the respondent's own description, said in
        # any answer when the respondent says it of themselves ("I'm a dad of three")
        BoolRule(
            re.compile(
                r"\b(?:mom|mum|mother|dad|father|parent|mama|papa)\s+(?:of|to)\s+"
                r"(?:one|two|three|four|five|\d+|a|an)\b"
            ),
            True,
        ),
        BoolRule(
            re.compile(
                r"\b(?:i'?m|i am|im)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:mom|mum|mother|dad|father"
                r"|parent|mama|papa)\s+(?:of|to)\s+(?:one|two|three|four|five|six|[1-9])\b"
                # children said to be young: "all under ten", "two little ones", "aged 4 and 7"
                r"(?=\s+(?:young|little|small|wee)\b|[,\s]+(?:all\s+|both\s+)?(?:under|below"
                r"|aged?|ages)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve))"
            ),
            True,
            always=True,
        ),
        BoolRule(
            re.compile(
                r"\b(?:i|we)\s+(?:pay|cover|help with|pay for)\s+(?:their|his|her"
                rf"|my\s+{_RELATIVE}(?:'s|'))\s+"
                r"(?:bills|rent|tuition|school|college|uni|university|living|expenses|care|meds"
                r"|medicine|medication|medical|nursing home|care home)"
            ),
            True,
        ),
        # "I help my mum out with her rent", "we send my parents money every month"
        BoolRule(
            re.compile(
                r"\bhelp(?:s|ing)?\s+(?:my|our)\s+(?:\w+\s+){0,2}?(?:out\s+)?with\s+(?:her|his"
                r"|their|the)\s+(?:rent|bills?|mortgage|tuition|fees|expenses|living costs"
                r"|groceries|medical bills|care)\b"
                rf"|\b(?:send|give|sending|giving)\s+(?:my|our)\s+(?:\w+\s+)?{_RELATIVE}\s+"
                r"(?:money|cash|an allowance)\b"
            ),
            True,
        ),
        BoolRule(
            re.compile(
                r"(?<!i'm )(?<!i am )\b(?:a|an|one)\s+\d+[ -]?(?:years?|yrs?|months?)[ -]?old\b"
            ),
            True,
        ),
        # "three, all under 10", "one, she's in kindergarten": the asked question answered by
        # a count of children
        BoolRule(
            re.compile(
                r"^(?:yes|yeah|yep|yup|有)?[,，\s]*(?:just\s+)?(?:one|two|three|four|five|[1-9]"
                r"|一个|两个|俩|三个|仨|四个)(?=\s*(?:$|[,.!，。！]|kids?\b|of them\b))"
            ),
            True,
        ),
        # "just my husband and our two dogs": the household is the couple
        BoolRule(
            re.compile(
                r"^(?:no|nope|none)?[,\s]*(?:it'?s\s+)?just\s+(?:me\s+and\s+)?(?:my|the)\s+(?:husband"
                r"|wife|partner|boyfriend|girlfriend|hubby|missus|fianc[ée]e?|other half)\b"
            ),
            False,
        ),
        # only a pet at home: "只养了一只猫", "就养了条狗", "only a cat"
        BoolRule(
            re.compile(
                r"^(?:no|nope)?[,\s]*(?:just|only)\s+(?:a|one|two|my|the|our)?\s*(?:cats?|dogs?"
                r"|pets?|fish|goldfish|hamsters?|rabbits?|birds?)\b(?!\s+and\s+(?:my|our|a|two|the))"
            ),
            False,
        ),
        BoolRule(
            re.compile(r"(?:只|就)(?:养了|有)(?:一|两|俩|三)?(?:只|条|个)?(?:猫|狗|鱼|鸟|宠物)"),
            False,
        ),
        # the whole answer is a pet called the master of the house: "猫主子一只", "俩狗主子"
        BoolRule(
            re.compile(
                r"^(?:家里)?(?:就|只有)?(?:一|两|俩)?(?:只|条)?(?:[猫狗]主子|毛孩子)(?:一|两|俩)?"
                r"(?:只|条|个)?[吧啊哈~。!！]*$"
            ),
            False,
        ),
        # "two boys in high school", "two wee ones at home", "two lads, 9 and 12",
        # "老大六岁老二三岁": children counted and placed at home, at school or by their
        # ages, in any answer
        BoolRule(
            re.compile(
                r"\b(?:two|three|four|five|[2-9])\s+(?:boys|girls|lads|wee ones|little ones"
                r"|young ones|kiddies)\b(?=\s*(?:at home|in (?:high|primary|secondary|middle"
                r"|elementary) school|aged\b|,?\s*\d{1,2}\s*(?:and|&)\s*\d{1,2}))"
                # "my 2 little boys", "our three wee ones": own children said to be small
                r"|\b(?:my|our)\s+(?:two|three|four|five|[2-9])\s+(?:little|young|wee|small)\s+"
                r"(?:boys|girls|lads|ones|kids)\b"
                # "a 4 year old at home": a child by age, placed at home
                r"|\b(?:a|an|one|two|three|\d+)\s+(?:\d+|[a-z]+)[ -]?(?:years?|yrs?)[ -]olds?"
                r"\s+at home\b"
                r"|老大[一二三四五六七八九十\d]+岁[^,，。]{0,2}老二"
            ),
            True,
            always=True,
        ),
        # "my boy is 3", "my youngest's 7": a child of the respondent's under age
        BoolRule(
            re.compile(
                r"\bmy\s+(?:little\s+)?(?:boy|girl|lad|lass|one|youngest|eldest|oldest)"
                r"(?:'s|\s+is)\s+(?:only\s+|just\s+)?(?:1[0-7]|[1-9])\b(?!\s*(?:months?|weeks?)\b)"
            ),
            True,
            always=True,
        ),
        # "my three grandchildren live with me", "my two boys live with me", "my mum lives with
        # me": children or parents the respondent lives with
        BoolRule(
            re.compile(
                r"\b(?:my|our)\s+(?:\w+\s+)?(?:grandchildren|grandkids|grandsons?|granddaughters?"
                r"|kids|children|nieces?|nephews?|boys|girls|sons?|daughters?|lads|mum|mom|mother"
                r"|dad|father|parents|grandma|grandmother|grandpa|grandfather|nan|gran)\s+"
                r"(?:still\s+)?(?:live|lives|living|stay|stays)\s+with\s+(?:me|us)\b"
            ),
            True,
            always=True,
        ),
        # "Mum moved in after her fall", "my in-laws have moved in with us": a parent taken in
        BoolRule(
            re.compile(
                r"\b(?:mum|mom|mother|dad|father|parents|grandma|grandmother|grandpa|grandfather"
                r"|nan|gran|mother in law|father in law|in laws)\s+(?:(?:has|have|just|finally"
                r"|recently)\s+)*moved in\b"
            ),
            True,
        ),
        # "I cover everything for her now": the respondent pays for someone's keep
        BoolRule(
            re.compile(
                r"\b(?:i|we)\s+(?:cover|pay for|handle|pay)\s+(?:everything|it all|all of it)"
                r"\s+for\s+(?:her|him|them)\b"
            ),
            True,
        ),
        # "two under two", "three under 5": young children counted by age
        BoolRule(re.compile(rf"\b{_NUMBER_WORD}\s+(?:kids?\s+)?under\s+{_NUMBER_WORD}\b"), True),
        # a second child on the way means a first one is here
        BoolRule(
            re.compile(
                r"\b(?:expecting|pregnant with)\s+(?:our|my|a|the)\s+(?:second|third|fourth|2nd"
                r"|3rd|next)\b"
            ),
            True,
        ),
        BoolRule(
            re.compile(
                r"怀孕|怀上了?|预产期|快生了|快要生了|备孕|还在肚子里|\bpregnant\b|\bdue date\b"
                r"|\bexpecting\s+(?:(?:a|our|my|the)\s+)?(?:first|baby|child|kid|little one|son"
                r"|daughter|boy|girl|twins)\b|\bbaby\s+(?:is\s+|'s\s+)?due\b|\bon the way\b"
            ),
            False,
            kind="unborn",
        ),
    ),
    "partner": (
        # "结婚五年了", "married 10 years": the respondent's own marriage, said in any answer
        BoolRule(
            re.compile(
                r"(?:^|[,，。.!\s我])(?:已经|都)?结婚(?:(?:已经|快|都|有|了)*[\d一二两三四五六七八九十几半]+多?年"
                r"|那年|的时候|以后|后)"
                r"|\b(?:i'?ve|we'?ve|i have|we have) been married\b"
                r"|\bmarried (?:for )?(?:\d+|a|two|three"
                r"|five|ten|many) (?:years?|yrs)\b"
            ),
            True,
            always=True,
        ),
        # "在一起三年多了", "我们俩在一起", "we've been together since uni"
        BoolRule(
            re.compile(
                r"(?<![住待呆])在一起(?:已经|快|都|有|了)*[\d一二两三四五六七八九十几半]+多?(?:年|个月)"
                r"|(?:我们|我俩|咱俩|我们俩|咱们)(?:已经|早就|都)?在一起"
                r"|\b(?:been|are|we're)\s+together\b"
                rf"|\btogether\s+(?:for\s+)?(?:{_NUMBER_WORD}|a|an|many|several|a few)\s+"
                r"(?:years?|yrs?|months?)\b"
            ),
            True,
        ),
    ),
}


def _hit(text: Text, start: int, end: int, entry: Entry, hits: list[Hit]) -> Hit:
    inside = [i for i, t in enumerate(text.tokens) if start <= t.start < end]
    first, last = (inside[0], inside[-1]) if inside else (0, 0)
    hit = Hit(start, end, first, last, [entry])
    hit.negated, hit.past = flags_at(text, first, entry.slot, hits)
    return hit


def _overlaps(hit: Hit, others: list[Hit], slot: str) -> bool:
    return any(o.for_slot(slot) and o.start < hit.end and hit.start < o.end for o in others)


def choice_hits(text: Text, slot: str, option_ids: list[str], hits: list[Hit]) -> list[Hit]:
    """Pattern readings for an asked choice slot that no lexicon phrase of the slot covers, and
    overriding readings that replace the phrases they cover."""
    out: list[Hit] = []
    for option in option_ids:
        for pattern in intentions.CHOICE_OVERRIDES.get(option, ()):
            for m in pattern.finditer(text.low):
                start = next((m.start(g) for g in ("at", "at2") if m.groupdict().get(g)), m.start())
                out.append(_hit(text, start, m.end(), Entry(slot, option, True, "override"), []))
    for option in option_ids:
        for pattern in CHOICE_PATTERNS.get(option, ()):
            for m in pattern.finditer(text.low):
                entry = Entry(slot, option, False, "option")
                hit = _hit(text, m.start(), m.end(), entry, hits)
                if not _overlaps(hit, hits, slot):
                    out.append(hit)
    return out


def strong_choice_hits(text: Text, slot: str, option_ids: list[str], hits: list[Hit]) -> list[Hit]:
    """Readings that state an intention in an answer to any question ("I'm switching to BT",
    "再这样就换了"), as strong evidence; lexicon phrases of the slot they overlap give way."""
    out: list[Hit] = []
    for option in option_ids:
        for pattern in intentions.STRONG_PATTERNS.get(option, ()):
            for m in pattern.finditer(text.low):
                out.append(
                    _hit(text, m.start(), m.end(), Entry(slot, option, True, "override"), hits)
                )
    return out


def boolean_hits(text: Text, slot: str, role: str, hits: list[Hit], asked: bool) -> list[Hit]:
    """Pattern readings for a yes/no topic slot ("I have a 10 year old"); most need it asked."""
    out: list[Hit] = []
    for rule in BOOLEAN_PATTERNS.get(role, ()):
        if not (asked or rule.always):
            continue
        for m in rule.pattern.finditer(text.low):
            entry = Entry(slot, rule.value, rule.always, rule.kind)
            hit = _hit(text, m.start(), m.end(), entry, hits)
            if rule.always or not _overlaps(hit, hits, slot):
                out.append(hit)
    return out
