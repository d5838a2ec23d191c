"""Answers that leave the bills or the tech to somebody else.

Asked how they pay, which broadband they have or what their contract is, many people answer that
another person deals with it ("hubby pays all the bills, ask him", "my son does all the tech
stuff", "都是我老婆弄的", "家里的宽带我没管过") or that they do not understand it ("some app thing,
I don't really understand it"). Such an answer is about the asked slot but gives no value: it is
vague, so the bot can ask again or move on. It is read only when no value was found, and only for
slots about the service's set-up and bills (`HANDLED_SLOTS`), where "somebody else handles it" is
an answer; "my wife set it up 2 years ago" still gives the time with us. This lives apart from
`vague` because its phrases name a person and a task together, not a vague word.
"""

from __future__ import annotations

import re

from bot.understanding import people
from bot.understanding.model import BILLING_SLOTS

HANDLED_SLOTS = BILLING_SLOTS | {"monthly_spend", "tenure_months"}

_PERSON_EN = (
    r"(?:hubby|husband|wife|missus|wifey|partner|other half|son|daughter|grandson|granddaughter"
    r"|kids?|dad|mum|mom|father|mother|parents|brother|sister|boyfriend|girlfriend|flatmate"
    r"|roommate|landlord|landlady)"
)
_PERSON_ZH = (
    r"(?:老公|老婆|老伴儿?|媳妇|爱人|对象|儿子|女儿|闺女|孩子|孙子|孙女|外孙女?|爸|妈|爸妈|父母|家里人"
    r"|男朋友|女朋友|房东)"
)
_DELEGATED = re.compile(
    # "hubby pays all the bills", "my son does all the tech stuff", "my wife handles that side"
    r"\b" + _PERSON_EN + r"(?:'s)?\s+(?:does|do|handles?|sorts?|pays?|deals? with|takes? care of"
    r"|looks? after|manages?|runs?)\s+(?:all\s+)?(?:of\s+)?(?:the|that|this|it|everything|them)\b"
    r"(?!\s+(?:\d|for (?:hers|his|theirs)))"
    # "my grandson set it up for me", "my daughter sorted it all out"
    r"|\b" + _PERSON_EN + r"\s+(?:set|sorted|organi[sz]ed|arranged)\s+(?:it|that|everything|it all"
    r"|all that|the whole thing)\s+(?:up\s+|out\s+)?(?:for (?:me|us)|all)\b"
    # ... said last: "no idea what we have, my son set it up"
    r"|\b" + _PERSON_EN + r"\s+(?:set|sorted)\s+(?:it|that|everything|it all)\s+(?:up|out)"
    r"(?=\s*(?:$|[,.;!]|lol\b|haha\b))"
    # "it's the one my landlord set up", "whatever my flatmate got": their choice, not known
    r"|\b(?:the one|whatever|whichever)\s+(?:one\s+)?(?:that\s+)?(?:my|the|our)\s+"
    + _PERSON_EN
    + r"\s+(?:set up|got|picked|chose|put in|sorted|signed up for|went with)\b"
    # not paid by the respondent, somebody else does: "I don't pay it, my parents do", "I never
    # pay for it, my husband does" (an amount said beside it is read first)
    r"|\b(?:i|we)\s+(?:don'?t|do not|never|dont)\s+(?:actually\s+|even\s+)?pay\b[^.!?;]{0,20}?"
    r"[,;]?\s*(?:(?:my|our|the|his|her)\s+)?(?:" + _PERSON_EN + r"|folks|parent|mum and dad"
    r"|mom and dad)\s+(?:does|do|did|pays?)\b"
    # a share paid to whoever holds the account: "I just pay my share", "I only chip in"
    r"|\bi (?:just|only) (?:pay|give|send) (?:my|me|them my|him my|her my) (?:share|bit|part|half"
    r"|cut)\b|\bi (?:just|only) chip in\b"
    # the papers done by somebody, named or not: "grandson Dwayne sort out all dem paper", "the
    # young lad from the shop did all the papers" (patois "dem" is "those")
    r"|\b(?:" + _PERSON_EN + r"|lad|fella|guy|man|woman|girl|engineer)\s+(?:[a-z]+\s+){0,4}?"
    r"(?:sort(?:s|ed)? out|did|does|do|filled in|fills in|handled|handles)\s+(?:all\s+)?(?:of\s+)?"
    r"(?:the|dem|them|those|that|my|me)\s+(?:paper|papers|paperwork|forms)\b"
    # "此事一向由我老伴负责": the matter in somebody's charge
    r"|由(?:我|俺)?(?:家)?" + _PERSON_ZH + r"(?:来|去)?(?:负责|管|办|打理|操心|处理)"
    # "都是我老婆弄的", "我老公在管", "儿子负责这些"
    r"|(?:都是|全是|一直是|都|全)(?:我|俺)?(?:家)?"
    + _PERSON_ZH
    + r"(?:在)?(?:弄|整|管|办|搞|操心|负责|处理|打理|(?:给|帮我)?(?:交|缴|付))"
    r"|" + _PERSON_ZH + r"(?:在)?(?:负责|打理|管着?)(?:这些|这个|这块|的)"
    # only that person knows: "具体多久我老伴才清楚", "这个我儿子最清楚"; "都是他在弄" after them
    r"|" + _PERSON_ZH + r"(?:才|最|比较)(?:清楚|知道|晓得|懂)"
    r"|(?:都是|全是|一直是)(?:他|她)(?:在)?(?:弄|管|办|搞|操心|负责|处理|打理)"
    # the task named first, then who does it: "缴费这块我媳妇负责", "交钱的事儿都是我爸管"
    r"|(?:这|的)(?:事儿?|块|些)(?:都|全|一直)?(?:是)?(?:我|俺)?(?:家)?"
    + _PERSON_ZH
    + r"(?:在)?(?:管|弄|整|办|搞|负责|处理|打理)"
    # the respondent never deals with it: "家里的我没管过", "I've never dealt with it"
    r"|(?:我|俺)(?:从来)?(?:没(?:管过?|操心过?|过问过?|经手过?)|不(?:管|过问)(?:这些|这个|这块|这事))"
    r"|(?:我|俺)(?:从来|从|一向)不(?:过问|操心)|(?:我|俺)(?:都|从来|一概)?不管(?=$|[,，。!！~…])"
    # "房东装的", "我儿子给弄的": somebody else set it up
    r"|(?:^|[,，。\s])(?:我|俺)?(?:家)?" + _PERSON_ZH + r"(?:给|帮)?(?:我|俺)?(?:们)?"
    r"(?:装|弄|办|拉|接|搞)的(?=$|[,，。!！~…]|(?:是)?(?:啥|什么)(?:我|俺)?(?:也|都)?不(?:知道|清楚|晓得))"
    # not knowing what was signed or set up: "I haven't a notion what I signed", "mi cyaan
    # remember what him sign me up for", "don't ask me what it is"
    r"|\b(?:haven'?t|have not|don'?t have|not) (?:a (?:notion|clue)"
    r"|the (?:faintest|foggiest|slightest)(?: (?:notion|clue|idea))?) what\b"
    r"|\b(?:can'?t|cannot|cyaan|kyaan|caan) remember what\b"
    r"|\bdon'?t ask me what (?:it|that|they)\b"
    r"|\b(?:i'?ve never|i never|i don'?t) (?:dealt|deal) with (?:it|that|any of (?:it|that))\b"
    # never told what was signed: "合约的事当时没人跟我讲", "nobody explained the contract"
    # (not the price kept back: "no one ever told me the price" is a grievance)
    r"|(?:没人|没有人|谁也没)(?:跟|和|给|同)?(?:我|俺)(?:讲|说|提|解释)(?!过?(?:价格|价钱|多少钱|资费))"
    r"|\b(?:no ?one|nobody|no-one)\s+(?:ever\s+)?(?:told|explained|mentioned)\b"
    r"(?!(?:\s+(?:me|us))?\s+(?:the|about the|what the)\s+(?:price|cost|fee|charge)s?\b)"
    # the bot told to ask the one who set it up: "宽带啥类型问他", "什么套餐得问她"
    r"|(?:啥|什么|哪种|哪个)[^,，。!！?？]{0,6}?(?:得|要|你)?问(?:他|她|他们)(?:吧|去吧?)?(?![\u4e00-\u9fff])"
    # only a side fact known: "网线是从楼道拉进来的，别的不懂"
    r"|别的(?:我|俺)?(?:就|也|都|啥都|一概)?不(?:懂|知道|清楚|晓得)"
    # "I don't really understand it": the respondent cannot tell
    r"|\bi (?:don'?t|do not) (?:really |fully |quite )?(?:understand|get) (?:it|this|that"
    r"|any of (?:it|this|that)|how it works)\b"
)


