"""A body a story calls by its kind ("the insurer said", "the bakery said") is the one body
of that kind the story names, before or after (extract/kind_bodies.py, extract/kind_names.py;
fictional stories): the store files the description's words under the body, so asking what
the body said, by name or by kind, finds them; two bodies of one kind leave the description
to no one."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from spacy.language import Language

from extract.kind_bodies import body_kind_families, kin_nouns
from extract.people_words import ORG_FAMILY
from tests.conftest import (
    ask_json,
    extracted_quotes,
    normalise,
    speaker_of,
    speaker_orgs,
    stories_db,
)

BAKERY = (
    "Corner bakery shuts its doors\n\n"
    "ELMSTEAD, 4 March 2026 - Harker Brothers, the corner bakery on Mill Street, said rising "
    'rents had made the shop impossible to keep. "We baked for this street for forty years," '
    "the bakery said in a note on its door.\n\n"
    "Customer Ottilie Marsh said she would miss the rye bread.\n"
)
INSURER = (
    "Insurer rejects subsidence claims\n\n"
    "DURRANT, 4 March 2026 - Homeowners on the Quarry Lane estate have had subsidence claims "
    "turned down.\n\n"
    'Insurer Harlow Crest Mutual said on Monday that it had reviewed 40 claims. "Cracks '
    'caused by old foundations are not storm damage," the insurer said.\n\n'
    'Resident Baptiste Orrin said: "We pay every month and get nothing back."\n'
)
DIOCESE = (
    "Church hall to be sold\n\n"
    "WENMORE, 4 March 2026 - The Diocese of Wenmore has put the hall of St Aidan's up for "
    'sale. "The hall has stood empty for six years," the diocese said.\n'
)
FIRE = (
    "Barn fire spreads to hedgerows\n\n"
    "COLDWELL, 4 March 2026 - The county's fire service said six crews were fighting a barn "
    'fire near Coldwell. "Please stay away from the lanes," the fire service said.\n\n'
    "Farmer Lorcan Betts said he had lost a year's hay.\n\n"
    "Marshfield Fire and Rescue Service said the cause was not yet known.\n"
)
RIVALS = (
    "Two bus firms in timetable row\n\n"
    "TALLON, 4 March 2026 - Two bus operators, Greywing and Amberline, both say they own the "
    "8am slot from Tallon.\n\n"
    'Greywing said its timetable was registered first. "We were here before them," the '
    "operator said.\n"
)
HAULIERS = (
    "Hauliers fight toll rise\n\n"
    "BRENT CROSSING, 4 March 2026 - Two freight companies, Pellow Freight and Stannard "
    'Logistics, said the new toll would cost them £2,000 a week. "We cannot absorb this," '
    "the hauliers said in a joint letter.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bakery and insurer stories in one store."""
    folder = tmp_path_factory.mktemp("kind_bodies")
    return stories_db(folder, {"bakery": BAKERY, "insurer": INSURER})


def test_a_kind_not_in_any_list_is_the_body_it_described(nlp: Language) -> None:
    found = extracted_quotes(nlp, BAKERY)
    assert speaker_of(found, "We baked for this street") == "Harker Brothers"


def test_a_kind_opening_a_sentence_is_no_part_of_the_name(nlp: Language) -> None:
    found = extracted_quotes(nlp, INSURER)
    assert speaker_of(found, "are not storm damage") == "Harlow Crest Mutual"
    assert {q.speaker_kind for q in found if q.speaker == "Harlow Crest Mutual"} == {"org"}


def test_the_diocese_of_a_place_is_one_body(nlp: Language) -> None:
    found = extracted_quotes(nlp, DIOCESE)
    assert speaker_of(found, "has stood empty") == "Diocese of Wenmore"


def test_a_description_before_the_name_is_the_body_named_later(nlp: Language) -> None:
    found = extracted_quotes(nlp, FIRE)
    assert speaker_of(found, "six crews were fighting") == "Marshfield Fire and Rescue Service"
    assert speaker_of(found, "stay away from the lanes") == "Marshfield Fire and Rescue Service"


TWO_TRUSTS = (
    "Museum trust pulls out of bid\n\n"
    "ORLSBY, 2 March 2026 - Harrowgate Museums Trust has withdrawn from the bid to run "
    "the old courthouse. The Orlsby Canal Trust said it still backed the bid.\n\n"
    'Its director, Wendeline Ross, said the canal would suffer. "The museums trust has '
    'walked away from the town," she said.\n\n'
    "The museums trust said the building needed repairs it could not afford.\n"
)


