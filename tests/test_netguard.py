"""The SSRF guard's decisions, on address literals only: nothing here opens a connection."""

from __future__ import annotations

import ipaddress

import pytest

from sources.netguard import AllowList, BlockedURL, check_url, forbidden_reason

FORBIDDEN = [
    ("127.0.0.1", "loopback"),
    ("127.255.0.9", "loopback"),
    ("::1", "loopback"),
    ("10.1.2.3", "private"),
    ("172.16.5.4", "private"),
    ("192.168.0.10", "private"),
    ("169.254.169.254", "cloud metadata"),
    ("fd00:ec2::254", "cloud metadata"),
    ("169.254.10.10", "link-local"),
    ("fe80::1", "link-local"),
    ("224.0.0.251", "multicast"),
    ("ff02::1", "multicast"),
    ("0.0.0.0", "unspecified"),
    ("::", "unspecified"),
    ("240.0.0.1", "reserved"),
    ("255.255.255.255", "reserved"),
    ("fc00::5", "private"),
    ("fec0::1", "site-local"),
    ("100.64.1.1", "carrier-grade NAT"),
    ("192.0.2.7", "private"),  # documentation range
    ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped
    ("::ffff:169.254.169.254", "cloud metadata"),
    ("::ffff:10.0.0.1", "private"),
    ("64:ff9b::a00:1", "private"),  # NAT64 of 10.0.0.1
    ("2002:7f00:1::1", "loopback"),  # 6to4 of 127.0.0.1
]

PUBLIC = ["8.8.8.8", "151.101.1.1", "2606:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"]


@pytest.mark.parametrize("address, reason", FORBIDDEN)
def test_forbidden_addresses(address: str, reason: str) -> None:
    found = forbidden_reason(ipaddress.ip_address(address))
    assert found is not None and reason in found


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address: str) -> None:
    assert forbidden_reason(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    "url, words",
    [
        ("http://169.254.169.254/latest/meta-data/", "cloud metadata"),
        ("http://[fd00:ec2::254]/latest/meta-data/", "cloud metadata"),
        ("http://[::ffff:169.254.169.254]/", "cloud metadata"),
        ("https://10.0.0.5/wire", "private"),
        ("http://[fe80::1%25eth0]/", "link-local"),
        ("http://0.0.0.0:8080/", "unspecified"),
        ("http://2130706433/", "2130706433 (127.0.0.1): a loopback"),
        ("http://0x7f000001/", "(127.0.0.1): a loopback"),
        ("http://017700000001/", "(127.0.0.1): a loopback"),
        ("http://0x7f.1/", "(127.0.0.1): a loopback"),
        ("http://10.0.000.011/", "(10.0.0.9): a private"),
        ("http://2852039166/", "(169.254.169.254): the cloud metadata"),
    ],
)
def test_literal_urls_refused_without_resolving(url: str, words: str) -> None:
    with pytest.raises(BlockedURL) as refused:
        check_url(url, AllowList(), resolve=False)
    assert words in str(refused.value)
    assert "NEWSBRIEF_ALLOW_HOSTS" in str(refused.value)


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1:70/", "javascript:alert(1)"],
)
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(BlockedURL, match="only http and https"):
        check_url(url, AllowList.parse(["127.0.0.1"]))


@pytest.mark.parametrize("url", ["http://", "http://127.0.0.1:99999/", "http:///path"])
def test_malformed_urls(url: str) -> None:
    with pytest.raises(BlockedURL):
        check_url(url, AllowList())


@pytest.mark.parametrize(
    "url", ["http://localhost:8000/", "http://2130706433/", "http://0x7f.1/", "http://127.1/"]
)
def test_names_and_odd_spellings_of_loopback_are_resolved_then_refused(url: str) -> None:
    # Resolved on this machine (numeric forms and /etc/hosts): no query leaves it.
    with pytest.raises(BlockedURL, match="loopback"):
        check_url(url, AllowList())


def test_allow_list_by_address_network_and_name() -> None:
    target = check_url("http://127.0.0.1:8080/feed", AllowList.parse(["127.0.0.1"]))
    assert target.addresses == ("127.0.0.1",) and target.port == 8080
    assert target.path == "/feed"
    check_url("http://127.0.0.9/", AllowList.parse(["127.0.0.0/24"]))
    check_url("http://[::1]/", AllowList.parse(["::1"]))
    named = check_url("http://LocalHost:81/a?b=1", AllowList.parse(["localhost"]))
    assert named.host == "localhost" and named.path == "/a?b=1"
    with pytest.raises(BlockedURL):  # 127.0.0.2 is not 127.0.0.1
        check_url("http://127.0.0.2/", AllowList.parse(["127.0.0.1"]))


def test_allow_list_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        AllowList.parse(["not a host/99"])
