"""Profiles on hand-made frames (exact arithmetic) and on real survey conversations."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics.dataset import build_dataset
from analytics.personas import Words, find_traits
from analytics.pipeline import segment_frame
from analytics.profiles import profile_segments
from analytics.text import segment_keywords, tokenize
from bot.storage.db import Database
from bot.survey import load_survey


def test_index_is_segment_rate_over_population_rate() -> None:
    frame = pd.DataFrame(
        {
            "plan": pd.Categorical(["a", "a", "a", "b", "b", "b", "b", "b"]),
            "spend": [10.0, 12.0, 14.0, 50.0, 60.0, 70.0, 80.0, 90.0],
        }
    )
    labels = pd.Series([1, 1, 1, 0, 0, 0, 0, 0])
    profiles = profile_segments(frame, labels, features=["plan", "spend"])
    small = profiles[1]
    plan_a = next(c for c in small["categories"] if c["value"] == "a")
    assert (plan_a["rate"], plan_a["pop_rate"], plan_a["index"]) == (1.0, 0.375, 266.7)
    spend = small["numeric"][0]
    assert (spend["mean"], spend["median"], spend["pop_mean"]) == (12.0, 12.0, 48.25)
    assert spend["index"] == pytest.approx(24.9, abs=0.1) and spend["effect"] < -1
    traits = find_traits(small)
    assert [(t.column, t.kind, t.value) for t in traits] == [
        ("plan", "category", "a"),  # 100% vs 37.5%: score 1.0 * ln(2.667) = 0.98
        ("spend", "low", None),  # 1.17 standard deviations below: score 0.6 * 1.17 = 0.70
    ]
    assert small["persona"]["en"]["name"] == "A · low spend"
    assert small["persona"]["zh"]["name"] == "a·低spend"
    assert small["persona"]["en"]["description"].startswith("3 respondents (37.5%).")


def test_chinese_and_english_answers_are_tokenized() -> None:
    assert {"网速", "视频"} <= set(tokenize("晚上网速太慢了，看视频老是卡"))
    assert tokenize("The signal is really poor at home") == ["signal", "poor", "home"]


def test_keywords_need_two_answers_and_favour_what_is_distinctive() -> None:
    texts = pd.Series(
        [
            "网速太慢，晚上看视频卡",
            "网速太慢，打游戏延迟高",
            "网速不稳定",
            "价格太贵了，套餐不划算",
            "价格贵，想换便宜套餐",
            "客服态度差",
        ]
    )
    labels = pd.Series([0, 0, 0, 1, 1, 1])
    keywords = segment_keywords(texts, labels)
    assert keywords[0][0]["term"] == "网速" and keywords[0][0]["answers"] == 3
    assert {k["term"] for k in keywords[1]} >= {"价格", "套餐"}
    assert "客服" not in {k["term"] for k in keywords[1]}  # only one answer says it


def test_words_come_from_glossary_then_survey_then_column_name() -> None:
    survey = load_survey("customer_profile")
    zh, en = Words("zh", survey), Words("en", survey)
    assert zh.value("contract", "Month-to-month") == "月付"
    assert en.value("internet_service", "fiber_optic") == "fiber"
    assert zh.value("gender", "female") == "女"  # survey option label
    assert en.column("interests__music") == "Music"
    assert zh.level("monthly_charges", "high") == "高消费"
    assert en.level("orders", "high") == "high orders"
    assert en.value("crm__partner", "yes") == "with partner"


def test_segments_of_real_conversations_have_keywords_and_quotes(survey_db: Database) -> None:
    survey = load_survey("customer_profile")
    frame = build_dataset(survey_db, survey)
    run = segment_frame(frame, k=2, survey=survey)
    assert run.churn_column == "churn_intent" and "churn_intent" not in run.features
    assert "age" in run.features and "interests__music" in run.features
    assert "name" not in run.features and "complaint" not in run.features  # free text
    complaints = frame["complaint"].dropna()
    quotes = [q for p in run.profiles for q in p["quotes"]]
    assert quotes and all(q in set(complaints) for q in quotes)
    assert all(len(p["quotes"]) <= 3 for p in run.profiles)
    for profile in run.profiles:
        members = run.labels.index[run.labels == profile["id"]]
        leave = (frame.loc[members, "churn_intent"] == "leave").mean()
        assert profile["churn"]["rate"] == pytest.approx(leave, abs=1e-4)
