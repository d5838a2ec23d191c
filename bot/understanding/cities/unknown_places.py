"""Places the gazetteer does not know, read when the city is asked.

"Inverness", "义乌", "I live in Kimberley", "Home's Lubbock": a short answer that reads as a place
name, or a capitalised place after a word of living there, is the city though no gazetteer lists
it. Kept apart from the slot readers (`word_slots`) because these are judgements about the words
of a name (a common word, a region, a laugh, a line of work are none), not about whose place it is.
"""

from __future__ import annotations

import re

from bot.understanding.cities import (
    called_towns,
    demonyms,
    distance_first,
    no_city,
    regions_named,
    whose_place,
)
from bot.understanding.cities.echoed_places import echoed_answer
from bot.understanding.cities.gazetteer import CITIES
from bot.understanding.cities.service_words import service_term, service_word
from bot.understanding.identity.name_words import COMMON
from bot.understanding.literal_gates import gated
from bot.understanding.replies import CORRECTION

# The English frame goes first: the Chinese one can match nothing, and would win at position 0.
# ("Technically Salford, not Manchester": a hedge before the place)
_HEDGE = re.compile(
    r"^(?:technically|officially|strictly speaking|properly|actually)\b\s*,?\s*", re.IGNORECASE
)
# A greeting before the place, in English or another language ("Talofa! Apia", "Hello, Truro",
# "Kia ora - Gisborne", "Hi there, Levin"), is no part of it.
_GREETING = re.compile(
    r"^(?:hi|hiya|hey|hello|howdy|g'?day|howzit|kia ora|talofa(?: lava)?|malo e lelei|bula"
    r"|aloha|namaste|salaam|sawubona|jambo|mabuhay|kumusta|hola|bonjour|ciao)"
    r"(?:\s+(?:there|all|again|everyone|mate))?(?:\s*[!,.~:\-–—]+\s*|\s*$)",
    re.IGNORECASE,
)
_PLACE_PREFIX = re.compile(
    r"^(?:i\s+(?:live|am|'m|stay|work)\s+in|i'?m\s+(?:(?:based|over|now|currently)\s+)?in"
    r"|i'?ve\s+(?:always\s+)?lived\s+in|based in|living in|live in|in|from|currently in|i'?m from)"
    r"\s+"
    r"|^(?:我|俺)?(?:现在|目前|一直|常年)?(?:住|在|生活|工作|呆|待)?(?:在|于)?"
    # a native said to be a true one: "正宗四川人", "地道湖南人" (the province is then no city)
    r"(?:(?:是)?(?:正宗|地道|纯正|土生土长)的?)?",
    re.IGNORECASE,
)
_PLACE_SUFFIX = re.compile(
    # ("Iloilo po", "Tampines lah": a polite or chatty particle after the place)
    # ("Dundee now", "Leeds for now": the time the respondent has been there)
    # ("Quebec City", "Kansas City": a capitalised "City" is part of the name; "leeds city" not)
    r"(?:市|这边|那边|这里|那里|呢|啊|吧|呀|啦|哈|了|的|人|(?-i:city|CITY)|,?\s*china|\s+po|\s+lah"
    # a dialect tag or a word for the asker after the place ("Corner Brook b'y", "Moose Jaw eh",
    # "Wigan innit", "Ballarat mate")
    r"|,?\s+(?:b'y|by'|eh|innit|aye|mate|bud|la|lor|leh|boyo|y'all|hey)"
    r"|\s+(?:now|for now|these days|at the moment))+$",
    re.IGNORECASE,
)
_NOT_PLACE = re.compile(
    r"不|没|什么|哪|吗|\?|？|知道|一下|电话|等|问|说|谁|我|你|地方|到处|城市|区域|位置|记得|"
    r"\b(?:the|a|not|no|don't|what|why|who|where|idk|dunno|ok|okay|yes|all|over|place|around|"
    # ("Quebec City": a capitalised "City" after the name is part of it)
    r"hold|wait|sorry|here|there|home|(?-i:city|CITY|^City)|town|somewhere|anywhere|everywhere"
    r"|nowhere|travel|me|us|myself"
    # "I'm in sales": a line of work or a state, not a place
    r"|sales|marketing|finance|retail|hr|it|tech|school|college|uni|university|hospital|bed|work"
    r"|meetings?|trouble|love|charge|debt|business)\b"
    r"|东北|西北|华北|华南|华东|南方|北方|农村|乡下|老家|县城|郊区|国外|海外|外地|市区|城里"
    # the question's own words echoed back: "常住？基本住公司了", "居住城市？"
    r"|常住|居住|所在",
    re.IGNORECASE,
)


