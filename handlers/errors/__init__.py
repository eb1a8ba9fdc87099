"""The one error handler at the Slack edge: log the failure (the Web API method and error
code for Slack's refusals; never a token) and tell the user briefly.

It answers only requests whose body can be trusted (verified at the HTTP edge, or from
Socket Mode), and posts to a response_url only when it is on Slack's hosts.

Bolt sends listener exceptions to `@app.error`; exceptions in lazy listeners are only
logged by Bolt, so lazy listeners run their work inside `reported(...)`, which hands them
to the same `report_error`."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from slack_bolt import App, BoltRequest
from slack_sdk.errors import SlackApiError

from handlers.middleware.guards import on_slack_host, settings_of
from handlers.middleware.verify import is_verified
from storage.errors import store_error

logger = logging.getLogger(__name__)


def register(app: App) -> None:
    """Install the error handler."""
    app.error(handle_error)


def handle_error(
    error: Exception,
    body: dict[str, Any],
    client: Any,
    respond: Any,
    context: dict[str, Any],
    request: BoltRequest | None = None,
) -> None:
    """`@app.error`: every exception a listener or middleware raises ends here. An
    unverified body is never answered; a response_url off Slack's hosts is never used."""
    if not is_verified(request, context):
        logger.error("error on an unverified request (%s): nothing sent", type(error).__name__)
        return
    if body.get("response_url") and not on_slack_host(body["response_url"], settings_of(context)):
        respond = None
    report_error(error, body, client, respond)


@contextmanager
def reported(body: dict[str, Any], client: Any, respond: Any) -> Iterator[None]:
    """Run a lazy listener's work; an exception goes to `report_error` (and no further)."""
    try:
        yield
    except Exception as error:  # noqa: BLE001 - the edge: log it, tell the user, stay up
        report_error(error, body, client, respond)


def describe(error: Exception) -> str:
    """A short, token-free description: `chat.postMessage: channel_not_found`."""
    if isinstance(error, SlackApiError):
        method = api_method(error)
        code = error.response.get("error") if error.response is not None else None
        return f"{method}: {code or error.response.status_code}"
    return type(error).__name__


def api_method(error: SlackApiError) -> str:
    """The Web API method a SlackApiError came from (the last part of its URL)."""
    url = getattr(error.response, "api_url", "") or ""
    return url.rstrip("/").rsplit("/", 1)[-1] or "unknown method"


def report_error(error: Exception, body: dict[str, Any], client: Any, respond: Any = None) -> None:
    """Log an error with who and where it happened, then tell the user in a line."""
    who = _who(body)
    if isinstance(error, SlackApiError):
        logger.error("Slack Web API error %s (%s)", describe(error), who)
        text = f"Sorry, Slack refused my answer ({describe(error)}). Please try again."
    elif (store := store_error(error)) is not None:  # a full disk, a damaged store
        logger.error("store error while answering (%s): %s", who, store)
        text = store.reply
    else:
        logger.error("error while answering (%s)", who, exc_info=error)
        text = "Sorry, something went wrong while answering; it has been logged."
    _tell_user(body, client, respond, text)


def _who(body: dict[str, Any]) -> str:
    event = body.get("event") or {}
    user = body.get("user_id") or (body.get("user") or {}).get("id") or event.get("user")
    channel = (
        body.get("channel_id") or (body.get("channel") or {}).get("id") or event.get("channel")
    )
    what = body.get("command") or event.get("type") or body.get("type") or "request"
    return f"{what}, user {user}, channel {channel}"


def _tell_user(body: dict[str, Any], client: Any, respond: Any, text: str) -> None:
    event = body.get("event") or {}
    try:
        if respond is not None and body.get("response_url"):
            respond(text=text, response_type="ephemeral", replace_original=False)
        elif event.get("channel") and event.get("user") and client is not None:
            client.chat_postEphemeral(channel=event["channel"], user=event["user"], text=text)
    except Exception as again:  # noqa: BLE001 - telling the user is best effort
        logger.warning("could not tell the user about the error: %s", describe(again))
