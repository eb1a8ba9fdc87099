"""The "Download CSV" button on answers: the whole answer (every quote, not only the page
shown) uploaded as a CSV file through the Web API (`files_upload_v2`).

An answer seen only by the user who asked (ephemeral, after a slash command) goes to their
DM with the bot, never into the channel; an answer in a DM or a thread gets the file in the
same place."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Respond

from ask.export import csv_filename, to_csv
from handlers.errors import reported
from handlers.render.answers import text_message
from handlers.render.paging import COMMAND, parse_value
from handlers.replies import respond_message
from handlers.services import services
from work.commands import run_command, run_line
from work.permissions import BUTTON, Actor

logger = logging.getLogger(__name__)


def download_csv(
    body: dict[str, Any], action: dict[str, Any], respond: Respond, client: Any, context: Any
) -> None:
    """Lazy listener: rebuild the answer for the user who clicked (every quote) and upload
    it as a CSV file where only they (or the conversation it was in) can see it."""
    with reported(body, client, respond):
        parsed = parse_value(action.get("value") or "")
        user = (body.get("user") or {}).get("id")
        if parsed is None or not isinstance(user, str):
            return
        origin, _ = parsed
        found = services(context)
        channel = (body.get("channel") or {}).get("id")
        actor = Actor.slack(BUTTON, user, channel)
        if origin.kind == COMMAND:
            settings = found.settings
            reply = run_command(
                found.store, origin.command, origin.text, actor=actor, settings=settings, limit=0
            )
        else:
            reply = run_line(
                found.store, origin.text, actor=actor, settings=found.settings, limit=0
            )
        if reply.answer is None or not reply.answer.quotes:
            respond_message(respond, text_message("There are no quotes to put in a CSV file."))
            return
        answer = reply.answer
        ephemeral = bool((body.get("container") or {}).get("is_ephemeral"))
        thread_ts = None
        if ephemeral or not channel:
            opened = client.conversations_open(users=user)
            channel = opened["channel"]["id"]
        else:
            message = body.get("message") or {}
            thread_ts = message.get("thread_ts") or message.get("ts")
        count = len(answer.quotes)
        client.files_upload_v2(
            channel=channel,
            thread_ts=thread_ts,
            content=to_csv(answer),
            filename=csv_filename(answer),
            title=f"{answer.question} ({count} quote{'s' if count != 1 else ''})",
        )
        logger.info("CSV of %d quotes uploaded for user %s", count, user)
        if ephemeral:
            note = f"The CSV file ({count} quotes) is in your direct messages with me."
            respond_message(respond, text_message(note))
