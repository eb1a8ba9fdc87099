"""Corrections from every surface (the CLI, the console, Slack): hide a passage that is not
a quote, give a quote to the right speaker, merge two speakers, rename one; approve or
reject one proposed from Slack. Who may do what is `work.permissions.correction_mode`:
an admin's correction applies at once, anyone else's waits for an admin."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from extract.names import clean_name
from storage.correction_apply import apply_correction
from storage.corrections import (
    APPLIED,
    HIDE,
    MERGE,
    PENDING,
    REASSIGN,
    REJECTED,
    RENAME,
    Correction,
    NewCorrection,
    Statement,
    decide,
    get_correction,
    log_correction,
    statement_of,
)
from storage.db import Store
from storage.speakers import find_same, get_speaker
from storage.transactions import transaction
from work.permissions import APPLY, REFUSE, Actor, admin_refusal, correction_mode
from work.settings import Settings

NOBODY = "Sorry, I cannot tell who you are, so I cannot take a correction from this request."


class CorrectionError(ValueError):
    """A correction that cannot be made: the message says why, in one line."""


@dataclass(frozen=True)
class Outcome:
    """What a correction request did: applied at once, or waiting for an admin."""

    correction: Correction
    applied: bool

    @property
    def message(self) -> str:
        """One line for whoever asked."""
        what = self.correction.describe()
        if self.applied:
            return f"Correction #{self.correction.id} applied: {what}."
        return (
            f"Correction #{self.correction.id} sent to the newsbrief admins for approval: {what}."
        )


def actor_name(actor: Actor) -> str:
    """Who a correction is logged as: `slack:U0123`, or `console:<login>` for the CLI."""
    if actor.user_id:
        return f"slack:{actor.user_id}"
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        login = "operator"
    return f"console:{login}"


def _submit(store: Store, settings: Settings, actor: Actor, new: NewCorrection) -> Outcome:
    mode = correction_mode(settings, actor)
    if mode == REFUSE:
        raise CorrectionError(NOBODY)
    if mode != APPLY:
        return Outcome(log_correction(store, new, PENDING), applied=False)
    with transaction(store.db):
        correction = log_correction(store, new, APPLIED)
        apply_correction(store.db, correction)
    return Outcome(correction, applied=True)


def _quote_id(value: str | int) -> int:
    try:
        return int(str(value).strip().lstrip("#"))
    except ValueError:
        raise CorrectionError(f"{value!r} is not a quote id (see `ask --json`)") from None


def _statement(store: Store, quote_id: str | int) -> Statement:
    """The statement a quote id (`12`, `#12`) belongs to, or a CorrectionError saying why not."""
    statement = statement_of(store, _quote_id(quote_id))
    if statement is None:
        raise CorrectionError(f"there is no quote #{quote_id}")
    return statement


def hide_quote(
    store: Store, settings: Settings, actor: Actor, quote_id: str | int, reason: str
) -> Outcome:
    """Hide the statement a quote id belongs to ("not a quote"), with the reason."""
    statement = _statement(store, quote_id)
    if not reason.strip():
        raise CorrectionError("say why the quote is hidden (--reason)")
    new = NewCorrection(
        HIDE,
        actor_name(actor),
        statement.content_hash,
        statement.start,
        statement.end,
        statement.text,
        statement.speaker,
        statement.speaker_kind,
        reason=reason.strip(),
    )
    return _submit(store, settings, actor, new)


def resolve_speaker(store: Store, ref: str) -> tuple[str, str]:
    """A speaker given by id ("12", "#12") or by name: the stored speaker's name and kind;
    a name nobody has yet is a new person."""
    text = ref.strip().lstrip("#")
    if text.isdigit():
        found = get_speaker(store.db, int(text))
        if found is None:
            raise CorrectionError(f"there is no speaker #{text} (see `speakers list`)")
        return found.name, found.kind
    name = clean_name(ref) or ref.strip()
    if not name or len(name) > 200:
        raise CorrectionError("give the speaker's id or name")
    for kind in ("person", "org"):
        row = find_same(store.db, name, kind)
        if row is not None:
            return row.name, row.kind
    return name, "person"


def reassign_quote(
    store: Store, settings: Settings, actor: Actor, quote_id: str | int, speaker: str
) -> Outcome:
    """Give the statement a quote id belongs to to another speaker (an id or a name)."""
    statement = _statement(store, quote_id)
    name, kind = resolve_speaker(store, speaker)
    if name == statement.speaker:
        raise CorrectionError(f"quote #{quote_id} is already {name}'s")
    new = NewCorrection(
        REASSIGN,
        actor_name(actor),
        statement.content_hash,
        statement.start,
        statement.end,
        statement.text,
        statement.speaker,
        statement.speaker_kind,
        name,
        kind,
    )
    return _submit(store, settings, actor, new)


def merge_speakers(
    store: Store, settings: Settings, actor: Actor, source: str, into: str
) -> Outcome:
    """File every quote of speaker `source` under speaker `into` (ids or names)."""
    source_name, source_kind = _stored(store, source)
    into_name, into_kind = _stored(store, into)
    if (source_name, source_kind) == (into_name, into_kind):
        raise CorrectionError("that is the same speaker")
    new = NewCorrection(
        MERGE,
        actor_name(actor),
        speaker_name=source_name,
        speaker_kind=source_kind,
        target_name=into_name,
        target_kind=into_kind,
    )
    return _submit(store, settings, actor, new)


def rename_speaker(
    store: Store, settings: Settings, actor: Actor, speaker: str, name: str
) -> Outcome:
    """Show a speaker (id or name) under another name."""
    old, kind = _stored(store, speaker)
    name = " ".join(name.split())
    if not name or len(name) > 200:
        raise CorrectionError("give the new name (at most 200 characters)")
    if name == old:
        raise CorrectionError(f"the speaker is already called {name}")
    new = NewCorrection(
        RENAME,
        actor_name(actor),
        speaker_name=old,
        speaker_kind=kind,
        target_name=name,
        target_kind=kind,
    )
    return _submit(store, settings, actor, new)


def _stored(store: Store, ref: str) -> tuple[str, str]:
    name, kind = resolve_speaker(store, ref)
    if not ref.strip().lstrip("#").isdigit() and find_same(store.db, name, kind) is None:
        raise CorrectionError(f"no stored speaker is called {ref} (see `speakers list`)")
    return name, kind


def approve(store: Store, settings: Settings, actor: Actor, correction_id: int) -> Correction:
    """An admin approves a pending correction: it is applied now."""
    correction = _pending(store, settings, actor, correction_id)
    with transaction(store.db):
        decided = decide(store, correction.id, APPLIED, actor_name(actor))
        if decided is not None:
            apply_correction(store.db, decided)
    if decided is None:
        raise CorrectionError(f"correction #{correction_id} was already decided")
    return decided


def reject(store: Store, settings: Settings, actor: Actor, correction_id: int) -> Correction:
    """An admin rejects a pending correction: nothing changes but the log."""
    correction = _pending(store, settings, actor, correction_id)
    with transaction(store.db):
        decided = decide(store, correction.id, REJECTED, actor_name(actor))
    if decided is None:
        raise CorrectionError(f"correction #{correction_id} was already decided")
    return decided


def _pending(store: Store, settings: Settings, actor: Actor, correction_id: int) -> Correction:
    refusal = admin_refusal(settings, actor, "approving a correction")
    if refusal is not None:
        raise CorrectionError("Sorry, only newsbrief admins can approve or reject corrections.")
    correction = get_correction(store, correction_id)
    if correction is None:
        raise CorrectionError(f"there is no correction #{correction_id}")
    if correction.status != PENDING:
        who = correction.decided_by or "an admin"
        raise CorrectionError(
            f"correction #{correction_id} was already {correction.status} by {who}"
        )
    return correction
