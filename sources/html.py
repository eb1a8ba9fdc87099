"""HTML pages: the article's text only, through trafilatura (no navigation, promos or footer).

Before trafilatura sees a page, the parts every site uses for boilerplate are cut out: nav,
footer, aside and form elements, landmark roles (navigation, banner, contentinfo,
complementary), and blocks whose class or id names a footer, promo, newsletter, sidebar,
share bar, testimonial and the like. A block holding the article itself (an article or main
element, the headline) is never cut, whatever its class says.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from sources.datelines import dateline_date, lead_date
from sources.dates import normalise_date
from sources.html_repeats import drop_repeats
from sources.model import RawArticle, SourceError
from sources.text import build_body, clean_line, require_words

_TITLE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014-]{2,60}$")


def parse_html(html: str, origin: str, url: str | None = None) -> RawArticle:
    """The article in an HTML page; raises SourceError when the page holds no article."""
    import trafilatura  # heavy import, only when a page is read

    if not html.strip():
        raise SourceError("empty page")
    depth = nesting_depth(html)
    if depth > MAX_DEPTH:
        html = _flatten(html)
    try:
        document = trafilatura.bare_extraction(
            _without_boilerplate(html),
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise SourceError(f"could not read the HTML page ({type(exc).__name__})") from None
    fields = _fields(document)
    if not fields.get("text"):
        if depth > MAX_DEPTH:
            raise SourceError(
                f"the HTML page is too deeply nested ({depth:,} levels; "
                f"its text could not be read even with its containers flattened)"
            )
        raise SourceError("no article text found in the HTML page")
    title = clean_line(fields.get("title") or "")
    title = _TITLE_SUFFIX.sub("", title) if title else ""
    paragraphs = [p for p in str(fields["text"]).split("\n") if p.strip()]
    if paragraphs and title and clean_line(paragraphs[0]).casefold() == title.casefold():
        paragraphs = paragraphs[1:]
    body = build_body("", paragraphs)
    require_words(body, "the HTML page", minimum=15)
    if not title:
        title = body.split("\n", 1)[0][:120]
    notes = [f"{origin}: HTML nested {depth:,} levels deep; read with its containers flattened"]
    return RawArticle(
        title=title,
        body=body,
        warnings=notes if depth > MAX_DEPTH else [],
        url=url or fields.get("url"),
        source=fields.get("sitename"),
        author=clean_line(str(fields.get("author") or "")) or None,
        published=(
            normalise_date(fields.get("date"))
            if _has_date_markup(html)
            else dateline_date(body) or lead_date(body)
        ),
        origin=origin,
    )


# libxml2 stops reading below 256 levels of elements; deeper pages are flattened first.
MAX_DEPTH = 250
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")
_VOID = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr")
)  # fmt: skip
_CONTAINER_TAGS = re.compile(
    r"</?(?:div|span|section|font|center|b|i|em|strong|small|big|u)\b[^>]*>", re.I
)


def nesting_depth(html: str) -> int:
    """How deeply the page's elements nest (void elements and self-closed tags aside)."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closed = match.groups()
        if self_closed or name.lower() in _VOID:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _flatten(html: str) -> str:
    """The page without its layout and inline containers (the paragraphs remain)."""
    return _CONTAINER_TAGS.sub(" ", html)


def _fields(document: object) -> dict[str, Any]:
    """trafilatura returns a Document (or, in some versions, a dict); read either."""
    if document is None:
        return {}
    if isinstance(document, dict):
        return document
    keys = ("text", "title", "url", "sitename", "date", "author")
    return {key: getattr(document, key, None) for key in keys}


def _has_date_markup(html: str) -> bool:
    """Trust a page's date only when its markup declares one (not a copyright year)."""
    return bool(
        re.search(
            r"<time[\s>]|datePublished|article:published_time|"
            r"name=[\"'](?:date[\w:.-]*|published|pubdate|publish[-_]?date|publication[-_]date)[\"']",
            html,
            re.I,
        )
    )


