"""Quotes and keywords are PII-redacted in profiles, the HTML report and the stored rows."""

from __future__ import annotations

import json

import pandas as pd
from sqlalchemy import select

from analytics.pipeline import segment_frame
from analytics.profiles import profile_segments
from analytics.report import render_report
from analytics.store import save_segments
from bot.privacy.names import name_tokens
from bot.storage.db import Database
from bot.storage.models import Respondent, SegmentProfile
from bot.survey import load_survey

MOBILE, MAIL = "13912345678", "li.ming@example.com"
SURVEY = "customer_profile"


def _frame() -> tuple[pd.DataFrame, pd.Series, pd.Series]:
    frame = pd.DataFrame(
        {"spend": [10.0, 11.0, 12.0, 50.0, 60.0, 70.0]},
        index=pd.Index([f"r{i}" for i in range(6)], name="respondent_id"),
    )
    texts = pd.Series(
        [
            f"网速太慢，请打{MOBILE}联系我，或者写信到 {MAIL}",
            f"网速太慢，邮件 {MAIL}",
            "网速太慢",
            "价格合理",
            "价格还行",
            "价格可以",
        ],
        index=frame.index,
        dtype="string",
    )
    labels = pd.Series([1, 1, 1, 0, 0, 0], index=frame.index)
    return frame, texts, labels


def test_profile_quotes_and_keywords_carry_no_phone_or_email() -> None:
    frame, texts, labels = _frame()
    profiles = profile_segments(frame, labels, features=["spend"], texts=texts)
    text = json.dumps(profiles, ensure_ascii=False)
    assert MOBILE not in text and MAIL not in text
    quotes = profiles[1]["quotes"]
    assert "网速太慢，请打[PHONE]联系我，或者写信到 [EMAIL]" in quotes
    terms = {k["term"] for k in profiles[1]["keywords"]}
    assert "网速" in terms  # two answers share the address, but no piece of it is a keyword
    assert not terms & {"li", "ming", "example", "com", "email", "phone"}


def test_precomputed_quotes_are_redacted_too() -> None:
    frame, texts, labels = _frame()
    given = {1: [f"call me on {MOBILE}"]}
    profiles = profile_segments(frame, labels, features=["spend"], texts=texts, quotes=given)
    assert profiles[1]["quotes"] == ["call me on [PHONE]"]
    assert profiles[1]["quote_source"] == "embeddings" and profiles[0]["quote_source"] == "centroid"


def test_the_report_and_the_stored_rows_redact_what_was_added_later(sqlite_db: Database) -> None:
    frame, texts, labels = _frame()
    frame["spend2"] = frame["spend"] * 2
    run = segment_frame(frame, k=2)
    run.profiles[0]["quotes"] = [f"mail {MAIL} or call {MOBILE}"]
    run.profiles[0]["keywords"] = [{"term": MAIL, "answers": 2, "score": 1.0}]
    html = render_report(run, lang="en")
    assert MAIL not in html and MOBILE not in html and "[EMAIL]" in html
    run.profiles[1]["quotes"] = [f"mail {MAIL}"]
    with sqlite_db.transaction() as session:
        for rid in frame.index:
            session.add(Respondent(id=rid))
    save_segments(sqlite_db, run.labels, run.profiles)
    with sqlite_db.session() as session:
        stored = [row.profile for row in session.scalars(select(SegmentProfile))]
    dumped = json.dumps(stored, ensure_ascii=False)
    assert MAIL not in dumped and MOBILE not in dumped and "[EMAIL]" in dumped


def test_respondents_names_are_neither_quoted_nor_keywords() -> None:
    frame, _, labels = _frame()
    names = pd.Series(["王小明", "王小明", None, "Sam", None, None], index=frame.index)
    texts = pd.Series(
        [
            "我是王小明，网速太慢",
            "王小明，网速太慢又卡",
            "网速太慢",
            "Sam: price ok",
            "价格还行",
            "价格可以",
        ],
        index=frame.index,
        dtype="string",
    )
    given = {0: ["Sam says the price is fine"]}
    profiles = profile_segments(
        frame, labels, features=["spend"], texts=texts, quotes=given, names=name_tokens(names)
    )
    dumped = json.dumps(profiles, ensure_ascii=False)
    assert "王小明" not in dumped and "Sam" not in dumped
    assert "我是[NAME]，网速太慢" in profiles[1]["quotes"]
    assert profiles[0]["quotes"] == ["[NAME] says the price is fine"]
    terms = {k["term"] for k in profiles[1]["keywords"]}
    assert "网速" in terms and not any("小明" in t for t in terms)


def test_segmenting_survey_answers_keeps_the_names_respondents_gave_out() -> None:
    frame, texts, _ = _frame()
    frame["spend2"] = frame["spend"] * 2
    frame["name"] = pd.Series(["林晓", "林晓", "林晓", None, None, None], index=frame.index)
    frame["complaint"] = texts.str.replace("网速太慢", "林晓说网速太慢", regex=False)
    run = segment_frame(frame, k=2, features=["spend", "spend2"], survey=load_survey(SURVEY))
    dumped = json.dumps(run.profiles, ensure_ascii=False)
    assert "林晓" not in dumped and "[NAME]说网速太慢" in dumped
