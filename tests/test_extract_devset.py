"""Extraction against the devset's gold annotations: a regression floor, plus the hard rules
(a not-quote is never a quote; a person only mentioned is never a speaker)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.model import Quote
from extract.pipeline import extract_doc
from sources.files import iter_paths
from tests.conftest import SEEDS, normalise
from tests.devset_scoring import GOLD, Score, score


@pytest.fixture(scope="module")
def extracted(nlp: Language) -> dict[str, list[Quote]]:
    found: dict[str, list[Quote]] = {}
    for item in iter_paths([str(SEEDS)]):
        name = item.origin.rsplit("/", 1)[-1]
        if name in GOLD and item.article is not None:
            found[name] = extract_doc(nlp(item.article.body)).quotes
    assert set(found) == set(GOLD)
    return found


def test_gold_quotes_found_with_their_speakers(extracted: dict[str, list[Quote]]) -> None:
    result = Score()
    for name, quotes in extracted.items():
        score(name, quotes, result)
    report = "\n".join(result.misses)
    assert result.found / result.gold >= 0.95, report
    assert result.right_speaker / result.gold >= 0.90, report
    assert result.ours_matched / result.ours >= 0.95, report


@pytest.mark.parametrize("name", sorted(GOLD))
def test_not_quotes_are_never_quotes(extracted: dict[str, list[Quote]], name: str) -> None:
    for not_quote in GOLD[name]["not_quotes"]:
        for quote in extracted[name]:
            if quote.kind != "indirect":
                assert normalise(quote.text).strip(" .,") != normalise(not_quote)


@pytest.mark.parametrize("name", sorted(GOLD))
def test_people_only_mentioned_never_speak(extracted: dict[str, list[Quote]], name: str) -> None:
    speakers = {q.speaker for q in extracted[name]}
    assert not set(GOLD[name]["not_speakers"]) & speakers


@pytest.mark.parametrize("name", sorted(GOLD))
def test_entities_found(extracted: dict[str, list[Quote]], name: str, nlp: Language) -> None:
    item = next(i for i in iter_paths([str(SEEDS / name)]))
    assert item.article is not None
    entities = {e.text for e in extract_doc(nlp(item.article.body)).entities}
    persons = [e["text"] for e in GOLD[name]["entities"] if e["label"] == "PERSON"]
    found = [p for p in persons if any(p in e or e in p for e in entities)]
    assert len(found) >= 0.6 * len(persons), (persons, entities)
