"""Quotes by speaker and by article: newest first, or in article order."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from extract.names import fold
from storage.db import Store
from storage.folded import candidates_sql, phrase_query
from storage.folded_keys import last_word, like_safe
from storage.quote_filters import filters
from storage.quote_titles import titles_holding
from storage.quotes import SELECT, QuoteRow, quote_count, read_rows
from storage.window import NEWEST_FIRST

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")  # where a sentence or a paragraph ends

# A speaker quoted more often than this is read article by article, newest first, until the
# limit is reached; one quoted less, all at once and sorted.
MANY_QUOTES = 2_000


def quotes_by_speakers(
    store: Store,
    speaker_ids: list[int],
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int = 200,
) -> list[QuoteRow]:
    """Quotes by the given speakers, newest first."""
    where, params = filters(since, until, speaker_ids)
    order = f"ORDER BY {NEWEST_FIRST}, q.start"
    if quote_count(store, speaker_ids) > MANY_QUOTES:
        # Articles newest first (articles_appeared), each one's quotes in order
        # (quotes_article_start): stops at the limit instead of sorting every quote.
        sql = (
            f"{SELECT} FROM articles a CROSS JOIN quotes q ON q.article_id = a.id "
            f"WHERE 1 = 1{where} {order} LIMIT ?"
        )
    else:
        sql = (
            f"{SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE 1 = 1{where} "
            f"{order} LIMIT ?"
        )
    return read_rows(store.db.execute(sql, [*params, limit]))


def latest_articles_of(store: Store, speaker_id: int, limit: int) -> list[int]:
    """Ids of the newest articles quoting a speaker."""
    if quote_count(store, [speaker_id]) > MANY_QUOTES:
        sql = (
            "SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM quotes q WHERE "
            "q.speaker_id = ? AND q.article_id = a.id) "
            f"ORDER BY {NEWEST_FIRST} LIMIT ?"
        )
    else:
        sql = (
            "SELECT a.id FROM articles a WHERE a.id IN (SELECT article_id FROM quotes "
            f"WHERE speaker_id = ?) ORDER BY {NEWEST_FIRST} LIMIT ?"
        )
    return [int(r[0]) for r in store.db.execute(sql, [speaker_id, limit]).fetchall()]


def quotes_in_article_range(
    store: Store, after: int, through: int, *, limit: int = 2000
) -> list[QuoteRow]:
    """The quotes of articles with ids in (after, through], in article order."""
    sql = (
        f"{SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id "
        "WHERE q.article_id > ? AND q.article_id <= ? ORDER BY q.article_id, q.start LIMIT ?"
    )
    return read_rows(store.db.execute(sql, [after, through, limit]))


def statement_pieces(store: Store, keys: list[tuple[int, int]]) -> list[QuoteRow]:
    """Every piece of the given statements ((article id, attribution) pairs), in article
    order: the pieces of one statement share its attribution number."""
    if not keys:
        return []
    pairs = json.dumps([list(k) for k in keys])
    sql = (
        f"{SELECT} FROM (SELECT DISTINCT value ->> 0 AS article_id, value ->> 1 AS attribution "
        "FROM json_each(?)) k CROSS JOIN quotes q ON q.article_id = k.article_id "
        "AND q.attribution = k.attribution JOIN articles a ON a.id = q.article_id "
        "ORDER BY q.article_id, q.start, q.id"
    )
    return read_rows(store.db.execute(sql, [pairs]))


def passages(store: Store, spans: list[tuple[int, int, int]]) -> dict[tuple[int, int, int], str]:
    """The body text of each (article id, start, end) span."""
    found: dict[tuple[int, int, int], str] = {}
    for span in dict.fromkeys(spans):
        article_id, start, end = span
        row = store.db.execute(
            "SELECT substr(body, ?, ?) FROM articles WHERE id = ?",
            [start + 1, max(0, end - start), article_id],
        ).fetchone()
        if row is not None and row[0] is not None:
            found[span] = str(row[0])
    return found


def count_statements_by_speakers(
    store: Store, speaker_ids: list[int], *, since: str | None = None, until: str | None = None
) -> int:
    """How many statements (attributions) the speakers have in the window."""
    if not speaker_ids:
        return 0
    where, params = filters(since, until, speaker_ids)
    sql = (
        "SELECT count(*) FROM (SELECT DISTINCT q.article_id, q.attribution FROM quotes q "
        f"JOIN articles a ON a.id = q.article_id WHERE 1 = 1{where})"
    )
    return int(store.db.execute(sql, params).fetchone()[0])


def unnamed_quotes_of_orgs(
    store: Store,
    org_names: list[str],
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int = 200,
) -> list[QuoteRow]:
    """Quotes of unnamed people who speak for one of the organisations ("a spokeswoman for
    the Orrin Rescue Trust said"), newest first."""
    if not org_names:
        return []
    where, params = filters(since, until, None)
    sql = f"{_unnamed_of(len(org_names))}{where} ORDER BY {NEWEST_FIRST}, q.start LIMIT ?"
    return read_rows(store.db.execute(sql, [*(fold(o) for o in org_names), *params, limit]))


def _unnamed_of(orgs: int) -> str:
    """The query of the quotes of unnamed people filed under one of `orgs` organisations'
    folded names (one "?" each), before its time filters."""
    marks = ", ".join("?" for _ in range(orgs))
    return (
        f"{SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id IS "
        f"NULL AND q.speaker_org != '' AND q.id IN (SELECT quote_id FROM quote_keys WHERE "
        f"org IN ({marks}))"
    )


def unnamed_quotes_of_org_parts(
    store: Store,
    parts_of: dict[str, list[str]],
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int = 200,
) -> list[QuoteRow]:
    """Quotes of unnamed people who speak for a part of an organisation's name (`parts_of`:
    each name with its folded parts), in a story that names the organisation whole, given
    as its own ("A Department for Schools spokesman said", filed under "Department" where
    the recogniser cut the name, in a story that says "Department for Schools"); newest
    first."""
    where, params = filters(since, until, None)
    rows: dict[int, QuoteRow] = {}
    for name, parts in parts_of.items():
        sql = (
            f"{_unnamed_of(len(parts))} AND instr(fold(a.body), ?) > 0{where} "
            f"ORDER BY {NEWEST_FIRST}, q.start LIMIT ?"
        )
        for row in read_rows(store.db.execute(sql, [*parts, fold(name), *params, limit])):
            rows.setdefault(row.id, replace(row, speaker_org=name))
    return list(rows.values())[:limit]


def unnamed_quotes_of_role(
    store: Store,
    role: str,
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int = 200,
    article_holds: str | None = None,
) -> list[QuoteRow]:
    """Quotes of unnamed title holders referred to by their role ("the harbourmaster said"):
    a definite description ending in the (folded) role word, newest first. With
    `article_holds`, only in articles whose text holds that phrase ("the chair" where the
    article says "the chair of governors")."""
    where, params = filters(since, until, None)
    if article_holds:
        where += " AND fold(a.body) LIKE ?"
        params = [*params, f"%{fold(article_holds)}%"]
    role = fold(role)
    last = last_word(f" {role}")  # of any mention the two forms match (quote_keys)
    among = "q.id IN (SELECT quote_id FROM quote_keys WHERE mention_last = ?) AND "
    if not like_safe(last):
        among, last = "? IS NOT NULL AND ", ""
    sql = (
        f"{SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id IS "
        f"NULL AND {among}(fold(q.mention) = ? OR fold(q.mention) LIKE ?){where} "
        f"ORDER BY {NEWEST_FIRST}, q.start LIMIT ?"
    )
    args = [last, f"the {role}", f"the % {role}", *params, limit]
    return read_rows(store.db.execute(sql, args))


# Words naming a group after its members: "a group of sea swimmers calling themselves X".
_CALLING = ("calling themselves", "who call themselves", "known as", "called")


def orgs_described_as(store: Store, noun: str) -> list[str]:
    """The organisations the articles call by a common noun ("A food bank in Fenmouth says",
    "the regulator said" for a story's named food bank or regulator): those credited with,
    or spoken for in, a quote whose source is that noun with an article or "its" before it."""
    key = fold(noun)
    if not key:
        return []
    forms = [key, *(f"{det} {key}" for det in ("the", "a", "an"))]
    marks = ", ".join("?" for _ in forms)
    sql = (
        "SELECT CASE WHEN q.speaker_kind = 'org' THEN q.speaker ELSE q.speaker_org END AS org, "
        "COUNT(*) AS n FROM quotes q WHERE q.id IN (SELECT quote_id FROM quote_keys WHERE "
        f"mention IN ({marks})) AND "
        "(q.speaker_kind = 'org' OR (q.speaker_id IS NULL AND q.speaker_org != '')) "
        "GROUP BY org ORDER BY n DESC"
    )
    found = [str(org) for org, _ in store.db.execute(sql, forms).fetchall() if org]
    return found + [o for o in _orgs_in_apposition(store, key) if o not in found]


def _orgs_in_apposition(store: Store, key: str) -> list[str]:
    """The quoted organisations (speakers, or those spoken for) an article introduces as
    the noun in apposition ("Elm Rail Users, a passenger group, urged ..." for "passenger
    group"; "Aurelis Cruises, the cruise line behind the plan,") or as a group of them under
    its name ("a group of sea swimmers calling themselves the Penmorrow Bluetits" for "sea
    swimmers")."""
    found: list[str] = []
    forms = [
        f", a {key}",
        f", an {key}",
        f", the {key}",
        *(f"of {key} {verb}" for verb in _CALLING),
    ]
    # the folded-words index narrows the articles; the exact test reads only those
    among, narrowed = candidates_sql(phrase_query(*forms))
    tests = " OR ".join("instr(fold(body), ?) > 0" for _ in forms)
    for article_id, body in store.db.execute(
        f"SELECT id, fold(body) FROM articles WHERE {among} AND ({tests}) ORDER BY id",
        [*narrowed, *forms],
    ).fetchall():
        for (org,) in store.db.execute(
            "SELECT DISTINCT CASE WHEN speaker_kind = 'org' THEN speaker ELSE speaker_org END "
            "FROM quotes WHERE article_id = ? AND (speaker_kind = 'org' OR speaker_org != '')",
            [article_id],
        ).fetchall():
            name, noun = re.escape(fold(str(org or ""))), re.escape(key)
            # (not "X, the government's adviser": the government is another body)
            introduced = rf"\b{name},\s+(?:an?|the)\s+{noun}\b(?!['\u2019])"
            called = rf"\bof\s+{noun}\s+(?:{'|'.join(_CALLING)})\s+(?:the\s+)?{name}\b"
            if org and org not in found and re.search(f"{introduced}|{called}", str(body)):
                found.append(str(org))
    return found


def orgs_named_with_tail(store: Store, phrase: str) -> list[str]:
    """The quoted organisations whose names end with a phrase of two words or more ("the
    harbour trust" for Port Carrow Harbour Trust): speakers, or those spoken for."""
    key = fold(phrase)
    if len(key.split()) < 2:
        return []
    last = last_word(key)  # of any name the pattern matches (quote_keys)
    among = (
        "q.id IN (SELECT quote_id FROM quote_keys WHERE speaker_last = ? UNION "
        "SELECT quote_id FROM quote_keys WHERE org_last = ?) AND "
    )
    if not like_safe(last):
        among = "? IS NOT NULL AND ? IS NOT NULL AND "
    sql = (
        "SELECT DISTINCT CASE WHEN q.speaker_kind = 'org' THEN q.speaker ELSE q.speaker_org END "
        f"AS org FROM quotes q WHERE {among}(q.speaker_kind = 'org' OR (q.speaker_id IS NULL "
        "AND q.speaker_org != '')) AND (fold(q.speaker) LIKE ? OR fold(q.speaker_org) LIKE ?)"
    )
    tail = f"% {key}"
    rows = store.db.execute(sql, [last, last, tail, tail]).fetchall()
    return sorted({str(org) for (org,) in rows if org and fold(str(org)).endswith(" " + key)})


def unnamed_quotes_described(
    store: Store,
    head: str,
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int = 200,
) -> list[QuoteRow]:
    """Quotes of unnamed sources whose description (the words a story uses for them, "One
    paramedic, who asked not to be named", "the family of X", "a nurse who works at the
    hospital": where they work is no name) holds the folded word `head`; newest first. The
    caller decides which word is the description's head."""
    where, params = filters(since, until, None)
    among, narrowed = titles_holding(fold(head))  # the substring index narrows
    sql = (
        f"{SELECT} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {among} AND "
        f"q.speaker_id IS NULL AND fold(q.speaker_title) LIKE ?{where} "
        f"ORDER BY {NEWEST_FIRST}, q.start LIMIT ?"
    )
    return read_rows(store.db.execute(sql, [*narrowed, f"%{fold(head)}%", *params, limit]))


def articles_naming(store: Store, phrase: str, article_ids: list[int]) -> set[int]:
    """Those of the articles whose headline or body names the phrase (folded, as whole
    words): "Dunrath" for a question's "the shopkeeper in Dunrath"."""
    key = fold(phrase).strip()
    if not key or not article_ids:
        return set()
    marks = ", ".join("?" for _ in article_ids)
    among, narrowed = candidates_sql(phrase_query(key))
    found: set[int] = set()
    for article_id, title, body in store.db.execute(
        f"SELECT id, fold(COALESCE(title, '')), fold(body) FROM articles WHERE id IN ({marks}) "
        f"AND ({among} OR instr(fold(COALESCE(title, '')), ?) > 0)",
        [*article_ids, *narrowed, key],
    ).fetchall():
        words = re.compile(rf"(?<![^\W_]){re.escape(key)}(?![^\W_])")
        if words.search(str(title)) or words.search(str(body)):
            found.add(int(article_id))
    return found


def speaker_stories_naming(store: Store, speaker_id: int, phrase: str) -> bool:
    """Whether an article quoting the speaker names the phrase (folded, as whole words):
    "licensing committee" for a chair the story calls only "the committee"'s chair."""
    return bool(articles_naming(store, phrase, _articles_quoting(store, speaker_id)))


def _articles_quoting(store: Store, speaker_id: int) -> list[int]:
    """The ids of the articles that quote the speaker."""
    return [
        int(r[0])
        for r in store.db.execute(
            "SELECT DISTINCT article_id FROM quotes WHERE speaker_id = ?", [speaker_id]
        ).fetchall()
    ]


def speaker_described_with(store: Store, speaker_id: int, name: str, forms: list[str]) -> bool:
    """Whether a sentence of an article quoting the speaker names them (`name`, folded, as
    whole words: their surname) and says one of the forms: "Owain Pritchett, the
    headteacher, who will retire when the school closes" for "retire"."""
    return described_with(store, _articles_quoting(store, speaker_id), name, forms)


def described_with(store: Store, article_ids: list[int], name: str, forms: list[str]) -> bool:
    """Whether a sentence of one of the articles names `name` (folded, as whole words) and
    says one of the forms (`speaker_described_with`)."""
    key = fold(name).strip()
    wanted = [fold(f).strip() for f in forms if f.strip()]
    if not key or not wanted or not article_ids:
        return False
    named = re.compile(rf"(?<![^\W_]){re.escape(key)}(?![^\W_])")
    said = re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, wanted))})(?![^\W_])")
    marks = ", ".join("?" for _ in article_ids)
    for (body,) in store.db.execute(
        f"SELECT fold(body) FROM articles WHERE id IN ({marks})", article_ids
    ).fetchall():
        for sentence in _SENTENCE_END.split(str(body or "")):
            if named.search(sentence) and said.search(sentence):
                return True
    return False
