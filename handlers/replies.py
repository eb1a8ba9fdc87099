"""A command's reply (work.commands.Reply) as a Slack message, and the two ways it is sent:
through the command's response_url (ephemeral by default) or chat.postMessage."""

from __future__ import annotations

from slack_bolt import Respond
from slack_sdk import WebClient

from handlers.render.answers import Message, answer_message, text_message
from handlers.render.paging import Origin
from work.commands import Reply


def reply_message(
    reply: Reply,
    origin: Origin,
    page: int = 1,
    shareable: bool = False,
    shared_by: str | None = None,
) -> Message:
    """The message for a reply: an answer's page with its buttons, or a short text."""
    if reply.answer is not None:
        return answer_message(reply.answer, origin, page, shareable, shared_by)
    return text_message(reply.text or "")


def post_message(
    client: WebClient, channel: str, message: Message, thread_ts: str | None = None
) -> None:
    """Post a message with chat.postMessage (links to articles are not unfurled)."""
    client.chat_postMessage(
        channel=channel,
        thread_ts=thread_ts,
        unfurl_links=False,
        unfurl_media=False,
        **message.payload(),
    )


def respond_message(respond: Respond, message: Message, in_channel: bool = False) -> None:
    """Send a message through the request's response_url, ephemeral unless `in_channel`."""
    respond(
        response_type="in_channel" if in_channel else "ephemeral",
        replace_original=False,
        **message.payload(),
    )
