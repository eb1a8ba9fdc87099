"""`newsbrief extract`: JSON Lines in, extraction out, no store."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from extract.model import Extraction, Quote
from extract.nlp import load_nlp
from extract.pipeline import extract_doc

MAX_TEXT_CHARS = 1_000_000


def quote_json(quote: Quote) -> dict[str, Any]:
    """A quote's JSON fields: the ask contract's quote fields plus extraction detail."""
    return {
        "speaker": quote.speaker,
        "speaker_title": quote.speaker_title,
        "speaker_org": quote.speaker_org,
        "kind": quote.kind,
        "cue": quote.cue,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "attribution": quote.attribution,
        "mention": quote.mention,
        "speaker_kind": quote.speaker_kind,
        "topics": list(quote.topics),
    }


def extraction_json(doc_id: Any, extraction: Extraction) -> str:
    """One output line."""
    return json.dumps(
        {
            "id": doc_id,
            "quotes": [quote_json(q) for q in extraction.quotes],
            "entities": [
                {"text": e.text, "label": e.label, "start": e.start, "end": e.end}
                for e in extraction.entities
            ],
        },
        ensure_ascii=False,
    )


def _records(source: TextIO) -> Iterator[tuple[Any, str]]:
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            print(f"line {number}: invalid JSON ({exc.msg}); skipped", file=sys.stderr)
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            print(
                f"line {number}: expected an object with a 'text' string; skipped", file=sys.stderr
            )
            continue
        text = record["text"][:MAX_TEXT_CHARS]
        yield record.get("id", number), text


def extract_lines(source: TextIO, model: str, batch_size: int) -> Iterator[str]:
    """Extraction output lines for each good input line, in order."""
    nlp = load_nlp(model)
    batch: list[tuple[Any, str]] = []
    for record in _records(source):
        batch.append(record)
        if len(batch) >= batch_size:
            yield from _run(nlp, batch, batch_size)
            batch = []
    yield from _run(nlp, batch, batch_size)


def _run(nlp: Any, batch: list[tuple[Any, str]], batch_size: int) -> Iterator[str]:
    if not batch:
        return
    docs = nlp.pipe((text for _, text in batch), batch_size=batch_size)
    for (doc_id, _), doc in zip(batch, docs, strict=True):
        try:
            yield extraction_json(doc_id, extract_doc(doc))
        except Exception as exc:  # one bad article must not stop the run
            print(f"{doc_id}: extraction failed ({exc}); skipped", file=sys.stderr)
