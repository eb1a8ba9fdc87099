"""Digests posted to Slack: the Poster (work/digests/poster.py) over the Web API, with the
digest laid out as Block Kit (handlers/render/digest.py)."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from http import HTTPStatus

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from ask.digest import Digest
from handlers.client import SlackConfigError, api_url, web_client
from handlers.render.answers import Message
from handlers.render.digest import digest_messages
from work.settings import Settings

logger = logging.getLogger(__name__)

_SLACK_CODE = re.compile(r"[a-z0-9_.]{1,80}")


class DigestPostError(ValueError):
    """A digest cannot be posted from here (the message names the missing setting)."""


class SlackPoster:
    """Posts digests to Slack channels through `client`: the headline, then its thread."""

    def __init__(self, client: WebClient) -> None:
        self.client = client

    def post(
        self,
        channel: str,
        digest: Digest,
        meta: str,
        on_headline: Callable[[str, int], None] | None = None,
        on_reply: Callable[[int], None] | None = None,
    ) -> str:
        """Post the headline message, then the details in its thread (see Poster.post)."""
        messages = digest_messages(digest, meta)
        response = self.client.chat_postMessage(
            channel=channel, unfurl_links=False, unfurl_media=False, **messages.headline.payload()
        )
        ts = str(response.get("ts") or "")
        if on_headline is not None:
            on_headline(ts, len(messages.thread) if ts else 0)
        if not ts:  # without the headline's ts the replies would land in the channel itself
            logger.warning("digest headline in channel %s has no ts: no thread posted", channel)
            return ts
        self._post_replies(channel, ts, messages.thread, 0, on_reply)
        return ts

    def post_thread(
        self,
        channel: str,
        ts: str,
        digest: Digest,
        meta: str,
        start: int,
        on_reply: Callable[[int], None] | None = None,
    ) -> tuple[int, int]:
        """Post the thread's replies from `start` (see Poster.post_thread)."""
        thread = digest_messages(digest, meta).thread
        return self._post_replies(channel, ts, thread, start, on_reply), len(thread)

    def _post_replies(
        self,
        channel: str,
        ts: str,
        thread: list[Message],
        start: int,
        on_reply: Callable[[int], None] | None,
    ) -> int:
        done = start
        for index in range(start, len(thread)):
            try:
                self.client.chat_postMessage(
                    channel=channel,
                    thread_ts=ts,
                    unfurl_links=False,
                    unfurl_media=False,
                    **thread[index].payload(),
                )
            except Exception as error:  # noqa: BLE001 - the headline is out; log and stop
                logger.warning(
                    "digest thread reply %d of %d in channel %s failed: %s",
                    index + 1,
                    len(thread),
                    channel,
                    self.error_code(error),
                )
                break
            done = index + 1
            if on_reply is not None:
                on_reply(done)
        return done

    def find_headline(self, channel: str, digest: Digest, meta: str, after: float) -> str | None:
        """The ts of the digest's headline when the channel's history shows a bot message
        after `after` with the digest's text or its meta line."""
        headline = digest_messages(digest, meta).headline
        response = self.client.conversations_history(channel=channel, oldest=f"{after:.6f}")
        for message in response.get("messages") or []:
            if not isinstance(message, dict) or not message.get("bot_id"):
                continue
            if message.get("thread_ts") not in (None, message.get("ts")):
                continue  # a reply, not a headline
            blocks = json.dumps(message.get("blocks") or [], ensure_ascii=False)
            if message.get("text") == headline.text or meta in blocks:
                return str(message.get("ts") or "") or None
        return None

    def error_code(self, error: Exception) -> str:
        """Slack's error code for a refused call (`channel_not_found`), else the exception's
        kind; never a token."""
        if isinstance(error, SlackApiError) and error.response is not None:
            code = error.response.get("error")
            if isinstance(code, str) and _SLACK_CODE.fullmatch(code):
                return code
            return http_status_line(error.response.status_code)  # never the body
        return type(error).__name__


def http_status_line(status: int) -> str:
    """ "HTTP 503 Service Unavailable": a status and its standard reason, nothing else."""
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def slack_poster(settings: Settings) -> SlackPoster:
    """The poster for the bot token in `settings` (DigestPostError when it is missing or
    SLACK_API_URL is malformed)."""
    if not settings.slack_bot_token:
        raise DigestPostError("SLACK_BOT_TOKEN is not set: posting needs the bot token.")
    try:
        api_url(settings)
    except SlackConfigError as exc:
        raise DigestPostError(str(exc)) from exc
    return SlackPoster(web_client(settings))
