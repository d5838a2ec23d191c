"""Readers for word-based slots: choices, interests, yes/no topics, cities, names and free text."""

from __future__ import annotations

import re

from bot.understanding import (
    choices,
    duration_cues,
    gender,
    household,
    in_passing,
    names,
    no_city,
    patterns,
    people,
    pets,
    places,
    refusals,
    replies,
)
from bot.understanding.context import Ctx, hit_nums, propose
from bot.understanding.gazetteer import CITIES
from bot.understanding.model import SlotInfo
from bot.understanding.name_words import COMMON

# The English frame goes first: the Chinese one can match nothing, and would win at position 0.
_PLACE_PREFIX = re.compile(
    r"^(?:i\s+(?:live|am|'m|stay|work)\s+in|i'?m\s+(?:(?:based|over|now|currently)\s+)?in"
    r"|i'?ve\s+(?:always\s+)?lived\s+in|based in|living in|live in|in|from|currently in|i'?m from)"
    r"\s+"
    r"|^(?:我|俺)?(?:现在|目前|一直|常年)?(?:住|在|生活|工作|呆|待)?(?:在|于)?",
    re.IGNORECASE,
)
_PLACE_SUFFIX = re.compile(
    # ("Iloilo po", "Tampines lah": a polite or chatty particle after the place)
    # ("Dundee now", "Leeds for now": the time the respondent has been there)
    r"(?:市|这边|那边|这里|那里|呢|啊|吧|呀|啦|哈|了|的|人|city|,?\s*china|\s+po|\s+lah"
    r"|\s+(?:now|for now|these days|at the moment))+$",
    re.IGNORECASE,
)
_NOT_PLACE = re.compile(
    r"不|没|什么|哪|吗|\?|？|知道|一下|电话|等|问|说|谁|我|你|地方|到处|城市|区域|位置|记得|"
    r"\b(?:the|a|not|no|don't|what|why|who|where|idk|dunno|ok|okay|yes|all|over|place|around|"
    r"hold|wait|sorry|here|there|home|city|town|somewhere|anywhere|everywhere|nowhere|travel"
    # "I'm in sales": a line of work or a state, not a place
    r"|sales|marketing|finance|retail|hr|it|tech|school|college|uni|university|hospital|bed|work"
    r"|meetings?|trouble|love|charge|debt|business)\b"
    r"|东北|西北|华北|华南|华东|南方|北方|农村|乡下|老家|县城|郊区|国外|海外|外地|市区|城里",
    re.IGNORECASE,
)


def read_choice(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    low = ctx.text.low
    hits = ctx.hits
    if asked:
        extra = patterns.choice_hits(ctx.text, info.slot.name, info.slot.option_ids(), hits)
    else:
        extra = patterns.strong_choice_hits(ctx.text, info.slot.name, info.slot.option_ids(), hits)
    hits = sorted(hits + extra, key=lambda h: h.start) if extra else hits
    cands = choices.candidates(hits, info, asked, low)
    overrides = [h for h, e in cands if e.kind == "override"]
    if overrides:
        cands = [
            (h, e)
            for h, e in cands
            if e.kind == "override"
            or not any(o.start <= h.start and h.end <= o.end for o in overrides)
        ]
    # a word inside a customer-duration ("用了一年") is about tenure, not the contract; so is any
    # duration without a contract cue that answers the tenure question ("about 2yrs") or that
    # counts time gone by ("divorced, since 2 yrs", "two years ago")
    tenure_asked = not asked and _asked_role(ctx) == "tenure"
    cands = [
        (h, e)
        for h, e in cands
        if not any(
            (
                d.tenure_cue
                or (
                    not d.contract_cue
                    and (tenure_asked or duration_cues.elapsed(low, d.start, d.end))
                )
            )
            and d.start <= h.start < d.end
            for d in ctx.durations
        )
    ]
    if info.slot.name.lower() in ("gender", "sex"):
        kin = gender.kin_self(low) if asked else None
        if kin and kin[0] in info.slot.option_ids():
            propose(ctx, info.slot.name, kin[0], kin[1], kin[2], confidence=0.85)
            return
        # gender words are everywhere ("客服小姐姐", "my husband"): another slot's answer states
        # the respondent's own gender only in a self-description ("我是男生", "I'm a guy")
        if not asked:
            _gender_self(ctx, info)
            return
        cands = gender.own_words(low, ctx.text.core, cands)
    chosen = choices.resolve_choice(cands, info, asked, low)
    if chosen is not None:
        hit, entry = chosen
        hit_nums(ctx, hit)
        propose(ctx, info.slot.name, entry.value, hit.start, hit.end, confidence=0.9)
        if asked and not entry.strong:
            ctx.weak_asked = True
        return
    if asked:
        answer = replies.parse_yes_no(ctx.text.surface)
        if answer is None:
            answer = replies.leading_yes_no(ctx.text.surface)
        option = choices.yes_no_option(info, answer) if answer is not None else None
        if option is not None:
            propose(ctx, info.slot.name, option, 0, len(ctx.text.surface), confidence=0.8)
        elif info.slot.name.lower() in ("gender", "sex"):
            _gender_self(ctx, info)  # "俺是当娘的": a self-description with no gender word


def _asked_role(ctx: Ctx) -> str | None:
    info = ctx.model.slots.get(ctx.asked) if ctx.asked else None
    return info.role if info is not None else None


def _gender_self(ctx: Ctx, info: SlotInfo) -> None:
    found = gender.self_description(ctx.text.low)
    if found and found[0] in info.slot.option_ids():
        propose(ctx, info.slot.name, found[0], found[1], found[2], confidence=0.85)


def read_multi(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    hits = ctx.hits
    extra = patterns.choice_hits(ctx.text, info.slot.name, info.slot.option_ids(), hits)
    hits = sorted(hits + extra, key=lambda h: h.start) if extra else hits
    low = ctx.text.low
    # a hobby given up later in the message is a past one: "爱打篮球，后来膝盖伤了就不打了"
    stopped = refusals.stopped_activities(low)
    cands = [
        (h, e)
        for h, e in choices.candidates(hits, info, asked, low)
        if not any(h.end <= at and kind.search(low, h.start, h.end) for at, kind in stopped)
    ]
    values, used = choices.resolve_multi(cands)
    if values:
        propose(ctx, info.slot.name, values, used[0].start, used[-1].end, confidence=0.85)


# After "on my own" / "by myself": the words name an account, a plan or a line of one's own.
_OWN_ACCOUNT = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:plan|account|line|contract|phone|sim|number|bill|package)s?\b"
)


