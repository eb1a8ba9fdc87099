"""Named people a question asks for by what the stories say they do ("what have the
growers said": "Mia Tulk, whose fruit farm ..." is no grower; "Ansel Brodie, who runs a
grower's cooperative" is): an apposition or relative clause after the name, the words just
before it, or a group the sentence before introduces ("Bakers ... Lena Fosse, ... said").
The noun asked matches its family (ask/data/role_words.json). Fictional stories, ingested
through the CLI with the real model and asked through `newsbrief ask --json`."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from ask.described_people import asked_words, other_gender, same_family, stem_of
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "ferry": (
        "Ferry fares to rise in Quillan\n"
        "Fares on the Quillan ferry will rise by a fifth in April.\n"
        "QUILLAN, 2 March - Fares on the Quillan ferry will rise by a fifth in April, the "
        "operator said on Monday.\n"
        "Hamish Orrin, whose haulage business sends six lorries a day across the sound, said "
        'the rise would cost him thousands. "We cannot pass it on," he said.\n'
        "Bakers, who had asked for a freight discount, greeted the news with dismay.\n"
        "Lena Fosse, the owner of Fosse Loaves, said she would cut her deliveries to the "
        'island. "Two runs a week, not four," she said.\n'
        "The harbourmaster added that the quay would be resurfaced in May.\n"
        "Jonas Vell, who sails the island's mail boat, said the timetable would not change.\n"
        "Ruth Callow, who owns the Anchor cafe on the quay, said visitors would stay away. "
        '"Summer will be quiet," she said.\n'
        "Councillor Piet Lorne said the council would ask the operator to think again. "
        '"We will make the case for islanders," he said.\n'
    ),
}


@pytest.fixture(scope="module")
def ferry_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the story, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("described_people"), STORIES)


def test_a_group_noun_finds_the_person_described_by_its_trade(ferry_db: Path) -> None:
    found = speakers_in(ask_json(ferry_db, "what have hauliers said about the ferry fares?"))
    assert "Hamish Orrin" in found  # "whose haulage business"
    assert "Piet Lorne" not in found and "Ruth Callow" not in found


def test_a_group_introduced_before_a_named_member(ferry_db: Path) -> None:
    found = speakers_in(ask_json(ferry_db, "what did the bakers say?"))
    assert "Lena Fosse" in found  # "Bakers ... greeted the news. Lena Fosse, ... said"
    assert "Hamish Orrin" not in found


def test_a_single_title_before_a_named_person_is_someone_else(ferry_db: Path) -> None:
    # "The harbourmaster added ... Jonas Vell, ... said": one person, then another; only a
    # group ("Bakers ...") may introduce the person named next
    found = speakers_in(ask_json(ferry_db, "what did the harbourmaster say?"))
    assert "Jonas Vell" not in found


def test_every_word_asked_must_describe_the_person(ferry_db: Path) -> None:
    found = speakers_in(ask_json(ferry_db, "what did the cafe owner say?"))
    assert "Ruth Callow" in found  # "who owns the Anchor cafe"
    assert "Lena Fosse" not in found  # an owner, but of no cafe


@pytest.mark.parametrize(
    ("noun", "word"),
    [
        ("hauliers", "haulage"),
        ("farmer", "farming"),
        ("shopkeepers", "shops"),
        ("baker", "bakery"),
        ("landholder", "land"),
        ("florist", "flowers"),
    ],
)
def test_an_agent_noun_finds_its_stem(noun: str, word: str) -> None:
    expected = word != "flowers"  # "florist" comes from no word it starts with
    assert same_family(noun, word) is expected


def _families() -> list[list[str]]:
    raw = json.loads(resources.files("ask").joinpath("data/role_words.json").read_text("utf-8"))
    return list(raw["families"])


@pytest.mark.parametrize("family", _families(), ids=lambda f: f[0])
def test_every_family_links_its_noun_and_words(family: list[str]) -> None:
    noun, *words = family
    assert all(same_family(noun, w) for w in words if not other_gender(noun, w))
    assert not same_family(noun, "council")


def test_a_gendered_noun_is_not_theother_genders() -> None:
    # "the landlord" in the story of a landlord and a landlady is the man
    assert not same_family("landlord", "landlady") and not same_family("mother", "father")
    assert same_family("parents", "mother") and same_family("landlord", "letting")


def test_a_phrase_asked_is_a_short_description() -> None:
    assert asked_words("the cafe owners") == ["cafe", "owners"]
    assert asked_words("what they said") == []
    assert stem_of("shopkeeper") == "shop" and stem_of("mayor") == "may"
    assert not same_family("mayor", "may")  # a stem of three letters never alone


NAMED = {
    "school": (
        "Parents of Dunmere pupils angry over closure of school pool\n"
        "The pool at Dunmere Primary will close in June.\n"
        "DUNMERE, 5 May - The swimming pool at Dunmere Primary will close in June, the "
        "county said, and the pupils will be taken by bus to lessons in Arlow.\n"
        'One father, Tobias Wren, said his daughter had only just learned to swim. "She '
        'will spend more time on the bus than in the water," he said.\n'
        "Agnes Mullery, 91, a resident of Dunmere since the war, said she had learned to "
        'swim in the same pool. "It was built by the village," she said.\n'
        "Carl Ebbs, 91, a resident of Arlow, said the buses would block his lane.\n"
        "A county councillor, Ravi Sandhu, said the pool needed a new roof it could not "
        "afford.\n"
        "Mae Orr, who runs the Dunmere otter swimming club, said the club would fold.\n"
    ),
}


@pytest.fixture(scope="module")
def school_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of a story naming people beside their descriptions (the real model)."""
    return stories_db(tmp_path_factory.mktemp("described_named"), NAMED)


