"""Channels: the ways respondents and admins reach the engine (JSON API, web page, WeChat, CLI)."""
