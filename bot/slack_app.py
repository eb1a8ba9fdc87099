"""The Bolt App, built from Settings: tokens checked, the Web API client (base URL from
SLACK_API_URL, 429s retried after Retry-After), the store attached, every listener
registered. Tokens are never logged or printed."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.config import Settings
from storage.db import Store

if TYPE_CHECKING:
    from handlers.services import Services

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"
RATE_LIMIT_RETRIES = 3
LISTENER_THREADS = 16  # acknowledgements (quick) and event listeners (already acknowledged)
LAZY_THREADS = 3  # the answers' work: CPU-bound under one GIL, more threads only slow the acks
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


def build_app(
    settings: Settings, store: Store, socket_mode: bool = False, services: Services | None = None
) -> App:
    """The newsbrief Bolt App. Checks the settings first (SlackConfigError); Bolt then checks
    the bot token with auth.test (slack_bolt.error.BoltError when Slack refuses it).
    `services` is what listeners reach (default: the store and settings)."""
    from handlers import register
    from handlers.services import Services

    check_slack_settings(settings, socket_mode)
    bolt_logger = logging.getLogger("newsbrief.slack")
    if not any(isinstance(f, _ClientTokenNotice) for f in bolt_logger.filters):
        bolt_logger.addFilter(_ClientTokenNotice())
    app = App(  # the bot token comes with the client; both settings come from Settings
        signing_secret=settings.slack_signing_secret,
        client=web_client(settings),
        name="newsbrief",
        logger=bolt_logger,
        listener_executor=AckFirstExecutor(),
    )
    app.use((services or Services(store, settings)).attach)
    register(app)
    return app


class AckFirstExecutor(Executor):
    """Bolt's listener executor, in two pools so a burst of answers never delays an
    acknowledgement: Bolt runs a command's `ack` function and its lazy listeners (the
    answers) on the one executor it is given, and with a single pool the acks of a burst
    queue behind the answers of earlier commands past Slack's 3 seconds. Lazy listeners
    (Bolt wraps them with functools.wraps, so they carry `__wrapped__`) go to their own
    pool; everything else runs at once on the listener pool."""

    def __init__(self, listeners: int = LISTENER_THREADS, lazy: int = LAZY_THREADS) -> None:
        self.listeners = ThreadPoolExecutor(listeners, thread_name_prefix="slack-ack")
        self.lazy = ThreadPoolExecutor(lazy, thread_name_prefix="slack-answer")

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        """Run `fn` on the lazy pool if it is a lazy listener, else on the listener pool."""
        pool = self.lazy if hasattr(fn, "__wrapped__") else self.listeners
        return pool.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Shut both pools down."""
        self.listeners.shutdown(wait, cancel_futures=cancel_futures)
        self.lazy.shutdown(wait, cancel_futures=cancel_futures)


class _ClientTokenNotice(logging.Filter):
    """Bolt also reads SLACK_BOT_TOKEN from the environment and warns that the client's
    token (the same one, from Settings) wins; that warning only confuses."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()
