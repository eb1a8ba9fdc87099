"""Questions that name a speaker by description (fictional news, tests/data/described/: a
harbour inquest with a ferry's skipper, an unnamed deckhand, a dead instructor's husband and
family, passengers and a regulator; a market row with an unnamed taxi driver): the
description reaches the speaker it describes, an unnamed source stays its own speaker, never
the nearest named person, and "his wife" is the person the speaker is husband of."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA, ask_json, ingested, said_in, stories_db

ARTICLES = DATA / "described"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested(tmp_path_factory.mktemp("described") / "news.db", ARTICLES)


def test_a_role_described_by_what_it_is_of_reaches_the_named_holder(store: Path) -> None:
    found = said_in(ask_json(store, "what did the ferry skipper tell the inquest?"))
    # the standfirst's "A ferry's skipper told an inquest he lost sight of the dinghy" is
    # his too, told unnamed; no one else's words answer
    assert {s for s, _ in found} <= {"Dariusz Kowal", ""}
    assert any("lost her in the glare" in t for s, t in found if s == "Dariusz Kowal")
    assert all("lost sight of the dinghy" in t for s, t in found if s == "")


def test_an_unnamed_source_is_found_by_its_description_and_credited_to_no_one(
    store: Path,
) -> None:
    found = said_in(ask_json(store, "what did the deckhand say"))
    assert any("Nobody was watching the bow" in t for _, t in found)
    assert {s for s, _ in found} == {""}  # unnamed: not the skipper named before her


def test_a_plural_question_finds_singular_and_plural_descriptions(store: Path) -> None:
    texts = [t for _, t in said_in(ask_json(store, "what did the passengers say?"))]
    assert any("sounded its horn" in t for t in texts)  # "Several passengers said"
    assert any("loud and it was late" in t for t in texts)  # "one passenger said"


@pytest.mark.parametrize(
    "question, words",
    [
        ("what did the commuters say?", "loud and it was late"),  # passenger
        ("what did the watchdog say?", "publish what we find"),  # regulator
        ("what did the relatives say?", "no other family"),  # family
    ],
)
def test_a_word_of_the_same_group_finds_the_description(
    store: Path, question: str, words: str
) -> None:
    assert any(words in t for _, t in said_in(ask_json(store, question)))


def test_a_description_keeps_its_other_words(store: Path) -> None:
    assert any("street is quieter" in t for _, t in said_in(ask_json(store, "the taxi driver")))
    answer = ask_json(store, "what did the bus driver say?")
    assert not any("street is quieter" in t for _, t in said_in(answer))  # a taxi driver


def test_a_persons_family_is_the_family_described_as_theirs_and_her_relatives(
    store: Path,
) -> None:
    found = said_in(ask_json(store, "what did Bryony Quayle's family say?"))
    texts = " ".join(t for _, t in found)
    assert "press for speed limits" in texts
    assert "no other family to get this call" in texts  # "they said" after the family
    assert "Rupert Quayle" in {s for s, _ in found}  # her husband is family too
    husband = said_in(ask_json(store, "what did Bryony Quayle's husband say?"))
    assert {s for s, _ in husband} == {"Rupert Quayle"}


def test_a_relative_does_not_speak_for_the_person_he_is_related_to(store: Path) -> None:
    answer = ask_json(store, "what did Bryony Quayle say?")
    assert answer["quotes"] == []  # she died; her husband's words are his


def test_a_relative_by_given_name_is_found_by_full_name_and_relation(store: Path) -> None:
    found = said_in(ask_json(store, "what did Rupert Quayle say about his wife's death?"))
    assert {s for s, _ in found} == {"Rupert Quayle"}
    assert any("should have been safe in it" in t for _, t in found)
    assert said_in(ask_json(store, "what did Rupert say?"))  # the given name still answers


def test_a_capitalised_title_in_the_lead_is_the_person_named_next(store: Path) -> None:
    found = said_in(ask_json(store, "Mayor of Wrenmouth on flooding"))
    assert "Alwyn Petrie" in {s for s, _ in found}
    assert any("bailed out their kitchens" in t for _, t in found)
    assert "Saoirse Dunne" not in {s for s, _ in found}  # she speaks about the mayor


def test_what_the_judge_said_when_sentencing_is_in_a_jailing_story(store: Path) -> None:
    # ask/data/topics.json: a sentencing includes a jailing ("jailed for two years")
    found = said_in(ask_json(store, "what did the judge say when sentencing Frome?"))
    assert {s for s, _ in found} == {"Imelda Voss"}
    assert any("They trusted you with the keys" in t for _, t in found)


def test_a_description_with_a_place_is_the_source_in_the_story_of_that_place(
    store: Path,
) -> None:
    found = said_in(ask_json(store, "what did the baker in Pellworth say?"))
    texts = " ".join(t for _, t in found)
    assert "sold every loaf by eight" in texts
    assert "Half my customers are marching" not in texts  # the baker in Orrick
    assert said_in(ask_json(store, "what did the baker in Orrick say?"))
    assert not said_in(ask_json(store, "what did the baker in Castlebridge say?"))


def test_a_description_on_a_topic_reaches_an_unnamed_source_beside_a_named_holder(
    store: Path,
) -> None:
    found = said_in(ask_json(store, "what did the farmer say about the gale?"))
    assert any("not heard wind like it" in t for _, t in found)  # "A farmer whose barn"
    assert "Tobias Wrenfield" not in {s for s, _ in found}  # a sheep farmer, on the levy


def test_a_story_whose_address_names_the_topic_is_about_it(store: Path) -> None:
    # its text says "a giant star exploded", its address ".../supernova-remnant-dust"
    found = said_in(ask_json(store, "what did Dr Ekstrom say about the supernova?"))
    assert any("enough grit in that cloud" in t for _, t in found)
    assert not said_in(ask_json(store, "what did Dr Ekstrom say about the harvest?"))


def test_a_title_of_a_place_is_the_holder_the_story_calls_so(store: Path) -> None:
    # "President Maria Olsen of Tarvania": her title says president, the story Tarvania
    answer = ask_json(store, "President of Tarvania on the whaling pause")
    assert answer["speaker"] == "Maria Olsen"  # asked as a speaker, not as words to search
    found = said_in(answer)
    assert {s for s, _ in found} == {"Maria Olsen"}
    assert any("carry an observer" in t for _, t in found)


WORKPLACE_STORY = {
    "buses": (
        "Elmfield night buses to end on Monday\n"
        "The last bus from Elmfield will leave at ten from Monday.\n"
        "ELMFIELD, 9 March - The last bus from Elmfield will leave at ten from Monday after "
        "the operator cut its evening services on four routes.\n"
        "Councillor Ann Obi said she would ask for a review. "
        '"We will look at every route," she said.\n'
        "A nurse who lives in the town and works night shifts at Brackenby hospital said "
        "she would now walk home. "
        '"It is forty minutes along an unlit road," she said.\n'
        "Passenger numbers after nine have fallen by a third since 2019.\n"
        "The operator's new timetable was published on Friday.\n"
    ),
}


@pytest.fixture(scope="module")
def workplace_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of a story quoting an unnamed source described by where she works."""
    return stories_db(tmp_path_factory.mktemp("workplace"), WORKPLACE_STORY)


