"""Whether a city named in a message is where the respondent lives.

Chatty answers name many places that are not home: a city passed on the train or an airport on
the way ("刚过南京", "at the airport in Dallas"), a yardstick ("房价比北京便宜一半"), the region of
a phone number ("杭州苏州的号码"), an event ("a concert in Seattle", "half marathon in Chicago in
October", "celebrated in Lisbon"), a stay with a time frame ("上周在成都", "这周在重庆"), the past
("跟我在上海那会儿", "moved up from London", "raised in Enugu"). `not_a_home` rejects a place
passed, compared, of a number or of the past wherever it is said; `temporary_or_origin` marks
stays, events and origins, which still answer the city question when nothing else is named.

When the city was not asked, a city counts only with `home_cue`: a word of living or being there
("住在", "坐标", "I live in", "based in", "I'm in", "here in", "a flat in"), "from" after a
self-introduction ("Ravi, from Mumbai"), or the city alone as one item of a list ("Rob, 45,
Wuhan", "城市：苏州").
"""

from __future__ import annotations

import re

from bot.understanding.cities import (
    asked_places,
    city_cues,
    considered_moves,
    corrected_city,
    district_items,
    holiday_stays,
    namesakes,
    past_homes,
    self_labels,
    stay_subjects,
    trips,
    work_elsewhere,
)
from bot.understanding.cities.moved_into import arrived
from bot.understanding.literal_gates import gated
from bot.understanding.people import OTHER_PERSON_ZH, clause_around, topic_chain

