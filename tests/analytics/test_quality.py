"""Response-quality flags: speeding from real message timestamps, straightlining, gibberish."""

from __future__ import annotations

from datetime import timedelta

import pandas as pd
import pytest
from sqlalchemy import select, update

from analytics.dataset import build_dataset, turn_times
from analytics.pipeline import quality_report
from analytics.quality import gibberish_score, speeding, straightlining
from bot.storage.db import Database
from bot.storage.models import Message
from bot.survey import load_survey


@pytest.mark.parametrize(
    "text",
    [
        "asdfghjkl",
        "qwerty qwerty",
        "sdkjfhsdkjfh",
        "hhhhhhhh",
        "!!!???",
        "啊啊啊啊啊啊",
        "xjkvbnq wprtz",
    ],
)
def test_keyboard_mashing_scores_high(text: str) -> None:
    assert gibberish_score(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "the internet gets really slow in the evening, videos keep buffering",
        "晚上网速太慢了，看视频老是卡",
        "strengths and rhythms",
        "ok",
        "idk",
        "Guangzhou",
        "",
        None,
    ],
)
def test_real_answers_score_low(text: str | None) -> None:
    assert gibberish_score(text) < 0.5


def test_speeding_is_relative_to_the_population_with_an_absolute_floor() -> None:
    rows = []
    for person, seconds in {"slow": 12.0, "normal": 9.0, "also": 10.0, "fast": 2.0}.items():
        rows += [{"respondent_id": person, "seconds": seconds, "chars": 5}] * 4
    rows += [{"respondent_id": "brief", "seconds": 0.5, "chars": 2}] * 2  # too few turns to judge
    per = speeding(pd.DataFrame(rows))
    assert per["speeding"].to_dict() == {
        "also": False,
        "brief": False,
        "fast": True,
        "normal": False,
        "slow": False,
    }
    assert per.attrs["limit_seconds"] == pytest.approx(0.3 * 9.5)


def test_straightlining_needs_three_scale_items() -> None:
    frame = pd.DataFrame({"q1": [3, 3, 5], "q2": [3, 4, 5], "q3": [3, 2, 5], "q4": [3, 1, None]})
    assert straightlining(frame, ["q1", "q2", "q3", "q4"]).tolist() == [True, False, True]
    assert straightlining(frame, ["q1", "q2"]) is None


def test_quality_report_on_real_conversations(survey_db: Database) -> None:
    survey = load_survey("customer_profile")
    frame = build_dataset(survey_db, survey)
    # Give everyone human reply times (simulated turns are instant), then make one person rush.
    rusher = frame.index[0]
    with survey_db.transaction() as session:
        messages = session.execute(
            select(
                Message.id, Message.created_at, Message.respondent_id, Message.direction
            ).order_by(Message.id)
        ).all()
        start = messages[0][1]
        for position, (message_id, _, respondent, direction) in enumerate(messages):
            rushed = 7.5 if respondent == rusher and direction == "in" else 0.0
            session.execute(
                update(Message)
                .where(Message.id == message_id)
                .values(created_at=start + timedelta(seconds=8 * position - rushed))
            )
    turns = turn_times(survey_db, survey.id)
    report, flags = quality_report(frame, turns, survey)
    assert report["respondents"] == len(frame) and report["by_source"] == {"survey": len(frame)}
    quality = report["quality"]
    assert quality["speeding"] == 1 and bool(flags.loc[rusher, "quality__speeding"])
    assert quality["straightlining"] is None  # one scale question in this survey
    assert any("straightlining" in note for note in quality["notes"])
    assert quality["gibberish"] == 0
    assert report["cleaning"]["features"]
