"""Simulated respondents: people with known answers who reply in varied, natural language.

Used by `insightbot simulate` and the demo to show the pipeline, and by tests and benchmarks as
ground truth: each persona knows its true values, so what the bot stored can be checked exactly.
Phrasings come from banks of templates in both languages and include refusals, vague answers and
several facts in one message, as real respondents write.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.reply import Reply

CITIES = [
    ("上海", "Shanghai"),
    ("北京", "Beijing"),
    ("广州", "Guangzhou"),
    ("深圳", "Shenzhen"),
    ("杭州", "Hangzhou"),
    ("成都", "Chengdu"),
    ("武汉", "Wuhan"),
    ("南京", "Nanjing"),
    ("西安", "Xi'an"),
    ("重庆", "Chongqing"),
    ("苏州", "Suzhou"),
    ("天津", "Tianjin"),
]
NAMES_ZH = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄涛"]
NAMES_EN = ["Tom", "Anna", "David", "Emily", "Jack", "Sophie", "Ryan", "Mia"]
_CN_DIGITS = "零一二三四五六七八九"
_CHOICE_WORDS = {
    "gender": {"male": ("男", "male"), "female": ("女", "female")},
    "contract": {
        "month_to_month": ("按月付费", "month-to-month"),
        "one_year": ("一年合约", "a one-year contract"),
        "two_year": ("两年合约", "a two-year contract"),
    },
    "internet_service": {
        "dsl": ("DSL", "DSL"),
        "fiber_optic": ("光纤", "fiber"),
        "none": ("没装宽带", "no internet"),
    },
    "payment_method": {
        "electronic_check": ("电子支票", "electronic check"),
        "mailed_check": ("邮寄支票", "mailed check"),
        "bank_transfer": ("银行转账", "bank transfer"),
        "credit_card": ("信用卡", "credit card"),
    },
    "churn_intent": {
        "stay": ("会继续用", "I'll stay"),
        "unsure": ("还没想好", "not sure yet"),
        "leave": ("打算换运营商", "I'm going to switch"),
    },
    "interests": {
        "sports": ("运动", "sports"),
        "music": ("听音乐", "music"),
        "travel": ("旅游", "travel"),
        "gaming": ("打游戏", "gaming"),
        "reading": ("看书", "reading"),
        "movies": ("看电影", "movies"),
        "food": ("美食", "food"),
        "fitness": ("健身", "fitness"),
    },
}
_SCALE_WORDS = {
    1: ("非常不满意", "very dissatisfied"),
    2: ("不太满意", "not very satisfied"),
    3: ("一般般吧", "it's okay, neutral"),
    4: ("比较满意", "pretty satisfied"),
    5: ("非常满意", "very satisfied"),
}
COMPLAINTS = [
    (
        "晚上网速特别慢，看视频老是卡",
        "the internet gets really slow in the evening, videos keep buffering",
    ),
    ("价格太贵了，比别家贵不少", "it's too expensive compared to other providers"),
    ("客服电话总是打不通，等半天", "customer service never picks up, I wait forever"),
    ("家里信号不好，地下室完全没信号", "coverage at home is bad, no signal in the basement"),
]


def chinese_number(n: int) -> str:
    """Small integers as Chinese numerals (for varied phrasing): 25 → 二十五."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    return str(n)


@dataclass
class Persona:
    """A simulated respondent and the truth about them."""

    lang: str
    truth: dict[str, Any]
    refuse: set[str] = field(default_factory=set)
    vague: set[str] = field(default_factory=set)
    combine: bool = False  # volunteers several facts in one message


def random_persona(rng: random.Random, lang: str | None = None) -> Persona:
    lang = lang or rng.choice(["zh", "en"])
    city_zh, city_en = rng.choice(CITIES)
    satisfaction = rng.choices([1, 2, 3, 4, 5], weights=[1, 2, 3, 4, 2])[0]
    truth: dict[str, Any] = {
        "name": rng.choice(NAMES_ZH if lang == "zh" else NAMES_EN),
        "age": rng.randint(18, 75),
        "gender": rng.choice(["male", "female"]),
        "city": city_en,
        "_city_zh": city_zh,
        "has_partner": rng.random() < 0.5,
        "has_dependents": rng.random() < 0.3,
        "tenure_months": rng.choice([rng.randint(1, 11), 12 * rng.randint(1, 6)]),
        "contract": rng.choice(["month_to_month", "one_year", "two_year"]),
        "internet_service": rng.choice(["dsl", "fiber_optic", "none"]),
        "monthly_spend": float(rng.choice([29, 39, 49, 59, 69, 79, 89, 99, 129, 199])),
        "payment_method": rng.choice(list(_CHOICE_WORDS["payment_method"])),
        "satisfaction": satisfaction,
        "churn_intent": rng.choice(["stay", "unsure", "leave"]),
        "interests": sorted(rng.sample(list(_CHOICE_WORDS["interests"]), rng.randint(1, 3))),
        "complaint": rng.randrange(len(COMPLAINTS)),
    }
    refuse = {s for s in ("name", "age", "monthly_spend", "city") if rng.random() < 0.06}
    vague = {s for s in ("complaint", "tenure_months", "monthly_spend") if rng.random() < 0.15}
    return Persona(lang, truth, refuse, vague, combine=rng.random() < 0.3)


