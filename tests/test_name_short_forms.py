"""Short forms a story uses for a person it named in full (extract/entities.py,
extract/resolution.py, ask/inner_sources.py): a given name after Sir or Dame ("Dame Elowen"
for Elowen Trask), a family name written first ("Pham" for Pham Quoc Hung), a peer's
"Baroness" (an honorific, not a given name); and a name that only qualifies a noun ("the
Ballater leisure centre") is nobody a pronoun can refer to."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from tests.conftest import extracted_quotes, said_by, speaker_of, story_db

INQUIRY = (
    "Harbour inquiry opens in Westerby\n"
    "An inquiry into the collapse of the Westerby quay opened on Monday.\n"
    "The inquiry was opened by Dame Elowen Trask, the harbour commissioner, who thanked the "
    "families for coming.\n"
    "\u201cWe will look at every berth and every contract,\u201d Dame Elowen said. "
    "\u201cNothing is off the table.\u201d\n"
    "Prof Pham Quoc Hung of Westerby University, who surveyed the quay in 2024, gave evidence "
    "in the afternoon.\n"
    "Pham said the piles had been corroding for a decade. \u201cThe quay was tired long before "
    "it fell,\u201d Dr Pham told the inquiry.\n"
)


def test_dame_and_a_given_name_is_the_person_named_in_full(tmp_path: Path) -> None:
    db = story_db(tmp_path, "inquiry", INQUIRY)
    texts, speakers = said_by(db, "Elowen Trask")
    assert "Nothing is off the table" in texts, texts
    assert speakers == {"Elowen Trask"}


def test_a_family_name_written_first_is_the_person_named_in_full(tmp_path: Path) -> None:
    db = story_db(tmp_path, "inquiry", INQUIRY)
    texts, speakers = said_by(db, "Pham Quoc Hung")
    assert "corroding for a decade" in texts, texts
    assert "The quay was tired long before it fell" in texts, texts
    assert speakers == {"Pham Quoc Hung"}


def test_baroness_is_no_part_of_the_name(nlp: Language) -> None:
    found = extracted_quotes(
        nlp,
        "Baroness Imelda Corran, the housing minister, told peers the rules would change. "
        "\u201cNo tenant will be worse off,\u201d she said.",
    )
    assert speaker_of(found, "No tenant will be worse off") == "Imelda Corran"


def test_a_name_qualifying_a_noun_is_no_antecedent(nlp: Language) -> None:
    found = extracted_quotes(
        nlp,
        "Ines Brackley won the Marden seat on Thursday night.\n\n"
        "Speaking after the count at the Ballater leisure centre, she said: "
        "\u201cMarden has voted for change.\u201d",
    )
    assert speaker_of(found, "Marden has voted for change") == "Ines Brackley"
