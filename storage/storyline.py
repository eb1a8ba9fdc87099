"""The named entities of articles, and how common each is in the store: what a storyline's
articles share (ask/storyline.py)."""

from __future__ import annotations

from storage.db import Store

# People, organisations and places: what a storyline's articles name again and again
# (nationalities and groups, "Scottish", are too broad to tie stories together).
STORY_LABELS = ("PERSON", "ORG", "GPE", "FAC", "LOC")
_LABELS = ", ".join(f"'{label}'" for label in STORY_LABELS)


def article_entity_rows(store: Store, article_ids: list[int]) -> list[tuple[int, int, str, str]]:
    """The people, organisations and places the articles name: (article id, entity id,
    folded key, label), each once per article."""
    if not article_ids:
        return []
    marks = ", ".join("?" for _ in article_ids)
    rows = store.db.execute(
        "SELECT DISTINCT m.article_id, e.id, e.key, e.label FROM mentions m "
        f"JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN ({marks}) "
        f"AND e.label IN ({_LABELS})",
        article_ids,
    ).fetchall()
    return [(int(a), int(e), str(key), str(label)) for a, e, key, label in rows]


def article_entities(store: Store, article_ids: list[int]) -> dict[int, dict[int, str]]:
    """The people, organisations and places each article names: article id -> {entity id:
    folded key}."""
    found: dict[int, dict[int, str]] = {}
    for article, entity, key, _label in article_entity_rows(store, article_ids):
        found.setdefault(article, {})[entity] = key
    return found


def entity_article_counts(store: Store, entity_ids: list[int]) -> dict[int, int]:
    """In how many articles each entity is named."""
    if not entity_ids:
        return {}
    marks = ", ".join("?" for _ in entity_ids)
    rows = store.db.execute(
        "SELECT entity_id, COUNT(DISTINCT article_id) FROM mentions "
        f"WHERE entity_id IN ({marks}) GROUP BY entity_id",
        entity_ids,
    ).fetchall()
    return {int(e): int(n) for e, n in rows}


def article_total(store: Store) -> int:
    """How many articles the store holds."""
    row = store.db.execute("SELECT COUNT(*) FROM articles").fetchone()
    return int(row[0]) if row else 0


def named_keys(store: Store, keys: list[str]) -> dict[str, int]:
    """Which of these folded keys name a person, organisation or place, and in how many
    articles each is named."""
    if not keys:
        return {}
    marks = ", ".join("?" for _ in keys)
    rows = store.db.execute(
        "SELECT e.key, COUNT(DISTINCT m.article_id) FROM entities e "
        "JOIN mentions m ON m.entity_id = e.id "
        f"WHERE e.key IN ({marks}) AND e.label IN ({_LABELS}) GROUP BY e.key",
        keys,
    ).fetchall()
    return {str(k): int(n) for k, n in rows}