# "I live in Kimberley", "Based in Bradford", "Still in Dundee": a capitalised place after a cue
# of living there is the city, though the gazetteer does not know it (countries and regions are
# no cities).
# (a joining word inside the name: "Port of Spain", "Rio de Janeiro", "Newcastle upon Tyne")
_JOINING = r"(?:of|de|do|da|del|du|upon|on|sur|au|es|la)"
# A US state is no city ("Out here in Wyoming"); those that name a city too are left out.
_US_STATES = (
    "alabama,alaska,arizona,arkansas,california,colorado,connecticut,delaware,florida,hawaii"
    ",idaho,illinois,indiana,iowa,kansas,kentucky,louisiana,maine,maryland,massachusetts,michigan"
    ",minnesota,mississippi,missouri,montana,nebraska,nevada,new hampshire,new jersey,new mexico"
    ",north carolina,north dakota,ohio,oklahoma,oregon,pennsylvania,rhode island,south carolina"
    ",south dakota,tennessee,texas,utah,vermont,virginia,west virginia,wisconsin,wyoming".split(",")
)
_POSTAL = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM"
    " NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split()
)
# Postal codes that are no word, read also in lowercase ("buffalo ny"; not "or", "me", "ok").
_POSTAL_LOWER = (
    "ak az ca ct fl ga ia il ks ky md mn mt nc nd nh nj nm nv ny ri sc sd tn tx ut va vt wi wv wy"
    " dc".split()
)
# A state after the city, without a comma: "Columbus Ohio", "Charlotte NC", "Portland Oregon"
# (the postal code in capitals, "Dayton OH", or one of those above; not "Kansas City",
# "Virginia Beach").
_STATE_AFTER = re.compile(
    r"(?<=[a-z])\s+(?:(?i:"
    + "|".join(sorted(_US_STATES, key=len, reverse=True)).replace(" ", r"\s+")
    + r")|"
    + "|".join(_POSTAL)
    + r"|[A-Z]\.[A-Z]\.?|"
    + "|".join(_POSTAL_LOWER)
    + r")$"
)
# ... and no second word of a place's name either ("I live in Columbus Ohio").
_NO_STATE = r"(?!(?:" + "|".join(s.title() for s in _US_STATES) + r")\b)"
# (a saint's or a fort's name whole: "St. George", "Ste. Foy", "Ft. Worth")
# (a contraction after the name is no part of it: "our road in Falmouth's been dug up")
_WORD = r"[A-Z](?:[a-z\-]|'(?!s\s+(?:been|got|gone|had|just|always|never|still|not)\b))+"
_PLACE_NAME = (
    r"(?P<place>(?:(?:St|Ste|Mt|Ft)\.?\s+)?"
    + _WORD
    + r"(?:\s+(?:"
    + _JOINING
    + r"\s+)?"
    + _NO_STATE
    + _WORD
    + r")?)\b"
)
PLACE_NAME = _PLACE_NAME  # (also read by `unknown_homes`)
# In French: "j'habite à Laval", "je vis à Lyon", "j'habite Rimouski".
_FRENCH_LIVED = r"|\b[Jj]'habite(?:\s+à)?\s+|\b[Jj]e\s+(?:vis|réside|demeure|suis)\s+à\s+"
# (not a time: "since we moved here in March 2022")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Spring|Summer|Autumn|Fall|Winter)\b"
)
# "42, and I'm in Portland": a place closing its clause, no state or trip ("I'm in Hospital", "I'm
# in Portland for work", "I'm in a band")
_IM_IN = (
    r"|\bI(?:'?m|\s+am)\s+(?:now\s+|currently\s+)?in\s+(?!(?:Hospital|Bed|Love|Trouble|School"
    r"|College|Uni|Class|Court|Jail|Prison|Rehab|Sales|Charge|Business|Town|Hell|Heaven|Pain"
    r"|Shock|Luck|Limbo|Work|Year|Grade|Marketing|Finance|Retail|Tech|Insurance|Banking|Admin"
    r"|Construction|Accounts|Management|Education|Healthcare|Hospitality|Logistics|Engineering"
    r"|Advertising|Property|Recruitment|Nursing|Medicine|Law|Politics|Research)\b)(?=[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+)?\s*"
    # ("I'm in Charleston if that helps", "I'm in Truro btw": an aside after the place)
    r"(?:$|[,;!]|\.(?:\s|$)|\s+(?:now|too|these days|btw|fyi|if (?:that|it) (?:helps|matters))\b))"
)
# "we're out in Marietta", "ever since I moved to Albuquerque": the respondent placed there now
# (not "I'm in Hospital": "out", "over", "down" or "up" goes before "in"; not "moving to")
_OUT_IN = (
    r"|\b(?:I'?m|I\s+am|[Ww]e'?re|[Ww]e\s+are)\s+(?:down|up|out|over)\s+in\s+"
    # ("names Hemi, up in Whangarei with the missus": "I'm" left out at the start of a clause)
    r"|(?:^|(?<=[,;.!?]))\s*(?:[Dd]own|[Uu]p|[Oo]ut|[Oo]ver)\s+in\s+"
    r"|\b(?:I|[Ww]e)\s+(?:finally\s+|eventually\s+)?(?:moved|relocated)\s+"
    r"(?:(?:out|over|down|up|here|back)\s+)?to\s+"
)
# ("livin in Chaguanas": the dropped g; "I teach at a school here in Harare")
LIVED_IN = gated(
    r"(?:\b(?:[Ll]ive|[Ll]iving|[Ll]ivin'?|[Rr]esid(?:e|ing)|[Hh]ere(?!\s+in\s+" + _MONTH + r")"
    # ("the kids and I stayed back in San Antonio": remained at home while somebody went away)
    r"|[Bb]ased|[Ss]till"
    r"|[Ss]taying|[Ss]tayed\s+(?:back|behind|on)|(?:'ve|[Hh]ave)\s+(?:always\s+)?lived)"
    # ("living down in Sarasota now", "based out in Mesa", "we live together in Ararat")
    r"(?:\s+(?:down|up|out|over|back|together))?\s+in\s+"
    + _FRENCH_LIVED
    + _IM_IN
    + _OUT_IN
    + ")"
    + _PLACE_NAME
)
# When the city is asked, "I'm (over) in Truro" places the respondent too.
ASKED_LIVED_IN = re.compile(
    r"(?:\b(?:[Ll]ive|[Ll]iving|[Ll]ivin'?|[Rr]esid(?:e|ing)|[Hh]ere(?!\s+in\s+" + _MONTH + r")"
    r"|[Bb]ased|[Ss]till|[Ss]taying|[Ss]tayed\s+(?:back|behind|on)|(?:'ve|[Hh]ave)\s+(?:always\s+)?lived"
    r"|I(?:'?m|\s+am)(?:\s+(?:over|now|currently))?)"
    # ("Home base is Joplin, tonight I'm at a rest area": the home said outright)
    r"\s+in\s+" + _FRENCH_LIVED + r"|\b[Hh]ome(?:\s+base)?(?:\s+is|'s)\s+(?:in\s+)?)" + _PLACE_NAME
)
# An unknown place given as the home outright: "I live in Sharjah", "Home's Lubbock".
_HOME_NAMED = re.compile(
    r"(?:\b(?:I|[Ww]e)\s+(?:still\s+|currently\s+|now\s+|actually\s+)?live\s+in"
    r"|\b(?:I'?m|I am|[Ww]e'?re|[Ww]e are)\s+(?:living|based)\s+in"
    r"|\b(?:[Mm]y\s+)?[Hh]ome(?:\s+base)?(?:\s+is|'s)(?:\s+in)?"
    # where the respondent is now, after where they were: "but I'm now in Tauranga"
    r"|\b(?:I'?m|I am|[Ww]e'?re|[Ww]e are)\s+(?:now|currently)\s+in"
    r"|\b[Nn]ow,?\s+(?:I'?m|I am|[Ww]e'?re|[Ww]e are)\s+in)\s+" + _PLACE_NAME
)
# ... or "I'm in Tauranga now"
_HOME_NOW = re.compile(
    r"\b(?:I'?m|I am|[Ww]e'?re|[Ww]e are)\s+in\s+"
    + _PLACE_NAME
    + r"(?=\s+(?:now|these days|nowadays)\b)"
)


