"""A quotation with no cue of its own goes on with the last speaker (extract/bare_quotes.py;
fictional articles): after indirect speech in its paragraph or the one before, after
"according to X", after a paragraph ending on someone's quotation; a newcomer introduced
without speech owns the quotation paragraph after; narration naming nobody stops it."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.conftest import extracted_quotes as quotes
from tests.conftest import said_by, speaker_of, story_db

GOES_ON = [
    (
        "Bakery closes.\n\n"
        "Osric Penlow, who has baked on Mill Street since 1988, said rents had tripled in five "
        'years. "I can sell bread or pay the landlord. I cannot do both."',
        "sell bread or pay the landlord",
        "Osric Penlow",
    ),
    (
        "Canal repairs.\n\n"
        "The trust's engineer, Delphine Mbatha, warned that the lock gates were rotten.\n\n"
        '"One more hard winter and they will not open at all."',
        "One more hard winter",
        "Delphine Mbatha",
    ),
    (
        "Library hours.\n\n"
        "According to the branch's manager, Ingrid Tallow, the cuts had come without warning.\n\n"
        '"We read about it in the council minutes like everybody else."',
        "council minutes",
        "Ingrid Tallow",
    ),
    (
        "Choir funding.\n\n"
        'The choir\'s director, Matthias Oyelowo, was blunt: "Without the grant we stop."\n\n'
        '"We have sung in this town for ninety years, and we would like to reach a hundred."',
        "ninety years",
        "Matthias Oyelowo",
    ),
    (
        "Bridge tolls.\n\n"
        '"The toll pays for the paint," said Carwyn Ellis, who runs the bridge trust.\n\n'
        "Commuter Sunita Varga said drivers already paid enough in fuel duty.\n\n"
        '"Nobody asked us. We only found out from a poster."',
        "found out from a poster",
        "Sunita Varga",
    ),
    (
        "Flooded lane.\n\n"
        "Residents say the drain has been blocked for a year.\n\n"
        "Hubert Quaile, 79, has farmed beside the lane since 1970.\n\n"
        '"My father dug that ditch by hand, and nobody has cleared it since."',
        "dug that ditch by hand",
        "Hubert Quaile",
    ),
]


@pytest.mark.parametrize("text, words, speaker", GOES_ON)
def test_a_bare_quotation_goes_on_with_the_last_speaker(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(quotes(nlp, text), words) == speaker


def test_a_quotation_after_narration_naming_nobody_is_no_one_s(nlp: Language) -> None:
    text = (
        "Bus cut.\n\n"
        'Driver Lena Fosse said the route would end at six. "I will miss the regulars."\n\n'
        "The route has run since 1965. A card appeared in the shelter the next day.\n\n"
        '"Sixty years and not a word of thanks."'
    )
    assert not any(q.speaker and "not a word of thanks" in q.text for q in quotes(nlp, text))


def test_what_did_she_say_finds_the_quotation_after_her_reported_words(tmp_path: Path) -> None:
    text = (
        "Orchard sale.\n\n"
        '"We have had offers from developers," said Piers Hallam, the estate\'s agent.\n\n'
        "The orchard's keeper, Agnieszka Rowe, argued that the trees were older than the town.\n\n"
        '"Some of these pear trees were planted before the railway came."'
    )
    db = story_db(tmp_path, "orchard", text)
    found, speakers = said_by(db, "Agnieszka Rowe")
    assert "planted before the railway" in found and speakers == {"Agnieszka Rowe"}
    found, _ = said_by(db, "Piers Hallam")
    assert "planted before the railway" not in found
