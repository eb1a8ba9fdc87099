"""Explicit transactions: the store's connection runs in autocommit mode, so a `with
transaction(db):` block is exactly one BEGIN IMMEDIATE ... COMMIT (or ROLLBACK)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlite_utils


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One write transaction; rolled back if the block raises."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
