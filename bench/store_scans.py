"""Store scans on the ask and ingest paths: time per question and per ingested article on a
store of N articles and one of 10N, old path against new path, in the same run.

Run: .venv/bin/python bench/store_scans.py [--quotes Q] [--repeat R]

Builds (once; then cached under bench/.cache/) two synthetic stores (bench/synth_store.py) of
Q and 10Q quotes (default 16,000: about 1,000 and 10,000 articles), copies each to a
temporary file, and stores the same few fictional articles in both (an organisation
introduced in apposition, "Elm Rail Users, a passenger group, said"; names written with a
noun after them; a surname quoted before its person's full name; folded forms: "ß",
ligatures, accents, capitals). Then, on each store, timed as the fastest of R runs:
- ask: the organisations an article introduces as a noun in apposition
  (storage.quote_lookup._orgs_in_apposition), whether an article writes a name followed by a
  noun (storage.org_names.written_with_noun): the old path (fold() or instr() over every
  body, the code before the folded-words index) against the new one (the index narrows,
  the same exact test reads the candidates); their answers must be equal;
- ingest: the bare-surname organisations a person's surname may join
  (storage.surname_joins._bare_orgs), old plan (every speaker read: `NOT INDEXED`) against
  the new (the lower(name) and lower(org) indexes); the one person a misspelt full name
  nearly names (storage.speakers._near_miss), every person read against those sharing a
  name key (storage/name_keys.py); and whole `save_article` per article (new path only:
  the old code is not in this tree); and whole questions that reach the apposition look-up
  ("what did the passenger group say?"), new path only, with all else they read.
- ask, the folded keys and substring indexes (migrations 014-016; the old paths are in
  bench/scans_before.py): an organisation's unnamed spokespeople, unnamed title holders by
  role, organisations by a common noun or the end of their name, people by folded name
  or organisation, speakers by a word of their description, entities by a name's last
  words. Their candidates (rows) are the quotes the keys match: they grow with the store
  when it quotes the same names more often, as the synthetic 10N store does.
Prints each path's time per call on N and 10N and the ratio 10N / N (1.0: the cost does not
grow with the store; 10: it grows with it).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ask.answer import answer_question  # noqa: E402
from ask.intents import parse_question  # noqa: E402
from bench import scans_before  # noqa: E402
from bench.common import POLNEAR  # noqa: E402
from common.names import fold, near_same_person, surname_keys  # noqa: E402
from records.article import RawArticle  # noqa: E402
from records.extraction import Extraction, Quote  # noqa: E402
from storage.articles import save_article  # noqa: E402
from storage.db import Store, open_store  # noqa: E402
from storage.folded import candidates_sql, phrase_query  # noqa: E402
from storage.org_names import is_person_name, written_with_noun  # noqa: E402
from storage.profiles import entity_mentions  # noqa: E402
from storage.quote_lookup import (  # noqa: E402
    _orgs_in_apposition,
    orgs_described_as,
    orgs_named_with_tail,
    unnamed_quotes_described,
    unnamed_quotes_of_orgs,
    unnamed_quotes_of_role,
)
from storage.roles import role_descriptions  # noqa: E402
from storage.speakers import SpeakerRow, _near_miss, speakers_of_org  # noqa: E402
from storage.surname_joins import _bare_orgs  # noqa: E402

# (body, quoted organisations): fictional stories stored in both stores.
STORIES = (
    ("Elm Rail Users, a passenger group, said the late trains must return.", ["Elm Rail Users"]),
    ("Straßenbahn Freunde, a PASSENGER GROUP, said fares were too high.", ["Straßenbahn Freunde"]),
    ("Société Verte, an Énergie cooperative, said the turbines would turn.", ["Société Verte"]),
    ("Oﬃce Watch, a ﬁnance watchdog, said the accounts were late.", ["Oﬃce Watch"]),
    ("The Save Elm Library campaign said the doors must stay open.", ["Save Elm Library"]),
    ("Marlowe said the depot sale was overdue.", ["Marlowe"]),
)
# (body, mention, organisation spoken for): unnamed sources, stored in both stores.
UNNAMED = (
    ("A spokeswoman for the Weißdorn Straße Trust said the gates would open.", "a spokeswoman",
     "Weißdorn Straße Trust"),
    ("The ﬁnance director said the Œuvre Harbour Trust had paid.", "The ﬁnance director",
     "Œuvre Harbour Trust"),
)  # fmt: skip
ROLES = ("spokeswoman", "finance director", "minister", "official", "chai_")
DESCRIBED = ("regulator", "passenger group", "finance director", "spokesman")
LATER = "Irene Marlowe, a spokeswoman for Pellinore, said the buses would be electric."
NOUNS = ("passenger group", "energie cooperative", "finance watchdog", "group", "committee")
QUESTIONS = ("what did the passenger group say?", "what did the finance watchdog say?")
WRITTEN = (("Save Elm Library", "campaign"), ("Elm Rail Users", "group"), ("Pellinore", "fund"))


def old_orgs_in_apposition(store: Store, key: str) -> list[str]:
    """storage.quote_lookup._orgs_in_apposition before the folded-words index (3b36e53)."""
    found: list[str] = []
    for article_id, body in store.db.execute(
        "SELECT id, fold(body) FROM articles WHERE instr(fold(body), ?) > 0 "
        "OR instr(fold(body), ?) > 0",
        [f", a {key}", f", an {key}"],
    ).fetchall():
        for (org,) in store.db.execute(
            "SELECT DISTINCT CASE WHEN speaker_kind = 'org' THEN speaker ELSE speaker_org END "
            "FROM quotes WHERE article_id = ? AND (speaker_kind = 'org' OR speaker_org != '')",
            [article_id],
        ).fetchall():
            introduced = rf"\b{re.escape(fold(str(org or '')))},\s+an?\s+{re.escape(key)}\b"
            if org and org not in found and re.search(introduced, str(body)):
                found.append(str(org))
    return found


def old_written_with_noun(store: Store, name: str, noun: str) -> bool:
    """storage.org_names.written_with_noun before the folded-words index (3b36e53)."""
    row = store.db.execute(
        "SELECT 1 FROM articles WHERE instr(body, ?) > 0 LIMIT 1", [f"{name} {noun.lower()}"]
    ).fetchone()
    return row is not None


def old_bare_orgs(store: Store, key: str) -> list[int]:
    """storage.surname_joins._bare_orgs with the plans it had before migration 012: every
    speaker read for lower(name) and lower(org), every alias for a speaker's aliases."""
    db = store.db
    found = []
    for org_id, org_name in db.execute(
        "SELECT id, name FROM speakers NOT INDEXED WHERE kind = 'org' AND lower(name) = ?", [key]
    ).fetchall():
        if fold(org_name) != key or not org_name[:1].isupper() or org_name.isupper():
            continue
        aliases = {
            r[0]
            for r in db.execute(
                "SELECT alias FROM speaker_aliases INDEXED BY sqlite_autoindex_speaker_aliases_1 "
                "WHERE speaker_id = ?",
                [org_id],
            ).fetchall()
        }
        spoken_for = db.execute(
            "SELECT 1 FROM speakers NOT INDEXED WHERE kind = 'person' AND lower(org) = ? LIMIT 1",
            [key],
        ).fetchone()
        if aliases <= {key} and spoken_for is None:
            found.append(int(org_id))
    return found


