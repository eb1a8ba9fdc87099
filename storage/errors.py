"""The store's errors: a full disk and a damaged file, told apart from SQLite's errors so
that every surface can say so in one line (the CLI) or a short reply (Slack)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StoreError(RuntimeError):
    """The store cannot be opened or read (a clear message for the user)."""

    # What a Slack user is told (the bot's log has the full line).
    reply = "Sorry, I cannot read my store right now; it has been logged."


# SQLite's primary result codes for a full disk, a damaged file and a file that is no
# database (https://sqlite.org/rescode.html).
SQLITE_FULL, SQLITE_CORRUPT, SQLITE_NOTADB = 13, 11, 26


class StoreFull(StoreError):
    """A write did not fit: the disk (or the store's size limit) is full. The write was
    rolled back; everything stored before is intact."""

    reply = "Sorry, my store is full (no disk space left); an admin has to free some."

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        super().__init__(self.line())

    def line(self) -> str:
        """One line for the user: what happened and what to do."""
        where = f"the store {self.path}" if self.path else "the store"
        return (
            f"{where} is full (database or disk is full): nothing was half-written and what "
            "was stored before is intact; free disk space, then run the command again"
        )


class StoreCorrupt(StoreError):
    """The store's file is damaged (a malformed page) or is not a newsbrief store."""

    reply = "Sorry, my store is damaged; an admin has to restore it (it has been logged)."

    def __init__(self, path: Path | None = None, detail: str = "database disk image is malformed"):
        self.path = path
        self.detail = detail
        super().__init__(self.line())

    def line(self) -> str:
        """One line for the user: which file, and what to do."""
        where = str(self.path) if self.path else "the store"
        fix = (
            f"restore it from a backup, or salvage it with `sqlite3 {where} .recover | sqlite3 "
            "recovered.db` and point NEWSBRIEF_DB (or --db) at the copy"
        )
        return f"the store {where} is damaged ({self.detail}): {fix}"


def store_error(exc: BaseException, path: Path | str | None = None) -> StoreError | None:
    """The StoreFull or StoreCorrupt an SQLite error means (naming `path` when known), the
    StoreError itself (given the path if it had none), or None for any other error."""
    where = Path(path) if path is not None else None
    if isinstance(exc, (StoreFull, StoreCorrupt)):
        if exc.path is None and where is not None:
            exc.path = where
            exc.args = (exc.line(),)
        return exc
    if isinstance(exc, StoreError):
        return exc
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc)
    if code == SQLITE_FULL or "database or disk is full" in text:
        return StoreFull(where)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return StoreCorrupt(where, text or "database disk image is malformed")
    return None


def check_store(path: Path | str) -> StoreCorrupt | None:
    """A StoreCorrupt when SQLite's quick check of the file finds damage, else None (also
    when the file cannot be checked at all)."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
            found = [str(r[0]) for r in conn.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as exc:
        typed = store_error(exc, path)
        return typed if isinstance(typed, StoreCorrupt) else None
    if found == ["ok"]:
        return None
    lines = [line.strip() for text in found for line in text.splitlines()]
    first = next((line for line in lines if line and not line.startswith("***")), "failed")
    return StoreCorrupt(Path(path), f"integrity check: {first}")
