"""A quotation with no cue of its own goes on with the last speaker (fictional examples):
"Ann Roe, who chairs the society, said members would leave. "Some have been here forty
years."" and, a paragraph later, "The treasurer, Ben Ode, argued that the parish was broke." /
""We raised £6,000 at the fete.""

Rule: news writing gives a person's words first in the reporter's voice (indirect speech,
"according to X", a colon, a quotation a cue credits) and then goes on in quotation marks
without a new cue. A quotation that is a whole sentence is the speaker's of the sentence right
before it in its paragraph when that sentence is one speaker's statement with no quotation in
it; a paragraph that is only a quotation goes on with the speaker of the quotation that ends
the paragraph before it (a chain of quotation paragraphs goes on too). Another speaker, a new
cue, or a sentence of narration between stops it: a quotation after narration that states no
one's words is no one's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extract.speech_state import Attribution

if TYPE_CHECKING:
    from extract.neighbours import QuoteNeighbours
    from extract.quote_marks import QuoteRegion

# Subject pronouns that stand for a person already named.
_PERSONAL = {"he", "she"}
# Marks that end a sentence.
_ENDS = ".!?"
# What may stand around a quotation that is a paragraph of its own.
_FRAMING_MARKS = " .,;:!?\"'\u201c\u201d\u2018\u2019\u2014\u2013-"


def continued_speaker(
    finder: QuoteNeighbours, region: QuoteRegion, owner: dict[int, Attribution]
) -> Attribution | None:
    """The attribution a cue-less quotation goes on with (module rule), or None."""
    if not finder.region_tokens[region.index] or finder.is_partial(region):
        return None
    return (
        _after_statement(finder, region)
        or _after_quotation_paragraph(finder, region, owner)
        or _after_statement_paragraph(finder, region)
        or _after_introduction(finder, region)
    )


def _after_statement(finder: QuoteNeighbours, region: QuoteRegion) -> Attribution | None:
    """A whole-sentence quotation right after a sentence of its paragraph that is one
    speaker's statement: "X said the parish could not afford it. "We raised ..."" """
    if not finder._opens_sentence(region):
        return None
    k = finder.region_tokens[region.index][0].i - 1
    while k >= 0 and (finder.doc[k].is_space or finder.doc[k].is_punct):
        if "\n" in finder.doc[k].text:
            return None
        k -= 1
    if k < 0 or finder.paragraph_of[k] != region.paragraph or finder.quoted(finder.doc[k]):
        return None
    return statement_of(finder, finder.index.sent(finder.doc[k]))


def statement_of(finder: QuoteNeighbours, sentence: Span) -> Attribution | None:
    """The one speaker's statement a sentence is ("Roe said the plan was dead.", "Roe, who
    founded it, believes it is dead.", "According to Roe, the plan is dead."), when it holds
    no quotation; None for narration or several speakers."""
    tokens = list(sentence)
    if not tokens or any(finder.quoted(t) for t in tokens if t.is_alpha):
        return None
    keys = finder._framing_in(tokens[0].i, tokens[-1].i + 1)
    main = [k for k in keys if _states(finder.by_cue[k])]
    if len(main) != 1:
        return None
    found = finder.by_cue[main[0]]
    subject = found.subject
    if subject is None or not found.content:
        return None
    if subject.pos_ == "PRON" and subject.lower_ not in _PERSONAL:
        return None
    return found


def _states(attribution: Attribution) -> bool:
    """A cue that is its sentence's own statement: the root, a verb coordinated with it,
    or "according to" modifying the root's clause."""
    cue = attribution.cue
    if cue is None:
        return False
    if attribution.cue_text == "according to":
        return cue.head.dep_ == "ROOT"
    return cue.dep_ == "ROOT" or (cue.dep_ == "conj" and cue.head.dep_ == "ROOT")


def _after_quotation_paragraph(
    finder: QuoteNeighbours, region: QuoteRegion, owner: dict[int, Attribution]
) -> Attribution | None:
    """A paragraph that is only a quotation, right after a paragraph whose last sentence
    holds a quotation somebody owns ("..." said Roe. / "..." and Roe was blunt: "..." /
    a quotation paragraph that itself went on with Roe): the same speaker goes on."""
    if region.index == 0 or region.paragraph == 0 or not _whole_paragraph(finder, region):
        return None
    previous = finder.regions[region.index - 1]
    found = owner.get(previous.index)
    if found is None or found.subject is None or previous.paragraph != region.paragraph - 1:
        return None
    if _straight(finder.text[previous.open]) != _straight(finder.text[region.open]):
        return None  # '"Here she is," she said.' then a straight-quoted block of another text
    tail = finder.text[previous.outer_end : finder.paragraphs[previous.paragraph][1]].strip()
    if any(mark in tail.rstrip(_FRAMING_MARKS) for mark in _ENDS):
        return None  # narration after the quotation: someone else may be next
    if tail.strip(_FRAMING_MARKS) and not _credits(found, previous):
        return None
    return found


def _after_statement_paragraph(finder: QuoteNeighbours, region: QuoteRegion) -> Attribution | None:
    """A paragraph that is only a quotation, right after a paragraph that ends on one
    speaker's statement ("According to the councillor, Ben Ode, nobody was asked." /
    ""I found out from a notice."")."""
    if region.paragraph == 0 or not _whole_paragraph(finder, region):
        return None
    start, end = finder.paragraphs[region.paragraph - 1]
    words = [t for t in finder.index.tokens_in(start, end) if not t.is_space]
    if not words:
        return None
    return statement_of(finder, finder.index.sent(words[-1]))


def _after_introduction(finder: QuoteNeighbours, region: QuoteRegion) -> Attribution | None:
    """A paragraph that is only a quotation, right after a paragraph that introduces a person
    not named before, with no words of theirs ("Alf Roe, 83, has lived on the terrace since
    1961." / ""My late wife used to say the road was hollow.""): the newcomer's words."""
    if region.paragraph == 0 or not _whole_paragraph(finder, region):
        return None
    start, end = finder.paragraphs[region.paragraph - 1]
    words = [t for t in finder.index.tokens_in(start, end) if not t.is_space]
    if not words:
        return None
    sentence = finder.index.sent(words[-1])
    if any(finder.quoted(t) for t in sentence) or finder._framing_in(sentence.start, sentence.end):
        return None
    subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PERSON" or subject.pos_ != "PROPN":
        return None
    if subject.text in finder.text[: sentence.start_char]:
        return None  # someone already in the story: not an introduction
    key = subject.i
    if key not in finder.by_cue:
        finder.add_cue(key, Attribution(cue=None, cue_text="", subject=subject))
    return finder.by_cue[key]


def _straight(mark: str) -> bool:
    return mark in "\"'"


def _whole_paragraph(finder: QuoteNeighbours, region: QuoteRegion) -> bool:
    start, end = finder.paragraphs[region.paragraph]
    before = finder.text[start : region.open].strip()
    after = finder.text[region.outer_end : end].strip(_FRAMING_MARKS)
    return not before and not after


def _credits(found: Attribution, previous: QuoteRegion) -> bool:
    """Whether the words after a quotation are its cue's ('"...," said Roe, a nurse.')."""
    cue: Token | None = found.cue
    return cue is not None and cue.idx >= previous.outer_end
