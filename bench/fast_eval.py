"""Bench-only quick loop for extraction rules: parses once, then re-runs the rules in seconds.

    python -m bench.fast_eval CORPUS.jsonl [--limit N] [--errors N] [--speakers]

Parsed documents are cached as a DocBin under the git-ignored bench/.cache, keyed by the
corpus file's name and the model; only this script reads the cache (`newsbrief extract` and
bench/eval_quotes.py always parse). Prints the shared scorer's table for the article's-words
speakers and the canonical-name speakers; with --errors, the grouped errors of
bench/quote_errors.py; with --speakers, every wrong-speaker error of the canonical names.
The final figures come from bench/eval_quotes.py, never from this script.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

from bench.eval_quotes import DEFAULT_SCORER, read_corpus, score, to_system
from bot.extract_jsonl import extraction_json
from extract.nlp import DEFAULT_MODEL, load_nlp
from extract.pipeline import extract_doc

CACHE = Path(__file__).resolve().parent / ".cache"


def parsed(records: list[dict[str, Any]], corpus: Path) -> list[Doc]:
    """The corpus's texts parsed, from the cache when it holds them."""
    nlp = load_nlp(DEFAULT_MODEL)
    digest = hashlib.sha1("\n".join(r["text"] for r in records).encode()).hexdigest()[:12]
    path = CACHE / f"{corpus.stem}-{len(records)}-{digest}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe((r["text"] for r in records), batch_size=16))
    CACHE.mkdir(exist_ok=True)
    DocBin(docs=docs, store_user_data=True).to_disk(path)
    return docs


def main(argv: list[str] | None = None) -> int:
    """Score extraction over a cached parse of the corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--speakers", action="store_true")
    parser.add_argument("--out", type=Path, default=None, help="keep the extract output here")
    args = parser.parse_args(argv)
    records = read_corpus(args.corpus, None)
    docs = parsed(records, args.corpus)[: args.limit]
    records = records[: args.limit]
    outputs = [
        json.loads(extraction_json(r["id"], extract_doc(d)))
        for r, d in zip(records, docs, strict=True)
    ]
    if args.out:
        args.out.write_text("".join(json.dumps(o) + "\n" for o in outputs))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        gold = work / "gold.jsonl"
        gold.write_text("".join(json.dumps(r) + "\n" for r in records))
        systems = [to_system(o) for o in outputs]
        resolved = work / "resolved.jsonl"
        resolved.write_text(
            "".join(json.dumps(to_system(o, resolved_only=True)) + "\n" for o in outputs)
        )
        system = work / "system.jsonl"
        system.write_text("".join(json.dumps(s) + "\n" for s in systems))
        print("canonical:")
        names = score(DEFAULT_SCORER, gold, resolved, work / "m1.json")
        print("article's words:")
        words = score(DEFAULT_SCORER, gold, system, work / "m2.json")
    if args.errors:
        from bench.quote_errors import print_errors

        print_errors(records, systems, args.errors)
    if args.speakers:
        from bench.quote_errors import classify

        canonical = [to_system(o, resolved_only=True) for o in outputs]
        for article_id, text in classify(records, canonical).get("speaker", []):
            print(f"SPK {article_id[:30]}: {text}")
    f = words["subsets"]
    n = names["subsets"]
    print(
        f"fast_eval: coref all {f['all']['full_coref']['f1']:.3f} quoted "
        f"{f['direct']['full_coref']['f1']:.3f} | canonical all "
        f"{n['all']['full_coref']['f1']:.3f} quoted {n['direct']['full_coref']['f1']:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
