"""Who a quote is credited to when two people share a name, or when "the newspaper" or "the
company" refers back to an organisation (fictional articles)."""

from __future__ import annotations

from spacy.language import Language

from common.names import canonical_name
from tests.conftest import extracted_quotes as quotes
from tests.conftest import speaker_of


def test_father_and_son_of_one_name_stay_two_speakers(nlp: Language) -> None:
    text = (
        "Harbour plan splits the family firm.\n\n"
        "Walter Brannigan Jr., the company's chief executive, said the harbour plan would "
        'save jobs. "We cannot wait another year," Brannigan Jr. said.\n\n'
        '"My son is in a hurry," said Walter Brannigan, who founded the firm in 1971 and '
        "still owns a third of it."
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "We cannot wait another year") == "Walter Brannigan Jr."
    assert speaker_of(found, "My son is in a hurry") == "Walter Brannigan"


def test_a_generation_nobody_else_needs_is_filed_with_the_plain_name(nlp: Language) -> None:
    text = (
        "Canal tolls frozen.\n\n"
        "Commissioner Desmond K. Achterberg Jr. said the tolls would stay at 2019 levels.\n\n"
        '"Barge owners have had a hard decade," Mr. Achterberg said.'
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "tolls would stay") == "Desmond Achterberg"
    assert speaker_of(found, "Barge owners") == "Desmond Achterberg"


def test_canonical_name_keeps_a_generation() -> None:
    assert canonical_name("Sen. Marcus T. Oyelaran Jr.") == "Marcus Oyelaran Jr."
    assert canonical_name("Hollis Vane III") == "Hollis Vane III"
    assert canonical_name("Dr. Hollis Vane, PhD") == "Hollis Vane"


def test_the_newspaper_is_not_the_association_named_last(nlp: Language) -> None:
    text = (
        "Rifle club fights the paper over range noise.\n\n"
        "The Kestrel Valley Gazette reported last week that neighbours had recorded shots "
        "late at night at the range on Mill Lane.\n\n"
        "The Dunmore Rifle Association said on Monday that the complaints were exaggerated "
        "and that its members stop shooting at nine.\n\n"
        '"We stand by every word," the newspaper said in an editorial on Tuesday.'
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "We stand by every word") == "Kestrel Valley Gazette"


def test_the_company_is_not_the_court_named_last(nlp: Language) -> None:
    text = (
        "Ferry operator loses appeal.\n\n"
        "Brightwater Ferries lost its appeal against the fuel levy on Thursday. The Harlow "
        "District Court ruled that the levy was lawful.\n\n"
        '"We will pass the cost on to passengers," the company said.'
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "pass the cost on") != "Harlow District Court"


def test_every_generic_noun_names_known_kinds() -> None:
    import json
    from importlib import resources

    raw = json.loads(
        resources.files("extract").joinpath("data/people_words.json").read_text("utf-8")
    )
    families = set(raw["org_families"])
    assert set(raw["generic_org_families"]) == set(raw["generic_org_nouns"])
    for noun, kinds in raw["generic_org_families"].items():
        assert kinds and set(kinds) <= families, noun


def test_a_long_aside_between_name_and_cue_keeps_the_speaker(nlp: Language) -> None:
    text = (
        "Marina fees double.\n\n"
        "At Port Selwyn, where a berth now costs $9,000 a season, Ottilie Marchbank, the "
        "marina's 64-year-old harbourmaster and general manager, suggested that the rise "
        "could be blamed on the storm repairs of last winter.\n\n"
        "But Councillor Rufus Okonjo (Lab.), noting the size of the waiting list, said, "
        '"Nobody is leaving, so the fees will only go up."'
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "storm repairs") == "Ottilie Marchbank"
    assert speaker_of(found, "Nobody is leaving") == "Rufus Okonjo"
    assert not any("noting the size" in q.text for q in found)  # the aside is no quote


def test_a_name_after_the_role_of_an_organisation_speaks(nlp: Language) -> None:
    text = (
        "Port deal draws fire.\n\n"
        "The leader of the Harbour League, Jonas Vell, warned that such a deal would be "
        '"unacceptable" for the town.\n\n'
        "The chief executive of Skarv Logistics, Maren Tollefsen, said the company would "
        "appeal."
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "such a deal") == "Jonas Vell"
    assert speaker_of(found, "would appeal") == "Maren Tollefsen"


def test_the_group_is_the_organisation_that_spoke_not_the_one_named_last(nlp: Language) -> None:
    text = (
        "Golf courses close.\n\n"
        "Almost 650 courses have closed since 2006, according to the Eastfield Golf "
        "Foundation.\n\n"
        "Members at Hollow Creek voted on Tuesday to sell the land to a developer, Bramley "
        "Homes.\n\n"
        '"We expect more closures next year," the group said.'
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "more closures") == "Eastfield Golf Foundation"
