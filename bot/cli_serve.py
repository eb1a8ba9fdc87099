"""Running newsbrief: `newsbrief chat` (the local console), `newsbrief run` (seeds, then the
Slack bot or the console) and `newsbrief serve` (the Slack bot), with background jobs."""

from __future__ import annotations

import sys

import click
from rich.console import Console

from bot.cli_context import Context, pass_context


@click.command()
@pass_context
def chat(ctx: Context) -> None:
    """The local console: the same commands and questions as the bot in Slack."""
    from bot.console import run_console

    interactive = sys.stdin.isatty()
    console = Console(highlight=False, soft_wrap=True)
    run_console(ctx.store, sys.stdin, console, interactive, ctx.settings)


@click.command()
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


@click.command()
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