# Passing through on the way: "刚过南京", "at the airport in Dallas", "a layover in Doha".
_TRANSIT_BEFORE = re.compile(
    r"(?:经过|路过|途经|刚刚?过|过了|途中)\s*$"
    r"|\b(?:airport|station|terminal|layover|stopover|connection|transit|passing through|via"
    r"|driving through|on the way (?:to|through)|en route to|changing (?:planes|trains) (?:in|at))"
    r"\s+(?:in|at)?\s*$"
    # a spot inside an airport: "sat in an airport lounge in Doha", "the departure gate at Dubai"
    r"|\b(?:airport|departures?|departure)\s+(?:lounge|hotel|gate|terminal|cafe|café|bar|queue)"
    r"\s+(?:in|at)\s*$"
)
# "in Doha right now on the way back from a work trip": where a journey passes, not home (not
# "in Leeds on my way to work", a daily trip from home).
_TRANSIT_AFTER = re.compile(
    r"[^,.;!?]{0,20}?\bon (?:the|my|our) way (?:back|home|through|from"
    r"|to (?!work\b|school\b|uni\b|college\b|the office\b|the shops\b))"
)
# What other people take the respondent for: "everyone thinks I'm from Dublin", "people assume
# I'm from London": a belief reported, not where they are from.
_BELIEVED_BEFORE = re.compile(
    r"(?<!\bi )(?<!\bwe )\b(?:thinks?|thought|assumes?|assumed|guess(?:es|ed)?|reckons?|reckoned)"
    r"\s+(?:that\s+)?"
    r"(?:i'?m|i am|i was|we'?re|we are)\s+(?:from|in)\s*$|(?:以为|当)(?:我|俺)(?:是|系)\s*$"
)
# A yardstick: "比北京便宜", "cheaper than London", "compared to Shanghai".
_COMPARED_BEFORE = re.compile(r"(?:比|比起|相比)\s*$|\b(?:than|compared (?:to|with)|unlike)\s*$")
_COMPARED_AFTER = re.compile(r"^\s*(?:相比|比起来|比|一样|似的)")
# "跟北京比", "和上海差不多": a yardstick after 跟/和 when a comparison follows.
_WITH_BEFORE = re.compile(r"(?:跟|和|同)\s*$")
_WITH_COMPARED_AFTER = re.compile(r"^[^,，。]{0,8}?(?:比|一样|相比|差不多|似的)")
# The region of a phone number or a call: "杭州苏州的号码", "a London number".
_NUMBER_BEFORE = re.compile(
    r"(?:号码|电话|手机号|号)(?:是|为|也是)?\s*$|\bnumber(?:'s| is)\s*(?:from\s*)?$"
)
_NUMBER_AFTER = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,4}?)?\s*的?\s*(?:号码|电话|手机号|来电|区号|座机)"
    r"|^\s*(?:numbers?|area code|landline|calls?)\b"
)
# Back then: "在上海那会儿", "在北京的时候", "在伦敦读书那会儿", "在上海工作那几年".
_PAST_AFTER = re.compile(
    r"^\s*(?:读书|上学|念书|读大学|上大学|读研|工作|上班|打工|住)?(?:的)?"
    r"(?:那会儿?|那时候?|那阵子?|那几年|的时候|时期)"
)
# Schooling done there, in the past: "高中在重庆读的", "大学在武汉念的" (not "在重庆读大学", now).
_SCHOOLED_BEFORE = re.compile(
    r"(?:小学|初中|高中|中学|大学|本科|研究生|硕士|博士|中专|大专)\s*(?:是|也是)?\s*在\s*$"
)
_SCHOOLED_AFTER = re.compile(r"^\s*(?:读|念|上)(?:完)?的")
# Today's weather "over here": "今天在多伦多这边零下十五度" is where the respondent is at home.
_LOCAL_WEATHER_AFTER = re.compile(
    r"^\s*(?:这边|这儿|这里)[^,，。]{0,3}?(?:零下|\d|[一二三四五六七八九十]+度|好?冷|好?热|下[大小暴]?[雨雪]|降温)"
)
# Long ago there, or where a couple met: "年轻时在兰州求学", "我们在多伦多认识的".
_LONG_AGO_BEFORE_ZH = re.compile(r"(?:年轻|小时候|早年|年少)(?:的)?(?:时候|时|那会儿?)?在\s*$")
_MET_AFTER_ZH = re.compile(r"^\s*(?:认识|相识|相遇|结识)(?:的|了)")
# "when I lived in Leeds", the past "I lived in Leeds", "she lived with me in Leeds" ("I've lived"
# is now)
_PAST_BEFORE = re.compile(
    r"\bwhen (?:i|we) (?:lived|was|were|worked)\s+(?:still\s+)?(?:in|at)\s*$"
    r"|(?:(?:^|[^'\w])(?:i|we)\s+(?:(?:once|previously|used to)\s+)?lived|\blived with (?:me|us))"
    r"\s+in\s*$"
)
# An event held there: "a concert in Seattle", "celebrated in Lisbon", "Chicago in October".
_EVENT_BEFORE = re.compile(
    r"\b(?:concert|gig|festival|marathon|race|match|game|tournament|wedding|party|conference"
    r"|show|meeting|celebrat(?:ed|ing|e)|met|married|graduated|honeymoon"
    # a family meeting place: "we all meet in Kumasi at Christmas", "get together in Leeds"
    r"|meet|meets|meet up|get together|gather)\b"
    r"[^,.;!?]{0,20}?\b(?:in|at)\s*$"
)
# The same in Chinese: "婚礼在大理办", "在三亚办的婚礼", "演唱会在成都开".
_EVENTS_ZH = r"婚礼|婚宴|喜酒|酒席|演唱会|音乐节|比赛|马拉松|会议|年会|展会|典礼|聚会|同学会"
_EVENT_BEFORE_ZH = re.compile(rf"(?:{_EVENTS_ZH})[^,，。]{{0,4}}?(?:在|于)\s*$")
_EVENT_AFTER_ZH = re.compile(rf"^\s*(?:办|举办|举行|开|摆)(?:了|的)?(?:{_EVENTS_ZH})")
_EVENT_AFTER = re.compile(
    r"^\s*(?:in|back in|during|last)\s+(?:(?:19|20)\d\d|'\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec|spring|summer|autumn|fall|winter)"
)
# A stay with a time frame: "上周在成都", "这周在重庆", "this week I'm in Leeds".
_STAY_BEFORE = re.compile(
    r"(?:上|这|下|本)(?:周|个?星期|个?礼拜|个?月)(?:又|还|都|就)?(?:在|去|到)\s*$"
    r"|(?:今天|昨天|明天|前天|这几天|这两天|最近几天)(?:又|还|都|就)?(?:在|去|到)\s*$"
    r"|\b(?:this|last|next) (?:week|weekend)\b[^,.;!?]{0,12}?\b(?:in|at)\s*$"
)
# Where the respondent, or something, comes from: "moved up from London", "raised in Enugu",
# "my flight from Dubai".
_ORIGIN_BEFORE = re.compile(
    # (words with accents too: "moved the café from Bristol"; a time between: "moved here last
    # year from Boise", "came over in 2019 from Austin")
    r"\b(?:moved|came|relocated?|transferred|shifted|pushed|forced|driven)\s+(?:[^\W_]+\s+){0,4}"
    r"(?:from|out of)\s*$"
    r"|\b(?:flights?|trains?|bus|coach|plane|trip|drive|journey|calls?|emails?|letters?|parcels?"
    r"|packages?|delivery|order|back|home)\s+from\s*$"
    r"|\b(?:raised|brought up|grew up|born(?: and (?:raised|bred))?)\s+(?:[a-z\d']+\s+){0,2}"
    r"(?:in|at)\s*$"
    # schooling there in the past: "studied in Leeds", "went to uni in Bristol"
    r"|\b(?:studied|went to (?:uni|university|college|school)|did (?:my|a) (?:degree|masters|phd))"
    r"\s+(?:[a-z\d']+\s+){0,2}(?:in|at)\s*$"
    # Indian English "native place is Nagpur": the family's home town
    r"|\bnative (?:place|town|village)(?:'s|\s+is|\s+was)?\s*$"
)
# After the city: "(from) Kilkenny originally", "Sligo by birth".
_ORIGIN_AFTER = re.compile(
    r"\s*(?:originally|by birth|is (?:my|our) native (?:place|town|village))\b"
)

