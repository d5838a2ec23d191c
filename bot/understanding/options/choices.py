"""Turning lexicon hits into one value per slot, honouring negation and corrections.

The rules are the same for every word-based slot: a negated phrase ("不是月付", "not fiber") or one
said about the past ("以前用邮寄支票") does not count, and among the rest the last one wins,
because people correct themselves ("monthly, no wait, one year"; "不是月付，是两年的"), except
an answer that opens the message as a sentence of its own, followed by a story that never
revises it ("male. my wife says she wants it on 24"). Slots
nobody asked about take only strong phrases, or weak ones when the message carries a cue for the
slot. A few choice-specific readings live here too: a conditional intention ("价格降了就继续用")
is "unsure" (the conditions are in `intentions`), a negated intention ("won't switch") is its
opposite, and a plain yes/no answers a yes/no-shaped choice question ("Do you plan to stay?" –
"yes"). Yes/no topics about the household are resolved in `household`.
"""

from __future__ import annotations

import re
from typing import Any

from bot.understanding import others, people
from bot.understanding.churn import (
    conditional_plans,
    intention_asides,
    intentions,
    not_plans,
    waved_away,
)
from bot.understanding.cities import city_cues, places
from bot.understanding.complaints import complaint_scope
from bot.understanding.family import in_passing, people_en
from bot.understanding.family.not_yet_found import about_search
from bot.understanding.interests import not_hobbies
from bot.understanding.lexicon import Entry, Hit
from bot.understanding.model import SlotInfo
from bot.understanding.normalize import SENTENCE_END
from bot.understanding.options import (
    already_had,
    bare_negators,
    choice_asides,
    choice_voices,
    option_context,
    option_questions,
    option_scope,
    slot_cues,
)
from bot.understanding.ratings.scales import negated_value
from bot.understanding.replies import CORRECTION
from bot.understanding.supposing import IF_ZH

Candidate = tuple[Hit, Entry]

# Said of an intention word, these make it a past event or the respondent's arrival, not a plan:
# "中间续约了两次", "今年刚续约", "携号转网过来的", "从电信转网过来", "from another provider".
_DONE_BEFORE = re.compile(
    r"(?:刚刚?|中间|上次|去年|前年|之前|以前|当初|从[^,，。]{0,6}?)$|\bfrom\s*$"
)
_DONE_AFTER = re.compile(r"^(?:了?[一两二三四五六七八九十几\d]+次|过(?![来去])|了?过来|来的|进来)")
_INTENTIONS = frozenset(("stay", "leave"))
_FROM_BEFORE = re.compile(
    r"从$|\b(?:switch(?:ed)?|mov(?:ed|e)|upgrad(?:ed|e)|chang(?:ed|e)|came|went)\s+"
    r"(?:over\s+)?from\s+(?:an?\s+|the\s+|my\s+|our\s+)?(?:old\s+|previous\s+)?$"
)
_CHANGE_AFTER = re.compile(r"[^,，。]{0,6}?(?:换|转|搬|改|升级)")
_IF_BEFORE = re.compile(r"\bif\b|\bunless\b|" + IF_ZH)
_OPPOSITE = {"stay": "leave", "leave": "stay", "yes": "no", "no": "yes"}
_YES_IDS = ("stay", "yes", "true")
_NO_IDS = ("leave", "none", "no", "false")
_CITY_CUE = re.compile(
    r"(?:在|住|住在|来自|搬到|搬进|到了|呆在|待在|in|from|live in|living in|based in|moved to|near"
    r"|\bmoved (?:here |over |back |up |down |out )?to"
    # a move from one place to this one: "从深圳辞职跑来大理"
    r"|从[^,，。]{1,12}?(?:(?:跑|搬|迁|嫁)(?:来|到)|来)了?)\s*$"
)


# A rating word that opens "hard to say" ("不太好说", "不大好讲"; "不太好，说实话" still rates).
_SAID_AFTER = re.compile(r"(?:说|讲)(?!话|实话|真的|白了|句)")


