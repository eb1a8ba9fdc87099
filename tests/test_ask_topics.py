"""Topic questions on fictional news the bot was not tuned on (tests/data/ask_topics/: job
cuts at a brewery over three weeks, a cyclist's suspension, a ski resort's prices, a cod
quota, a museum's grant, a rail franchise), answered through `newsbrief ask --json` as a
reporter sees them: a topic asked in one word form finds its inflections and close synonyms,
a speaker's remarks in a story about the topic count although their words do not repeat it,
a quote that only shares a word with the topic does not, and a date window keeps to the
articles inside it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from ask.inflections import irregular_forms
from ask.intents import parse_question
from ask.lexicon import concepts, fts_query
from tests.conftest import DATA, ask_json, ingested, speakers_in, stories_db

ARTICLES = DATA / "ask_topics" / "articles"


@pytest.fixture(scope="module")
def topics_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the fictional articles, ingested through the CLI (the real model)."""
    path = tmp_path_factory.mktemp("ask-topics") / "t.db"
    return ingested(path, ARTICLES)


def ask(db: Path, question: str) -> dict[str, Any]:
    """The whole answer (`--limit 0`), parsed."""
    return ask_json(db, question, "--limit", "0")


def has(answer: dict[str, Any], words: str) -> bool:
    return any(words in q["text"] for q in answer["quotes"])


def test_a_topic_asked_in_one_form_finds_the_story_told_in_others(topics_db: Path) -> None:
    # "doping ban": the story says "suspended ... after a sample tested positive".
    answer = ask(topics_db, "/whosaid doping ban")
    assert {"Pieter Vandersloot", "Grete Holmqvist"} <= speakers_in(answer)
    assert has(answer, "the suspension would run from the date of the sample")
    # The ski instructor's "banned dogs" shares a word, not the topic.
    assert "Ruben Castellanos" not in speakers_in(answer)


def test_job_cuts_are_found_however_the_story_words_them(topics_db: Path) -> None:
    # "shed 140 jobs", "cut 140 jobs", "lose their jobs", "redundancies": one topic.
    answer = ask(topics_db, "who said what about layoffs?")
    assert has(answer, "Families here will lose their jobs")
    assert has(answer, "We could not keep carrying a plant")  # the chief in that story
    assert has(answer, "Nobody asked us for ideas")  # the ballot over "redundancies"
    assert "Callum Dunleavy" not in speakers_in(answer)  # boats sold: not jobs
    # The question in other forms and order than the lexicon's "job cuts".
    reworded = ask(topics_db, "who said what about cutting jobs at the brewery?")
    assert has(reworded, "Nobody asked us for ideas")  # "redundancies", never "cut"


def test_a_date_window_keeps_to_its_articles_and_their_speakers(topics_db: Path) -> None:
    question = "who said what about the job cuts at the brewery since 20 November"
    answer = ask(topics_db, question)
    assert {"Lionel Abernathy", "Marisol Tennant", "Odile Ferrante"} <= speakers_in(answer)
    assert has(answer, "the settlement offer would not be improved")
    # Her words of 12 November, before the window, are left out.
    assert not has(answer, "No decisions have been made")
    assert all(q["article"]["published"] >= "2026-11-20" for q in answer["quotes"])
    november = ask(topics_db, "who said what about jobs in November 2026")
    assert has(november, "No decisions have been made") and has(november, "Nobody asked us")
    assert not ask(topics_db, "who said what about jobs in October 2026")["quotes"]
    late = ask(topics_db, "who said what about jobs in late November 2026")
    assert has(late, "Nobody asked us") and not has(late, "No decisions have been made")
    mid = ask(topics_db, "who said what about jobs in mid-November 2026")
    assert has(mid, "No decisions have been made") and not has(mid, "Nobody asked us")


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        ("job cuts in late November", "2026-11-21", "2026-12-01"),
        ("job cuts in early November", "2026-11-01", "2026-11-11"),
        ("job cuts since the start of November", "2026-11-01", None),
        ("job cuts at the end of October", "2026-10-21", "2026-11-01"),
        ("job cuts earlier this week", "2026-11-30", "2026-12-07"),
        ("job cuts so far this month", "2026-12-01", "2027-01-01"),
    ],
)
def test_parts_of_a_month_and_earlier_this_week_are_windows(
    question: str, since: str, until: str | None
) -> None:
    now = datetime(2026, 12, 3, 15, 0, tzinfo=ZoneInfo("UTC"))
    query = parse_question(f"who said what about the {question}", tz="UTC", now=now)
    assert query.topic == "the job cuts" and query.period is not None
    start, end = query.period.sql_bounds()
    assert (start or "")[:10] == since and (end[:10] if end else None) == until


def test_an_organisation_on_a_wide_topic_answers_with_its_statements(topics_db: Path) -> None:
    # "jobs" takes in the redundancies the brewery's statement answers, unworded.
    answer = ask(topics_db, "what has Harwick Brewery said about jobs?")
    assert has(answer, "it had consulted staff representatives for six weeks")
    assert has(answer, "No decisions have been made about anyone's job")
    assert "Marisol Tennant" not in speakers_in(answer)  # the union, not the brewery