# The part of a known city the unknown place lies in: "home is Leyton in east London", "Clontarf,
# north Dublin": the city is the answer, the neighbourhood is not.
_PART_OF_CITY = re.compile(
    r"(?:\s*,\s*|\s+in\s+)(?:the\s+)?(?:(?:north|south|east|west|central|inner|outer|greater"
    r"|north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west)(?:ern)?\s+)?"
    # (the city ends its clause: not "Sharjah, Dubai is too dear")
    r"(?P<city>[A-Za-z'\-]+(?:\s+[A-Za-z'\-]+)?)(?=\s*(?:$|[,.;!?()]|and\b|but\b|with\b))",
    re.IGNORECASE,
)


def _in_known_city(surface: str, end: int) -> bool:
    """A city the gazetteer knows follows the place ending at `end` as the part it lies in."""
    m = _PART_OF_CITY.match(surface, end)
    return m is not None and m.group("city").lower() in CITIES


# A compass word before a known city names a part of it ("East London", "south Manchester").
_COMPASS_CITY = re.compile(r"(?:north|south|east|west|central)(?:ern)?\s+[a-z]+")


def home_named(surface: str, low: str) -> re.Match[str] | None:
    """An unknown place said outright to be the home ("I live in Sharjah"), unless a correction
    follows it, it lies in a city named after it or it is somebody else's; its group "place" is
    the name."""
    named = _HOME_NAMED.search(surface) or _HOME_NOW.search(surface)
    if named is None:
        return None
    place = named.group("place").lower()
    if place in NOT_CITIES or place in CITIES or place in COMMON:
        return None
    if _COMPASS_CITY.fullmatch(place) and place.split()[-1] in CITIES:
        return None  # "I live in East London": a part of London, read as London
    if _in_known_city(surface, named.end("place")):
        return None  # "home is Leyton in east London": London is read instead
    if CORRECTION.search(low, named.end()) or whose_place.someone_elses_place(
        low, named.start("place")
    ):
        return None
    return named