def old_near_miss(store: Store, name: str) -> SpeakerRow | None:
    """storage.speakers._near_miss before the name keys (3b36e53): every person read."""
    found = [
        SpeakerRow(*r)
        for r in store.db.execute(
            "SELECT id, name, kind, title, org FROM speakers "
            "WHERE kind = 'person' AND name LIKE '% %'"
        ).fetchall()
        if near_same_person(r[1], name)
    ]
    return found[0] if len(found) == 1 else None


def _quote(
    body: str, speaker: str | None, kind: str | None, mention: str = "", org: str | None = None
) -> Quote:
    said = body.index(" said ") + len(" said ")
    return Quote(speaker, kind, None, org, mention or speaker, "indirect",  # type: ignore[arg-type]
                 "said", body[said:-1], said, len(body) - 1, 0, body)  # fmt: skip


def _article(n: int, body: str, speaker: str, kind: str) -> tuple[RawArticle, Extraction]:
    raw = RawArticle(title=f"Planted {n}", body=body, url=f"https://bench.example/{n}")
    return raw, Extraction([_quote(body, speaker, kind)], [], [])


def plant(store: Store, start: int) -> list[float]:
    """Store the fictional stories (then the one naming Marlowe in full); seconds each."""
    took = []
    articles = [_article(start + i, b, orgs[0], "org") for i, (b, orgs) in enumerate(STORIES)]
    articles.append(_article(start + len(STORIES), LATER, "Irene Marlowe", "person"))
    for n, (body, mention, org) in enumerate(UNNAMED, start + len(articles)):
        raw = RawArticle(title=f"Planted {n}", body=body, url=f"https://bench.example/{n}")
        articles.append((raw, Extraction([_quote(body, None, None, mention, org)], [], [])))
    for raw, extraction in articles:
        began = time.perf_counter()
        save_article(store, raw, f"bench-{raw.url}", extraction)
        took.append(time.perf_counter() - began)
    return took


