"""What a question returns, on every interface: the CLI's ``--json``, ``POST /api/ask`` and the
dashboard all serialise this one model."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class ChartSpec(BaseModel):
    """A bar chart described as data: the dashboard draws it as SVG, the CLI as a PNG file."""

    kind: Literal["bar"] = "bar"
    title: str
    x: list[str]  # group labels in the question's language
    keys: list[str] = Field(default_factory=list)  # the same groups as stored values
    y: list[float]
    percent: bool = False  # y are shares in [0, 1], shown as percentages
    highlight: int | None = None  # index of the bar the answer names


class Quote(BaseModel):
    respondent_id: str
    text: str  # PII-redacted
    column: str | None = None
    score: float | None = None


class AskResponse(BaseModel):
    """The answer in words, the plan that produced it, its table and chart.

    `refused` is true when the question could not be answered; `answer` then says why, `unknown`
    names what was not understood and `suggestions` lists questions that work. `planner` says which
    planner produced the plan (``offline`` or ``llm``), `seconds` how long the whole ask took.
    """

    question: str
    lang: Literal["zh", "en"]
    answer: str
    refused: bool = False
    plan: dict[str, Any] | None = None
    plan_text: str | None = None
    table: list[dict[str, Any]] = Field(default_factory=list)
    columns: list[str] = Field(default_factory=list)
    percent: bool = False  # the table's measure is a share in [0, 1]
    chart: ChartSpec | None = None
    quotes: list[Quote] = Field(default_factory=list)
    themes: list[dict[str, Any]] = Field(default_factory=list)
    unknown: list[str] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)
    planner: Literal["offline", "llm"] = "offline"
    seconds: float = 0.0