def candidates(hits: list[Hit], info: SlotInfo, asked: bool, low: str) -> list[Candidate]:
    """Hits that may fill this slot: all when asked, otherwise strong or cued ones."""
    name = info.slot.name
    # interests and gender are personal: "我老公爱打游戏" is the husband's hobby, "我家老二是男孩"
    # the child's gender
    personal = info.role == "multi" or name.lower() in ("gender", "sex")
    cues: list[tuple[int, int]] | None = None  # found only when a weak option needs one
    out: list[Candidate] = []
    for hit in hits:
        for entry in hit.entries:
            if entry.slot != name:
                continue
            if not (asked or entry.strong):
                if entry.kind == "option":
                    if cues is None:
                        cues = [m.span() for m in info.cue.finditer(low)] if info.cue else []
                    if not slot_cues.cued(low, hit, cues):
                        continue
                elif not (entry.kind == "city" and _city_cued(low, hit)):
                    continue
            if bare_negators.negates_other(low, hit.start, hit.end):
                continue  # "没必要知道吧", "no need to know that": another word negated
            if entry.kind == "yesno" and info.role == "dependents" and about_search(low, hit.end):
                continue  # "单身呢 还没找着": no partner found yet, nothing about children
            # the dearer check last: most weak words in another answer have no cue at all
            if not _not_a_statement(low, hit, entry, asked, personal):
                out.append((hit, entry))
    return out


def _city_cued(low: str, hit: Hit) -> bool:
    """A city said under another question is the respondent's by the words around it."""
    return bool(
        _CITY_CUE.search(low[max(0, hit.start - 16) : hit.start])
        or places.city_question_before(low, hit.start)  # "the city one, it's Perth"
        or city_cues.placed_here(low, hit.start, hit.end)  # "开封这边", "俺是大同的"
        or city_cues.profile_item(low, hit.start, hit.end)  # "Female. Nurse, 41yrs, Cork"
    )


# Words of a service that fails now and then: "no internet" then means an outage.
_OUTAGE = re.compile(
    r"信号|断网|掉线|时有时无|又没|老是|经常|总是|\b(?:still|again|keeps?|every time|cuts? out"
    r"|went down|goes down|(?:was|is|were|been) (?:down|dead)|outages?|dropp(?:ed|ing|s))\b"
    # no connection somewhere else than home: "no wifi on the train", "在高铁上没网"
    r"|\b(?:on|at|in) the (?:train|tube|bus|plane|office|airport|station|gym|beach|hospital"
    r"|cottage|caravan)\b|\bat (?:work|school|uni)\b"
    r"|在(?:地铁|高铁|火车|飞机|公司|单位|学校|医院|电梯)"
    r"|\bnone of (?:them|the|us|you|it|my|your|those)\b"  # a quantifier: "none of them came"
)


_NOT_TAKEN = re.compile(
    # (a space between Chinese words parts clauses: "月付 没装宽带" takes the monthly plan)
    r"(?:[^,，。;；!?\s]|(?<![\u4e00-\u9fff])\s|\s(?![\u4e00-\u9fff])){0,8}?"
    r"(?:没|没有|就没)(?:办|装|要|选|开通?)(?![^,，。]{0,2}(?:多久|几))"
    # the next clause opens with not taking it: "说签一年送路由器，我没要"
    r"|[^,，。;；!?]{0,8}?[,，]\s*(?:我|俺)?(?:就|也|还是|最后)?(?:没|没有)(?:办|装|要|选|签|开通?)"
    r"(?=$|[,，。;；!！?？了啊])"
    r"|[^,.;!?]{0,16}?\b(?:didn'?t|did not|never) (?:get|take|go for|sign up for|choose)\b"
)
# (weighing it up too: "在纠结要不要换千兆", "不知道该不该装光纤", "debating whether to get fibre")
_OUT_OF_TERM = re.compile(
    r"\s+of\s+(?:my\s+|the\s+|our\s+|a\s+)?(?:contract|minimum term|term|commitment|lock-?in)\b"
)
_WISHED = re.compile(
    # (also to somebody's own: "我爸说要不要换成他的信用卡")
    r"(?:想(?:要)?|要不要|该不该|是否|考虑|纠结)(?:让(?:我|俺))?(?:换|装|办|升级|改)(?:成|到|个)?"
    r"(?:(?:他|她|我|俺)(?:们)?(?:家)?的)?\s*$"
    r"|\b(?:want|wanna|hoping|hope|plan(?:ning)?"
    r"|thinking of|thinking about|whether to|debating|considering)\s+(?:to\s+)?"
    r"(?:get(?:ting)?|switch(?:ing)? to|upgrad(?:e|ing) to)"
    r"\s+(?:a\s+|some\s+)?$"
    # somebody urging it: "my grandson keeps on at me to get fibre"
    r"|\b(?:me|us)\s+to\s+(?:get|switch to|upgrade to|try)\s+$"
    # somebody else's attempt to get the respondent into a pastime: "my nephew tried to teach me
    # Fortnite", "tried to get me into golf", "非要拉我去爬山", "老想教我打麻将"
    r"|\b(?:tried|tries|trying|try)\s+to\s+(?:teach|get|drag|talk|introduce)\s+(?:me|us)\s+"
    r"(?:into\s+|to\s+)?$|(?:非要|硬要|老想|总想|一直想|想)(?:拉|拽|教)(?:我|俺)(?:去|学|玩|打)?\s*$"
    # an invitation pressed again and again: "室友天天喊我去健身房", "my mate keeps asking me to
    # join his five-a-side", "总让我学拍照" (once asked, "朋友约我去爬山", it may well be one)
    r"|(?:天天|老是?|总是?|一直|成天|整天|每次都|非要|硬要)(?:喊|叫|约|拉|拽|让)(?:我|俺)们?(?:一起)?"
    r"(?:去|学|玩|打|练)?\s*$"
    r"|\b(?:keeps?|kept|always|constantly|forever)\s+(?:asking|inviting|dragging|begging|nagging"
    r"|pestering|bugging|on at)\s+(?:me|us)\s+(?:to\s+(?:come|go|join|try|take up|start)"
    r"(?:\s+(?:to|with)(?:\s+(?:him|her|them))?)?\s+|along\s+to\s+|into\s+|to\s+)"
    r"(?:(?:a|the|some|his|her|their)\s+)?$"
)


