"""CLI commands, one module per area; `bot.cli` assembles them into the `insightbot` app."""
