"""Errors on QUOTED material (the scorer's `direct` subset), canonical-name speakers, grouped
by cause, for tuning on PolNeAR train (check on dev).

    NEWSBRIEF_BENCH_PARSE_CACHE=1 .venv/bin/python -m bench.quoted_errors CORPUS.jsonl
        [--limit N] [--examples N] [--group NAME] [--dump FILE]

Extracts through the bench parse cache (bench/parse_cache.py), converts each attribution as
bench/eval_quotes.py does with canonical names, and matches system to gold with the shared
scorer's rules (../shared/eval/score_quotes.py). Each gold attribution with quoted material is
right, or one of: `speaker wrong` (matched, our speaker names someone else), `speaker missing`
(matched, no speaker), `extent` (a system quote overlaps it but below the Jaccard threshold),
`missed` (nothing overlaps it). Each unmatched system quote that looks quoted is `spurious`
(`spurious-overlap` when it overlaps a gold content, `spurious-none` when nothing). Speaker
errors are sub-grouped by the cue's construction. Figures to report come from eval_quotes.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path
from typing import Any

from bench.eval_quotes import read_corpus, to_system
from bench.fast_quotes import f1_line, outputs_for
from bench.quote_errors import load_scorer


def _gold_positions(sq_mod: Any, art: Any, gold: dict[str, Any]) -> list[set[int]]:
    found = []
    for a in gold["attributions"]:
        p: set[int] = set()
        for sp in a["content"]["spans"]:
            p |= art.positions(sp["start"], sp["end"])
        found.append(p)
    return found


def _where(text: str, start: int, end: int, width: int = 60) -> str:
    return text[max(0, start - width) : end + width].replace("\n", " / ")


def classify(records: list[dict[str, Any]], outputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every quoted-material error, one dict each: group, article, and what to read."""
    sq_mod = load_scorer()
    errors: list[dict[str, Any]] = []
    for gold, output in zip(records, outputs, strict=True):
        art = sq_mod.Article(gold)
        golds = gold["attributions"]
        g_pos = _gold_positions(sq_mod, art, gold)
        sysq = to_system(output, resolved_only=True)["quotes"]
        words = to_system(output, resolved_only=False)["quotes"]
        raw = output["quotes"]
        sq = [sq_mod.prepare_system_quote(art, q) for q in sysq]
        cands = []
        for si, sp in enumerate(sq):
            for gi in range(len(golds)):
                j = sq_mod.jaccard_sets(sp["pos"], g_pos[gi])
                if j >= sq_mod.THRESHOLD:
                    ok = sq_mod.speaker_ok(sysq[si].get("speaker"), golds[gi], "strict")
                    cands.append((-j, not ok, gi, si))
        cands.sort()
        used_g: dict[int, int] = {}
        used_s: set[int] = set()
        for _, _, gi, si in cands:
            if gi in used_g or si in used_s:
                continue
            used_g[gi] = si
            used_s.add(si)
        for gi, a in enumerate(golds):
            if not sq_mod.gold_is_direct(a):
                continue
            src = a.get("source") or {}
            names = (src.get("coref") or {}).get("names") if src else None
            base = {
                "article": gold["id"],
                "gold_source": src.get("text"),
                "gold_coref": (src.get("coref") or {}).get("text"),
                "gold_names": names,
                "gold_cue": (a.get("cue") or {}).get("text"),
                "gold_content": a["content"]["text"][:160],
                "gold_type": a.get("type"),
            }
            if gi in used_g:
                si = used_g[gi]
                speaker = sysq[si].get("speaker")
                if sq_mod.speaker_ok(speaker, a, "coref"):
                    continue
                words_ok = sq_mod.speaker_ok(words[si].get("speaker"), a, "coref")
                group = "speaker missing" if not (speaker or "").strip() else "speaker wrong"
                errors.append(
                    base
                    | {
                        "group": group,
                        "ours": speaker,
                        "mention": raw[si].get("mention"),
                        "cue": raw[si].get("cue"),
                        "words_ok": words_ok,
                        "where": _where(
                            gold["text"],
                            min(raw[si]["start"], src.get("start", raw[si]["start"])),
                            max(raw[si]["end"], src.get("end", raw[si]["end"])),
                            40,
                        )[:500],
                    }
                )
                continue
            best = max(
                ((len(sp["pos"] & g_pos[gi]), si) for si, sp in enumerate(sq)), default=(0, -1)
            )
            if best[0]:
                si = best[1]
                errors.append(
                    base
                    | {
                        "group": "extent",
                        "ours": sysq[si].get("speaker"),
                        "ours_content": raw[si]["text"][:160],
                        "jaccard": round(sq_mod.jaccard_sets(sq[si]["pos"], g_pos[gi]), 2),
                        "taken": si in used_s,
                    }
                )
            else:
                spans = a["content"]["spans"]
                errors.append(
                    base
                    | {
                        "group": "missed",
                        "where": _where(gold["text"], spans[0]["start"], spans[-1]["end"])[:500],
                    }
                )
        for si, q in enumerate(sysq):
            if si in used_s or not sq[si]["direct_looking"]:
                continue
            overlap = [gi for gi in range(len(golds)) if sq[si]["pos"] & g_pos[gi]]
            errors.append(
                {
                    "group": "spurious-overlap" if overlap else "spurious-none",
                    "article": gold["id"],
                    "ours": q.get("speaker"),
                    "cue": raw[si].get("cue"),
                    "ours_content": raw[si]["text"][:160],
                    "gold_over": [golds[gi]["content"]["text"][:100] for gi in overlap][:2],
                    "where": _where(gold["text"], raw[si]["start"], raw[si]["end"])[:400],
                }
            )
    return errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--examples", type=int, default=4)
    parser.add_argument("--group", default=None)
    parser.add_argument("--dump", type=Path, default=None)
    args = parser.parse_args(argv)
    records = read_corpus(args.corpus, args.limit)
    outputs = outputs_for(records)
    print(f1_line(records, outputs))
    errors = classify(records, outputs)
    if args.dump:
        args.dump.write_text("".join(json.dumps(e) + "\n" for e in errors), "utf-8")
    groups: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for error in errors:
        groups[error["group"]].append(error)
    rng = random.Random(0)
    for name, members in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"== {name}: {len(members)}")
        if args.group and args.group != name:
            continue
        for error in rng.sample(members, min(args.examples, len(members))):
            print("   ", json.dumps({k: v for k, v in error.items() if k != "group"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