def _not_a_statement(low: str, hit: Hit, entry: Entry, asked: bool, personal: bool) -> bool:
    """The words at `hit` state nothing about now: in another answer, a hypothesis ("if fiber came
    to my street"); for an intention, the respondent's arrival ("携号转网过来的", "from another
    provider") or, in another answer, a past event ("今年刚续约", "中间续约了两次")."""
    before = people.clause_before(low, hit.start)
    if personal and (
        others.about_third_person(low, hit.start)
        or in_passing.doing_right_now(low, hit.start, hit.end)
    ):
        return True  # a hobby of "he" or "they" ("he's got a gaming PC"), or a chore ("在做饭")
    personal = (
        personal or entry.kind == "scale" or entry.value in _INTENTIONS or entry.value == "unsure"
    )
    if (
        others.said_of_other(low, hit.start, household=personal)
        and not (entry.kind == "bool" and people_en.own_after_and(low, hit.start))
        and not (entry.kind == "option" and option_context.same_as_other(low, hit.end))
        and not (entry.kind == "option" and choice_voices.landlord_put_in(low, hit.start, before))
        and not (entry.kind == "city" and places.self_there(low, hit.start, hit.end))
    ):
        return True  # "我朋友家有两个孩子", "my brother has fiber", "我妈要换"
    if personal and intentions.REPORTED_BEFORE.search(before):
        return True  # "they said maybe 2027": someone else's words
    if entry.kind == "scale" and _SAID_AFTER.match(low, hit.end):
        return True  # "不太好说": hard to say, no rating
    if entry.kind == "option" and entry.value not in _INTENTIONS and _WISHED.search(before):
        return True  # "DSL，早就想换光纤了": a wish, not what the respondent has
    if entry.value == "leave" and _OUT_OF_TERM.match(low, hit.end):
        return True  # "I'm out of contract": a state of the contract, no leaving
    if entry.kind == "option" and _NOT_TAKEN.match(low, hit.end):
        return True  # "千兆那档太贵了没办": an option considered and not taken
    if (
        personal
        and entry.kind == "option"
        and not_hobbies.not_a_hobby(
            low, hit.start, hit.end, before, interest=entry.slot == "interests"
        )
    ):
        return True  # "篮球早不打了", "我是教钢琴的", "steam wallet": no pastime
    if (
        entry.kind == "option"
        and (others.only_asked(low, hit.start) or option_questions.closing_question(low, hit.end))
        and not already_had.owned(low, hit.start, hit.end)
        and not (entry.value in _INTENTIONS and people.rhetorical_zh(low, hit.start, hit.end))
    ):
        return True  # "光纤多少钱？" (but "为啥要换？用着好好的" asks nothing)
    if entry.kind == "option" and complaint_scope.asks_which_part(low):
        return True  # "like the wifi or the phone line?": which part is meant, nothing named
    if (
        entry.kind == "option"
        and not personal
        and option_context.not_own_option(low, hit.start, hit.end)
        and not choice_voices.landlord_put_in(low, hit.start, before)
    ):
        return True  # "套餐签没签约", "gigabit at the office", "wanted to use the Amex"
    if (
        entry.kind == "option"
        and not personal
        and in_passing.option_in_passing(low, hit.start, hit.end, asked)
    ):
        return True  # "I splice fibre for a living", "the school's DSL"
    if_said = not asked and _IF_BEFORE.search(before) and not people.mine_despite_if(low, hit)
    if if_said and not conditional_plans.then_plan(before, entry.value):  # "要是…我就转联通"
        return True  # but "not sure if it's one year, I think my husband signed it"
    if not asked and entry.value == "none" and _OUTAGE.search(low):
        return True  # "电梯里直接没网", "2am and still no internet": an outage, not no service
    origin = _FROM_BEFORE.search(before)
    if origin and (origin.group() != "从" or _CHANGE_AFTER.match(low, hit.end)):
        return True  # "从电话线那种换过来", "switched from DSL to fiber": what it was before
    if entry.kind == "option" and choice_asides.not_now(low, hit, entry, before, asked):
        return True  # "手续", "换了我也不会弄", "earlier it was DSL": nothing about now
    if entry.kind == "option" and choice_voices.not_held(low, hit, entry, before, asked):
        return True  # "邮寄支票？哪有人用支票", "光纤明年才通", "when the 2 year ended"
    if (
        entry.kind == "option"
        and not personal
        and option_scope.not_held(low, hit.start, hit.end, before)
    ):
        return True  # "nothing fancy", "那会儿还是拨号", "别家一百块能办千兆"
    if (
        not asked
        and entry.value == "unsure"
        and entry.kind != "override"  # "if it doesn't improve I'm switching when …": a plan
        and intention_asides.unsure_of_fact(low, hit.end)
    ):
        return True  # "2 year contract, not sure how long in tho": a fact not known
    if entry.value not in _INTENTIONS:
        return False
    if not_plans.not_a_plan(low, before, hit.end, str(entry.value), asked):
        return True  # "我哥劝我转电信", "去年差点换了", "it's my bank I'm leaving"
    after = low[hit.end : hit.end + 6]
    if re.match(r"(?:了)?过来|来的", after) or re.search(r"\bfrom\s*(?:an?\s+)?$", before):
        return True
    return not asked and bool(_DONE_BEFORE.search(before) or _DONE_AFTER.match(after))


