"""Answers and command replies as Slack messages: Block Kit pages within Slack's limits.

An answer is laid out as speakers with their quotes, each quote linking to its article.
Pages hold at most PAGE_QUOTES quotes and PAGE_BLOCK_BUDGET blocks, so no message passes
50 blocks, and no section passes 3,000 characters (long quotes are split over sections).
Rendering reads only the answer's public fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ask.answer import Answer, QuoteView, SpeakerGroup
from ask.people_news import PEOPLE
from ask.present import more_line, segments
from handlers.render.corrections import correction_menu
from handlers.render.limits import (
    MAX_FALLBACK_TEXT,
    PAGE_BLOCK_BUDGET,
    PAGE_CHAR_BUDGET,
    PAGE_QUOTES,
    SECTION_CHUNK,
)
from handlers.render.mrkdwn import chunks, escape, link, truncate
from handlers.render.paging import Origin

Block = dict[str, Any]

MORE_ACTION = "newsbrief_more"
SHARE_ACTION = "newsbrief_share"
CSV_ACTION = "newsbrief_csv"
MAX_QUOTE_SECTIONS = 3


@dataclass
class Message:
    """A message ready for chat.postMessage or a response_url: fallback text and blocks."""

    text: str
    blocks: list[Block] = field(default_factory=list)

    def payload(self) -> dict[str, Any]:
        """Keyword arguments for the Web API or `respond()`."""
        return {"text": self.text, "blocks": self.blocks}


def section(text: str) -> Block:
    """A mrkdwn section (text already escaped, at most 3,000 characters)."""
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def context(*texts: str) -> Block:
    """A context block of mrkdwn elements (already escaped; at most 10)."""
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": t} for t in texts[:10]]}


def text_sections(text: str) -> list[Block]:
    """Escaped text as as many sections as it needs."""
    return [section(piece) for piece in chunks(escape(text))]


def text_message(text: str) -> Message:
    """A plain reply (help, status, usage) as a message."""
    return Message(truncate(escape(text), MAX_FALLBACK_TEXT), text_sections(text))


def _role(title: str | None, org: str | None) -> str:
    return ", ".join(p for p in (title, org) if p)


def _speaker_header(group: SpeakerGroup, continued: bool) -> Block:
    line = f"*{escape(group.speaker)}*"
    role = _role(group.title, group.org)
    if role:
        line += f" \u2014 {escape(role)}"
    if continued:
        line += " _(continued)_"
    return section(truncate(line, SECTION_CHUNK))


def _marked(quote: QuoteView) -> str:
    """The statement's words, escaped, the quoted words in bold within reported words (a
    whole quotation is in quotation marks only)."""
    runs = segments(quote)
    whole = len([q for _, q in runs if q]) == 1 and len(runs) == 3 and runs[0][0] == "\u201c"
    out = []
    for words, quoted in runs:
        if quoted and not whole and words.strip():
            lead = words[: len(words) - len(words.lstrip())]
            tail = words[len(words.rstrip()) :]
            out.append(f"{escape(lead)}*{escape(words.strip())}*{escape(tail)}")
        else:
            out.append(escape(words))
    return "".join(out)


def _quote_blocks(quote: QuoteView) -> list[Block]:
    pieces = chunks(_marked(quote))
    if len(pieces) > MAX_QUOTE_SECTIONS:
        pieces = pieces[:MAX_QUOTE_SECTIONS]
        pieces[-1] = truncate(pieces[-1], SECTION_CHUNK - 60) + " _(shortened: see the article)_"
    article = quote.article
    source = [escape(p) for p in (article.source, (article.published or "")[:10]) if p]
    where = " \u00b7 ".join([f"_{escape(quote.kind)}_", link(article.url, article.title), *source])
    sections = [section(p) for p in pieces]
    if sections and quote.id > 0:  # "Wrong speaker" / "Not a quote" (handlers/corrections)
        sections[0]["accessory"] = correction_menu(quote.id)
    return [*sections, context(truncate(where, SECTION_CHUNK))]


def _chars(blocks: list[Block]) -> int:
    total = 0
    for block in blocks:
        if "text" in block:
            total += len(block["text"]["text"])
        for element in block.get("elements", []):
            total += len(element.get("text", "")) if isinstance(element.get("text"), str) else 0
    return total


def _profile_blocks(answer: Answer) -> list[Block]:
    profile = answer.profile or {}
    line = f"*{escape(profile.get('name'))}*"
    role = _role(profile.get("title"), profile.get("org"))
    if role:
        line += f" \u2014 {escape(role)}"
    articles = profile.get("articles") or []
    line += f"\nIn {len(articles)} article{'s' if len(articles) != 1 else ''} I have read."
    if profile.get("mentioned_with"):
        line += "\nMentioned with: " + escape(", ".join(profile["mentioned_with"]))
    return [section(truncate(line, SECTION_CHUNK))]


def _articles_block(answer: Answer) -> list[Block]:
    if not answer.articles:
        return []
    lines = ["*Latest articles*"]
    for article in answer.articles[:10]:
        lines.append("\u2022 " + link(article.url, article.title))
    return [section(truncate("\n".join(lines), SECTION_CHUNK))]


def _people_block(answer: Answer) -> list[Block]:
    """The people of the answer ("who's in the news"): name, role and how often quoted."""
    if not answer.people or answer.intent != PEOPLE:
        return []
    lines = ["*Most quoted*"]
    for person in answer.people[:15]:
        line = f"\u2022 *{escape(person.get('name'))}*"
        role = _role(person.get("title"), person.get("org"))
        if role:
            line += f" \u2014 {escape(role)}"
        if person.get("quotes"):
            count = int(person["quotes"])
            line += f" \u00b7 {count} quote{'s' if count != 1 else ''}"
        lines.append(line)
    return [section(p) for p in chunks("\n".join(lines))]


def _intro(answer: Answer) -> list[Block]:
    intro = [section(truncate(f"*{escape(answer.question)}*", SECTION_CHUNK))]
    quotes = len(answer.quotes)
    speakers = len([g for g in answer.groups if g.quotes])
    summary = f"Searched {escape(answer.searched)}" if answer.searched else ""
    if quotes:
        summary += f" \u00b7 {quotes} quote{'s' if quotes != 1 else ''}"
        if answer.more:
            summary += f" of {quotes + answer.more}"
        summary += f" from {speakers} speaker{'s' if speakers != 1 else ''}"
    if summary:
        intro.append(context(truncate(summary.lstrip(" \u00b7"), SECTION_CHUNK)))
    return intro


def answer_pages(answer: Answer) -> list[list[Block]]:
    """The answer's content split into pages of blocks (no buttons or page footer)."""
    first: list[Block] = []
    if answer.profile:
        first += _profile_blocks(answer)
    first += _articles_block(answer) + _people_block(answer)
    if answer.message:
        first += text_sections(answer.message)
    pages: list[list[Block]] = []
    page, quotes = list(first), 0
    for group in answer.groups:
        members = group.quotes
        for index, quote in enumerate(members):
            unit = _quote_blocks(quote)
            header = [] if index and page and quotes else [_speaker_header(group, index > 0)]
            full = (
                len(page) + len(header) + len(unit) > PAGE_BLOCK_BUDGET
                or quotes >= PAGE_QUOTES
                or _chars(page) + _chars(header + unit) > PAGE_CHAR_BUDGET
            )
            if full and quotes:
                pages.append(page)
                page, quotes = [], 0
                header = [_speaker_header(group, index > 0)]
            page += header + unit
            quotes += 1
    more = more_line(answer, "ask about a shorter time or a narrower topic to see them")
    if more and page:
        page.append(context(escape(more)))
    if page or not pages:
        pages.append(page)
    return pages