def _phrase(slot: str, persona: Persona, rng: random.Random) -> str:
    t = persona.truth
    zh = persona.lang == "zh"
    value: Any = t[slot]
    if slot == "name":
        return rng.choice(
            [f"叫我{value}就行", f"我叫{value}", str(value)]
            if zh
            else [f"Call me {value}", f"I'm {value}", str(value)]
        )
    if slot == "age":
        age = int(value)
        return rng.choice(
            [
                f"{age}岁",
                f"我今年{age}",
                f"{chinese_number(age)}岁了",
                f"{age}",
                f"今年{age}周岁",
                f"{date.today().year - age}年出生的",
            ]
            if zh
            else [
                f"I'm {age}",
                f"{age}",
                f"{age} years old",
                f"just turned {age}",
                f"born in {date.today().year - age}",
            ]
        )
    if slot == "city":
        return rng.choice(
            [f"在{t['_city_zh']}", f"我住{t['_city_zh']}", t["_city_zh"], f"{t['_city_zh']}这边"]
            if zh
            else [f"I live in {value}", str(value), f"{value}", f"based in {value}"]
        )
    if slot in {"has_partner", "has_dependents"}:
        if slot == "has_partner":
            options = (
                (["已婚", "有对象了"], ["单身", "没有，单身"])
                if zh
                else (["yes, married", "I have a partner"], ["no, single", "single"])
            )
        else:
            options = (
                (["有一个孩子", "有俩娃"], ["没有孩子", "没有"])
                if zh
                else (["yes, two kids", "I have a daughter"], ["no kids", "no"])
            )
        return rng.choice(options[0] if value else options[1])
    if slot == "tenure_months":
        months = int(value)
        if months == 0:
            return rng.choice(["刚办的", "刚开通"] if zh else ["I just signed up", "just joined"])
        if months % 12 == 0:
            years = months // 12
            return rng.choice(
                [f"{years}年了", f"用了{chinese_number(years)}年", f"{months}个月"]
                if zh
                else [f"{years} years", f"about {years} years now", f"{months} months"]
            )
        if months > 12 and months % 12 == 6:
            half = chinese_number(months // 12)
            return rng.choice(
                [f"{half}年半", f"{months}个月"]
                if zh
                else [f"{months // 12} and a half years", f"{months} months"]
            )
        return rng.choice(
            [f"{months}个月", f"有{months}个月了"]
            if zh
            else [f"{months} months", f"{months} months or so"]
        )
    if slot == "monthly_spend":
        amount = f"{value:g}" if float(value) != int(value) else str(int(value))
        return rng.choice(
            [f"每月{amount}块", f"{amount}元", f"每个月{amount}"]
            if zh
            else [f"{amount} a month", f"${amount}", f"{amount} per month"]
        )
    if slot == "satisfaction":
        words = _SCALE_WORDS[int(value)]
        return rng.choice([words[0], f"{value}分"] if zh else [words[1], f"{value} out of 5"])
    if slot == "complaint":
        return COMPLAINTS[int(value)][0 if zh else 1]
    if slot == "interests":
        liked = [_CHOICE_WORDS["interests"][v][0 if zh else 1] for v in value]
        return ("平时喜欢" + "、".join(liked)) if zh else ("I like " + ", ".join(liked))
    word = _CHOICE_WORDS[slot][str(value)][0 if zh else 1]
    return rng.choice([word, f"是{word}", f"{word}吧"] if zh else [word, f"{word}, I think"])


_COMBOS = [
    ("age", "city"),
    ("age", "gender"),
    ("contract", "internet_service"),
    ("tenure_months", "contract"),
]


class SimulatedRespondent:
    """Answers whatever the bot asks, from its persona; `answer` returns None when finished."""

    def __init__(self, persona: Persona, rng: random.Random) -> None:
        self.persona = persona
        self.rng = rng
        self.asked: dict[str, int] = {}
        self.combined: set[str] = set()

    def answer(self, reply: Reply) -> str | None:
        zh = self.persona.lang == "zh"
        if reply.done:
            return None
        if reply.kind == "consent":
            return self.rng.choice(
                ["好的", "可以", "同意"] if zh else ["sure", "yes", "ok, go ahead"]
            )
        if reply.kind == "confirm":
            return "是的" if zh else "yes"
        slot = reply.slot
        if slot is None:
            return "继续" if zh else "continue"
        count = self.asked.get(slot, 0)
        self.asked[slot] = count + 1
        if slot in self.persona.refuse and count == 0:
            return self.rng.choice(
                ["不方便说", "这个保密"] if zh else ["I'd rather not say", "prefer not to say"]
            )
        if slot in self.persona.vague and count == 0:
            if slot == "complaint":
                return self.rng.choice(["还行吧", "说不上来"] if zh else ["meh", "hard to say"])
            return self.rng.choice(
                ["记不清了", "这个我得想想"] if zh else ["not sure", "can't remember"]
            )
        text = _phrase(slot, self.persona, self.rng)
        if self.persona.combine and count == 0:
            for first, second in _COMBOS:
                if (
                    slot == first
                    and second not in self.combined
                    and second not in self.persona.refuse
                ):
                    self.combined.add(second)
                    extra = _phrase(second, self.persona, self.rng)
                    text = f"{text}，{extra}" if zh else f"{text}, {extra}"
                    break
        return text

    def expected(self) -> dict[str, Any]:
        """What the bot should have stored: the truth minus refusals (and the complaint rule)."""
        truth = {k: v for k, v in self.persona.truth.items() if not k.startswith("_")}
        out = {k: v for k, v in truth.items() if k not in self.persona.refuse}
        out.pop("complaint", None)
        return out


Converse = Callable[[str], Reply]


def run_conversation(
    first: Reply, send: Converse, respondent: SimulatedRespondent, max_turns: int = 60
) -> Iterator[tuple[str, Reply]]:
    """Drive one conversation: yields (what the respondent said, the bot's reply)."""
    reply = first
    for _ in range(max_turns):
        text = respondent.answer(reply)
        if text is None:
            return
        reply = send(text)
        yield text, reply
