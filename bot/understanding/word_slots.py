"""Readers for word-based slots: choices, interests, yes/no topics, cities, names and free text."""

from __future__ import annotations

import re

from bot.understanding import patterns, people, replies
from bot.understanding.churn import self_asked
from bot.understanding.cities import (
    beside_visits,
    city_cues,
    demonyms,
    moves_ahead,
    no_city,
    places,
    said_towns,
    unknown_homes,
    unknown_places,
    whose_place,
)
from bot.understanding.cities.gazetteer import CITIES
from bot.understanding.context import Ctx, hit_nums, propose
from bot.understanding.family import (
    boolean_words,
    child_evidence,
    household,
    household_clues,
    in_passing,
    pets,
)
from bot.understanding.identity import gender, names, self_named
from bot.understanding.interests import still_pastimes
from bot.understanding.model import SlotInfo
from bot.understanding.options import choices, consent_only, negated_lists
from bot.understanding.replies import CORRECTION
from bot.understanding.tenure import duration_cues
from bot.understanding.unanswered import refusals


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
    chosen = self_asked.reread(cands, info, low) if asked else None  # "我是不是该换了"
    chosen = chosen or choices.resolve_choice(cands, info, asked, low)
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
    hits = negated_lists.carried(hits, ctx.text, info.slot.name)  # "不喜欢运动和逛街"
    low = ctx.text.low
    hits = still_pastimes.kept_up(hits, low, info.slot.name)  # "used to read a lot, still do"
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


