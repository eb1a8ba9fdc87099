"""Middleware on verified requests: a response_url must point at Slack before anything is
sent to it, and a request already handled (a captured one replayed within its five-minute
window) is acknowledged without being acted on again, across processes sharing the store."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from slack_bolt import BoltRequest, BoltResponse

from handlers.client import api_url
from handlers.services import KEY, Services, services
from storage.slack_events import first_request
from work.settings import Settings

logger = logging.getLogger(__name__)

SLACK_HOOKS = ("https", "hooks.slack.com", 443)  # where Slack's response_urls point


def slack_endpoints(settings: Settings | None) -> set[tuple[str, str, int]]:
    """(scheme, host, port) a response_url may name: hooks.slack.com, and the configured
    SLACK_API_URL's own (Slack's, or a stand-in on loopback in tests)."""
    endpoints = {SLACK_HOOKS}
    if settings is not None:
        endpoint = _endpoint(api_url(settings))
        if endpoint is not None:
            endpoints.add(endpoint)
    return endpoints


def on_slack_host(url: object, settings: Settings | None) -> bool:
    """Whether `url` is an http(s) URL on one of Slack's endpoints (no user info)."""
    if not isinstance(url, str):
        return False
    return _endpoint(url) in slack_endpoints(settings)


def settings_of(context: dict[str, Any]) -> Settings | None:
    """The settings attached to a request's context, if the services are there."""
    found = context.get(KEY)
    return found.settings if isinstance(found, Services) else None


def response_urls(body: dict[str, Any]) -> list[object]:
    """Every response_url a payload names (slash commands, actions, modal submissions)."""
    urls: list[object] = []
    if "response_url" in body:
        urls.append(body["response_url"])
    listed = body.get("response_urls")
    if isinstance(listed, list):
        urls.extend(item.get("response_url") for item in listed if isinstance(item, dict))
    elif listed is not None:
        urls.append(listed)
    return urls


def refuse_foreign_response_urls(
    body: dict[str, Any], context: dict[str, Any], next: Callable[[], None]
) -> BoltResponse | None:
    """A request naming a response_url off Slack's hosts is refused (400), unanswered."""
    settings = settings_of(context)
    if any(not on_slack_host(url, settings) for url in response_urls(body)):
        logger.warning("refused a request whose response_url is not on Slack's hosts")
        return BoltResponse(status=400, body="response_url is not Slack's")
    next()
    return None


def skip_replayed_requests(
    context: dict[str, Any], request: BoltRequest, next: Callable[[], None]
) -> BoltResponse | None:
    """Acknowledge (200) a signed request already handled, without acting on it again."""
    signature = (request.headers.get("x-slack-signature") or [""])[0]
    signed = request.mode == "http" and not request.lazy_only and bool(signature)
    if signed and not first_request(services(context).store, signature, request.raw_body):
        logger.info("a signed request seen before (a replay): acknowledged, not acted on")
        return BoltResponse(status=200, body="")
    next()
    return None


def _endpoint(url: str) -> tuple[str, str, int] | None:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if scheme not in ("http", "https") or not host or parts.username or parts.password:
        return None
    return scheme, host, port if port is not None else (443 if scheme == "https" else 80)
