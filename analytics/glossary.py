"""The bundled glossary (`glossary.yaml`): words for columns and values in Chinese and English.

Personas take their trait words from it and the question planner its labels, synonyms and unit
hints; a data dictionary imported with a table extends it for that table's columns.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@lru_cache(maxsize=1)
def glossary() -> dict[str, Any]:
    """Column name -> entry (label, synonyms, measure, high/low, values)."""
    text = (resources.files("analytics") / "glossary.yaml").read_text(encoding="utf-8")
    return dict(yaml.safe_load(text).get("columns") or {})
