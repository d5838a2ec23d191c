"""Readers for word-based slots: choices, interests, yes/no topics, cities, names and free text."""

from __future__ import annotations

import re

from bot.understanding import choices, names, patterns, people, replies
from bot.understanding.context import Ctx, hit_nums, propose
from bot.understanding.gazetteer import CITIES
from bot.understanding.model import SlotInfo

_GENDER_SELF = re.compile(
    r"(?:^|[,，。.!\s])(?:我是|本人|是)?(?:个|一个|一名)?(?P<zh>男"
    r"|女)(?:生|的|性|士|孩子?|人|娃)?(?=$|[,，。.!\s])"
    r"|\b(?:i'?m|i am|im)\s+(?:an?\s+)?(?:\d+[ -]?(?:years?|yrs?)[ -]?old\s+|young\s+|old\s+"
    r"|married\s+|single\s+)?(?P<en>man|woman|guy|girl|male|female|dude|lady|gal|bloke)\b"
    r"|^(?P<bare>male|female)\b"
    # "26 yo girl here", "a dad here"
    r"|(?:^|[,.!]\s*)(?:an?\s+)?(?:\d+\s*(?:yo|y/o|(?:years?|yrs?)[ -]old)\s+)?"
    r"(?P<here>man|woman|guy|girl|male|female|dude|lady|gal|bloke)\s+here\b"
    # "俺是当娘的", "我是当爹的": a parent's role names the gender
    r"|(?:我|俺)是(?:个)?当(?P<parent>妈|娘|爹|爸)的"
)
# "性别男，爱好女": a gender the respondent likes or looks for is not their own.
_LIKED_BEFORE = re.compile(r"(?:爱好|喜欢|取向|\binto|\binterested in|\battracted to)\s*$")
_GENDER_VALUES = {
    "男": "male",
    "女": "female",
    "man": "male",
    "guy": "male",
    "male": "male",
    "dude": "male",
    "bloke": "male",
    "woman": "female",
    "girl": "female",
    "female": "female",
    "lady": "female",
    "gal": "female",
}
_LEADING_LETTER = re.compile(r"[a-z]\s*[,，;/]")
_PLACE_PREFIX = re.compile(
    r"^(?:我|俺)?(?:现在|目前|一直|常年)?(?:住|在|生活|工作|呆|待)?(?:在|于)?"
    r"|^(?:i\s+(?:live|am|'m|stay|work)\s+in|i'?m\s+(?:based\s+)?in|based in|living in|live in|in"
    r"|from|currently in|i'?m from)\s+",
    re.IGNORECASE,
)
_PLACE_SUFFIX = re.compile(
    r"(?:市|这边|那边|这里|那里|呢|啊|吧|呀|啦|哈|了|的|人|city|,?\s*china)+$", re.IGNORECASE
)
_NOT_PLACE = re.compile(
    r"不|没|什么|哪|吗|\?|？|知道|一下|电话|等|问|说|谁|我|你|地方|到处|城市|区域|位置|记得|"
    r"\b(?:the|a|not|no|don't|what|why|who|where|idk|dunno|ok|okay|yes|all|over|place|around|"
    r"hold|wait|sorry|here|there|home|city|town|somewhere|anywhere|everywhere|travel)\b"
    r"|东北|西北|华北|华南|华东|南方|北方|农村|乡下|老家|县城|郊区|国外|海外|外地|市区|城里",
    re.IGNORECASE,
)


