"""The fetcher against servers on loopback: the guard before any request, redirects checked
hop by hop, timeouts, size and type limits, and a clear message for each failure."""

from __future__ import annotations

import gzip
import shutil
import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sources.fetch import Fetcher, FetchError, FetchLimits
from sources.netguard import AllowList
from sources.pages import PAGE_TYPES
from tests.webserver import LoopbackServer, Route, serving

PAGE = b"<html><body><p>Hello from the wire desk.</p></body></html>"


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serving("127.0.0.1") as running:
        running.routes["/page"] = Route(PAGE)
        yield running


@pytest.fixture
def second() -> Iterator[LoopbackServer]:
    """Another server, on 127.0.0.2, that records every hit."""
    with serving("127.0.0.2") as running:
        running.routes["/secret"] = Route(b"<html>internal admin page</html>")
        yield running


def fetcher(*allow: str, **limits: float) -> Fetcher:
    return Fetcher(AllowList.parse(allow), FetchLimits(**limits))  # type: ignore[arg-type]


def test_loopback_refused_before_any_request(server: LoopbackServer) -> None:
    with pytest.raises(FetchError) as refused:
        fetcher().get(server.url("/page"))
    assert refused.value.blocked
    assert "loopback" in str(refused.value) and "NEWSBRIEF_ALLOW_HOSTS" in str(refused.value)
    assert server.hits == []


def test_allowed_host_is_fetched(server: LoopbackServer) -> None:
    response = fetcher("127.0.0.1").get(server.url("/page"), accept=PAGE_TYPES)
    assert response.status == 200 and response.body == PAGE
    assert response.media_type == "text/html" and response.charset == "utf-8"
    assert server.paths_hit() == ["/page"]


def test_redirect_to_another_loopback_address_is_refused_without_a_request(
    server: LoopbackServer, second: LoopbackServer
) -> None:
    server.routes["/moved"] = Route(status=302, headers={"Location": second.url("/secret")})
    with pytest.raises(FetchError) as refused:
        fetcher("127.0.0.1").get(server.url("/moved"))
    assert refused.value.blocked and "127.0.0.2" in str(refused.value)
    assert server.paths_hit() == ["/moved"]
    assert second.hits == []


def test_redirect_to_metadata_address_and_other_schemes_refused(server: LoopbackServer) -> None:
    server.routes["/meta"] = Route(
        status=301, headers={"Location": "http://169.254.169.254/latest/meta-data/"}
    )
    server.routes["/file"] = Route(status=307, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError, match="cloud metadata"):
        fetcher("127.0.0.1").get(server.url("/meta"))
    with pytest.raises(FetchError, match="only http and https"):
        fetcher("127.0.0.1").get(server.url("/file"))


def test_redirects_followed_by_hand_up_to_the_limit(server: LoopbackServer) -> None:
    for n in range(4):
        server.routes[f"/r{n}"] = Route(status=301, headers={"Location": f"/r{n + 1}"})
    server.routes["/r4"] = Route(PAGE)
    response = fetcher("127.0.0.1", max_redirects=5).get(server.url("/r0"))
    assert response.url == server.url("/r4") and response.body == PAGE
    assert len(response.redirects) == 4
    with pytest.raises(FetchError, match="too many redirects"):
        fetcher("127.0.0.1", max_redirects=2).get(server.url("/r0"))
    server.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="redirect loop"):
        fetcher("127.0.0.1").get(server.url("/loop"))


def test_http_errors_say_which(server: LoopbackServer) -> None:
    server.routes["/busy"] = Route(b"slow down", status=429, headers={"Retry-After": "120"})
    with pytest.raises(FetchError, match="HTTP 404"):
        fetcher("127.0.0.1").get(server.url("/missing"))
    with pytest.raises(FetchError, match="HTTP 429.*retry after 120"):
        fetcher("127.0.0.1").get(server.url("/busy"))


def test_size_cap(server: LoopbackServer) -> None:
    server.routes["/big"] = Route(b"<p>" + b"x" * 50_000 + b"</p>")
    with pytest.raises(FetchError, match="limit is 10 kB"):
        fetcher("127.0.0.1", max_bytes=10_000).get(server.url("/big"))
    bomb = gzip.compress(b"<p>" + b"a" * 5_000_000 + b"</p>")
    server.routes["/bomb"] = Route(bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="larger than the 100 kB limit"):
        fetcher("127.0.0.1", max_bytes=100_000).get(server.url("/bomb"))