def fastest(call: Callable[[], object], repeat: int) -> tuple[float, object]:
    """The fastest of `repeat` runs of a call (seconds), and what it returned; each run
    starts with fold()'s cache empty (it would otherwise hold every body folded before)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        fold.cache_clear()
        began = time.perf_counter()
        result = call()
        best = min(best, time.perf_counter() - began)
    return best, result


def _holding(store: Store, *phrases: str) -> str:
    """How many articles hold the phrases' words (the new path's candidates), in words."""
    among, narrowed = candidates_sql(phrase_query(*phrases))
    count = store.db.execute(f"SELECT count(*) FROM articles WHERE {among}", narrowed)
    return f"{count.fetchone()[0]} art."


def measure(store: Store, repeat: int) -> dict[str, float]:
    """Seconds per call of each path on this store; the old and new answers must agree."""
    times: dict[str, list[float]] = {}

    def timed(label: str, old: Callable[[], object], new: Callable[[], object]) -> None:
        old_s, old_r = fastest(old, repeat)
        new_s, new_r = fastest(new, repeat)
        if old_r != new_r:
            raise SystemExit(f"{label}: old {old_r!r} != new {new_r!r}")
        times.setdefault(f"{label} old", []).append(old_s)
        times.setdefault(f"{label} new", []).append(new_s)

    for noun in NOUNS:
        key = fold(noun)
        timed(
            f"ask apposition '{noun}' ({_holding(store, f', a {key}', f', an {key}')})",
            lambda k=key: old_orgs_in_apposition(store, k),  # type: ignore[misc]
            lambda k=key: _orgs_in_apposition(store, k),  # type: ignore[misc]
        )
    for name, noun in WRITTEN:
        timed(
            f"ask written '{name} {noun}' ({_holding(store, f'{name} {noun}')})",
            lambda a=name, b=noun: old_written_with_noun(store, a, b),  # type: ignore[misc]
            lambda a=name, b=noun: written_with_noun(store.db, a, b),  # type: ignore[misc]
        )
    people = store.db.execute(
        "SELECT name FROM speakers WHERE kind = 'person' ORDER BY id LIMIT 40"
    ).fetchall()
    keys = sorted({k for (n,) in people for k in surname_keys(n) if " " not in k})[:40]
    for key in [*keys, "marlowe"]:
        timed(
            "ingest bare_orgs",
            lambda k=key: old_bare_orgs(store, k),  # type: ignore[misc]
            lambda k=key: _bare_orgs(store.db, k),  # type: ignore[misc]
        )
    for name in [n for (n,) in people if " " in n][:20]:
        slip = name[:-2] + name[-1]  # "Donald Trup": a letter dropped from the surname
        timed(
            "ingest near_miss",
            lambda n=slip: old_near_miss(store, n),  # type: ignore[misc]
            lambda n=slip: _near_miss(store.db, n),  # type: ignore[misc]
        )
    folded_keys(store, timed)
    for question in QUESTIONS:  # whole questions: the new path only, with what else they read
        took, _ = fastest(
            lambda q=question: answer_question(store, parse_question(q, tz="UTC")), repeat
        )
        times.setdefault(f"ask '{question}' new", []).append(took)
    return {label: sum(v) / len(v) for label, v in times.items()}


def _keyed(store: Store, columns: str, *values: str) -> str:
    """How many quotes hold one of the values under one of the folded keys ("a|b"): the
    new path's candidates, in words."""
    marks = ", ".join("?" for _ in values)
    where = " OR ".join(f"{c} IN ({marks})" for c in columns.split("|"))
    sql = f"SELECT count(*) FROM quote_keys WHERE {where}"
    found = store.db.execute(sql, list(values) * len(columns.split("|"))).fetchone()[0]
    return f"{found} rows"