def live(cands: list[Candidate]) -> list[Candidate]:
    return [(h, e) for h, e in cands if not h.negated and not h.past]


def resolve_choice(
    cands: list[Candidate], info: SlotInfo, asked: bool, low: str
) -> Candidate | None:
    ids = info.slot.option_ids()
    if asked:
        # "续约？我又不傻", "stay? after that? yeah right": the option echoed, then dismissed
        echoed = [
            c
            for c in cands
            if people.echoed_no(low, c[0].end)
            or waved_away.waved_away(low, c[0].start, c[0].end)
            or people.mocked(low, c[0].end)
            or people.rhetorical_zh(low, c[0].start, c[0].end)
        ]
        if intentions.TAKEN_BACK.search(low):
            echoed = list(cands)  # "I'll definitely stay for another year of buffering. not."
        cands = [c for c in cands if c not in echoed]
        cands += [(_negated(h), e) for h, e in echoed]
        cands.sort(key=lambda c: c[0].start)
        cands = choice_asides.not_denied_by_itself(low, cands)  # "none we use mobile data"
        cands = choice_voices.closed_negation(low, cands)  # "不想用了随时停"
        cands = choice_asides.own_terms(low, cands)  # "一年的，每月自动扣", "the other's 2 yr"
    current = live(cands)
    # "续约是不可能续约的": a topic, then the same option denied; the denial is the statement
    current = [
        (h, e)
        for h, e in current
        if not any(o.negated and o.start > h.end and oe.value == e.value for o, oe in cands)
    ]
    if not asked:
        strong = [c for c in current if c[1].strong]
        current = strong or current
        if "unsure" in ids and conditional_plans.conditioned(low, current, cands):
            hit, entry = current[-1]  # "如果再涨价，我就不续了" under another question
            return hit, Entry(entry.slot, "unsure", entry.strong)
    if asked and "unsure" in ids and intentions.conditional(low, cands):
        if not cands and others.only_asked(low, 0):
            return None  # "what happens if I leave?": a question, no decision
        if intentions.hypothesis_asked(low, cands) or choice_voices.fee_asked(low):
            return None  # "要是我现在不续了，要交违约金吗？", "要是续约的话有优惠吗？": no decision
        if current or cands:
            base = (current or cands)[-1]
            return base[0], Entry(base[1].slot, "unsure", base[1].strong)
        return Hit(0, len(low), 0, 0, []), Entry(info.slot.name, "unsure", False)
    if choice_asides.disputed(low, current, asked):
        return None  # "他说一年，我说两年": a disagreement, no value
    if current:
        return _opening_answer(current, low) if asked else current[-1]
    negated = [(h, e) for h, e in cands if h.negated and not h.past]
    # "以前想过换，现在不想了", "I was going to leave, not anymore": a past plan given up
    given_up = [
        (h, e)
        for h, e in cands
        if h.past and not h.negated and intentions.NO_LONGER.search(low, h.end)
    ]
    for found in (negated, given_up):
        if asked and found:
            opposite = _OPPOSITE.get(str(found[-1][1].value))
            if opposite in ids:
                hit, entry = found[-1]
                return hit, Entry(entry.slot, opposite, entry.strong)
    return None


