"""Scoring extraction against the devset's gold (tests/data/devset/gold.jsonl)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from extract.model import Quote
from tests.conftest import DATA, normalise

GOLD = {
    record["file"]: record
    for record in (
        json.loads(line)
        for line in (DATA / "devset" / "gold.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    )
}
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(normalise(text))]


def overlap(a: str, b: str) -> float:
    """Word-bag Jaccard of two texts."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    common = sum(min(wa.count(w), wb.count(w)) for w in set(wa))
    return common / (len(wa) + len(wb) - common)


def matches(gold_text: str, ours: str) -> bool:
    g, o = normalise(gold_text).strip(" .,"), normalise(ours).strip(" .,")
    return g in o or (o in g and len(o) > 0.5 * len(g)) or overlap(g, o) >= 0.5


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    right_speaker: int = 0
    ours: int = 0
    ours_matched: int = 0
    misses: list[str] = field(default_factory=list)


def score(file: str, quotes: list[Quote], score: Score) -> None:
    gold: dict[str, Any] = GOLD[file]
    used: set[int] = set()
    for g in gold["quotes"]:
        score.gold += 1
        hit = next(
            (i for i, q in enumerate(quotes) if i not in used and matches(g["text"], q.text)),
            None,
        )
        if hit is None:
            score.misses.append(f"{file}: missed {g['text'][:60]!r}")
            continue
        used.add(hit)
        score.found += 1
        if quotes[hit].speaker == g["speaker"]:
            score.right_speaker += 1
        else:
            score.misses.append(
                f"{file}: {g['text'][:50]!r} credited to {quotes[hit].speaker}, not {g['speaker']}"
            )
    # A report naming no source at all (PolNeAR's sourceless attributions: "Asked whether
    # ..., X said", "is expected to ...") is neither a quote nor a not-quote in the devset's
    # gold, which annotates who said what (named or described).
    sourced = [q for q in quotes if q.speaker or q.mention]
    score.ours += len(sourced)
    score.ours_matched += sum(
        1
        for q in sourced
        if any(matches(g["text"], q.text) or matches(q.text, g["text"]) for g in gold["quotes"])
    )
