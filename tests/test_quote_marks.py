"""Quotation regions in raw text."""

from __future__ import annotations

import pytest

from extract.quote_marks import find_regions, quote_text


def texts(text: str) -> list[str]:
    return [quote_text(text, r)[0] for r in find_regions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "yes, we will," and left.', ["yes, we will"]),
        ("\u201cFirst,\u201d she said. \u201cSecond.\u201d", ["First", "Second."]),
        ("\u201cI said, \u2018no\u2019 to him,\u201d he said.", ["I said, \u2018no\u2019 to him"]),
        ("No quotes here at all.", []),
        ("Guillemets \u00abbonjour tout le monde\u00bb here.", ["bonjour tout le monde"]),
        ('A 5" pipe and "a quote here" too.', ["a quote here"]),
        # an opening mark typed where the closing one belongs closes the quote
        (
            "\u201cNot this year,\u201c said Alma Reyes. \u201cMaybe next.\u201d",
            ["Not this year", "Maybe next."],
        ),
    ],
)
def test_regions(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_multi_paragraph_quote_continues() -> None:
    text = "He said:\n\n\u201cOne paragraph.\n\n\u201cAnother paragraph.\u201d"
    regions = find_regions(text)
    assert [quote_text(text, r)[0] for r in regions] == ["One paragraph.", "Another paragraph."]
    assert not regions[0].closed
    assert regions[1].continues == regions[0].index


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "She said \u201cthis never closes.\n\nNext paragraph is narration."
    regions = find_regions(text)
    assert len(regions) == 1
    assert quote_text(text, regions[0])[0] == "this never closes."
    assert regions[0].continues is None


def test_offsets_point_into_the_text() -> None:
    text = "Intro. \u201cQuoted words,\u201d X said."
    (region,) = find_regions(text)
    words, start, end = quote_text(text, region)
    assert text[start:end] == words == "Quoted words"


def test_new_york_times_two_apostrophes() -> None:
    text = "''We are done here,'' said Mr. Smith, and ''that is final.''"
    assert texts(text) == ["We are done here", "that is final."]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"Oz has a bully pulpit,\u201d said David Gorski.', ["Oz has a bully pulpit"]),
        ('\u201cImmunity deals are wrong," Chaffetz said.', ["Immunity deals are wrong"]),
    ],
)
def test_mixed_straight_and_curly_marks(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_curly_quotes_nested_in_a_straight_quote_stay_inside() -> None:
    text = '"I will read you the question: \u201cDo you agree?\u201d Most said no," he said.'
    assert texts(text) == ["I will read you the question: \u201cDo you agree?\u201d Most said no"]


def test_a_paragraph_quoted_in_single_marks_among_double_ones_is_read() -> None:
    text = (
        "\u201cWe will appeal,\u201d the council said.\n"
        "\u2018I got here at five,\u2019 said Ana Reyes. \u2018It\u2019s like queueing for "
        "tickets, except the prize is a check-up.\u2019\n"
        "The council\u2019s \u2018consultation\u2019 ran for a week."
    )
    quoted = [text[r.start : r.end] for r in find_regions(text)]
    assert quoted == [
        "We will appeal,",
        "I got here at five,",
        "It\u2019s like queueing for tickets, except the prize is a check-up.",
    ]  # a paragraph not opening with a single mark keeps its single marks unread


def test_a_quotation_in_single_marks_after_the_paragraphs_opening_is_read() -> None:
    # "Eileen Dowd ... said ... 'If they mean it, put it in writing,' she said." among
    # paragraphs quoted in double marks; a word in scare quotes stays unread
    text = (
        "\u201cWe are happy to talk,\u201d the company said.\n"
        "Eileen Dowd, the club\u2019s president, said that was new. \u2018If they mean it, put "
        "it in writing,\u2019 she said. \u2018We\u2019ve had enough warm words.\u2019\n"
        "The firm\u2019s \u2018offer\u2019 was made by letter."
    )
    quoted = [text[r.start : r.end] for r in find_regions(text)]
    assert quoted == [
        "We are happy to talk,",
        "If they mean it, put it in writing,",
        "We\u2019ve had enough warm words.",
    ]


def test_straight_single_marks_quote_where_they_close_after_punctuation() -> None:
    # "Asked about Mr Hale's worries, she said: 'I understand ... a cup of tea.'" among
    # paragraphs quoted in double marks; straight marks that close on no punctuation (a
    # word in scare quotes, rock 'n' roll) stay unread, and so do apostrophes
    text = (
        "\u201cWe are ready,\u201d the shelter said.\n"
        "Asked about Mr Hale's worries, she said: 'I understand that people are nervous. "
        "The best answer I have is to invite them in for a cup of tea.'\n"
        "The band's 'rock 'n' roll night' was a sell-out, and the 'consultation' ran late."
    )
    quoted = [text[r.start : r.end] for r in find_regions(text)]
    assert quoted == [
        "We are ready,",
        "I understand that people are nervous. The best answer I have is to invite them in "
        "for a cup of tea.",
    ]
