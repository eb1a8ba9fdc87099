"""The unnamed members of a group a question asks for, beside the members a story names.

"Two seasonal pickers, who asked not to be named, said they had been told ... 'We come every
year,' one of them said." then "Picker Dorota Wieczorek said ...": a question for "the
pickers" asks for all three: the group's own words (its description's head is the noun
asked, ask/described.py) and what "one of them" said next (ask/one_of_group.py). A person
found so may have spoken before the story named them, as a source it named later ("The
granddaughter of the last keeper ... she said. The granddaughter, X, said"): those words are
theirs too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ask.data_files import ask_data
from ask.described import described_sources
from ask.described_asked import after_head
from ask.described_beside import person_singular
from ask.lexicon import singular
from ask.titles import other_office
from common.names import fold
from storage.db import Store
from storage.quote_lookup import quotes_by_speakers, quotes_in_article_range
from storage.quotes import QuoteRow
from storage.speakers import SpeakerRow

_WORD = re.compile(r"[^\W_]+")
_READ = 500  # quotes of the people found read at most


def group_voices(
    store: Store,
    phrase: str,
    since: str | None,
    until: str | None,
    limit: int,
    have: Sequence[QuoteRow] = (),
) -> list[QuoteRow]:
    """For a group asked by a plural noun ("the pickers"), the quotes not in `have` of the
    unnamed sources described so ("Two seasonal pickers") and of "one of them" speaking
    next in the same story; none for a singular noun."""
    words = _WORD.findall(fold(phrase))
    if not words or person_singular(words[-1]) == words[-1]:
        return []
    seen = {r.id for r in have}
    return [r for r in described_sources(store, phrase, since, until, limit) if r.id not in seen]


def named_late(
    store: Store, people: Sequence[SpeakerRow], have: Sequence[QuoteRow] = ()
) -> list[QuoteRow]:
    """The quotes, not in `have`, of an unnamed source a story names later as one of the
    people: "The granddaughter of the last keeper cut the ribbon. '...,' she said. The
    granddaughter, Wilhelmina Teague, said ...": before her name, the words of a source
    whose description's head is hers (her title, or the apposition she is named in), in a
    story giving no one else that head, and not another office than theirs ("The leader of
    the council ... he told the crowd" is not the opposition's leader named later:
    ask/titles.py `other_office`)."""
    seen = {r.id for r in have}
    ids = [p.id for p in people if p.kind == "person"]
    firsts: dict[tuple[int, int], int] = {}
    heads: dict[tuple[int, int], set[str]] = {}
    offices = {p.id: {(p.title or "", p.org or "")} for p in people}
    for row in quotes_by_speakers(store, ids, limit=_READ):
        key = (row.article_id, row.speaker_id or 0)
        firsts[key] = min(row.start, firsts.get(key, row.start))
        heads.setdefault(key, set()).update(_heads_of(row))
        offices.setdefault(key[1], set()).add((row.speaker_title or "", row.speaker_org or ""))
    found: list[QuoteRow] = []
    for (article_id, speaker_id), first in sorted(firsts.items()):
        rows = quotes_in_article_range(store, article_id - 1, article_id)
        for head in heads[(article_id, speaker_id)]:
            others = {r.speaker_id for r in rows if r.speaker_id and head in _heads_of(r)}
            if others - {speaker_id}:
                continue  # two people of the title: whose words they were is not told
            found += [
                r
                for r in rows
                if r.speaker_id is None and r.start < first and r.id not in seen
                if _head(r.speaker_title) == head
                if not _another_office(r.speaker_title or "", offices[speaker_id])
            ]
    return found


def _another_office(title: str, theirs: set[tuple[str, str]]) -> bool:
    """Whether an unnamed source's description and a named person's (title, organisation)
    are two offices, either way round: "leader of the council" and "Leader" of the
    "opposition on council"; "deputy leader" and "Leader"."""
    words = _WORD.findall(fold(title))
    return any(
        other_office(their_title, org, words)
        or other_office(title, "", _WORD.findall(fold(f"{their_title} {org}")))
        for their_title, org in theirs
    )


def _heads_of(row: QuoteRow) -> set[str]:
    """The heads of a named speaker's descriptions in a quote: its title's, and the
    apposition's it is named in ("The grandson, Tobiah Rusk": grandson)."""
    found = {_head(row.speaker_title)} if not _another(row.speaker_title) else set()
    if "," in (row.mention or "") and not _another(row.mention):
        found.add(_head(row.mention))
    return found - {""}


def _another(title: str | None) -> bool:
    """Whether a description makes its person another of a kind ("Another resident")."""
    words = _WORD.findall(fold(title or ""))
    return bool(words) and words[0] in _another_words()


@lru_cache(maxsize=1)
def _another_words() -> frozenset[str]:
    """ask/data/descriptions.json "another"."""
    raw = ask_data("descriptions.json")
    return frozenset(fold(w) for w in raw["another"])


def _words(text: str) -> list[str]:
    return [singular(w) for w in _WORD.findall(fold(text))]


def _head(title: str | None) -> str:
    """A description's head: its first part's last word before "of", "who", ... (singular)."""
    words = _words((title or "").split(",", 1)[0])
    cut = next((k for k, w in enumerate(words) if k and w in after_head()), len(words))
    return words[cut - 1] if cut else ""