NOT_CITIES = (
    frozenset(
        "england,scotland,wales,ireland,britain,uk,us,usa,america,canada,australia,china,india,africa"
        ",south africa,europe,asia,new zealand,hope,town,the city,north island,south island".split(
            ","
        )
        + _US_STATES
    )
    | regions_named.PROVINCES
)

# A country or a region said before the town in it ("North Island, Hamilton", "NZ, Te Awamutu").
_REGION_FIRST = (
    NOT_CITIES
    | {"nz", "aotearoa", "the north island", "the south island"}
    | regions_named.COMPASS_PARTS
)

# A laugh or an exclamation standing alone as the first clause is no place ("ha, …", "Wow.").
_INTERJECTIONS = frozenset(
    "ha hah haha hahaha heh hehe ah aha ahh oh ooh oo wow whoa ugh argh meh aw aww yay phew"
    " oops whoops welp lol lmao omg gosh jeez blimey crikey cor"
    # a word that opens a reply ("Right now? Hard to say", "Right, so…", "Well…")
    " right well okay alright anyway"
    # a word the respondent calls the asker by ("Buddy, I'm in the cab 300 nights a year")
    " buddy mate pal dude bro bruh man sir madam love hun honey boss chief lad fella friend"
    # a dialect tag standing alone ("b'y", "eh", "innit")
    " b'y by' eh innit aye"
    # a shrug standing for the answer ("depends", "varies"): vague, no place
    " depends varies various dunno whatever"
    # a word of regret, pleading or surprise in African English ("Shame, …", "Abeg, …", "Eish")
    " shame abeg eish haba chai".split()
)


