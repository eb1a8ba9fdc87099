"""`newsbrief extract`: JSON Lines in, extraction out, no store."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from extract.nlp import load_nlp
from extract.pipeline import extract_doc
from records.extraction import Extraction, Quote

MAX_TEXT_CHARS = 1_000_000


def attribution_json(pieces: list[Quote], text: str | None = None) -> dict[str, Any]:
    """One attribution's JSON: who, the cue, `spans` (its pieces, e.g. a quote split around
    "he said", overlapping pieces merged: a partial quote inside its reported sentence is one
    span), `quoted` (the sub-spans inside quotation marks), `start`/`end` (the whole extent)
    and `text` (the spans' words joined). `kind` is `direct` when everything is quoted,
    `indirect` when nothing is, `partial` otherwise."""
    first = pieces[0]
    spans: list[dict[str, Any]] = []
    for piece in sorted(pieces, key=lambda q: (q.start, -q.end)):
        if spans and piece.start <= spans[-1]["end"]:
            last = spans[-1]
            if piece.end > last["end"]:
                last["text"] = (
                    text[last["start"] : piece.end]
                    if text is not None
                    else last["text"] + piece.text[last["end"] - piece.start :]
                )
                last["end"] = piece.end
            continue
        spans.append({"start": piece.start, "end": piece.end, "text": piece.text})
    quoted = [
        {"start": q.start, "end": q.end, "text": q.text}
        for q in sorted(pieces, key=lambda q: q.start)
        if q.kind != "indirect"
    ]
    kinds = {q.kind for q in pieces}
    kind = "direct" if kinds == {"direct"} else "indirect" if kinds == {"indirect"} else "partial"
    topics: dict[str, None] = {}
    for piece in pieces:
        topics.update(dict.fromkeys(piece.topics))
    return {
        "speaker": first.speaker,
        "speaker_title": first.speaker_title,
        "speaker_org": first.speaker_org,
        "kind": kind,
        "cue": first.cue,
        "text": " ".join(span["text"] for span in spans),
        "start": spans[0]["start"],
        "end": spans[-1]["end"],
        "spans": spans,
        "quoted": quoted,
        "attribution": first.attribution,
        "mention": first.mention,
        "speaker_kind": first.speaker_kind,
        "topics": list(topics),
    }


def extraction_json(doc_id: Any, extraction: Extraction, text: str | None = None) -> str:
    """One output line: the article's attributions, one object each, and its entities."""
    groups: dict[int, list[Quote]] = {}
    for quote in extraction.quotes:
        groups.setdefault(quote.attribution, []).append(quote)
    attributions = sorted(
        (attribution_json(pieces, text) for pieces in groups.values()),
        key=lambda a: (a["start"], a["end"]),
    )
    return json.dumps(
        {
            "id": doc_id,
            "quotes": attributions,
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
    for (doc_id, text), doc in zip(batch, docs, strict=True):
        try:
            yield extraction_json(doc_id, extract_doc(doc), text)
        except Exception as exc:  # one bad article must not stop the run
            print(f"{doc_id}: extraction failed ({exc}); skipped", file=sys.stderr)