def read_boolean(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    hits = ctx.hits
    extra = patterns.boolean_hits(ctx.text, info.slot.name, info.role, hits, asked)
    hits = sorted(hits + extra, key=lambda h: h.start) if extra else hits
    cands = choices.candidates(hits, info, asked, ctx.text.low)
    # "I'm on my own 12 month plan": an account of one's own, not living alone
    low = ctx.text.low
    cands = [(h, e) for h, e in cands if not boolean_words.says_nothing(low, h, e)]
    found = household.resolve_boolean(cands, ctx.text.low, info.role)
    if found is not None and not (asked and not found[0] and household_clues.partly(low)):
        value, hit, strong = found
        if not asked and value and in_passing.child_at_college(ctx.text.low, hit.end):
            return  # a student child said in passing, support unknown
        if info.role == "dependents" and child_evidence.left_open(
            low, hit.start, hit.end, value, asked
        ):
            return  # a son or daughter in passing: "my son set it up", "俺儿子在青岛上班"
        propose(ctx, info.slot.name, value, hit.start, hit.end, confidence=0.9)
        if asked and not strong:
            ctx.weak_asked = True
        return
    ctx.unusable_asked |= asked and household_clues.partly(low)  # "不算完全靠我养": in part
    if asked and not consent_only.consent_only(low):  # "没问题", "go ahead": no fact told
        answer = replies.parse_yes_no(ctx.text.surface)
        if answer is None:
            answer = replies.leading_yes_no(ctx.text.surface)
        if answer is not None:
            propose(ctx, info.slot.name, answer, 0, len(ctx.text.surface), confidence=0.8)
            ctx.weak_asked = True
        elif info.role == "dependents" and (pet := pets.pets_only(ctx.text.low)) is not None:
            # "I've got a goldfish", "家里就一只布偶猫": only animals at home, no dependents
            propose(ctx, info.slot.name, False, pet[0], pet[1], confidence=0.7)
            ctx.weak_asked = True


def read_city(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    # "飞哥 在成都跑单", "大家都叫我茶妹，在安顺种茶": the respondent's own name, though it ends
    # in a kinship word, places nobody else
    low = self_named.blank_own_name(ctx.text.low, _asked_role(ctx) == "name")
    cands = choices.candidates(ctx.hits, info, asked, low)
    # "刚过南京", "房价比北京便宜", "杭州的号码", "a concert in Seattle": never the home; not asked,
    # a city needs words that place the respondent there ("住在", "I'm in", "Rob, 45, Wuhan")
    cands = [
        (h, e)
        for h, e in cands
        if not places.not_a_home(low, h.start, h.end)
        and (asked or places.home_cue(low, h.start, h.end))
        and not city_cues.particle_la(ctx.text.surface, h.start, h.end, (c.end for c, _ in cands))
    ]
    current = choices.live(cands)
    if not current:
        # "joined 8 months back when I shifted to Pune": the move was in the past, the city
        # it went to is the home now
        current = [c for c in cands if c[0].past and _MOVED_INTO.search(low, 0, c[0].start)]
    # "老公在上海上班": where somebody else is, not where the respondent lives; when the city was
    # asked ("我老公在上海") it still answers, unless the respondent is placed elsewhere
    # ("我老公在深圳上班，我带孩子在老家") or names another city ("Denver. my wife's from Atlanta")
    # ("crashing at a mate's in Leeds", "暂时借住在朋友家，在成都": the respondent stays there)
    theirs = [(h, e) for h, e in current if _of_others(low, h.start, ctx.text.surface)]
    # ("my girlfriend is in Boston… long distance is rough": apart, hers is not theirs either)
    apart = places.living_apart(low)
    # ("老公在深圳上班，我带着娃两边跑": the respondent has no one home, his city is not theirs)
    unsettled = asked and bool(theirs) and no_city.no_fixed_home(low)
    # ("my sister is in Pune, parents in Chennai": people placed in two cities place nobody's home)
    spread = bool(theirs) and 1 < len(
        {
            e.value
            for h in ctx.hits
            for e in h.entries
            if e.slot == info.slot.name and not h.negated and _of_others(low, h.start)
        }
    )
    if (
        not asked
        or whose_place.self_placed(low)
        or apart
        or unsettled
        or spread
        or len(theirs) < len(current)
    ):
        current = [c for c in current if c not in theirs]
    else:
        # only a partner's city is the household's ("我老公在上海"); a son's or a parent's is
        # theirs ("my son works in Leeds", "我爸妈在成都")
        theirs = [c for c in theirs if whose_place.kin_placed(low, c[0].start, c[0].end)]
        current = [c for c in current if c not in theirs]
    # "去北京出差", "was in Lisbon last week", "上周在成都", "moved up from London": a place
    # visited or left; when the city was asked it still counts if it is the only place named
    visited = [
        (h, e)
        for h, e in current
        # ("base在深圳office": the office is the respondent's own base, no visit)
        if (whose_place.visited_place(low, h.start, h.end) and not places.based_at(low, h.start))
        or places.temporary_or_origin(low, h.start, h.end)
    ]
    # ("my wife's family is in Takoradi…, we all meet in Kumasi at Christmas": beside other
    # people's places a meeting place is no answer of the respondent's own either)
    if visited and (
        not asked
        or len(visited) < len(current)
        or len(visited) > 1
        or theirs
        or _others_placed(ctx.text.surface, low)
        or any(whose_place.away_alone(low, h.start, h.end) for h, _ in visited)  # "在广州出差"
    ):
        current = [c for c in current if c not in visited]
    # "Leicester, though I work in Nottingham": a work place gives way to a home named beside it
    working = [(h, e) for h, e in current if whose_place.work_place(low, h.start, h.end)]
    if working and len(working) < len(current):
        current = [c for c in current if c not in working]
    if asked and theirs and not current and not apart and not spread:
        ctx.unusable_asked = True  # only somebody else's city: the respondent's is not said
    # "Plymouth. Was in Lisbon last week", "born in Belfast but been in Sherbrooke 20 years": the
    # unknown home beside the places only visited or left
    beside = (visited or not asked) and all(c in visited for c in current)
    if beside and (other := beside_visits.home_beside_visit(ctx.text.surface, low, asked)):
        propose(ctx, info.slot.name, other[0], other[1], other[2], confidence=0.6)
        return
    # "in Swansea for now, moving to Cardiff in 2 weeks", "moving to Bristol next month": a
    # planned move is not where they live, even alone
    current = [(h, e) for h, e in current if not moves_ahead.planned(low, h.start, h.end)]
    # "I live in Sharjah, the rent in Dubai is crazy", "on the road: Dallas, Tulsa… Home's
    # Lubbock": a home said outright outweighs places named without a word of living there,
    # unless a correction follows it ("I live in Leeds, no wait, Bradford")
    home = [c for c in current if _HOME_SAID.search(people.clause_before(low, c[0].start))]
    if home and len(home) < len(current) and not CORRECTION.search(low, home[-1][0].end):
        current = home
    named = said_towns.home_named(ctx.text.surface, low) if asked and current and not home else None
    if named:
        # "I live in Sharjah, the rent in Dubai is crazy": Sharjah, though the gazetteer lacks it
        propose(ctx, info.slot.name, named.group("place"), *named.span("place"), confidence=0.6)
        return
    if current:
        hit, entry = current[-1]
        propose(ctx, info.slot.name, entry.value, hit.start, hit.end, confidence=0.9)
        return
    # ("Salford, not Manchester": a city denied leaves the place given beside it)
    # ("Hamilton. my kids keep telling me to move to Auckland": a move ahead hides no answer)
    said = [h for h, _ in cands if not h.negated and not moves_ahead.ahead(low, h.start, h.end)]
    known = any(  # (the dearer look for a move ahead only at hits of this slot)
        not h.negated
        and any(e.slot == info.slot.name for e in h.entries)
        and not moves_ahead.ahead(low, h.start, h.end)
        for h in ctx.hits
    )
    if asked and not said and not known:
        # "我朋友在深圳": a known city said of someone else is no unknown place either; a long
        # answer may open with the place ("Inverness. My phone gets no signal at work")
        surface = ctx.text.surface
        place = (
            demonyms.demonym_home(surface)  # "East Londoner": London
            or unknown_places.unknown_place(surface)
            or unknown_places.unknown_place(unknown_places.first_clause(surface))
        )
        if place and not unknown_places.said_as_name(surface):  # "Jordan, my name"
            propose(ctx, info.slot.name, place, 0, len(surface), confidence=0.6)
            return
    if asked or not (cands or known):
        # "I've lived in Bath since 1974", asked: "my sister's in Toronto, I'm over in Truro"
        # ("still living with mum and dad in Kandy": a household described, then the place)
        lived = unknown_homes.lived_in(ctx.text.surface, low, asked)
        if (
            lived
            and lived.group("place").lower() not in unknown_places.NOT_CITIES
            and not whose_place.someone_elses_place(low, lived.start("place"))
        ):
            place = CITIES.get(lived.group("place").lower(), lived.group("place"))
            propose(
                ctx, info.slot.name, place, lived.start("place"), lived.end("place"), confidence=0.6
            )


def _of_others(low: str, start: int, surface: str = "") -> bool:
    """The city at `start` is where somebody else is, not a place the respondent stays at."""
    if whose_place.our_named_place(surface, start):
        return True  # "Our Ceri moved to Cardiff": a relative called "our" and the name
    return (
        whose_place.someone_elses_place(low, start) or places.other_person_there(low, start)
    ) and not places.staying_at(people.topic_chain(low, start))


# A capitalised place after "in"/"at", known to the gazetteer or not ("my brother is in Tema").
_IN_PLACE = re.compile(r"\b(?:in|at)\s+(?P<place>[A-Z])")


def _others_placed(surface: str, low: str) -> bool:
    """The message places another person somewhere ("my wife's family is in Takoradi")."""
    return any(
        whose_place.someone_elses_place(low, m.start("place")) for m in _IN_PLACE.finditer(surface)
    )


# The respondent's home said outright, right before the city.
_HOME_SAID = re.compile(
    r"\b(?:i|we)\s+(?:still\s+|currently\s+|now\s+|actually\s+)?(?:live|reside)\s+in\s*$"
    r"|\b(?:i'?m|i am|we'?re|we are)\s+(?:currently\s+|now\s+)?(?:living|based|settled)\s+in\s*$"
    r"|\b(?:my\s+)?home(?:\s+is|'s)\s+(?:in\s+)?$|\bhome base(?:\s+is|'s)\s+(?:in\s+)?$"
    r"|(?:我|俺)(?:们)?(?:家)?(?:现在|目前)?(?:住在|住|家在|定居在?)\s*$|(?:^|[,，。])\s*家住\s*$"
)
_MOVED_INTO = re.compile(r"\b(?:i|we)\s+(?:moved|shifted|relocated)\s+(?:over\s+|here\s+)?to\s*$")


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
    if bare and not names.option_named(ctx.hits, surface, bare):
        propose(ctx, info.slot.name, _as_typed(ctx, bare), 0, len(bare), confidence=0.8)
        return
    # "飞哥 在成都跑单", "tayla 🙃 my mum picked it": clauses parted without punctuation
    clause = names.name_in_answer(surface, ctx.text.raw)
    if clause and not names.option_named(ctx.hits, surface, clause[0]):
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
    "Mrs. Nakamura-Lee"); a hyphenated surname is kept whole ("Abena Owusu-Mensah"), and a name
    doubled with a hyphen is no name typed twice ("Jun-Jun")."""
    if " " not in name:
        doubled = rf"\b{re.escape(name)}-{re.escape(name)}\b"
        twice = "-" in ctx.text.raw and re.search(doubled, ctx.text.raw)
        return twice.group() if twice else name
    words = name.split(" ")
    typed = re.search(
        r"(\s*-\s*|\s+)".join(re.escape(w) for w in words) + _HYPHEN_TAIL, ctx.text.raw
    )
    if typed is None:
        return name
    *gaps, tail = typed.groups()
    joined = ["-" if "-" in gap else " " for gap in gaps]
    return words[0] + "".join(g + w for g, w in zip(joined, words[1:], strict=True)) + tail


# The rest of a hyphenated surname after the words read ("Owusu" of "Owusu-Mensah").
_HYPHEN_TAIL = r"((?:-[A-Z][A-Za-zÀ-ÖØ-öø-ÿ']+)*)"


def read_text(ctx: Ctx, info: SlotInfo, asked: bool) -> None:
    if asked:
        value = " ".join(ctx.text.raw.split())
        propose(ctx, info.slot.name, value, 0, len(ctx.text.surface), confidence=0.8)
