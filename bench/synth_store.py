"""A large store for the query benchmark, synthesised from real sentences without the parser.

Material is read at run time from PolNeAR (../shared/corpora/polnear/, never copied into the
repository): the words of its annotated attributions (direct, indirect and mixed) inside the
sentences that hold them, their cues, the people and organisations quoted (as often as
PolNeAR quotes them: Donald Trump most), headlines, publishers and the other sentences of
the articles. Articles of 8 to 24 quotes are put together from it: each a headline, a
publisher, a date (later articles newer, over the three years before the build, a few old
stories read late), a cast of speakers (drawn by how
often they are quoted, with a long tail of rarer names), paragraphs holding the quoted
sentences between others, and mentions of the cast and of people only mentioned.

Rows go in directly through `storage/` (speakers through the same `speaker_id_for` ingest
uses, the rest with executemany, thousands of articles per transaction; the FTS indexes
through their usual triggers). The store is cached under bench/.cache/ (git-ignored) by
size and recipe; a store being built is never mistaken for a finished one.
"""

from __future__ import annotations

import json
import math
import random
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from ask.lexicon import load_topics
from bench.common import CACHE, POLNEAR
from common.names import clean_name, fold
from common.topics import topic_terms, topics_column
from extract.lexicon import load_lexicon
from extract.names import gender_of
from storage.bulk import entity_ids, insert_articles, insert_mentions, insert_quotes, loading
from storage.db import Store, open_store
from storage.meta import get_meta, set_meta
from storage.speakers import speaker_id_for
from storage.transactions import transaction

RECIPE = "synth-v4"  # v4: the topics column through common.topics, as the extractor writes it
SEED = 8
ARTICLES_PER_TRANSACTION = 2000
PERSON_TITLES = (
    "senator", "governor", "campaign manager", "spokesman", "spokeswoman", "press secretary",
    "former secretary of state", "Republican nominee", "Democratic nominee", "House speaker",
    "chairman", "pollster", "strategist", "attorney general", "mayor", "congressman",
    "professor of political science", "analyst", "campaign chairman", "senior adviser",
)  # fmt: skip
ORG_WORDS = re.compile(
    r"\b(?:Committee|Party|Department|Campaign|Administration|Council|Association|Union|"
    r"Institute|Foundation|Bureau|Agency|Office|Center|Group|Network|Times|Post|News|Journal|"
    r"Court|Congress|Senate|House|Republicans|Democrats|FBI|CIA|CNN|NBC|CBS|ABC|Fox|PAC)\b"
)
GIVEN = (
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
    "Elizabeth", "William", "Susan", "Richard", "Jessica", "Joseph", "Sarah", "Thomas", "Karen",
    "Maria", "Ahmed", "Wei", "Priya", "Carlos", "Fatima", "Olga", "Kenji", "Amara", "Lucas",
)  # fmt: skip
_MARKS = "\"'\u201c\u201d\u2018\u2019"
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_PERSON = re.compile(r"^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){1,3}$")


@dataclass
class Material:
    """What the synthesis draws on, all from PolNeAR."""

    quotes: list[tuple[str, str, int, str, str, str]] = field(default_factory=list)
    # (text, sentence, text offset in sentence, cue, kind, topic words)
    people: Counter[str] = field(default_factory=Counter)
    orgs: Counter[str] = field(default_factory=Counter)
    sentences: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    publishers: list[str] = field(default_factory=list)


def read_material() -> Material:
    """Quotes in their sentences, speakers, headlines and other sentences from PolNeAR."""
    material = Material()
    publishers: set[str] = set()
    for split in ("train", "dev"):
        path = POLNEAR / f"{split}.jsonl"
        if not path.is_file():
            continue
        for line in path.read_text("utf-8").splitlines():
            record = json.loads(line)
            text: str = record["text"]
            material.titles.append(record["title"])
            publishers.add(record.get("publisher") or "wire")
            quoted: list[tuple[int, int]] = []
            for attribution in record["attributions"]:
                _take_attribution(material, text, attribution, quoted)
            for sentence, start, end in _sentences(text):
                if 40 <= len(sentence) <= 400 and not any(s < end and start < e for s, e in quoted):
                    material.sentences.append(sentence)
    material.publishers = sorted(publishers)
    return material


