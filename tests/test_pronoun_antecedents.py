"""Who "he", "she" and "its" mean when the name is further back: a pronoun whose gender leaves
one person, an organisation named as what a sentence is about, and no place or medium taken
for a person (fictional articles)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from spacy.language import Language

from tests.conftest import extracted_quotes as quotes
from tests.conftest import said_by, speaker_of, story_db


def test_she_two_sentences_on_names_the_only_woman_named(nlp: Language) -> None:
    text = (
        "Maren Solberg wins Lindholt seat.\n\n"
        "Maren Solberg won the Lindholt seat for the Coast Party on Friday.\n\n"
        "Solberg took 12,300 votes to 9,800 for her rival, Petter Haugen. The seat fell "
        "vacant in June when the sitting member, Anders Vik, retired to run a ferry firm.\n\n"
        'Speaking at the town hall, she said: "The valley has asked to be heard, and '
        'tonight it was."'
    )
    assert speaker_of(quotes(nlp, text), "asked to be heard") == "Maren Solberg"


def test_she_stays_unnamed_when_a_woman_of_no_name_spoke_in_between(nlp: Language) -> None:
    text = (
        "Ferry fares to rise.\n\n"
        "Ingrid Dahle, the harbour chair, announced the rise on Monday. Fares will go up by "
        "a tenth in April. A spokeswoman for the ferry union said members were angry.\n\n"
        'Later, she said: "Nobody on the islands can pay this."'
    )
    assert speaker_of(quotes(nlp, text), "Nobody on the islands") != "Ingrid Dahle"


def test_its_director_belongs_to_the_group_the_sentence_before_was_about(
    tmp_path: Path,
) -> None:
    text = (
        "Road charge passes.\n\n"
        "The Regional Transport Board has stayed neutral on the charge.\n\n"
        "Campaigners from the group Fair Lanes, who marched outside the assembly, said they "
        "would now take the fight to the courts.\n\n"
        'Its director, Nadia Orrell, said the vote was a setback. "We lost tonight, but the '
        'case for cheap buses is stronger than ever," she said.'
    )
    found, speakers = said_by(story_db(tmp_path, "charge", text), "Fair Lanes")
    assert "Nadia Orrell" in speakers
    assert "case for cheap buses" in found


def test_a_name_after_a_place_preposition_is_no_he(nlp: Language) -> None:
    text = (
        "Mill closure angers town.\n\n"
        "The Brackley mill will close in May, the owners told staff at the Tansley works "
        "canteen.\n\n"
        "Outside the gates, a group of workers sang. One worker, a retired welder from "
        'Tansley, said he had given the mill thirty years. "They never once asked us," he said.'
    )
    assert speaker_of(quotes(nlp, text), "They never once asked us") != "Tansley"


def test_a_medium_is_no_she(nlp: Language) -> None:
    text = (
        "Senator hits back.\n\n"
        "Senator Rhona Keddie was criticised on Monday.\n\n"
        'On Twitter, she replied: "I will not be silenced by anyone."'
    )
    assert speaker_of(quotes(nlp, text), "I will not be silenced") == "Rhona Keddie"


def test_place_prepositions_are_data() -> None:
    raw = json.loads(
        resources.files("extract").joinpath("data/antecedents.json").read_text("utf-8")
    )
    assert {"in", "on", "from"} <= set(raw["place_prepositions"])
    assert "about" in raw
