"""Speakers by role: how articles describe them (title, organisation, the words used), and
how much each is quoted in the stories a question is about."""

from __future__ import annotations

import sqlite_utils

from storage.speakers import SpeakerRow
from storage.substrings import holding
from storage.window import NEWEST_FIRST, window

# A description: its title part (a title, how a quote refers to the speaker, or an
# organisation's own name) and its organisation part.
Description = tuple[str, str]


def role_descriptions(
    db: sqlite_utils.Database, words: list[str]
) -> list[tuple[SpeakerRow, list[Description]]]:
    """Speakers with the ways articles describe them (the title and organisation on their
    profile and on each quote, how a quote refers to them, an organisation's own name), for
    those where the longest of the words occurs in one of the descriptions."""
    word = max(words, key=len)
    probe = f"%{word}%"
    speakers, among_speakers = holding("speakers", word)  # the substring indexes narrow
    roles, among_roles = holding("speaker_roles", word)
    rows = db.execute(
        "SELECT s.id, s.name, s.kind, s.title, s.org, r.title, r.org, r.mention "
        "FROM speakers s LEFT JOIN speaker_roles r ON r.speaker_id = s.id "
        f"WHERE s.id IN (SELECT s2.id FROM speakers s2 WHERE {speakers} AND (s2.title LIKE ? "
        "OR s2.org LIKE ? OR (s2.kind = 'org' AND s2.name LIKE ?)) UNION SELECT speaker_id "
        f"FROM speaker_roles WHERE {roles} AND (title LIKE ? OR org LIKE ? OR mention LIKE ?))",
        [*among_speakers, *[probe] * 3, *among_roles, *[probe] * 3],
    ).fetchall()
    found: dict[int, tuple[SpeakerRow, list[Description]]] = {}
    for r in rows:
        if r[0] not in found:
            speaker = SpeakerRow(r[0], r[1], r[2], r[3], r[4])
            own = [(r[1], "")] if speaker.kind == "org" else []
            found[r[0]] = (speaker, [(r[3] or "", r[4] or ""), *own])
        descriptions = found[r[0]][1]
        descriptions.append((r[5] or "", r[6] or ""))
        if r[7]:
            descriptions.append((r[7], ""))
    return list(found.values())


def story_quotes(
    db: sqlite_utils.Database,
    speaker_ids: list[int],
    fts_query: str | None,
    *,
    since: str | None = None,
    until: str | None = None,
    newest: int = 10,
) -> list[dict[int, int]]:
    """How much of each speaker's words each of the stories a question is about carries (the
    characters of their quotes; a partial quote inside their paraphrase not again), newest
    story first: the articles matching `fts_query` (when given), else the articles quoting
    any of them; at most `newest` stories. A judge quoted over two paragraphs weighs more
    than one whose two words the story recalls."""
    if not speaker_ids:
        return []
    marks = ", ".join("?" for _ in speaker_ids)
    dated, params = window(since, until)
    where = "".join(f" AND {c}" for c in dated)
    if fts_query is None:
        # The stories newest first (articles_appeared), each checked for a quote by one of
        # them (quotes_speaker_article): stops after `newest` instead of reading them all.
        quoting = (
            "EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id "
            f"AND q.speaker_id IN ({marks}))"
        )
    else:  # their articles (quotes_speaker_article) that match, then newest first
        quoting = f"a.id IN (SELECT article_id FROM quotes WHERE speaker_id IN ({marks}))"
        where += " AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        params.append(fts_query)
    stories = [
        int(r[0])
        for r in db.execute(
            f"SELECT a.id FROM articles a WHERE {quoting}{where} "
            f"ORDER BY {NEWEST_FIRST}, a.id DESC LIMIT ?",
            [*speaker_ids, *params, newest],
        ).fetchall()
    ]
    if not stories:
        return []
    found: dict[int, dict[int, int]] = {story: {} for story in stories}
    rows = db.execute(
        "SELECT article_id, speaker_id, max(1, sum(CASE WHEN kind = 'partial' THEN 0 ELSE "
        "length(text) END)) FROM quotes WHERE article_id IN "
        f"({', '.join('?' for _ in stories)}) AND speaker_id IN ({marks}) "
        "GROUP BY article_id, speaker_id",
        [*stories, *speaker_ids],
    ).fetchall()
    for article_id, speaker_id, count in rows:
        found[int(article_id)][int(speaker_id)] = int(count)
    return [found[story] for story in stories]
