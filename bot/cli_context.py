"""What every `newsbrief` command shares: the settings and the store opened on demand
(`Context`), and the command group that turns a full disk or a damaged store into one line."""

from __future__ import annotations

import logging
from typing import Any

import click

from work.settings import Settings

logger = logging.getLogger("newsbrief")


class Context:
    """What every command needs: settings and (opened on demand) the store."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._store: Any = None

    @property
    def opened(self) -> bool:
        """True once the store was opened (a command used it)."""
        return self._store is not None

    @property
    def store(self) -> Any:
        """The store, opened on first use."""
        if self._store is None:
            from storage.db import StoreCorrupt, StoreError, StoreFull, open_store

            try:
                self._store = open_store(self.settings.db)
            except (StoreFull, StoreCorrupt):
                raise  # NewsbriefGroup's line
            except StoreError as exc:
                raise click.ClickException(str(exc)) from exc
        return self._store


pass_context = click.make_pass_decorator(Context)


class NewsbriefGroup(click.Group):
    """The command group: a full disk or a damaged store, whichever command meets it, is
    one line naming the store and what to do (exit code 1), never a traceback."""

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
