"""Middleware on verified requests (handlers/middleware/verify.py checks signatures before
Bolt sees anything): a response_url must be Slack's; a replayed request is acknowledged and
not acted on again; each Slack event is answered once. Slack retries an event it believes
was lost (`X-Slack-Retry-Num`) and may deliver one twice; event ids and request digests are
remembered in the store, so this holds across restarts and processes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse

from handlers.middleware.guards import refuse_foreign_response_urls, skip_replayed_requests
from handlers.services import services
from storage.slack_events import first_sighting

logger = logging.getLogger(__name__)


def register(app: App) -> None:
    """Install the middleware, in the order they run."""
    app.use(refuse_foreign_response_urls)
    app.use(skip_replayed_requests)
    app.use(skip_repeated_events)


def skip_repeated_events(
    body: dict[str, Any], context: dict[str, Any], request: BoltRequest, next: Callable[[], None]
) -> BoltResponse | None:
    """Acknowledge an event already seen without answering it again."""
    event_id = body.get("event_id") if body.get("type") == "event_callback" else None
    repeated = isinstance(event_id, str) and bool(event_id)
    if repeated and not first_sighting(services(context).store, str(event_id)):
        retry = (request.headers.get("x-slack-retry-num") or ["-"])[0]
        logger.info("event %s seen before (retry %s): not answered again", event_id, retry)
        return BoltResponse(status=200, body="")
    next()
    return None
