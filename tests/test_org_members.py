"""A person named before "of <organisation>" is the organisation's member and the speaker
("Ann Roe of the Elm Society said"), even when the parse makes the organisation the subject:
the quote is hers, she is the organisation's voice, and a later "she said" is hers too."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from extract.pipeline import extract_doc
from tests.conftest import ask_json, invoke

STORY = (
    "Canal towpath to close for repairs\n\n"
    "Harbin Waterways has asked Pellow District Council to shut the towpath for six weeks.\n\n"
    "Winifred Okafor of the Ashby Tenants’ Association said the closure was far too long for "
    "the summer. “We have no quarrel with repairs. We quarrel with six weeks of locked gates "
    "in July,” she said.\n\n"
    "She said forty boats were moored on the stretch."
)


def test_the_member_named_before_of_speaks_not_the_organisation(nlp: Language) -> None:
    quotes = extract_doc(nlp(STORY)).quotes
    speakers = {q.text: (q.speaker, q.speaker_org) for q in quotes}
    member = ("Winifred Okafor", "Ashby Tenants’ Association")
    assert speakers["the closure was far too long for the summer"] == member
    said = [q for q in quotes if "locked gates" in q.text or "forty boats" in q.text]
    assert len(said) == 2
    assert {q.speaker for q in said} == {"Winifred Okafor"}


def test_asking_the_organisation_finds_its_member(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "towpath.txt").write_text(STORY, encoding="utf-8")
    db = tmp_path / "t.db"
    result = invoke("--db", str(db), "ingest", str(folder))
    assert result.exit_code == 0, result.output
    answer = ask_json(db, "what has the Ashby Tenants' Association said about the towpath?")
    assert {q["speaker"] for q in answer["quotes"]} == {"Winifred Okafor"}
    assert any("locked gates" in q["text"] for q in answer["quotes"])


BREWERY = (
    "Brewery to shut its Fenwick site\n\n"
    "Pollard Brewery is to close its site in Fenwick, with the loss of 30 jobs.\n\n"
    "The brewer said the site would close in May.\n\n"
    "“We have run out of ways to keep the old kettles going,” said Agatha Brisk, who speaks "
    "for the firm."
)


def test_a_brewery_is_an_organisation_its_spokeswoman_speaks_for(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "brewery.txt").write_text(BREWERY, encoding="utf-8")
    db = tmp_path / "b.db"
    result = invoke("--db", str(db), "ingest", str(folder))
    assert result.exit_code == 0, result.output
    for question in ("what has Pollard Brewery said?", "anything from the brewer?"):
        answer = ask_json(db, question)
        texts = " ".join(q["text"] for q in answer["quotes"])
        assert "old kettles" in texts, question
        assert "Agatha Brisk" in {q["speaker"] for q in answer["quotes"]}, question
