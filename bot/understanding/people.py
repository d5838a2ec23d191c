"""Whom a topic word is about: the respondent, or somebody else they mention.

People describe their household through other people: "儿子早结婚了" is a grown-up son, not the
respondent's marriage; "my sister's husband" is no partner of theirs; "我家那位在上海上班" says
where the spouse works, not where the respondent lives. These readings are judged from the words
right before or after the topic word, within its clause:

- a partner word whose subject or owner is another person ("他们小两口", "my son got married",
  "her husband") is not about the respondent;
- a child said to be married, working or living on their own ("儿子早结婚了", "my daughter's 25
  and has her own place", "the kids are out of the house") is not a dependent;
- a city said of another person only ("老公在上海上班") is read in `whose_place`, a child word
  about other people's children in `whose_child`, both with the clause helpers here;
- a topic word echoed as a question and answered right away ("小孩？没呢", "kids? nope") takes
  that answer.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Protocol

from bot.understanding.normalize import is_cjk

_CLAUSE_BREAK = re.compile(r"[,.;!?:，。；！？：~]")

_OTHER_ZH = (
    r"儿子|女儿|闺女|(?<![臭这那])小子|丫头|孩子们?|娃|(?<![其和跟与同是])他们?|(?<![和跟与同是])她们?|人家|朋友|同事|闺蜜|室友"
    r"|邻居|我妈|我爸|爸妈|父母|老爸|老妈|哥哥?|姐姐?|弟弟?|妹妹?|侄[子女]|外甥女?|孙[子女]"
    r"|[表堂][哥姐弟妹]|嫂子?|姐夫|妹夫|弟媳|弟妹|小姑子|小叔子|[大小]?舅子|闺蜜|同学|外甥女?"
)
# When a partner word happens: "我闺蜜下个月结婚", "他们今年年底办酒".
_WHEN = (
    r"|(?:上|下|这|本)个?(?:月|周|星期|礼拜)|(?:今|明|去)年(?:年底|年初)?|年底|月底|年初|最近|前几天"
    r"|昨天|今天|明天|前天|后天|上次"
)
_OTHER_EN = (
    r"(?:son|daughter|brother|sister|friend|mom|mum|mother|dad|father|parent|kid|child|cousin"
    r"|niece|nephew|neighbou?r|boss|colleague|(?:room|house|flat|work|team|class)mate|girl|boy|twin"
    r"|grandchild|grandkid|grandson|granddaughter"
    # a couple and neighbours are other people: "the couple next door have been married"
    r"|grandparent|grandma|grandpa|aunt|uncle|in-law|(?<!\ba )couple)s?(?:'s|')?|next door"
    # a person named by name: "our tom's partner", "sarah's husband"
    r"|(?<![\w'])(?<!i'm )(?<!i am )(?<!im )(?<!i'm the )(?<!i am the )"
    r"(?!(?:it|that|there|here|what|who|where|how|let|he|she|one|everyone|today|husband|wife"
    r"|hubby|wifey|partner|boyfriend|girlfriend|fianc[eé]e?|missus|spouse|other half)'s)[a-z]+'s"
    r"|(?:couple|people|family|folks|ones)\s+(?:upstairs|downstairs|over the road|across the \w+)"
    # (not a pronoun set: "she/her newlywed", "he/him, married", "she/they")
    r"|(?<!i'm )(?<!i am )(?<!we're )(?<!/)(?:his|her|their)|\b(?<!/)(?:she|he|they)(?:'s|'re)?"
    # the respondent's children said as "mine": "mine are all grown and married"
    r"|\bmine(?=\s+(?:are|were|'re|have|both|all)\b)"
)
# The owner or subject of a partner word, right before it: "儿子早(结婚了)", "他们(小两口)",
# "my son('s wife)", "her (husband)".
_OWNER_BEFORE = re.compile(
    rf"(?:{_OTHER_ZH})(?:的|们|俩|两个|都|也|还|早|早就|已经|刚|刚刚|前年|马上|快{_WHEN}"
    # where they are: "孩子们都在外地(成家了)"
    r"|在[^,，。;；在]{1,6}?)*\s*$"
    rf"|\b(?:{_OTHER_EN})\s+(?:(?:just|already|recently|finally|also|all|both|now|is|are|was|were"
    r"|'re|got|has|have|had|been|and|grown|up|a|an|\d+)\s+)*$"
    # children counted as the subject: "all three are married", "both are married now"
    r"|\b(?:all|both)\s+(?:(?:two|three|four|five|six|[2-9]|of them)\s+)?(?:are|were|'re)\s+"
    r"(?:(?:now|already|long|happily|all)\s+)*$"
    # a marriage they celebrate or reach: "my parents celebrated 40 years married"
    rf"|\b(?:{_OTHER_EN})\s+(?:just\s+|finally\s+)?(?:celebrat|mark|reach|hit)\w*\s+"
    r"(?:[\w-]+\s+){0,2}?(?:years?|yrs|decades?)\s+(?:of\s+|happily\s+)?$"
)
# A child who is grown up and on their own.
_GROWN_AFTER = re.compile(
    r"^(?:[^,，。;；]{0,3}?|[,，]\s*(?=早|都|已经))(?:早就?|都|已经|也)?"
    r"(?:结婚|成家|嫁人|嫁到|嫁去|嫁出去|出嫁|娶了|娶媳妇|参加工作|有自己的家)"
    # working, here or away ("有个儿子，已经工作了", "孩子在外地工作")
    r"|^[^,，。;；]{0,3}[,，]?\s*(?:已经|都|早就?)(?:参加)?工作了"
    r"|^[^,，。;；]{0,4}?在(?:外地|外面|国外|外省|别的城市)(?:定居|成家)"
    # moved out to live on their own: "孩子都搬出去了", "儿子早搬出去住了" (not "搬出去玩")
    r"|^[^,，。;；]{0,3}?(?:都|早就?|已经|也)(?:搬出去|搬走)(?:住|单住|自己住)?了"
    # "孩子都大了", "儿女早就长大成人": grown, said of the group (not "大了点", a size)
    r"|^(?:们)?(?:都|早就?|已经)+(?:(?:长)?大(?:了|成人)(?![点些])|成年(?:了|啦))"
    r"|^[^,，。;；]{0,6}?(?:[,，]\s*)?(?:也|都|已经)?在[^,，。;；]{0,8}?(?:工作|上班)(?!日)"
    # a grown-up's job where they are: "女儿在拉萨当老师" (not "在学校当班长", a pupil's role)
    r"|^[^,，。;；]{0,6}?在[^,，。;；]{0,8}?当(?:老师|教师|医生|护士|律师|警察|公务员|会计|工程师"
    r"|兵|程序员|大夫|记者|厨师)"
    # an adult by age, or living elsewhere ("my son is 30", "我女儿都25了", "lives in Denver")
    # (or in the clause after where they work: "儿子在深圳打工，都三十多了")
    r"|^(?:[^,，。;；\d]{0,3}?|[^,，。;；\d]{0,10}[,，]\s*)(?:都|已经|今年)\s*"
    r"(?:1[89]|[2-9]\d|十[八九]|[二三四五六七八九]十[一二三四五六七八九]?)"
    r"(?!\s*(?:个月|月|天|周|斤|公斤|cm|厘米|块|元|分))"
    # (or joined by "and": "only the one son and he's 30")
    r"|^(?:,?\s*(?:and\s+)?(?:she|he|they))?(?:'s|'re|\s+is|\s+are)\s+(?:now\s+|already\s+)?"
    r"(?:1[89]|[2-9]\d)\b"
    r"(?!\s*(?:months?|weeks?))"
    r"|^[^,.;!?]{0,24}?\b(?:lives?|living)\s+(?:in\b|on (?:his|her|their) own|alone|abroad"
    r"|overseas|out of state|elsewhere)"
    r"|^[^,，。;；]{0,4}?(?:他们|她们|他|她|人家)[^,，。;；]{0,6}?自己(?:带|养|管|挣|过|住)"
    # grown by their decade or their own family: "in their thirties", "with kids of their own"
    r"|^[^,.;!?]{0,16}?\bin\s+(?:their|his|her)\s+(?:twenties|thirties|forties|fifties|sixties"
    r"|[2-6]0s)\b|^[^,.;!?]{0,20}?\b(?:families|kids|children|homes|places|a family|a home"
    r"|a place)\s+of\s+(?:their|his|her)\s+own\b"
    # "he's 30 with his own place", "has her own flat now" (not "his own room", "her own phone")
    r"|^[^.;!?]{0,30}?\b(?:with|has|have|got)\s+(?:(?:a|an)\s+)?(?:their|his|her)\s+own\s+"
    r"(?:places?|homes?|house|houses|flats?|apartments?|famil(?:y|ies)|kids|children)\b"
    r"|^(?:'s|s'|')?\s*(?:(?:is|are|'re|'s|were)\s+)?(?:(?:all|both|now|long|already|since)\s+)*"
    r"(?:(?:getting\s+)?married|engaged|out of the house|left home|self[- ]supporting"
    r"|self[- ]sufficient|grown(?: up)?|moved out|fl(?:own|ew) the (?:nest|coop))\b"
    # gone to live elsewhere: "the kids moved to Auckland" (not "moved to a new school")
    r"|^(?:'s|s')?\s+(?:(?:all|both|long|already|now|since)\s+)*moved\s+(?:away|abroad|overseas"
    r"|interstate|to\s+(?!(?:a|an|the|another|new|their|his|her|year|grade|class|high|primary"
    r"|secondary|middle|big|senior|junior|us|me|be|live|stay)\b)[a-z]+(?![^,.;!?]{0,20}\bwith\s+(?:us|me)\b))"
    # the perfect of leaving: "the kids have all flown the nest", "my son has moved out"
    r"|^(?:'s|s')?\s+(?:have|has|had)\s+(?:(?:all|both|long|already|now|since)\s+)*"
    r"(?:flown the nest|moved out|left home|grown up|got married|married)\b"
    r"|^\s*of\s+(?:their|his|her)\s+own\b"
    # said of the child a clause later: "a daughter, and she's married and living in Auckland"
    r"|^[^.;!?]{0,12}?[,，]\s*(?:and\s+|but\s+)?(?:she|he|they)(?:'s|'re|\s+is|\s+are)\s+"
    r"(?:(?:all|both|now|long|already|happily)\s+)*(?:married|engaged|grown(?: up)?|moved out)\b"
    # a parent now: "my daughter just had a baby", "女儿刚生了二胎", "儿子都当爸了"
    r"|^(?:'s)?\s+(?:(?:just|recently|finally|now)\s+)?(?:had|has had|gave birth to|welcomed)\s+"
    r"(?:a|an|her|his|their)\s+(?:(?:first|second|third|new)\s+)?(?:baby|child|kid|son|daughter"
    r"|twins|little one)\b"
    r"|^[^,，。;；]{0,3}?(?:刚|都|已经|也)?(?:生了|生二胎|当(?:妈|爸|妈妈|爸爸)了|有了(?:孩子|宝宝|娃|二胎))"
    # visiting, not living with the respondent
    r"|^\s*(?:only\s+|just\s+)?(?:visit|visits|come over|comes over|come round|stay over)\b"
    r"|^[^,，。;；]{0,3}(?:周末|偶尔|放假)?(?:来玩|来看我|过来玩|回来看)"
    r"|^[^,.;!?]{0,16}?\b(?:has|have|got)\s+(?:(?:his|her|their)\s+own\s+(?:place|home|house|flat"
    r"|apartment|family|families|kids)|(?:a\s+)?(?:family|families)\s+of\s+(?:his|her|their)\s+own)"
)
# "小孩？没呢", "kids? nope": the question is echoed, then answered.
_ECHO_NO = re.compile(
    # (after a second question too: "leaving? after 11 years with yous? nah")
    r"[^,，。?？\s]{0,2}\s*\?+\s*(?:[^.!?？。]{1,40}\?+\s*)?"
    r"(?:(?:我|俺)(?:都|也)?)?(?:没有?|没呢|还没|还早|早着呢|no\b|nope|nah|none|not yet|zero"
    r"|我又不傻|做梦|想得美"
    # a second question that mocks it: "renew? at these prices?", "续约？就这网速？"
    r"|at (?:these|this|those|that|them) (?:prices?|rates?|speeds?)|after (?:all )?(?:that|this)\b"
    r"|with (?:this|that|these|your) (?:service|speeds?|prices?|wifi|internet|signal)\b"
    r"|(?:就)?(?:这|这个|这种)(?:价格?|价钱|网速|服务|速度|信号)[^,，。]{0,3}[?？]"
    r"|开什么玩笑|开玩笑|怎么可能|不可能|没门|免谈|想都别想|不至于|没必要|算了吧?"
    r"|yeah right|no way|as if|lol no|hell no|not a chance"
    r"|dream on|you'?re kidding|are you kidding"
    # no longer: "married? me? not anymore"
    r"|not any ?more|no longer)"
)
OTHER_PERSON_ZH = re.compile(
    r"老公|老婆|媳妇|爱人|对象|男朋友|女朋友|男友|女友|先生|太太|丈夫|妻子|那位|那口子|孩子|儿子"
    r"|女儿|闺女|爸妈|父母|爸|妈|哥|姐|弟|妹|朋友|同事|家人|亲戚|(?<!其)他|她"
    # relatives and acquaintances outside the household: "我外甥女在上海上班"
    r"|外甥|侄|闺蜜|同学|室友|邻居|嫂|舅|姑|叔|姨|伯|爷爷|奶奶|外公|外婆|姥"
    # in-laws of the next generation, and Wu "伊" (he / she): "女婿在上海上班", "伊在上海上班"
    r"|女婿|儿媳|伊(?=在|住|去|拉(?!克))"
    # one of the people just named: "孩子都工作了，一个在杭州一个在成都"
    r"|(?<![我俺])一个(?=在|住)|另(?:外)?一个|老[大二三]"
    # northwestern "娃娃们" (the children): "娃娃们都在北京上班了"
    r"|(?<!洋)娃娃"
)
OTHER_PERSON_EN = re.compile(
    r"\b(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc[ée]e?|sons?|daughters?|kids?"
    # children by an informal word, after an owner: "our boys are living in Sydney"
    r"|(?:(?<=\bmy )|(?<=\bour ))(?:boys|girls|lads|lasses)"
    r"|children|child|parents|mom|mum|dad|mother|father|brother|sister|friend|family|he|she|they"
    # one of the people just named: "both grown, one in Leeds and the other in York"
    r"|(?<!\bno )one(?= (?:is |lives )?in\b)|the other(?: one)?"
    # grandparents and the wider family, and one of the children by age ("the eldest is in Leeds")
    r"|nan|nana|gran|granny|grandma|grandad|grandpa|nephew|niece|aunt|auntie|uncle|cousin"
    r"|grand(?:daughter|son|kid|child)s?|grandchildren"
    r"|the (?:eldest|oldest|youngest|middle one)|(?:(?<!\w )|(?<=\bour )|(?<=\bmy ))"
    r"(?:eldest|youngest)(?!\s+(?:of|in|at|by)\b)"
    # a partner by an informal word, after an owner: "her fella's from Knoxville", "my missus"
    r"|(?:(?<=\bmy )|(?<=\bher )|(?<=\bhis )|(?<=\bour )|(?<=\btheir ))"
    r"(?:fella|feller|bloke|missus|missis|hubby|other half))\b"
)


def clause_before(low: str, start: int) -> str:
    # (the break ends of the text last seen, kept: nearly all calls are about the same message)
    global _breaks
    if (memo := _breaks)[0] is not low:
        _breaks = memo = (low, [m.end() for m in _CLAUSE_BREAK.finditer(low)])
    k = bisect_right(memo[1], start)
    return low[memo[1][k - 1] if k else 0 : start]


_breaks: tuple[str, list[int]] = ("", [])


def clause_around(low: str, start: int, end: int) -> tuple[str, str]:
    """The words of the clause before `start` and after `end` (a city, a topic word)."""
    stop = _CLAUSE_BREAK.search(low, end)
    return clause_before(low, start), low[end : stop.start() if stop else len(low)]


# A clause that opens with no subject of its own, only with a time, an adverb, a place verb or the
# reflexive 自己 ("今年都24了", "在上海上班", "自己在杭州买了房"), goes on about the subject of the
# clause before it: in Chinese chat the subject of a topic chain is said once.
_CHAIN_OPENING = re.compile(
    r"^\s*(?:(?:今年|去年|前年|明年|上个?月|下个?月|这个?月|现在|目前|平时|已经|早就?|都|也|还|又"
    r"|刚刚?|就|才|一直|马上|快要?|后来)\s*)*(?:在|住|自己|去了|搬到|跑到|嫁到)"
    r"|^\s*(?:今年|去年|前年|现在|目前|平时|已经|早就?|都|刚刚?|一直)"
    # a hedged amount as a clause of its own adds to the one before: "my mum's been with you
    # forever, like 20 years"
    r"|^\s*(?:like|about|around|maybe|probably|roughly|nearly|almost|easily|over|well over)\s*$"
)
# Words that give a clause a subject of its own: the respondent, "you", or a person named.
_OWN_SUBJECT = re.compile(r"[我俺咱你]|\b(?:i|i'm|i've|we|we're|you)\b")


def topic_chain(low: str, start: int, *, hops: int = 2) -> str:
    """The clause before `start`, preceded by the clauses it goes on about: while a clause
    opens with no subject of its own ("我外甥女今年都24了，在上海上班"), the one before it is
    its topic."""
    scope = clause_before(low, start)
    pos = start - len(scope)
    piece = scope
    while hops and pos > 0 and _CHAIN_OPENING.match(piece) and not _has_subject(piece):
        piece = clause_before(low, pos - 1)
        scope = low[pos - 1 - len(piece) : pos] + scope
        pos -= len(piece) + 1
        hops -= 1
    return scope


def _has_subject(piece: str) -> bool:
    """The clause names who it is about: the respondent, "you" or a person."""
    found = _OWN_SUBJECT.search(piece)
    if found is None:
        found = OTHER_PERSON_ZH.search(piece) or OTHER_PERSON_EN.search(piece)
    # "自己" opens a clause about the person before; a person only after it is an object
    return found is not None and not (piece.lstrip().startswith("自己") and found.start() > 0)


# A clause that goes on about the people of the clause before: "my kids are grown, both married".
_CARRIED = re.compile(
    r"^\s*(?:both|all|they(?:'re| are)?|both of them|all of them)(?:\s+(?:are|were|now|already"
    r"|also|got))*\s*$"
)

_CARRIED_ZH = re.compile(r"^(?:早就?|已经|都|也|前年|去年|刚)*$")
_WED_ZH = re.compile(r"嫁|结婚|成家|娶")


def owned_by_someone_else(low: str, start: int) -> bool:
    """The partner word at `start` belongs to another person ("儿子结婚了", "her husband")."""
    clause = clause_before(low, start)
    # (a Chinese marriage verb with no subject goes on about the child before it:
    # "有个女儿，早嫁人了")
    if (
        _CARRIED_ZH.match(clause)
        and _WED_ZH.match(low, start)
        and low[start - len(clause) - 1 : start - len(clause)] in (",", "，")
        and is_cjk(low[start - len(clause) - 2 : start - len(clause) - 1])
    ):
        clause = clause_before(low, start - len(clause) - 1) + clause
    elif _CARRIED.match(clause) and len(clause) < start:
        clause = clause_before(low, start - len(clause) - 1) + " " + clause.strip() + " "
    owner = _OWNER_BEFORE.search(clause)
    # (a person denied owns nothing: "no kids no wife", "no kids just a wife", "还没有娃 老婆怀了";
    # nor one listed beside the partner: "3 kids and a husband")
    return (
        owner is not None
        and not _DENIED_BEFORE.search(clause, 0, owner.start())
        and not _LISTED_WITH.search(clause, owner.start())
    )


_DENIED_BEFORE = re.compile(r"\b(?:no|without)\s+$|(?:没有|没得|没|无)\s*$")
_LISTED_WITH = re.compile(r"\b(?:and|&|plus)\s+(?:a|an|one)\s+$")


def grown_up(low: str, end: int) -> bool:
    """The child word ending at `end` is said to be grown and on their own (but "my son's is 40"
    says the son's bill is 40, not his age)."""
    if low.startswith("'s", end - 2) and _POSSESSED_IS.match(low, end):
        return False
    return _GROWN_AFTER.search(low[end : end + 32]) is not None


_POSSESSED_IS = re.compile(r"\s+(?:is|was)\b")


def echoed_no(low: str, end: int) -> bool:
    """The topic word ending at `end` is echoed as a question and answered no ("小孩？没呢")."""
    return _ECHO_NO.match(low, end) is not None


# Mockery right after an option denies it: "续个鬼", "换个屁", "留下才怪".
_MOCK_AFTER = re.compile(
    r"个(?:鬼|屁|毛线?|头|锤子|球|寂寞|der)|才怪|你个头"
    # "续个啥，网速这么烂", "续个什么呀": asked back as a clause of its own (not "没签啥")
    r"|个(?:啥|什么|甚么)(?:呀|啊|哦|嘛)?(?=\s*(?:$|[,，。!！?？~…]))"
    # "都用这么多年了，换啥呀": with a particle, the bare question is rhetorical too
    r"|(?:啥|什么|甚么)(?:呀|啊|嘛|哟)(?=\s*(?:$|[,，。!！?？~…]))"
    # "续约的可能性不大": said to be unlikely
    r"|的?(?:可能性?|几率|概率)(?:不大|很小|极小|很低|极低|为零|几乎为零)"
)
# A rhetorical question before an option denies it: "为啥不续" (so: renew), "还能走？" (so: stay).
_WHY_BEFORE = re.compile(
    r"(?:为啥|为什么|为何|干嘛|干吗|凭什么|凭啥|怎么可能|哪能|难道)(?:我|要|会|还)*$"
)
_STILL_BEFORE = re.compile(r"还(?:能|会|要)?$")
_ASKED_AFTER = re.compile(r"个?(?:啥|什么)|[到去]?哪|咋[的地滴]")  # "还能走咋的": so what?


# The verb repeated around a question word dismisses it: "换啥换", "走什么走", "续个啥续".
_REPEATED_AROUND = r"(?:个)?(?:啥|什么|甚么)"
_REPEATED_HEAD = re.compile(_REPEATED_AROUND)
_REPEATED_TAIL = re.compile(_REPEATED_AROUND + "$")


def mocked(low: str, end: int) -> bool:
    """The option ending at `end` is mocked right away ("续个鬼", "换啥换")."""
    if _MOCK_AFTER.match(low, end) is not None:
        return True
    if end <= 0:
        return False
    question = _REPEATED_HEAD.match(low, end)
    return question is not None and low.startswith(low[end - 1 : end], question.end())


def rhetorical_zh(low: str, start: int, end: int) -> bool:
    """The option at `start`..`end` is asked rhetorically ("为啥不续", "用了十年了还能走？")."""
    before = clause_before(low, start)
    if _WHY_BEFORE.search(before):
        return True
    question = _REPEATED_TAIL.search(before)
    if question is not None and before[: question.start()].endswith(low[start:end]):
        return True  # the second verb of "换啥换"
    # "还换啥", "还走什么": the question word follows the option
    # (or "还能走到哪去": where would I go)
    asked = in_question(low, end) or _ASKED_AFTER.match(low, end) is not None
    if bool(_STILL_BEFORE.search(before)) and asked:
        return True
    # "往哪换", "换去哪？", "能换哪去": nowhere to go to (but "不知道往哪换" asks in earnest)
    return bool(
        (_WHERE_BEFORE.search(before) or _WHERE_AFTER.match(low, end))
        and not _UNKNOWN_BEFORE.search(before)
        and not low.startswith(("都", "也"), end)  # "往哪换都行": anywhere will do
    )


_WHERE_BEFORE = re.compile(r"(?:往|去|到)哪(?:儿|里|边)?(?:能|还能|可以)?$")
_WHERE_AFTER = re.compile(
    r"(?:去|到)?哪(?:儿|里|边)?(?:去|呢)?(?:啊|呀|呢)?\s*(?:[?？,，。!！…]|$)"
)
_UNKNOWN_BEFORE = re.compile(r"不知道|不晓得|没想好|还没定|在想|考虑")


def in_question(low: str, end: int) -> bool:
    """The clause that goes on at `end` is a question ("这跟宽带有什么关系？")."""
    m = _CLAUSE_BREAK.search(low, end)
    return m is not None and m.group() == "?"


# "if" as "whether" after not knowing, then the respondent's own partner or child named: "not
# sure if it's one year, I think my husband signed it" (but "if my husband signed it then…").
_WHETHER_MINE = re.compile(
    r"\b(?:not sure|don'?t know|no idea|wonder(?:ing)?)\s+if\b.*\bmy\s+(?:husband|wife|partner"
    r"|kids?|son|daughter)$"
)


def whether_mine(low: str, end: int) -> bool:
    """The word ending at `end` is "my husband" (or wife, child) after an "if" meaning whether."""
    return _WHETHER_MINE.search(low, 0, end) is not None


# The respondent's own partner whose consent a condition waits for: "renew? only if my wife
# agrees", "unless the missus says no", "要是我老婆同意就续", "除非我老公点头" (the partner is there
# to consent; "if I had a wife", "如果我有老婆" and "if my wife were still alive" name no one).
_IF_OWN = re.compile(
    r"(?:\b(?:if|unless)\s+(?:my|the|our)?|(?:如果|要是|假如|除非|只要)\s*(?:我|俺)?(?:的|家)?)\s*$"
)
_PARTNER_WORD = re.compile(
    r"老公|老婆|媳妇|爱人|对象|男朋友|女朋友|(?:(?:my|the|our)\s+)?(?:wife|husband|partner|hubby|wifey|missus|fiancée?"
    r"|girlfriend|boyfriend|other half)"
)
# ... whose consent the condition waits for ("if my husband signed it then…" only supposes)
_CONSENTS_AFTER = re.compile(
    r"\s*(?:(?:agrees?|approves?|allows?|lets?\s+(?:me|us)|okays?|ok'?s|says?\s+(?:so|yes|no|ok"
    r"|it'?s\s+ok)|signs?\s+off|is\s+(?:ok|okay|fine|happy)\s+with\s+it|wants?\s+(?:to|it)"
    r"|comes?\s+(?:round|around)(?:\s+to\s+(?:it|the idea))?)\b"
    r"|(?:也)?(?:同意|点头|答应|愿意|批准|没意见|说行|说可以|说好|松口|点了头))"
)


class _Span(Protocol):
    start: int
    end: int


def mine_despite_if(low: str, hit: _Span) -> bool:
    """The word at `hit`, after an "if", is still the respondent's own: "if" meaning whether
    ("not sure if…, my husband signed it"), or the own partner doing what the condition hangs on
    ("only if my wife agrees", "要是我老婆同意就续")."""
    start, end = hit.start, hit.end
    return whether_mine(low, end) or bool(
        _PARTNER_WORD.fullmatch(low, start, end)
        and _IF_OWN.search(low, max(0, start - 12), start)
        and _CONSENTS_AFTER.match(low, end) is not None
    )
