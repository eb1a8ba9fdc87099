"""A small web server on loopback for source tests: fixed routes, redirects, a route that
never answers, conditional GETs, and a log of every request it received."""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    """What the server answers for one path."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    hang: bool = False  # accept the request, then never answer
    trickle: float = 0.0  # seconds between body bytes (a server that never quite finishes)


@dataclass
class Hit:
    """One request the server received."""

    path: str
    headers: dict[str, str]


class LoopbackServer:
    """A threaded HTTP server bound to a loopback address; `hits` records every request."""

    def __init__(self, host: str = "127.0.0.1", tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
                headers = {k.lower(): v for k, v in self.headers.items()}
                server.hits.append(Hit(self.path, headers))
                route = server.routes.get(self.path)
                if route is None:
                    self._send(404, "text/plain", b"not found", {})
                    return
                if route.hang:
                    server.release.wait(120)
                    return
                if route.etag and headers.get("if-none-match") == route.etag:
                    self._send(304, None, b"", {"ETag": route.etag})
                    return
                since = headers.get("if-modified-since")
                if route.last_modified and since == route.last_modified:
                    self._send(304, None, b"", {"Last-Modified": route.last_modified})
                    return
                extra = dict(route.headers)
                if route.etag:
                    extra["ETag"] = route.etag
                if route.last_modified:
                    extra["Last-Modified"] = route.last_modified
                if route.trickle:
                    self._trickle(route, extra)
                    return
                self._send(route.status, route.content_type, route.body, extra)

            def _trickle(self, route: Route, extra: dict[str, str]) -> None:
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                for byte in route.body:
                    if server.release.wait(route.trickle):
                        return
                    try:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                    except OSError:
                        return

            def _send(
                self, status: int, ctype: str | None, body: bytes, extra: dict[str, str]
            ) -> None:
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                for name, value in extra.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        self.host = host
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str) -> str:
        """The full URL of a path on this server."""
        return f"{self.scheme}://{self.host}:{self.port}{path}"

    def paths_hit(self) -> list[str]:
        """The paths requested so far, in order."""
        return [h.path for h in self.hits]

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@contextmanager
def serving(host: str = "127.0.0.1", tls: ssl.SSLContext | None = None) -> Iterator[LoopbackServer]:
    """A running server for the length of a `with` block (HTTPS with a TLS context)."""
    server = LoopbackServer(host, tls).start()
    try:
        yield server
    finally:
        server.stop()


def wait_for(predicate: object, timeout: float = 5.0) -> bool:
    """Poll a condition (for threads); True when it became true in time."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(predicate) and predicate():
            return True
        time.sleep(0.02)
    return False
