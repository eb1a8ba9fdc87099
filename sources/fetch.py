"""Fetching a URL safely: the SSRF guard, timeouts, a size cap, content types, redirects by hand.

Every hop (the URL and each redirect) is checked by `sources.netguard`, and the connection is
made to the address that was checked: the host name is never resolved a second time. The
whole response must arrive within the read timeout (a server that trickles bytes cannot hold
a worker), and no more than `max_bytes` are read (compressed or not).
"""

from __future__ import annotations

import http.client
import logging
import socket
import ssl
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin

from sources.netguard import AllowList, BlockedURL, Target, check_url

logger = logging.getLogger(__name__)

USER_AGENT = "newsbrief/0.1 (newsroom quote briefing bot)"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A URL that could not be fetched; the message says why, in a user's words.

    `blocked` is True when the SSRF guard refused it (no request was made).
    """

    def __init__(self, message: str, *, blocked: bool = False) -> None:
        super().__init__(message)
        self.blocked = blocked


@dataclass(frozen=True)
class FetchLimits:
    """How long to wait and how much to read."""

    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5


@dataclass
class Response:
    """A fetched response: the final URL (after redirects), status, headers and body."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes = b""
    redirects: list[str] = field(default_factory=list)

    @property
    def media_type(self) -> str:
        """The content type without parameters, lower case ('' when the server sent none)."""
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """The charset the Content-Type header declares, if any."""
        message = Message()
        message["content-type"] = self.headers.get("content-type", "")
        value = message.get_param("charset")
        return value.strip().lower() if isinstance(value, str) and value.strip() else None

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional request."""
        return self.status == 304


class Fetcher:
    """GETs URLs through the guard. Thread-safe: it holds only its configuration."""

    def __init__(self, allow: AllowList | None = None, limits: FetchLimits | None = None) -> None:
        self.allow = allow or AllowList()
        self.limits = limits or FetchLimits()
        self._tls = ssl.create_default_context()

    def get(
        self,
        url: str,
        *,
        accept: frozenset[str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """Fetch a URL, following at most `max_redirects` redirects, each one checked.

        `accept` lists the media types wanted; a response of another declared type is refused
        before its body is read (a missing or generic type is let through for the caller to
        sniff). Raises FetchError with a message for the user.
        """
        current = url.strip()
        redirects: list[str] = []
        while True:
            target = self._check(current)
            exchange = self._request(target, headers or {})
            status, reply_headers, reply = exchange.reply.status, exchange.headers, exchange.reply
            try:
                if status in REDIRECT_STATUSES:
                    location = reply_headers.get("location", "").strip()
                    if not location:
                        raise FetchError(
                            f"HTTP {status} redirect without a Location from {current}"
                        )
                    if len(redirects) >= self.limits.max_redirects:
                        raise FetchError(
                            f"too many redirects (more than {self.limits.max_redirects}) "
                            f"starting at {url}"
                        )
                    following = urljoin(current, location)
                    if following in redirects or following == current:
                        raise FetchError(f"redirect loop at {following}")
                    redirects.append(current)
                    logger.info("following redirect %s -> %s", current, following)
                    current = following
                    continue
                response = Response(current, status, reply_headers, redirects=redirects)
                if status == 304:
                    return response
                if not 200 <= status < 300:
                    raise FetchError(_status_message(status, reply.reason, reply_headers))
                if accept is not None and not _acceptable(response.media_type, accept):
                    raise FetchError(f"unexpected content type {response.media_type} at {current}")
                response.body = self._read_body(exchange, target)
                return response
            finally:
                exchange.close()

    def _check(self, url: str) -> Target:
        try:
            return check_url(url, self.allow)
        except BlockedURL as exc:
            raise FetchError(str(exc), blocked=True) from None

    def _request(self, target: Target, extra: Mapping[str, str]) -> _Exchange:
        conn = self._connection(target)
        deadline = time.monotonic() + self.limits.read_timeout
        where = f"{target.host}:{target.port}"
        try:
            conn.connect()
            sock = conn.sock
            assert sock is not None
            sock.settimeout(self.limits.read_timeout)
            conn.putrequest("GET", target.path, skip_accept_encoding=True)
            conn.putheader("User-Agent", USER_AGENT)
            conn.putheader("Accept-Encoding", "gzip, deflate")
            conn.putheader("Accept", "*/*")
            conn.putheader("Connection", "close")
            for name, value in extra.items():
                conn.putheader(name, value)
            conn.endheaders()
            reply = conn.getresponse()
        except TimeoutError:
            message = _timeout_message(conn, where, self.limits)
            conn.close()
            raise FetchError(message) from None
        except ssl.SSLError as exc:
            conn.close()
            raise FetchError(f"TLS error with {where}: {exc.reason or exc}") from None
        except ConnectionRefusedError:
            conn.close()
            raise FetchError(f"could not connect to {where} (connection refused)") from None
        except (http.client.HTTPException, ConnectionError) as exc:
            conn.close()
            raise FetchError(
                f"{where} closed the connection without a valid HTTP response "
                f"({type(exc).__name__})"
            ) from None
        except OSError as exc:
            conn.close()
            raise FetchError(f"could not connect to {where} ({exc.strerror or exc})") from None
        headers = {k.lower(): v for k, v in reply.getheaders()}
        return _Exchange(conn, sock, reply, headers, deadline)

    def _connection(self, target: Target) -> http.client.HTTPConnection:
        if target.scheme == "https":
            return _PinnedHTTPSConnection(target, self.limits.connect_timeout, self._tls)
        return _PinnedHTTPConnection(target, self.limits.connect_timeout)

    def _read_body(self, exchange: _Exchange, target: Target) -> bytes:
        cap = self.limits.max_bytes
        limit = _megabytes(cap)
        headers = exchange.headers
        declared = headers.get("content-length", "").strip()
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(f"{target.url} is {_megabytes(int(declared))}; the limit is {limit}")
        encoding = headers.get("content-encoding", "").strip().lower()
        inflater = zlib.decompressobj(47) if encoding in ("gzip", "x-gzip", "deflate") else None
        too_slow = (
            f"{target.host} did not send the whole response within {self.limits.read_timeout:g} s"
        )
        raw = 0
        size = 0
        parts: list[bytes] = []
        while True:
            if exchange.reply.isclosed():  # the whole body has arrived
                break
            remaining = exchange.deadline - time.monotonic()
            if remaining <= 0:
                raise FetchError(too_slow)
            exchange.sock.settimeout(remaining)
            try:
                chunk = exchange.reply.read1(_CHUNK)  # one receive: the deadline holds
            except TimeoutError:
                raise FetchError(too_slow) from None
            except (http.client.HTTPException, OSError) as exc:
                raise FetchError(
                    f"the connection to {target.host} broke while reading ({type(exc).__name__})"
                ) from None
            if not chunk:
                break
            raw += len(chunk)
            if inflater is not None:
                try:
                    chunk = inflater.decompress(chunk, cap - size + 1)
                except zlib.error:
                    raise FetchError(f"{target.url}: the compressed response is corrupt") from None
                if inflater.unconsumed_tail:
                    size = cap + 1
            parts.append(chunk)
            size += len(chunk)
            if size > cap or raw > cap:
                raise FetchError(f"{target.url} is larger than the {limit} limit")
        return b"".join(parts)


@dataclass
class _Exchange:
    """One request in flight: the connection, its socket, the reply and the deadline."""

    conn: http.client.HTTPConnection
    sock: socket.socket
    reply: http.client.HTTPResponse
    headers: dict[str, str]
    deadline: float

    def close(self) -> None:
        """Close the reply and the connection."""
        self.reply.close()
        self.conn.close()


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """HTTP to the checked addresses of a target, never resolving its name again."""

    def __init__(self, target: Target, connect_timeout: float) -> None:
        super().__init__(target.host, target.port, timeout=connect_timeout)
        self._addresses = target.addresses

    def connect(self) -> None:
        """Connect to the first checked address that answers."""
        self.sock = _connect_any(self._addresses, self.port, self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to the checked addresses; the certificate is verified for the host name."""

    def __init__(self, target: Target, connect_timeout: float, context: ssl.SSLContext) -> None:
        super().__init__(target.host, target.port, timeout=connect_timeout, context=context)
        self._addresses = target.addresses
        self._tls_context = context

    def connect(self) -> None:
        """Connect to a checked address, then TLS with SNI and verification for the host."""
        sock = _connect_any(self._addresses, self.port, self.timeout)
        self.sock = self._tls_context.wrap_socket(sock, server_hostname=self.host)


def _connect_any(addresses: tuple[str, ...], port: int, timeout: float | None) -> socket.socket:
    error: OSError | None = None
    for address in addresses:
        try:
            sock = socket.create_connection((address, port), timeout=timeout)
        except OSError as exc:
            error = exc
            continue
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock
    raise error or OSError("no address to connect to")


def _timeout_message(conn: http.client.HTTPConnection, where: str, limits: FetchLimits) -> str:
    if conn.sock is None:
        return f"could not connect to {where} within {limits.connect_timeout:g} s"
    return f"no response from {where} within {limits.read_timeout:g} s"


def _acceptable(media_type: str, accept: frozenset[str]) -> bool:
    return media_type in accept or media_type in ("", "application/octet-stream")


def _status_message(status: int, reason: str, headers: Mapping[str, str]) -> str:
    text = f"HTTP {status}" + (f" ({reason})" if reason else "")
    retry = headers.get("retry-after", "").strip()
    if status in (429, 503) and retry:
        text += f"; the server asks to retry after {retry}"
    return text


def _megabytes(size: int) -> str:
    if size < 1_000_000:
        return f"{size / 1000:.0f} kB"
    return f"{size / 1_000_000:.1f} MB".replace(".0 MB", " MB")
