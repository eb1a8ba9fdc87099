"""`newsbrief feeds ...`: add, list, remove and poll RSS and Atom feeds."""

from __future__ import annotations

import sys

import click

from bot.cli_context import Context, pass_context


@click.group()
def feeds() -> None:
    """RSS and Atom feeds: `feeds add URL`, `feeds list`, `feeds remove ID`, `feeds poll`.

    The running bot polls every feed on a schedule (NEWSBRIEF_FEED_POLL_MINUTES).
    """


@feeds.command("add")
@click.argument("url")
@pass_context
def feeds_add(ctx: Context, url: str) -> None:
    """Add a feed by its URL (nothing is fetched until the next poll)."""
    from work.ingest.feeds import FeedCommandError, add_feed_url

    try:
        feed, new = add_feed_url(ctx.store, ctx.settings, url)
    except FeedCommandError as exc:
        raise click.ClickException(str(exc)) from exc
    verb = "added" if new else "already added"
    click.echo(f"{verb}: feed #{feed.id} {feed.url}")


@feeds.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the feeds as a JSON array.")
@pass_context
def feeds_list(ctx: Context, as_json: bool) -> None:
    """List the feeds with their state: ok, failing (with the last error) or not polled."""
    import json

    from storage.feeds import list_feeds
    from work.ingest.feeds import feed_list_text

    if as_json:
        click.echo(json.dumps([f.to_dict() for f in list_feeds(ctx.store)], ensure_ascii=False))
    else:
        click.echo(feed_list_text(ctx.store))


@feeds.command("remove")
@click.argument("feed_id")
@pass_context
def feeds_remove(ctx: Context, feed_id: str) -> None:
    """Remove a feed by its id (see `feeds list`); its articles stay in the store."""
    from work.ingest.feeds import FeedCommandError, remove_feed_id

    try:
        feed = remove_feed_id(ctx.store, feed_id)
    except FeedCommandError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"removed: feed #{feed.id} {feed.url}")


@feeds.command("poll")
@pass_context
def feeds_poll(ctx: Context) -> None:
    """Poll every feed once, now, and store the new articles.

    Prints a line per feed (a failing one says why), then the ingest summary; exits 1 when
    some feed or entry failed.
    """
    from work.ingest.feeds import poll_feeds
    from work.ingest.progress import Bars

    with Bars() as bars:
        try:
            report = poll_feeds(ctx.store, ctx.settings, bars=bars)
        except RuntimeError as exc:  # the model cannot be loaded
            raise click.ClickException(str(exc)) from exc
    if not report.outcomes:
        click.echo("No feeds yet. Add one with: newsbrief feeds add URL")
        return
    for line in report.lines():
        click.echo(line)
    if report.failed_feeds or report.ingest.failed:
        sys.exit(1)