def test_a_described_source_with_a_workplace_is_found(workplace_db: Path) -> None:
    answer = ask_json(workplace_db, "what did the nurse say?")
    assert any("forty minutes along an unlit road" in q["text"] for q in answer["quotes"])


def test_a_described_source_on_her_storys_topic(workplace_db: Path) -> None:
    answer = ask_json(workplace_db, "what did the nurse say about the timetable?")
    assert any("forty minutes along an unlit road" in q["text"] for q in answer["quotes"])


def test_one_of_a_group_with_a_men_plural_is_asked_for_in_the_singular(tmp_path: Path) -> None:
    story = (
        "Trawler crew saved after engine fire off Carrick Point\n\n"
        "Four crewmen were lifted from a burning trawler by a coastguard helicopter.\n\n"
        "Four crewmen were lifted from a burning trawler by a coastguard helicopter on "
        "Tuesday night, twelve miles off Carrick Point.\n\n"
        "One of the rescued crewmen said the skipper had kept the others calm. \u201cHe "
        "never raised his voice once, not even when the smoke came up,\u201d he said.\n\n"
        "Coastguard duty manager Ines Varga said the helicopter had reached them in "
        "forty minutes.\n"
    )
    db = stories_db(tmp_path, {"carrick-trawler": story})
    for question in ("what did the rescued crewman say?", "what did the crewman say?"):
        found = said_in(ask_json(db, question))
        assert any("never raised his voice" in t for _, t in found), question
        assert {s for s, _ in found} == {""}  # unnamed, not the coastguard manager


def test_a_men_plural_is_its_man_singular() -> None:
    from ask.lexicon import person_singular, search_stem, singular

    assert [person_singular(w) for w in ("crewmen", "fishermen", "lifeboatmen")] == [
        "crewman",
        "fisherman",
        "lifeboatman",
    ]
    assert [person_singular(w) for w in ("specimen", "abdomen", "farmers")] == [
        "specimen",
        "abdomen",
        "farmer",
    ]
    assert singular("fishermen") == "fishermen"  # a name's word stays as the store holds it
    stem = search_stem("lifeboatman")
    assert "lifeboatman".startswith(stem) and "lifeboatmen".startswith(stem)
