"""Direct messages and mentions: any question, answered where it was asked.

A DM (`message.im`) is answered in the DM with chat.postMessage; a mention (`app_mention`)
is answered in a thread under it. Bot messages and message subtypes (edits, joins, files)
are ignored, so the bot never answers itself. A DM is in no channel: there a user who is not
an admin sees and changes no channel's digests (work.permissions); a mention is in its
channel."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from handlers.render.mrkdwn import from_slack
from handlers.render.paging import LINE, Origin
from handlers.replies import post_message, reply_message
from handlers.services import services
from work.commands import run_line
from work.permissions import DM, MENTION, Actor

logger = logging.getLogger(__name__)


def register(app: App) -> None:
    """Register the message and mention listeners."""
    app.event("message")(answer_direct_message)
    app.event("app_mention")(answer_mention)


def is_direct_message(event: dict[str, Any]) -> bool:
    """A person's own message in a DM with the bot (not a bot, not an edit or a join)."""
    if event.get("subtype") or event.get("bot_id") or not event.get("user"):
        return False
    channel = str(event.get("channel") or "")
    return event.get("channel_type") == "im" or (
        "channel_type" not in event and channel.startswith("D")
    )


def answer_direct_message(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Answer a question asked in a DM, in the DM (in its thread when asked in one)."""
    if not is_direct_message(event):
        return
    logger.info("DM from user %s in %s", event.get("user"), event.get("channel"))
    _answer(event, client, context, DM, thread_ts=event.get("thread_ts"))


def answer_mention(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Answer a mention in a thread under it."""
    if event.get("bot_id") or event.get("subtype") or not event.get("user"):
        return
    if str(event.get("channel") or "").startswith("D"):
        return  # a DM: answered as a direct message
    logger.info("mention from user %s in %s", event.get("user"), event.get("channel"))
    _answer(event, client, context, MENTION, thread_ts=event.get("thread_ts") or event.get("ts"))


def _answer(
    event: dict[str, Any],
    client: WebClient,
    context: BoltContext,
    surface: str,
    thread_ts: str | None,
) -> None:
    text = from_slack(event.get("text") or "")
    found = services(context)
    actor = Actor.slack(surface, event.get("user"), event.get("channel"))
    reply = run_line(found.store, text, actor=actor, settings=found.settings)
    cursor = found.answers.put(reply) if reply.answer is not None else ""
    message = reply_message(reply, Origin(LINE, text, cursor=cursor))
    post_message(client, event["channel"], message, thread_ts)
