"""Corrections in Slack, as Block Kit: the overflow menu on each quote of an answer, the
"Wrong speaker" modal, the message asking admins to approve, and the replies. Every text
from an article or a user is escaped."""

from __future__ import annotations

import json
from typing import Any

from handlers.render.mrkdwn import escape, truncate
from storage.corrections import Correction

Block = dict[str, Any]

CORRECT_ACTION = "newsbrief_correct"
APPROVE_ACTION = "newsbrief_correction_approve"
REJECT_ACTION = "newsbrief_correction_reject"
SPEAKER_VIEW = "newsbrief_wrong_speaker"
SPEAKER_BLOCK, SPEAKER_INPUT = "speaker", "speaker_name"
WRONG_SPEAKER, NOT_A_QUOTE = "speaker", "hide"


def correction_menu(quote_id: int) -> Block:
    """The overflow menu of one quote: "Wrong speaker" / "Not a quote"."""
    return {
        "type": "overflow",
        "action_id": CORRECT_ACTION,
        "options": [
            _option("Wrong speaker", f"{WRONG_SPEAKER}:{quote_id}"),
            _option("Not a quote", f"{NOT_A_QUOTE}:{quote_id}"),
        ],
    }


def _option(text: str, value: str) -> Block:
    return {"text": {"type": "plain_text", "text": text}, "value": value}


def parse_choice(value: str) -> tuple[str, int] | None:
    """("speaker" or "hide", quote id) from an overflow option's value, or None."""
    what, _, quote = value.partition(":")
    if what not in (WRONG_SPEAKER, NOT_A_QUOTE) or not quote.isdigit() or len(quote) > 18:
        return None
    return what, int(quote)


def speaker_modal(quote_id: int, words: str, speaker: str | None, channel: str | None) -> Block:
    """The "Wrong speaker" modal: the quote, and a text input for the right speaker."""
    said = f"\u201c{escape(truncate(words, 500))}\u201d"
    shown = escape(speaker) if speaker else "no speaker"
    return {
        "type": "modal",
        "callback_id": SPEAKER_VIEW,
        "private_metadata": json.dumps({"quote": quote_id, "channel": channel}),
        "title": {"type": "plain_text", "text": "Wrong speaker"},
        "submit": {"type": "plain_text", "text": "Send"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            {
                "type": "section",
                "text": {"type": "mrkdwn", "text": f"{said}\nNow attributed to *{shown}*."},
            },
            {
                "type": "input",
                "block_id": SPEAKER_BLOCK,
                "label": {"type": "plain_text", "text": "Who really said it?"},
                "element": {
                    "type": "plain_text_input",
                    "action_id": SPEAKER_INPUT,
                    "max_length": 200,
                    "placeholder": {"type": "plain_text", "text": "Their name, as in the article"},
                },
            },
        ],
    }


def result_view(text: str) -> Block:
    """The modal after a submission: what happened."""
    return {
        "type": "modal",
        "title": {"type": "plain_text", "text": "Wrong speaker"},
        "close": {"type": "plain_text", "text": "Close"},
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": escape(text)}}],
    }


def approval_request(correction: Correction, reporter: str) -> dict[str, Any]:
    """The DM asking an admin to approve or reject a reporter's correction."""
    line = f" asks for correction #{correction.id}: {correction.describe()}."
    text = f"<@{escape(reporter)}>" + truncate(escape(line), 2900)
    value = str(correction.id)
    return {
        "text": text,
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": text}},
            {
                "type": "actions",
                "elements": [
                    _button("Approve", APPROVE_ACTION, value, "primary"),
                    _button("Reject", REJECT_ACTION, value, "danger"),
                ],
            },
        ],
    }


def _button(text: str, action_id: str, value: str, style: str) -> Block:
    return {
        "type": "button",
        "text": {"type": "plain_text", "text": text},
        "action_id": action_id,
        "value": value,
        "style": style,
    }


def decided_text(correction: Correction, admin: str) -> str:
    """What an approval or rejection did, for the admin and the reporter (escaped)."""
    verb = "approved and applied" if correction.status == "applied" else "rejected"
    return escape(f"Correction #{correction.id} ({correction.describe()}) was {verb} by ") + (
        f"<@{escape(admin)}>."
    )
