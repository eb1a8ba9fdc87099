"""`newsbrief digest`: a channel's next digest, shown or posted now."""

from __future__ import annotations

import sys
from typing import Any

import click
from rich.console import Console

from bot.cli_context import Context, pass_context, read_only


@click.command()
@click.option("--channel", required=True, help="Slack channel id whose digest to show (C...).")
@click.option("--id", "sub_id", type=int, default=None, help="Which subscription, when several.")
@click.option("--json", "as_json", is_flag=True, help="Print the digest as one JSON object.")
@click.option("--post", is_flag=True, help="Post it to the channel now (needs SLACK_BOT_TOKEN).")
@pass_context
@read_only
def digest(ctx: Context, channel: str, sub_id: int | None, as_json: bool, post: bool) -> None:
    """The next digest of a channel's subscription: only what is new since its last digest.
    Prints it and posts nothing, unless --post (then it counts as that channel's latest
    digest; exits 1 when Slack refuses it)."""
    import json

    from work.digests.commands import DigestCommandError, channel_subscription, subscription_view
    from work.digests.runs import subscription_digest

    try:
        sub, note = channel_subscription(ctx.store, channel, sub_id)
    except DigestCommandError as exc:
        raise click.ClickException(str(exc)) from exc
    if note:
        click.echo(f"note: {note}", err=True)
    if post:
        _post_digest(ctx, sub, as_json)
        return
    content = subscription_digest(ctx.store, sub)
    if as_json:
        click.echo(
            json.dumps(
                {"subscription": subscription_view(sub), **content.to_dict()}, ensure_ascii=False
            )
        )
        return
    from work.digests.text import render_digest

    render_digest(content, sub, Console(highlight=False, soft_wrap=True))


def _post_digest(ctx: Context, sub: Any, as_json: bool) -> None:
    import json

    from handlers.digest.poster import DigestPostError, slack_poster
    from work.digests.runs import post_now, result_line

    try:
        result = post_now(ctx.store, slack_poster(ctx.settings), sub)
    except DigestPostError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(result.__dict__) if as_json else result_line(sub, result))
    if result.status == "failed":
        sys.exit(1)
