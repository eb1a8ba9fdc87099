"""Explicit transactions: the store's connection runs in autocommit mode, so a `with
transaction(db):` block is exactly one BEGIN IMMEDIATE ... COMMIT (or ROLLBACK)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import sqlite_utils

from storage.errors import store_error


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One write transaction; rolled back if the block raises. A full disk or a damaged
    file raises StoreFull or StoreCorrupt (the transaction rolled back: the store holds what
    it held before)."""
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            _rollback(db)
            raise
        try:
            db.execute("COMMIT")
        except BaseException:
            _rollback(db)
            raise
    except sqlite3.DatabaseError as exc:
        typed = store_error(exc)
        if typed is None:
            raise
        raise typed from exc


def _rollback(db: sqlite_utils.Database) -> None:
    """Roll back, unless SQLite already has (it does after some errors, SQLITE_FULL among
    them: a second ROLLBACK would hide the error that matters)."""
    if db.conn.in_transaction:
        db.execute("ROLLBACK")
