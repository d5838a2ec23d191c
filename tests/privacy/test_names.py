"""Respondents' own names are kept out of what reports quote and list as keywords."""

from __future__ import annotations

import pandas as pd

from bot.privacy.names import known_names, mentions_name, name_tokens, redact_names

NAMES = name_tokens(["张伟", "Priya Patel", "唐先生", "Will", "小王", "欧阳娜娜", None, "A"])


def test_name_tokens_split_names_and_drop_titles_and_single_letters() -> None:
    # "唐先生" leaves "唐": one character would hit ordinary words, so it is not looked for
    assert NAMES == {"张伟", "Priya", "Patel", "Will", "小王", "欧阳娜娜"}


def test_known_names_come_from_the_name_columns_only() -> None:
    frame = pd.DataFrame({"name": ["李娜", None], "city": ["Shanghai", "Wuhan"]})
    assert known_names(frame) == {"李娜"}
    assert known_names(pd.DataFrame({"city": ["Shanghai"]})) == frozenset()


def test_names_in_chinese_text_are_replaced_longest_first() -> None:
    text = "我是张伟，网速太慢了，客服小王态度还行"
    assert redact_names(text, NAMES) == "我是[NAME]，网速太慢了，客服[NAME]态度还行"
    # the whole compound name, not its surname alone; the surname alone is nobody's name here
    assert redact_names("欧阳娜娜说欧阳的网不行", NAMES) == "[NAME]说欧阳的网不行"


def test_latin_names_are_capitalised_words() -> None:
    text = "Priya here, I will cancel. Will said so, ask Patelson"
    assert redact_names(text, NAMES) == "[NAME] here, I will cancel. [NAME] said so, ask Patelson"
    assert redact_names("no names here", NAMES) == "no names here"
    assert redact_names("张伟", frozenset()) == "张伟"


def test_keywords_that_are_or_contain_a_name_are_recognised() -> None:
    assert mentions_name("张伟说", NAMES) and mentions_name("priya", NAMES)
    assert not mentions_name("网速", NAMES) and not mentions_name("price", NAMES)
    assert not mentions_name("张伟", frozenset())
