"""Storage: the SQLite store (sqlite-utils). All SQL lives in this package."""

from storage.db import Store, open_store

__all__ = ["Store", "open_store"]
