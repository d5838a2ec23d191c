"""Household words used in another everyday sense, which name no partner or child.

Kept apart from `kin_zh` and `people_en` (which judge whose partner or child a word names)
because these are not a person at all: a "single" room, payment or ticket ("every single time"),
"partner" as a verb ("we partner with a charity"), "kid" as a verb ("you kid me", "I kid you
not"), the "宝宝" of self-mockery ("宝宝心里苦", "宝宝表示不服") and the insult "瓜娃子" (a fool:
"续约？我又不是瓜娃子"), a child word naming a kind of plan ("does a kids' line come with
parental controls?"), and "Mrs" as a title before a surname ("call me Mrs. Okafor": the "me"
is the one called, not the "my" of "me mrs"; a widow keeps the title), a generation called a
baby ("Gen X baby", "80后宝宝"), "baby" called out ("ATL baby, Atlanta all day"), "de
facto" meaning "in fact" ("de facto control"; but "we're de facto" is a partner), "单亲" as
where someone grew up ("单亲家庭长大的") and "the boys" / "the girls" as friends out together
("me and the boys went to the pub", "girls' night out"; but "me and the boys, they're 6 and 9"
shows children). Each reading is behind a literal check of the word itself, so it costs
nothing on other messages.
"""

from __future__ import annotations

import re

from bot.understanding.family import child_evidence, partner_figures

# "single" before a thing, or counted: "a single room", "single payment", "every single time",
# "not a single bar" (but "single mum", "single, never married", "I'm single").
_SINGLE_THING_AFTER = re.compile(
    r"[\s-]+(?:rooms?|beds?|bedroom|payments?|pay|charges?|fees?|bills?|lines?|sims?|plans?"
    r"|contracts?|tickets?|trips?|journey|use|items?|device|phones?|numbers?|accounts?|clicks?"
    r"|day|days|time|times|month|months|year|week|one|figures?|digits?|point|bar|bars|drop"
    r"|outage|channel|band|core|screen|sign[\s-]?on|page|seat|serving|portion|dose|word|issue"
    r"|file|lane|glass|shot|handed(?:ly)?|sided|storey|story|track|album|malt|cream|instalment"
    r"|installment|sum|lump|upfront|bundle|user|household|occupancy|supplement|person (?:room"
    r"|supplement)|speed|port|router|box|cable|socket|plug|penny|cent|pound|dollar|minute|hour"
    r"|hiccup|complaint|problem|thing|step)\b"
)
_SINGLE_COUNTED_BEFORE = re.compile(r"\b(?:every|each|not a|no|one|a|the|any)\s+$")
_SINGLE_SELF_BEFORE = re.compile(r"\b(?:i'm|i am|im|i'm just|i am just)\s+a\s+$")
# "we partner with", "they partnered up with" (but "my partner", "partner and I").
_PARTNER_VERB = re.compile(r"\b(?:we|they|i|to|will|would|often|also)\s+$")
_PARTNER_VERB_AFTER = re.compile(r"\s+(?:with|up with)\b")
# "you kid me", "I kid you not", "don't kid yourself", "kid around" (but "my kid", "a kid").
_KID_VERB_BEFORE = re.compile(r"\b(?:you|u|i|we|don't|dont|do|would|i'd|wouldn't|not)\s+$")
_KID_VERB_AFTER = re.compile(r"\s+(?:me|you|yourself|yourselves|around|aside|not)\b")
# "宝宝心里苦", "宝宝表示不服", "宝宝委屈": the respondent as a baby, a meme of self-pity.
_BABY_SELF_AFTER = re.compile(r"(?:心里苦|表示|委屈|心累|好累|想静静|不服|好难|太难了|要哭了)")
# A year or decade of birth before "baby" / "kid": "'94 baby", "2001 kid", "90s kid", "eighties
# baby" (not "a 2 year old baby").
_BORN_WHEN_BEFORE = re.compile(
    r"(?:(?<![\d.])'?\d{2}'?s?|\b(?:19|20)\d\d'?s?|\b(?:seventies|eighties|nineties))[\s-]*$"
)
# A generation before "baby" / "kid": "Gen X baby", "millennial kid", "boomer baby", "80后宝宝",
# "90后的宝宝" (the respondent's birth, nobody's child; not "a Gen Z nanny's baby").
_GENERATION_BEFORE = re.compile(
    r"\b(?:gen(?:eration)?[\s-]?(?:x|y|z|alpha)|genx|geny|genz|millennial|boomer|zoomer)"
    r"[\s-]*$|[\d〇零一二三四五六七八九]0后(?:的)?\s*$"
)
_BABY_OWNED_BEFORE = re.compile(r"(?:我|俺|咱|阿拉|我们|我家|的|家|个|两|俩)\s*$")
# "baby" called out after a word, closing its clause: "ATL baby, Atlanta all day", "gigabit fiber
# baby 🔥", "whatever you want baby" (not "my baby", "a toddler and a baby.", "my sister's baby!").
_BABY_CALLED_BEFORE = re.compile(r"[a-z0-9]\s+$")
_BABY_HELD_BEFORE = re.compile(
    r"(?:'s|s'|\b(?:my|our|me|a|an|the|her|his|their|your|one|new|newborn|little|wee|first"
    r"|second|third|last|fur|and|had|have|got|expecting|\d+))\s+$"
)
_BABY_CALLED_AFTER = re.compile(r"\s*(?:$|[,!~…]|[^\w\s.,'’])")
# "call me Mrs. Okafor", "address me as Mrs Lee": "me" is the one called (but "I'll ring me mrs
# and ask", "me mrs pays it").
_CALLED_ME_BEFORE = re.compile(
    r"\b(?:call|calls|calling|address|addressing|name|known|put|write|down|it's|its|is)\s+(?:as\s+)?$"
)
_SURNAME_AFTER = re.compile(
    r"\.?\s+(?!(?:and|to|about|later|now|tonight|today|first|back|when|if|she|who|on|at|in|for"
    r"|as|or|but|then|so|too|up|does|did|is|was|will|would|says|said|has|had|pays|knows)\b)"
    r"[a-z][a-z'-]*\b"
)

