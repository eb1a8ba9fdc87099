"""manifest.yaml: valid against Slack's published manifest schema, and everything it asks
Slack to send (commands, events, button clicks) is handled by the App."""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import urlencode

import jsonschema
import pytest
import yaml
from slack_bolt import App, BoltRequest

from handlers import SLASH_COMMANDS
from tests.conftest import DATA, ROOT
from tests.slack_mock import MockSlack
from tests.slack_requests import command_body, event_body, signed_headers

MANIFEST: dict[str, Any] = yaml.safe_load((ROOT / "manifest.yaml").read_text("utf-8"))
SCHEMA = json.loads((DATA / "slack" / "manifest.schema.1.0.0.json").read_text("utf-8"))


def test_manifest_is_valid_against_slacks_schema() -> None:
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    jsonschema.Draft7Validator(SCHEMA).validate(MANIFEST)


def test_schema_rejects_a_broken_manifest() -> None:
    broken = json.loads(json.dumps(MANIFEST))
    broken["features"]["slash_commands"].append({"command": "whosaid"})  # no slash, no text
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(SCHEMA).validate(broken)


def test_manifest_sets_up_what_the_bot_uses() -> None:
    settings = MANIFEST["settings"]
    assert settings["socket_mode_enabled"] is True
    assert settings["interactivity"]["is_enabled"] is True
    assert MANIFEST["features"]["app_home"]["home_tab_enabled"] is True
    events = set(settings["event_subscriptions"]["bot_events"])
    assert {"app_mention", "message.im", "app_home_opened"} <= events
    scopes = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    assert {"commands", "chat:write", "app_mentions:read", "im:history", "users:read"} <= scopes


def test_every_manifest_command_is_registered_and_vice_versa(
    slack_app: App, slack: MockSlack
) -> None:
    declared = [c["command"] for c in MANIFEST["features"]["slash_commands"]]
    assert sorted(declared) == sorted(SLASH_COMMANDS)
    assert "/digest" in declared
    for command in [*declared, "/notours"]:
        body = command_body(slack, command, "help")
        response = slack_app.dispatch(BoltRequest(body=body, headers=signed_headers(body)))
        assert response.status == (404 if command == "/notours" else 200), command
    slack.wait_for(lambda m: len(m.answers()) >= len(declared))


def test_every_manifest_event_is_handled(slack_app: App, slack: MockSlack) -> None:
    samples = {
        "app_mention": {
            "type": "app_mention",
            "channel": "C1",
            "user": "U1",
            "text": "hi",
            "ts": "1.0",
        },
        "message.im": {
            "type": "message",
            "channel_type": "im",
            "channel": "D1",
            "user": "U1",
            "text": "help",
            "ts": "1.0",
        },
        "app_home_opened": {"type": "app_home_opened", "user": "U1", "tab": "home"},
    }
    for name in MANIFEST["settings"]["event_subscriptions"]["bot_events"]:
        body = event_body(samples[name], f"Ev-manifest-{name}-{time.time()}")
        response = slack_app.dispatch(BoltRequest(body=body, headers=signed_headers(body)))
        assert response.status == 200, name
    slack.wait_for(lambda m: len(m.of("chat.postMessage")) == 2 and m.of("views.publish"))


def test_unknown_button_is_not_handled(slack_app: App) -> None:
    payload = {
        "type": "block_actions",
        "user": {"id": "U1"},
        "team": {"id": "T0NEWS"},
        "actions": [{"action_id": "unknown", "type": "button", "value": "x"}],
    }
    body = urlencode({"payload": json.dumps(payload)})
    response = slack_app.dispatch(BoltRequest(body=body, headers=signed_headers(body)))
    assert response.status == 404
