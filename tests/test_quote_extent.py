"""How far a statement with quoted words reaches, and whose it is, over fictional stories
(a ferry inquiry, a harbour pier, a museum's funding): a quotation that hands over to the cue
right after it ('"...," she wrote') is that cue's even when the sentence before it already
reported something; a quoted fragment inside a reported clause is shown with the whole
clause; a quotation paragraph right after a paragraph that ends on one person's report goes
on with that person, as one statement."""

from __future__ import annotations

from spacy.language import Language

from extract.model import Quote
from extract.pipeline import extract_doc


def _statements(quotes: list[Quote]) -> dict[int, list[Quote]]:
    found: dict[int, list[Quote]] = {}
    for quote in quotes:
        found.setdefault(quote.attribution, []).append(quote)
    return found


def _holding(quotes: list[Quote], words: str) -> list[Quote]:
    return [q for q in quotes if words in q.text]


def test_a_quotation_handed_over_to_its_cue_is_what_that_cue_reports(nlp: Language) -> None:
    story = (
        "Ferry inquiry hears from operator\n\n"
        "Ines Marlow runs the Kettleby ferry. She said she was too busy to look for the "
        "logbooks: \"I have a lot going on - I just don't have the time. Good luck with the "
        'inquiry," she wrote in an email.\n'
    )
    quotes = extract_doc(nlp(story)).quotes
    quoted = _holding(quotes, "I have a lot going on")
    assert len(quoted) == 1, quotes
    assert quoted[0].cue == "wrote" and quoted[0].speaker == "Ines Marlow", quoted
    assert "Good luck with the inquiry" in quoted[0].text, quoted
    busy = _holding(quotes, "too busy")
    assert busy and all("I have a lot" not in q.text for q in busy), busy
    assert {q.attribution for q in busy}.isdisjoint({quoted[0].attribution}), quotes


def test_a_quoted_fragment_is_reported_with_its_whole_clause(nlp: Language) -> None:
    story = (
        "Harbour timetable\n\n"
        "Oskar Lindqvist, a historian of the port, said the days when the harbour had "
        '"a single trusted timetable" from the council and the ferry line are gone.\n'
    )
    quotes = extract_doc(nlp(story)).quotes
    statements = _statements(quotes)
    assert len(statements) == 1, quotes
    (pieces,) = statements.values()
    start, end = min(q.start for q in pieces), max(q.end for q in pieces)
    reported = story[start:end]
    assert reported.startswith("the days when the harbour"), reported
    assert reported.rstrip(".").endswith("are gone"), reported
    assert {q.speaker for q in pieces} == {"Oskar Lindqvist"}, pieces


def test_a_quotation_paragraph_goes_on_with_the_report_before_it(nlp: Language) -> None:
    story = (
        "Pier opens at last\n\n"
        "Harbourmaster Rosa Fenwick said the new pier would open to the fishing fleet in May.\n\n"
        '"We have waited eleven years for this. The crews who kept fishing through the '
        'storms deserve it."\n\n'
        "The pier cost four million pounds.\n"
    )
    quotes = extract_doc(nlp(story)).quotes
    quoted = _holding(quotes, "We have waited eleven years")
    assert len(quoted) == 1, quotes
    assert quoted[0].speaker == "Rosa Fenwick", quoted
    report = _holding(quotes, "the new pier would open")
    assert report and report[0].attribution == quoted[0].attribution, quotes


def test_a_quotation_paragraph_after_narration_stays_unattributed(nlp: Language) -> None:
    story = (
        "Museum funding\n\n"
        "Curator Alma Reyes said the museum would close its east wing in winter.\n\n"
        "The wing houses the collection of ship models. Visitors fell by a third in 2025.\n\n"
        '"Saving the models is everyone\'s job."\n'
    )
    quotes = extract_doc(nlp(story)).quotes
    assert not _holding(quotes, "Saving the models"), quotes