_CUT_TAGS = ("nav", "footer", "aside", "form", "noscript", "template", "dialog")
_CUT_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"}
)
_CUT_WORDS = frozenset(
    [
        "footer",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "breadcrumb",
        "breadcrumbs",
        "promo",
        "promos",
        "promotion",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "sidebar",
        "related",
        "recommended",
        "share",
        "sharing",
        "social",
        "advert",
        "advertisement",
        "ad",
        "ads",
        "sponsored",
        "cookie",
        "cookies",
        "consent",
        "banner",
        "testimonial",
        "testimonials",
        "reviews",
        "ticker",
        "popup",
        "modal",
        "outbrain",
        "taboola",
        "masthead",
        "copyright",
    ]
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_KEEP_TAGS = ("html", "body", "head", "article", "main", "h1")
_WORDS = re.compile(r"[a-z]+")


def _without_boilerplate(html: str) -> Any:
    """The page as an lxml tree with navigation, promos and footers removed (or the text,
    unchanged, when it cannot be parsed)."""
    try:
        tree = lxml_html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (etree.ParserError, ValueError):
        return html
    doomed = [el for el in tree.iter() if isinstance(el.tag, str) and _is_boilerplate(el)]
    doomed.extend(_copyright_blocks(tree))
    for element in doomed:
        parent = element.getparent()
        if parent is None or _holds_article(element):
            continue
        element.drop_tree()
    drop_repeats(tree)
    return tree


_COPYRIGHT = re.compile(r"\u00a9|&copy;|\(c\)\s*\d{4}|all rights reserved", re.I)
_CONTAINERS = ("div", "section", "ul", "table", "center")


def _copyright_blocks(tree: Any) -> list[Any]:
    """An unmarked site footer: the block around a copyright line, when that block is small
    beside the page and does not hold the article."""
    body = tree.find("body")
    if body is None:
        return []
    total = len(body.text_content())
    found = []
    for element in body.iter("p", "div", "span", "small", "li", "td"):
        own = "".join(element.xpath("text()"))
        if not _COPYRIGHT.search(own):
            continue
        block = element
        for ancestor in element.iterancestors():
            if ancestor.tag not in _CONTAINERS:
                continue
            if _holds_article(ancestor) or len(ancestor.text_content()) > 0.3 * total:
                break
            block = ancestor
            break
        found.append(block)
    return found


def _is_boilerplate(element: Any) -> bool:
    tag = element.tag.lower()
    if tag in _KEEP_TAGS:
        return False
    if tag in _CUT_TAGS:
        return True
    role = (element.get("role") or "").strip().lower()
    if role in _CUT_ROLES:
        return True
    if tag == "header" and element.getparent() is not None and not _inside_article(element):
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return any(word in _CUT_WORDS for word in _WORDS.findall(names))


def _inside_article(element: Any) -> bool:
    return any(a.tag in ("article", "main") for a in element.iterancestors() if a.tag)


def _holds_article(element: Any) -> bool:
    """True when cutting this element would cut the article (a layout wrapper)."""
    return any(True for _ in element.iter("article", "main", "h1"))


_BLOCKS = re.compile(
    r"<\s*(?:br|/p|/div|/h[1-6]|/li|/blockquote|/tr|/section|/article)\b[^>]*>", re.I
)


def fragment_paragraphs(fragment: str) -> list[str]:
    """The paragraphs of an HTML fragment (a feed entry's content), as plain text."""
    if not fragment.strip():
        return []
    marked = _BLOCKS.sub(lambda m: m.group(0) + "\n", fragment)
    try:
        root = lxml_html.fragment_fromstring(marked, create_parent="div")
    except (etree.ParserError, ValueError):
        return [clean_line(line) for line in fragment.splitlines() if clean_line(line)]
    for bad in root.xpath("//script|//style|//figure|//figcaption|//iframe"):
        bad.drop_tree()
    text = root.text_content()
    return [clean_line(line) for line in text.split("\n") if clean_line(line)]
