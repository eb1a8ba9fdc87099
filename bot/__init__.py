"""The bot: settings, the ingest pipeline, the CLI and console, and (later) Slack and schedules."""
