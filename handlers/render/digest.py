"""A digest as Slack messages: a headline message for the channel (how many new articles
and quotes, who is quoted), and the details in its thread: the quotes grouped by speaker (laid
out as answers are, each linking to its article), people newly in the news, and links to the
new articles. A digest whose details fit in one message is posted as that one message. Every
message stays within Block Kit's limits; all text is escaped."""

from __future__ import annotations

from dataclasses import dataclass

from ask.digest import Digest
from handlers.render.answers import Block, Message, answer_pages, context, section
from handlers.render.limits import MAX_BLOCKS_MESSAGE, MAX_FALLBACK_TEXT, SECTION_CHUNK
from handlers.render.mrkdwn import escape, link, truncate

MAX_THREAD_MESSAGES = 6
SINGLE_MESSAGE_BLOCKS = MAX_BLOCKS_MESSAGE  # a digest this small is posted as one message
MAX_HEADLINE_NAMES = 5
HEADER = "News digest"


@dataclass
class DigestMessages:
    """The headline message and the replies posted in its thread."""

    headline: Message
    thread: list[Message]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _names(names: list[str]) -> str:
    shown = [f"*{escape(n)}*" for n in names[:MAX_HEADLINE_NAMES]]
    rest = len(names) - len(shown)
    if rest > 0:
        return ", ".join(shown) + f" and {_plural(rest, 'other')}"
    if len(shown) > 1:
        return ", ".join(shown[:-1]) + " and " + shown[-1]
    return "".join(shown)


def summary_line(digest: Digest) -> str:
    """ "*3 new articles* · *12 new quotes* from *Najib Mikati*, ..." (mrkdwn, escaped)."""
    if digest.empty:
        return "Nothing new since the last digest."
    parts = [f"*{_plural(digest.article_count, 'new article')}*"]
    if digest.quote_count:
        quotes = f"*{_plural(digest.quote_count, 'new quote')}*"
        names = digest.speakers
        parts.append(quotes + (f" from {_names(names)}" if names else ""))
    else:
        parts.append("no new quotes")
    line = " \u00b7 ".join(parts)
    if digest.topic:
        line = f"About *{escape(digest.topic)}*: " + line
    return line


def _fallback(digest: Digest) -> str:
    text = f"{HEADER}: "
    if digest.empty:
        text += "nothing new since the last digest"
    else:
        text += f"{_plural(digest.article_count, 'new article')}, "
        text += _plural(digest.quote_count, "new quote")
        if digest.speakers:
            text += " from " + ", ".join(digest.speakers[:MAX_HEADLINE_NAMES])
    if digest.topic:
        text += f" (about {digest.topic})"
    return truncate(escape(text), MAX_FALLBACK_TEXT)


def headline_blocks(digest: Digest, meta: str, threaded: bool) -> list[Block]:
    """The headline message's blocks; `meta` is a line about the subscription (escaped
    here)."""
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": HEADER}},
        section(truncate(summary_line(digest), SECTION_CHUNK)),
    ]
    notes = [escape(meta)] if meta else []
    if threaded:
        notes.append("Quotes, people and links are in the thread.")
    if notes:
        blocks.append(context(truncate(" \u00b7 ".join(notes), SECTION_CHUNK)))
    return blocks


def _people_and_links(digest: Digest) -> list[Block]:
    blocks: list[Block] = []
    if digest.new_people:
        lines = ["*Newly in the news*"]
        for person in digest.new_people:
            role = ", ".join(p for p in (person.get("title"), person.get("org")) if p)
            line = f"\u2022 *{escape(person['name'])}*" + (
                f" \u2014 {escape(role)}" if role else ""
            )
            lines.append(line)
        blocks.append(section(truncate("\n".join(lines), SECTION_CHUNK)))
    if digest.articles:
        lines = []
        for article in digest.articles:
            source = f" \u00b7 {escape(article.source)}" if article.source else ""
            lines.append("\u2022 " + link(article.url, article.title) + source)
        more = digest.article_count - len(digest.articles)
        if more > 0:
            lines.append(f"_and {_plural(more, 'more article')}_")
        text = "*New articles*\n" + "\n".join(lines)
        blocks.extend(section(piece) for piece in _line_chunks(text))
    return blocks


