"""Corrections from Slack: the overflow menu on each quote ("Wrong speaker" / "Not a quote"),
the "Wrong speaker" modal, and the admins' Approve / Reject buttons.

Who may do what is `work.permissions.correction_mode` (through `work.corrections`): an
admin's correction applies at once; anyone else's is logged as pending and sent to every
admin (a DM through chat.postMessage) with one-click Approve / Reject; the reporter is told
what happened (ephemeral through the click's response_url, or in the modal), and told again
in a DM when an admin decides.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from slack_bolt import Ack, App, Respond

from handlers.errors import reported
from handlers.render.corrections import (
    APPROVE_ACTION,
    CORRECT_ACTION,
    NOT_A_QUOTE,
    REJECT_ACTION,
    SPEAKER_BLOCK,
    SPEAKER_INPUT,
    SPEAKER_VIEW,
    approval_request,
    decided_text,
    parse_choice,
    result_view,
    speaker_modal,
)
from handlers.render.mrkdwn import escape, from_slack
from handlers.services import Services, services
from storage.corrections import statement_of
from work.corrections import (
    CorrectionError,
    Outcome,
    approve,
    hide_quote,
    reassign_quote,
    reject,
)
from work.permissions import BUTTON, Actor
from work.settings import Settings

logger = logging.getLogger(__name__)
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,30}$")
SLACK_REASON = "not a quote (reported in Slack)"


def register(app: App) -> None:
    """Register the corrections' listeners."""
    app.action(CORRECT_ACTION)(ack=acknowledge, lazy=[choose])
    app.action(APPROVE_ACTION)(ack=acknowledge, lazy=[decide_click])
    app.action(REJECT_ACTION)(ack=acknowledge, lazy=[decide_click])
    app.view(SPEAKER_VIEW)(submit_speaker)


def acknowledge(ack: Ack) -> None:
    """Acknowledge the click at once."""
    ack()


def _user(body: dict[str, Any]) -> str | None:
    user = (body.get("user") or {}).get("id")
    return user if isinstance(user, str) and _USER_ID.match(user) else None


def _actor(body: dict[str, Any], channel: str | None = None) -> Actor:
    where = channel if channel is not None else (body.get("channel") or {}).get("id")
    return Actor.slack(BUTTON, _user(body), where)


def _say(respond: Respond, text: str) -> None:
    respond(response_type="ephemeral", replace_original=False, text=text)


def choose(
    body: dict[str, Any], action: dict[str, Any], respond: Respond, client: Any, context: Any
) -> None:
    """Lazy listener: "Not a quote" is applied or proposed now; "Wrong speaker" opens the
    modal that asks for the right speaker."""
    with reported(body, client, respond):
        choice = parse_choice(str((action.get("selected_option") or {}).get("value") or ""))
        if choice is None:
            return
        what, quote_id = choice
        found = services(context)
        actor = _actor(body)
        if what == NOT_A_QUOTE:
            try:
                outcome = hide_quote(found.store, _settings(found), actor, quote_id, SLACK_REASON)
            except CorrectionError as exc:
                _say(respond, escape(str(exc)))
                return
            _say(respond, escape(_told(outcome, _admin_count(found, outcome))))
            notify_admins(client, found, outcome)
            return
        statement = statement_of(found.store, quote_id)
        if statement is None:
            _say(respond, escape(f"There is no quote #{quote_id} any more."))
            return
        view = speaker_modal(quote_id, statement.text, statement.speaker, actor.channel)
        client.views_open(trigger_id=body.get("trigger_id"), view=view)


def submit_speaker(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], client: Any, context: Any
) -> None:
    """The "Wrong speaker" modal submitted: an empty or unknown name is shown in the modal;
    otherwise the reassignment is applied or proposed and the modal says which."""
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
        quote_id = int(meta["quote"])
        channel = meta.get("channel") if isinstance(meta.get("channel"), str) else None
    except (ValueError, KeyError, TypeError):
        ack(response_action="update", view=result_view("That correction could not be read."))
        return
    values = ((view.get("state") or {}).get("values") or {}).get(SPEAKER_BLOCK) or {}
    name = from_slack(str((values.get(SPEAKER_INPUT) or {}).get("value") or "")).strip()
    if not name:
        ack(response_action="errors", errors={SPEAKER_BLOCK: "Give the speaker's name."})
        return
    found = services(context)
    try:
        outcome = reassign_quote(
            found.store, _settings(found), _actor(body, channel), quote_id, name
        )
    except CorrectionError as exc:
        ack(response_action="errors", errors={SPEAKER_BLOCK: str(exc)[:150]})
        return
    ack(response_action="update", view=result_view(_told(outcome, _admin_count(found, outcome))))
    notify_admins(client, found, outcome)


def _settings(found: Services) -> Settings:
    return found.settings


def _admin_count(found: Services, outcome: Outcome) -> int:
    return 0 if outcome.applied else len(_settings(found).admins)


def _told(outcome: Outcome, admins: int) -> str:
    if outcome.applied or admins:
        return outcome.message
    return (
        f"Correction #{outcome.correction.id} is waiting for approval, but no newsbrief admin "
        "is set (NEWSBRIEF_ADMINS): ask the operator to run `newsbrief corrections`."
    )


def notify_admins(client: Any, found: Services, outcome: Outcome) -> int:
    """DM every admin a pending correction with Approve / Reject; how many were sent to."""
    if outcome.applied:
        return 0
    reporter = outcome.correction.actor.removeprefix("slack:")
    message = approval_request(outcome.correction, reporter)
    admins = sorted(_settings(found).admins)
    for admin in admins:
        client.chat_postMessage(channel=admin, **message)
    logger.info("correction #%s sent to %d admins", outcome.correction.id, len(admins))
    return len(admins)


def decide_click(
    body: dict[str, Any], action: dict[str, Any], respond: Respond, client: Any, context: Any
) -> None:
    """Lazy listener: an admin's Approve or Reject; the request is replaced by what was
    decided, and the reporter is told in a DM. A non-admin's click changes nothing."""
    with reported(body, client, respond):
        value = str(action.get("value") or "")
        admin = _user(body)
        if not value.isdigit() or admin is None:
            return
        found = services(context)
        decide = approve if action.get("action_id") == APPROVE_ACTION else reject
        try:
            correction = decide(found.store, _settings(found), _actor(body), int(value))
        except CorrectionError as exc:
            _say(respond, escape(str(exc)))
            return
        text = decided_text(correction, admin)
        respond(replace_original=True, text=text)
        reporter = correction.actor.removeprefix("slack:")
        if _USER_ID.match(reporter) and reporter != admin:
            client.chat_postMessage(channel=reporter, text=text)
