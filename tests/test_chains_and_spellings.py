"""Who a quote belongs to when the small model loses the thread: a surname it reads as
some other word, a "he" two sentences after the last mention with only "his" between, a
surname written with a curly apostrophe, a firm named for its owner that is a dairy.
Fictional stories (tests/data/chains/: a village baker's and a milkman's last rounds)
through the real model."""

from __future__ import annotations

from spacy.language import Language

from tests.conftest import DATA, extracted_quotes, speaker_of

CHAINS = DATA / "chains"


def test_a_surname_alone_is_the_person_wherever_it_stands(nlp: Language) -> None:
    """ "Polglase plans to spend his retirement fishing" (the model reads the name as no
    name there) is Alun Polglase's, and so are the quotes "he" says after it."""
    found = extracted_quotes(nlp, (CHAINS / "bread-round.txt").read_text(encoding="utf-8"))
    assert speaker_of(found, "set my alarm for 3am") == "Alun Polglase"
    assert speaker_of(found, "throw it out of the window") == "Alun Polglase"


def test_his_keeps_the_chain_to_the_next_he(nlp: Language) -> None:
    """ "He said ... At its peak his round served 900 homes. It is now down to about 230.
    He said supermarkets ...": the second "He" is the same baker; with another man named
    between, the chain is broken and it is not his."""
    text = (CHAINS / "bread-round.txt").read_text(encoding="utf-8")
    assert speaker_of(extracted_quotes(nlp, text), "supermarkets had taken") == "Alun Polglase"
    broken = text.replace(
        "It is now down", "Gareth Mollan, a rival, took over two of the routes. It is now down"
    )
    assert speaker_of(extracted_quotes(nlp, broken), "supermarkets had taken") != "Alun Polglase"


def test_a_curly_apostrophe_in_a_surname_reads_as_a_straight_one(nlp: Language) -> None:
    """ "Aoife O\u2019Brien" is a person, as "Aoife O'Brien" is; "Ms O\u2019Brien said" is
    hers, not a speaker called O\u2019Brien."""
    for mark in ("\u2019", "'"):
        text = (
            "Dog show draws record entries\n\n"
            "The best in show award went to a nine-year-old lurcher called Biscuit, owned by "
            f"Aoife O{mark}Brien of Little Harrowden. \u201cShe was a rescue and she was "
            f"terrified of everyone,\u201d Ms O{mark}Brien said."
        )
        speaker = speaker_of(extracted_quotes(nlp, text), "terrified of everyone")
        assert speaker == f"Aoife O{mark}Brien"


def test_a_dairy_named_for_its_owner_speaks_as_a_firm(nlp: Language) -> None:
    """ "His employer, Maddock's Dairy, said in a statement": the firm, not a body called
    Maddock; "the dairy said": the same firm."""
    found = extracted_quotes(nlp, (CHAINS / "milk-round.txt").read_text(encoding="utf-8"))
    assert speaker_of(found, "round would continue") == "Maddock's Dairy"
    assert speaker_of(found, "not going anywhere") == "Maddock's Dairy"


def test_a_place_after_near_is_no_person(nlp: Language) -> None:
    """ "A liveaboard boater moored near Sandpit Lock, a retired nurse, said": no person or
    body called Sandpit Lock; the words are the retired nurse's, and so is the "she" after
    (not the man before her, whose given name the data may take for a woman's)."""
    text = (
        "Boaters face steep mooring rise\n\n"
        "Luca Benedetti, secretary of the Kestle Boaters' Association, said members could not "
        "afford a house. \u201cThis is a tax on people with no options,\u201d he said.\n\n"
        "A liveaboard boater moored near Tallow Lock, a retired nurse, said she had budgeted "
        "to the last pound. \u201cI heat this boat with a wood stove and I count the logs,\u201d "
        "she said."
    )
    found = extracted_quotes(nlp, text)
    budget = next(q for q in found if "budgeted" in q.text)
    assert budget.speaker is None and "retired nurse" in (budget.speaker_title or "")
    stove = next(q for q in found if "wood stove" in q.text)
    assert stove.speaker is None and "retired nurse" in (stove.speaker_title or "")


def test_a_participle_sharing_a_passive_is_still_said(nlp: Language) -> None:
    """ "responses had been read and summarised for cabinet": "summarised" shares the
    passive, more of what the spokesperson said, not a second act of hers."""
    text = (
        "Tip closure called in\n\n"
        'A council spokesperson said the email had been "taken out of context" and that all '
        "consultation responses had been read and summarised for cabinet."
    )
    found = extracted_quotes(nlp, text)
    assert any(q.text.endswith("read and summarised for cabinet") for q in found)


def test_a_given_name_and_a_surname_the_model_missed_are_a_person(nlp: Language) -> None:
    """ "Beatriz Fonseca, founder of the coffee chain Semente, announced the gift": the model
    reads no name there (and "Fonseca" later as a work of art); a known given name and the
    capitalised word after it are a person, and her quotes are hers."""
    found = extracted_quotes(nlp, (CHAINS / "cathedral-donor.txt").read_text(encoding="utf-8"))
    assert speaker_of(found, "small thank you") == "Beatriz Fonseca"
    assert speaker_of(found, "my grandchildren") == "Beatriz Fonseca"


def test_a_street_whose_first_word_is_a_given_name_is_no_person(nlp: Language) -> None:
    """ "Shopkeepers on Tanner Street ... said the owner of a saddlery": Tanner is a given
    name, but no one's surname is Street: no person called Tanner Street speaks, the owner
    of the saddlery does."""
    text = (
        "Mart to close after 140 years\n\n"
        "Castleby's livestock mart will hold its last sale on Monday.\n\n"
        "Shopkeepers on Tanner Street fear losing the Monday trade. \u201cMart day is our "
        "best day of the week by a mile,\u201d said the owner of a saddlery across the road."
    )
    found = extracted_quotes(nlp, text)
    mart = next(q for q in found if "best day" in q.text)
    assert mart.speaker is None and "saddlery" in (mart.speaker_title or "")


def test_a_saints_name_in_the_possessive_is_a_church_not_the_he(nlp: Language) -> None:
    """ "the Rev Adebayo Olatunji, vicar of St Oswald's, ..." then "he said": the model
    reads "St Oswald's" as a person, the nearer name for "he"; it is the church, and the
    words are the vicar's."""
    text = (
        "Allotment and school agree to share the field\n\n"
        "The talks were brokered by the Rev Adebayo Olatunji, vicar of St Oswald's, whose "
        "churchyard borders both the allotments and the school.\n\n"
        "\u201cEveryone here lives within a mile of everyone else,\u201d he said."
    )
    found = extracted_quotes(nlp, text)
    assert speaker_of(found, "within a mile") == "Adebayo Olatunji"


def test_the_he_after_a_named_source_is_the_source_not_the_one_he_spoke_of(
    nlp: Language,
) -> None:
    """ "Idris Mbeki, co-ordinator of the night shelter, said one guest had moved into a
    flat. '...,' he said.": the guest is who the co-ordinator spoke of; the words are the
    co-ordinator's, and his title is whole ("co-ordinator", not "Ordinator")."""
    text = (
        "Night shelter's first week\n\n"
        "Idris Mbeki, co-ordinator of the Harlow Lane night shelter, said one guest had "
        "already moved into a flat.\n\n"
        "\u201cFour nights in, and a man has his own key. That is why we do this,\u201d he said."
    )
    found = extracted_quotes(nlp, text)
    key = next(q for q in found if "his own key" in q.text)
    assert key.speaker == "Idris Mbeki"
    assert (key.speaker_title or "").lower().startswith("co-ordinator")
