"""Buttons on answers: "More" shows the next page, "Share in channel" posts the page the
user is looking at to the channel, credited to them, "Download CSV" uploads the answer as a
file (handlers/actions/csv_export.py). Each acknowledges at once and rebuilds the answer
(through bot.commands) in a lazy listener."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import Ack, App, Respond

from bot.commands import Reply, run_command, run_line
from bot.permissions import BUTTON, Actor
from handlers.actions.csv_export import download_csv
from handlers.errors import reported
from handlers.render.answers import CSV_ACTION, MORE_ACTION, SHARE_ACTION
from handlers.render.paging import COMMAND, Origin, parse_value
from handlers.replies import post_message, reply_message, respond_message
from handlers.services import services
from storage.db import Store

logger = logging.getLogger(__name__)
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,30}$")


def register(app: App) -> None:
    """Register the buttons' listeners."""
    app.action(MORE_ACTION)(ack=acknowledge, lazy=[show_more])
    app.action(SHARE_ACTION)(ack=acknowledge, lazy=[share])
    app.action(CSV_ACTION)(ack=acknowledge, lazy=[download_csv])


def acknowledge(ack: Ack, body: dict[str, Any]) -> None:
    """Acknowledge the click at once."""
    logger.info("button from user %s", (body.get("user") or {}).get("id"))
    ack()


def rerun(store: Store, origin: Origin, actor: Actor, tz: str | None = None) -> Reply:
    """The reply the button's answer came from, built again for `actor`, the user who
    clicked, in the button's channel (bot.permissions decides what they may see)."""
    if origin.kind == COMMAND:
        return run_command(store, origin.command, origin.text, actor=actor, tz=tz)
    return run_line(store, origin.text, actor=actor, tz=tz)


def _actor(body: dict[str, Any]) -> Actor:
    return Actor.slack(BUTTON, _user(body), (body.get("channel") or {}).get("id"))


def _user(body: dict[str, Any]) -> str | None:
    user = (body.get("user") or {}).get("id")
    return user if isinstance(user, str) and _USER_ID.match(user) else None


def show_more(
    body: dict[str, Any], action: dict[str, Any], respond: Respond, client: Any, context: Any
) -> None:
    """Lazy listener: the next page, where the answer was (ephemeral, DM or thread)."""
    with reported(body, client, respond):
        parsed = parse_value(action.get("value") or "")
        if parsed is None:
            return
        origin, page = parsed
        found = services(context)
        reply = rerun(found.store, origin, _actor(body), found.tz)
        ephemeral = bool((body.get("container") or {}).get("is_ephemeral"))
        message = reply_message(reply, origin, page, shareable=ephemeral)
        channel = (body.get("channel") or {}).get("id")
        if ephemeral or not channel:
            respond_message(respond, message)
        else:
            thread_ts = (body.get("message") or {}).get("thread_ts")
            post_message(client, channel, message, thread_ts)


def share(
    body: dict[str, Any], action: dict[str, Any], respond: Respond, client: Any, context: Any
) -> None:
    """Lazy listener: post the page to the channel, credited to the user who shared it."""
    with reported(body, client, respond):
        parsed = parse_value(action.get("value") or "")
        user = _user(body)
        if parsed is None or user is None:
            return
        origin, page = parsed
        found = services(context)
        reply = rerun(found.store, origin, _actor(body), found.tz)
        message = reply_message(reply, origin, page, shared_by=user)
        respond_message(respond, message, in_channel=True)
