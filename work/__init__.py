"""The work of a command: questions, digests, ingest and sources, one dispatcher shared by
Slack and the console. Receives settings and a poster as parameters; imports nothing from
handlers/ or bot/ (see the layers contract in pyproject.toml)."""
