"""What the rules know about one survey, built once and cached.

For every slot this records its role (an age, a duration, money, a city, a name, a partner or
dependents question...) and puts all of its phrases into one lexicon: option labels and
synonyms from the survey file, rating words, the yes/no vocabulary of boolean slots and the city
gazetteer. Phrases that are too generic to fill a slot nobody asked about ("没有", "monthly",
"stay", "吃") are marked weak; weak phrases fill another slot only when the message also carries
a cue for that slot ("合约", "宽带", "喜欢").
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

from bot.survey import Slot, SlotType, Survey
from bot.understanding.churn.churn_weak import CHURN_WEAK
from bot.understanding.cities.gazetteer import CITIES
from bot.understanding.cities.gazetteer import WEAK as WEAK_CITIES
from bot.understanding.family import booleans
from bot.understanding.interests import pastime_forms
from bot.understanding.lexicon import Entry, Lexicon
from bot.understanding.normalize import term_key
from bot.understanding.options.not_words import NOT_WORDS, VAGUE_BLOCKERS
from bot.understanding.options.term_cues import CONTRACT_TERM_CUES
from bot.understanding.options.weak_phrases import GENERIC_WEAK
from bot.understanding.ratings import scales
from bot.understanding.unanswered.shrugs import PUT_INTO_WORDS

_WEAK_KEYS = frozenset(" ".join(term_key(term)) for term in GENERIC_WEAK | CHURN_WEAK)

# Words that show a message is about a slot, letting weak phrases fill it although not asked.
SLOT_CUES: dict[str, str] = {
    # "I'm on monthly": being on a term is said of a contract
    "contract": (
        r"合约|合同|签|约|contract|plan\b|\b(?:i'?m|i am|we'?re|we are) on"
        r"(?= (?:a |an |the )?(?:monthly|month|rolling|annual|yearly|\d|one|two|twelve)\b)"
        # a term's deal: "the 24 month deal", "a one-year deal"
        r"|(?:(?<=month )|(?<=months )|(?<=year )|(?<=years )|(?<=month-)|(?<=year-)|(?<=yr )"
        r"|(?<=yrs )|(?<=yr-)|(?<=\dyr ))deals?\b"
        # "just signed up last week, on the monthly one": the plan, named by its term
        r"|\bon (?:the|a) (?=(?:monthly|rolling|annual|yearly) one\b)"
        # "…，按月的": the plan named by its term, a clause of its own ("学生卡，按月的")
        r"|(?:(?<=^按月)|(?<=[,.!?\s]按月))的(?=\s*(?:$|[,.!?~]))"
        # "bank transfer, no contract", "monthly the whole time"
        r"|" + CONTRACT_TERM_CUES
    ),
    # "dsl is slow": the speed or the connection is talk about the service
    # "paying 95 a month for DSL": what is paid for is the service
    "internet_service": (
        r"宽带|网|internet|broadband|wi-?fi|router|\bslow\b|\bspeeds?\b|\bconnection\b"
        r"|\bpa(?:y|ys|ying|id)\b[^,.;!?]{0,24}\bfor\b"
        # the plan's terms listed with it: "rolling monthly, DSL, paid by direct debit"
        r"|\brolling (?:monthly|contract)\b|\bmonth[- ]to[- ]month\b|\bdirect debit\b"
        r"|\b(?:\d+|one|two|three)[- ](?:month|year) contract\b"
        # being on the line: "we're on DSL, nothing else reaches us" (not "DSL? what's that")
        r"|\b(?:i'?m|i am|we'?re|we are|still|stuck|only) on (?:the |a )?(?=a?dsl\b)"
        # having it, or its price: "I've only got DSL", "£60 a month for DSL"
        r"|\b(?:i'?ve|we'?ve|i|we|only|just|still) (?:(?:only|just|still) )?(?:got|have|use)"
        r" (?:the |a )?(?=a?dsl\b)|\b(?:a|per|each|every) month for (?:the |my |our )?(?=a?dsl\b)"
        # the respondent's own line: "fix my DSL first", "our adsl drops every evening"
        r"|\b(?:my|our) (?=a?dsl\b)"
    ),
    # "it just comes off my Visa", "charged to my card": money leaving by that means
    "payment_method": (
        r"付|缴|交费|交钱|扣|\bpay|\bpaid\b|\bbills?\b|\bdebit(?:ed|s)?\b|\bcharged? (?:to|on)\b"
        r"|\bauto[- ]?pay\b"  # "visa autopay"
        # (the owner word left to the option: "goes on my credit card" has "my credit card")
        r"|\b(?:comes?|came|taken|goes|went) (?:off|out of|on)(?= (?:my|our|the)\b)"
        # an amount, then the card it is on: "85$ a month, taxes incluses, on ma carte Visa"
        # (not "29 and here on my visa": no money; nor "70, I'd rather not put it on my visa")
        # (any period of paying: "about 1200 a year, on my credit card")
        r"|(?:[$£€¥]\s*\d|\d\s*(?:[$£€¥]|quid|bucks|dollars|euros|pounds"
        r"|(?:a|per|each|every) (?:month|year|quarter|week)|per annum|monthly|yearly|annually"
        r"|quarterly|weekly|/\s*(?:mo|yr|year|month)))(?:(?!\bnot\b|n't\b|\bnever\b)[^.!?]){0,40}?"
        # (the cue ends before the owner word, which "my credit card" holds)
        r"\bon(?= (?:my|ma|mah|me|our|the)\s+(?:carte\s+)?"
        r"(?:visa|mastercard|amex|credit|card)\b(?! (?:table|game)))"
    ),
    "churn_intent": r"打算|续约|运营商|provider|carrier|contract|renew",
    "interests": (
        # (whole words: "lovely", "likely" and "locked into a deal" are no cue)
        # ("eat like horses", "looks like rain": a comparison, no liking)
        r"喜欢|爱好|兴趣|爱[打看听玩做]|平时|业余|周末|\blov(?:e|es|ed)\b"
        r"|(?<!\beat )(?<!\beats )(?<!\blook )(?<!\blooks )(?<!\bfeel )(?<!\bfeels )(?<!\bseems )"
        r"(?<!\bsounds )(?<!\bact )(?<!'s )(?<!\bis )(?<!\bwas )(?<!\bare )\blik(?:e|es|ed)\b"
        # ("port to MTN like half the choir": a comparison with others, no liking)
        r"(?!\s+(?:half|everyone|everybody|the rest)\b)"
        r"|\benjoy|\bhobb|\bfan of\b|\bfree time\b"
        r"|(?:'m|\bam|\bare|'re|\breally|\bbig|\bso|\bbeen|\bgetting)\s+into\b"
    ),
}
# Questions about paying or the plan: an amount with a currency in their answer is the bill
# ("month to month, like 45 quid").
BILLING_SLOTS = frozenset(("contract", "payment_method", "internet_service"))
# Questions about the service: "here" in their answers is with us ("I've been here 10 years").
SERVICE_SLOTS = BILLING_SLOTS | {"churn_intent", "satisfaction", "complaint", "monthly_spend"}
_CITY_NAMES = ("city", "location", "hometown", "town", "place")
_NAME_NAMES = ("name", "nickname", "first_name", "display_name")


@dataclass
class SlotInfo:
    slot: Slot
    role: str  # age tenure money number | scale | choice multi | partner dependents boolean
    #          | city name text | open
    cue: re.Pattern[str] | None = None


@dataclass
class SurveyModel:
    survey: Survey
    lexicon: Lexicon
    slots: dict[str, SlotInfo] = field(default_factory=dict)


def _numeric_role(slot: Slot) -> str:
    name = slot.name.lower()
    unit = (slot.unit.zh + " " + slot.unit.en).lower() if slot.unit else ""
    if "age" in name.split("_") or "岁" in unit:
        return "age"
    if (
        any(w in name for w in ("tenure", "months", "duration"))
        or "个月" in unit
        or "month" == unit
    ):
        return "tenure"
    if "元" in unit or any(w in name for w in ("spend", "price", "cost", "bill", "fee", "income")):
        return "money"
    return "number"


def slot_role(slot: Slot) -> str:
    kind = slot.type
    if kind in (SlotType.integer, SlotType.number):
        return _numeric_role(slot)
    if kind == SlotType.scale:
        return "scale"
    if kind == SlotType.choice:
        return "choice"
    if kind == SlotType.multi_choice:
        return "multi"
    if kind == SlotType.boolean:
        return booleans.role(slot) or "boolean"
    if kind == SlotType.text:
        if slot.name.lower() in _CITY_NAMES or slot.name.lower().endswith("city"):
            return "city"
        if slot.name.lower() in _NAME_NAMES:
            return "name"
        return "text"
    return "open"


def _is_weak_option(slot: Slot, term: str) -> bool:
    if slot.name.lower() in ("gender", "sex") or slot.type == SlotType.multi_choice:
        return True
    low = " ".join(term_key(term))
    if low in _WEAK_KEYS:
        return True
    if low.isascii():
        return len(low) <= 3
    return len(low) <= 1


def _add_choice(lex: Lexicon, slot: Slot) -> None:
    for option in slot.options:
        terms = [*option.words(), option.id.replace("_", " ")]
        for term in terms:
            lex.add(term, Entry(slot.name, option.id, not _is_weak_option(slot, term)))
        if slot.type == SlotType.multi_choice:
            # "bbqs", "追个剧": the plural and the split verb phrase of a pastime; no typo target
            # ("buddies" is no misspelt "budgies")
            known = set(lex.vocab)
            forms = [v for term in terms for v in pastime_forms.variants(term)]
            for form in forms:
                lex.add(form, Entry(slot.name, option.id, False))
            lex.vocab -= set(forms) - known


def _add_scale(lex: Lexicon, slot: Slot) -> None:
    for value, words in scales.SCALE_WORDS.items():
        for word in words:
            strong = any(marker in word for marker in scales.STRONG_MARKERS)
            lex.add(word, Entry(slot.name, scales.to_scale(slot, value), strong, "scale"))
    for point, label in slot.anchors.items():
        for text in (label.zh, label.en):
            strong = any(marker in text.lower() for marker in scales.STRONG_MARKERS)
            lex.add(text, Entry(slot.name, int(point), strong, "scale"))


def _add_boolean(lex: Lexicon, slot: Slot, role: str) -> None:
    if role in ("partner", "dependents"):
        true_words, false_words = booleans.vocabulary(role)
        for word in true_words:
            lex.add(word, Entry(slot.name, True, not booleans.is_weak(word, role), "bool"))
        for word in false_words:
            lex.add(word, Entry(slot.name, False, not booleans.is_weak(word, role), "bool"))
    for word in booleans.YES_WORDS:
        lex.add(word, Entry(slot.name, True, False, "yesno"))
    for word in booleans.NO_WORDS:
        lex.add(word, Entry(slot.name, False, False, "yesno"))


def _add_cities(lex: Lexicon, slot: Slot) -> None:
    for name, canonical in CITIES.items():
        base = name.removesuffix("市") if len(name) > 2 else name
        lex.add(name, Entry(slot.name, canonical, base not in WEAK_CITIES, "city"))


def build(survey: Survey) -> SurveyModel:
    lex = Lexicon()
    model = SurveyModel(survey, lex)
    for slot in survey.slots:
        role = slot_role(slot)
        cue = SLOT_CUES.get(slot.name)
        model.slots[slot.name] = SlotInfo(slot, role, re.compile(cue) if cue else None)
        if role in ("choice", "multi"):
            _add_choice(lex, slot)
        elif role == "scale":
            _add_scale(lex, slot)
        elif slot.type == SlotType.boolean:
            _add_boolean(lex, slot, role)
        elif role == "city":
            _add_cities(lex, slot)
    for phrase in VAGUE_BLOCKERS + NOT_WORDS + PUT_INTO_WORDS:
        lex.add(phrase, Entry("", None, False, "vague"))
    lex.finish()
    return model


_CACHE: dict[tuple[int, str, str], SurveyModel] = {}
_LOCK = threading.Lock()


def survey_model(survey: Survey) -> SurveyModel:
    """The model of `survey`, built on first use; keyed by object identity, id and version."""
    key = (id(survey), survey.id, survey.version)
    model = _CACHE.get(key)
    if model is None or model.survey is not survey:
        model = build(survey)
        with _LOCK:
            if len(_CACHE) > 64:
                _CACHE.clear()
            _CACHE[key] = model
    return model
