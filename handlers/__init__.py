"""Slack listeners and Block Kit rendering. `register(app)` wires every area into a Bolt
App; each area (`handlers/<area>/__init__.py`) exposes its own `register(app)`."""

from __future__ import annotations

from slack_bolt import App

from handlers import actions, commands, corrections, digest, errors, events, home, middleware

# Every slash command the App answers (manifest.yaml declares the same ones).
SLASH_COMMANDS = (*commands.COMMANDS, *digest.COMMANDS)


def register(app: App) -> None:
    """Register every listener, the middleware and the one error handler on `app`."""
    middleware.register(app)
    commands.register(app)
    digest.register(app)
    events.register(app)
    actions.register(app)
    corrections.register(app)
    home.register(app)
    errors.register(app)