def test_gzip_is_decoded(server: LoopbackServer) -> None:
    server.routes["/gz"] = Route(gzip.compress(PAGE), headers={"Content-Encoding": "gzip"})
    assert fetcher("127.0.0.1").get(server.url("/gz")).body == PAGE
    assert server.hits[-1].headers["accept-encoding"] == "gzip, deflate"


def test_content_type_refused_before_the_body(server: LoopbackServer) -> None:
    server.routes["/doc.pdf"] = Route(b"%PDF-1.7", content_type="application/pdf")
    with pytest.raises(FetchError, match="unexpected content type application/pdf"):
        fetcher("127.0.0.1").get(server.url("/doc.pdf"), accept=PAGE_TYPES)


def test_a_server_that_never_answers_times_out(server: LoopbackServer) -> None:
    server.routes["/hang"] = Route(hang=True)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"no response from 127\.0\.0\.1:\d+ within 0\.5 s"):
        fetcher("127.0.0.1", read_timeout=0.5).get(server.url("/hang"))
    assert time.monotonic() - started < 5


def test_a_trickling_server_is_cut_off_at_the_deadline(server: LoopbackServer) -> None:
    server.routes["/slow"] = Route(PAGE * 20, trickle=0.1)
    with pytest.raises(FetchError, match="did not send the whole response within 1 s"):
        fetcher("127.0.0.1", read_timeout=1).get(server.url("/slow"))


def test_connection_refused_is_named() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="connection refused"):
        fetcher("127.0.0.1").get(f"http://127.0.0.1:{port}/")


def test_connects_to_the_checked_address_without_resolving_again(
    monkeypatch: pytest.MonkeyPatch, server: LoopbackServer, second: LoopbackServer
) -> None:
    """DNS rebinding: the name first resolves to an allowed address, then to another; the
    fetcher must use the first answer only."""
    second.routes["/page"] = Route(b"<html>the wrong server</html>")
    real = socket.getaddrinfo
    lookups: list[str] = []

    def rebinding(host: object, port: object, *args: object, **kwargs: object) -> object:
        if host == "news.rebind.test":
            lookups.append(str(host))
            address = "127.0.0.1" if len(lookups) == 1 else "127.0.0.2"
            return real(address, port, *args, **kwargs)  # type: ignore[arg-type]
        return real(host, port, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    url = f"http://news.rebind.test:{server.port}/page"
    response = fetcher("127.0.0.1").get(url)
    assert response.body == PAGE
    assert lookups == ["news.rebind.test"]
    assert server.hits[0].headers["host"] == f"news.rebind.test:{server.port}"
    assert second.hits == []


@pytest.fixture
def certificate(tmp_path: Path) -> Path:
    """A self-signed certificate for news.test (made with openssl, on this machine)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=news.test",
            "-addext",
            "subjectAltName=DNS:news.test",
        ],
        check=True,
        capture_output=True,
    )
    return tmp_path


def test_https_connects_to_the_checked_address_with_sni_and_verification(
    certificate: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names: list[str | None] = []
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(certificate / "cert.pem", certificate / "key.pem")
    tls.sni_callback = lambda sock, name, ctx: names.append(name)  # type: ignore[assignment,misc,return-value]
    real = socket.getaddrinfo

    def hosts_file(host: object, port: object, *args: object, **kwargs: object) -> object:
        return real("127.0.0.1" if host == "news.test" else host, port, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", hosts_file)
    with serving("127.0.0.1", tls) as server:
        server.routes["/page"] = Route(PAGE)
        client = fetcher("127.0.0.1")
        client._tls = ssl.create_default_context(cafile=str(certificate / "cert.pem"))
        response = client.get(f"https://news.test:{server.port}/page")
        assert response.body == PAGE and names == ["news.test"]
        with pytest.raises(FetchError, match=r"TLS error with 127\.0\.0\.1"):
            client.get(server.url("/page"))  # the certificate does not name 127.0.0.1
        with pytest.raises(FetchError, match="TLS error with news.test"):
            fetcher("127.0.0.1").get(f"https://news.test:{server.port}/page")  # untrusted
