"""Household answers misread by the sense of a word, by whose it is, or by how it is said.

Covers: "partner" at play, in a band, a shared car or a game ("my steelband partner", "my duo
partner in Fortnite", "my carpool partner") or naming a thing ("a partner project", "the partner
draw"; but "my partner deals with the paperwork", "my partner's company"); which sense is meant,
or whether somebody counts, as the whole message ("partner？你是说工作上的partner还是…？", "Yuh
mean di partner draw…?", "is this like a lab partner or a partner partner", "开黑搭子算伴侣吗",
"what about a 10 year old?"; an answer after it stands); a "没" of another act ("比赛还是没拿奖")
and a relationship word denied with a particle ("男朋友没有啦"); couples on the screen or pointed
at and their break-up ("电视里那对明星夫妻又离了", "none of those couples are gonna last"; "我们这对
老夫妻" stays) and a "了没" put to the asker; break-ups said with a time or "离掉" ("以前有过，去年
分了", "离掉好几年了"; not "钱分了", "我姐去年分了", nor a story's end "和他谈了五年，去年分
了"), after a bare "no" ("no im divorced"), "on me own" and Pidgin "I don marry"; "别问了"
after a break-up parted by a space ("刚分手 别问了"); refusals ("Skip lah.", "I will not be
providing details of my romantic life"); Hakka "细人" (children); boys and girls counted
("我家两个都是男孩"; not "楼下两个男孩"); a baby's age ("我家宝宝刚满一岁"); "孩子？我还没有
结婚"; names that are a remark after a question ("Just curious."), an option word ("光纤吧",
"月付吧"; "Ms. Garcia" and a capitalised "Reading" stay) and not knowing which name is wanted
after a question back (neither vague nor an answer).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

P, D, N, A, G = "has_partner", "has_dependents", "name", "age", "gender"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # partners at play, in a band, a car or a game; "partner" naming a thing
    (P, "Hol' on, my steelband partner calling me for practice, one minute.", {}, ""),
    (P, "My duo partner in Fortnite went offline mid-match last night", {}, ""),
    (P, "One minute, my carpool partner is honking downstairs.", {}, ""),
    (P, "我boss一直叫我们做partner project，烦死了", {}, ""),
    (P, "my carpool partner is my husband lol", {P: True}, ""),
    (P, "my partner deals with the paperwork", {P: True}, ""),
    (P, "my partner hands me the bills", {P: True}, ""),
    (
        "churn_intent",
        "nothing personal, my partner's company gives us a discount there",
        {P: True},
        "",
    ),
    # which sense is meant, or whether somebody counts, as the whole message
    (P, "partner？你是说工作上的partner还是…？", {}, ""),
    (P, "Partner? Yuh mean di partner draw we throw at work every month? 😂", {}, ""),
    (P, "wait is this like a lab partner or a partner partner lol", {}, ""),
    (P, "is this like a wife or a girlfriend? i have a girlfriend", {P: True}, ""),
    (P, "开黑搭子算伴侣吗😂", {}, ""),
    (P, "开黑搭子算伴侣吗？我单身", {P: False}, ""),
    (P, "我打算明年结婚", {P: True}, ""),
    (D, "what about a 10 year old?", {}, ""),
    (D, "what about a 10 year old? I have one", {D: True}, ""),
    (D, "what about my mum, she lives with me?", {D: True}, ""),
    # "没" of another act, and a "没" after a relationship word with a particle
    (P, "家人们谁懂啊 舞伴换了三个了 比赛还是没拿奖", {}, ""),
    (P, "没拿奖，也没对象", {P: False}, ""),
    (P, "跳舞搭档倒是有，男朋友没有啦", {P: False}, ""),
    (P, "男朋友没有", {P: False}, ""),
    # couples on the screen or pointed at, and a "了没" put to the asker
    (P, "电视里那对明星夫妻又离了，你看新闻了没", {}, ""),
    (P, "we watched love island last night and none of those couples are gonna last", {}, ""),
    (P, "隔壁两口子离了", {}, ""),
    (P, "我们这对老夫妻感情好", {P: True}, ""),
    (P, "我们两口子天天吵架", {P: True}, ""),
    (P, "my husband and I split up", {P: False}, ""),
    (P, "none of them, im single", {P: False}, ""),
    # break-ups said in other ways
    (P, "刚分手 别问了 破防", {P: False}, ""),
    (P, "别问了 破防", {}, "r"),
    (P, "离掉好几年了，勿提了", {P: False}, ""),
    (P, "以前有过，去年分了", {P: False}, ""),
    (P, "我和男朋友早分了", {P: False}, ""),
    (P, "钱分了", {}, ""),
    (P, "去年分了家", {}, ""),
    (P, "我姐去年分了", {}, ""),
    (P, "和他谈了五年，去年分了", {}, ""),
    (P, "no im divorced its been a few years now", {P: False}, ""),
    (P, "no im married", {P: True}, ""),
    (P, "im not divorced", {P: True}, ""),
    (P, "Our kid's just got engaged, not me though, I'm happily on me own", {P: False}, ""),
    (P, "Abeg, I don marry tey tey. Madam na my boss for house 😂", {P: True}, ""),
    (P, "I never marry", {P: False}, ""),
    # refusals
    (P, "Aiyo, this one also must answer ah? Skip lah.", {}, "r"),
    (
        P,
        "My dance partner and I have competed together for nine years. She is not my romantic"
        " partner. I will not be providing details of my romantic life.",
        {},
        "r",
    ),
    (P, "I will not be providing details of the fault", {}, ""),
    (
        P,
        "Parnter? Partner. I've a business partner, 50/50 on the shop. The other kind, no comment.",
        {},
        "r",
    ),
    # children in Hakka, counted as boys and girls, a baby's age
    (P, "𠊎有老婆，佢在屋下带细人", {P: True, D: True}, ""),
    (D, "仔细人家", {}, ""),
    (G, "我家两个都是男孩 我自己就不说了", {D: True}, "r"),
    (D, "一个男孩一个女孩", {D: True}, ""),
    (G, "楼下两个男孩在打球", {}, ""),
    (D, "我朋友家两个男孩", {}, ""),
    (A, "我家宝宝刚满一岁 我嘛 年龄保密", {D: True}, "r"),
    (A, "我家宝宝刚满一岁，我28", {D: True, A: 28}, ""),
    (A, "我刚满三十", {A: 30}, ""),
    (D, "孩子？我还没有结婚", {D: False}, ""),
    (D, "孩子？我有俩", {D: True}, ""),
    # names: a remark after a question, an option word, a question back
    (N, "Why does a bot need my name? Just curious.", {}, ""),
    (N, "光纤吧", {"internet_service": "fiber_optic"}, ""),
    (N, "月付吧，我儿子帮我弄的", {"contract": "month_to_month"}, ""),
    (N, "张续", {N: "张续"}, ""),
    (N, "Ms. Garcia", {N: "Ms. Garcia"}, ""),
    (N, "Reading", {N: "Reading"}, ""),
    (N, "reading", {}, ""),
    (
        N,
        "What name is on the account? My husband set it up in his name, so I'm not sure which"
        " one you want.",
        {P: True},
        "",
    ),
    (N, "not sure which one you want", {}, "v"),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_household_senses_and_breakups(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
