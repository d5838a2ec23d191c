"""Young children shown in an answer to another question, where no lexicon word marks them.

People mention their children while answering something else, by a count and a small child's
word ("my wife, three little girls", "husband, 2 small boys"), by their ages ("pancakes for my
two, they're 6 and 9"), by a school year or a baby's things ("刚上一年级的臭小子", "老二把奶瓶
扔了"), by "小朋友" had ("有两个小朋友"), by Hubei's bare "伢" ("我屋里伢读二年级"), by the
eldest at a child's pastime ("the eldest gaming"), by the time before they came, said with them
now ("before the kids came along… once they're in bed") or as the parent of children counted
("俺是俩娃他妈", where the longer partner phrase "娃他妈" hides "俩娃"). Each is a child at home
(True) in any answer. Kept apart from `household_patterns` (at its size limit) as more pattern
readings of the dependents topic.
"""

from __future__ import annotations

import re

from bot.understanding.family import cantonese_kids

_CUE = re.compile(
    r"little|small|young|wee|tiny|they|年级|奶瓶|尿|奶嘴|娃|伢|小朋友|eldest|youngest|before the"
    r"|before my|before our|lad|lass|boy|girl|bairn|nipper|school|\("
)
_FOUND = re.compile(
    # "three little girls", "2 small boys" (not "two small dogs", "when we were three little
    # boys")
    r"(?<!were )(?<!was )\b(?:two|three|four|five|six|[2-9])\s+(?:little|small|young|wee|tiny)\s+"
    r"(?:boys|girls|ones|kids|lads|lasses|children|sons|daughters)\b"
    # a child given a young age: "a wee lad of four", "a girl of six", "two boys of 3 and 5"
    # (not "when I was a lad of ten", "as a lass of twelve", "a lad of 30")
    r"|(?<!\bas )(?<!was )(?<!were )\b(?:a|one|my|our|me|two|three|2|3)\s+"
    r"(?:(?:wee|little|young|small)\s+)?"
    r"(?:lad|lass|laddie|lassie|boy|girl|son|daughter|bairn|nipper)s?\s+of\s+(?:one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|1[0-7]|[1-9])\b(?!\s*(?:years? (?:married|together)|stone|pounds|quid|st\b))"
    # a child with an age after a comma: "a wee lad, 3", "one girl, 5" (not "as a lad, 12 of us
    # shared a room", "one boy, 4 girls", "a lad, 30")
    r"|(?<!\bas )(?<!was )(?<!were )\b(?:a|one|my|our)\s+(?:(?:wee|little|young|small)\s+)?"
    r"(?:lad|lass|laddie|lassie|boy|girl|son|daughter|bairn|nipper)\s*[,(-]\s*(?:aged?\s+)?"
    r"(?:1[0-7]|[1-9])(?:\s*(?:y(?:ea)?rs?|yo)(?:\s+old)?)?(?=\s*(?:$|[,.;!)]|and\b|&))"
    # children counted as of school age: "3 — two school-going and my mother-in-law", "2, both
    # school-going" (not "when I was school-going", "school-going age")
    r"|(?<!were )(?<!was )\b(?:two|three|four|five|[2-9]|both|all)\s+(?:are\s+|still\s+)?"
    r"school[- ]going\b(?!\s+age)"
    # "a school year said of a son or daughter: "刚上一年级的臭小子" (not "我教一年级的孩子")
    r"|(?<!教)(?:上|读|念)(?:幼儿园|[一二三四五六]年级)的[^,，。;；]{0,2}?(?:小子|丫头|闺女|儿子|女儿|娃)"
    # "老二刚把奶瓶扔地上了": the second or third child with a baby's things
    r"|老[二三幺][^,，。;；]{0,6}?(?:奶瓶|尿不湿|尿布|奶嘴|奶粉)"
    # "结咗婚，有两个小朋友": "小朋友" had, ending the clause (not "今天有个小朋友哭着要妈妈",
    # "班上有两个小朋友")
    r"|(?<![班园里上])有(?:一|两|俩|三|仨)?个?小朋友(?=\s*(?:$|[,，。!！~～]))"
    # "俩娃他妈": children counted before the parent word
    r"|[两俩仨三四五]个?娃(?=[他她的]?[妈爸娘爹])"
    # Hubei's bare "伢", a child: "我屋里伢读二年级", "陪伢写作业" (not "满伢子", a name)
    r"|(?:屋里|我屋|我家|家里|我|俺|陪|接|送|带|管|[两俩仨三四]个)的?伢(?![子崽仔])"
    # one of the children at a child's pastime: "the eldest gaming" (not "I'm the youngest")
    r"|(?<!i'm )(?<!i am )(?<!i was )\bthe\s+(?:eldest|youngest)\s+(?:is\s+|'s\s+)?(?:gaming"
    r"|on (?:the )?(?:xbox|playstation|ps[345]|switch|ipad|tablet|fortnite|roblox|minecraft))\b"
    # the time before the children came, who are here now: "before the kids came along, now
    # it's telly once they're in bed" (but "before the kids came along" alone says nothing of now)
    r"|\bbefore\s+(?:the|my|our)\s+(?:kids|children|little ones|twins|baby|babies)\s+"
    r"(?:came along|arrived|were born|was born)\b"
    r"(?![^.;!?]{0,40}\b(?:grown|moved out|left home|flown the nest|adults)\b)"
    r"(?=[^.;!?]{0,60}\b(?:they're|they are|them to bed|their bedtime)\b)"
)
# "my two, they're 6 and 9", "my two girls are 6 and 9", "my kids are 4 and 7": children counted
# or named by "my" and given two ages under 18, or in brackets ("my two (8 and 11)"; not "my two
# brothers are 9 and 12")
_TWO_AGES = re.compile(
    r"\b(?:my|our)\s+(?:(?:two|three|four|2|3|4)\b(?!\s+(?:brothers|sisters|cousins|nephews"
    r"|nieces|grand\w+|dogs|cats|puppies|kittens)\b)[^.;!?]{0,12}?|(?:kids|boys|girls|lads"
    r"|children|sons|daughters)\s+)(?:\b(?:they're|they are|are|aged?|ages)\s+"
    # the ages in brackets: "my two (8 and 11) are all about soccer"
    r"|\(\s*(?:aged?\s+)?)(\d{1,2})\s*(?:and|&)\s*(\d{1,2})\b"
    r"(?!\s*(?:years? (?:married|together)|quid|pounds))"
)


def spans(low: str) -> list[tuple[int, int]]:
    """Where a young child of the respondent's is shown without a lexicon word (and a Cantonese
    son or daughter at school or raised, `cantonese_kids`)."""
    if not _CUE.search(low):
        return cantonese_kids.spans(low)
    found = [m.span() for m in _FOUND.finditer(low)]
    for m in _TWO_AGES.finditer(low):
        if int(m.group(1)) < 18 and int(m.group(2)) < 18:
            found.append(m.span())
    return found + cantonese_kids.spans(low)
