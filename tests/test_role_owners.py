"""A name the next sentence calls "its" or "their" owner of a role is an organisation, and
the person holding that role speaks for it (extract/role_owners.py): asking for the body
answers with its officer, and asking for another body's chairman does not."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from extract.pipeline import extract_doc
from tests.conftest import ask_json, normalise, speaker_orgs, stories_db

_APP = (
    "Bramwick app row\n"
    "Cab drivers in Bramwick protested against the app Zoomwell.\n"
    "Cab drivers in Bramwick protested against the app Zoomwell on Monday.\n"
    "The Bramwick Cab Owners' Guild said in a statement that app drivers were poorly "
    "trained.\n"
    "Zoomwell rejected the claim. Its head of partnerships, Ottilie Marchbank, said every "
    "driver passed the same checks. \u201cWe welcome any inspection,\u201d she said.\n"
)

_BOWLS = (
    "Bowls club loses appeal\n"
    "Hessleby Bowls Club have lost their appeal against a points penalty.\n"
    "Hessleby Bowls Club have lost their appeal against a points penalty.\n"
    "The Hessleby chairman, Rupert Gannaway, said the club was \u201cheartbroken\u201d.\n"
    "Pellowgate, who finished last, stay up instead. Their chairman, Idris Venn, said he "
    "took \u201cno pleasure in surviving like this\u201d.\n"
)


def test_its_officer_speaks_for_the_name_before(nlp: Language) -> None:
    text = _APP.split("\n", 3)[3]
    assert speaker_orgs(nlp, text)["Ottilie Marchbank"] == "Zoomwell"


def test_their_chairman_belongs_to_the_club_before_not_the_story_club(nlp: Language) -> None:
    text = _BOWLS.split("\n", 3)[3]
    orgs = speaker_orgs(nlp, text)
    assert orgs["Idris Venn"] == "Pellowgate"
    assert orgs["Rupert Gannaway"] != "Pellowgate"


def test_a_person_with_a_given_name_stays_a_person_before_their(nlp: Language) -> None:
    text = (
        "Marion Castell lost her case on Friday. Their lawyer, Dev Anand Rao, said she "
        "would appeal."
    )
    people = {p.name: p.kind for p in extract_doc(nlp(text)).people}
    assert people.get("Marion Castell") == "person"


def test_asking_for_the_body_answers_with_its_officer(tmp_path: Path) -> None:
    db = stories_db(tmp_path, {"app": _APP, "bowls": _BOWLS})
    answer = ask_json(db, "what did Zoomwell say?")
    assert "Ottilie Marchbank" in {q["speaker"] for q in answer["quotes"]}
    assert any("We welcome any inspection" in normalise(q["text"]) for q in answer["quotes"])
    chairman = ask_json(db, "what did the Hessleby chairman say?")
    assert "Idris Venn" not in {q["speaker"] for q in chairman["quotes"]}
