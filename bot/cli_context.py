"""What every `newsbrief` command shares: the settings and the store opened on demand
(`Context`), commands that only read (`read_only`: a missing store is refused, not
created), `--db` accepted after the command too, and the command group that turns a full
disk or a damaged store into one line."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import click

from work.settings import Settings

logger = logging.getLogger("newsbrief")


class Context:
    """What every command needs: settings and (opened on demand) the store."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.read_only = False  # set by `read_only`: never create a store
        self._store: Any = None

    @property
    def opened(self) -> bool:
        """True once the store was opened (a command used it)."""
        return self._store is not None

    @property
    def store(self) -> Any:
        """The store, opened on first use."""
        if self._store is None:
            if self.read_only and not self.settings.db.exists():
                raise NoStore(self.settings.db)
            from storage.db import StoreCorrupt, StoreError, StoreFull, open_store

            try:
                self._store = open_store(self.settings.db)
            except (StoreFull, StoreCorrupt):
                raise  # NewsbriefGroup's line
            except StoreError as exc:
                raise click.ClickException(str(exc)) from exc
        return self._store


pass_context = click.make_pass_decorator(Context)

F = TypeVar("F", bound=Callable[..., Any])


class Refused(click.ClickException):
    """A setting or an argument the command cannot work with: one line, exit code 2 (a
    usage error, without the usage text)."""

    exit_code = 2


class NoStore(Refused):
    """A command that only reads was pointed at a path where no store exists (nothing is
    created)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"no store at {path}: check --db or NEWSBRIEF_DB (a store is made by "
            "`newsbrief ingest PATH` or `newsbrief run`)"
        )


def mark_read_only(ctx: click.Context) -> None:
    """The running command only reads: a missing store is refused, not created."""
    found = ctx.find_object(Context)
    if found is not None:
        found.read_only = True


def read_only(func: F) -> F:
    """Decorate a command that only reads the store (ask, status, lists): pointed at a
    path where no store exists, it refuses with one line and exit code 2 and creates
    nothing."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        mark_read_only(click.get_current_context())
        return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def _late_db(ctx: click.Context, param: click.Parameter, value: Path | None) -> None:
    """`newsbrief ask "..." --db x.db`: the global --db given after the command."""
    found = ctx.find_object(Context)
    if value is not None and found is not None:
        found.settings = replace(found.settings, db=value)


def db_after_command() -> click.Option:
    """The global `--db` option, for a command's own options."""
    return click.Option(
        ["--db", "late_db"],
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        expose_value=False,
        is_eager=True,
        callback=_late_db,
        help="SQLite store to use (also accepted before the command).",
    )


def accept_global_options(command: click.Command) -> None:
    """Let `command` (every command of a group) take the global options after its name."""
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            accept_global_options(sub)
        return
    if not any("--db" in getattr(p, "opts", ()) for p in command.params):
        command.params.append(db_after_command())


class NewsbriefGroup(click.Group):
    """The command group: a full disk or a damaged store, whichever command meets it, is
    one line naming the store and what to do (exit code 1), never a traceback. Every
    command added takes the global options after its name too (`ask "..." --db x.db`)."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        """Add a command, accepting the global options after its name."""
        accept_global_options(cmd)
        super().add_command(cmd, name)

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command, turning store errors into one line."""
        try:
            return super().invoke(ctx)
        except Exception as exc:
            from storage.db import StoreCorrupt, StoreFull, check_store, store_error

            opened = isinstance(ctx.obj, Context) and ctx.obj.opened
            path = ctx.obj.settings.db if isinstance(ctx.obj, Context) else None
            cause = exc.__cause__ if isinstance(exc, click.ClickException) else exc
            if cause is None:
                raise
            typed = store_error(cause, path)
            if typed is None and opened and path is not None and cause is exc:
                # Damage SQLite did not notice (garbage in a page's cells) surfaces as some
                # other error: a failed check of the file says what it really is.
                typed = check_store(path)
            if not isinstance(typed, (StoreFull, StoreCorrupt)):
                raise
            logger.debug("store error (%s)", typed, exc_info=exc)
            raise click.ClickException(str(typed)) from exc
