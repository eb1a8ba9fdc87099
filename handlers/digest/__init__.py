"""/digest: scheduled digests for the channel it is typed in (see work.digests.commands).

The command is acknowledged at once: a malformed schedule, time or zone is refused in the
acknowledgement itself, saying why. The work (the user's time zone from users.info, the
store, the preview) runs in a lazy listener and answers through response_url, ephemeral.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from handlers.errors import describe, reported
from handlers.render.answers import text_message
from handlers.render.digest import preview_message
from handlers.render.mrkdwn import escape, from_slack
from handlers.replies import respond_message
from handlers.services import Services, services
from work.digests.commands import run_digest
from work.digests.parse import parse_digest
from work.permissions import SLASH, Actor

logger = logging.getLogger(__name__)

COMMAND = "/digest"
COMMANDS = (COMMAND,)


def register(app: App) -> None:
    """Register /digest: ack at once (refusing malformed schedules), answer lazily."""
    app.command(COMMAND)(ack=acknowledge, lazy=[answer])


def _min_hours(found: Services) -> int:
    return found.settings.digest_min_interval_hours


def acknowledge(ack: Ack, command: dict[str, Any], context: BoltContext) -> None:
    """Acknowledge within Slack's 3 seconds; a malformed request gets its error here."""
    logger.info(
        "command /digest from user %s in channel %s",
        command.get("user_id"),
        command.get("channel_id"),
    )
    request = parse_digest(from_slack(command.get("text") or ""), _min_hours(services(context)))
    if request.error:
        ack(text=escape(request.error), response_type="ephemeral")
    else:
        ack()


def user_zone(client: WebClient, user_id: str | None) -> str | None:
    """The user's Slack time zone (users.info), or None when Slack does not say."""
    if not user_id:
        return None
    try:
        response = client.users_info(user=user_id)
    except Exception as error:  # noqa: BLE001 - the newsroom's zone will do
        logger.info("users.info for %s failed (%s): using NEWSBRIEF_TZ", user_id, describe(error))
        return None
    user = response.get("user") or {}
    zone = user.get("tz") if isinstance(user, dict) else None
    return zone if isinstance(zone, str) and zone else None


def answer(
    command: dict[str, Any],
    body: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
) -> None:
    """Lazy listener: do what /digest asks in this channel and answer, ephemeral."""
    found = services(context)
    request = parse_digest(from_slack(command.get("text") or ""), _min_hours(found))
    if request.error:
        return  # refused in the acknowledgement
    with reported(body, client, respond):
        settings = found.settings
        user = command.get("user_id") or None
        zone = None
        if request.action == "subscribe" and request.zone is None:
            zone = user_zone(client, user)
        reply = run_digest(
            found.store,
            settings,
            request,
            actor=Actor.slack(SLASH, user, command.get("channel_id")),
            default_zone=zone,
            on_change=found.subscriptions_changed,
        )
        if reply.text or not reply.previews:
            respond_message(respond, text_message(reply.text))
        for digest, meta in reply.previews:
            respond_message(respond, preview_message(digest, meta))