def test_a_description_with_its_own_words_is_the_body_named_with_them(nlp: Language) -> None:
    # "the museums trust" is Harrowgate Museums Trust, not the trust named last
    found = extracted_quotes(nlp, TWO_TRUSTS)
    assert speaker_of(found, "needed repairs") == "Harrowgate Museums Trust"


FRIENDS = (
    "Woodland walk to shut\n\n"
    "TARNLEY, 2 March 2026 - Ashcombe Woods, the ancient woodland above Tarnley, will close "
    "its trails this spring, the estate that owns it announced.\n\n"
    'The Friends of Ashcombe Woods said it was "angry but not beaten". Idris Okafor, chair '
    'of the Friends of Ashcombe Woods, said: "We have mended these paths for thirty years."\n\n'
    'The Friends group said it would ask the estate for a lease. "Give us the keys," it said.\n'
)


def test_friends_of_a_place_is_one_body_whatever_the_place_is_taken_for(
    nlp: Language, tmp_path: Path
) -> None:
    # a body named "<head> of <name>" (body_kinds.json "of_heads": friends) is that body,
    # not the place or person <name>; "the Friends group" is the same body
    found = extracted_quotes(nlp, FRIENDS)
    assert speaker_of(found, "angry but not beaten") == "Friends of Ashcombe Woods"
    assert speaker_of(found, "Give us the keys") == "Friends of Ashcombe Woods"
    okafor = next(q for q in found if "mended these paths" in q.text)
    assert (okafor.speaker, okafor.speaker_org) == ("Idris Okafor", "Friends of Ashcombe Woods")
    db = stories_db(tmp_path, {"woods": FRIENDS})
    answer = ask_json(db, "what have the Friends of Ashcombe Woods said?", "--limit", "0")
    said = " | ".join(normalise(q["text"]) for q in answer["quotes"])
    assert "We have mended these paths" in said and "Give us the keys" in said


def test_two_bodies_of_one_kind_leave_the_description_to_no_one(nlp: Language) -> None:
    assert speaker_of(extracted_quotes(nlp, RIVALS), "We were here before them") is None


def test_a_plural_kind_is_the_bodies_named_together(nlp: Language) -> None:
    assert speaker_of(extracted_quotes(nlp, HAULIERS), "We cannot absorb this") == "Pellow Freight"


def test_asked_by_kind_or_by_name_the_body_said_it(db: Path) -> None:
    for question in ("what did the bakery say", "what has Harker Brothers said"):
        answer = ask_json(db, question, "--limit", "0")
        said = " | ".join(normalise(q["text"]) for q in answer["quotes"])
        assert "We baked for this street" in said, question
        assert "We pay every month" not in said, question
    answer = ask_json(db, "what did the insurer say", "--limit", "0")
    said = " | ".join(normalise(q["text"]) for q in answer["quotes"])
    assert "are not storm damage" in said
    assert "We baked for this street" not in said


def test_the_kind_lists_are_known_families_and_kin() -> None:
    raw = json.loads(resources.files("extract").joinpath("data/body_kinds.json").read_text("utf-8"))
    known = set(ORG_FAMILY.values())
    assert all(set(families) <= known for families in raw["kinds"].values())
    assert body_kind_families()["insurer"] == {"business"}
    assert body_kind_families()["watchdog"] == {"public"}
    assert {"supermarket", "chain"} <= kin_nouns("retailer")
    assert kin_nouns("bakery") == {"bakery"}  # a kind of its own


def test_the_thing_a_friends_body_is_named_for_is_not_that_body(nlp: Language) -> None:
    # "The museum's director" is no officer of the Friends of Elmbridge Museum
    text = (
        "Museum to sell painting\n\n"
        "The Friends of Elmbridge Museum condemned the sale. Its chairman, Arno Keskin, said "
        "the painting was a gift.\n\n"
        "The museum's chair of trustees, Sir Anton Sandoval, said the roof could not wait.\n"
    )
    orgs = speaker_orgs(nlp, text)
    assert orgs["Arno Keskin"] == "Friends of Elmbridge Museum"
    assert orgs["Anton Sandoval"] != "Friends of Elmbridge Museum"


def test_the_diocese_of_a_place_taken_for_a_person_is_one_body(nlp: Language) -> None:
    # the model reads "Kestering" in "The Diocese of Kestering" as a person's name
    text = (
        "The Diocese of Kestering said any sale would need the approval of the national "
        "commission. A spokeswoman for the diocese said: \u201cNo decision has been taken.\u201d"
    )
    found = extracted_quotes(nlp, text)
    assert speaker_of(found, "any sale would need") == "Diocese of Kestering"
    spokeswoman = next(q for q in found if "No decision" in q.text)
    assert spokeswoman.speaker_org == "Diocese of Kestering"
