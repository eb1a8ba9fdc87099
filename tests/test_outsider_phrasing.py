"""Wire-service and feature phrasing an outside tester writes (bench/tuneset5's kinds), over
fictional articles: page furniture inside the article, a firm whose name the recogniser
takes for a person, an unnamed spokesperson after the organisation's own statement, and a
speaker described by age."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc
from sources.html import parse_html
from tests.conftest import DATA, ask_json, ingested
from tests.conftest import extracted_quotes as quotes

PAGE = """<!DOCTYPE html><html><head><title>Mill closure | Brenmoor Post</title></head><body>
<article><h1>Weaving mill to close with 90 jobs lost</h1>
<div class="body"><div class="inner">
<p>The Tallow Lane weaving mill in Brenmoor will close in March, its owners said on Monday,
with the loss of 90 jobs.</p>
<p>&ldquo;We fought for this mill for ten years,&rdquo; said Oksana Vereker, the works
manager. &ldquo;In the end the orders simply stopped coming.&rdquo;</p>
<h2>Owners &lsquo;heartbroken&rsquo;</h2>
<blockquote class="pull"><p>&ldquo;We fought for this mill for ten years. In the end the
orders simply stopped coming.&rdquo;</p></blockquote>
<p>Union officials said they would ask the council to help find a buyer for the looms.</p>
<blockquote><p>&ldquo;To every weaver who kept these looms running: thank you, and we are
sorry.&rdquo;</p></blockquote>
</div></div></article></body></html>"""


def test_page_drops_subheads_and_pull_quotes_but_keeps_printed_statements() -> None:
    body = parse_html(PAGE, "mill.html").body
    assert "heartbroken" not in body  # a subhead is no sentence of the story
    assert body.count("We fought for this mill") == 1  # the pull quote repeats the story
    assert "To every weaver who kept these looms running" in body  # repeats nothing: kept


def test_firm_named_again_stays_an_organisation_with_its_director(nlp: Language) -> None:
    text = (
        "Quarry plan refused.\n\n"
        "An inspector has said Copperfold Aggregates\u2019 plan to dig deeper should be "
        "thrown out.\n\n"
        "Copperfold Aggregates said in a statement that it was \u201cdismayed\u201d by the "
        "decision. Its finance director, Aurelio di Santo, said the firm would appeal."
    )
    extraction = extract_doc(nlp(text))
    kinds = {p.kind for p in extraction.people if p.name == "Copperfold Aggregates"}
    assert kinds == {"org"}  # never also a person called Copperfold Aggregates
    director = next(q for q in extraction.quotes if "would appeal" in q.text)
    assert director.speaker == "Aurelio di Santo"
    assert director.speaker_org == "Copperfold Aggregates"


def test_unnamed_spokeswoman_after_the_organisation_speaks_for_it(nlp: Language) -> None:
    text = (
        "Midwives to strike.\n\n"
        "Harrowdene Health Trust said it was disappointed by the vote and remained ready to "
        "talk. \u201cMothers and babies will always come first,\u201d a spokeswoman said.\n\n"
        "A spokesman for the union said talks had broken down in August."
    )
    found = quotes(nlp, text)
    trust = next(q for q in found if "Mothers and babies" in q.text)
    assert trust.speaker is None
    assert trust.speaker_org == "Harrowdene Health Trust"


def test_speaker_described_by_age_is_the_person_just_named(nlp: Language) -> None:
    text = (
        "Bus route axed.\n\n"
        "For Winifred Osei-Barker, the news came in a letter. The 81-year-old widow, who has "
        "taken the number 14 to the market every week since 1968, said she would now be "
        "stuck at home.\n\n"
        "The operator said the route had lost money for five years."
    )
    found = quotes(nlp, text)
    widow = next(q for q in found if "stuck at home" in q.text)
    assert widow.speaker == "Winifred Osei-Barker"


@pytest.fixture(scope="module")
def outsider_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of two fictional wire-style articles (tests/data/outsider/articles)."""
    path = tmp_path_factory.mktemp("outsider") / "o.db"
    return ingested(path, DATA / "outsider" / "articles")


def test_organisation_asked_by_what_the_story_calls_it(outsider_db: Path) -> None:
    # "A soup kitchen in Port Ellery says ..." then "Its coordinator, ...": the story's
    # soup kitchen is the Harbourside Supper Club.
    answer = ask_json(outsider_db, "what has the soup kitchen said?", "--limit", "0")
    texts = [q["text"] for q in answer["quotes"]]
    assert any("We now see whole families at the door" in t for t in texts)
    assert "Ellery Town Council" not in {q["speaker"] for q in answer["quotes"]}


def test_lead_title_named_in_the_next_sentence(outsider_db: Path) -> None:
    answer = ask_json(outsider_db, "what did the station manager say?", "--limit", "0")
    assert "Anselm Whitcombe" in {q["speaker"] for q in answer["quotes"]}
    assert any("We will still launch from the beach" in q["text"] for q in answer["quotes"])


def test_pronoun_after_an_unnamed_source_is_not_a_person_named_paragraphs_before(
    nlp: Language,
) -> None:
    text = (
        "Care home staff to strike.\n\n"
        "Marisol Quenby-Adair, the union's regional organiser, said the ballot result was "
        "clear.\n\n"
        "The home's owners said they would meet the union next week.\n\n"
        "One care worker, who asked not to be named, said she had worked 13 days in a row. "
        "\u201cI fell asleep on the bus home,\u201d she said."
    )
    found = quotes(nlp, text)
    worker = next(q for q in found if "fell asleep" in q.text)
    assert worker.speaker is None
    assert "care worker" in (worker.speaker_title or "")


def test_union_named_in_apposition_speaks_not_the_group_before(nlp: Language) -> None:
    text = (
        "Ferry crossings cut.\n\n"
        "The Skerran Island Passengers' Association called the cuts unfair.\n\n"
        "The crews' union, the Federated Guild of Deck Officers, said the shortage was "
        "\u201centirely of the owners' making\u201d."
    )
    found = quotes(nlp, text)
    union = next(q for q in found if "owners' making" in q.text)
    assert union.speaker == "Federated Guild of Deck Officers"


def test_phrasal_cues_report_speech_only_with_their_particle(nlp: Language) -> None:
    # data/cues.json "phrasal_cues": "went on:" reports like "continued"; "go on" of a
    # thing that lasts reports nothing.
    text = (
        "Pier to shut.\n\n"
        "Ottoline Brackwater, who has run the pier for twenty years, said the repairs were "
        "overdue.\n\n"
        "She went on: \u201cWe patched it every winter. This winter the patches gave "
        "way.\u201d\n\n"
        "The repairs will go on until the spring."
    )
    found = quotes(nlp, text)
    patched = next(q for q in found if "We patched it every winter" in q.text)
    assert patched.speaker == "Ottoline Brackwater"
    assert not any("until the spring" in q.text for q in found)
