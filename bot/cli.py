"""`newsbrief`: every feature from the command line. This module only parses arguments and
turns errors into messages; the work happens in the packages it calls."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any, TextIO

import click
from rich.console import Console

from bot.cli_context import Context, NewsbriefGroup, Refused, pass_context, read_only
from bot.cli_corrections import COMMANDS as CORRECTION_COMMANDS
from bot.cli_datasette import datasette
from bot.cli_feeds import feeds
from bot.cli_subscriptions import subscriptions
from bot.dask_cli import dask_options, ingest_on_dask
from work.settings import Settings

logger = logging.getLogger("newsbrief")


@click.group(cls=NewsbriefGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="SQLite store to use (env NEWSBRIEF_DB, default ./newsbrief.db).",
)
@click.version_option(package_name="newsbrief")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None) -> None:
    """newsbrief: who said what in the news, from the articles you feed it."""
    try:
        settings = Settings.from_env(os.environ)
    except ValueError as exc:  # a bad setting (NEWSBRIEF_TZ=Europe/Lndon): one line, exit 2
        raise Refused(str(exc)) from None
    if db_path is not None:
        settings = _with_db(settings, db_path)
    logging.basicConfig(
        level=getattr(logging, settings.log_level, logging.WARNING),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    ctx.obj = Context(settings)


cli.add_command(feeds)
for _command in CORRECTION_COMMANDS:
    cli.add_command(_command)
cli.add_command(subscriptions)
cli.add_command(datasette)


def _with_db(settings: Settings, db: Path) -> Settings:
    from dataclasses import replace

    return replace(settings, db=db)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@dask_options
@pass_context
def ingest(ctx: Context, paths: tuple[str, ...], **dask: Any) -> None:
    """Read articles from files, directories (.txt, .json, .jsonl, .html) and http(s) URLs
    into the store.

    Prints one line per input that failed and per syndicated copy, then
    `ingested N, duplicates D, failed F, copies C`. Exits 1 when some input failed (every
    good one is still stored). URLs pass the address guard (NEWSBRIEF_ALLOW_HOSTS).
    With --scheduler or --dask-workers, parsing runs on Dask workers and this process
    reads, checks duplicates and writes; exits 2 when the cluster cannot be used.
    """
    from work.ingest.inputs import ingest_inputs
    from work.ingest.progress import Bars

    with Bars() as bars:
        try:
            if dask["scheduler"] or dask["dask_workers"]:
                report = ingest_on_dask(ctx.store, ctx.settings, list(paths), bars, **dask)
            else:
                report = ingest_inputs(ctx.store, ctx.settings, list(paths), bars)
        except RuntimeError as exc:  # the model cannot be loaded
            raise click.ClickException(str(exc)) from exc
    for warning in report.warnings:
        click.echo(f"warning: {warning}")
    for origin, reason in report.skips:
        click.echo(f"skipped: {origin}: {reason}")
    for origin, reason in report.failures:
        click.echo(f"failed: {origin}: {reason}")
    for line in report.copy_lines():
        click.echo(line)
    click.echo(report.summary())
    if report.failed:
        sys.exit(1)


@cli.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as one JSON object.")
@click.option("--csv", "as_csv", is_flag=True, help="Print the quotes as CSV, one row each.")
@click.option("--limit", type=click.IntRange(min=0), help="At most N quotes (default 60; 0: all).")
@pass_context
@read_only
def ask(ctx: Context, question: str, as_json: bool, as_csv: bool, limit: int | None) -> None:
    """Answer a question from the store, e.g. "who said what about the ceasefire"."""
    from ask.answer import answer_question
    from ask.intents import parse_question
    from ask.render import render_terminal, to_json

    if as_json and as_csv:
        raise click.UsageError("choose one of --json and --csv")
    query = parse_question(question, tz=ctx.settings.tz)
    answer = answer_question(ctx.store, query, limit=limit)
    if as_csv:
        from ask.export import to_csv

        click.echo(to_csv(answer), nl=False)
    elif as_json:
        click.echo(to_json(answer))
    else:
        render_terminal(answer, Console(highlight=False, soft_wrap=True))


@cli.command()
@click.argument("topic", required=False, default="")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as one JSON object.")
@click.option("--limit", type=click.IntRange(min=0), help="At most N people (default 10; 0: all).")
@pass_context
def people(ctx: Context, topic: str, as_json: bool, limit: int | None) -> None:
    """Who is in the news: the people quoted most (about TOPIC, if given; time words work:
    "taxes this week"), with their roles, statement counts and one quote each. Without a
    topic or a time: the week up to the latest article."""
    from ask.answer import answer_question
    from ask.intents import parse_command
    from ask.render import render_terminal, to_json

    query = parse_command("/newsbrief", f"people {topic}".strip(), tz=ctx.settings.tz)
    answer = answer_question(ctx.store, query, limit=limit)
    if as_json:
        click.echo(to_json(answer))
    else:
        render_terminal(answer, Console(highlight=False, soft_wrap=True))


@cli.command()
@click.argument("source", type=click.File("r", encoding="utf-8", errors="replace"))
@pass_context
def extract(ctx: Context, source: TextIO) -> None:
    """Extract quotes and entities without a store.

    SOURCE is a JSON Lines file (or - for stdin) of {"id", "text"} objects; prints one
    {"id", "quotes", "entities"} line each. A bad line is reported on stderr and skipped.
    """
    from bot.extract_jsonl import extract_lines

    try:
        for line in extract_lines(source, ctx.settings.model, ctx.settings.batch_size):
            click.echo(line)
    except RuntimeError as exc:
        raise click.ClickException(str(exc)) from exc


@cli.command()
@pass_context
def chat(ctx: Context) -> None:
    """The local console: the same commands and questions as the bot in Slack."""
    from bot.console import run_console

    interactive = sys.stdin.isatty()
    console = Console(highlight=False, soft_wrap=True)
    run_console(ctx.store, sys.stdin, console, interactive, ctx.settings)


@cli.command()
@pass_context
@read_only
def status(ctx: Context) -> None:
    """What the store holds."""
    from work.commands import status_text

    click.echo(status_text(ctx.store))


@cli.command()
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


@cli.command()
@click.option("--no-seeds", is_flag=True, help="Do not load the sample articles.")
@click.option("--no-jobs", is_flag=True, help="Do not start background jobs (feed polls).")
@pass_context
def run(ctx: Context, no_seeds: bool, no_jobs: bool) -> None:
    """Start newsbrief: load the seeds on first start, then the Slack bot when tokens are
    set (in the environment or .env), else the local console. Background jobs (feed polls)
    run while it does."""
    from bot.console import run_console
    from bot.scheduler import start_background_jobs, stop_background_jobs
    from bot.seeds import load_seeds_once

    settings = ctx.settings
    console = Console(highlight=False, soft_wrap=True)
    if not no_seeds:
        with console.status("Loading the sample articles (first start only)..."):
            report = load_seeds_once(
                ctx.store, settings.seeds_dir(), settings.model, settings.batch_size
            )
        if report is not None:
            console.print(f"Seeds: {report.summary()}", markup=False)
    if settings.wants_slack:
        _serve_slack(ctx, http=False, host=None, port=None, jobs=not no_jobs)
        return
    scheduler = None if no_jobs else start_background_jobs(ctx.store, settings)
    try:
        run_console(ctx.store, sys.stdin, console, sys.stdin.isatty(), settings)
    finally:
        if scheduler is not None:
            stop_background_jobs(scheduler)


@cli.command()
@click.option("--http", is_flag=True, help="Serve HTTP even when SLACK_APP_TOKEN is set.")
@click.option("--host", default=None, help="Address to listen on (env NEWSBRIEF_HOST).")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=None,
    help="Port to listen on (env NEWSBRIEF_PORT, default 3000).",
)
@click.option("--no-jobs", is_flag=True, help="Do not start background jobs (polls, digests).")
@pass_context
def serve(ctx: Context, http: bool, host: str | None, port: int | None, no_jobs: bool) -> None:
    """Run the Slack bot: Socket Mode when SLACK_APP_TOKEN is set, else HTTP (Slack's
    requests on /slack/events, health check on GET /healthz), with background jobs (feed
    polls, digests). Exits 2 when a Slack setting is missing or malformed."""
    _serve_slack(ctx, http=http, host=host, port=port, jobs=not no_jobs)


def _serve_slack(
    ctx: Context, http: bool, host: str | None, port: int | None, jobs: bool = True
) -> None:
    """Start the bot; settings and token problems become a message and exit code 2."""
    from slack_bolt.error import BoltError
    from slack_sdk.errors import SlackApiError

    from bot.serve import serve as serve_bot
    from bot.slack_app import SlackConfigError

    try:
        serve_bot(
            ctx.settings,
            ctx.store,
            http=http,
            host=host,
            port=port,
            announce=click.echo,
            jobs=jobs,
        )
    except SlackConfigError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    except BoltError:
        click.echo(
            "Error: Slack refused SLACK_BOT_TOKEN (auth.test failed); check the token on the "
            "app's OAuth & Permissions page.",
            err=True,
        )
        sys.exit(2)
    except (OSError, SlackApiError) as exc:
        raise click.ClickException(f"cannot start the Slack bot: {_reason(exc)}") from None


def _reason(exc: Exception) -> str:
    """Why the bot could not start, without request details."""
    from slack_sdk.errors import SlackApiError

    if isinstance(exc, SlackApiError) and exc.response is not None:
        return f"Slack answered {exc.response.get('error') or exc.response.status_code}"
    return str(getattr(exc, "reason", None) or exc)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="newsbrief")


if __name__ == "__main__":
    main()