def read_boolean(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    hits = ctx.hits
    extra = patterns.boolean_hits(ctx.text, info.slot.name, info.role, hits, asked)
    hits = sorted(hits + extra, key=lambda h: h.start) if extra else hits
    cands = choices.candidates(hits, info, asked, ctx.text.low)
    # "I'm on my own 12 month plan": an account of one's own, not living alone
    low = ctx.text.low
    cands = [
        (h, e)
        for h, e in cands
        if not (low[h.start : h.end].endswith(("own", "myself")) and _OWN_ACCOUNT.match(low, h.end))
    ]
    found = household.resolve_boolean(cands, ctx.text.low, info.role)
    if found is not None:
        value, hit, strong = found
        if not asked and value and in_passing.child_at_college(ctx.text.low, hit.end):
            return  # a student child said in passing, support unknown
        propose(ctx, info.slot.name, value, hit.start, hit.end, confidence=0.9)
        if asked and not strong:
            ctx.weak_asked = True
        return
    if asked:
        answer = replies.parse_yes_no(ctx.text.surface)
        if answer is None:
            answer = replies.leading_yes_no(ctx.text.surface)
        if answer is not None:
            propose(ctx, info.slot.name, answer, 0, len(ctx.text.surface), confidence=0.8)
            ctx.weak_asked = True
        elif info.role == "dependents" and (pet := pets.own_pet(ctx.text.low)) is not None:
            # "I've got a goldfish", "家里就一只布偶猫": only animals at home, no dependents
            propose(ctx, info.slot.name, False, pet[0], pet[1], confidence=0.7)
            ctx.weak_asked = True


def read_city(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    low = ctx.text.low
    if _asked_role(ctx) == "name":
        # "飞哥 在成都跑单": the name that opens an answer to the name question is the respondent's
        # own, though it ends in a kinship word
        low = _OPENING_NAME.sub(lambda m: " " * len(m.group()), low, count=1)
    cands = choices.candidates(ctx.hits, info, asked, low)
    # "刚过南京", "房价比北京便宜", "杭州的号码", "a concert in Seattle": never the home; not asked,
    # a city needs words that place the respondent there ("住在", "I'm in", "Rob, 45, Wuhan")
    cands = [
        (h, e)
        for h, e in cands
        if not places.not_a_home(low, h.start, h.end)
        and (asked or places.home_cue(low, h.start, h.end))
    ]
    current = choices.live(cands)
    # "老公在上海上班": where somebody else is, not where the respondent lives; when the city was
    # asked ("我老公在上海") it still answers, unless the respondent is placed elsewhere
    # ("我老公在深圳上班，我带孩子在老家") or names another city ("Denver. my wife's from Atlanta")
    theirs = [(h, e) for h, e in current if people.someone_elses_place(low, h.start)]
    # ("my girlfriend is in Boston… long distance is rough": apart, hers is not theirs either)
    apart = places.living_apart(low)
    if not asked or people.self_placed(low) or apart or len(theirs) < len(current):
        current = [c for c in current if c not in theirs]
    else:
        theirs = []
    # "去北京出差", "was in Lisbon last week", "上周在成都", "moved up from London": a place
    # visited or left; when the city was asked it still counts if it is the only place named
    visited = [
        (h, e)
        for h, e in current
        if people.visited_place(low, h.start, h.end)
        or places.temporary_or_origin(low, h.start, h.end)
    ]
    if visited and (not asked or len(visited) < len(current) or len(visited) > 1):
        current = [c for c in current if c not in visited]
    # "Leicester, though I work in Nottingham": a work place gives way to a home named beside it
    working = [(h, e) for h, e in current if people.work_place(low, h.start, h.end)]
    if working and len(working) < len(current):
        current = [c for c in current if c not in working]
    if asked and theirs and not current and not apart:
        ctx.unusable_asked = True  # only somebody else's city: the respondent's is not said
    if asked and visited and current == visited:
        # "Plymouth. Was in Lisbon last week": the place the answer opens with, if unknown
        place = _unknown_place(re.split(r"[,.;!?，。；！？]", ctx.text.surface)[0])
        if place:
            propose(ctx, info.slot.name, place, 0, len(place), confidence=0.6)
            return
    # "in Swansea for now, moving to Cardiff in 2 weeks": a planned move is not where they live
    staying = [
        (h, e) for h, e in current if not _MOVING_TO.search(people.clause_before(low, h.start))
    ]
    current = staying or current
    if current:
        hit, entry = current[-1]
        propose(ctx, info.slot.name, entry.value, hit.start, hit.end, confidence=0.9)
        return
    known = any(e.slot == info.slot.name for h in ctx.hits for e in h.entries)
    if asked and not cands and not known:
        # "我朋友在深圳": a known city said of someone else is no unknown place either; a long
        # answer may open with the place ("Inverness. My phone gets no signal at work")
        surface = ctx.text.surface
        place = _unknown_place(surface) or _unknown_place(
            re.split(r"[,.;!?，。；！？]", surface)[0]
        )
        if place:
            propose(ctx, info.slot.name, place, 0, len(surface), confidence=0.6)
            return
    if asked or not (cands or known):
        # "I've lived in Bath since 1974", asked: "my sister's in Toronto, I'm over in Truro"
        lived = (_ASKED_LIVED_IN if asked else _LIVED_IN).search(ctx.text.surface)
        if (
            lived
            and lived.group("place").lower() not in _NOT_CITIES
            and not people.someone_elses_place(low, lived.start("place"))
        ):
            place = CITIES.get(lived.group("place").lower(), lived.group("place"))
            propose(
                ctx, info.slot.name, place, lived.start("place"), lived.end("place"), confidence=0.6
            )


# "I live in Kimberley", "Based in Bradford", "Still in Dundee": a capitalised place after a cue
# of living there is the city, though the gazetteer does not know it (countries and regions are
# no cities).
_PLACE_NAME = r"(?P<place>[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+)?)\b"
_LIVED_IN = re.compile(
    r"\b(?:[Ll]ive|[Ll]iving|[Bb]ased|[Ss]till|[Ss]taying|(?:'ve|[Hh]ave)\s+(?:always\s+)?lived)"
    r"\s+in\s+" + _PLACE_NAME
)
# When the city is asked, "I'm (over) in Truro" places the respondent too.
_ASKED_LIVED_IN = re.compile(
    r"\b(?:[Ll]ive|[Ll]iving|[Bb]ased|[Ss]till|[Ss]taying|(?:'ve|[Hh]ave)\s+(?:always\s+)?lived"
    r"|I'?m(?:\s+(?:over|now|currently))?)\s+in\s+" + _PLACE_NAME
)
_OPENING_NAME = re.compile(r"^\s*(?![我俺咱])[\u4e00-\u9fff]{1,4}(?=\s|[,，])")
_NOT_CITIES = frozenset(
    "england,scotland,wales,ireland,britain,uk,us,usa,america,canada,australia,china,india,africa"
    ",south africa,europe,asia,new zealand,hope,town,the city".split(",")
)

# A laugh or an exclamation standing alone as the first clause is no place ("ha, …", "Wow.").
_INTERJECTIONS = frozenset(
    "ha hah haha hahaha heh hehe ah aha ahh oh ooh oo wow whoa ugh argh meh aw aww yay phew"
    " oops whoops welp lol lmao omg gosh jeez blimey crikey cor".split()
)


_MOVING_TO = re.compile(
    r"\b(?:moving|relocating"
    r"|(?:will|going to|gonna|about to|plan(?:ning)? to|hope to) (?:move|relocate))"
    r"\s+(?:back\s+)?to\s*$"
    r"|(?:要|准备|打算|快|下个?月|明年|过两天|马上|过段时间)(?:就|要)?搬(?:去|到|回)\s*$"
)


# A Chinese place the gazetteer does not know: a short name ("义乌", "石狮") or one with the suffix
# of a county, district, town or village ("宁乡县", "周庄镇"); words of doing or paying make a
# phrase an activity ("外面跑货车", "做物流", "用的是月付"), not a place.
_ZH_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}(?:县|区|镇|乡|村|州|旗|岛)")
_ZH_DOING = re.compile(
    # (also what one is busy with right now: "在吃汉堡呢", "在看电视", "在洗澡")
    r"[用是做跑干开卖搞付费买送修忙玩吃喝看听洗睡等]|上班|打工|套餐|宽带|外面"
    # a kind of place, not its name: "住公司宿舍", "在工地"
    r"|宿舍|公司|单位|学校|医院|工地|厂里|店里|家里|小区|出租屋"
)


def _unknown_place(surface: str) -> str | None:
    """When the city is asked: a short answer that reads as a place name not in the gazetteer."""
    text = surface.strip(" ,，.。!！~")
    text = _PLACE_PREFIX.sub("", text, count=1).strip()
    text = _PLACE_SUFFIX.sub("", text).strip(" ,，.。!！~")
    if not text or _NOT_PLACE.search(text) or any(ch.isdigit() for ch in text):
        return None
    if no_city.no_fixed_home(text):
        return None  # "居无定所", "四海为家": no home, no place name
    if text.lower() in _NOT_CITIES:
        return None  # "I live in hope", "England"
    if text.lower() in _INTERJECTIONS:
        return None  # "ha, I'm sat in an airport lounge…": a laugh that opens the answer
    if _ZH_PLACE.fullmatch(text) and not _ZH_DOING.search(text):
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
        elif not all(w[:1].isupper() for w in words):
            return None
        return " ".join(w[:1].upper() + w[1:] for w in text.split())
    return None


def read_name(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    surface = ctx.text.surface
    found = (names.corrected_name(surface) if asked else None) or names.introduced_name(
        surface, asked
    )
    if found:
        name, start, end = found
        if not asked and _option_inside(ctx, start, end):
            return  # "its D S L": the letters spell the service, they name nobody
        propose(ctx, info.slot.name, _as_typed(ctx, name), start, end, confidence=0.9)
        return
    if not asked or names.names_another(surface):
        return  # "账户是我爸的名字，王建国": the name given is somebody else's
    bare = names.bare_name(surface)
    if bare:
        propose(ctx, info.slot.name, _as_typed(ctx, bare), 0, len(bare), confidence=0.8)
        return
    # "飞哥 在成都跑单", "tayla 🙃 my mum picked it": clauses parted without punctuation
    clause = names.name_in_answer(surface, ctx.text.raw)
    if clause:
        name, start, end = clause
        propose(ctx, info.slot.name, _as_typed(ctx, name), start, end, confidence=0.75)


def _option_inside(ctx: Ctx, start: int, end: int) -> bool:
    """An option of a choice slot overlaps the span read as a name."""
    return any(
        h.start < end and start < h.end and any(e.kind == "option" for e in h.entries)
        for h in ctx.hits
    )


def _as_typed(ctx: Ctx, name: str) -> str:
    """The name with the hyphens the normalisation turned into spaces ("Anne-Marie",
    "Mrs. Nakamura-Lee")."""
    if " " not in name:
        return name
    words = name.split(" ")
    typed = re.search(r"(\s*-\s*|\s+)".join(re.escape(w) for w in words), ctx.text.raw)
    if typed is None:
        return name
    gaps = ["-" if "-" in gap else " " for gap in typed.groups()]
    return words[0] + "".join(gap + word for gap, word in zip(gaps, words[1:], strict=True))


def read_text(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    if asked:
        value = " ".join(ctx.text.raw.split())
        propose(ctx, info.slot.name, value, 0, len(ctx.text.surface), confidence=0.8)