# A Chinese place the gazetteer does not know: a short name ("义乌", "石狮") or one with the suffix
# of a county, district, town or village ("宁乡县", "周庄镇"); words of doing or paying make a
# phrase an activity ("外面跑货车", "做物流", "用的是月付"), not a place.
_ZH_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}(?:县|区|镇|乡|村|州|旗|岛)")
_ZH_DOING = re.compile(
    # (also what one is busy with right now: "在吃汉堡呢", "在看电视", "在洗澡")
    r"[用是做跑干开卖搞付费买送修忙玩吃喝看听洗睡等带陪躺歇哄喂煮炒写练搬]|上班|打工|加班|值班"
    r"|开会|上课|休假|休息|休产假|套餐|宽带|外面|出差|旅游|旅行|度假|培训"
    # at home or on the way, not a place's name: "在家带娃", "我在路上", "在车上"
    r"|^家|[路车床船]上"
    # a kind of place, not its name: "住公司宿舍", "在工地"
    r"|宿舍|公司|单位|学校|医院|工地|厂里|店里|家里|小区|出租屋|酒店|宾馆|旅馆"
    # a stage of life or an age, not a place: "刚毕业", "退伍了", "读紧初中", "今年六十了"
    r"|毕业|退伍|退役|退休|^刚|[读念]|初中|高中|小学|幼儿园|年级|^[今年我都快近已经才]*[一二两三四五六七八九十]+(?:多|出头)?岁?$"
    # who the respondent lives with, not where: "跟爸妈住", "和孩子一起"
    r"|住|爸|妈|父母|家人|老公|老婆|孩子|儿子|女儿|一起"
    # an interjection or a word that turns the talk: "哦对了，…", "嗯，那个…"
    r"|^[哦噢喔嗯唉诶欸哎呃啊]|^对了?$|对了"
)


_JOINING_WORD = re.compile(_JOINING)

# Named, but no town: a street ("人民路", "Washington Street"), a landmark ("外滩", "西湖", "Big
# Ben", "Tower Bridge"), a dish or a style ("港式奶茶", "兰州拉面").
_NO_PLACE_NAME = re.compile(
    r"(?:路|街|大道|巷|胡同|弄)$|^(?:外滩|西湖|故宫|长城|天安门|东方明珠|黄鹤楼|洪崖洞|兵马俑|布达拉宫"
    r"|迪士尼)$|奶茶|拉面|烤鸭|火锅|小吃|米粉|[港广日韩美法欧中西]式"
    r"|\s(?:street|road|avenue|lane|boulevard|tower|bridge|palace|square|cathedral|abbey"
    r"|stadium|airport|station|mall|museum|zoo)$|^big ben$|^the shard$",
    re.IGNORECASE,
)

# The word is said to be a name, no place: "Jordan, my name, not the country".
_SAID_AS_NAME = re.compile(r"\b(?:my|his|her|their) (?:first |last |middle |given |sur)?name\b")


def said_as_name(surface: str) -> bool:
    """The answer says its word is somebody's name ("Jordan, my name, not the country")."""
    return "name" in surface.lower() and _SAID_AS_NAME.search(surface.lower()) is not None


# Where the first clause ends: a stop after "St"/"Mt" belongs to the name ("St. George, Utah").
_CLAUSE_END = re.compile(r"[,;!?，。；！？]|(?<!\bSt)(?<!\bSte)(?<!\bMt)(?<!\bFt)\.")


def first_clause(surface: str) -> str:
    """The text up to the first stop or comma ("Plymouth. Was in Lisbon" -> "Plymouth")."""
    # ("Reading? what's that": a word asked back opens no clause of a place)
    return "" if echoed_answer(surface.lower()) else _CLAUSE_END.split(surface, maxsplit=1)[0]


