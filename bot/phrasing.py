"""Offline phrasing: turns a decided Action into a friendly message in the respondent's language.

Wording varies between sessions and turns (a deterministic choice seeded by session and turn, so a
replayed conversation reads the same), acknowledges what was just recorded, uses the respondent's
name when known and a more formal register for older respondents in Chinese.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from bot.reply import Action, ReplyOption
from bot.survey import Slot, SlotType, Survey
from bot.understanding.cities.gazetteer import city_in_chinese

if TYPE_CHECKING:  # the brains use this module, so their types are only named here
    from bot.brains.base import TurnContext

_ACK = {
    "zh": ["好的", "收到", "明白了", "谢谢", "了解", "好嘞"],
    "en": ["Thanks", "Got it", "Great, thanks", "Noted", "Thank you", "Perfect"],
}
_ACK_FORMAL_ZH = ["好的", "收到，谢谢您", "明白了", "谢谢您", "了解"]

_TEXT: dict[str, dict[str, list[str]]] = {
    "consent": {
        "zh": [
            "{intro}\n\n调研目的：{purpose}\n我们会按照隐私说明处理你的回答（{privacy}）。"
            "回答是自愿的，随时可以说“暂停”“查看我的数据”或“删除我的数据”。\n\n同意开始吗？",
        ],
        "en": [
            "{intro}\n\nWhy we ask: {purpose}\nYour answers are handled as described in our "
            'privacy notice ({privacy}). Answering is voluntary; you can say "pause", '
            '"show my data" or "delete my data" at any time.\n\nShall we start?',
        ],
    },
    "consent_again": {
        "zh": ["不好意思，我没太明白。你同意参加这次调研吗？回复“同意”开始，或“不同意”结束。"],
        "en": [
            'Sorry, I didn\'t catch that. Do you agree to take part? Reply "yes" to start or '
            '"no" to end.'
        ],
    },
    "declined": {
        "zh": [
            "没关系，感谢你的时间！除了你不同意参加这一点，我们没有保存任何回答。改变主意随时回复“同意”。"
        ],
        "en": [
            "No problem, thank you for your time! We kept nothing except your choice not to "
            'take part. If you change your mind, just reply "yes".'
        ],
    },
    "paused": {
        "zh": ["好的，先暂停。你的回答都保存好了，之后随时回来发一句话就能继续。"],
        "en": ["Okay, paused. Your answers are saved; send any message when you want to continue."],
    },
    "resumed": {
        "zh": ["欢迎回来！我们接着聊。"],
        "en": ["Welcome back! Let's pick up where we left off."],
    },
    "delete_confirm": {
        "zh": ["确定要删除你在这里留下的全部数据吗？删除后无法恢复。回复“确定”删除，或“取消”。"],
        "en": [
            "Do you want us to delete all the data you've given here? This can't be undone. "
            'Reply "yes" to delete or "no" to keep it.'
        ],
    },
    "deleted": {
        "zh": ["你的数据已全部删除。谢谢你的时间，再见！"],
        "en": ["All your data has been deleted. Thank you for your time, goodbye!"],
    },
    "delete_kept": {
        "zh": ["好的，数据保留。我们继续。"],
        "en": ["Okay, nothing was deleted. Let's continue."],
    },
    "show_data": {
        "zh": ["目前我们记录了你的以下信息：\n{summary}"],
        "en": ["Here is what we have recorded about you so far:\n{summary}"],
    },
    "show_data_empty": {
        "zh": ["目前还没有记录你的任何回答。"],
        "en": ["We haven't recorded any answers yet."],
    },
    "done": {
        "zh": [
            "问卷完成啦，非常感谢{name_suffix}！我们记录的信息如下：\n{summary}\n"
            "如果有需要修改的，直接告诉我就行，比如“年龄改成30”。"
        ],
        "en": [
            "That's everything, thank you{name_suffix}! Here's what we recorded:\n{summary}\n"
            'If anything needs correcting, just tell me, e.g. "my age is 30".'
        ],
    },
    "already_done": {
        "zh": ["这份问卷你已经完成了，谢谢！需要修改哪项可以直接告诉我，或者说“查看我的数据”。"],
        "en": [
            "You've already completed this survey, thank you! Tell me if anything needs "
            'correcting, or say "show my data".'
        ],
    },
    "corrected": {
        "zh": ["已更新。现在记录的信息是：\n{summary}"],
        "en": ["Updated. Here's what we have now:\n{summary}"],
    },
    "minor": {
        "zh": [
            "谢谢你！由于你未满{min_age}岁，需要监护人同意才能参加。我们已删除本次对话中记录的信息。"
        ],
        "en": [
            "Thank you! As you're under {min_age}, we need a parent or guardian's consent before "
            "you can take part, so we've deleted what was recorded in this conversation."
        ],
    },
    "contradiction": {
        "zh": ["之前记录的{label}是“{old}”，刚才你说的是“{new}”。以“{new}”为准吗？"],
        "en": [
            'Earlier I noted your {label} as "{old}", and now you said "{new}". '
            'Should I go with "{new}"?'
        ],
    },
    "out_of_range": {
        "zh": ["“{value}”好像不太对，{label}应该在{min}到{max}之间。能再确认一下吗？"],
        "en": [
            '"{value}" doesn\'t look right for {label}; it should be between {min} and {max}. '
            "Could you check?"
        ],
    },
    "no_value": {
        "zh": ["抱歉，我没太理解。{question}", "我没能从回答里看出来，能换个说法吗？{question}"],
        "en": [
            "Sorry, I didn't quite get that. {question}",
            "I couldn't tell from that; could you put it another way? {question}",
        ],
    },
    "sensitive_consent": {
        "zh": [
            "接下来的问题涉及敏感个人信息（{labels}），用途是：{purposes}。"
            "这部分需要你单独同意，不同意也不影响其他问题。同意回答吗？"
        ],
        "en": [
            "The next questions involve sensitive personal information ({labels}), used "
            "{purposes}. This needs your separate consent; saying no won't affect the rest. "
            "Do you agree to answer them?"
        ],
    },
}


def _pick(options: Sequence[str], *seed_parts: object) -> str:
    digest = hashlib.blake2b("|".join(map(str, seed_parts)).encode(), digest_size=4).digest()
    return options[int.from_bytes(digest, "big") % len(options)]


def format_value(slot: Slot, value: Any, lang: str) -> str:
    """A value as a respondent would read it: option labels, units, yes/no."""
    if value is None:
        return "—"
    if slot.type == SlotType.choice:
        option = slot.option(str(value))
        return option.label.get(lang) if option else str(value)
    if slot.type == SlotType.multi_choice:
        labels = [(opt.label.get(lang) if (opt := slot.option(str(v))) else str(v)) for v in value]
        return ("、" if lang == "zh" else ", ").join(labels)
    if slot.type == SlotType.boolean:
        return ("是" if value else "否") if lang == "zh" else ("yes" if value else "no")
    if slot.type == SlotType.scale:
        anchor = slot.anchors.get(int(value))
        suffix = (
            f"（{anchor.get(lang)}）"
            if anchor and lang == "zh"
            else (f" ({anchor.get(lang)})" if anchor else "")
        )
        return f"{value}/{int(slot.max or 5)}{suffix}"
    if slot.name == "city" and lang == "zh":
        return city_in_chinese(str(value))
    if slot.type in {SlotType.integer, SlotType.number}:
        number = f"{value:g}" if isinstance(value, float) else str(value)
        if slot.unit is None:
            return number
        unit = slot.unit.get(lang)
        return f"{number}{unit}" if lang == "zh" else f"{number} {unit}"
    return str(value)


def slot_label(slot: Slot, lang: str) -> str:
    """A short name for a slot in prose, e.g. 'age' / '年龄'."""
    return slot.label_for(lang)


def summary_lines(survey: Survey, known: dict[str, Any], refused: set[str], lang: str) -> str:
    lines = []
    for slot in survey.slots:
        if slot.name in known:
            lines.append(
                f"- {slot_label(slot, lang)}: {format_value(slot, known[slot.name], lang)}"
            )
        elif slot.name in refused:
            lines.append(
                f"- {slot_label(slot, lang)}: {'（未回答）' if lang == 'zh' else '(declined)'}"
            )
    return "\n".join(lines)


def options_for(slot: Slot, lang: str) -> list[ReplyOption] | None:
    """Quick replies for slots with a closed set of answers."""
    if slot.type == SlotType.choice:
        return [ReplyOption(id=o.id, label=o.label.get(lang)) for o in slot.options]
    if slot.type == SlotType.boolean:
        yes, no = ("是", "否") if lang == "zh" else ("Yes", "No")
        return [ReplyOption(id="yes", label=yes), ReplyOption(id="no", label=no)]
    if slot.type == SlotType.scale and slot.min is not None and slot.max is not None:
        out = []
        for point in range(int(slot.min), int(slot.max) + 1):
            anchor = slot.anchors.get(point)
            label = f"{point} {anchor.get(lang)}" if anchor else str(point)
            out.append(ReplyOption(id=str(point), label=label))
        return out
    return None


_YES_NO = {
    "consent": {"zh": ("同意", "不同意"), "en": ("Yes", "No")},
    "confirm": {"zh": ("是", "不是"), "en": ("Yes", "No")},
}


def reply_options(
    survey: Survey, kind: str | None, slot: str | None, lang: str
) -> list[ReplyOption] | None:
    """The quick replies for a message: yes/no for consent and confirmations, the slot's options
    for questions. Channels use it too, to offer the same buttons again after a reload."""
    if kind in _YES_NO:
        yes, no = _YES_NO[kind][lang]
        return [ReplyOption(id="yes", label=yes), ReplyOption(id="no", label=no)]
    definition = survey.get_slot(slot) if kind in {"question", "clarify"} else None
    return options_for(definition, lang) if definition is not None else None


class OfflinePhraser:
    """Phrases every action kind from templates; the LLM brain falls back to it."""

    def __init__(self, privacy_url: str = "/privacy/{survey_id}?lang={lang}") -> None:
        self.privacy_url = privacy_url

    def _template(self, key: str, ctx: TurnContext, *extra: object) -> str:
        return _pick(_TEXT[key][ctx.lang], ctx.session_id, ctx.turn, key, *extra)

    def _formal(self, ctx: TurnContext) -> bool:
        age = ctx.known.get("age")
        return ctx.lang == "zh" and isinstance(age, int) and age >= 50

    def _ack(self, action: Action, ctx: TurnContext) -> str:
        """A brief acknowledgement, sometimes with the name, sometimes echoing what was noted."""
        if not action.acknowledged:
            return ""
        zh = ctx.lang == "zh"
        pool = _ACK_FORMAL_ZH if self._formal(ctx) else _ACK[ctx.lang]
        ack = _pick(pool, ctx.session_id, ctx.turn, "ack")
        name = ctx.known.get("name")
        if name and _pick(["name", "", ""], ctx.session_id, ctx.turn, "name"):
            ack += f"，{name}" if zh else f", {name}"
        recorded = [
            format_value(ctx.survey.slot(slot), value, ctx.lang)
            for slot, value in action.acknowledged
            if ctx.survey.slot(slot).type not in {SlotType.open, SlotType.text}
        ][:3]
        if recorded and _pick(["echo", "echo", ""], ctx.session_id, ctx.turn, "echo"):
            joined = "、".join(recorded) if zh else ", ".join(recorded)
            return f"{ack}，记下了：{joined}。" if zh else f"{ack}, noted: {joined}. "
        return f"{ack}。" if zh else f"{ack}. "

    def question(self, slot: Slot, ctx: TurnContext, attempt: int = 0) -> str:
        text = _pick(slot.questions.get(ctx.lang), ctx.session_id, slot.name, attempt, ctx.turn)
        if self._formal(ctx):
            text = text.replace("你", "您")
        return text

    def phrase(self, action: Action, ctx: TurnContext) -> str:
        survey = ctx.survey
        slot = survey.get_slot(action.slot)
        if action.kind == "consent":
            if action.note == "again":
                return self._template("consent_again", ctx)
            if action.note == "sensitive":
                return self._template("sensitive_consent", ctx).format(**action.detail)
            privacy = self.privacy_url.format(survey_id=survey.id, lang=ctx.lang)
            return self._template("consent", ctx).format(
                intro=survey.intro.get(ctx.lang),
                purpose=survey.purpose.get(ctx.lang),
                privacy=privacy,
            )
        summary = summary_lines(survey, ctx.known, ctx.refused, ctx.lang)
        if action.kind == "done":
            name = ctx.known.get("name")
            suffix = (f"，{name}" if ctx.lang == "zh" else f", {name}") if name else ""
            return self._ack(action, ctx) + self._template("done", ctx).format(
                summary=summary, name_suffix=suffix
            )
        if action.kind == "info":
            note = action.note or "already_done"
            if note == "show_data" and not summary:
                note = "show_data_empty"
            text = self._template(note, ctx).format(
                summary=summary, min_age=action.detail.get("min_age", 14)
            )
            if slot is not None and note in {
                "show_data",
                "show_data_empty",
                "resumed",
                "delete_kept",
            }:
                text += "\n\n" + self.question(slot, ctx, action.attempt)
            return text
        if action.kind == "confirm":
            if action.note == "delete":
                return self._template("delete_confirm", ctx)
            assert slot is not None
            return self._ack(action, ctx) + self._template("contradiction", ctx).format(
                label=slot_label(slot, ctx.lang),
                old=format_value(slot, action.detail["old"], ctx.lang),
                new=format_value(slot, action.detail["new"], ctx.lang),
            )
        assert slot is not None
        if action.kind == "followup":
            probes = slot.probes.get(ctx.lang) if slot.probes else None
            if not probes:
                probes = (
                    ["能再具体说说吗？"] if ctx.lang == "zh" else ["Could you tell me a bit more?"]
                )
            index = min(action.attempt, len(probes) - 1)
            lead = _pick(
                ["嗯，", "明白，", ""] if ctx.lang == "zh" else ["I see. ", "Thanks. ", ""],
                ctx.session_id,
                ctx.turn,
                "lead",
            )
            return lead + probes[index]
        if action.kind == "clarify":
            question = self.question(slot, ctx, action.attempt + 1)
            if action.note == "out_of_range":
                return self._template("out_of_range", ctx).format(
                    value=action.detail.get("value"),
                    label=slot_label(slot, ctx.lang),
                    min=f"{slot.min:g}",
                    max=f"{slot.max:g}",
                )
            return self._ack(action, ctx) + self._template("no_value", ctx, action.attempt).format(
                question=question
            )
        prefix = self._template("resumed", ctx) + "\n" if action.note == "resumed" else ""
        return prefix + self._ack(action, ctx) + self.question(slot, ctx, action.attempt)
