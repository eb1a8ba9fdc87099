"""Folded keys of quotes, speakers and roles, indexed, so a question that compares a folded
name or description (common.names.fold: lower case, accents dropped, "ß" as "ss", ligatures
as their letters) reads the few rows that hold it, not every quote or speaker folded anew.

- `quote_keys`: per quote, fold(mention) and fold(speaker_org), and the last word (the text
  after the last space) of fold(mention), fold(speaker) and fold(speaker_org): "the % chair"
  and "% harbour trust" end with the word they look for. Each only where a look-up reads
  it: a description or the words of a name for an organisation's or an unnamed source's
  quote, the organisation spoken for and a role's last word for an unnamed source's.
- `speaker_keys`: per speaker, fold(name) and fold(org).
- `speaker_roles.org_key`: fold(org) of each way a speaker's quotes describe them.

Triggers keep them in step with every write (insert, an edited speaker or description,
a merged speaker), so no write path needs to know of them; a deleted row's keys go with
it. They only narrow: callers keep the exact test over the candidates, so answers are the
ones a scan of every row gave.
"""

from __future__ import annotations

import sqlite_utils


def last_word(folded: str) -> str:
    """The text after the last space of a folded text (all of it when it has none): the key
    `quote_keys` holds for any text ending with this one after a space."""
    return folded.rsplit(" ", 1)[-1]


def like_safe(word: str) -> bool:
    """Whether a LIKE pattern ending with " <word>" can only match texts whose last word is
    `word`: not when it holds one of LIKE's wildcards."""
    return "%" not in word and "_" not in word


def _last_sql(expr: str) -> str:
    """SQL for last_word() of an expression: rtrim() drops the trailing run of characters
    that are not spaces, and what it dropped is the last word."""
    return f"substr({expr}, length(rtrim({expr}, replace({expr}, ' ', ''))) + 1)"


# Keys only of the quotes the look-ups read: of unnamed sources (no speaker_id), and of
# organisations (speaker_kind 'org') for the descriptions and names.
_UNNAMED = "new.speaker_id IS NULL"
_ORGS = "(new.speaker_kind = 'org' OR new.speaker_id IS NULL)"
_QUOTE_VALUES = (
    f"new.id, CASE WHEN {_ORGS} THEN fold(new.mention) END, "
    f"CASE WHEN {_UNNAMED} THEN fold(new.speaker_org) END, "
    f"CASE WHEN {_UNNAMED} THEN {_last_sql('fold(new.mention)')} END, "
    f"CASE WHEN {_ORGS} THEN {_last_sql('fold(new.speaker)')} END, "
    f"CASE WHEN {_ORGS} THEN {_last_sql('fold(new.speaker_org)')} END"
)
_QUOTE_COLUMNS = "quote_id, mention, org, mention_last, speaker_last, org_last"


def create_folded_keys(db: sqlite_utils.Database) -> None:
    """Migration 014: the key tables and column, their triggers, filled from the rows
    already stored."""
    db.execute(
        "CREATE TABLE quote_keys (quote_id INTEGER PRIMARY KEY REFERENCES quotes(id) "
        "ON DELETE CASCADE, mention TEXT, org TEXT, mention_last TEXT, speaker_last TEXT, "
        "org_last TEXT)"
    )
    for column in ("mention", "org", "mention_last", "speaker_last", "org_last"):
        db.execute(f"CREATE INDEX quote_keys_{column} ON quote_keys({column})")
    upsert = f"INSERT OR REPLACE INTO quote_keys ({_QUOTE_COLUMNS}) VALUES ({_QUOTE_VALUES});"
    db.execute(f"CREATE TRIGGER quote_keys_ai AFTER INSERT ON quotes BEGIN {upsert} END")
    db.execute(
        "CREATE TRIGGER quote_keys_au AFTER UPDATE OF mention, speaker, speaker_org, speaker_id, "
        "speaker_kind ON quotes "
        f"BEGIN {upsert} END"
    )
    old_rows = _QUOTE_VALUES.replace("new.", "")
    db.execute(f"INSERT INTO quote_keys ({_QUOTE_COLUMNS}) SELECT {old_rows} FROM quotes")

    db.execute(
        "CREATE TABLE speaker_keys (speaker_id INTEGER PRIMARY KEY REFERENCES speakers(id) "
        "ON DELETE CASCADE, name TEXT, org TEXT)"
    )
    db.execute("CREATE INDEX speaker_keys_name ON speaker_keys(name)")
    db.execute("CREATE INDEX speaker_keys_org ON speaker_keys(org)")
    upsert = (
        "INSERT OR REPLACE INTO speaker_keys (speaker_id, name, org) "
        "VALUES (new.id, fold(new.name), fold(new.org));"
    )
    db.execute(f"CREATE TRIGGER speaker_keys_ai AFTER INSERT ON speakers BEGIN {upsert} END")
    db.execute(
        f"CREATE TRIGGER speaker_keys_au AFTER UPDATE OF name, org ON speakers BEGIN {upsert} END"
    )
    db.execute(
        "INSERT INTO speaker_keys (speaker_id, name, org) "
        "SELECT id, fold(name), fold(org) FROM speakers"
    )

    db.execute("ALTER TABLE speaker_roles ADD COLUMN org_key TEXT")
    db.execute("UPDATE speaker_roles SET org_key = fold(org)")
    db.execute("CREATE INDEX speaker_roles_org_key ON speaker_roles(org_key)")
    db.execute(
        "CREATE TRIGGER speaker_roles_key_ai AFTER INSERT ON speaker_roles BEGIN "
        "UPDATE speaker_roles SET org_key = fold(new.org) WHERE id = new.id; END"
    )


ENTITY_LAST = _last_sql("key")  # the indexed expression: a query must write it the same


def create_entity_last_words(db: sqlite_utils.Database) -> None:
    """Migration 016: the entities by the last word of their (folded) key, so "% voss"
    reads the entities whose name ends with that word, not every entity. Built-in functions
    only: any SQLite connection can write the table."""
    db.execute(f"CREATE INDEX entities_last_word ON entities({ENTITY_LAST})")
