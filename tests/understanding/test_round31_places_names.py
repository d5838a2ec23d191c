"""Places and names, round 31: a name parted from a job by a tilde, the respondent living with a
partner placed in a city, cities of Pakistan, Bangladesh and Nepal, a city only asked about or
moved to next, a city that is an ordinary word as an item of a profile list, "here in" a city
said of a child, "me mrs" for my wife, and a title with an initial.

Covers: "欧阳倩～幼儿园老师" (欧阳倩; but "随便～" names nobody); "老公在宝鸡上班，我们住一起"
(Baoji; but "我跟我妈住一起" and "我在老家" place the respondent elsewhere); "Originally Lahore
yaar but been in Karachi 10 yrs now" (Karachi); "is there coverage in Hobart? thinking of moving
there" (no city; but "Hobart. is there coverage in Hobart?", "I live in Leeds, do you cover
Leeds?", "is fibre available in Hobart? we just moved here" are answers); "Female. Nurse, 41yrs,
Cork" (Cork; but "Reading, 41, walking" and "cork board seller" are no city); "my son is at
school here in Leeds" (Leeds; but "my son works in Leeds" is his); "I will call me mrs and ask",
"call me mrs later" (no name; but "call me mrs patel" names); "you can call me mrs. o" (mrs. o).
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # a tilde parts the name from what follows
    ("name", "欧阳倩～幼儿园老师", {"name": "欧阳倩"}, ""),
    ("name", "欧阳倩~幼儿园老师", {"name": "欧阳倩"}, ""),
    ("name", "张倩～老师", {"name": "张倩"}, ""),
    ("name", "小雨～", {"name": "小雨"}, ""),
    ("name", "Sophia~ nurse", {"name": "Sophia"}, ""),
    ("name", "幼儿园老师～欧阳倩", {"name": "欧阳倩"}, ""),
    ("name", "王芳～叫我小芳就行", {"name": "小芳"}, ""),
    ("name", "你好呀～我是陈晓雨", {"name": "陈晓雨"}, ""),
    ("name", "李娜～28岁～深圳", {"name": "李娜", "age": 28, "city": "Shenzhen"}, ""),
    ("name", "好的～稍等", {}, ""),
    ("name", "随便～", {}, "v"),
    # living with the partner placed in a city
    ("city", "老公在宝鸡上班，我们住一起", {"has_partner": True, "city": "Baoji"}, ""),
    ("city", "老公在宝鸡上班，我们一起住", {"has_partner": True, "city": "Baoji"}, ""),
    ("city", "我老公在上海上班，我们住在一起", {"has_partner": True, "city": "Shanghai"}, ""),
    (
        "city",
        "my husband works in Leeds, we live together",
        {"has_partner": True, "city": "Leeds"},
        "",
    ),
    ("city", "老公在宝鸡上班", {"has_partner": True, "city": "Baoji"}, ""),
    ("city", "老公在宝鸡上班，我跟我妈住一起", {"has_partner": True}, "v"),
    ("city", "老公在宝鸡上班，我在老家", {"has_partner": True}, "v"),
    (
        "city",
        "my husband works in Leeds, I live in York",
        {"has_partner": True, "city": "York"},
        "",
    ),
    # cities of Pakistan, Bangladesh and Nepal
    ("city", "Originally Lahore yaar but been in Karachi 10 yrs now", {"city": "Karachi"}, ""),
    ("city", "Karachi", {"city": "Karachi"}, ""),
    ("city", "我在卡拉奇", {"city": "Karachi"}, ""),
    ("city", "Originally from Lahore, living in Karachi", {"city": "Karachi"}, ""),
    ("city", "born in Lahore, moved to Karachi 2015", {"city": "Karachi"}, ""),
    ("city", "Lahore wale hain, abhi Islamabad mein", {"city": "Islamabad"}, ""),
    ("city", "pindi", {"city": "Rawalpindi"}, ""),
    ("city", "dhaka", {"city": "Dhaka"}, ""),
    ("city", "Kathmandu", {"city": "Kathmandu"}, ""),
    ("name", "Ali from Karachi", {"name": "Ali", "city": "Karachi"}, ""),
    # a city asked about, or the next move
    ("city", "is there coverage in Hobart? thinking of moving there", {}, ""),
    ("city", "is there coverage in Hobart?", {}, ""),
    ("city", "do you cover Hobart?", {}, ""),
    ("city", "can I get fibre in Hobart?", {}, ""),
    ("city", "do you guys operate in Hobart or just the mainland?", {}, ""),
    ("city", "你们在大理有光纤吗？", {}, ""),
    ("city", "你们在大理能装光纤吗", {}, ""),
    ("city", "大理，我们打算搬过去", {}, ""),
    ("city", "Hobart. is there coverage in Hobart?", {"city": "Hobart"}, ""),
    ("city", "I live in Leeds, do you cover Leeds?", {"city": "Leeds"}, ""),
    ("city", "Leeds, my mum wants to move there too", {"city": "Leeds"}, ""),
    ("city", "我在大理，我妈想搬过去", {"city": "Dali"}, ""),
    ("city", "大理，你们那边有光纤吗？", {"city": "Dali"}, ""),
    ("city", "is the signal good in Hobart? we just moved here", {"city": "Hobart"}, ""),
    ("city", "is fibre available in Hobart? we just moved here", {"city": "Hobart"}, ""),
    ("city", "Hobart, is that ok?", {"city": "Hobart"}, ""),
    ("city", "Hobart, thinking of moving to Perth", {"city": "Hobart"}, ""),
    # a city that is an ordinary word, as an item of a profile list
    ("gender", "Female, 41, Cork", {"gender": "female", "city": "Cork"}, ""),
    ("age", "41, nurse, Cork", {"age": 41, "city": "Cork"}, ""),
    ("gender", "F, 29, Perth", {"gender": "female", "city": "Perth"}, ""),
    ("gender", "女，41岁，护士，大理", {"gender": "female", "age": 41, "city": "Dali"}, ""),
    ("gender", "F, 29, Perth for the week", {"gender": "female"}, ""),
    ("gender", "Female, 41, cork board seller", {"gender": "female"}, ""),
    ("gender", "female, my sister lives in cork, 41", {"gender": "female"}, ""),
    ("interests", "Reading, 41, walking", {"interests": ["reading"]}, ""),
    ("interests", "reading, 2 hrs a day, gardening", {"interests": ["reading"]}, ""),
    # "here in" a city places the speaker too
    (
        "city",
        "my sister has two kids and my son is at school here in Leeds",
        {"has_dependents": True, "city": "Leeds"},
        "",
    ),
    ("city", "my son is at school here in Leeds", {"has_dependents": True, "city": "Leeds"}, ""),
    ("city", "my son works here in Leeds", {"city": "Leeds"}, ""),
    ("city", "my mum lives over here in Leeds too", {"city": "Leeds"}, ""),
    ("city", "my son works in Leeds", {}, "v"),
    ("city", "my son is in Leeds, I live in York", {"city": "York"}, ""),
    (
        "city",
        "my son is at school here in Leeds but I live in York",
        {"has_dependents": True, "city": "York"},
        "",
    ),
    # living at the workplace is no home
    ("city", "I practically live at the office", {}, "v"),
    ("city", "Leeds, but I basically live at the office", {"city": "Leeds"}, ""),
    # "me mrs" is my wife; a phone call is no name
    ("has_partner", "I will call me mrs and ask", {"has_partner": True}, ""),
    ("has_partner", "call me mrs later", {"has_partner": True}, ""),
    ("has_partner", "ill call me mrs", {"has_partner": True}, ""),
    ("has_partner", "I'll call me mrs tonight and check", {"has_partner": True}, ""),
    ("has_partner", "yes, call me mrs and ask her yourself", {"has_partner": True}, ""),
    ("name", "call me mrs patel", {"name": "mrs patel"}, ""),
    ("name", "you can call me Mrs. Patel", {"name": "Mrs. Patel"}, ""),
    ("name", "call me Mrs Jones", {"name": "Mrs Jones"}, ""),
    ("name", "I'm Robert, you can call me Bob", {"name": "Bob"}, ""),
    ("name", "name's Sarah but call me Sal", {"name": "Sal"}, ""),
    # a title with an initial
    ("name", "you can call me mrs. o", {"name": "mrs. o"}, ""),
    ("name", "Mrs. O", {"name": "Mrs. O"}, ""),
    ("name", "call me Mr T", {"name": "Mr T"}, ""),
    ("name", "Mr T, thanks", {"name": "Mr T"}, ""),
    ("name", "Miss K.", {"name": "Miss K"}, ""),
    ("name", "mr a bit busy", {}, ""),
    (
        "name",
        "Siobhan Kelly, the kids at school call me Miss Kelly",
        {"name": "Siobhan Kelly"},
        "",
    ),
    ("name", "everyone calls me Dr. Bob but Robert is fine", {"name": "Robert"}, ""),
    ("name", "Everybody calls me Miss Pearl, you can call me that", {"name": "Miss Pearl"}, ""),
    ("name", "my mates call me Gaz, you can call me that too", {"name": "Gaz"}, ""),
    ("name", "you can call me back later", {}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_round31_places_names(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