# Words of living or being somewhere, right before the city ("住在", "I'm in", "based in").
_HOME_BEFORE_ZH = re.compile(
    r"(?:在|住|家住|家在|现居|现住|居住在|定居在?|坐标|来自|搬(?:到|来|回|进)了?|落户|扎根"
    # stationed there for good: "现在常驻上海", "长驻广州" (a company's office there is no home)
    r"|[常长]驻(?:在|于)?|驻扎(?:在|于)?"
    # a posting: "从西安调到兰州", "调回老家" (the respondent now works and lives there)
    r"|调到了?|调来了?|调回了?"
    # a move from one place to this one: "我俩从深圳辞职跑来大理", "从武汉来厦门打拼"
    r"|从[^,，。]{1,12}?(?:(?:跑|搬|迁|嫁)(?:来|到)|来)了?"
    # back home after a stay away: "部队待了五年，刚回济南", "退伍回到了青岛" (not "过年回济南")
    r"|(?:刚刚?|已经|终于|退伍|退役|转业|毕业)(?:就|又)?回(?:到|来)?了?"
    # chat slang for where one is based: "base深圳", "base在上海"
    r"|(?<![a-z])base\s*(?:在)?"
    # the city the respondent's people share, opening a clause: "俺们太原今儿个天气好得很"
    r"|(?:^|[,，。！!？?\s])(?:俺们|我们|咱们))\s*$"
)
_HOME_BEFORE_EN = re.compile(
    r"\b(?:live|lives|living|livin|lived|based|staying|stays?|settled|reside|residing|resident|home|flat"
    r"|house|apartment|place|i'?m|i am|we'?re|we are|am|still|currently|now|here|rn|dey|from"
    r"|work|works|working|study|studying"
    r"|moved|shifted|relocated)\s+(?:(?:now|currently|still|here|over|out|down|up|back|right|permanently"
    r"|(?:just )?(?:up|down) the road"  # "from up the road in", "just down the road in"
    r"|together|both|all|(?:in )?with (?:me|us))"
    r"\s+)*(?:in|to|at|near)?\s*$"
    r"|\b(?:moved|moving|shifted|relocated)\b[^,.;!?]{0,30}\bto\s*$"
    # a time between: "we are living together two years in Leeds", "lived 10 yrs in Hull"
    r"|\b(?:live|living|lived)\s+(?:together\s+)?(?:for\s+)?(?:about\s+)?(?:\w+\s+){1,2}"
    r"(?:years?|yrs?|months?)(?:\s+now)?\s+in\s*$"
    r"|\bmy (?:city|town|home ?town)(?:\s+is|'s)?\s*[:—–-]*\s*$"
    # "the city is Dundee", "home is Geelong": the answer to the city question, named
    r"|\bthe (?:city|town)(?:\s+is|'s)\s*[:—–-]*\s*$|\bhome(?:\s+is|'s)\s+(?:in\s+)?$"
    # the respondent described as a person there: "I'm a 45 yr old guy in Calgary"
    r"|\b(?:i'?m|i am|im)\s+(?:just\s+)?an?\s+[^,.;!?]{0,24}?\b(?:guy|man|woman|girl|bloke|lady"
    r"|dude|gal|lad|mum|mom|dad|student|nurse|teacher|retiree|pensioner)\s+in\s*$"
)
_HOME_AFTER = re.compile(r"^\s*(?:-\s*)?(?:based|born and (?:bred|raised))\b")
# A native of the city ("温州人", "佛山本地人"), which is the home only when said to be local or
# followed by a clause of living here ("…人，一直住这边", "…人，现在还在这儿").
_NATIVE_AFTER = re.compile(r"\s*(?:本地|土生土长的?)?人(?:士)?\s*")
_STAYED_HERE = re.compile(
    r"[,，。;；]\s*(?:我|也)?(?:一直|从小|现在|目前|还|也)*(?:都|就)?(?:住|在|生活|待)(?:在)?"
    r"(?:这边|这儿|这里|本地|当地)"
)
# The city question named, then the answer: "I skipped the city one, it's Perth", "missed the
# city question earlier - Leeds", "城市那题忘了填，是成都".
_CITY_QUESTION_BEFORE = re.compile(
    r"\b(?:city|town|location)\s+(?:one|question|q|bit|part|field)\b[^.;!?]{0,24}?"
    r"(?:\bit'?s|\bit is|\bthat'?s|\bthat is|[,:-])\s*$"
    r"|(?:城市|所在城市|居住地)(?:那|这)(?:题|个|一栏|一项)[^。！？]{0,8}?(?:是|填)\s*$"
    # the city given earlier corrected: "刚刚城市填错了，应该是苏州", "更正一下城市，不是北京
    # 是天津", "got the city wrong earlier, it's Leeds"
    r"|城市[^。！？]{0,8}?(?:错|不对|更正|改)[^。！？]{0,12}?(?:是|填|成)\s*$"
    r"|(?:更正|改)一下(?:刚才的?|之前的?)?城市[^。！？]{0,12}?(?:是|填|成)\s*$"
    r"|\b(?:city|town)\b[^.;!?]{0,20}?\bwrong\b[^.;!?]{0,16}?(?:\bit'?s|\bit is|\bshould be"
    r"|\bmeant)\s*$"
)
_LABEL_BEFORE = re.compile(r"(?:城市|所在地|居住地|\bcity|\blocation|\bbased)\s*[:：]\s*$")
# What may stand beside a city alone in its clause ("Wuhan", "Joburg lol", "Leeds rn").
_FILLER = re.compile(
    r"(?:\s|lol|lmao|haha|btw|rn|now|here|thanks|thx|po|lah|市|的|哈|啊|呀|吧|了|呢|～|~|—|–|-)*"
)