def test_a_description_before_the_name_and_whose_they_are(school_db: Path) -> None:
    # "One father, Tobias Wren, said": the description in apposition before the name; the
    # pupils whose parent he is are the story's, not his description's
    found = speakers_in(ask_json(school_db, "what have the pupils' parents said?"))
    assert found == {"Tobias Wren"}
    assert speakers_in(ask_json(school_db, "what did the pupils' teachers say?")) == set()


def test_an_age_and_a_place_asked_for(school_db: Path) -> None:
    found = speakers_in(ask_json(school_db, "what did the 91-year-old resident of Dunmere say?"))
    assert found == {"Agnes Mullery"}  # not the 91-year-old of Arlow
    assert asked_words("the 91-year-old resident of Dunmere") == ["91", "dunmere", "resident"]
    found = speakers_in(ask_json(school_db, "what did the 80-year-old resident say?"))
    assert "Agnes Mullery" not in found and "Carl Ebbs" not in found


def test_who_runs_a_thing_is_its_director(school_db: Path) -> None:
    found = speakers_in(ask_json(school_db, "what did the otter club director say?"))
    assert found == {"Mae Orr"}


def test_a_source_described_as_an_objector_and_named_later_is_credited(
    tmp_path: Path,
) -> None:
    """'"...," one objector told the meeting. The objector, Wojciech Brandt, ...': the words
    are Brandt's, and an answer shows them ("objector", "critic", "campaigner" are nouns
    for a person: extract/data/described_people.json)."""
    db = stories_db(
        tmp_path,
        {
            "lights": (
                "Street lights to go off at midnight in Harrowgate\n"
                "The council says it will save £90,000 a year.\n"
                '"My road will be pitch black from twelve," one objector told the meeting. '
                "The objector, Wojciech Brandt, a retired postman, has lived on Kiln Lane "
                "for thirty years.\n"
                'Cllr Sabine Okoro said: "We have to find the money somewhere."\n'
            )
        },
    )
    said = " | ".join(q["text"] for q in ask_json(db, "what did Wojciech Brandt say?")["quotes"])
    assert "pitch black from twelve" in said


def test_a_source_called_by_the_head_of_their_own_title_is_credited(tmp_path: Path) -> None:
    """ "The boat's skipper, X, said ... '...,' the skipper said": the article calls its
    speaker by the head of the title it gave him, a noun no list holds; an answer shows it."""
    db = stories_db(
        tmp_path,
        {
            "rescue": (
                "Crew of sinking crabber rescued off Tregarra\n"
                "Four fishermen were lifted from a sinking boat on Sunday.\n"
                "The crabber's skipper, Ruairi Penhallow, 47, said he owed his life to the "
                'volunteers. "The water was up to my knees in the wheelhouse," the skipper '
                "said.\n"
            )
        },
    )
    said = " | ".join(q["text"] for q in ask_json(db, "what did Ruairi Penhallow say?")["quotes"])
    assert "up to my knees in the wheelhouse" in said and "owed his life" in said


def test_a_captain_called_the_skipper_is_credited(tmp_path: Path) -> None:
    """ "X, the club's captain, said ... '...,' the skipper said": "skipper" is a noun for a
    person (extract/data/described_people.json), so it refers back like "he" would."""
    db = stories_db(
        tmp_path,
        {
            "derby": (
                "Harriers face final derby at old ground\n"
                "The club plays its last derby at Fellgate on Saturday.\n"
                "Oisin Marwick, the Harriers' captain, said the squad wanted a send-off. "
                '"We owe the old place one more win," the skipper said.\n'
            )
        },
    )
    said = " | ".join(q["text"] for q in ask_json(db, "what did Oisin Marwick say?")["quotes"])
    assert "one more win" in said


def test_the_vet_is_a_veterinary_surgeon(tmp_path: Path) -> None:
    """ "the vet" is short for a post the story writes out ("Veterinary surgeon Dr X"): the
    vet family of ask/data/role_words.json."""
    db = stories_db(
        tmp_path,
        {
            "owl": (
                "Injured owl released after six weeks\n"
                "A barn owl hit by a van has been released near Coldharbour.\n"
                "Veterinary surgeon Dr Anneke Visser said the bird had healed well. "
                '"It flew straight to the old barn," she said.\n'
                'The van driver, Colm Rafferty, said: "I still feel bad about it."\n'
            )
        },
    )
    assert speakers_in(ask_json(db, "what did the vet say?")) == {"Anneke Visser"}
