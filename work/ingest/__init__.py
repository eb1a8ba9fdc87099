"""Ingest: reading inputs, parsing on a pool, saving, feeds and their polling, and the
admin source commands."""
