"""Offline natural-language understanding of survey answers (Chinese and English)."""
