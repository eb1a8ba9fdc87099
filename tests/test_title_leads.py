"""A lead that gives only an office ("the fisheries minister announced ...") and names its
holder in the next sentence ("Ewan Tolland said ..."): the holder said the lead's words and
holds the office, so a question about the office finds him (fictional stories). A title
without an office's field ("the health secretary" beside a chair named next) stays apart."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from extract.pipeline import extract_doc
from tests.conftest import ask_json, said_in, story_db

LEAD = (
    "New ferry for Sorra\n\n"
    "GLENMORE, 3 March 2026 - The government will fund a new ferry for the island of Sorra, "
    "the fisheries minister announced on Tuesday during a visit to the harbour. Ewan Tolland "
    "said up to £8 million would go to the island council to replace the ageing vessel.\n\n"
    '"This boat is for the people who live here," Tolland said.'
)


def test_the_office_in_the_lead_is_the_person_named_next(nlp: Language) -> None:
    quotes = extract_doc(nlp(LEAD)).quotes
    lead = next(q for q in quotes if "new ferry" in q.text)
    assert (lead.speaker, lead.speaker_title) == ("Ewan Tolland", "Fisheries minister")
    boat = next(q for q in quotes if "This boat" in q.text)
    assert (boat.speaker, boat.speaker_title) == ("Ewan Tolland", "Fisheries minister")


def test_a_question_about_the_office_finds_its_holder(tmp_path: Path) -> None:
    db = story_db(tmp_path, "ferry", LEAD)
    found = said_in(ask_json(db, "what did the fisheries minister say?"))
    assert found and {speaker for speaker, _ in found} == {"Ewan Tolland"}


def test_a_title_named_next_with_a_title_of_their_own_is_someone_else(nlp: Language) -> None:
    text = (
        "The health secretary said on Monday that waiting lists would fall. Greta Olsson, the "
        "chair of the patients' forum, said the promise was empty."
    )
    quotes = extract_doc(nlp(text)).quotes
    lists = next(q for q in quotes if "waiting lists" in q.text)
    assert lists.speaker is None
    empty = next(q for q in quotes if "promise was empty" in q.text)
    assert (empty.speaker, empty.speaker_title) == ("Greta Olsson", "Chair")


def test_an_animal_named_next_to_a_plural_is_no_holder_of_the_lead_title(
    nlp: Language,
) -> None:
    """ "its director said ... The two males, Jabari, 12, and Mosi, 9, will travel": names
    set beside a plural noun are a group, not the one director the lead means."""
    text = (
        "Giraffes leave Kelvedon\n\nKELVEDON, 4 May 2026 - Kelvedon Zoo is to send its two "
        "giraffes to a wildlife park in Norland, ending 50 years of keeping giraffes at the zoo, "
        "its director said on Monday. The two males, Jabari, 12, and Mosi, 9, will travel by "
        'road in the autumn to the Norland Wildlife Park.\n\n"We will miss them every day," '
        "said Dr Lena Hartigan, the zoo's director."
    )
    quotes = extract_doc(nlp(text)).quotes
    assert all(q.speaker not in ("Jabari", "Mosi") for q in quotes)
    miss = next(q for q in quotes if "miss them" in q.text)
    assert (miss.speaker, miss.speaker_title) == ("Lena Hartigan", "Director")
