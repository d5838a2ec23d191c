"""Every prompt template renders with sample context, and a missing variable is an error."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest
from jinja2 import UndefinedError

import prompts

SAMPLES: dict[str, dict[str, Any]] = {
    "survey_turn": {
        "title": "Customer survey",
        "purpose": "to improve our plans",
        "slots": [
            {
                "name": "age",
                "label": "age",
                "spec": "integer 10-100",
                "condition": "",
                "asked": True,
            },
            {
                "name": "complaint",
                "label": "concerns",
                "spec": "open",
                "condition": "satisfaction <= 3",
                "asked": False,
            },
        ],
        "asked": "age",
        "today": "2026-01-01",
        "followup": "",
        "tag": "data_0123456789ab",
        "state": '{"asked":"age","known":{},"declined":[]}',
        "message": "I'm 34",
    },
    "followup": {"label": "concerns", "max_probes": 2, "probes": ["When does it happen?"]},
    "persona": {
        "brand": "StarLink",
        "segment_id": 2,
        "size": 120,
        "share": "24%",
        "features": [{"name": "age", "value": "mean 31", "overall": "mean 40"}],
        "keywords": ["evening", "speed"],
        "tag": "data_0123456789ab",
    },
    "privacy_notice": {
        "controller": "StarLink",
        "notice": "We collect your age to design plans.",
        "tag": "data_0123456789ab",
    },
    "query_plan": {
        "columns": [
            {"name": "age", "type": "integer", "options": []},
            {"name": "contract", "type": "choice", "options": ["month_to_month", "one_year"]},
        ],
        "metrics": ["count", "share", "rate", "mean", "median", "sum"],
        "question": "Which contract do young people choose?",
        "tag": "data_0123456789ab",
    },
}


def test_one_template_per_task_and_language_is_shipped() -> None:
    files = {p.name for p in resources.files("prompts").iterdir() if p.name.endswith(".j2")}
    assert files == {f"{t}_{lang}.j2" for t in prompts.TASKS for lang in prompts.LANGS}


@pytest.mark.parametrize("lang", prompts.LANGS)
@pytest.mark.parametrize("task", prompts.TASKS)
def test_every_template_renders(task: str, lang: str) -> None:
    text = prompts.render(task, lang, **SAMPLES[task])
    assert text and "{{" not in text and "{%" not in text
    if "tag" in SAMPLES[task]:
        assert "<data_0123456789ab>" in text and "</data_0123456789ab>" in text
    parts = prompts.render_parts(task, lang, **SAMPLES[task])
    if task != "followup":
        assert set(parts) == {"system", "user"}


@pytest.mark.parametrize("task", prompts.TASKS)
def test_a_missing_variable_is_an_error(task: str) -> None:
    context = dict(SAMPLES[task])
    context.pop(next(iter(context)))
    with pytest.raises(UndefinedError):
        prompts.render(task, "en", **context)


def test_survey_turn_prompt_carries_the_style_guidance() -> None:
    en = prompts.render("survey_turn", "en", **SAMPLES["survey_turn"])
    for phrase in ("exactly one question", "yes/no", "double-barrelled", "outside the survey"):
        assert phrase in en
    zh = prompts.render("survey_turn", "zh", **SAMPLES["survey_turn"])
    for phrase in ("只问一个问题", "是非题", "问卷以外"):
        assert phrase in zh


def test_unknown_task_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown prompt task"):
        prompts.template_name("poem", "en")
