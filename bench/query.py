"""The ask path on a large store, against a bare FTS5 rank query on the same table.

Run: .venv/bin/python bench/query.py [--quotes N] [--questions Q]

Builds (once; then cached under bench/.cache/) a store of N quotes (default 1,000,000)
synthesised from PolNeAR's sentences and speakers (bench/synth_store.py), then asks 200
varied questions in this process, as `newsbrief ask` does (parse, then answer from the
store): topics with and without synonyms, speakers by name, surname, title and organisation,
speakers on a topic, profiles, briefs on topics and people, bare keywords, time filters,
topics nobody spoke about. Each question is timed beside the baseline: a bare
`SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank LIMIT 20` for the
words the question searches (its topic with the lexicon's synonyms, else the name it asks
about), on the same table, interleaved, after one untimed pass over both.
Prints p50/p95/p99 of both, the ratio of the p95s, p95 by kind of question and the slowest
questions.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ask.answer import answer_question  # noqa: E402
from ask.intents import parse_question  # noqa: E402
from ask.lexicon import concepts, fts_query  # noqa: E402
from bench.common import POLNEAR, percentile  # noqa: E402
from storage.db import Store  # noqa: E402

TOPICS = (
    "immigration", "emails", "taxes", "the debate", "polls", "Obamacare", "ISIS", "Syria",
    "guns", "the wall", "the economy", "trade", "jobs", "police", "refugees", "Russia",
    "abortion", "climate change", "health care", "the Supreme Court", "the convention",
    "voters", "the media", "terrorism", "the primary", "Wall Street", "the Iran deal",
    "minimum wage", "the FBI investigation", "women", "the election", "protests",
    "the ceasefire", "water rationing", "desalination plants", "strike",
)  # fmt: skip
TITLES = ("senator", "governor", "press secretary", "campaign manager", "attorney general")
ORGS = ("the FBI", "Republicans", "the White House", "CNN", "Democrats")
MONTHS = ("January", "March", "May", "June", "September", "October", "November")
TEMPLATES = (
    ("topic", "who said what about {topic}"),
    ("topic", "/whosaid {topic}"),
    ("topic+time", "any quotes on {topic} this week"),
    ("topic+time", "who said what about {topic} in {month} {year}"),
    ("topic+time", "has anyone talked about {topic} since 1 {month}"),
    ("speaker+topic", "what did {speaker} say about {topic}"),
    ("speaker+topic", "{surname} on {topic}"),
    ("speaker+topic", "what has the {title} said about {topic}"),
    ("speaker", "what did {speaker} say"),
    ("speaker", "what did {surname} say last month"),
    ("speaker", "quotes from {org}"),
    ("profile", "who is {speaker}"),
    ("brief", "brief me on {topic}"),
    ("brief", "/brief {speaker}"),
    ("keyword", "{topic}"),
)


def questions(store: Store, count: int, seed: int = 8) -> list[tuple[str, str]]:
    """`count` (kind, question) pairs over the store's own speakers, most quoted and not."""
    from storage.speakers import speaker_quote_counts  # the store's speakers, by quotes

    rng = random.Random(seed)
    rows = store.db.execute("SELECT id, name FROM speakers WHERE kind = 'person'").fetchall()
    counts = speaker_quote_counts(store.db, [r[0] for r in rows])
    ranked = [name for _, name in sorted(((-counts.get(i, 0), n) for i, n in rows))]
    head, middle, tail = ranked[:15], ranked[15:2000], ranked[2000:] or ranked[15:]
    years = store.db.execute(
        "SELECT DISTINCT substr(published, 1, 4) FROM articles WHERE published IS NOT NULL"
    ).fetchall()
    asked = []
    for n in range(count):
        kind, template = TEMPLATES[n % len(TEMPLATES)]
        pool = (head, middle, tail)[rng.choices((0, 1, 2), (5, 4, 1))[0]] or ranked
        speaker = rng.choice(pool)
        text = template.format(
            topic=rng.choice(TOPICS),
            speaker=speaker,
            surname=speaker.split()[-1],
            title=rng.choice(TITLES),
            org=rng.choice(ORGS),
            month=rng.choice(MONTHS),
            year=rng.choice(years)[0] if years else "2025",
        )
        asked.append((kind, text))
    return asked


def fts_rank_ids(store: Store, fts_query: str, limit: int = 20) -> list[int]:
    """The ids of the best-ranked quotes for an FTS5 query, and nothing else: the baseline
    the ask path is measured against."""
    rows = store.db.execute(
        "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?",
        [fts_query, limit],
    ).fetchall()
    return [int(r[0]) for r in rows]


def bare_match(question: str) -> str | None:
    """What the bare baseline searches for a question: its topic (with the lexicon's
    synonyms, as the ask path expands it), else the name it asks about."""
    query = parse_question(question, tz="UTC")
    return fts_query(concepts(query.topic or query.speaker or question))


def ms(seconds: float) -> float:
    return seconds * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--questions", type=int, default=200)
    args = parser.parse_args()
    if not (POLNEAR / "train.jsonl").is_file():
        print(f"query: skipped: PolNeAR is not at {POLNEAR} (train.jsonl)")
        return
    from bench.synth_store import cached_store

    store = cached_store(args.quotes)
    quotes = store.db.execute("SELECT count(*) FROM quotes").fetchone()[0]
    asked = questions(store, args.questions)
    matches = [bare_match(q) for _, q in asked]

    def ask(question: str) -> float:
        started = time.perf_counter()
        answer_question(store, parse_question(question, tz="UTC"))
        return time.perf_counter() - started

    def bare(match: str | None) -> float:
        started = time.perf_counter()
        if match is not None:
            fts_rank_ids(store, match, 20)
        return time.perf_counter() - started

    for (_, question), match in zip(asked, matches, strict=True):  # warm the page cache
        ask(question)
        bare(match)
    asks: list[float] = []
    bares: list[float] = []
    by_kind: dict[str, list[float]] = defaultdict(list)
    for (kind, question), match in zip(asked, matches, strict=True):
        asks.append(ask(question))
        bares.append(bare(match))
        by_kind[kind].append(asks[-1])

    print(f"store: {quotes:,} quotes; {len(asked)} questions, timed after one warm-up pass")
    for label, samples in (("ask path", asks), ("bare FTS5", bares)):
        p50, p95, p99 = (ms(percentile(samples, p)) for p in (50, 95, 99))
        print(f"{label:10s} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  p99 {p99:7.1f} ms")
    ask95, bare95 = ms(percentile(asks, 95)), ms(percentile(bares, 95))
    print(f"ratio of p95s: {ask95 / bare95:.2f}x the bare FTS5 rank query (target <= 1.5)")
    for kind, samples in sorted(by_kind.items()):
        print(
            f"  {kind:14s} {len(samples):3d} questions  p95 {ms(percentile(samples, 95)):7.1f} ms"
        )
    print("slowest:")
    slowest = sorted(zip(asks, bares, asked, strict=True), reverse=True)[:5]
    for (
        took,
        base,
        (_, question),
    ) in slowest:
        print(f"  {ms(took):7.1f} ms (bare {ms(base):6.1f} ms)  {question}")
    print(f"query: p95 {ask95:.0f} ms at {quotes} quotes (bare FTS5 p95 {bare95:.0f} ms)")


if __name__ == "__main__":
    main()
