"""Quoted material: where one quoted statement ends and the next begins, marks a reporter
types after a no-break space, a clause the parser takes for the sentence's head, and a quoted
one-word name that nobody said (fictional articles)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extract.misparses import clause_taken_as_head
from tests.conftest import extracted_quotes as quotes
from tests.conftest import speaker_of


def test_words_added_after_the_cue_are_a_statement_of_their_own(nlp: Language) -> None:
    text = (
        "Ferry timetable cut.\n\n"
        '"We will carry every passenger we can this winter," Marisol Teague said, adding '
        'that the crossing would return to its full timetable "as soon as the second hull '
        'is repaired."'
    )
    found = quotes(nlp, text)
    first = next(q for q in found if "every passenger" in q.text)
    added = next(q for q in found if "full timetable" in q.text)
    assert first.speaker == added.speaker == "Marisol Teague"
    assert first.attribution != added.attribution
    assert "full timetable" not in first.text


def test_quote_paragraph_with_its_own_cue_starts_a_new_statement(nlp: Language) -> None:
    text = (
        "Orchard growers count the cost.\n\n"
        '"The frost came three weeks late," grower Ansel Pruitt said. "We lost the blossom '
        "on every tree in the lower field.\n\n"
        '"Nobody insures against that," he said. "There is no policy for a late frost."'
    )
    found = quotes(nlp, text)
    lost = next(q for q in found if "lost the blossom" in q.text)
    insures = next(q for q in found if "Nobody insures" in q.text)
    policy = next(q for q in found if "no policy" in q.text)
    assert insures.attribution == policy.attribution != lost.attribution
    assert speaker_of(found, "no policy") == "Ansel Pruitt"


def test_quote_after_a_no_break_space_is_found(nlp: Language) -> None:
    text = (
        "Library hours return.\n\n"
        'Librarian Odette Vance welcomed the vote. "They listened," she said.\u00a0"The '
        'reading room opens on Sundays again."'
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "reading room opens on Sundays") == "Odette Vance"


def test_quoted_show_name_is_not_speech(nlp: Language) -> None:
    text = (
        "Harbour dredging approved.\n\n"
        'Tuesday on Coastline Radio\'s "Tidewatch," harbourmaster Ivo Castellan said the '
        "dredging would begin in March."
    )
    found = quotes(nlp, text)
    assert not any(q.text.strip(' ,"') == "Tidewatch" for q in found)
    assert speaker_of(found, "dredging would begin in March") == "Ivo Castellan"


def test_clause_parsed_as_the_head_of_told_is_what_was_told(nlp: Language) -> None:
    # The small model sometimes parses "after Ortega told the Gazette he was ..." with "was"
    # as the sentence's root and "told" hanging on it; the clause is still what was told.
    words = ["after", "Ortega", "told", "the", "Gazette", "he", "was", "not", "ready"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[2, 2, 6, 4, 2, 6, 6, 8, 6],
        deps=["mark", "nsubj", "advcl", "det", "dobj", "nsubj", "ROOT", "neg", "acomp"],
        pos=["SCONJ", "PROPN", "VERB", "DET", "PROPN", "PRON", "AUX", "PART", "ADJ"],
        lemmas=["after", "Ortega", "tell", "the", "Gazette", "he", "be", "not", "ready"],
    )
    told = doc[2]
    clause = clause_taken_as_head(told)
    assert clause is not None
    assert " ".join(t.text for t in clause) == "he was not ready"
    doc[4].head = doc[6]  # the object no longer right before the clause's subject
    assert clause_taken_as_head(doc[2]) is None
