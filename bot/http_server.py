"""HTTP mode: Bolt's `/slack/events` and `GET /healthz` on a threaded server from the
standard library (one thread per request, so a slow request never holds up the next)."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse

logger = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
MAX_BODY_BYTES = 1_000_000


class SlackHTTPServer(ThreadingHTTPServer):
    """A threaded HTTP server dispatching Slack's requests to a Bolt App."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, app: App, host: str, port: int) -> None:
        self.app = app
        super().__init__((host, port), _Handler)

    @property
    def port(self) -> int:
        """The port actually bound (useful when asked for port 0)."""
        return int(self.server_address[1])


class _Handler(BaseHTTPRequestHandler):
    server: SlackHTTPServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        path = self.path.partition("?")[0]
        if path == HEALTH_PATH:
            self._send(200, {"content-type": ["application/json"]}, json.dumps({"ok": True}))
        else:
            self._send(404, {}, "")

    def do_POST(self) -> None:
        path, _, query = self.path.partition("?")
        if path != EVENTS_PATH:
            self._send(404, {}, "")
            return
        try:
            length = int(self.headers.get("Content-Length") or "")
        except ValueError:
            self._send(411, {}, "")
            return
        if length < 0 or length > MAX_BODY_BYTES:
            self.close_connection = True
            self._send(413, {}, "")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        request = BoltRequest(body=body, query=query, headers=_headers(self))
        response: BoltResponse = self.server.app.dispatch(request)
        self._send(response.status, response.headers, response.body)

    def _send(self, status: int, headers: dict[str, Any], body: str | bytes) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        for name, values in headers.items():
            if name.lower() == "content-length":
                continue
            for value in values if isinstance(values, list | tuple) else [values]:
                self.send_header(name, str(value))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def _headers(handler: BaseHTTPRequestHandler) -> dict[str, str | Sequence[str]]:
    headers: dict[str, list[str]] = {}
    for name, value in handler.headers.items():
        headers.setdefault(name.lower(), []).append(value)
    return dict(headers)
