"""The App Home tab: what the bot knows, how to ask it, and the sections later issues add
(see `handlers/home/sections.py`). Published with views.publish when a user opens it."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from handlers.home.sections import home_blocks
from handlers.services import services

logger = logging.getLogger(__name__)


def register(app: App) -> None:
    """Register the App Home listener."""
    app.event("app_home_opened")(publish_home)


def home_view(blocks: list[dict[str, Any]]) -> dict[str, Any]:
    """A Home tab view of the given blocks."""
    return {"type": "home", "blocks": blocks}


def publish_home(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Publish the Home tab for the user who opened it (not for the Messages tab)."""
    if event.get("tab", "home") != "home" or not event.get("user"):
        return
    logger.info("App Home opened by user %s", event.get("user"))
    found = services(context)
    blocks = home_blocks(found.store, event["user"], found.settings)
    client.views_publish(user_id=event["user"], view=home_view(blocks))
