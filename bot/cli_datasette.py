"""`newsbrief datasette`: browse the store in Datasette (https://datasette.io), with search on
quotes and articles. A thin wrapper: it migrates the store (so Datasette recognises its
full-text indexes, storage/fts.py) and becomes `datasette serve` on it."""

from __future__ import annotations

import importlib.util
import os
import sys

import click

from bot.cli_context import Context, pass_context, read_only


def datasette_command(db: str, host: str, port: int, extra: tuple[str, ...] = ()) -> list[str]:
    """The `datasette serve` command line for the store at `db`."""
    return [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        db,
        "--host",
        host,
        "--port",
        str(port),
        *extra,
    ]


@click.command(context_settings={"ignore_unknown_options": True})
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port."
)
@click.argument("datasette_args", nargs=-1, type=click.UNPROCESSED)
@pass_context
@read_only
def datasette(ctx: Context, host: str, port: int, datasette_args: tuple[str, ...]) -> None:
    """Browse the store in Datasette (installed by `make install`, the `dev` extra; else
    `pip install datasette`) at http://127.0.0.1:8001/: every table, with search on quotes
    and articles (`/DB/quotes?_search=ceasefire`). Other arguments go to `datasette serve`.
    """
    if importlib.util.find_spec("datasette") is None:
        raise click.ClickException(
            "Datasette is not installed: `.venv/bin/pip install datasette` (or `make install`, "
            "which installs the dev extra)"
        )
    ctx.store.close()  # opened once: migrated, so Datasette sees the search indexes
    command = datasette_command(str(ctx.settings.db), host, port, datasette_args)
    sys.stdout.flush()
    # Datasette takes this process's place: Ctrl-C and kill reach it, nothing is left behind.
    os.execv(command[0], command)