# "de facto" names a partner on its own or before a partner's word ("de facto, and we've got a
# toddler", "we're de facto", "de facto for 6 years"), not in its sense "in fact" ("de facto
# control", "the de facto standard").
_DE_FACTO_PARTNER = re.compile(
    r"\s*(?:$|[,.;!?)~]|-|\s(?:partners?|relationship|couple|spouses?|wife|husband|for|since|now"
    r"|and|with|of|yes|yeah|mate|too|though|lol|haha)\b)"
)
# "单亲" as where someone grew up, or another's family: "我是单亲家庭长大的", "单亲家庭出身",
# "他爸妈是单亲家庭" (but "单亲，带着儿子过", "单亲妈妈").
_ONE_PARENT_BACKGROUND = re.compile(r"(?:家庭)?(?:里|中)?(?:长大|出身|出来|的孩子|孩子)")
_OTHERS_BEFORE = re.compile(r"(?:他|她|他们|她们|爸妈|父母|朋友|同事|同学|人家)(?:是|也是|家)?$")

# A child word naming a kind of plan or line: "a kids' line", "the child plan", "children's SIMs"
# (but "my kids' plan", "add my son's line": the respondent's own child's).
_CHILD_EN = re.compile(r"(?:kids?|child|children)(?:'s|s'|')?")
_PRODUCT_AFTER = re.compile(
    r"(?:'s|s'|')?\s+(?:lines?|plans?|sims?|tariffs?|bundles?|packages?|deals?|mode|versions?"
    r"|discounts?|rates?|pricing)\b"
)
_OWNER_BEFORE = re.compile(r"\b(?:my|our|his|her|their|me)\s+(?:\w+\s+)?$")

# "the boys" / "the girls" as friends: an outing of theirs ("girls' night", "a boys' trip"), or
# "the" before them and a grown-ups' outing in the message ("me and the boys went to the pub").
_FRIENDS_OUTING_AFTER = re.compile(
    r"(?:'s|s'|')?\s*(?:nights?|night out|trips?|holidays?|weekends?|day out|getaway|brunch)\b"
)
_THE_BEFORE = re.compile(r"\bthe\s+$")
_GROWN_UPS_OUTING = re.compile(
    r"\b(?:pubs?|bars?|pints?|beers?|drinks?|drinking|booze|boozer|clubbing|nightclub|poker|golf"
    r"|gigs?|stag|hen do|night out|curry|darts|snooker|casino|karaoke|cocktails|happy hour|wine)\b"
)


def other_sense(low: str, start: int, end: int) -> bool:
    """The household word at `start`..`end` is used in another sense and names nobody."""
    word = low[start:end]
    before = low[max(0, start - 16) : start]
    if partner_figures.figure(low, start, end):
        return True  # "my cat is my partner", "married to the game": a joke, nobody
    if word == "single":
        if _SINGLE_SELF_BEFORE.search(before):
            return False
        return bool(
            _SINGLE_THING_AFTER.match(low, end)
            or (
                _SINGLE_COUNTED_BEFORE.search(before)
                and not re.match(
                    r"\s*(?:mum|mom|dad|parent|mother|father|again|now|woman|man|lady|guy|girl)\b",
                    low[end:],
                )
            )
        )
    if word == "partner":
        return bool(_PARTNER_VERB.search(before) and _PARTNER_VERB_AFTER.match(low, end))
    if word in ("kid", "baby", "child", "宝宝", "娃") and (
        _BORN_WHEN_BEFORE.search(before) or _GENERATION_BEFORE.search(before)
    ):
        return True  # "'94 baby", "a 90s kid", "Gen X baby": the respondent's birth
    if word == "de facto":
        return not _DE_FACTO_PARTNER.match(low, end)  # "de facto control": in fact, no partner
    if word == "单亲":
        return bool(_ONE_PARENT_BACKGROUND.match(low, end) or _OTHERS_BEFORE.search(before))
    if _CHILD_EN.fullmatch(word) and _PRODUCT_AFTER.match(low, end):
        return not _OWNER_BEFORE.search(before)  # "does a kids' line come with…": a product
    if word in ("kid", "kids"):
        return bool(_KID_VERB_BEFORE.search(before) and _KID_VERB_AFTER.match(low, end))
    if word in ("boys", "girls") and not child_evidence.child_shown(low):
        if _FRIENDS_OUTING_AFTER.match(low, end) and not _OWNER_BEFORE.search(before):
            return True  # "girls' night out every friday": friends
        return bool(_THE_BEFORE.search(before) and _GROWN_UPS_OUTING.search(low))
    if word.startswith("娃") and low[max(0, start - 1) : start] == "瓜":
        return True  # "瓜娃子": a fool, nobody's child
    if word == "me mrs":
        return bool(_CALLED_ME_BEFORE.search(before) and _SURNAME_AFTER.match(low, end))
    if word == "baby" and _BABY_CALLED_BEFORE.search(before) and _BABY_CALLED_AFTER.match(low, end):
        return not _BABY_HELD_BEFORE.search(before)  # "ATL baby, …": called out, nobody's child
    if word == "宝宝":
        return bool(_BABY_SELF_AFTER.match(low, end) and not _BABY_OWNED_BEFORE.search(before))
    return False