# The respondent lives apart from the person whose city is named: "long distance is rough",
# "trying to convince her to move in with me", "我们异地".
_LIVING_APART = gated(
    r"\blong[- ]distance\b|\bmove in with (?:me|us)\b|\b(?:don'?t|do not) live together\b"
    r"|\bnot living together\b|异地|两地分居|分居两地|不住在?一起|没住在?一起"
)

# Job offers in cities ("拿了上海和成都两个offer，上海12k成都9k", "offers from Leeds and Bristol"):
# places weighed as the next job, not a home, unless a word of living there stands before one.
_OFFERS = re.compile(r"offers?\b|录用通知|入职通知|工作机会")
# ... and the pay each one offers, said right after the city ("上海12k成都9k")
_PAY_AFTER = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:[kKwW千万]|块|元)")


# Another person right before the place, in one run after the respondent's own place ("我在成都
# 她在上海"): the person nearest the place is its subject (not "我和她在上海", where both live).
_PERSON_IN_ZH = re.compile(
    r"(?<![和跟与同陪带])(?:" + OTHER_PERSON_ZH.pattern + r")们?(?:也|都|还|则|现在|目前|一直)?"
    r"(?:在|住在?)\s*$"
)
# Places of some of a group, not the respondent's: "我们舞队有从上海来的，有从哈尔滨来的"
_SOME_FROM_BEFORE = re.compile(r"有(?:人|的人|几个|不少|好多|很多)?(?:是)?(?:从)?\s*$")
_SOME_FROM_AFTER = re.compile(r"(?:调|搬|跑|嫁)?(?:过)?来?的(?:[,，。、;；也还]|$)")
# The respondent's base at a company's office in the city: "base在深圳office", "based at the
# Leeds office" (their work city, not an office they deal with).
_BASED_BEFORE = re.compile(
    r"(?<![a-z])base\s*(?:在)?\s*$|\bbased\s+(?:in|at|out of)\s+(?:the\s+)?$"
)


