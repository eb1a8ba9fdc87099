"""The HTTP edge's first check: a request from Slack is verified (signature and timestamp,
a five-minute window) and parsed before Bolt, a listener, a middleware or the error handler
sees anything of it.

A timestamp that is not a plain number, a missing or malformed signature, a stale or forged
one: 401 and nothing else. A verified body that is not UTF-8, not a JSON object or form,
or whose parts have the wrong shape: 400 and nothing else. Requests that pass carry
`VERIFIED` in their context, which the error handler requires before it answers anyone."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from typing import Any

from slack_bolt import BoltRequest, BoltResponse
from slack_sdk.signature import SignatureVerifier

logger = logging.getLogger(__name__)

VERIFIED = "newsbrief_verified"  # context key: this request's signature was checked
_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")
# Parts of Slack's payloads that are objects, or lists of objects, whenever present.
_OBJECTS = ("event", "view", "container", "message", "state", "enterprise")
_OBJECT_LISTS = ("actions", "authorizations")
_OBJECT_OR_ID = ("user", "channel", "team")

Headers = Mapping[str, str | Sequence[str]]


def _header(headers: Headers, name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value if isinstance(value, str) else (value[0] if value else None)
    return None


def signature_ok(verifier: SignatureVerifier, body: str, headers: Headers) -> bool:
    """True when the headers hold a well-formed timestamp within five minutes and the
    signature Slack computes for this body with the signing secret. Never raises."""
    timestamp = _header(headers, "x-slack-request-timestamp")
    signature = _header(headers, "x-slack-signature")
    if timestamp is None or not _TIMESTAMP.fullmatch(timestamp):
        return False
    if signature is None or not _SIGNATURE.fullmatch(signature):
        return False
    return verifier.is_valid(body=body, timestamp=timestamp, signature=signature)


def verified_request(
    verifier: SignatureVerifier, raw: bytes, headers: Headers, query: str
) -> BoltRequest | BoltResponse:
    """The BoltRequest for a verified, well-formed body (marked VERIFIED), or the refusal
    to send instead (401 unverified, 400 malformed)."""
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        if _header(headers, "x-slack-signature") is None:
            return _refused(401, "unverified request")
        logger.warning("refused a request whose body is not UTF-8")
        return _refused(400, "the body is not UTF-8")
    if not signature_ok(verifier, body, headers):
        logger.info("refused a request with a missing, malformed, stale or wrong signature")
        return _refused(401, "unverified request")
    try:
        request = BoltRequest(
            body=body, query=query, headers=dict(headers), context={VERIFIED: True}
        )
    except (ValueError, TypeError, AttributeError, KeyError, IndexError):
        request = None
    if request is None or not well_formed(request.body):
        logger.warning("refused a signed request whose body is malformed")
        return _refused(400, "malformed body")
    return request


def well_formed(body: Any) -> bool:
    """A non-empty object whose known parts have the shapes Slack sends them in."""
    if not isinstance(body, dict) or not body:
        return False
    if any(key in body and not isinstance(body[key], dict) for key in _OBJECTS):
        return False
    for key in _OBJECT_LISTS:
        if key in body and not (
            isinstance(body[key], list) and all(isinstance(item, dict) for item in body[key])
        ):
            return False
    if any(key in body and not isinstance(body[key], dict | str) for key in _OBJECT_OR_ID):
        return False
    if "type" in body and not isinstance(body["type"], str):
        return False
    if body.get("type") == "event_callback":
        event = body.get("event")
        return isinstance(event, dict) and isinstance(event.get("type"), str)
    return True


def is_verified(request: BoltRequest | None, context: Mapping[str, Any]) -> bool:
    """Whether a request's body can be trusted: it came over Socket Mode (authenticated by
    the app-level token) or its signature was checked at the HTTP edge."""
    if request is not None and request.mode == "socket_mode":
        return True
    return context.get(VERIFIED) is True


def _refused(status: int, reason: str) -> BoltResponse:
    return BoltResponse(
        status=status, body=reason, headers={"content-type": "text/plain; charset=utf-8"}
    )
