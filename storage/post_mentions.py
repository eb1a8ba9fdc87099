"""People the stories name beside a post but never quote: "The vote was four to one, with
the council leader, Cllr Martin Ebdon, absent", "guidance by the education secretary,
Rosalind Tate", "Education Secretary Rosalind Tate said last month ...". Read from the
stored article bodies and the person mentions the extractor recorded (entities, mentions)."""

from __future__ import annotations

import re

from common.names import is_honorific
from storage.db import Store
from storage.folded import candidates_sql, phrase_query

# Between a name and the post after it: "Rosalind Tate, the education secretary".
_BETWEEN_BEFORE = re.compile(r"^,\s*(?:the\s+|its\s+|their\s+)?$", re.I)
_WORD = re.compile(r"[^\W_]+")
_GAP = 40  # characters between a post and a name beside it, at most


def people_named_with(
    store: Store, words: list[str], former: frozenset[str] = frozenset()
) -> list[str]:
    """The names a story gives right beside a post written in these words, in order
    ("council", "leader": "the council leader, Cllr Martin Ebdon"); none when no story
    writes the post so; not one a word of `former` comes right before ("the former
    organist, Sir Peregrine Hollis"). (The recogniser files some people as organisations:
    "the mayor of Saint-Aubin, Jean-Rémy Dufresne"; `quoted` tells a quoted body from
    them.)"""
    if not words:
        return []
    post = re.compile(
        r"(?<![^\W_])" + r"\s+".join(re.escape(w) for w in words) + r"(?![^\W_])", re.I
    )
    names: dict[str, None] = {}
    among, narrowed = candidates_sql(phrase_query(" ".join(words)))  # the index narrows
    rows = store.db.execute(
        f"SELECT id, body FROM articles WHERE {among} AND instr(lower(body), ?) > 0",
        [*narrowed, words[-1].lower()],
    ).fetchall()
    for article_id, body in rows:
        text = str(body or "")
        hits = [
            (m.start(), m.end())
            for m in post.finditer(text)
            if not (
                set(_WORD.findall(text[max(0, m.start() - 20) : m.start()].lower())[-1:]) & former
            )
        ]
        if not hits:
            continue
        people = store.db.execute(
            'SELECT e.name, m.start, m."end" FROM mentions m JOIN entities e '
            "ON e.id = m.entity_id WHERE m.article_id = ? AND e.label IN ('PERSON', 'ORG')",
            [article_id],
        ).fetchall()
        for name, start, end in people:
            for at, to in hits:
                after = 0 <= start - to <= _GAP and _honorifics_only(text[to:start])
                before = 0 <= at - end <= _GAP and _BETWEEN_BEFORE.match(text[end:at])
                if after or before:
                    names[str(name)] = None
    return list(names)


def _honorifics_only(between: str) -> bool:
    """Whether the text between a post and a name is a comma and honorifics at most ("the
    council leader, Cllr X", "the vicar, the Rev Y")."""
    return all(w == "the" or is_honorific(w) for w in _WORD.findall(between.lower()))


def quoted(store: Store, name: str) -> bool:
    """Whether the store quotes a speaker of this name (a body through its people too), or
    a person of its surname (the name's last word: "Cllr Martin Ebdon" is quoted as "Martin
    Ebdon")."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    if not name:
        return False
    surname = name.split()[-1]
    row = store.db.execute(
        "SELECT 1 FROM speakers WHERE name = ? OR org = ? "
        "OR (kind = 'person' AND (name = ? OR name LIKE ?)) LIMIT 1",
        [name, name, surname, f"% {surname}"],
    ).fetchone()
    return row is not None
