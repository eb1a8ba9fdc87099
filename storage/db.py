"""Opening the store: one SQLite file in WAL mode, migrated on open, a connection per thread."""

from __future__ import annotations

import sqlite3
import sys
import threading
from pathlib import Path


def _import_sqlite_utils() -> None:
    """Import sqlite-utils without numpy and pandas.

    sqlite-utils imports them when installed (spaCy brings numpy) only to map their types
    on insert, which the store never does; numpy alone costs a quarter of a second, and
    `newsbrief ask` must answer in well under one. A process that has already imported them
    (ingest, with spaCy) keeps them; one that imports them later gets them as usual."""
    blocked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in blocked:
            del sys.modules[name]


_import_sqlite_utils()

import sqlite_utils  # noqa: E402

from common.names import fold  # noqa: E402
from storage.errors import (  # noqa: E402
    StoreCorrupt,
    StoreError,
    StoreFull,
    check_store,
    store_error,
)
from storage.migrations import apply_migrations  # noqa: E402

__all__ = [
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreFull",
    "check_store",
    "open_store",
    "store_error",
]

BUSY_TIMEOUT_MS = 30_000
MMAP_BYTES = 256 * 1024 * 1024


class Store:
    """The SQLite store at `path`. `store.db` is this thread's sqlite-utils Database."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        apply_migrations(self.db)

    @property
    def db(self) -> sqlite_utils.Database:
        """A connection for the calling thread (SQLite connections are not shared)."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite_utils.Database(_connect(self.path))
            self._local.db = db
        return db

    def close(self) -> None:
        """Close this thread's connection."""
        db = getattr(self._local, "db", None)
        if db is not None:
            db.conn.close()
            self._local.db = None


def _connect(path: Path) -> sqlite3.Connection:
    try:
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # /proc/nope/x.db, a read-only disk: one line, not a traceback
        why = exc.strerror or str(exc)
        raise StoreError(
            f"cannot open the store {path}: cannot create {path.parent}: {why}"
        ) from None
    try:
        conn = sqlite3.connect(
            str(path),
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reads through a memory map, not a copy per page: on a store of a million quotes a
        # topic question looks up thousands of rows, at half the cost. Capped, so that the
        # bot's memory stays small whatever the size of the store.
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        conn.create_function("fold", 1, _fold_or_none, deterministic=True)
    except sqlite3.DatabaseError as exc:
        typed = store_error(exc, path)
        if typed is not None:
            raise typed from exc
        raise StoreError(f"cannot open the store {path}: {exc}") from exc
    return conn


def _fold_or_none(value: object) -> str | None:
    return fold(value) if isinstance(value, str) else None


def open_store(path: Path | str) -> Store:
    """Open (creating and migrating as needed) the store at `path`."""
    try:
        return Store(Path(path))
    except sqlite3.DatabaseError as exc:
        typed = store_error(exc, path)
        if typed is not None:
            raise typed from exc
        raise StoreError(f"cannot open the store {path}: {exc}") from exc
