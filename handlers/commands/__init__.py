"""Slash commands: /whosaid, /brief and /newsbrief, answered through work.commands.

Each is acknowledged at once (with a usage hint when its text is empty); the answer is
built in a lazy listener and sent through the command's response_url, ephemeral, with a
"Share in channel" button and, for long answers, "More". The answer is kept in the answer
cache (work/answers.py) and its buttons carry its cursor, so they page through it without
running its queries again.

/digest has its own area, `handlers/digest/`.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from handlers.errors import reported
from handlers.render.mrkdwn import escape, from_slack
from handlers.render.paging import COMMAND, Origin
from handlers.replies import reply_message, respond_message
from handlers.services import services
from work.commands import USAGE, run_command
from work.permissions import SLASH, Actor

logger = logging.getLogger(__name__)

COMMANDS = ("/whosaid", "/brief", "/newsbrief")
# Commands whose text cannot be empty (an empty /newsbrief shows the help).
NEEDS_TEXT = ("/whosaid", "/brief")


def register(app: App) -> None:
    """Register every slash command: ack at once, answer lazily."""
    for name in COMMANDS:
        app.command(name)(ack=acknowledge, lazy=[answer])


def usage_hint(command: dict[str, Any]) -> str | None:
    """The usage line for a command sent without the text it needs, else None."""
    name = str(command.get("command", "")).lower()
    if name in NEEDS_TEXT and not from_slack(command.get("text") or "").strip():
        return USAGE[name]
    return None


def acknowledge(ack: Ack, command: dict[str, Any]) -> None:
    """Acknowledge within Slack's 3 seconds; an empty command gets its usage hint."""
    logger.info(
        "command %s from user %s in channel %s",
        command.get("command"),
        command.get("user_id"),
        command.get("channel_id"),
    )
    hint = usage_hint(command)
    if hint:
        ack(text=escape(hint), response_type="ephemeral")
    else:
        ack()


def answer(
    command: dict[str, Any],
    body: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
) -> None:
    """Lazy listener: answer the command and send the first page, ephemeral."""
    if usage_hint(command):
        return
    with reported(body, client, respond):
        name = str(command.get("command", "")).lower()
        text = from_slack(command.get("text") or "")
        found = services(context)
        reply = run_command(
            found.store,
            name,
            text,
            actor=Actor.slack(SLASH, command.get("user_id"), command.get("channel_id")),
            settings=found.settings,
        )
        cursor = found.answers.put(reply) if reply.answer is not None else ""
        message = reply_message(reply, Origin(COMMAND, text, name, cursor), shareable=True)
        respond_message(respond, message)