def left_to_others(low: str) -> bool:
    """The answer leaves the matter to somebody else or says the respondent cannot tell."""
    return _DELEGATED.search(low) is not None


# The respondent's own plan to go and ask the person who handles it: "we'll ask him when he visits
# on Sunday", "I will have to check with her", "我去问问她", "俺晚上回家问问媳妇". The answer is
# put off, not given: neither vague nor a value. Telling the bot to ask ("ask him", "你问她吧") or a
# check only supposed ("I'd have to check") leaves the matter to them: vague.
_WILL_ASK = re.compile(
    r"\b(?:i'?ll|i will|we'?ll|we will|i'?m going to|we'?re going to|gonna|let me|lemme"
    r"|(?:i|we)(?:'ll| will)? (?:have|need) to)\s+(?:go\s+(?:and\s+)?)?(?:ask|check with)\s+"
    r"(?:him|her|them|the (?:wife|husband|missus|kids?)|my \w+)\b"
    r"|(?:我|俺)(?:们)?(?:得|要|去|回去|回头|回家|到家|晚上|等下|等会儿?|晚点|先)*(?:去)?问问?(?:一下)?"
    r"(?:他|她|(?:(?:我|俺)(?:家)?)?" + _PERSON_ZH + r")"
)


def asks_them_later(low: str) -> bool:
    """The respondent will ask the person who handles it and answer later."""
    return _WILL_ASK.search(low) is not None


def without_asking(low: str) -> str:
    """The message with the respondent's plan to ask somebody blanked out (same length), so the
    person to be asked is not read as the bot told to ask them ("我去问问我爸" is no "问我爸")."""
    if "问" not in low and "ask" not in low and "check" not in low:
        return low
    return _WILL_ASK.sub(lambda m: " " * len(m.group()), low)


# Set up for the respondent by somebody else: "儿子给办的有五年了", "闺女帮我开的，三年多了"; the
# time that follows is the respondent's own (shared) account, as in "my wife set it up 2 years ago".
_SET_UP_FOR_ME = re.compile(
    r"(?:给|帮|替)\s?(?:我|俺|咱)?\s?(?:办|开|装|弄|申请|开通|订)\s?(?:的|了)"
)


def set_up_for_me(low: str, start: int) -> bool:
    """The clause before `start` says another person set the service up for the respondent."""
    if "给" not in low and "帮" not in low and "替" not in low:
        return False
    return _SET_UP_FOR_ME.search(people.clause_before(low, start)) is not None
