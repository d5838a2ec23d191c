"""The one error type analytics raises for problems a user can fix (bad file, unknown column)."""

from __future__ import annotations


class AnalyticsError(ValueError):
    """A user-fixable problem; the message says what is wrong and what exists instead."""
