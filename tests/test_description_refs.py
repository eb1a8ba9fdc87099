"""Definite descriptions as speakers (extract/description_refs.py) and compound surnames
(extract/compound_surnames.py): "the teacher said" is the teacher the story named, a "he"
after "The Chilean builder told ..." is the builder, and "Souza Lima" is Rafael Souza Lima,
while two people who share a surname stay two speakers."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from spacy.language import Language

from extract.compound_surnames import is_surname_of
from tests.conftest import extracted_quotes, said_by, speaker_of, story_db


def test_the_contrast_words_family_is_data() -> None:
    raw = json.loads(
        resources.files("extract").joinpath("data/definite_descriptions.json").read_text("utf-8")
    )
    assert {"other", "another", "second", "fellow"} <= set(raw["contrast_words"])


def test_a_lead_description_named_next_speaks_as_that_person(nlp: Language) -> None:
    found = extracted_quotes(
        nlp,
        "The teacher whose school stands beside the new bypass has said she will not move "
        "her class.\n\n"
        "Morwenna Tregarthen, who has taught at Polgrain since 1998, said the road would "
        "cut the village off from the school.\n\n"
        '"They are asking me to start again at sixty," the teacher said on Monday. '
        '"I will not do it."',
    )
    assert speaker_of(found, "start again at sixty") == "Morwenna Tregarthen"
    assert speaker_of(found, "I will not do it") == "Morwenna Tregarthen"
    assert speaker_of(found, "will not move her class") == "Morwenna Tregarthen"


def test_a_leads_indefinite_subject_named_next_is_that_person_later(nlp: Language) -> None:
    found = extracted_quotes(
        nlp,
        "A Trewenna boatbuilder is to lend his slipway to the lifeboat crew while their "
        "station is rebuilt.\n\n"
        "Kenji Polglase, who owns the yard at Porth Ledden, said the crew could use it for "
        "as long as they needed.\n\n"
        "The boatbuilder said he would not charge the charity a penny.",
    )
    assert speaker_of(found, "would not charge the charity") == "Kenji Polglase"


def test_an_indefinite_description_after_someone_named_stays_unnamed(nlp: Language) -> None:
    found = extracted_quotes(
        nlp,
        "Kenji Polglase, who owns the yard at Porth Ledden, said the slipway would reopen. "
        "A boatbuilder from Mevagh said the work had cost him a season.\n\n"
        "Ines Caradoc, the harbour master, said the quay was safe.\n\n"
        "The boatbuilder said nobody had asked him.",
    )
    assert speaker_of(found, "nobody had asked him") is None


def test_an_epithet_after_a_name_and_the_he_after_it(nlp: Language) -> None:
    found = extracted_quotes(
        nlp,
        "Rafael Souza Lima signed the lease on the old ropeworks on Monday. The Chilean "
        "builder told Radio Kelby that the building would open as a workshop in May.\n\n"
        '"I saw the roof and I said yes," he told the station.',
    )
    assert speaker_of(found, "workshop in May") == "Rafael Souza Lima"
    assert speaker_of(found, "I saw the roof") == "Rafael Souza Lima"


def test_a_description_of_someone_unnamed_stays_unnamed(nlp: Language) -> None:
    found = extracted_quotes(
        nlp,
        "Gwilym Prosser, the harbour master, said the quay would reopen in June. A fisherman "
        "from Porthdu said the delay had cost him a season.\n\n"
        '"Nobody asked us," the fisherman said.',
    )
    assert speaker_of(found, "Nobody asked us") is None


def test_a_description_of_the_other_gender_is_not_the_person_just_named(
    nlp: Language,
) -> None:
    found = extracted_quotes(
        nlp,
        "Idris Penhaligon, the site manager, said the tower would come down in March.\n\n"
        '"We were never told," the woman said.',
    )
    assert speaker_of(found, "We were never told") is None


def test_the_other_of_two_is_not_the_first(nlp: Language) -> None:
    found = extracted_quotes(
        nlp,
        "Tamsin Rowe, a farmer at Lanow, said the flood had taken her hay.\n\n"
        '"We lost a week of work," the other farmer said.',
    )
    assert speaker_of(found, "We lost a week of work") is None


def test_a_compound_surname_is_one_speaker_in_the_store(tmp_path: Path) -> None:
    db = story_db(
        tmp_path,
        "ropeworks",
        "Ropeworks to reopen as workshop\n\n"
        "Chilean builder Rafael Souza Lima has bought the old ropeworks in Kelby.\n\n"
        "Souza Lima, 52, said the building would open as a workshop in May.\n\n"
        '"I saw the roof and I said yes," he said.\n\n'
        "His brother, Tomas Souza Lima, said the family had looked at it for years.\n",
    )
    words, speakers = said_by(db, "Rafael Souza Lima")
    assert "workshop in May" in words and "I saw the roof" in words, words
    assert speakers == {"Rafael Souza Lima"}, speakers
    assert "looked at it for years" not in words


def test_which_names_are_compound_surnames() -> None:
    assert is_surname_of("Souza Lima", "Rafael Souza Lima")
    assert not is_surname_of("Ann Tregarthen", "Mary Ann Tregarthen")  # a given name
    assert not is_surname_of("Lima", "Rafael Souza Lima")  # one word: the surname rule's
    assert not is_surname_of("Tomas Souza Lima", "Rafael Souza Lima")


def test_a_title_before_the_surname_is_the_person_so_titled(nlp: Language) -> None:
    """ "The dean, the Very Rev Mariusz Okafor-Lind, said ... Dean Okafor-Lind said": one
    dean, not a man named Dean; a story that never calls anyone "the dean" keeps Dean
    Mercer a person of his own."""
    found = extracted_quotes(
        nlp,
        "The dean, the Very Rev Tobiah Wrexham, said the roof was failing.\n\n"
        'Dean Wrexham said the appeal had raised £40,000. "Every bucket counts," he said.',
    )
    assert speaker_of(found, "appeal had raised") == "Tobiah Wrexham"
    other = extracted_quotes(
        nlp,
        "Lorna Wrexham, who runs the bakery, said trade was down.\n\n"
        "Her son, Dean Wrexham, said the bakery would stay open.",
    )
    assert speaker_of(other, "would stay open") == "Dean Wrexham"