def test_a_story_about_the_topic_lends_its_remarks_but_a_passing_word_does_not(
    topics_db: Path,
) -> None:
    museum = ask(topics_db, "who said what about museum funding?")
    assert {"Agathe Moreau-Lind", "Desmond Okonjo"} <= speakers_in(museum)
    assert has(museum, "We protected social care and schools first")
    # The rail story names the museum beside the station: its people are not on the topic.
    assert not speakers_in(museum) & {"Helena Marchetti", "Rhys Pemberton", "Noor Haddad"}
    fishing = ask(topics_db, "who said what about the fishing quotas?")
    assert has(fishing, "half the boats in this harbour will be sold")
    assert has(fishing, "Cutting now is the only way to have a fishery")


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # One question per synonym family of ask/data/topics.json these stories use.
        ("who said what about suspensions?", "the suspension would run from the date"),
        ("who said what about grants?", "Without that money we cannot pay the conservators"),
        ("who said what about doping?", "I have never cheated in my life"),
        ("who said what about job losses?", "Families here will lose their jobs"),
        ("who said what about jobs?", "it had consulted staff representatives"),
        ("who said what about budget cuts?", "every department had been asked to find savings"),
        ("who said what about cancellations?", "Most of the delays began with signal failures"),
        ("who said what about price rises?", "We held prices for two winters"),
        ("who said what about the climbdown?", "we got the balance wrong"),
    ],
)
def test_each_synonym_family_finds_its_story(topics_db: Path, question: str, words: str) -> None:
    assert has(ask(topics_db, question), words)


def test_a_vague_word_for_the_story_does_not_have_to_be_in_it(topics_db: Path) -> None:
    # Nobody says "row" or "case": the topic is the funding, the doping (ask/data "vague").
    row = ask(topics_db, "who said what about the museum funding row?")
    assert has(row, "Without that money we cannot pay the conservators")
    case = ask(topics_db, "who said what about the doping case?")
    assert has(case, "I have never cheated in my life")
    assert concepts("the row") == [("row",)]  # alone, it is the topic
    # a project, a scheme or a proposal is the story's thing ("the beaver project")
    for vague in ("project", "scheme", "proposal"):
        assert concepts(f"the museum funding {vague}") == concepts("the museum funding")
    # an attempt, an effort, an idea or a bid is what is tried: "the choir record attempt"
    for tried in ("attempt", "effort", "idea", "bid"):
        assert concepts(f"the choir record {tried}") == concepts("the choir record")


def test_a_wide_concept_takes_in_narrower_ones_but_not_the_reverse() -> None:
    jobs = {form for group in concepts("jobs") for form in group}
    assert "redundancies" in jobs and "job cuts" in jobs
    cuts = {form for group in concepts("job cuts") for form in group}
    assert "jobs" not in cuts and "job" not in cuts


def test_money_takes_in_funding_but_funding_not_all_money() -> None:
    # "the museum losing its arts money": the story of its lost grant
    money = {form for group in concepts("arts money") for form in group}
    assert {"funding", "grant"} <= money
    funding = {form for group in concepts("arts funding") for form in group}
    assert "money" not in funding


def test_irregular_forms_only_beside_another_word_of_the_phrase() -> None:
    assert "lost" in irregular_forms("lose") and "sold" in irregular_forms("sell")
    query = fts_query(concepts("job losses")) or ""
    assert 'NEAR("lost" "jobs"' in query  # "lost their jobs"
    strike = fts_query(concepts("strike")) or ""
    assert "struck" not in strike  # "struck a deal" is no strike


FAMILIES = {
    "lane": (
        "Shopkeepers fight Tanner Street cycle lane\n"
        "The council will remove forty parking spaces.\n"
        'Grocer Amadou Sissoko said: "My customers carry sacks, not laptops."\n'
    ),
    "servers": (
        "Data centre plan for Ashby Fields\n"
        "A developer wants to build a data centre on farmland at Ashby.\n"
        'Farmer Lotte Vermeer said: "They will hum all night next to my cows."\n'
    ),
    "warehouse": (
        "Fire destroys Quayside warehouse\n"
        "Forty firefighters fought the flames overnight.\n"
        'Watch manager Tunde Bakare said: "The roof went within ten minutes."\n'
    ),
    "tickets": (
        "Ticket office to shut at Colbeck railway station\n"
        "Passengers will buy tickets from machines from March.\n"
        'Commuter Ines Varga said: "I cannot read a touchscreen without my glasses."\n'
    ),
    "pantomime": (
        "Alhambra cancels its pantomime for the first time in 60 years\n"
        "The theatre blamed the loss of its grant.\n"
        'Box office manager Ruth Ellery said: "Families have booked the same seats for decades."\n'
    ),
}


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("who said what about the bike lane?", "sacks, not laptops"),
        ("who said what about the server farm?", "hum all night"),
        ("who said what about the warehouse blaze?", "The roof went within ten minutes"),
        ("who said what about rail passengers?", "read a touchscreen"),
        ("who said what about the panto?", "the same seats for decades"),
    ],
)
def test_each_newer_synonym_family_finds_its_story(
    tmp_path_factory: pytest.TempPathFactory, question: str, words: str
) -> None:
    db = stories_db(tmp_path_factory.mktemp("families"), FAMILIES)
    assert has(ask(db, question), words)


