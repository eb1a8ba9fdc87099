"""`newsbrief subscriptions ...`: digest subscriptions without Slack's UI. `add` and `remove`
read the same words and answer the same lines as `/digest subscribe` and `/digest
unsubscribe`; the command line is the operator (bot/permissions.py), so it may subscribe any
channel and remove any subscription. A running bot picks changes up within a minute (its
digest sweep reads the table)."""

from __future__ import annotations

import re
import sys

import click

from bot.cli_context import Context, mark_read_only, pass_context, read_only

# A Slack channel id: public (C), private (G) or a DM (D), e.g. C0123ABCD.
CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{2,}$")


def _channel_id(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    channel = value.strip().lstrip("#")
    if not CHANNEL_ID.match(channel):
        raise click.BadParameter(
            f"{value!r} is not a Slack channel id: give one such as C0123ABCD (in Slack, the "
            "channel's name > About shows its Channel ID)"
        )
    return channel


def _print_list(ctx: Context, channel: str | None, as_json: bool) -> None:
    import json

    from storage.digests import list_subscriptions
    from work.digests.commands import list_text, subscription_view

    if as_json:
        views = [subscription_view(s) for s in list_subscriptions(ctx.store, channel)]
        click.echo(json.dumps(views, ensure_ascii=False))
    else:
        click.echo(list_text(ctx.store, channel))


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print the subscriptions as a JSON array.")
@click.pass_context
def subscriptions(click_ctx: click.Context, as_json: bool) -> None:
    """Digest subscriptions: `subscriptions [list] [--json]`, `subscriptions add --channel
    C0123 daily 08:00 Europe/London [TOPIC]`, `subscriptions remove ID`.

    Alone, or with `list`, it lists every subscription: channel, schedule, topic, status
    (ok, failing with its last error, or no digest yet) and the next time it is due."""
    if click_ctx.invoked_subcommand is None:
        mark_read_only(click_ctx)
        _print_list(click_ctx.ensure_object(Context), None, as_json)


@subscriptions.command("list")
@click.option("--channel", callback=_channel_id, help="Only this channel's (a channel id).")
@click.option("--json", "as_json", is_flag=True, help="Print the subscriptions as a JSON array.")
@pass_context
@read_only
def subscriptions_list(ctx: Context, channel: str | None, as_json: bool) -> None:
    """List the digest subscriptions (all, or one channel's) with their status and next slot."""
    _print_list(ctx, channel, as_json)


@subscriptions.command("add")
@click.option(
    "--channel",
    required=True,
    callback=_channel_id,
    help="Slack channel id that receives the digest (C...).",
)
@click.option("--empty", is_flag=True, help="Post a digest even when nothing is new.")
@click.argument("schedule", nargs=-1, required=True)
@pass_context
def subscriptions_add(ctx: Context, channel: str, empty: bool, schedule: tuple[str, ...]) -> None:
    """Subscribe a channel to a digest, in /digest's words: `daily 08:00 [ZONE] [TOPIC]`,
    `weekdays 7:30am [ZONE] [TOPIC]` or `every 6h [ZONE] [TOPIC]`. ZONE is an IANA name
    (default NEWSBRIEF_TZ). A line /digest would refuse is refused with its reason, exit
    code 2."""
    from work.digests.commands import run_digest
    from work.digests.parse import parse_digest
    from work.permissions import Actor

    words = " ".join(("subscribe", *schedule, "--empty" if empty else ""))
    request = parse_digest(words.strip(), ctx.settings.digest_min_interval_hours)
    if request.error:
        click.echo(request.error, err=True)
        sys.exit(2)
    reply = run_digest(ctx.store, ctx.settings, request, actor=Actor.operator(channel))
    click.echo(reply.text)
    if not reply.done:
        sys.exit(1)


@subscriptions.command("remove")
@click.argument("subscription_id")
@pass_context
@read_only  # a store that does not exist has nothing to remove: refused, not created
def subscriptions_remove(ctx: Context, subscription_id: str) -> None:
    """Remove a digest subscription by its id (see `subscriptions list`); exit code 1 when
    there is none."""
    from work.digests.commands import run_digest
    from work.digests.parse import parse_digest
    from work.permissions import Actor

    request = parse_digest(f"unsubscribe {subscription_id}")
    if request.error:
        click.echo(request.error, err=True)
        sys.exit(2)
    reply = run_digest(ctx.store, ctx.settings, request, actor=Actor.console())
    click.echo(reply.text)
    if not reply.done:
        sys.exit(1)
