"""The offline understanding of one message: every extractor, then one decision per slot.

Order matters. Commands come first (they are about the conversation, not the survey). Then all
evidence is collected once: lexicon hits, numbers, durations, ages, amounts of money, ratings.
Each slot then takes what is unambiguous about it; the asked slot may also take what is left
over (a bare "25", a bare "yes", the whole text of an open answer). Numbers already explained
by another slot ("25岁", "每月70块") are not re-read as the asked slot's bare number.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from bot.survey import Survey
from bot.understanding import bare_questions, numeric_slots, replies, word_slots
from bot.understanding.age import age_bounds, age_hints, quantities
from bot.understanding.bills import amounts, figured_amounts, outside_payers, priced_only
from bot.understanding.churn import compared_only, intention_asides, rated_then_weighed
from bot.understanding.cities import (
    city_states,
    former_places,
    homonym_towns,
    no_city,
    straddled_names,
    unknown_places,
    whose_place,
)
from bot.understanding.complaints import (
    asked_then_griped,
    cleared_zh,
    complaint_scope,
    complaint_voices,
    complaints_en,
    elsewhere_gripes,
    gripes_not_ours,
    no_better,
    open_answers,
    praised_only,
    promises_broken,
    settled_gripes,
    survey_doubts,
    unsaid_complaints,
    whole_judged,
)
from bot.understanding.context import Ctx, propose
from bot.understanding.identity import names
from bot.understanding.interests import never_missed, no_pastime
from bot.understanding.lang import detect_language
from bot.understanding.model import SlotInfo, survey_model
from bot.understanding.normalize import Text
from bot.understanding.numerals import place_numerals
from bot.understanding.numerals.numbers import find_numbers
from bot.understanding.options import (
    delegated,
    equipment_only,
    former_kinds,
    hometown_things,
    inside_words,
    shop_payments,
    still_kinds,
    varying_terms,
)
from bot.understanding.ratings import scale_idioms, unmet_ratings
from bot.understanding.tenure import long_ago, span_judged
from bot.understanding.tenure.durations import find_durations
from bot.understanding.types import Command, Lang, Understanding
from bot.understanding.unanswered import (
    asked_then_said,
    both_ways,
    declined_parts,
    follow_ups,
    meant_asked,
    offtopic_asides,
    pause_then_forgot,
    refusals,
    unpinned,
    vague,
    vague_asides,
)
from bot.validation import validate

_HANDLERS: dict[str, Callable[[Ctx, SlotInfo, bool], None]] = {
    "age": age_bounds.read_age,
    "tenure": figured_amounts.read_tenure,
    "money": figured_amounts.read_money,
    "number": numeric_slots.read_plain_number,
    "scale": numeric_slots.read_scale,
    "choice": word_slots.read_choice,
    "multi": word_slots.read_multi,
    "partner": word_slots.read_boolean,
    "dependents": word_slots.read_boolean,
    "boolean": word_slots.read_boolean,
    "city": word_slots.read_city,
    "name": word_slots.read_name,
    "text": word_slots.read_text,
}
# Slots whose evidence is most specific go first, so that their numbers are not re-read.
_ORDER = {"age": 0, "money": 1, "tenure": 2, "scale": 3, "number": 4}


def understand(
    text: str,
    survey: Survey,
    asked: str | None,
    *,
    lang_hint: Lang | None = None,
    today: dt.date | None = None,
) -> Understanding:
    """Everything one respondent message says, for `survey`, after the bot asked `asked`."""
    parsed = Text.of(text)
    lang = detect_language(parsed.surface, lang_hint or "zh")
    result = Understanding(lang=lang)
    if not parsed.raw.strip():
        return result
    model = survey_model(survey)
    asked_info = model.slots.get(asked) if asked else None
    low = parsed.low
    hits = city_states.drop_states(model.lexicon.scan(parsed), parsed.surface)  # "buffalo ny"
    hits = homonym_towns.rename_homonyms(hits, low)  # "East London, Eastern Cape"
    hits = straddled_names.drop_straddled(hits, low)  # "霞浦那边" is no 浦那 (Pune)
    hits = still_kinds.kept_old(hits, low)  # "还是以前那种走电话线的": the old kind, kept
    hits = former_kinds.marked_past(hits, low)  # "the fibre I had before": no longer had
    hits = varying_terms.kept_kinds(hits, low)  # "it varies month to month": no contract
    hits = never_missed.kept_habits(hits, low)  # "never miss a hockey game": a habit
    hits = hometown_things.kept_own(hits, low)  # "用的是老家的储蓄卡": the respondent's own
    command = replies.detect_command(low)
    if command is not None and not (
        command == Command.stop
        and asked_info is not None
        and any(h.for_slot(asked_info.slot.name) for h in hits)
    ):
        result.command = command
        if command not in {Command.switch_zh, Command.switch_en}:
            return result
        # "I live in Hangzhou, English please": the switch and the answer both count.
    today = today or dt.date.today()
    # ("我在十堰", "Five Dock": a numeral inside a place name is no number)
    nums = place_numerals.drop_place_numerals(low, parsed.surface, hits, find_numbers(low))
    ctx = Ctx(
        text=parsed,
        model=model,
        asked=asked,
        today=today,
        hits=hits,
        nums=nums,
        durations=find_durations(low, nums, today),
        ages=quantities.ages(low, nums, today),
        money=amounts.money(low, nums),
    )
    refused = asked_info is not None and refusals.is_refusal(low)
    # "女，别的就不说了", "关于网速的不说了，价格还行": the answer stands, only the rest is declined
    rest_from = refusals.rest_declined_from(low) if refused else None
    part = declined_parts.declined_part(low) if refused and rest_from is None else None
    refused = refused and rest_from is None and part is None
    if refused and asked_info is not None and asked_info.role == "name":
        # "Rose，中文名不方便说": one name given, another declined; "名字不重要，叫我张姐吧"
        if names.NAME_PART.search(low) or names.introduced_name(parsed.surface, True):
            word_slots.read_name(ctx, asked_info, True)
            refused = asked_info.slot.name not in ctx.proposals
    if refused and asked_info is not None and asked_info.role in _READ_AFTER_REFUSAL:
        # "app难用就不说了，整体服务我给3分": the refusal is about something else when the asked
        # slot still gets an explicit value (read as if not asked: strong evidence only)
        _HANDLERS[asked_info.role](ctx, asked_info, False)
        refused = asked_info.slot.name not in ctx.proposals
    # unambiguous evidence for every slot first, then the asked slot's leftovers
    infos = sorted(model.slots.values(), key=lambda i: _ORDER.get(i.role, 9))
    for info in infos:
        if asked_info is not None and info.slot.name == asked_info.slot.name:
            continue
        if info.role == "open":
            continue
        _HANDLERS[info.role](ctx, info, False)
    if asked_info is not None and not refused:
        _answer_asked(ctx, asked_info, result)
        if asked_info.role == "scale":
            _weighed_alone(ctx)  # "I'm thinking about switching tbh", asked for the rating
            name = asked_info.slot.name
            # ("if you fixed the wifi I'd give you a 5": the score now is not given)
            if scale_idioms.no_level(ctx, name) or unmet_ratings.held_back(ctx, name):
                result.vague = True  # "五五开吧", "说不上好坏": a figure, no level
        name = asked_info.slot.name
        # nothing said before "the rest" ("哈哈，其他保密": "其他" is no gender there), or no answer
        # outside the part declined ("关于网速的不说了", and nothing else rated)
        if (
            rest_from is not None and (name not in ctx.proposals or ctx.spans[name][1] > rest_from)
        ) or (part is not None and not declined_parts.answer_kept(ctx, name, part)):
            ctx.proposals.pop(name, None)
            refused, result.vague = True, False
    result.refused = refused
    # A value said in passing that its slot cannot hold ("孩子现在才两岁" gives no age of 2: ages
    # start at 10) belongs to someone or something else. The asked slot keeps it, so that the
    # respondent hears why it is not accepted.
    result.proposals = [
        p
        for p in ctx.proposals.values()
        if p.slot == asked or validate(model.slots[p.slot].slot, p.value).ok
    ]
    if result.command in {Command.switch_zh, Command.switch_en}:
        # The words asking for a language are not an answer ("English please" is no city).
        result.proposals = [p for p in result.proposals if not _LANGUAGE_WORDS.search(p.span)]
    return result


_YES_NO_ROLES = frozenset({"partner", "dependents", "boolean"})
_INTENTIONS = frozenset({"stay", "leave"})
_READ_AFTER_REFUSAL = frozenset({"scale", "age", "money", "tenure", "city"})
_LANGUAGE_WORDS = re.compile(r"english|chinese|speak|英文|英语|中文|普通话|说", re.IGNORECASE)


def _weighed_alone(ctx: Ctx) -> None:
    """A switch weighed up as the whole answer to the rating question is the intention
    "unsure": the service rated is what would be switched."""
    span = rated_then_weighed.weighed_alone(ctx.text.low)
    if span is None:
        return
    for info in ctx.model.slots.values():
        options = info.slot.option_ids()
        if info.role == "choice" and _INTENTIONS <= set(options) and "unsure" in options:
            if info.slot.name not in ctx.proposals:
                propose(ctx, info.slot.name, "unsure", span[0], span[1], confidence=0.8)


def _answer_asked(ctx: Ctx, info: SlotInfo, result: Understanding) -> None:
    low = ctx.text.low
    if info.role == "open":
        low = promises_broken.in_english(low)  # "la señal is trash": read as the English words
        spans = list(ctx.spans.values())
        if (
            # ("will anyone read this? the wifi has been terrible" complains all the same)
            (open_answers.asks_back(low) and not asked_then_griped.complains_after(low))
            or complaint_scope.asks_again(low, spans)
            or complaint_voices.asks_who_reads(low)  # "is this going to someone who can fix it?"
            or complaint_voices.theirs_cleared(low)  # "my brother can't get signal, not on you"
            or unsaid_complaints.only_announced(low)  # "a few things actually": still to come
            or elsewhere_gripes.asks_the_asker(low)  # "why do you ask?", "call me after 6"
            or survey_doubts.doubts_only(low)  # "is it just a box ticking thing?"
            or settled_gripes.left_provider_only(low)  # "之前用移动嗰阵先至惨"
            or settled_gripes.asks_how(low)  # "投诉要打边个电话？"
        ):
            return
        # ("not much better than my last provider" is a gripe, "what is your fault is…" names
        # one, and "隔壁说你们挺好，我家就是慢" tells of one's own line, whatever others say)
        faint = no_better.no_better(low) or complaints_en.blames(low) or cleared_zh.heard(low)
        if not faint and (
            open_answers.is_vague_open(low, spans)
            or whole_judged.judged_whole(low)
            or complaint_voices.theirs_against_none(low, spans)  # "he moans but I've none"
            or praised_only.praise_only(low)  # "4G信号在我们村挺好": nothing wrong named
            or elsewhere_gripes.praised_only(low)  # "keep up the good work"
            or gripes_not_ours.not_ours_vague(low)  # "以前网老断，现在好多了"
            or unsaid_complaints.claimed_unsaid(low)  # "too many to list", "老问题了"
            or settled_gripes.settled(low, spans)  # "断过一次网，第二天就修好了，现在没啥"
            or cleared_zh.cleared(low, spans)  # "移动的信号才叫烂 你们家还行"
        ):
            result.vague = True
        elif faint or complaint_scope.about_the_service(low, spans):
            value = " ".join(ctx.text.raw.split())
            propose(ctx, info.slot.name, value, 0, len(ctx.text.surface), confidence=1.0)
        return  # (otherwise talk about something else: neither an answer nor a vague one)
    if (
        (replies.is_question_back(low) and not asked_then_said.goes_on(low))
        or meant_asked.asks_which_meant(low)  # "孩子？你是说自己的还是家里的？"
        or bare_questions.only_asks(low)  # "r there any deals for renewing?"
    ):
        return  # "define partner": a question about the question, neither answer nor refusal
    # ("…简历都投了60多份了，你刚问啥来着？": said before the question came back to mind)
    _HANDLERS[info.role](ctx, info, not replies.forgot_question(low))
    name = info.slot.name
    asking = replies.meaning_spans(low)
    if asking and name in ctx.proposals:
        # "does my godson count? I pay for his trips", "what's a 3 mean?": the respondent asks
        # what counts before answering; words in the question and weak evidence after it answer
        # nothing ("没有，猫主子算吗" still answers no)
        start = ctx.spans[name][0]
        if any(a <= start < b or (ctx.weak_asked and start >= b) for a, b in asking):
            del ctx.proposals[name]
            # ... but a hedge is still an answer: "depends how you define it, kind of yes kind
            # of no"
            result.vague = vague.is_vague(low, amounts=info.role not in _YES_NO_ROLES)
            return
    if info.role in _YES_NO_ROLES and name in ctx.proposals and both_ways.answered_both_ways(low):
        del ctx.proposals[name]  # "说有也有说没有也没有", "yes and no": neither, a hedge
        result.vague = True
        return
    if name in ctx.proposals and ctx.weak_asked and replies.still_thinking(low):
        del ctx.proposals[name]  # "ok you guys... lemme think": not answered yet
        return
    if name in ctx.proposals:
        own = [(h.start, h.end) for h in ctx.hits if h.for_slot(name)] + [ctx.spans[name]]
        # a vague amount of time ("用了十几年了") hedges no other answer, nor does a renewal left
        # open ("一年的，看情况续不续": the hedge is the intention's own value)
        own += [(d.start, d.end) for d in ctx.durations]
        own += [ctx.spans[p.slot] for p in ctx.proposals.values() if p.value == "unsure"]
        # a hedge next to a weak value makes it vague ("算是有吧…说不清楚"), except when the
        # value is itself the hedge ("续不续都行" is "unsure")
        hedge = ctx.proposals[name].value == "unsure"
        if (
            ctx.weak_asked
            and info.role != "scale"
            and not hedge
            and vague.vague_elsewhere(
                offtopic_asides.without_set_up_puzzle(low, info.role, name), own
            )
        ):
            del ctx.proposals[name]
            result.vague = True
        return
    result.vague = _vague_without_value(ctx, info, low)


def _vague_without_value(ctx: Ctx, info: SlotInfo, low: str) -> bool:
    """The asked slot got no value: does the message answer it vaguely, rather than not at all?"""
    if _left_to_others(info, low):
        return True
    if info.slot.name in outside_payers.PAID_SLOTS and outside_payers.paid_by_others(low):
        return True  # "the church covers it", "村委给报的": no amount or means of one's own
    if info.role in _YES_NO_ROLES and both_ways.answered_both_ways(low):
        return True  # "怎么说呢，算有也算没有": a hedge, though neither word stood as the value
    if info.role == "scale" and unpinned.judged_later(low):
        return True  # "先看看这个月网速咋样": a rating held back for more use, though put off
    if compared_only.only_compared(low, info.role):
        return True  # "better than Digicel", "same as last month": a comparison, no value
    if pause_then_forgot.thought_and_forgot(low):
        return True  # "我想想啊…哪年来着，记不得了": the pause ended in a memory given up
    put_off = replies.puts_off(low) and not whose_place.holiday_visit(low)  # not "逢年过节回去看看"
    if put_off or replies.ends_asking_which(low) or replies.forgot_question(low):
        # put off, "…你说的常住是哪个？" or "…What was the question?": the answer waits
        return False
    if ctx.unusable_asked:
        return True
    if info.role == "age" and age_hints.hinted_only(low):
        return True  # "年纪大喽", "now... older lol": a clue to the age, no number
    options = info.slot.option_ids()
    payment = "credit_card" in options
    intentions = not _INTENTIONS.isdisjoint(options)
    amounts = info.role not in _YES_NO_ROLES
    # ("我去问问我爸，他装的": the person to be asked is no vague answer, the answer is put off)
    said = delegated.without_asking(low)
    if intentions or payment or "month_to_month" in options:
        # ("光纤用着还行，手机信号不太行", "我在包头，这边信号还行": parts of the service rated,
        # no hedge of the plan, the contract or the way of paying: "我家用的光纤，速度还行")
        said = intention_asides.without_rated_services(said)
    said = follow_ups.without_follow_up(said)  # "光纤多少钱一个月？贵不贵"
    said = offtopic_asides.without_offtopic(said, info.role, info.slot.name)  # "调查要搞好久哦"
    if info.role != "tenure" and any(
        ctx.model.slots[p.slot].role == "tenure" for p in ctx.proposals.values()
    ):
        said = vague_asides.without_dated_start(said)  # "been with you 6 years, since uni"
    # ("我去支付宝看一下账单" under the spend question, "六十九块，不贵": asides, no hedge)
    if vague_asides.is_vague_said(said, amounts, payment) and not (
        # ("when does my contract end? I can't remember": no hedge of the plan)
        intentions and unpinned.only_memory(said, amounts)
    ):
        return True
    if (info.role == "tenure" or "month_to_month" in options) and long_ago.started_long_ago(said):
        return True  # "老早就用了", "it was set up that long ago": a start, with no figure or plan
    if info.role == "money" and priced_only.price_judged(said):
        return True  # "way too much for what it is": the spend judged, with no amount
    if info.role == "choice":
        # (a bandwidth is a vague kind of line, no vague plan: "fibre 500 meg" asked the contract)
        line = "fiber_optic" in options or "dsl" in options
        return (
            (
                line
                and (
                    vague.names_bandwidth(low)
                    or inside_words.wireless_only(low)
                    or equipment_only.equipment_only(low)  # "the router thing with the lights"
                )
            )
            or unpinned.ordinary_one(low)
            or (payment and unpinned.paid_when_due(low))
            or (payment and shop_payments.paid_at_shop(low))  # "I just load at the sari-sari"
        )
    if info.role == "city":
        # ("originally from Krakow", "在苏州出差中": only places left or passed through)
        # ("my mom's in Tema, I go see her every Christmas": only a parent's town)
        return (
            no_city.names_no_city(low)
            or former_places.only_former(low, ctx.hits)
            or unknown_places.kin_town(ctx.text.surface, low)
        )
    if info.role == "multi" and no_pastime.names_no_pastime(said):
        return True  # "a little of this, a little of that", "I'm pretty boring"
    # ("too long 😂", "太久了": the time with us judged, with no length)
    return info.role == "tenure" and (unpinned.tied_to_event(low) or span_judged.span_judged(said))


def _left_to_others(info: SlotInfo, low: str) -> bool:
    """Somebody else handles it ("I'd have to check, my daughter looks after the bills"), and
    the respondent is not holding to go and ask them ("hang on, the missus does the bills, I'll
    ask her", "her son deals with the paperwork, we'll ask him on Sunday")."""
    return (
        info.slot.name in delegated.HANDLED_SLOTS
        and delegated.left_to_others(low)
        and not replies.holds_and_goes(low)
        and not delegated.asks_them_later(low)
    )
