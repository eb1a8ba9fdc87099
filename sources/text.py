"""Text clean-up shared by every source: decoding, paragraphs, repeats, size caps, hashes."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from sources.model import RawArticle, SourceError

PARAGRAPH_SEP = "\n\n"
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SNIFF_BYTES = 8192


def decode_bytes(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode a file's bytes as text; refuse empty and binary files with a reason.

    UTF-8 (with or without BOM) is expected; other 8-bit files are read as Windows-1252 (a
    superset of Latin-1 for printable text) and a warning says so.
    """
    if not data.strip():
        raise SourceError("empty file")
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head or _binary_ratio(head) > 0.10:
        raise SourceError("binary file, not text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return text, [f"{name}: not UTF-8; read as Windows-1252/Latin-1"]


def _binary_ratio(head: bytes) -> float:
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(1, len(head))


def clean_line(line: str) -> str:
    """One paragraph: NFC, no control characters, single spaces, trimmed."""
    line = unicodedata.normalize("NFC", line)
    line = _CONTROL.sub("", line)
    return _SPACES.sub(" ", line).strip()


def clean_paragraphs(paragraphs: list[str]) -> list[str]:
    """Cleaned, non-empty paragraphs with exact repeats (a paragraph printed twice) removed;
    an over-long paragraph (a whole article on one line) split at sentence ends."""
    seen: set[str] = set()
    kept: list[str] = []
    for raw in paragraphs:
        para = clean_line(raw)
        key = para.casefold()
        if not para or key in seen:
            continue
        seen.add(key)
        kept.extend(split_long_paragraph(para))
    return kept


LONG_PARAGRAPH_CHARS = 2_000  # longer than any paragraph a newsroom writes
PARAGRAPH_TARGET_CHARS = 800
# A sentence end: a stop (and closing quotes or brackets), a space, then a capital or an
# opening quote.
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]* (?=[\"'\u201c\u2018(]?[A-Z0-9])")


def _abbreviation(word: str) -> bool:
    """A capitalised word of at most three letters ("Mr", "Gen") or initials ("U.S")."""
    word = word.lstrip("\"'\u201c\u2018(")
    return (word[:1].isupper() and len(word) <= 3 and word.isalpha()) or (
        "." in word and len(word.replace(".", "")) <= 3
    )


def split_long_paragraph(para: str) -> list[str]:
    """A paragraph over LONG_PARAGRAPH_CHARS cut at sentence ends into paragraphs of about
    PARAGRAPH_TARGET_CHARS (a text with no sentence ends stays whole)."""
    if len(para) <= LONG_PARAGRAPH_CHARS:
        return [para]
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(para):
        if match.end() - start < PARAGRAPH_TARGET_CHARS:
            continue
        word = para[para.rfind(" ", start, match.start()) + 1 : match.start()]
        if not _abbreviation(word):
            pieces.append(para[start : match.end()].strip())
            start = match.end()
    pieces.append(para[start:].strip())
    return [p for p in pieces if p]


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a body: blank lines separate them; single newlines do too."""
    return [p for p in re.split(r"\n", text.replace("\r\n", "\n").replace("\r", "\n")) if p.strip()]


def build_body(standfirst: str, paragraphs: list[str]) -> str:
    """The stored body: the standfirst leads unless the first paragraph already repeats it."""
    paras = clean_paragraphs(paragraphs)
    standfirst = clean_line(standfirst)
    if standfirst and not any(_norm(p).startswith(_norm(standfirst)) for p in paras[:2]):
        paras.insert(0, standfirst)
    return PARAGRAPH_SEP.join(paras)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def cap_length(article: RawArticle, max_chars: int) -> RawArticle:
    """Cut an over-long body at the last paragraph break before `max_chars`, with a warning."""
    if len(article.body) <= max_chars:
        return article
    cut = article.body.rfind(PARAGRAPH_SEP, 0, max_chars)
    if cut < max_chars // 2:
        cut = article.body.rfind(" ", 0, max_chars)
    if cut <= 0:
        cut = max_chars
    original = len(article.body)
    article.body = article.body[:cut].rstrip()
    article.truncated = True
    article.warnings.append(
        f"{article.origin}: article is {original:,} characters; "
        f"stored the first {len(article.body):,} (NEWSBRIEF_MAX_ARTICLE_CHARS)"
    )
    return article


def content_hash(body: str) -> str:
    """A hash of the body's words, blind to case, spacing, punctuation and quote styles."""
    return hashlib.sha256(_norm(body).encode("utf-8")).hexdigest()


def require_words(text: str, what: str, minimum: int = 10) -> None:
    """Refuse texts too short to be an article."""
    if len(re.findall(r"\w+", text)) < minimum:
        raise SourceError(f"{what} has no article text (fewer than {minimum} words)")