def _fallback(answer: Answer, page: int, total: int) -> str:
    names = [g.speaker for g in answer.groups if g.quotes]
    if names:
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        text = f"{answer.question}: {len(answer.quotes)} quotes from {shown}"
        if answer.more:
            text += f" ({answer.more} more)"
    else:
        text = f"{answer.question}: {answer.message or 'nothing found'}"
    if total > 1:
        text += f" (page {page} of {total})"
    return truncate(escape(text), MAX_FALLBACK_TEXT)


def _button(text: str, action_id: str, value: str, primary: bool = False) -> Block:
    button: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": text},
        "action_id": action_id,
        "value": value,
    }
    if primary:
        button["style"] = "primary"
    return button


def answer_message(
    answer: Answer,
    origin: Origin,
    page: int = 1,
    shareable: bool = False,
    shared_by: str | None = None,
) -> Message:
    """One page of an answer as a message: the intro, the page's quotes, a page footer and
    "More" / "Share in channel" / "Download CSV" buttons (CSV when it has quotes).
    `shared_by` is the Slack user id that shared it."""
    pages = answer_pages(answer)
    total = len(pages)
    page = min(max(page, 1), total)
    blocks: list[Block] = []
    if page == 1:
        blocks += _intro(answer)
    else:
        intro = f"*{escape(answer.question)}* (continued)"
        blocks.append(section(truncate(intro, SECTION_CHUNK)))
    blocks += pages[page - 1]
    footer = []
    if total > 1:
        footer.append(f"Page {page} of {total}")
    if shared_by:
        footer.append(f"Shared by <@{escape(shared_by)}>")
    if footer:
        blocks.append(context(" \u00b7 ".join(footer)))
    buttons = []
    if page < total and not shared_by:
        buttons.append(_button("More", MORE_ACTION, origin.value(page + 1)))
    if shareable and not shared_by:
        buttons.append(_button("Share in channel", SHARE_ACTION, origin.value(page), True))
    if answer.quotes and not shared_by:
        buttons.append(_button("Download CSV", CSV_ACTION, origin.value(page)))
    if buttons:
        blocks.append({"type": "actions", "elements": buttons})
    return Message(_fallback(answer, page, total), blocks)


def page_count(answer: Answer) -> int:
    """How many pages the answer takes."""
    return len(answer_pages(answer))