def unknown_place(surface: str) -> str | None:
    """When the city is asked: a short answer that reads as a place name not in the gazetteer."""
    if town := called_towns.called_town(surface):
        return CITIES.get(town.lower(), town)  # "small town in Iowa called Oskaloosa"
    # ("离市里很远，在宁乡": the distance first, then the place)
    text = distance_first.after_distance(surface.strip(" ,，.。!！~"))
    head, comma, rest = text.partition(",")
    if (
        comma
        and rest.strip()
        and head.strip().lower() in _REGION_FIRST
        and not regions_named.town_in_state(text)  # "Ontario, California": a town
    ):
        text = rest.strip()  # "North Island, Hamilton": the region, then the town in it
    if no_city.names_no_city(text.lower()):
        return None  # "rural Oregon", "upstate", "big city": a region or a kind of place
    text = _GREETING.sub("", text, count=1)
    text = _PLACE_PREFIX.sub("", _HEDGE.sub("", text, count=1), count=1).strip()
    text = _PLACE_SUFFIX.sub("", text).strip(" ,，.。!！~")
    if town := regions_named.town_in_state(text):
        return town  # "Ontario, California": the town in that state, no province
    if not text or _NOT_PLACE.search(text) or any(ch.isdigit() for ch in text):
        return None
    if no_city.no_fixed_home(text):
        return None  # "居无定所", "四海为家": no home, no place name
    if no_city.province_only(text):
        return None  # "湖南咯", "广东那边": a province, no city
    if text.lower() in NOT_CITIES or service_term(text):
        return None  # "I live in hope", "England"; "DSL? what's that": a word of the service
    if text.lower() in _INTERJECTIONS:
        return None  # "ha, I'm sat in an airport lounge…": a laugh that opens the answer
    if demonyms.is_demonym(text.lower()):
        return None  # "Londoner", "ex-Glaswegian": a city's people, no place's name
    text = _STATE_AFTER.sub("", text)  # "Columbus Ohio": the city without its state
    if _NO_PLACE_NAME.search(text):
        return None  # "人民路", "外滩", "港式奶茶", "Big Ben", "Washington Street": no town's name
    if _ZH_PLACE.fullmatch(text) and not (_ZH_DOING.search(text) or service_word(text)):
        return CITIES.get(text, text)
    if re.fullmatch(r"[A-Za-z][A-Za-z.'\- ]{1,40}", text) and len(text.split()) <= 3:
        # "xia men": a Chinese city typed as pinyin syllables
        known = CITIES.get(text.lower()) or CITIES.get(text.lower().replace(" ", ""))
        if known:
            return known
        # an unknown place is a proper name: "I like Reading" or "the usual" is none; typed in
        # lowercase it is one word that is no common word ("kimberley", not "just moved")
        words = text.split()
        if text == text.lower():
            if len(words) > 1 or words[0] in COMMON:
                return None
        elif not all(w[:1].isupper() or _JOINING_WORD.fullmatch(w) for w in words[1:-1]) or not (
            words[0][:1].isupper() and words[-1][:1].isupper()
        ):
            return None
        return " ".join(
            w if _JOINING_WORD.fullmatch(w) and 0 < i < len(words) - 1 else w[:1].upper() + w[1:]
            for i, w in enumerate(words)
        )
    return None


# A capitalised place after "in" ("my mom's in Tema").
# ("my son is in Year 9", "in Reception": a school year, no place)
_IN_CAPITAL = re.compile(
    r"\bin\s+(?!(?:Year|Grade|Form|Class|Primary|Reception|Nursery|Sixth|Care|Prison)\b)"
    r"(?P<place>[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+)?)"
)


def kin_town(surface: str, low: str) -> bool:
    """A child or a parent is placed in a town the gazetteer does not know ("my mom's in Tema, I
    go see her every Christmas"), and the respondent is placed nowhere."""
    if " in " not in low or whose_place.self_placed(low):
        return False
    return any(
        whose_place.kin_placed(low, m.start("place"), m.end("place"))
        and m.group("place").lower() not in CITIES
        and unknown_place(m.group("place")) is not None
        for m in _IN_CAPITAL.finditer(surface)
    )