def read_choice(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    low = ctx.text.low
    hits = ctx.hits
    if asked:
        extra = patterns.choice_hits(ctx.text, info.slot.name, info.slot.option_ids(), hits)
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
    # duration without a contract cue that answers the tenure question ("about 2yrs")
    tenure_asked = not asked and _asked_role(ctx) == "tenure"
    cands = [
        (h, e)
        for h, e in cands
        if not any(
            (d.tenure_cue or (tenure_asked and not d.contract_cue)) and d.start <= h.start < d.end
            for d in ctx.durations
        )
    ]
    if info.slot.name.lower() in ("gender", "sex"):
        # gender words are everywhere ("客服小姐姐", "my husband"): another slot's answer states
        # the respondent's own gender only in a self-description ("我是男生", "I'm a guy")
        if not asked:
            _gender_self(ctx, info)
            return
        # a single letter ("m", "F") is an answer only when it is the whole message or its
        # first word ("F, 52")
        core = ctx.text.core
        first = low.find(core)
        cands = [
            (h, e)
            for h, e in cands
            if (
                not (len(low[h.start : h.end]) == 1 and low[h.start : h.end].isascii())
                or (h.start == first and (len(core) == 1 or _LEADING_LETTER.match(core)))
            )
            and not _LIKED_BEFORE.search(low, 0, h.start)
        ]
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
    m = _GENDER_SELF.search(ctx.text.low)
    if not m:
        return
    word = m.group("zh") or m.group("en") or m.group("bare") or m.group("here") or ""
    word = {"妈": "女", "娘": "女", "爹": "男", "爸": "男"}.get(m.group("parent") or "", word)
    value = _GENDER_VALUES.get(word)
    if value and value in info.slot.option_ids():
        propose(ctx, info.slot.name, value, m.start(), m.end(), confidence=0.85)


def read_multi(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    cands = choices.candidates(ctx.hits, info, asked, ctx.text.low)
    values, used = choices.resolve_multi(cands)
    if values:
        propose(ctx, info.slot.name, values, used[0].start, used[-1].end, confidence=0.85)


def read_boolean(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    hits = ctx.hits
    extra = patterns.boolean_hits(ctx.text, info.slot.name, info.role, hits, asked)
    hits = sorted(hits + extra, key=lambda h: h.start) if extra else hits
    cands = choices.candidates(hits, info, asked, ctx.text.low)
    found = choices.resolve_boolean(cands, ctx.text.low, info.role)
    if found is not None:
        value, hit, strong = found
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


def read_city(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    low = ctx.text.low
    cands = choices.candidates(ctx.hits, info, asked, low)
    current = choices.live(cands)
    # "老公在上海上班": where somebody else is, not where the respondent lives; when the city was
    # asked ("我老公在上海") it still answers, unless the respondent is placed elsewhere
    # ("我老公在深圳上班，我带孩子在老家")
    theirs = [(h, e) for h, e in current if people.someone_elses_place(low, h.start)]
    if not asked or people.self_placed(low):
        current = [c for c in current if c not in theirs]
    else:
        theirs = []
    # "去北京出差", "was in Lisbon last week", "I work in Nottingham": a place visited; when the
    # city was asked it still counts if it is the only place named
    visited = [(h, e) for h, e in current if people.visited_place(low, h.start, h.end)]
    if visited and (not asked or len(visited) < len(current)):
        current = [c for c in current if c not in visited]
    # "Leicester, though I work in Nottingham": a work place gives way to a home named beside it
    working = [(h, e) for h, e in current if people.work_place(low, h.start, h.end)]
    if working and len(working) < len(current):
        current = [c for c in current if c not in working]
    if asked and theirs and not current:
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
    elif not cands and not known:
        lived = _LIVED_IN.search(ctx.text.surface)
        if (
            lived
            and lived.group("place").lower() not in _NOT_CITIES
            and not people.someone_elses_place(low, lived.start("place"))
        ):
            place = lived.group("place")
            propose(
                ctx, info.slot.name, place, lived.start("place"), lived.end("place"), confidence=0.6
            )


# "I live in Kimberley", "Based in Bradford", "Still in Dundee": a capitalised place after a cue
# of living there is the city, though the gazetteer does not know it (countries and regions are
# no cities).
_LIVED_IN = re.compile(
    r"\b(?:[Ll]ive|[Ll]iving|[Bb]ased|[Ss]till|[Ss]taying)\s+in\s+"
    r"(?P<place>[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+)?)\b"
)
_NOT_CITIES = frozenset(
    "england,scotland,wales,ireland,britain,uk,us,usa,america,canada,australia,china,india,africa"
    ",south africa,europe,asia,new zealand,hope,town,the city".split(",")
)


_MOVING_TO = re.compile(
    r"\b(?:moving|relocating"
    r"|(?:will|going to|gonna|about to|plan(?:ning)? to|hope to) (?:move|relocate))"
    r"\s+(?:back\s+)?to\s*$"
    r"|(?:要|准备|打算|快|下个?月|明年|过两天|马上|过段时间)(?:就|要)?搬(?:去|到|回)\s*$"
)


def _unknown_place(surface: str) -> str | None:
    """When the city is asked: a short answer that reads as a place name not in the gazetteer."""
    text = surface.strip(" ,，.。!！~")
    text = _PLACE_PREFIX.sub("", text, count=1).strip()
    text = _PLACE_SUFFIX.sub("", text).strip(" ,，.。!！~")
    if not text or _NOT_PLACE.search(text) or any(ch.isdigit() for ch in text):
        return None
    if re.fullmatch(r"[\u4e00-\u9fff]{2,6}", text):
        return CITIES.get(text, text)
    if re.fullmatch(r"[A-Za-z][A-Za-z.'\- ]{1,40}", text) and len(text.split()) <= 3:
        known = CITIES.get(text.lower())
        return known or " ".join(w[:1].upper() + w[1:] for w in text.split())
    return None


def read_name(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    surface = ctx.text.surface
    found = (names.corrected_name(surface) if asked else None) or names.introduced_name(
        surface, asked
    )
    if found:
        name, start, end = found
        propose(ctx, info.slot.name, _as_typed(ctx, name), start, end, confidence=0.9)
        return
    if not asked:
        return
    bare = names.bare_name(surface)
    if bare:
        propose(ctx, info.slot.name, _as_typed(ctx, bare), 0, len(bare), confidence=0.8)
        return
    # "飞哥 在成都跑单": spaces between Chinese words part clauses as commas do
    clause = names.name_in_clauses(_CJK_SPACE.sub("，", surface))
    if clause:
        name, start, end = clause
        propose(ctx, info.slot.name, _as_typed(ctx, name), start, end, confidence=0.75)


_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s(?=[\u4e00-\u9fff])")


def _as_typed(ctx: Ctx, name: str) -> str:
    """The name with the hyphens the normalisation turned into spaces ("Anne-Marie")."""
    hyphenated = name.replace(" ", "-")
    return hyphenated if " " in name and hyphenated in ctx.text.raw else name


def read_text(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    if asked:
        value = " ".join(ctx.text.raw.split())
        propose(ctx, info.slot.name, value, 0, len(ctx.text.surface), confidence=0.8)
