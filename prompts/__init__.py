"""Prompt templates: one Jinja2 file per task and language, shipped as package data.

Prompts are files rather than Python strings so that they can be read, reviewed and translated on
their own. They render with `StrictUndefined`: a missing variable is an error at render time, not
a silently empty line in what the model reads. Autoescaping is off because the output is plain text
for a model, not HTML; untrusted text is instead fenced by the caller in a random per-call boundary
tag that the template names as data (see `bot.brains.llm_guard`).

A template may define `{% block system %}` and `{% block user %}`; `render_parts` returns each
block separately so callers can send them as a system and a user message.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from typing import Any

from jinja2 import BaseLoader, Environment, StrictUndefined, Template, TemplateNotFound

TASKS: tuple[str, ...] = ("survey_turn", "followup", "persona", "privacy_notice", "query_plan")
LANGS: tuple[str, ...] = ("zh", "en")


class _PackageLoader(BaseLoader):
    """Reads templates through importlib.resources, so they load from a wheel or a zip too."""

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        path = resources.files(__name__) / template
        if "/" in template or not path.is_file():
            raise TemplateNotFound(template)
        return path.read_text(encoding="utf-8"), None, lambda: True


_ENV = Environment(
    loader=_PackageLoader(),
    undefined=StrictUndefined,
    autoescape=False,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
)


def template_name(task: str, lang: str) -> str:
    if task not in TASKS:
        raise ValueError(f"unknown prompt task {task!r}; known: {', '.join(TASKS)}")
    return f"{task}_{'en' if lang == 'en' else 'zh'}.j2"


def get_template(task: str, lang: str) -> Template:
    return _ENV.get_template(template_name(task, lang))


def render(task: str, lang: str, **context: Any) -> str:
    """The whole template rendered as one text."""
    return _tidy(get_template(task, lang).render(**context))


def render_parts(task: str, lang: str, **context: Any) -> dict[str, str]:
    """Each `{% block %}` of the template rendered on its own, e.g. {"system": ..., "user": ...}."""
    template = get_template(task, lang)
    ctx = template.new_context(context)
    return {name: _tidy("".join(block(ctx))) for name, block in template.blocks.items()}


def _tidy(text: str) -> str:
    """Collapse the blank lines that template logic leaves behind; they cost tokens."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out)


__all__ = ["LANGS", "TASKS", "get_template", "render", "render_parts", "template_name"]