def _take_attribution(
    material: Material, text: str, attribution: dict, quoted: list[tuple[int, int]]
) -> None:
    content = attribution.get("content") or {}
    start, end = content.get("start"), content.get("end")
    if start is None or end is None or end - start < 12:
        return
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(ends) + 1 if ends else len(text)
    sentence = text[left:right].strip()
    offset = sentence.find(text[start:end]) if start >= left else -1
    if offset < 0 or len(sentence) > 600:
        sentence, offset = text[start:end], 0
    while end - start > 2 and text[start] in _MARKS:
        start += 1
    while end - start > 2 and text[end - 1] in _MARKS + ",.":
        end -= 1
    kind = {"direct": "direct", "mixed": "partial"}.get(attribution.get("type", ""), "indirect")
    cue = ((attribution.get("cue") or {}).get("text") or "said")[:40]
    words = text[start:end]
    material.quotes.append((words, sentence, offset, cue, kind, _topics(words, sentence)))
    quoted.append((left, right))
    source = attribution.get("source") or {}
    names = (source.get("coref") or {}).get("names") or [source.get("text") or ""]
    name = clean_name(max(names, key=len)).strip()
    if ORG_WORDS.search(name) and name[:1].isupper():
        material.orgs[name] += 1
    elif _PERSON.match(name) and gender_of(name):  # a known given name: a person
        material.people[name] += 1


def _sentences(text: str) -> list[tuple[str, int, int]]:
    found = []
    for match in re.finditer(r"[^.\n]+(?:\.|$)", text):
        found.append((match.group(0).strip(), match.start(), match.end()))
    return found


@dataclass(frozen=True)
class Speaker:
    name: str
    kind: str
    title: str | None
    org: str | None


