"""The Bolt App, built from Settings: tokens checked, the Web API client (handlers/client.py),
the store attached, every listener registered. The composition root: the only place that
builds the App. Tokens are never logged or printed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any

from slack_bolt import App

from handlers import register
from handlers.client import (  # noqa: F401  (re-exported: bot.serve, the CLI and tests use them)
    DEFAULT_API_URL,
    SlackConfigError,
    api_url,
    check_slack_settings,
    web_client,
)
from handlers.services import Services
from storage.db import Store
from work.settings import Settings

logger = logging.getLogger(__name__)

LISTENER_THREADS = 16  # acknowledgements (quick) and event listeners (already acknowledged)
LAZY_THREADS = 3  # the answers' work: CPU-bound under one GIL, more threads only slow the acks


def build_app(
    settings: Settings, store: Store, socket_mode: bool = False, services: Services | None = None
) -> App:
    """The newsbrief Bolt App. Checks the settings first (SlackConfigError); Bolt then checks
    the bot token with auth.test (slack_bolt.error.BoltError when Slack refuses it).
    `services` is what listeners reach (default: the store and settings)."""
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
