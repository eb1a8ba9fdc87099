"""Running the Slack bot: Socket Mode when SLACK_APP_TOKEN is set (no public URL needed),
otherwise HTTP on NEWSBRIEF_HOST:NEWSBRIEF_PORT. Stops cleanly on Ctrl-C or SIGTERM."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from types import FrameType

from bot.config import Settings
from storage.db import Store

logger = logging.getLogger(__name__)


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
) -> None:
    """Build the app and serve until interrupted. Raises SlackConfigError for bad settings
    and slack_bolt.error.BoltError when Slack refuses the bot token."""
    from bot.slack_app import build_app

    socket_mode = wants_socket_mode(settings, http)
    app = build_app(settings, store, socket_mode=socket_mode)
    _stop_on_sigterm()
    if socket_mode:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        handler = SocketModeHandler(app, settings.slack_app_token, logger=logger)
        announce("newsbrief is connected to Slack (Socket Mode). Ctrl-C stops it.")
        try:
            handler.start()
        except KeyboardInterrupt:
            pass
        finally:
            handler.close()
        return
    from bot.http_server import EVENTS_PATH, HEALTH_PATH, SlackHTTPServer

    server = SlackHTTPServer(app, host or settings.host, settings.port if port is None else port)
    announce(
        f"newsbrief is listening on http://{server.server_address[0]!s}:{server.port}"
        f"{EVENTS_PATH} (health: {HEALTH_PATH}). Ctrl-C stops it."
    )
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _stop_on_sigterm() -> None:
    if threading.current_thread() is not threading.main_thread():
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