def folded_keys(store: Store, timed: Callable[[str, Callable, Callable], None]) -> None:
    """The look-ups that fold every quote's or speaker's description, organisation or name
    (bench/scans_before.py) against the folded keys of migration 014."""
    db = store.db
    orgs = [str(o) for (o,) in db.execute(
        "SELECT DISTINCT org FROM speakers WHERE org != '' ORDER BY id LIMIT 4")]  # fmt: skip
    orgs += [o for _, _, o in UNNAMED] + ["WEISSDORN STRASSE TRUST"]
    for org in orgs:
        timed(f"ask unnamed_quotes_of_orgs '{org[:16]}' ({_keyed(store, 'org', fold(org))})",
              lambda o=org: scans_before.unnamed_quotes_of_orgs(store, [o]),
              lambda o=org: unnamed_quotes_of_orgs(store, [o]))  # fmt: skip
        timed("ask speakers_of_org", lambda o=org: scans_before.speakers_of_org(store, [o]),
              lambda o=org: speakers_of_org(db, [o]))  # fmt: skip
    for org in orgs[:5]:
        tail = " ".join(fold(org).split()[-2:])
        rows = _keyed(store, "speaker_last|org_last", tail.split()[-1])
        timed(f"ask orgs_named_with_tail '{tail[:16]}' ({rows})",
              lambda t=tail: scans_before.orgs_named_with_tail(store, t),
              lambda t=tail: orgs_named_with_tail(store, t))  # fmt: skip
    for role in ROLES:
        timed(f"ask unnamed_quotes_of_role '{role}' ({_keyed(store, 'mention_last', fold(role))})",
              lambda r=role: scans_before.unnamed_quotes_of_role(store, r),
              lambda r=role: unnamed_quotes_of_role(store, r))  # fmt: skip
    for noun in DESCRIBED:
        forms = [f"{d}{fold(noun)}" for d in ("", "the ", "a ", "an ")]
        timed(f"ask orgs_described_as '{noun}' ({_keyed(store, 'mention', *forms)})",
              lambda n=noun: scans_before.orgs_described_as(store, n),
              lambda n=noun: orgs_described_as(store, n))  # fmt: skip
    for word in ("mayor", "spokesman", "foundation", "minister", "zzyzx"):
        timed(f"ask role_descriptions '{word}'",
              lambda w=word: scans_before.role_descriptions(store, [w]),
              lambda w=word: role_descriptions(db, [w]))  # fmt: skip
    for head in ("paramedic", "voter", "official", "neighbour", "zzyzx"):
        timed(f"ask unnamed_quotes_described '{head}'",
              lambda h=head: scans_before.unnamed_quotes_described(store, h),
              lambda h=head: unnamed_quotes_described(store, h))  # fmt: skip
    for name in ("Voss", "Trump", "Brussels", "Nobody Here"):
        timed(f"ask entity_mentions '{name}'",
              lambda n=name: scans_before.entity_mentions(store, n),
              lambda n=name: entity_mentions(store, n))  # fmt: skip
    people = [str(n) for (n,) in db.execute(
        "SELECT name FROM speakers WHERE kind = 'person' ORDER BY id LIMIT 20")]  # fmt: skip
    for name in [*people, *(n.upper() for n in people[:5]), "Nobody Atall"]:
        timed("ask is_person_name", lambda n=name: scans_before.is_person_name(store, n),
              lambda n=name: is_person_name(db, n))  # fmt: skip


def run(quotes: int, folder: Path, repeat: int) -> tuple[int, dict[str, float]]:
    """A copy of the cached store of `quotes` quotes, planted and measured."""
    from bench.synth_store import cached_store

    cached = cached_store(quotes)
    path = folder / f"scans-{quotes}.db"
    cached.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(cached.path, path)
    cached.close()
    store = open_store(path)
    articles = int(store.db.execute("SELECT max(id) FROM articles").fetchone()[0])
    saves = plant(store, articles + 1)
    moved = store.db.execute(
        "SELECT count(*) FROM quotes WHERE speaker = 'Irene Marlowe'"
    ).fetchone()[0]
    if moved != 2:
        raise SystemExit(f"the surname join moved {moved - 1} quotes, not 1")
    result = measure(store, repeat)
    result["ingest save_article new"] = sum(saves) / len(saves)
    store.close()
    return articles, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, default=16_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not (POLNEAR / "train.jsonl").is_file():
        print(f"store_scans: skipped: PolNeAR is not at {POLNEAR} (train.jsonl)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        small_n, small = run(args.quotes, Path(tmp), args.repeat)
        large_n, large = run(args.quotes * 10, Path(tmp), args.repeat)
    print(f"stores: N = {small_n:,} articles, 10N = {large_n:,}; fastest of {args.repeat} runs")
    print(f"{'path':62s} {'N ms':>9s} {'10N ms':>9s} {'10N/N':>7s}")
    print("(art.: articles holding the phrase's words on N, then on 10N; rows: the quotes")
    print(" whose folded keys match, the candidates the new path reads)")
    for (label, at_n), (other, at_10n) in zip(small.items(), large.items(), strict=True):
        ratio = at_10n / at_n if at_n else float("nan")
        held = re.findall(r"\((\d+) (art\.|rows)\)", other)
        shown = re.sub(r" (art\.|rows)\)", rf", {held[0][0]} \1)", label) if held else label
        print(f"{shown:62s} {at_n * 1e3:9.3f} {at_10n * 1e3:9.3f} {ratio:7.2f}")
    ratios = {
        path: [
            b / a
            for (k, a), b in zip(small.items(), large.values(), strict=True)
            if a and k.endswith(f" {path}")
        ]
        for path in ("old", "new")
    }
    print(
        f"store_scans: answers equal; 10N / N: old paths x{min(ratios['old']):.1f} to "
        f"x{max(ratios['old']):.1f}, new paths x{min(ratios['new']):.1f} to "
        f"x{max(ratios['new']):.1f}"
    )


if __name__ == "__main__":
    main()
