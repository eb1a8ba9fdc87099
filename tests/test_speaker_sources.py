"""Who is credited with a quote when the source is a pronoun, a quantifier, a description or
a courtesy title: a name only when the article makes it clear (fictional articles)."""

from __future__ import annotations

from spacy.language import Language

from tests.conftest import extracted_quotes as quotes
from tests.conftest import speaker_of


def test_pronoun_right_after_the_person_names_them(nlp: Language) -> None:
    text = (
        "Ferry fares rise again.\n\n"
        "Ingrid Solvang, who runs the island's only bakery, said the new fares would hurt "
        "trade.\n\n"
        "\u201cI pay for the crossing twice a day. Who can afford that?\u201d she said."
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "I pay for the crossing") == "Ingrid Solvang"


def test_pronoun_far_from_any_name_stays_unnamed(nlp: Language) -> None:
    text = (
        "Ferry fares rise again.\n\n"
        "Ingrid Solvang, who runs the island's only bakery, said the new fares would hurt "
        "trade.\n\n"
        "The ferry company raised fares by 12 percent in March. Fuel costs rose by a third "
        "over the winter. Two of the company's four boats are more than 30 years old. The "
        "regional council has refused to add a subsidy.\n\n"
        "\u201cNobody asked the islanders,\u201d she said."
    )
    found = quotes(nlp, text)
    nobody = next(q for q in found if "Nobody asked" in q.text)
    assert nobody.speaker is None
    assert (nobody.mention or "").lower() == "she"  # the article's own word is kept


def test_quantifiers_name_no_one(nlp: Language) -> None:
    text = (
        "Library hours cut.\n\n"
        "Councillor Pavel Rusnak proposed closing the Elmfield library on Sundays.\n\n"
        "Some said the library was the only warm place open on weekends. Both argued that "
        "the savings were too small to matter."
    )
    found = quotes(nlp, text)
    assert all(q.speaker != "Pavel Rusnak" for q in found if "warm place" in q.text)
    assert all(q.speaker != "Pavel Rusnak" for q in found if "savings" in q.text)


def test_the_company_is_never_a_place(nlp: Language) -> None:
    text = (
        "Brewery to close.\n\n"
        "Haldane Brewing will close its plant in Norvik, Denmark, after 80 years.\n\n"
        "Workers in Denmark were told on Friday. The company said it would offer every "
        "worker a job at its other plant."
    )
    found = quotes(nlp, text)
    offer = next(q for q in found if "offer every worker" in q.text)
    assert offer.speaker not in ("Denmark", "Norvik")


def test_mr_and_mrs_with_one_surname_stay_two_people(nlp: Language) -> None:
    text = (
        "Harbour board votes on dredging plan.\n\n"
        "Tomas Okafor and his wife, Adaeze Okafor, run the largest ferry company in Port "
        "Wendell.\n\n"
        "\u201cThe channel silts up every winter,\u201d Mrs. Okafor said at the board "
        "meeting on Tuesday.\n\n"
        "\u201cIt is a fair price for the town,\u201d Mr. Okafor said."
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "The channel silts up") == "Adaeze Okafor"
    assert speaker_of(found, "It is a fair price") == "Tomas Okafor"


def test_who_was_asked_is_not_who_asked(nlp: Language) -> None:
    text = (
        "Stadium vote delayed.\n\n"
        "Asked about the cost overruns, Mayor Rosa Quintal said the city would publish "
        "every contract next month."
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "publish every contract") == "Rosa Quintal"
    assert all(
        q.speaker is None for q in found if "cost overruns" in q.text and "publish" not in q.text
    )


def test_a_dateline_is_not_the_source(nlp: Language) -> None:
    text = (
        "Port strike ends.\n\n"
        "ROTTERVIK, May 4 (NPA) \u2014 Union leader Marta Ilves told members on Thursday "
        "that the pay offer was the best they would get."
    )
    found = quotes(nlp, text)
    offer = next(q for q in found if "pay offer" in q.text)
    assert offer.speaker == "Marta Ilves"
    assert "ROTTERVIK" not in (offer.mention or "")


def test_the_searchers_speak_not_whom_they_search_for(nlp: Language) -> None:
    """ "Police searching for a missing hiker said ...": the participle describes the
    speaker; the person searched for said nothing."""
    text = (
        "Hiker missing on the moor.\n\n"
        "Police searching for a missing hiker said the weather on Ardmoor had turned overnight."
    )
    found = quotes(nlp, text)
    (quote,) = [q for q in found if "weather on Ardmoor" in q.text]
    assert quote.mention == "Police"


def test_a_request_for_anonymity_is_not_speech(nlp: Language) -> None:
    """ "who asked not to be named": what the speaker asked be done to them is no statement;
    what they said is."""
    text = (
        "Quarry expansion on hold.\n\n"
        "A planning officer, who asked not to be named, said the quarry's permit would "
        "lapse in March."
    )
    found = quotes(nlp, text)
    assert [q.text for q in found] == ["the quarry's permit would lapse in March"]
    assert found[0].mention == "A planning officer"
