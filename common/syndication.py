"""Syndicated copies: the same wire story under another headline, with a dateline or a credit
line added, or trimmed by the outlet that ran it.

Each body becomes a set of word 5-shingles (case, punctuation and quote styles ignored). A
MinHash signature of that set, cut into bands (locality-sensitive hashing), finds the stored
articles that could be copies without comparing against all of them; each candidate is then
compared exactly. A story is a copy when most of the shorter text's shingles appear in the
longer one (containment), which holds for an added dateline or credit line and for a copy the
outlet cut short, but not for two reports of the same event written separately.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

SHINGLE_WORDS = 5
PERMUTATIONS = 128
ROWS_PER_BAND = 2  # 64 bands: a pair sharing ~15% of shingles is already a likely candidate
MIN_SHINGLES = 20  # texts shorter than this are too short to call copies
COPY_CONTAINMENT = 0.5  # share of the shorter text's shingles found in the longer one

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _permutations() -> tuple[Any, Any]:
    """The MinHash permutations (numpy is imported here, off the answer path)."""
    import numpy as np

    rng = np.random.RandomState(20_241_127)  # fixed: band keys are stored, so never vary
    a = (rng.randint(1, 2**62, size=PERMUTATIONS, dtype=np.int64).astype(np.uint64) << 1) | 1
    b = rng.randint(0, 2**62, size=PERMUTATIONS, dtype=np.int64).astype(np.uint64)
    return a, b


@dataclass(frozen=True)
class Fingerprint:
    """A body's shingles and the LSH band keys of their MinHash signature."""

    shingles: frozenset[int]
    band_keys: tuple[int, ...]
    quotes: frozenset[str] = frozenset()  # the quoted passages, words folded

    @property
    def usable(self) -> bool:
        """True when the text is long enough to compare."""
        return len(self.shingles) >= MIN_SHINGLES


@dataclass(frozen=True)
class Similarity:
    """How two texts overlap: Jaccard of their shingle sets and containment of the smaller."""

    jaccard: float
    containment: float

    @property
    def is_copy(self) -> bool:
        """True when one text is a syndicated copy of the other."""
        return self.containment >= COPY_CONTAINMENT


def shingles(text: str) -> frozenset[int]:
    """Hashes of every run of `SHINGLE_WORDS` words (case and punctuation folded)."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return frozenset()
    return frozenset(
        _hash64(" ".join(words[i : i + SHINGLE_WORDS]))
        for i in range(len(words) - SHINGLE_WORDS + 1)
    )


def fingerprint(text: str) -> Fingerprint:
    """The shingles of a body, its band keys (none when the text is too short) and its
    quoted passages."""
    found = shingles(text)
    if len(found) < MIN_SHINGLES:
        return Fingerprint(found, (), quoted_passages(text))
    return Fingerprint(found, band_keys(found), quoted_passages(text))


_QUOTED = re.compile(
    r"[\"\u201c\u201e\u00ab]([^\"\u201c\u201d\u00ab\u00bb\n]{8,}?)[\"\u201d\u00bb]"
)


def quoted_passages(text: str) -> frozenset[str]:
    """The words of each double-quoted passage of at least three words, folded."""
    found = set()
    for match in _QUOTED.finditer(text):
        words = _WORD.findall(match.group(1).casefold())
        if len(words) >= 3:
            found.add(" ".join(words))
    return frozenset(found)


def same_quotes(a: Fingerprint, b: Fingerprint) -> bool:
    """True when the shorter text quotes nothing the longer one does not: a syndicated copy
    keeps its original's quotations word for word, while two stories written on one
    template (the same lead, different people quoted) do not."""
    shorter, longer = (a, b) if len(a.shingles) <= len(b.shingles) else (b, a)
    joined = " | ".join(sorted(longer.quotes))
    return all(passage in joined for passage in shorter.quotes)


def band_keys(found: Iterable[int]) -> tuple[int, ...]:
    """LSH band keys of a shingle set's MinHash signature, as signed 64-bit integers."""
    import numpy as np

    a, b = _permutations()
    values = np.fromiter((h & 0xFFFFFFFFFFFFFFFF for h in found), dtype=np.uint64)
    with np.errstate(over="ignore"):
        signature = (a[:, None] * values[None, :] + b[:, None]).min(axis=1)
    keys = []
    for band in range(PERMUTATIONS // ROWS_PER_BAND):
        rows = signature[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND]
        digest = hashlib.blake2b(band.to_bytes(2, "big") + rows.tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return tuple(keys)


def similarity(a: frozenset[int], b: frozenset[int]) -> Similarity:
    """Jaccard and containment (of the smaller set in the larger) of two shingle sets."""
    if len(a) < MIN_SHINGLES or len(b) < MIN_SHINGLES:
        return Similarity(0.0, 0.0)
    common = len(a & b)
    return Similarity(common / len(a | b), common / min(len(a), len(b)))


_AGENCIES = r"(?:Reuters|AP|AFP|Associated Press|Agence France-Presse|Bloomberg|dpa|PA|UPI)"
_DATELINE = re.compile(rf"^[A-Z][A-Za-z .,'/-]{{1,60}}\(\s*{_AGENCIES}\s*\)\s*[-\u2013\u2014:]")
_CREDIT = re.compile(
    rf"\b(?:(?:additional )?reporting|writing|editing) by\b|originally (?:appeared|published)"
    rf"|\bcopyright\b.*\b{_AGENCIES}\b|\u00a9.*\b{_AGENCIES}\b|\b{_AGENCIES} contributed",
    re.I,
)


def has_syndication_marks(body: str) -> bool:
    """True when a body opens with an agency dateline ("LONDON (Reuters) -") or ends with a
    credit line ("Reporting by ...", "originally published by ..."): what an outlet adds when
    it runs another's story."""
    paragraphs = [p for p in body.split("\n") if p.strip()]
    if not paragraphs:
        return False
    return bool(_DATELINE.match(paragraphs[0].strip()) or _CREDIT.search(paragraphs[-1]))


def _hash64(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")
