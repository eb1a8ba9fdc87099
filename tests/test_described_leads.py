"""People asked for by what a story calls them before it names them, and descriptions asked
with words that say whose or which the person is (ask/lead_people.py,
ask/described_asked.py), over fictional stories ingested through the CLI and asked through
`newsbrief ask --json`:
- "Lollipop man ..." in the headline, "A lollipop man ..." in the lead, and the first
  person the story names is him; "the girl who found the brooch" is the girl of the lead;
- "the gymnast's dad" is "Her father, X" in the story of the gymnastics club; "the
  choir's union rep" is "Her union representative, X of the Y"; "the Fernhill Road
  allotment holders" finds a plot-holder of the Fernhill Road allotments story;
- "the contractor" and "the sponsor" are the bodies the story calls so ("Its main sponsor,
  X,");
- "the landlord of the Crown" is "Landlord X" in the story the Crown heads, not the
  landlord of another pub it names;
- "the members" are the member a title names and "Another of the members, X";
- a headline whose subject is a thing ("Council to shut ...") makes nobody its subject,
  and "the caretaker who did not want to be named" asks for no named person.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from ask.described_asked import asked_description
from ask.described_people import _before, _describes
from tests.conftest import ask_json, extracted_quotes, speaker_of, speakers_in, stories_db

STORIES = {
    "crossing": (
        "Lollipop man hit by van outside Brantwood school\n"
        "A lollipop man was taken to hospital after a van struck him outside a school.\n"
        "BRANTWOOD, 2 December 2026 - A lollipop man was taken to hospital after a van "
        "struck him outside Brantwood Primary on Tuesday morning.\n"
        "Ezekiel Adebayo-Sloane, 66, has seen children across Mill Lane for twelve years. "
        '"I saw it coming and pushed the kids back," he said.\n'
        'The headteacher, Marisol Quintero, said: "He is the bravest man I know."\n'
    ),
    "brooch": (
        "Girl, 8, finds Saxon brooch in garden\n"
        "An eight-year-old girl digging a pond has found a Saxon brooch.\n"
        "HOLLOWAY, 1 December 2026 - An eight-year-old girl digging a pond in her garden "
        "has found a Saxon brooch.\n"
        'Imogen Achterberg was helping her mother plant reeds. "It was all muddy and I '
        'thought it was a bottle top," she said.\n'
        'The county archaeologist, Dr Fenwick Oyelaran, said: "It is a remarkable find."\n'
    ),
    "gym": (
        "Tarrowby teenager takes national vault title\n"
        "A fourteen-year-old from Tarrowby won the national junior vault title.\n"
        "TARROWBY, 29 November 2026 - Fourteen-year-old Priyanka Solberg from Tarrowby won "
        "the national junior vault title on Sunday.\n"
        "Her coach at Tarrowby Gymnastics Club, Oksana Hale, said she trained six days a week.\n"
        'Her father, Anders Solberg, a bus driver, said: "I could not watch the landing."\n'
    ),
    "choir": (
        "Choir director suspended after row over rehearsal pay\n"
        "Singers say they were not paid for extra rehearsals.\n"
        "KESWORTH, 30 November 2026 - The director of the Kesworth Festival Chorus has been "
        "suspended after a row over rehearsal pay.\n"
        "Her union representative, Tobiah Mensah of the Musicians' Guild, said the "
        "suspension was unfair.\n"
    ),
    "plots": (
        "Allotment holders fight plan to build on Fernhill Road plots\n"
        "Plot-holders in Fernhill Road have vowed to resist a plan for 30 homes.\n"
        "FERNHILL, 28 November 2026 - Allotment holders in Fernhill Road have vowed to resist "
        "a council plan to sell part of their site for 30 homes.\n"
        'Plot-holder Ravinder Ashworth-Kaur said: "This is the only green space we have."\n'
        'Councillor Gideon Fairweather said: "We need the homes."\n'
    ),
    "bowls": (
        "Bowls club told to leave green after 90 years\n"
        "The club's lease will not be renewed.\n"
        "PENRHOS, 26 November 2026 - Penrhos Bowls Club has been told its lease on the park "
        "green will not be renewed.\n"
        'Club member Dai Pugh-Ellis said: "We have nowhere else to go."\n'
        "Another of the members, Hettie Ramsbottom, who joined in 1971, said: "
        '"This green is where I see my friends."\n'
    ),
    "bins": (
        "Bin collections to resume after lorry fire\n"
        "Collections were halted for a week.\n"
        "KELSTON, 25 November 2026 - Bin collections in Kelston will resume on Monday after a "
        "fire destroyed three lorries at the depot.\n"
        "The council's waste contractor, Brightline Waste Services, said replacement lorries "
        "had arrived from Bristol.\n"
        'Councillor Amira Haddad-Lowe said: "I am sorry for the disruption."\n'
    ),
    "festival": (
        "Kelston summer festival saved by late deal\n"
        "The festival will go ahead in July.\n"
        "KELSTON, 24 November 2026 - Kelston's summer festival will go ahead after a late "
        "funding deal.\n"
        "Its main sponsor, Kettlewell Brewery, said it would pay for the main stage.\n"
        'The organiser, Petroc Hanley-Vos, said: "We were a week from cancelling."\n'
    ),
    "pub": (
        "The Crown in Ashwell to call last orders after 300 years\n"
        "The village's last pub will close at Christmas.\n"
        "ASHWELL, 23 November 2026 - The Crown, the last pub in Ashwell, will close at "
        "Christmas after the brewery decided to sell it.\n"
        'Landlord Gwilym Parry-Onslow said: "I just want a good last night for everyone."\n'
        "Ellis Gant, landlord of the Plough in Dunsby, said trade was down everywhere.\n"
    ),
    "leek": (
        "Retired miner's giant leek takes village show prize\n"
        "A leek weighing 6kg won the top prize at the Cwmdare show.\n"
        "CWMDARE, 21 November 2026 - A leek weighing 6kg won the top prize at the Cwmdare "
        "show on Saturday.\n"
        'Dilwyn Hopcraft-Rees, 80, grew it behind his terrace. "I sing to it," he said.\n'
        'The judge, Carys Mabry, said: "We have never seen one so straight."\n'
    ),
    "stalls": (
        "Stallholders told to leave Farnby market hall\n"
        "The hall's new owner wants to turn it into flats.\n"
        "FARNBY, 24 November 2026 - Stallholders at Farnby market hall have been told to leave "
        "by June.\n"
        "Oskar Veltman, managing director of Granby Developments, said stallholders would be "
        "welcome to return when the hall reopened.\n"
        'Stallholder Ines Kowalczyk said: "Forty years here and we get a letter."\n'
    ),
    "derailment": (
        "Investigators begin work on Tolworth derailment\n"
        "A freight train left the tracks near Tolworth on Sunday.\n"
        "TOLWORTH, 24 November 2026 - Investigators have begun examining the freight train "
        "that left the tracks near Tolworth on Sunday.\n"
        "Dr Ngozi Ekwueme, principal inspector at the Rail Incident Investigation Branch, "
        'said: "It is too early to say why the wagons came off."\n'
    ),
    "band": (
        "Silver band plays on after hall flood\n"
        "The Ashby Silver Band will rehearse in a church.\n"
        "ASHBY, 25 November 2026 - The Ashby Silver Band will rehearse in St Mark's church "
        "after its hall flooded.\n"
        '"We have played through worse than a wet floor," said Efe Adeyemi-Clarke, the band\'s '
        "groundsman.\n"
    ),
    "library": (
        "Council to shut Dunholm library in spring\n"
        "The library will close in April.\n"
        "DUNHOLM, 27 November 2026 - Dunholm council will shut the town's library in April.\n"
        'Councillor Petra Lindqvist said: "We cannot keep every building open."\n'
        'A caretaker, who did not want to be named, said: "Nobody asked us."\n'
        "Caretaker Osgood Trelawney said the boiler had been broken for a year.\n"
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("leads"), STORIES)


def who(db: Path, phrase: str) -> set[str | None]:
    return speakers_in(ask_json(db, f"what did {phrase} say?"))


@pytest.mark.parametrize(
    "phrase, speaker",
    [
        ("the lollipop man", "Ezekiel Adebayo-Sloane"),
        ("the retired miner", "Dilwyn Hopcraft-Rees"),  # only the headline says so
        ("the girl who found the brooch", "Imogen Achterberg"),
        ("the gymnast's dad", "Anders Solberg"),
        ("the gymnast's coach", "Oksana Hale"),
        ("the choir director's union rep", "Tobiah Mensah"),
        ("the Fernhill Road allotment holders", "Ravinder Ashworth-Kaur"),
        ("the band groundsman", "Efe Adeyemi-Clarke"),  # "the band's groundsman"
    ],
)
def test_a_person_asked_by_what_the_story_calls_them(db: Path, phrase: str, speaker: str) -> None:
    assert speaker in who(db, phrase)


def test_a_group_asked_is_everyone_the_stories_call_so(db: Path) -> None:
    # "Club member X" (a title) and "Another of the members, Y," (one of the group)
    assert {"Dai Pugh-Ellis", "Hettie Ramsbottom"} <= who(db, "the members")


def test_a_body_described_as_a_role_people_have_too(db: Path) -> None:
    # "The council's waste contractor, Brightline Waste Services, said": a body, by its role
    assert who(db, "the contractor") == {"Brightline Waste Services"}
    assert who(db, "the festival's sponsor") == {"Kettlewell Brewery"}


def test_a_place_asked_may_head_the_story_of_a_person_placed_nowhere_else(db: Path) -> None:
    # "the landlord of the Crown": "Landlord X" in the Crown's story, not the Plough's landlord
    assert who(db, "the landlord of the Crown") == {"Gwilym Parry-Onslow"}


def test_the_subject_of_a_story_is_who_its_lead_describes(db: Path) -> None:
    assert "Marisol Quintero" not in who(db, "the lollipop man")  # named second
    assert "Dr Fenwick Oyelaran" not in who(db, "the girl who found the brooch")
    assert "Petra Lindqvist" not in who(db, "the library")  # a thing heads the story


def test_a_source_who_would_not_be_named_is_no_named_person() -> None:
    assert asked_description("the caretaker who did not want to be named", frozenset()) is None
    asked = asked_description("the Fernhill Road allotment holders", frozenset())
    assert asked is not None and asked.words[-1] == "holders"
    assert {"fernhill", "road"} <= asked.story and "allotment" not in asked.story


def test_a_name_after_a_closed_quote_has_no_description_before_it() -> None:
    sentence = "\u201cYes.\u201d Kasia Nowicka, 44, said so."
    start = sentence.index("Kasia")
    assert _before(sentence, start, start + len("Kasia Nowicka")) == []


def test_a_hyphenated_description_holds_its_parts() -> None:
    assert _describes(["plot-holder"], ["holders"])  # "Plot-holder X"
    assert not _describes(["plot-holder"], ["allotment", "holders"])  # no allotment said
    assert not _describes(["ex-chairman"], ["chairman"])  # another post


def test_a_story_opening_on_a_group_names_anyone_first(db: Path) -> None:
    # "Stallholders told to leave": the first person named is the owner's director, no
    # stallholder; "Stallholder X" is one
    found = who(db, "the stallholders")
    assert "Ines Kowalczyk" in found
    assert "Oskar Veltman" not in found
    # one with a post in a body named for what the group does is one of them
    assert "Ngozi Ekwueme" in who(db, "the investigators")


def test_an_owned_title_deep_in_a_story_is_not_the_next_person_named(nlp: Language) -> None:
    """ "according to the band's secretary" in a story that has named its people already is
    no lead's description: the mayor named in the next paragraph did not say it; in a lead,
    before anyone is named, "The director of the Lantern says ..." is the person named next."""
    deep = extracted_quotes(
        nlp,
        "Elmfield Band has won the national title.\n\n"
        'Its conductor, Tadhg Moran, said: "They were fearless."\n\n'
        "Tickets sold out within an hour, according to the band's secretary, who said a "
        "second concert was being considered.\n\n"
        "The town's mayor, Cllr Elspeth Narayan, is expected to hold a reception.",
    )
    assert speaker_of(deep, "second concert") is None
    lead = extracted_quotes(
        nlp,
        "The director of the Lantern says the cafe will close. Ann Roe, who ran it for ten "
        "years, told staff on Friday that the lease had ended.",
    )
    assert speaker_of(lead, "the cafe will close") == "Ann Roe"
