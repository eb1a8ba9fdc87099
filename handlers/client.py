"""The Web API client from Settings: tokens checked, the base URL from SLACK_API_URL, 429s
retried after Retry-After. Tokens are never logged or printed."""

from __future__ import annotations

import re

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from work.settings import Settings

DEFAULT_API_URL = "https://slack.com/api/"
RATE_LIMIT_RETRIES = 3
_TOKEN_BODY = re.compile(r"^[\x21-\x7e]+$")  # printable ASCII, no spaces


class SlackConfigError(ValueError):
    """A Slack setting is missing or malformed (the message names it; never its value)."""


def check_slack_settings(settings: Settings, socket_mode: bool) -> None:
    """Raise SlackConfigError naming the first missing or malformed setting the chosen mode
    needs: SLACK_BOT_TOKEN always, SLACK_APP_TOKEN for Socket Mode, SLACK_SIGNING_SECRET for
    HTTP, and SLACK_API_URL when set."""
    _check_token(settings.slack_bot_token, "SLACK_BOT_TOKEN", "xoxb-", "a bot token")
    if socket_mode:
        _check_token(settings.slack_app_token, "SLACK_APP_TOKEN", "xapp-", "an app-level token")
    else:
        secret = settings.slack_signing_secret
        if not secret:
            raise SlackConfigError(
                "SLACK_SIGNING_SECRET is not set: HTTP mode needs the signing secret from the "
                "app's Basic Information page (or set SLACK_APP_TOKEN for Socket Mode)."
            )
        if not _TOKEN_BODY.match(secret):
            raise SlackConfigError(
                "SLACK_SIGNING_SECRET is malformed: it should be the letters and digits shown "
                "on the app's Basic Information page, without spaces or quotes."
            )
    api_url(settings)


def _check_token(value: str, name: str, prefix: str, what: str) -> None:
    if not value:
        raise SlackConfigError(f"{name} is not set: it should hold {what} ({prefix}...).")
    if not value.startswith(prefix) or not _TOKEN_BODY.match(value):
        raise SlackConfigError(f"{name} is malformed: {what} starts with {prefix!r}.")


def api_url(settings: Settings) -> str:
    """The Web API base URL, always ending in `/` (SLACK_API_URL may omit it)."""
    url = settings.slack_api_url.strip() or DEFAULT_API_URL
    if not re.match(r"^https?://[^/\s]+", url):
        raise SlackConfigError("SLACK_API_URL must be an http:// or https:// URL.")
    return url if url.endswith("/") else url + "/"


def web_client(settings: Settings) -> WebClient:
    """The Web API client: SLACK_API_URL as its base, rate-limited calls retried."""
    client = WebClient(token=settings.slack_bot_token, base_url=api_url(settings))
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES))
    return client
