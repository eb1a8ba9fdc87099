"""Measure syndicated-copy recognition on real articles: .venv/bin/python bench/syndication.py

False positives: every pair of different stories among the seeds and PolNeAR's dev articles
(read at run time from ../shared/corpora/polnear/dev.jsonl, never copied here). Recall: each
dev article against copies made the way outlets make them (dateline and credit line added,
cut short, a few words changed). Prints the overlap distribution and the LSH candidate rate.
"""

from __future__ import annotations

import itertools
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from common.syndication import COPY_CONTAINMENT, fingerprint, similarity  # noqa: E402
from sources.files import iter_paths  # noqa: E402

DEV = ROOT.parent / "shared" / "corpora" / "polnear" / "dev.jsonl"


def corpus() -> list[tuple[str, str]]:
    texts = [(i.origin, i.article.body) for i in iter_paths([str(ROOT / "seeds")]) if i.article]
    if DEV.is_file():
        for line in DEV.read_text("utf-8").splitlines():
            record = json.loads(line)
            texts.append((record["id"], record["text"]))
    return texts


def variants(text: str, rng: random.Random) -> dict[str, str]:
    paras = [p for p in text.split("\n") if p.strip()][1:]  # drop the headline line
    wire = ["WASHINGTON (Reuters) - " + paras[0], *paras[1:], "(Reporting by J. Doe)"]
    words = " ".join(wire).split()
    edited = [w if rng.random() > 0.04 else "changed" for w in words]
    return {
        "dateline+credit": "\n".join(wire),
        "cut to 70%": "\n".join(wire[: max(2, int(len(wire) * 0.7))]),
        "cut to 40%": "\n".join(wire[: max(2, int(len(wire) * 0.4))]),
        "4% of words changed": " ".join(edited),
    }


def main() -> None:
    texts = corpus()
    started = time.perf_counter()
    prints = [(name, fingerprint(text)) for name, text in texts]
    per_article = (time.perf_counter() - started) / len(texts) * 1000
    pairs = list(itertools.combinations(prints, 2))
    scores = sorted(
        ((similarity(a.shingles, b.shingles).containment, na, nb) for (na, a), (nb, b) in pairs),
        reverse=True,
    )
    candidates = sum(1 for (_, a), (_, b) in pairs if set(a.band_keys) & set(b.band_keys))
    print(f"articles {len(texts)}, pairs {len(pairs)}, fingerprint {per_article:.1f} ms/article")
    print(f"threshold (containment) {COPY_CONTAINMENT}")
    print(f"false copies: {sum(1 for s in scores if s[0] >= COPY_CONTAINMENT)}")
    print("highest overlaps between different stories:")
    for score, a, b in scores[:3]:
        print(f"  {score:.3f}  {a}  ~  {b}")
    print(f"LSH candidate pairs {candidates} of {len(pairs)}")
    if not DEV.is_file():
        print("PolNeAR dev not found: recall not measured")
        return
    rng = random.Random(7)
    found: dict[str, list[float]] = {}
    for name, text in texts:
        if name.startswith(str(ROOT)) or len([p for p in text.split("\n") if p.strip()]) < 4:
            continue
        original = fingerprint(text)
        for kind, copy_text in variants(text, rng).items():
            copy = fingerprint(copy_text)
            hit = bool(set(original.band_keys) & set(copy.band_keys))
            score = similarity(original.shingles, copy.shingles).containment
            found.setdefault(kind, []).append(score if hit else 0.0)
    for kind, scores_ in found.items():
        recalled = sum(1 for s in scores_ if s >= COPY_CONTAINMENT)
        print(
            f"recall {kind:22s} {recalled}/{len(scores_)}  (lowest containment {min(scores_):.2f})"
        )


if __name__ == "__main__":
    main()
