"""The SSRF guard: which hosts and addresses newsbrief may fetch from.

A URL someone pastes into Slack must not make the bot reach into the newsroom's own network
or the cloud's metadata service. Only http and https are fetched; the host is resolved here,
every address it resolves to is checked, and the fetcher connects to a checked address (never
resolving the name a second time, so a DNS answer that changes in between cannot slip a
private address in). Hosts and addresses listed in `NEWSBRIEF_ALLOW_HOSTS` are exempt.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

ALLOWED_SCHEMES = ("http", "https")
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_SHARED = ipaddress.ip_network("100.64.0.0/10")


class BlockedURL(Exception):
    """A URL newsbrief refuses to fetch; the message says why, in a user's words."""


@dataclass(frozen=True)
class Target:
    """A URL checked for fetching: where to connect, and what to send as the Host."""

    url: str
    scheme: str
    host: str
    port: int
    path: str
    addresses: tuple[str, ...]


@dataclass(frozen=True)
class AllowList:
    """Hosts (names, addresses or networks) exempt from the guard: `NEWSBRIEF_ALLOW_HOSTS`."""

    names: frozenset[str] = frozenset()
    networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def parse(cls, entries: Iterable[str]) -> AllowList:
        """From `127.0.0.1, intranet.example, 10.20.0.0/16`; raises ValueError on a bad entry."""
        names: set[str] = set()
        networks: list[IPNetwork] = []
        for raw in entries:
            entry = raw.strip().strip("[]").lower().rstrip(".")
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                if "/" in entry or " " in entry:
                    raise ValueError(f"not a host name, address or network: {raw!r}") from None
                names.add(_idna(entry))
        return cls(frozenset(names), tuple(networks))

    def allows_name(self, host: str) -> bool:
        """True when the host name itself is listed."""
        return host in self.names

    def allows_address(self, address: IPAddress) -> bool:
        """True when the address falls in a listed address or network."""
        return any(address in net for net in self.networks if net.version == address.version)


def forbidden_reason(address: IPAddress) -> str | None:
    """Why an address may not be fetched from (None when it is a public address).

    Refused: loopback, private, link-local, multicast, reserved, unspecified, shared
    (carrier-grade NAT), site-local, documentation and benchmark ranges, the cloud metadata
    addresses, and IPv6 forms that embed such an IPv4 address (IPv4-mapped, NAT64, 6to4,
    Teredo).
    """
    if address in METADATA_ADDRESSES:
        return "the cloud metadata address"
    if isinstance(address, ipaddress.IPv6Address):
        for embedded in _embedded_ipv4(address):
            reason = forbidden_reason(embedded)
            if reason:
                return f"{reason} (inside the IPv6 address)"
        if address.ipv4_mapped is not None or any(address in net for net in _NAT64):
            return None  # an IPv4 address written in IPv6: its IPv4 address was checked
        if address.is_site_local:
            return "a site-local address"
    checks = (
        ("is_unspecified", "an unspecified address"),
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_reserved", "a reserved address"),
        ("is_private", "a private address"),
    )
    for attribute, reason in checks:
        if getattr(address, attribute):
            return reason
    if address.version == 4 and address in _SHARED:
        return "a shared (carrier-grade NAT) address"
    if not address.is_global:
        return "an address that is not publicly routable"
    return None


def _embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    found: list[ipaddress.IPv4Address] = []
    if address.ipv4_mapped is not None:
        found.append(address.ipv4_mapped)
    if address.sixtofour is not None:
        found.append(address.sixtofour)
    if address.teredo is not None:
        found.extend(address.teredo)
    if any(address in net for net in _NAT64):
        found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return found


def parse_url(url: str) -> SplitResult:
    """Split a URL and refuse what is not an http(s) URL with a host."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        _ = parts.port  # raises ValueError on a bad port
    except ValueError as exc:
        raise BlockedURL(f"not a valid URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        shown = f"{scheme}:" if scheme else "no scheme"
        raise BlockedURL(f"only http and https URLs can be fetched (this one has {shown})")
    if not parts.hostname:
        raise BlockedURL("the URL has no host")
    return parts


def check_url(url: str, allow: AllowList, resolve: bool = True) -> Target:
    """Check a URL and resolve its host; raises BlockedURL when it must not be fetched.

    With `resolve=False` only what the URL itself says is checked (scheme, and the host when
    it is an address literal): no DNS query is made.
    """
    parts = parse_url(url)
    host = _idna((parts.hostname or "").rstrip(".").lower())
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    literal = _literal(host)
    if literal is not None:
        addresses = [literal]
    elif not resolve or allow.allows_name(host):
        addresses = []
    else:
        addresses = _resolve(host, port)
    if not allow.allows_name(host):
        for address in addresses:
            reason = forbidden_reason(address)
            if reason and not allow.allows_address(address):
                where = host if host == str(address) else f"{host} ({address})"
                raise BlockedURL(
                    f"refused to fetch from {where}: {reason}; "
                    "list the host in NEWSBRIEF_ALLOW_HOSTS to allow it"
                )
    if resolve and not addresses:
        addresses = _resolve(host, port)
    return Target(
        url=url.strip(),
        scheme=parts.scheme.lower(),
        host=host,
        port=port,
        path=path,
        addresses=tuple(str(a) for a in addresses),
    )


def _literal(host: str) -> IPAddress | None:
    """The address a host names by itself: standard forms, and the legacy IPv4 forms that
    resolvers still accept (`2130706433`, `0x7f000001`, `017700000001`, `127.1`)."""
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return _legacy_ipv4(host)


_HEX_PART = re.compile(r"0x[0-9a-f]*")
_OCTAL_PART = re.compile(r"0[0-7]*")
_DECIMAL_PART = re.compile(r"[1-9][0-9]*")


def _legacy_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """An IPv4 address written as inet_aton reads it: one to four parts, each decimal, octal
    (leading 0) or hex (0x), the last filling the remaining bytes; None for anything else."""
    parts = host.lower().split(".")
    if not 1 <= len(parts) <= 4:
        return None
    values: list[int] = []
    for part in parts:
        if _HEX_PART.fullmatch(part):
            values.append(int(part[2:] or "0", 16))
        elif _OCTAL_PART.fullmatch(part):
            values.append(int(part, 8))
        elif _DECIMAL_PART.fullmatch(part):
            values.append(int(part))
        else:
            return None
    *leading, last = values
    if any(v > 255 for v in leading) or last >= 256 ** (4 - len(leading)):
        return None
    number = last
    for index, value in enumerate(leading):
        number += value << (8 * (3 - index))
    return ipaddress.IPv4Address(number)


def _resolve(host: str, port: int) -> list[IPAddress]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise BlockedURL(f"cannot resolve {host}: {_gai_message(exc)}") from None
    addresses: list[IPAddress] = []
    for info in infos:
        raw = str(info[4][0]).split("%", 1)[0]
        address = ipaddress.ip_address(raw)
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise BlockedURL(f"cannot resolve {host}: no addresses")
    return addresses


def _gai_message(exc: Exception) -> str:
    if isinstance(exc, socket.gaierror) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _idna(host: str) -> str:
    """A host name in its ASCII (IDNA) form, for comparing and for the Host header."""
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host