# What makes a later option replace the opening one: a correction (`replies.CORRECTION`), a
# change of mind or of plan, a look at the paperwork, or the service itself named.
_REVISED = re.compile(
    CORRECTION.pattern
    + r"|\b(?:no|wait|sorry|or was it|or is it|rather|scratch that|correction|now|these days"
    r"|switched|changed|moved|upgraded|downgraded|but|nope|hang on|it says|says here|with you)\b"
    r"|不是|哦不|其实|现在|后来|改成|换成|改了|换了|不过|但是|可是|算了|等下|等等|看看|那就是|写着|你们"
)
_OPENING = 16  # characters before an answer that opens the message ("oh, female.", "嗯，光纤。")
_OPENING_TAIL = 24  # characters after it before its sentence ends ("month to month, thanks.")


def _opening_answer(current: list[Candidate], low: str) -> Candidate:
    """The last option stated, unless the message opens with its answer as a sentence of its
    own and the later options come in a story that never revises it."""
    first, last = current[0], current[-1]
    if first[1].value == last[1].value or first[0].start > _OPENING:
        return last
    end = SENTENCE_END.search(low, first[0].end)
    if end is None or end.start() > first[0].end + _OPENING_TAIL:
        return last
    if low[end.start()] == "?" and not low[first[0].end : end.start()].strip():
        return last  # "Leave? Honey, I ain't goin' nowhere": the option echoed as a question
    later = [c for c in current if c[0].start >= end.end()]
    if len(later) + 1 != len(current) or _REVISED.search(low, end.start(), later[-1][0].start):
        return last
    return first


def _negated(hit: Hit) -> Hit:
    return Hit(hit.start, hit.end, hit.first, hit.last, hit.entries, True, hit.past)


def yes_no_option(info: SlotInfo, answer: bool) -> str | None:
    """The option a bare yes or no picks on a yes/no-shaped choice question, if any."""
    ids = info.slot.option_ids()
    for option_id in _YES_IDS if answer else _NO_IDS:
        if option_id in ids:
            return option_id
    return None


def resolve_multi(cands: list[Candidate]) -> tuple[list[str], list[Hit]]:
    values: set[str] = set()
    used: list[Hit] = []
    for hit, entry in live(cands):
        values.add(str(entry.value))
        used.append(hit)
    return sorted(values), used


def resolve_scale(cands: list[Candidate], asked: bool) -> tuple[int, Hit, bool] | None:
    out: list[tuple[int, Hit, bool]] = []
    for hit, entry in cands:
        if hit.past:
            continue
        value: Any = entry.value
        if hit.negated:
            if not asked:  # "没什么不满意" in another answer is no rating
                continue
            value = negated_value(int(value))
            if value is None:
                continue
        out.append((int(value), hit, entry.strong))
    strong = [item for item in out if item[2]]
    return (strong or out)[-1] if out else None
