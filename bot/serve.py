"""Running the Slack bot: Socket Mode when SLACK_APP_TOKEN is set (no public URL needed),
otherwise HTTP on NEWSBRIEF_HOST:NEWSBRIEF_PORT (waitress, bot/http_server.py). Stops
cleanly on Ctrl-C or SIGTERM."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING

from bot.scheduler import start_background_jobs, stop_background_jobs, sync_digest_jobs
from bot.slack_app import SlackConfigError, build_app
from handlers.services import Services
from storage.db import Store
from work.settings import Settings

if TYPE_CHECKING:
    from slack_bolt import App
    from slack_bolt.adapter.socket_mode import SocketModeHandler

logger = logging.getLogger(__name__)

AUTH_ERRORS = (
    "invalid_auth",
    "not_authed",
    "token_revoked",
    "account_inactive",
    "not_allowed_token_type",
)


def wants_socket_mode(settings: Settings, http: bool) -> bool:
    """Socket Mode unless HTTP was asked for or there is no app-level token."""
    return bool(settings.slack_app_token) and not http


def serve(
    settings: Settings,
    store: Store,
    http: bool = False,
    host: str | None = None,
    port: int | None = None,
    announce: Callable[[str], None] = print,
    jobs: bool = True,
) -> None:
    """Build the app and serve until interrupted, background jobs (feed polls, digests)
    running meanwhile. Raises SlackConfigError for bad settings and
    slack_bolt.error.BoltError when Slack refuses the bot token."""

    socket_mode = wants_socket_mode(settings, http)
    services = Services(store, settings)
    app = build_app(settings, store, socket_mode=socket_mode, services=services)
    _stop_on_sigterm()
    scheduler = start_background_jobs(store, settings) if jobs else None
    if scheduler is not None:
        running = scheduler
        services.on_subscriptions_changed = lambda: sync_digest_jobs(running, settings, store)
    try:
        _serve_app(app, settings, http, host, port, announce, socket_mode)
    finally:
        if scheduler is not None:
            stop_background_jobs(scheduler)


def _serve_app(
    app: App,
    settings: Settings,
    http: bool,
    host: str | None,
    port: int | None,
    announce: Callable[[str], None],
    socket_mode: bool,
) -> None:
    if socket_mode:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        handler = SocketModeHandler(app, settings.slack_app_token, logger=logger)
        try:
            _connect(handler)
            announce("newsbrief is connected to Slack (Socket Mode). Ctrl-C stops it.")
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
        finally:
            handler.close()
        return
    from bot.http_server import EVENTS_PATH, HEALTH_PATH, SlackHTTPServer

    server = SlackHTTPServer(
        app,
        host or settings.host,
        settings.port if port is None else port,
        signing_secret=settings.slack_signing_secret,
    )
    announce(
        f"newsbrief is listening on http://{server.server_address[0]}:{server.port}"
        f"{EVENTS_PATH} (health: {HEALTH_PATH}). Ctrl-C stops it."
    )
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _connect(handler: SocketModeHandler) -> None:
    """Open the Socket Mode connection; Slack refusing the app-level token is a settings
    problem (SlackConfigError), named without its value."""
    from slack_sdk.errors import SlackApiError

    try:
        handler.connect()
    except SlackApiError as exc:
        code = exc.response.get("error") if exc.response is not None else None
        if code in AUTH_ERRORS:
            raise SlackConfigError(
                f"Slack refused SLACK_APP_TOKEN ({code}): it should be an app-level token "
                "with the connections:write scope, from the app's Basic Information page."
            ) from None
        raise


def _stop_on_sigterm() -> None:
    if threading.current_thread() is not threading.main_thread():
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
