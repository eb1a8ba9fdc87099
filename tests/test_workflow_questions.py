"""Newsroom questions (issue 13), table-driven over fictional stores: people in the news,
the publisher filter, dates without a year on a 2016 store, comparisons, full names and
titles with a place; and answers exported as CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ask.export import COLUMNS, to_csv
from ask.publishers import alias_groups, key, sources_named
from ask.titles import abbreviations
from ask.views import Answer, ArticleRef, QuoteView
from common.names import is_title_word
from common.ranks import rank_heads
from tests.conftest import DATA, ask_json, invoke

ARTICLES = DATA / "workflow" / "articles"
Check = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """ "2016": the fictional 2015-2016 articles. "week": two articles ingested now (no
    published date: they appeared when ingested) and one from 2016 whose speaker is quoted
    more often but not this week."""
    root = tmp_path_factory.mktemp("workflow")
    old = root / "2016.db"
    assert invoke("--db", str(old), "ingest", str(ARTICLES)).exit_code == 0
    fresh = root / "fresh"
    fresh.mkdir()
    now = [
        ("Aisha Okonkwo, the mayor of Fennick, said the tram line would open in March. "
         "\u201cThe trams are coming, and they are coming on time,\u201d Okonkwo said.",
         "Fennick tram line on schedule, mayor says"),
        ("\u201cThe depot is ready for the first trams,\u201d said Pieter Vance, the "
         "transit director.", "Tram depot finished in Fennick"),
    ]  # fmt: skip
    for index, (body, title) in enumerate(now):
        article = {"title": title, "body": body, "source": "Fennick Post"}
        (fresh / f"now-{index}.json").write_text(json.dumps(article), encoding="utf-8")
    week = root / "week.db"
    paths = [str(fresh), str(ARTICLES / "tax-plan-nyt.json")]
    assert invoke("--db", str(week), "ingest", *paths).exit_code == 0
    return {"2016": old, "week": week}


def speakers(answer: dict[str, Any]) -> set[str]:
    return {q["speaker"] for q in answer["quotes"] if q["speaker"]}


def people(answer: dict[str, Any]) -> dict[str, int]:
    return {p["name"]: p["quotes"] for p in answer["people"]}


def in_the_news_this_week(answer: dict[str, Any]) -> None:
    assert answer["intent"] == "people" and answer["period"]["label"] == "this week"
    assert people(answer) == {"Aisha Okonkwo": 2, "Pieter Vance": 1}  # not the 2016 senator
    roles = {p["name"]: (p["title"] or "").lower() for p in answer["people"]}
    assert "mayor" in roles["Aisha Okonkwo"] and "director" in roles["Pieter Vance"]
    assert speakers(answer) == {"Aisha Okonkwo", "Pieter Vance"}  # one statement each


def nobody_this_week_in_2016(answer: dict[str, Any]) -> None:
    assert answer["intent"] == "people" and not answer["people"]
    assert "latest articles are from 5 October 2016" in answer["message"]


def in_the_news_in_politico(answer: dict[str, Any]) -> None:
    assert people(answer) == {"Maria Delgado": 2, "Ray Ostrander": 1}
    assert answer["searched"].endswith("in September 2016 in Politico")


def taxes_in_the_nyt(answer: dict[str, Any]) -> None:
    assert answer["quotes"] and {q["article"]["source"] for q in answer["quotes"]} == {"nyt"}
    assert {"Maria Delgado", "Tom Whitfield"} <= speakers(answer)
    assert "Cutting taxes is how we grow this economy" not in json.dumps(answer)  # Politico's
    assert answer["searched"].endswith("in nyt")


def in_september(answer: dict[str, Any]) -> None:
    assert answer["period"]["label"] == "in September 2016"  # the store's latest September
    dates = {q["article"]["published"][:7] for q in answer["quotes"]}
    assert dates == {"2016-09"}  # not October 2016, not September 2015
    assert "Maria Delgado" in speakers(answer) and "Nadia Brook" not in speakers(answer)


def between_days_of_september(answer: dict[str, Any]) -> None:
    assert answer["period"]["label"] == "between 20 September 2016 and 25 September 2016"
    assert {q["article"]["published"][:10] for q in answer["quotes"]} == {"2016-09-22"}


def from_politico(answer: dict[str, Any]) -> None:
    assert {q["article"]["source"] for q in answer["quotes"]} == {"Politico"}
    assert speakers(answer) == {"Maria Delgado", "Ray Ostrander"}


def quoted_about_taxes(answer: dict[str, Any]) -> None:
    assert answer["intent"] == "people"
    counts = people(answer)
    assert {"Maria Delgado", "Ray Ostrander", "Nadia Brook", "Tom Whitfield"} <= set(counts)
    assert "Will Smith" not in counts  # the harbour master said nothing about taxes
    assert counts["Maria Delgado"] >= 3 and list(counts.values()) == sorted(
        counts.values(), reverse=True
    )


def both_compared(answer: dict[str, Any]) -> None:
    assert speakers(answer) == {"Maria Delgado", "Ray Ostrander"}  # one each, in --limit 2
    assert answer["more"] > 0


def john_smith_is_not_will_smith(answer: dict[str, Any]) -> None:
    assert answer["profile"] is None and not answer["quotes"]
    assert "Will Smith" not in json.dumps(answer)


def smith_is_will_smith(answer: dict[str, Any]) -> None:
    assert answer["profile"]["name"] == "Will Smith"


def the_indiana_governor(answer: dict[str, Any]) -> None:
    assert speakers(answer) == {"Tom Whitfield"}  # "Indiana Gov. Tom Whitfield"


def not_the_ohio_governor(answer: dict[str, Any]) -> None:
    assert not answer["quotes"]


CASES: list[tuple[str, str, tuple[str, ...], Check]] = [
    ("week", "who's in the news this week", (), in_the_news_this_week),
    ("2016", "who's in the news this week", (), nobody_this_week_in_2016),
    ("2016", "who's in the news in Politico in September", (), in_the_news_in_politico),
    ("2016", "taxes in the nyt", (), taxes_in_the_nyt),
    ("2016", "who said what about taxes in the New York Times", (), taxes_in_the_nyt),
    ("2016", "who said what about taxes in September", (), in_september),
    ("2016", "any quotes on taxes between 20 and 25 September", (), between_days_of_september),
    ("2016", "quotes from Politico", (), from_politico),
    ("2016", "who has been quoted about taxes", (), quoted_about_taxes),
    ("2016", "compare what Delgado and Ostrander said about taxes", ("--limit", "2"),
     both_compared),
    ("2016", "who is John Smith?", (), john_smith_is_not_will_smith),
    ("2016", "who is Smith?", (), smith_is_will_smith),
    ("2016", "what did the Indiana governor say?", (), the_indiana_governor),
    ("2016", "what did the Ohio governor say?", (), not_the_ohio_governor),
]  # fmt: skip


@pytest.mark.parametrize("store, question, options, check", CASES, ids=[c[1] for c in CASES])
def test_questions_answer_as_described(
    stores: dict[str, Path], store: str, question: str, options: tuple[str, ...], check: Check
) -> None:
    check(ask_json(stores[store], question, *options))


def test_people_command_lists_the_most_quoted_with_roles(stores: dict[str, Path]) -> None:
    db = str(stores["2016"])
    latest = json.loads(invoke("--db", db, "people", "--json").output)
    assert latest["period"]["label"] == "in the week to 5 October 2016"
    assert people(latest) == {"Ray Ostrander": 2, "Will Smith": 1}
    on_taxes = json.loads(invoke("--db", db, "people", "taxes", "--json", "--limit", "2").output)
    assert len(on_taxes["people"]) == 2 and "Maria Delgado" in people(on_taxes)
    text = invoke("--db", db, "people", "taxes in September").output
    assert "Maria Delgado (Senator)" in text and "Nadia Brook" not in text


def test_ask_csv_parses_back_one_row_per_quote(stores: dict[str, Path]) -> None:
    db = str(stores["2016"])
    question = "quotes from the nyt"
    answer = ask_json(stores["2016"], question, "--limit", "0")
    result = invoke("--db", db, "ask", question, "--csv", "--limit", "0")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output, newline="")))
    assert list(rows[0]) == list(COLUMNS)
    assert [int(r["id"]) for r in rows] == [q["id"] for q in answer["quotes"]]
    for row, quote in zip(rows, answer["quotes"], strict=True):
        assert row["words"] == " ".join(quote["text"].split())
        named = quote["speaker"] or f"Unnamed ({quote['mention']})"  # as answers show them
        assert row["speaker"] == named and row["kind"] == quote["kind"]
        assert row["headline"] == quote["article"]["title"]
        assert row["url"] == quote["article"]["url"] and row["source"] == quote["article"]["source"]
        assert row["date"] == quote["article"]["published"][:10]
    delgado = [r for r in rows if r["speaker"] == "Maria Delgado"]
    assert delgado and delgado[0]["title"] == "Senator"
    assert any("," in r["words"] for r in rows)  # commas inside a cell survive the round trip
    cut = invoke("--db", db, "ask", question, "--csv", "--limit", "2")
    assert len(list(csv.DictReader(io.StringIO(cut.output, newline="")))) == 2
    both = invoke("--db", db, "ask", question, "--csv", "--json")
    assert both.exit_code == 2 and "--json" in both.output


def test_csv_cells_never_start_a_formula() -> None:
    article = ArticleRef(1, '=HYPERLINK("https://evil.example")', None, None, "@source")
    quote = QuoteView(1, "+Plus", None, None, None, "direct", None, "-1 is what we got", 0, 9, 0,
                      article)  # fmt: skip
    answer = Answer("q", "keyword", None, None, "", quotes=[quote])
    row = next(csv.DictReader(io.StringIO(to_csv(answer), newline="")))
    assert row["headline"] == '\'=HYPERLINK("https://evil.example")'
    assert (row["speaker"], row["source"], row["words"]) == (
        "'+Plus",
        "'@source",
        "'-1 is what we got",
    )


def test_publisher_aliases_are_data() -> None:
    groups = alias_groups()
    assert groups[key("NYT")] == groups[key("The New York Times")]
    stored = ["The New York Times", "nyt", "Politico", "Coast Gazette"]
    assert sources_named("the nyt", stored) == ["The New York Times", "nyt"]
    assert sources_named("New York Times", stored) == ["The New York Times", "nyt"]
    assert sources_named("the Coast Gazette", stored) == ["Coast Gazette"]  # not in the table
    assert sources_named("Halden", stored) == []
    assert sources_named("wash-post", ["The Washington Post"]) == ["The Washington Post"]


def test_title_short_forms_are_data_and_stand_for_title_words() -> None:
    table = abbreviations()
    assert table["gov"] == "governor" and table["sen"] == "senator"
    assert all(is_title_word(full) or full in rank_heads() for full in table.values())
