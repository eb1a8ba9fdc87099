"""A page's publication date is read from its markup when the markup declares one: a
`<time>` element, `datePublished`, `article:published_time`, or a meta name for it ("date",
"published", "pubdate"); a copyright year alone is no date (sources/html.py)."""

from __future__ import annotations

import pytest

from sources.html import parse_html

BODY = (
    "<article><h1>Charity offers lifeline to Larkfield Hub</h1>"
    "<p>A youth charity has offered money to keep the Larkfield Hub open for another year, "
    "on condition that the borough council keeps part of its grant.</p>"
    "<p>Its chief executive said the offer was a bridge, not a rescue, for the young people "
    "who use the hub every week.</p></article>"
)


@pytest.mark.parametrize("name", ["published", "date", "pubdate"])
def test_a_meta_name_for_the_date_dates_the_page(name: str) -> None:
    html = (
        f'<html><head><meta name="{name}" content="2026-11-30T15:45:00+00:00"></head>'
        f"<body>{BODY}</body></html>"
    )
    assert (parse_html(html, "page.html").published or "").startswith("2026-11-30")


def test_a_copyright_year_is_no_date() -> None:
    html = f"<html><body>{BODY}<footer>© 2026 Brenton Vale Observer</footer></body></html>"
    assert parse_html(html, "page.html").published is None