def some_of_them_from(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is where some members of a group come from ("有从上海来的")."""
    before, _ = clause_around(low, start, end)
    return bool(_SOME_FROM_BEFORE.search(before) and _SOME_FROM_AFTER.match(low, end))


def based_at(low: str, start: int) -> bool:
    """The respondent is based at the city at `start` ("base在深圳office")."""
    return _BASED_BEFORE.search(clause_around(low, start, start)[0]) is not None


# A visit to family or for a holiday after the place: "回济南看了看爸妈", "回成都探亲".
_VISIT_AFTER_ZH = re.compile(
    r"\s*(?:(?:看了?看?|看望|探望)(?:了)?(?:我)?(?:爸妈|父母|家人|老人|爷爷|奶奶|外公|外婆|亲戚|朋友)"
    r"|探亲|过年|过节|玩(?:了|几天|一趟)|(?:玩|旅游|旅行|度假)(?:了)?(?:一个|几个|一|两|三)"
    r"(?:礼拜|星期|周|天))"
)


_WITH_PERSON = re.compile(r"[和跟与同陪带](?:我的?)?[^在住,，。]{0,3}$")


def other_person_there(low: str, start: int) -> bool:
    """Another person is named right before the place at `start` ("我在成都她在上海")."""
    clause = clause_around(low, start, start)[0]
    person = _PERSON_IN_ZH.search(clause)
    # ("跟爸妈住在成都": the respondent lives with them, however the kin word is split)
    return person is not None and not _WITH_PERSON.search(clause, 0, person.start())


def living_apart(low: str) -> bool:
    """The message says the respondent lives apart from the person it names."""
    return _LIVING_APART.search(low) is not None


# After a city's name: a street or a road named after it ("北京路", "南京西路", "Beijing Road").
_STREET_AFTER = re.compile(
    r"[东西南北中]?(?:路(?!由)|街|大街|大道|巷|胡同)|\s+(?:road|rd|street|st|avenue|ave|lane)\b"
)


def not_a_home(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is passed through, compared with, a phone number's region, a
    place of the past or one only considered: never the respondent's home."""
    before, after = clause_around(low, start, end)
    if _TRANSIT_BEFORE.search(before) or _COMPARED_BEFORE.search(before):
        return True
    if some_of_them_from(low, start, end):
        return True  # "有从上海来的": where some of a group come from
    if _TRANSIT_AFTER.match(after) or _BELIEVED_BEFORE.search(before):
        return True
    if namesakes.named_after(low, start, end) or work_elsewhere.works_there_lives_elsewhere(
        low, start, end
    ):
        return True  # "北京烤鸭", "a Boston terrier"; "I work in Leeds but live out in the sticks"
    if _STREET_AFTER.match(low, end) or trips.trip_to(low, start, end):
        return True  # "在北京路上班" (a street named after a city), "去了趟昆明" (a trip)
    if considered_moves.considered(before) or asked_places.asked_about(low, start, end):
        return True  # only talked about as the next move, or asked about ("do you cover Hobart?")
    if _offered(low, before, after, end):
        return True  # "拿了上海和成都两个offer": a job offered there, no home
    if _WITH_BEFORE.search(before) and _WITH_COMPARED_AFTER.match(after):
        return True
    if _COMPARED_AFTER.match(after) or _NUMBER_AFTER.match(low[end : end + 16]):
        return True
    if _NUMBER_BEFORE.search(before):
        return True  # "号码是上海的"
    if _SCHOOLED_BEFORE.search(before) and _SCHOOLED_AFTER.match(after):
        return True
    if past_homes.past_dwelling(before, after) or past_homes.left_behind(before, after):
        return True  # "the flat in Paris was tiny", "studied in Leeds ages ago", "乡下系佛山"
    if holiday_stays.holiday_stay(low, start, end):
        return True  # "in Rome on holiday", "a holiday home in Leeds"
    return bool(_PAST_AFTER.match(after) and not arrived(before) or _PAST_BEFORE.search(before))


def _offered(low: str, before: str, after: str, end: int) -> bool:
    """The city is one of the places a job is offered in, and no word of living precedes it."""
    if _HOME_BEFORE_ZH.search(before) or _HOME_BEFORE_EN.search(before):
        return False  # "我在成都，拿了上海的offer": Chengdu is the home
    if _OFFERS.search(before) or _OFFERS.search(after):
        return True
    return bool(_PAY_AFTER.match(low, end)) and _OFFERS.search(low) is not None


def temporary_or_origin(low: str, start: int, end: int) -> bool:
    """The city at `start`..`end` is a stay with a time frame, an event's or where the
    respondent comes from ("上周在成都", "a concert in Seattle", "moved up from London")."""
    before, after = clause_around(low, start, end)
    local_weather = before.endswith(("今天在", "今儿在")) and _LOCAL_WEATHER_AFTER.match(after)
    if _STAY_BEFORE.search(before) and not local_weather:
        return True
    if _ORIGIN_BEFORE.search(before):
        return True
    if _ORIGIN_AFTER.match(after) or _MET_AFTER_ZH.match(after):
        return True  # "from Kilkenny originally", "我们在多伦多认识的"
    if _LONG_AGO_BEFORE_ZH.search(before):
        return True  # "年轻时在兰州求学"
    if _EVENT_BEFORE.search(before) or _EVENT_BEFORE_ZH.search(before):
        return True
    if _EVENT_AFTER_ZH.match(after) or _VISIT_AFTER_ZH.match(after):
        return True  # ("婚礼在大理办", "回济南看了看爸妈")
    # "Chicago in October" is an event; "moved to Leeds in 2019" is still the home
    homed = _HOME_BEFORE_ZH.search(before) or _HOME_BEFORE_EN.search(before)
    return bool(_EVENT_AFTER.match(after)) and not homed


def city_question_before(low: str, start: int) -> bool:
    """The city question is named right before `start`, which answers it ("the city one, it's
    Perth"); a name that is also a word ("Perth", "Reading") counts there too."""
    return _CITY_QUESTION_BEFORE.search(low, max(0, start - 60), start) is not None


def home_cue(low: str, start: int, end: int) -> bool:
    """Not asked: the text says the respondent lives at the city at `start`..`end`."""
    before, after = clause_around(low, start, end)
    if _HOME_BEFORE_ZH.search(before) or _HOME_BEFORE_EN.search(before):
        return True
    if _HOME_AFTER.match(after) or _LABEL_BEFORE.search(low, 0, start):
        return True
    if district_items.city_with_district(before, after):
        return True  # "王秀英，五十六岁，临沂兰山的": the city, then its district
    if self_labels.described_there(low, start, end):
        return True  # "retired teacher in Dayton", "I'm 71 and in Pune", "深圳码农一枚"
    if city_question_before(low, start) or corrected_city.corrected_to(low, start, end):
        return True  # "I skipped the city one, it's Perth", "I meant Leicester not Nottingham"
    if city_cues.placed_here(low, start, end):
        return True  # "大连这边冬天网不稳", "俺是洛阳的", "living in halls in Sheffield"
    if _NATIVE_AFTER.fullmatch(after) and (
        "本地" in after or _STAYED_HERE.match(low, end + len(after))
    ):
        return True  # "佛山本地人", "温州人，一直在这儿": born there and still living there
    # the city alone as one item of a list: "Rob, 45, Wuhan", "29, female, London", "Maggie, in
    # Phoenix" (not "Maggie, in Phoenix for the week")
    return _FILLER.fullmatch(after) is not None and (
        _FILLER.fullmatch(before) is not None or city_cues.listed_in(low, before, start)
    )


# The respondent staying at somebody's place ("crashing at a mate's in Leeds", "on my sister's sofa
# in Bristol", "暂时借住在朋友家，在成都"): the city named with it is where they are now.
_STAYING_AT = re.compile(
    r"\b(?:crashing|kipping|dossing|sleeping|staying|living|lodging)\s+(?:at|with|on|in)\s+"
    r"[^,.;!?]{0,30}?\b(?:in|near)\s*$"
    r"|(?:借住|蹭住|暂住|(?:暂时|临时|先)住)(?:在)?[^,，。]{0,6}(?:家|那)"
)


def staying_at(before: str) -> bool:
    """`before`, the words leading up to a city, has the respondent staying at somebody's."""
    stay = _STAYING_AT.search(before)
    if stay is not None and stay_subjects.another_stays(before[: stay.start()]):
        return False  # "my son's living in halls in Sheffield": the son stays there
    if stay is not None or city_cues.dwelling_before(before):
        return True  # ("kipping at a mate's in Leeds", "I'm in student halls in Leeds")
    return self_labels.living_with(before)


def self_there(low: str, start: int, end: int) -> bool:
    """The respondent is at the city at `start`..`end`, though another person's word stands
    before it: staying at theirs, or a role of their own ("I'm a student in Nairobi")."""
    chain = topic_chain(low, start)
    if staying_at(chain) or stay_subjects.introduced_then_placed(chain):
        return True  # ("我是陈老师，住南充": the teacher introduced is the respondent)
    return self_labels.described_there(low, start, end)
