"""Who owns a quotation, and which pieces are one statement: the speaker written after the cue
only where English inverts it, a characterising cue's short quotation, a quotation sentence
split off by the parser (or past a sentence about the speaker), a quotation paragraph that goes
on from a credited one, a quotation after "She turned to them:", what a speaker would do and say
(fictional articles)."""

from __future__ import annotations

from spacy.language import Language

from extract.model import Quote
from tests.conftest import extracted_quotes as quotes
from tests.conftest import speaker_of


def test_inverted_description_is_the_speaker(nlp: Language) -> None:
    text = (
        "Bridge tolls return.\n\n"
        "\u201cWe were promised the tolls would end in 2020. Nobody believes them now,\u201d "
        "wrote a retired ferry captain from Lowhaven."
    )
    found = quotes(nlp, text)
    quote = next(q for q in found if "Nobody believes them" in q.text)
    assert quote.speaker is None
    assert "ferry captain" in (quote.mention or "")


def test_object_after_a_coordinated_cue_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "Flood warning for Marrow Valley.\n\n"
        "Mayor Tilde Brannock visited the flood barrier on Monday and urged residents not to "
        "\u201cwait for the water to reach the door before leaving.\u201d"
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "wait for the water") == "Tilde Brannock"


def test_calling_someone_a_name_is_a_quote(nlp: Language) -> None:
    text = (
        "Budget row at the county hall.\n\n"
        "Councillor Odile Ferrant attacked the spending plan on Tuesday, calling it "
        "\u201creckless.\u201d"
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "reckless") == "Odile Ferrant"


def assert_one_statement(found: list[Quote], first: str, second: str, speaker: str) -> None:
    """The quotations holding `first` and `second` are one statement of `speaker`."""
    one = next(q for q in found if first in q.text)
    two = next(q for q in found if second in q.text)
    assert two.speaker == speaker
    assert one.attribution == two.attribution


def test_second_quotation_after_a_marks_only_sentence_is_the_same_statement(
    nlp: Language,
) -> None:
    text = (
        "Orchard growers fear a late frost.\n\n"
        "''The blossom came three weeks early this year,'' said Benedikt Aurel, a grower "
        "who farms 40 acres near Stillwick and chairs the growers' cooperative. ''If the "
        "frost comes in April we could lose half the crop, and the insurers know it.''"
    )
    assert_one_statement(quotes(nlp, text), "blossom came", "lose half the crop", "Benedikt Aurel")


def test_quotation_paragraph_goes_on_with_the_credited_speaker(nlp: Language) -> None:
    text = (
        "Harbour festival cancelled.\n\n"
        "\u201cWe have run this festival for thirty years and never once lost money,\u201d said "
        "Marit Olsgaard of the harbour trust.\n\n"
        "\u201cWho decided this? Nobody asked the traders, nobody asked the crews.\u201d\n\n"
        "The council said the cost of security had doubled."
    )
    assert_one_statement(quotes(nlp, text), "thirty years", "Who decided this", "Marit Olsgaard")


def test_quotation_paragraph_after_narration_stays_unattributed(nlp: Language) -> None:
    text = (
        "Harbour festival cancelled.\n\n"
        "The council cancelled the festival, which Marit Olsgaard of the harbour trust said "
        "had run for thirty years.\n\n"
        "\u201cWho decided this? Nobody asked the traders, nobody asked the crews.\u201d"
    )
    found = quotes(nlp, text)
    assert not any("Who decided this" in q.text and q.speaker for q in found)


def test_title_abbreviation_after_the_cue_gives_the_name(nlp: Language) -> None:
    text = (
        "Base to stay open.\n\n"
        "\u201cNothing about the review changes our work here,\u201d said Coast Guard Capt. "
        "Rhea Solberg, who commands the station."
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "Nothing about the review") == "Rhea Solberg"


def test_quotation_after_a_colon_belongs_to_the_pronoun_subject(nlp: Language) -> None:
    text = (
        "Volunteers keep the shelter open.\n\n"
        "Maren Holt runs the shelter on Dock Street. She then turned to the volunteers "
        "again: \u201cNobody here is paid, and nobody here will quit.\u201d"
    )
    assert speaker_of(quotes(nlp, text), "Nobody here is paid") == "Maren Holt"


def test_quotation_after_a_thing_and_a_colon_stays_unattributed(nlp: Language) -> None:
    text = (
        "Volunteers keep the shelter open.\n\n"
        "Maren Holt runs the shelter on Dock Street. It then turned to the volunteers "
        "again: \u201cNobody here is paid, and nobody here will quit.\u201d"
    )
    assert not any("Nobody here is paid" in q.text for q in quotes(nlp, text))


def test_what_the_speaker_would_do_is_one_statement(nlp: Language) -> None:
    text = (
        "Roadworks overrun.\n\n"
        "Councillor Ada Voss says she would sit the contractors down and tell them "
        "\u201cno more delays on the bypass.\u201d"
    )
    found = quotes(nlp, text)
    assert {q.attribution for q in found} == {found[0].attribution}
    assert_one_statement(found, "sit the contractors down", "no more delays", "Ada Voss")


def test_quotation_goes_on_past_a_sentence_about_the_speaker(nlp: Language) -> None:
    text = (
        "Island ferry to stop.\n\n"
        "\u201cWe tried everything,\u201d said Ivo Marsh, now 81 and retired in Lowhaven, Mass. "
        "He fished there for decades. \u201cThe ferry is the only road we have left.\u201d"
    )
    assert_one_statement(quotes(nlp, text), "tried everything", "only road", "Ivo Marsh")


def test_quotation_after_another_named_subject_is_not_the_first_speakers(
    nlp: Language,
) -> None:
    text = (
        "Island ferry to stop.\n\n"
        "\u201cWe tried everything,\u201d said Ivo Marsh, now 81 and retired in Lowhaven, Mass. "
        "His rival Jon Pell disagrees. \u201cThe ferry is the only road we have left.\u201d"
    )
    found = quotes(nlp, text)
    assert not any("only road" in q.text and q.speaker == "Ivo Marsh" for q in found)


def test_quotation_after_a_colon_is_not_the_previous_speakers(nlp: Language) -> None:
    text = (
        "Harbour dues to rise.\n\n"
        "\u201cThe trust could waive the dues for a year,\u201d said Ivo Marsh, who chairs the "
        "fishermen's association. Commissioner Lena Brandt demurred: \u201cThe trust has no "
        "money to waive anything.\u201d"
    )
    assert speaker_of(quotes(nlp, text), "no money to waive") == "Lena Brandt"


def test_quotation_after_a_colon_is_the_innermost_clauses(nlp: Language) -> None:
    text = (
        "A shelter on Dock Street.\n\n"
        "Maren Holt runs the shelter. She became so upset, and drove so fast, that I had "
        "to change my answer: \u201cOf course the shelter stays open.\u201d"
    )
    found = quotes(nlp, text)
    assert not any("shelter stays open" in q.text and q.speaker == "Maren Holt" for q in found)


def test_quotation_after_a_colon_belongs_to_the_named_subject(nlp: Language) -> None:
    text = (
        "Rally in the square.\n\n"
        "Brannock gestured as if to stop the noise, then leaned in and boomed: \u201cWe will "
        "win this county in November.\u201d"
    )
    assert speaker_of(quotes(nlp, text), "win this county") == "Brannock"
