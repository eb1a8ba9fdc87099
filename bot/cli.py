"""`newsbrief`: every feature from the command line. This module only parses arguments and
turns errors into messages; the work happens in the packages it calls."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any, TextIO

import click

from bot.cli_ask import ask, people
from bot.cli_context import Context, NewsbriefGroup, Refused, pass_context, read_only
from bot.cli_corrections import COMMANDS as CORRECTION_COMMANDS
from bot.cli_datasette import datasette
from bot.cli_digest import digest
from bot.cli_feeds import feeds
from bot.cli_serve import chat, run, serve
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


for _command in (ask, people, chat, digest, run, serve):  # bot/cli_ask, cli_digest, cli_serve
    cli.add_command(_command)
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
@read_only
def status(ctx: Context) -> None:
    """What the store holds."""
    from work.commands import status_text

    click.echo(status_text(ctx.store))


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="newsbrief")


if __name__ == "__main__":
    main()
