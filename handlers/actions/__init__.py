"""Buttons on answers: "More" shows the next page, "Share in channel" posts the page the
user is looking at to the channel, credited to them. Both acknowledge at once; in a lazy
listener they take the answer already built from the answer cache (work/answers.py) by the
cursor in the button's value, and build it again (through work.commands) only once that has
expired. "Download CSV" uploads the whole answer as a file (handlers/actions/csv_export.py)."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from handlers.actions.csv_export import download_csv
from handlers.errors import reported
from handlers.render.answers import CSV_ACTION, MORE_ACTION, SHARE_ACTION
from handlers.render.paging import COMMAND, Origin, parse_value
from handlers.replies import post_message, reply_message, respond_message
from handlers.services import Services, services
from storage.db import Store
from work.commands import Reply, run_command, run_line
from work.permissions import BUTTON, Actor
from work.settings import Settings

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


def rerun(store: Store, origin: Origin, actor: Actor, settings: Settings) -> Reply:
    """The reply the button's answer came from, built again for `actor`, the user who
    clicked, in the button's channel (work.permissions decides what they may see)."""
    if origin.kind == COMMAND:
        return run_command(store, origin.command, origin.text, actor=actor, settings=settings)
    return run_line(store, origin.text, actor=actor, settings=settings)


def answer_for(found: Services, origin: Origin, actor: Actor) -> tuple[Reply, Origin]:
    """The answer the button belongs to and the origin its next buttons carry: the answer
    kept under the button's cursor, else built again (and kept, for the pages after)."""
    kept = found.answers.get(origin.cursor)
    if kept is not None:
        return kept, origin
    reply = rerun(found.store, origin, actor, found.settings)
    if reply.answer is None:
        return reply, origin
    return reply, replace(origin, cursor=found.answers.put(reply))


def _actor(body: dict[str, Any]) -> Actor:
    return Actor.slack(BUTTON, _user(body), (body.get("channel") or {}).get("id"))


def _user(body: dict[str, Any]) -> str | None:
    user = (body.get("user") or {}).get("id")
    return user if isinstance(user, str) and _USER_ID.match(user) else None


def show_more(
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
) -> None:
    """Lazy listener: the next page, where the answer was (ephemeral, DM or thread)."""
    with reported(body, client, respond):
        parsed = parse_value(action.get("value") or "")
        if parsed is None:
            return
        origin, page = parsed
        found = services(context)
        reply, origin = answer_for(found, origin, _actor(body))
        ephemeral = bool((body.get("container") or {}).get("is_ephemeral"))
        message = reply_message(reply, origin, page, shareable=ephemeral)
        channel = (body.get("channel") or {}).get("id")
        if ephemeral or not channel:
            respond_message(respond, message)
        else:
            thread_ts = (body.get("message") or {}).get("thread_ts")
            post_message(client, channel, message, thread_ts)


def share(
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
) -> None:
    """Lazy listener: post the page to the channel, credited to the user who shared it."""
    with reported(body, client, respond):
        parsed = parse_value(action.get("value") or "")
        user = _user(body)
        if parsed is None or user is None:
            return
        origin, page = parsed
        found = services(context)
        reply, origin = answer_for(found, origin, _actor(body))
        message = reply_message(reply, origin, page, shared_by=user)
        respond_message(respond, message, in_channel=True)