@pytest.mark.parametrize(
    ("question", "stance"),
    [
        ("anyone talk about the museum funding?", None),
        ("anybody mention the museum funding?", None),
        ("someone said anything about the museum funding?", None),
        ("anyone criticised the museum funding?", "negative"),
    ],
)
def test_a_question_to_anyone_without_its_auxiliary_asks_about_the_topic(
    question: str, stance: str | None
) -> None:
    query = parse_question(question, tz="UTC")
    assert query.intent == "who_said_what" and query.topic == "the museum funding"
    assert query.stance == stance


def test_whether_asks_about_the_topic_and_is_no_word_of_it(tmp_path: Path) -> None:
    """ "any comments on whether the landfill smell is making people ill?": "whether" only
    asks; a quote on the smell that never says "whether" answers, though another story's
    quote does say it."""
    stories = {
        "school": (
            "Pupils kept inside over landfill smell\n"
            "A school has kept pupils indoors.\n"
            "Headteacher Ros Penhale said a pupil had asked whether the landfill smell could "
            "hurt him.\n"
        ),
        "readings": (
            "Landfill smell readings below limit\n"
            "Monitors near the landfill found low levels of gas.\n"
            'Campaigner Idris Macalister said: "A smell can still make people feel unwell."\n'
        ),
    }
    answer = ask(
        stories_db(tmp_path, stories),
        "any comments on whether the landfill smell is making people ill?",
    )
    assert has(answer, "A smell can still make people feel unwell")
    assert concepts("whether the landfill smell") == [("landfill",), ("smell",)]


def test_a_verb_form_asked_finds_its_action_told_in_other_words(tmp_path: Path) -> None:
    """ "the library shutting": the story tells of its closure; the lexicon's group for the
    action (with "shut" and "closed") is the concept whatever form of its verb is asked.
    A group for a thing ("fire": blaze, inferno) is not taken for another sense of its verb
    ("firing staff")."""
    stories = {
        "library": (
            "Kelby library faces closure in March\n"
            "The county council confirmed the closure of Kelby library on Monday.\n"
            'Reader Mirela Dobos said: "It is the only warm room some of us have."\n'
        ),
        "pool": (
            "Kelby pool shut for repairs\n"
            "The council shut Kelby pool on Friday after a leak.\n"
            'Swimmer Ann Hale said: "We will have to drive to Ashby instead."\n'
        ),
    }
    db = stories_db(tmp_path, stories)
    library = ask(db, "who said what about the library shutting?")
    assert has(library, "only warm room") and not has(library, "drive to Ashby")
    pool = ask(db, "who said what about the pool closing?")
    assert has(pool, "drive to Ashby") and not has(pool, "only warm room")
    firing = {form for group in concepts("firing staff") for form in group}
    assert "blaze" not in firing and "firing" in firing


def test_or_in_a_topic_asks_for_either(tmp_path: Path) -> None:
    """ "fumes or pollution from the crematorium chimney": a quote on the chimney's
    emissions answers, though no one says "fumes"; "or" is no word of the topic."""
    assert concepts("radiation or health risks from the mast") == [
        ("radiation", "health risks"),
        ("mast",),
    ]
    stories = {
        "chimney": (
            "Crematorium plan approved for Nether Colby\n"
            "Councillors approved the crematorium on Tuesday.\n"
            "Residents fear pollution from the crematorium chimney. Campaigner Derek Hallam "
            'said: "If the crematorium chimney is so clean, why is it so tall?"\n'
        ),
    }
    db = stories_db(tmp_path, stories)
    answer = ask(db, "who said what about fumes or pollution from the crematorium chimney?")
    assert has(answer, "why is it so tall")


def test_a_plural_asked_is_no_singular_of_another_plural() -> None:
    """ "taxis" is the plural of "taxi", not a singular whose plural is "taxes": the
    question about wheelchair users and taxis is no question about tax."""
    groups = concepts("wheelchair users and taxis")
    assert not any("taxes" in g for g in groups)
    assert any("deaths" in g for g in concepts("the death of the swimmer"))


@pytest.mark.parametrize(
    "asked, said",
    [
        ("plane noise", "aircraft"),  # the newsroom's words for one thing: topics.json groups
        ("the public loos", "toilets"),
        ("the kids' pitches", "children"),
    ],
)
def test_a_reporters_word_meets_the_storys(asked: str, said: str) -> None:
    assert any(said in group for group in concepts(asked))
