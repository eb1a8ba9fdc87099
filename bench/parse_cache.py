"""A parse cache for the accuracy benchmarks only: each text's spaCy Doc kept as a DocBin under
the git-ignored bench/.cache/docs, keyed by a hash of the model name and the text, so that
re-running extraction rules over PolNeAR subsets takes seconds instead of a re-parse.

Used only when NEWSBRIEF_BENCH_PARSE_CACHE=1 (bench scripts read it; the product never does).
Figures to report come from the plain commands, without the cache.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from bench.common import CACHE

ENV = "NEWSBRIEF_BENCH_PARSE_CACHE"
FOLDER = CACHE / "docs"


def enabled() -> bool:
    """True when the bench parse cache is switched on."""
    return os.environ.get(ENV, "") not in ("", "0")


def _path(nlp: Language, text: str) -> str:
    key = hashlib.sha256(f"{nlp.meta.get('name')}\0{text}".encode()).hexdigest()
    return str(FOLDER / f"{key}.spacy")


def parsed(nlp: Language, texts: Sequence[str], batch_size: int = 16) -> Iterator[Doc]:
    """Each text's Doc, from the cache when it is there; parsed and stored otherwise."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    cached: dict[int, Doc] = {}
    missing: list[int] = []
    for number, text in enumerate(texts):
        path = _path(nlp, text)
        if os.path.exists(path):
            with open(path, "rb") as handle:
                cached[number] = next(DocBin().from_bytes(handle.read()).get_docs(nlp.vocab))
        else:
            missing.append(number)
    fresh = nlp.pipe((texts[n] for n in missing), batch_size=batch_size)
    for number in range(len(texts)):
        if number in cached:
            yield cached.pop(number)
            continue
        doc = next(fresh)
        store = DocBin(store_user_data=False)
        store.add(doc)
        with open(_path(nlp, texts[number]), "wb") as handle:
            handle.write(store.to_bytes())
        yield doc