def _line_chunks(text: str) -> list[str]:
    """Text of already-escaped lines split into sections, never inside a line (a link)."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        if len(line) > SECTION_CHUNK:
            line = truncate(line, SECTION_CHUNK)
        if current and len(current) + 1 + len(line) > SECTION_CHUNK:
            pieces.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        pieces.append(current)
    return pieces


def thread_messages(digest: Digest) -> list[Message]:
    """The replies under the headline: pages of quotes, then people and links."""
    messages: list[Message] = []
    pages = answer_pages(digest.answer()) if digest.quotes else []
    room = MAX_THREAD_MESSAGES - 1
    for index, page in enumerate(pages[:room]):
        title = "*New quotes*" + (f" ({index + 1} of {len(pages)})" if len(pages) > 1 else "")
        blocks = [section(title), *page]
        messages.append(Message(f"New quotes ({index + 1} of {len(pages)})", blocks))
    hidden = digest.quote_count - sum(
        1 for page in pages[:room] for block in page if block["type"] == "context"
    )
    if messages and hidden > 0:
        note = (
            f"_and {_plural(hidden, 'more quote')}: ask me with `/whosaid` or `/brief` for "
            "the rest_"
        )
        messages[-1].blocks.append(context(note))
    tail = _people_and_links(digest)
    if tail and messages and len(messages[-1].blocks) + len(tail) < MAX_BLOCKS_MESSAGE:
        messages[-1].blocks.extend(tail)  # one reply fewer when it all fits
    elif tail:
        messages.append(Message("People and links in this digest", tail))
    for message in messages:
        message.blocks = message.blocks[:MAX_BLOCKS_MESSAGE]
    return messages


def digest_messages(digest: Digest, meta: str = "") -> DigestMessages:
    """A digest as a headline message and its thread replies. A digest small enough for one
    message is posted whole, with no thread: the channel gets one message per digest."""
    thread = [] if digest.empty else thread_messages(digest)
    if len(thread) == 1:
        blocks = headline_blocks(digest, meta, False)
        if len(blocks) + 1 + len(thread[0].blocks) <= SINGLE_MESSAGE_BLOCKS:
            whole = [*blocks, {"type": "divider"}, *thread[0].blocks]
            return DigestMessages(Message(_fallback(digest), whole), [])
    return DigestMessages(
        Message(_fallback(digest), headline_blocks(digest, meta, bool(thread))), thread
    )


def preview_message(digest: Digest, meta: str = "") -> Message:
    """One ephemeral message showing what the next digest would post (nothing is posted)."""
    messages = digest_messages(digest, meta)
    blocks = list(messages.headline.blocks)
    if blocks and blocks[-1]["type"] == "context":
        blocks.pop()
    notes = [escape(meta)] if meta else []
    notes.append("Preview: only you can see this; nothing was posted.")
    blocks.append(context(truncate(" \u00b7 ".join(notes), SECTION_CHUNK)))
    room = MAX_BLOCKS_MESSAGE - 1  # one block kept for the note that more would follow
    for reply in messages.thread:
        if len(blocks) + 1 + len(reply.blocks) > room:
            fits = room - len(blocks) - 1
            if fits > 1:
                blocks.append({"type": "divider"})
                blocks.extend(reply.blocks[:fits])
            blocks.append(context("_The rest would follow in the thread._"))
            break
        blocks.append({"type": "divider"})
        blocks.extend(reply.blocks)
    return Message("Preview: " + messages.headline.text, blocks[:MAX_BLOCKS_MESSAGE])
