"""Quote F1 and grouped errors in seconds, for tuning rules on PolNeAR train (check on dev).

    NEWSBRIEF_BENCH_PARSE_CACHE=1 .venv/bin/python -m bench.fast_quotes CORPUS.jsonl
        [--limit N] [--errors N] [--groups N]

Parses through the bench parse cache (bench/parse_cache.py; the first run parses and fills
it), extracts in this process, converts the output as bench/eval_quotes.py does and scores it
with ../shared/eval/score_quotes.py. Prints the same F1 line as eval_quotes, then errors
grouped: false hits by our cue, misses by the gold cue, wrong speakers by our speaker kind,
N examples of each of the biggest groups. Figures to report come from eval_quotes itself.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench import parse_cache
from bench.eval_quotes import read_corpus, to_system
from bench.quote_errors import classify, load_scorer
from bot.extract_jsonl import extraction_json
from extract.nlp import load_nlp
from extract.pipeline import extract_doc


def outputs_for(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`newsbrief extract`'s output objects for the records, parsed through the cache."""
    nlp = load_nlp()
    texts = [r["text"] for r in records]
    docs = parse_cache.parsed(nlp, texts) if parse_cache.enabled() else nlp.pipe(texts)
    return [
        json.loads(extraction_json(r["id"], extract_doc(doc), r["text"]))
        for r, doc in zip(records, docs, strict=True)
    ]


def f1_line(records: list[dict[str, Any]], outputs: list[dict[str, Any]]) -> str:
    """eval_quotes' summary figures for these outputs."""
    scorer = load_scorer()
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold.jsonl"
        gold.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
        for resolved in (True, False):
            system = Path(tmp) / f"system-{resolved}.jsonl"
            lines = [json.dumps(to_system(o, resolved_only=resolved)) + "\n" for o in outputs]
            system.write_text("".join(lines), "utf-8")
            figures[resolved] = scorer.evaluate(str(gold), str(system))["subsets"]
    words, names = figures[False], figures[True]
    return (
        f"coref F1 all {words['all']['full_coref']['f1']:.3f}, "
        f"quoted {words['direct']['full_coref']['f1']:.3f} "
        f"(canonical {names['all']['full_coref']['f1']:.3f}, "
        f"{names['direct']['full_coref']['f1']:.3f}); "
        f"content F1 all {words['all']['content']['f1']:.3f}, "
        f"quoted {words['direct']['content']['f1']:.3f}; "
        f"gold {words['all']['n_gold']}, ours {words['all']['n_sys']}"
    )


def _group_key(kind: str, text: str) -> str:
    if kind == "false":
        return text.split(" | ", 1)[0]
    if kind == "miss":
        head = text.split(" | ", 1)[0]
        return head.split("] ", 1)[0] + "] cue " + head.rsplit(" ", 1)[-1].lower()
    ours = text.split(" gold ", 1)[0]
    return "ours None" if ours.endswith("None") else "ours named"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", type=int, default=3)
    parser.add_argument("--groups", type=int, default=12)
    parser.add_argument("--kinds", default="false,miss,speaker")
    args = parser.parse_args(argv)
    records = read_corpus(args.corpus, args.limit)
    outputs = outputs_for(records)
    print(f_line := f1_line(records, outputs))
    systems = [to_system(o) for o in outputs]
    errors = classify(records, systems)
    for kind in args.kinds.split(","):
        items = errors.get(kind, [])
        groups: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
        for article, text in items:
            groups[_group_key(kind, text)].append((article, text))
        print(f"\n== {kind}: {len(items)}")
        ranked = sorted(groups.items(), key=lambda kv: -len(kv[1]))
        for key, members in ranked[: args.groups]:
            print(f"  [{len(members)}] {key}")
            for article, text in members[: args.errors]:
                print(f"      {article[:24]}: {text[:230]}")
    print(f_line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
