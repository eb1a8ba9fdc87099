"""`newsbrief speakers ...`, `newsbrief quotes ...` and `newsbrief corrections [approve|reject
ID]`: fixing wrong attributions from the command line (the operator, an admin: corrections
apply at once, and the operator decides those Slack users proposed)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

from bot.cli_context import Context, pass_context, read_only


def _run(action: Callable[[], Any]) -> Any:
    from work.corrections import CorrectionError

    try:
        return action()
    except CorrectionError as exc:
        raise click.ClickException(str(exc)) from exc


def _correct(ctx: Context, name: str, *args: str) -> None:
    import work.corrections as corrections
    from work.permissions import Actor

    do = getattr(corrections, name)
    outcome = _run(lambda: do(ctx.store, ctx.settings, Actor.console(), *args))
    click.echo(outcome.message)


@click.group()
def speakers() -> None:
    """Speakers: `speakers list`, `speakers merge FROM INTO`, `speakers rename ID NAME`."""


@speakers.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the speakers as a JSON array.")
@pass_context
@read_only
def speakers_list(ctx: Context, as_json: bool) -> None:
    """Every speaker with its id, kind, role and number of quotes, most quoted first."""
    from storage.corrections import speakers_with_counts

    rows = speakers_with_counts(ctx.store)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        click.echo("No speakers yet.")
    for row in rows:
        role = ", ".join(p for p in (row["title"], row["org"]) if p)
        line = f"#{row['id']}  {row['name']} ({row['kind']}){f' - {role}' if role else ''}"
        click.echo(f"{line}: {row['quotes']} quote{'s' if row['quotes'] != 1 else ''}")


@speakers.command("merge")
@click.argument("source", metavar="FROM")
@click.argument("into", metavar="INTO")
@pass_context
@read_only
def speakers_merge(ctx: Context, source: str, into: str) -> None:
    """File every quote of speaker FROM under speaker INTO (ids or names, see
    `speakers list`); FROM's names then find INTO."""
    _correct(ctx, "merge_speakers", source, into)


@speakers.command("rename")
@click.argument("speaker_id", metavar="ID")
@click.argument("name")
@pass_context
@read_only
def speakers_rename(ctx: Context, speaker_id: str, name: str) -> None:
    """Show speaker ID under NAME, in every answer and digest."""
    _correct(ctx, "rename_speaker", speaker_id, name)


@click.group()
def quotes() -> None:
    """Quotes: `quotes hide ID --reason TEXT`, `quotes reassign ID SPEAKER` (ID is a
    quote's `id` in `ask --json`)."""


@quotes.command("hide")
@click.argument("quote_id", metavar="ID")
@click.option("--reason", required=True, help="Why it is hidden (e.g. 'not speech').")
@pass_context
@read_only
def quotes_hide(ctx: Context, quote_id: str, reason: str) -> None:
    """Hide quote ID (its whole statement) from answers and digests."""
    _correct(ctx, "hide_quote", quote_id, reason)


@quotes.command("reassign")
@click.argument("quote_id", metavar="ID")
@click.argument("speaker")
@pass_context
@read_only
def quotes_reassign(ctx: Context, quote_id: str, speaker: str) -> None:
    """Give quote ID (its whole statement) to SPEAKER: a speaker id or a name."""
    _correct(ctx, "reassign_quote", quote_id, speaker)


@click.group("corrections", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print the corrections as a JSON array.")
@pass_context
@read_only
def corrections(ctx: Context, as_json: bool) -> None:
    """Every correction, oldest first: what it did, who made it and when, and its status
    (applied, pending approval, rejected). `corrections approve ID` and `corrections
    reject ID` decide one a Slack user proposed."""
    if click.get_current_context().invoked_subcommand is not None:
        return
    from storage.corrections import list_corrections

    rows = list_corrections(ctx.store)
    if as_json:
        click.echo(json.dumps([c.to_dict() for c in rows], ensure_ascii=False))
        return
    if not rows:
        click.echo("No corrections yet.")
    for c in rows:
        decided = f", {c.status} by {c.decided_by}" if c.decided_by else f", {c.status}"
        click.echo(f"#{c.id} {c.created_at} {c.actor}: {c.describe()}{decided}")


def _decide(ctx: Context, name: str, correction_id: str) -> None:
    import work.corrections as work_corrections
    from work.permissions import Actor

    number = correction_id.strip().lstrip("#")
    if not number.isdigit():
        raise click.ClickException(f"{correction_id} is not a correction id (see `corrections`)")
    do = getattr(work_corrections, name)
    decided = _run(lambda: do(ctx.store, ctx.settings, Actor.console(), int(number)))
    click.echo(f"Correction #{decided.id} {decided.status}: {decided.describe()}.")


@corrections.command("approve")
@click.argument("correction_id", metavar="ID")
@pass_context
@read_only
def corrections_approve(ctx: Context, correction_id: str) -> None:
    """Apply pending correction ID (the operator is an admin)."""
    _decide(ctx, "approve", correction_id)


@corrections.command("reject")
@click.argument("correction_id", metavar="ID")
@pass_context
@read_only
def corrections_reject(ctx: Context, correction_id: str) -> None:
    """Reject pending correction ID: nothing changes but the log."""
    _decide(ctx, "reject", correction_id)


COMMANDS: list[click.Command] = [speakers, quotes, corrections]
