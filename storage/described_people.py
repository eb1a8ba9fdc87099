"""The named people quoted in the stories that use a word: where ask/described_people.py
reads how each story describes them ("Wanjiru Kamau, whose haulage firm ...")."""

from __future__ import annotations

from common.names import fold
from storage.db import Store
from storage.folded import candidates_sql, phrase_query
from storage.speakers import SpeakerRow
from storage.window import NEWEST_FIRST

# Stories read at most, newest first: a description asked for is looked for in these.
MAX_STORIES = 200


def people_in_stories_with(
    store: Store, stems: list[str], *, bodies: bool = False
) -> list[tuple[int, str, str, list[SpeakerRow]]]:
    """Each story (id, headline, body) whose folded text or headline holds a word starting
    with one of the stems ("Retired postman's marrow takes county title"), with the named
    people quoted in it; newest first, stories quoting no named person left out. With
    `bodies`, the organisations quoted count too ("The club's sponsor, Greaves Brewery,
    said")."""
    kinds = "('person', 'org')" if bodies else "('person')"
    query = phrase_query(*stems) if stems else None
    if query is None:
        return []
    among, narrowed = candidates_sql(query)
    headed = " OR ".join('"' + fold(s).replace('"', '""') + '" *' for s in stems if fold(s))
    stories = store.db.execute(
        f"SELECT a.id, a.title, a.body FROM articles a WHERE (a.{among} OR a.id IN (SELECT "
        "rowid FROM articles_fts WHERE articles_fts MATCH ?)) AND EXISTS (SELECT 1 FROM "
        "quotes q JOIN speakers s ON s.id = q.speaker_id WHERE q.article_id = a.id AND "
        f"s.kind IN {kinds}) ORDER BY {NEWEST_FIRST} LIMIT ?",
        [*narrowed, f"title : ({headed})", MAX_STORIES],
    ).fetchall()
    found: list[tuple[int, str, str, list[SpeakerRow]]] = []
    for article_id, title, body in stories:
        people = [
            SpeakerRow(r[0], r[1], r[2], r[3], r[4])
            for r in store.db.execute(
                "SELECT DISTINCT s.id, s.name, s.kind, s.title, s.org FROM quotes q JOIN "
                "speakers s ON s.id = q.speaker_id WHERE q.article_id = ? AND "
                f"s.kind IN {kinds} ORDER BY s.id",
                [article_id],
            ).fetchall()
        ]
        found.append((int(article_id), str(title), str(body), people))
    return found


def unnamed_sentences(store: Store, article_ids: list[int]) -> dict[int, list[str]]:
    """Per story, the sentences it quotes its unnamed sources in ("One father, who asked not
    to be named because his son is a pupil at Ravensmere, said ...")."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    found: dict[int, list[str]] = {}
    for article_id, sentence in store.db.execute(
        f"SELECT DISTINCT article_id, sentence FROM quotes WHERE article_id IN ({marks}) "
        "AND speaker_id IS NULL AND speaker_kind IS NOT 'org'",
        ids,
    ).fetchall():
        found.setdefault(int(article_id), []).append(str(sentence or ""))
    return found
