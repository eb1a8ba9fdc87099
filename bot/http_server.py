"""HTTP mode: Slack's `/slack/events` and `GET /healthz` as a WSGI application served by
waitress (a maintained, pure-Python, threaded WSGI server).

waitress accepts connections on one thread with a large listen backlog and hands whole
requests to a pool of worker threads, so a burst of commands queues instead of being reset;
idle or slow clients are closed after a timeout; bodies over 1 MB get 413 before they are
read. Each request to `/slack/events` is verified (signature, timestamp) and parsed at this
edge (handlers/middleware/verify.py) before Bolt sees it; what passes is dispatched to the
Bolt App as Bolt's own WSGI adapter (slack_bolt.adapter.wsgi) does."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_bolt.adapter.wsgi.http_response import WsgiHttpResponse
from slack_sdk.signature import SignatureVerifier
from waitress import wasyncore
from waitress.server import create_server

from handlers.middleware.verify import verified_request

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment

logger = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
MAX_BODY_BYTES = 1_000_000
BACKLOG = 1024  # pending connections the kernel queues while every worker is busy
THREADS = 24  # workers: each acknowledgement is short; more of them win the GIL from the answers
CONNECTION_LIMIT = 500  # open connections at once (more wait in the backlog)
CLIENT_TIMEOUT_SECONDS = 15  # an idle or slow client is closed after this
_TEXT: dict[str, Sequence[str]] = {"content-type": ["text/plain; charset=utf-8"]}


class SlackWSGI:
    """The WSGI application: health check, Slack's events (verified first), 404 elsewhere."""

    def __init__(self, app: App, signing_secret: str) -> None:
        self.app = app
        self.verifier = SignatureVerifier(signing_secret)

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        request = WsgiHttpRequest(environ)
        response = self.respond(request, environ)
        start_response(response.status, response.get_headers())
        return response.get_body()

    def respond(self, request: WsgiHttpRequest, environ: WSGIEnvironment) -> WsgiHttpResponse:
        """The response for one HTTP request."""
        if request.path == HEALTH_PATH and request.method in ("GET", "HEAD"):
            body = json.dumps({"ok": True})
            return WsgiHttpResponse(200, {"content-type": ("application/json",)}, body)
        if request.path != EVENTS_PATH:
            return WsgiHttpResponse(404, _TEXT, "Not Found")
        if request.method != "POST":
            return WsgiHttpResponse(405, {**_TEXT, "allow": ("POST",)}, "Method Not Allowed")
        raw = _read_body(environ)
        if raw is None:
            return WsgiHttpResponse(413, _TEXT, "Request Entity Too Large")
        checked = verified_request(self.verifier, raw, request.get_headers(), request.query_string)
        response = checked if isinstance(checked, BoltResponse) else self.dispatch(checked)
        return WsgiHttpResponse(response.status, response.headers, response.body)

    def dispatch(self, request: BoltRequest) -> BoltResponse:
        """Hand a verified request to Bolt; an escaped failure is a 500, never a dropped
        connection."""
        try:
            return self.app.dispatch(request)
        except Exception:  # noqa: BLE001 - the edge: answer, log, stay up
            logger.exception("Bolt failed on a verified request")
            return BoltResponse(status=500, body="")


def _read_body(environ: WSGIEnvironment) -> bytes | None:
    """The request body, or None when it is over MAX_BODY_BYTES."""
    stream = environ.get("wsgi.input")
    if stream is None:
        return b""
    data = stream.read(MAX_BODY_BYTES + 1)
    return None if len(data) > MAX_BODY_BYTES else bytes(data)


class SlackHTTPServer:
    """The App served over HTTP by waitress on (host, port); port 0 picks a free one
    (`.port` tells which). `serve_forever()` runs until `shutdown()` (from another thread)
    or KeyboardInterrupt; `server_close()` releases the socket and the workers."""

    def __init__(
        self,
        app: App,
        host: str,
        port: int,
        signing_secret: str | None = None,
        threads: int = THREADS,
    ) -> None:
        # Bolt keeps the signing secret it was built with; the edge verifies with the same.
        secret = signing_secret if signing_secret is not None else app._signing_secret
        self.wsgi = SlackWSGI(app, secret)
        self._map: dict[int, Any] = {}
        self._server: Any = create_server(
            self.wsgi,
            map=self._map,
            host=host,
            port=port,
            threads=threads,
            backlog=BACKLOG,
            connection_limit=CONNECTION_LIMIT,
            channel_timeout=CLIENT_TIMEOUT_SECONDS,
            cleanup_interval=5,
            max_request_body_size=MAX_BODY_BYTES,
            asyncore_use_poll=True,
            ident="newsbrief",
            expose_tracebacks=False,
        )
        self._stop = threading.Event()
        self._stopped = threading.Event()
        self._stopped.set()

    @property
    def port(self) -> int:
        """The port actually bound (useful when asked for port 0)."""
        return int(self._server.effective_port)

    @property
    def server_address(self) -> tuple[str, int]:
        """(host, port) actually bound."""
        return str(self._server.effective_host), self.port

    def serve_forever(self, poll_interval: float = 0.2) -> None:
        """Serve until shutdown() is called or KeyboardInterrupt is raised."""
        self._stopped.clear()
        try:
            while not self._stop.is_set():
                wasyncore.loop(timeout=poll_interval, map=self._map, use_poll=True, count=1)
        finally:
            self._stopped.set()

    def shutdown(self, timeout: float = 5.0) -> None:
        """Stop serve_forever() (running in another thread) and wait for it to return."""
        self._stop.set()
        self._server.pull_trigger()
        self._stopped.wait(timeout)

    def server_close(self) -> None:
        """Close the listening socket and open connections; stop the worker threads."""
        self._stop.set()
        for channel in list(self._map.values()):
            if channel is not self._server:
                channel.close()
        self._server.close()
        self._server.task_dispatcher.shutdown(cancel_pending=True, timeout=5)


def serve_in_thread(server: SlackHTTPServer) -> Callable[[], None]:
    """Run `server` on a daemon thread; returns the function that stops and closes it."""
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(5)

    return stop
