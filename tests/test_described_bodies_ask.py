"""Bodies asked for by what the stories say they are, on short fictional stories: "the
network operator" the story names only as Wealdmere Power Networks (not the housebuilder
quoted after it), "the national food bank charity" a story gives in apposition ("The Larder
Trust, the national charity to which the food bank belongs") rather than the local food bank
whose name holds some of its words, and "the quarrying industry's trade body" (a possessive
narrows nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from ask.apposed_bodies import apposed_bodies
from extract.pipeline import extract_doc
from storage.db import open_store
from tests.conftest import ask_json, save_said, speakers_in, stories_db

STORIES = {
    "grid-queue": (
        "No room on the grid for 400 homes, says network operator\n"
        "Plans for 400 homes in Orlestone have been put on hold.\n"
        "The county's electricity network operator said a battery factory had taken all the "
        "spare capacity on the grid. Wealdmere Power Networks has told Orlestone Borough "
        "Council that it cannot connect the site until 2030.\n"
        'Brackenhurst Homes, which is building the estate, said it was "dismayed" by the '
        'decision. Its managing director, Tobias Fairlie, said: "We have built roads to '
        'nowhere."\n'
    ),
    "food-bank": (
        "Food bank runs out of pasta\n"
        "Pellowick Food Bank has run out of pasta and tinned fish.\n"
        "Pellowick Food Bank said it had run out of pasta and tinned fish for the first time "
        "in its history.\n"
        "The Larder Trust, the national charity to which the food bank belongs, said in a "
        'statement that demand was "the highest we have ever recorded".\n'
    ),
    "quarry": (
        "Quarry extension refused\n"
        "Councillors have refused to let Stonebeck Quarry grow.\n"
        "Councillors have refused to let Stonebeck Quarry grow by another 30 hectares.\n"
        "The Aggregate Producers Forum, the trade body for quarry operators, criticised the "
        'decision. Its chief executive, Ingrid Solberg, said: "The country needs stone, and '
        'this stone will now come from further away."\n'
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("described-bodies"), STORIES)


def test_the_network_operator_is_the_body_whose_name_holds_the_description(db: Path) -> None:
    answer = ask_json(db, "what did the network operator say?")
    assert "Wealdmere Power Networks" in speakers_in(answer)
    assert not speakers_in(answer) & {"Brackenhurst Homes", "Tobias Fairlie"}
    texts = " ".join(q["text"] for q in answer["quotes"])
    assert "a battery factory had taken all the spare capacity" in texts


def test_a_description_in_apposition_names_its_body_not_one_sharing_words(db: Path) -> None:
    answer = ask_json(db, "what has the national food bank charity said?")
    assert speakers_in(answer) == {"Larder Trust"}
    assert "the highest we have ever recorded" in answer["quotes"][0]["text"]


def test_an_industrys_trade_body_is_the_trade_body(db: Path) -> None:
    answer = ask_json(db, "what did the quarrying industry's trade body say?")
    assert "Ingrid Solberg" in speakers_in(answer)


def test_a_description_is_no_body_of_another_kind_that_shares_its_word(nlp: Language) -> None:
    """ "the health board said" in a story naming a care board is never the Allied Health
    Workers' Union, whose name holds "Health" but is headed by another kind."""
    text = (
        "Hospice beds saved\n\n"
        "St Elwyn's Hospice will stay open after the health board said it would make a "
        "stopgap payment of \u00a3225,000. The Kestwick and Vale Integrated Care Board "
        "announced the deal on Thursday.\n\n"
        "Nia Pryce of the Allied Health Workers' Union said the nurses had "
        '"won the first round".'
    )
    quotes = extract_doc(nlp(text)).quotes
    stopgap = [q for q in quotes if "stopgap payment" in q.text]
    assert stopgap and all(q.speaker != "Allied Health Workers' Union" for q in stopgap)


def test_a_clause_after_a_body_is_no_apposition(tmp_path: Path) -> None:
    """ "... keep brewing in Wendmoor, the rival brewer said": the words after the comma are
    a clause (its noun is followed by a verb), so Wendmoor, quoted elsewhere, is no rival
    brewer."""
    store = open_store(tmp_path / "s.db")
    save_said(
        store,
        "offer",
        "Harrowden Brewery rejected an offer from Kestrel Ales to keep brewing in Wendmoor, "
        "the rival brewer said on Wednesday.",
        "Kestrel Ales",
        "org",
        None,
        "Kestrel Ales",
        "the rival brewer",
    )
    save_said(
        store,
        "jobs",
        "Wendmoor said staff would be helped.",
        "Wendmoor",
        "org",
        None,
        "Wendmoor",
        "Wendmoor",
    )
    assert apposed_bodies(store, "the rival brewer") == []
    store.db.close()


def test_a_body_named_inside_a_persons_apposition_is_not_described_by_it(
    tmp_path: Path,
) -> None:
    """ "Gareth Penhaligon, the former managing director of Thornbury Homes, said": the
    apposition describes him, so "thornbury homes" (a question's phrase, lower-cased) is no
    description of anything the store has filed under "Penhaligon"."""
    store = open_store(tmp_path / "s.db")
    save_said(
        store,
        "trial",
        "Gareth Penhaligon, the former managing director of Thornbury Homes, said he was sorry.",
        "Penhaligon",
        "org",
        None,
        "Penhaligon",
        "Gareth Penhaligon",
    )
    assert apposed_bodies(store, "thornbury homes") == []
    store.db.close()