def make_speakers(material: Material, rng: random.Random, count: int) -> list[Speaker]:
    """Real speakers, most quoted first, then a long tail of made-up names, `count` in all."""
    orgs = [o for o, _ in material.orgs.most_common()]
    people = [p for p, _ in material.people.most_common()]
    surnames = sorted({p.split()[-1] for p in people if len(p.split()[-1]) > 2})
    speakers: list[Speaker] = []
    seen: set[str] = set()
    for name in people[: count * 3 // 4]:
        if fold(name) not in seen:
            seen.add(fold(name))
            org = rng.choice(orgs) if orgs and rng.random() < 0.4 else None
            speakers.append(Speaker(name, "person", rng.choice(PERSON_TITLES), org))
        if len(speakers) % 12 == 0 and orgs:  # organisations speak too
            org_name = orgs[len(speakers) // 12 % len(orgs)]
            if fold(org_name) not in seen:
                seen.add(fold(org_name))
                speakers.append(Speaker(org_name, "org", None, None))
    while len(speakers) < count and surnames:
        name = f"{rng.choice(GIVEN)} {rng.choice(surnames)}"
        if fold(name) not in seen:
            seen.add(fold(name))
            speakers.append(Speaker(name, "person", rng.choice(PERSON_TITLES), None))
    return speakers


def cached_store(quotes: int, log: bool = True) -> Store:
    """The benchmark store of `quotes` quotes, built once and then read from the cache."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"query-{quotes}.db"
    recipe = f"{RECIPE} quotes={quotes} seed={SEED}"
    if path.exists():
        store = open_store(path)
        if get_meta(store, "bench_recipe") == recipe:
            return store
        store.close()
        _remove(path)
    building = path.with_name(path.name + ".building")
    _remove(building)
    started = time.perf_counter()
    store = open_store(building)
    with loading(store.db):
        counts = build(store, quotes)
    set_meta(store, "bench_recipe", recipe)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    building.rename(path)
    if log:
        print(
            f"built {path.relative_to(CACHE.parent.parent)}: {counts} in "
            f"{time.perf_counter() - started:.0f} s (cached for the next runs)"
        )
    return open_store(path)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def build(store: Store, total_quotes: int) -> str:
    """Fill an empty store with `total_quotes` quotes; returns what it holds, in words."""
    rng = random.Random(SEED)
    material = read_material()
    if not material.quotes:
        raise SystemExit(f"no PolNeAR articles at {POLNEAR}")
    articles = math.ceil(total_quotes / 16)
    speakers = make_speakers(material, rng, max(200, min(60_000, articles // 3)))
    weights = [1 / (rank + 1) ** 1.05 for rank in range(len(speakers))]
    db = store.db
    built = datetime.now(UTC).replace(microsecond=0)
    with transaction(db):
        ids = [
            speaker_id_for(db, s.name, s.kind, s.title, s.org, built.isoformat()) for s in speakers
        ]
        mentioned_only = [p for p, _ in material.people.most_common()[-400:]]
        keys = {(s.name, "PERSON" if s.kind == "person" else "ORG", fold(s.name)) for s in speakers}
        keys |= {(p, "PERSON", fold(p)) for p in mentioned_only}
        entities = entity_ids(db, sorted(keys))
    made = 0
    article_id = 0
    while made < total_quotes:
        rows_a: list[tuple] = []
        rows_q: list[tuple] = []
        rows_m: list[tuple] = []
        for _ in range(ARTICLES_PER_TRANSACTION):
            if made >= total_quotes:
                break
            article_id += 1
            count = min(rng.randint(8, 24), total_quotes - made)
            made += count
            _article(rng, material, article_id, articles, count, speakers, ids, weights,
                     entities, mentioned_only, built, rows_a, rows_q, rows_m)  # fmt: skip
        with transaction(db):
            insert_articles(db, rows_a)
            insert_quotes(db, rows_q)
            insert_mentions(db, rows_m)
    return f"{article_id:,} articles, {made:,} quotes, {len(speakers):,} speakers"


def _article(
    rng: random.Random,
    material: Material,
    article_id: int,
    total_articles: int,
    count: int,
    speakers: list[Speaker],
    ids: list[int],
    weights: list[float],
    entities: dict[tuple[str, str], int],
    mentioned_only: list[str],
    built: datetime,
    rows_a: list[tuple],
    rows_q: list[tuple],
    rows_m: list[tuple],
) -> None:
    cast = sorted(set(rng.choices(range(len(speakers)), weights, k=rng.randint(2, 6))))
    title = rng.choice(material.titles)
    publisher = rng.choice(material.publishers)
    # Stores fill as news happens: later articles are newer, a few hours apart, with a few
    # (one in fifty) old stories read late.
    span = 3 * 365 * 86400
    age = span * (1 - article_id / total_articles) + rng.randint(0, 6 * 3600)
    if rng.random() < 0.02:
        age = rng.randint(0, span)
    published = built - timedelta(seconds=int(age))
    paragraphs: list[str] = []
    offset = 0
    first_at: dict[int, int] = {}

    def add(paragraph: str) -> int:
        nonlocal offset
        at = offset
        paragraphs.append(paragraph)
        offset += len(paragraph) + 2
        return at

    for number in range(count):
        if rng.random() < 0.5:
            add(rng.choice(material.sentences))
        text, sentence, inside, cue, kind, topics = rng.choice(material.quotes)
        at = add(sentence) + inside
        if rng.random() < 0.85:
            who = rng.choice(cast)
            speaker = speakers[who]
            first_at.setdefault(who, at)
            mention = rng.choice((speaker.name, speaker.name.split()[-1], "he", "she"))
            sid, name, skind = ids[who], speaker.name, speaker.kind
            stitle, sorg = speaker.title, speaker.org
        else:
            sid = name = skind = stitle = sorg = None
            mention = rng.choice(("an official", "one voter", "a spokesman", "they", None))
        rows_q.append((article_id, number, sid, name, skind, stitle, sorg, mention, kind, cue,
                       text, at, at + len(text), sentence, topics, title))  # fmt: skip
    extra = add(rng.choice(material.sentences))
    body = "\n\n".join(paragraphs)
    rows_a.append((article_id, f"synth-{article_id}", title, "", body,
                   f"https://news.example/{publisher}/{article_id}", publisher,
                   published.isoformat(), built.isoformat(), f"synth:{article_id}",
                   len(body.split()), 1))  # fmt: skip
    for who, at in first_at.items():
        speaker = speakers[who]
        label = "PERSON" if speaker.kind == "person" else "ORG"
        entity = entities[(fold(speaker.name), label)]
        rows_m.append((entity, article_id, at, at + len(speaker.name), speaker.name))
    other = rng.choice(mentioned_only)
    rows_m.append((entities[(fold(other), "PERSON")], article_id, extra, extra + 1, other))


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return load_topics().stopwords


def _topics(text: str, sentence: str) -> str:
    """The topics column as the extractor writes it (common.topics), from plain words: no
    lemmas here, the words themselves, stop words and reporting verbs left out."""
    cues = load_lexicon()
    words = _WORD.findall(f"{text} {sentence}")
    return topics_column(topic_terms(words, lambda w: w in _stopwords() or cues.is_cue(w)))
