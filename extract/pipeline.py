"""Extraction from parsed articles: entities, then quotation regions, cues and speakers."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.affiliation_facts import affiliation_facts
from extract.attribution import Attribution, Attributor
from extract.described_bodies import described_ties
from extract.docindex import DocIndex
from extract.hyphen_names import repair_hyphenated_given_names
from extract.hyphen_titles import merge_hyphenated_titles
from extract.lexicon import CueLexicon, load_lexicon
from extract.limits import UNPARSED, unparsed_warning
from extract.misparses import appositions_as_conjuncts, curly_plural_possessives
from extract.model import Entity, Extraction, Quote, QuoteKind
from extract.named_late import named_later
from extract.ner_repairs import repair_entities
from extract.nlp import parse_texts
from extract.people import Cast
from extract.quote_marks import QuoteRegion, find_regions, paragraph_spans, quote_text
from extract.rank_forces import rank_ties
from extract.shapes import ContentShape, content_shape
from extract.speaker_chain import (
    same_unnamed_source,
    speaks_for_previous,
    titled_subject_before,
    unnamed_over_far_name,
)
from extract.speaker_record import Speaker
from extract.speakers import resolve_headline_name, resolve_named, resolve_speaker
from extract.subject_bodies import body_subject_before
from extract.title_bodies import body_in_title
from extract.topics import topic_words
from extract.unnamed_sources import described_again

ENTITY_LABELS = {
    "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
    "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL",
}  # fmt: skip
# A cue's own words after it, before a reported clause: "told [the board]", "said [on Monday]".
_CUE_OWN_DEPS = {"dative", "dobj", "prep", "npadvmod", "advmod", "prt", "punct", "agent"}
# A quote's context is its sentence; a longer "sentence" is cut around the quote.
MAX_CONTEXT_TOKENS = 300


def extract_texts(
    nlp: Language, texts: Iterable[str], batch_size: int = 16
) -> Iterator[Extraction]:
    """Extraction for each text, parsed in batches (a long text in pieces: `parse_texts`)."""
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) >= batch_size:
            yield from (extract_doc(doc) for doc in parse_texts(nlp, batch))
            batch = []
    if batch:
        yield from (extract_doc(doc) for doc in parse_texts(nlp, batch))


def extract_doc(doc: Doc, lexicon: CueLexicon | None = None) -> Extraction:
    """Entities and quotes of one parsed article."""
    lexicon = lexicon or load_lexicon()
    merge_hyphenated_titles(doc)  # "co-founder" one token (extract/hyphen_titles.py)
    index = DocIndex(doc)  # the tokens for good: the repairs retag, they do not retokenize
    appositions_as_conjuncts(doc)  # "X, Archdeacon of Y, said" (extract/misparses.py)
    curly_plural_possessives(doc)  # "the Wealdmoor Farmers’ Alliance spokeswoman"
    repair_entities(doc, index)
    repair_hyphenated_given_names(doc, index)  # "Ji-hoon Yoon" (extract/hyphen_names.py)
    text = index.text
    regions = find_regions(text)
    paragraph_of = _paragraph_index(doc, text)
    attributor = Attributor(doc, regions, paragraph_of, lexicon, index)
    quoted = [attributor.quoted(t) for t in index.tokens]
    cast = Cast(doc, paragraph_of, quoted, index, attributor.cue_subjects())
    not_speech = _introduced_as_names(text, regions, lexicon)
    attributions = attributor.run(not_speech)
    quotes: list[Quote] = []
    numbers = itertools.count()
    previous: tuple[Speaker, int] | None = None  # the last speaker and its paragraph
    for attribution in attributions:
        if attribution.headline:
            speaker = resolve_headline_name(
                attribution.speaker_text or "", attribution.subject, cast
            )
        elif attribution.speaker_text is not None:
            speaker = resolve_named(attribution.speaker_text, attribution.subject, cast)
        else:
            speaker = resolve_speaker(attribution.subject, cast)
        if attribution.subject is not None:
            paragraph = paragraph_of[attribution.subject.i]
            speaker = same_unnamed_source(speaker, previous, paragraph)
            speaker = body_subject_before(speaker, attribution.subject, cast)
            speaker = speaks_for_previous(speaker, previous, paragraph)
            speaker = unnamed_over_far_name(speaker, previous, paragraph, attribution.subject, cast)
            speaker = described_again(speaker, previous, paragraph, attribution.subject)
            speaker = titled_subject_before(speaker, attribution.subject)
            speaker = body_in_title(speaker, previous, paragraph, cast)  # "a council official"
            previous = (speaker, paragraph)
        quotes.extend(_quotes_of(numbers, attribution, speaker, attributor, regions, lexicon))
    quotes.sort(key=lambda q: (q.start, q.kind != "indirect"))
    entities = [
        Entity(e.text, e.label_, e.start_char, e.end_char)
        for e in doc.ents
        if e.label_ in ENTITY_LABELS
    ]
    warnings = list(attributor.warnings)
    if UNPARSED in doc.user_data:
        warnings.insert(0, unparsed_warning(int(doc.user_data[UNPARSED]), len(text)))
    facts = affiliation_facts(index, cast.entries, quotes)
    people, quotes, facts = described_ties(index, list(cast.entries), quotes, facts)
    people, quotes, facts = rank_ties(index, people, quotes, facts)
    quotes = named_later(text, people, quotes)  # "one objector ... The objector, X,"
    return Extraction(
        quotes=quotes, entities=entities, people=people, warnings=warnings, affiliations=facts
    )


def _paragraph_index(doc: Doc, text: str) -> list[int]:
    """Each token's paragraph, by its character offset (read as one array: no Token made)."""
    starts = [start for start, _ in paragraph_spans(text)] or [0]
    offsets: list[int] = doc.to_array(IDX).tolist() if len(doc) else []
    return [max(0, bisect.bisect_right(starts, at) - 1) for at in offsets]


def _introduced_as_names(text: str, regions: list[QuoteRegion], lexicon: CueLexicon) -> set[int]:
    """Regions introduced as names or terms ("so-called", "titled", "to be called")."""
    found: set[int] = set()
    for region in regions:
        before = text[max(0, region.open - 30) : region.open].lower().rstrip(" ,:")
        if any(before.endswith(lead) for lead in lexicon.not_speech_before_quote):
            found.add(region.index)
    return found


def _quotes_of(
    numbers: Iterator[int],
    attribution: Attribution,
    speaker: Speaker,
    attributor: Attributor,
    regions: list[QuoteRegion],
    lexicon: CueLexicon,
) -> list[Quote]:
    text = attributor.text
    quotes: list[Quote] = []
    region_ids: set[int] = set()
    number = next(numbers)
    shape: ContentShape = (
        "quote" if attribution.verbatim else content_shape(attribution.content, attributor.quoted)
    )
    if attribution.verbatim and attribution.content:
        verbatim = []
        for part in [attribution.content, *attribution.more]:
            start, end = part[0].idx, part[-1].idx + len(part[-1].text)
            verbatim.append(
                _quote(
                    number,
                    attribution,
                    speaker,
                    "direct",
                    text[start:end],
                    start,
                    end,
                    part,
                    attributor,
                    lexicon,
                    shape,
                )
            )
        return verbatim
    content = _with_fragments(
        [t for t in attribution.content if not t.is_space], attribution, attributor, regions
    )
    for index in attribution.regions:
        region_ids.update(t.i for t in attributor.region_tokens[index])
    words_outside = [t for t in content if t.i not in region_ids and not t.is_punct]
    quoted_inside = [t for t in content if attributor.quoted(t)]
    if quoted_inside and any(attributor.is_partial(regions[r]) for r in attribution.regions):
        fewest = 1  # a fragment quoted inside the reported clause: the clause is the quote
    else:
        fewest = 3 if attribution.regions else attributor.fewest_words(attribution)
    reported = len(words_outside) >= fewest and bool(
        quoted_inside or attributor.reports_indirect(attribution)
    )
    beside = reported and _beside_the_cue(attribution, content, attributor)
    inner_number = next(numbers) if beside else number
    content_ids = {t.i for t in content}
    for index in attribution.regions:
        region = regions[index]
        words, start, end = quote_text(text, region)
        kind: QuoteKind = "partial" if attributor.is_partial(region) else "direct"
        if kind == "partial" and words.endswith(".") and not words.endswith(".."):
            # US style puts the reporter's full stop inside the marks: it is not quoted.
            words, end = words[:-1], end - 1
        tokens = attributor.region_tokens[index]
        inside = bool(tokens) and all(t.i in content_ids for t in tokens)
        quotes.append(
            _quote(
                inner_number if inside else number,
                attribution,
                speaker,
                kind,
                words,
                start,
                end,
                tokens,
                attributor,
                lexicon,
                shape,
            )
        )
    if reported:
        start, end = content[0].idx, content[-1].idx + len(content[-1].text)
        # Close a quotation the clause opened: days.” (regions do not overlap, so only the
        # last one opening before the clause's end can run past it).
        k = bisect.bisect_left(attributor.region_opens, end) - 1
        if k >= 0 and start <= regions[k].open and end < regions[k].outer_end <= end + 3:
            end = regions[k].outer_end
        if beside:
            number = inner_number
        elif (
            quotes
            and not quoted_inside
            and attributor.paragraph_of[content[0].i]
            == min(regions[r].paragraph for r in attribution.regions)
        ):
            # Reported words beside, not around, the quotation: a statement of its own
            # ("X will use the debate to make news, Kall said: \"I feel ...\"").
            number = next(numbers)
        quotes.append(
            _quote(
                number,
                attribution,
                speaker,
                "indirect",
                text[start:end],
                start,
                end,
                content,
                attributor,
                lexicon,
                shape,
            )
        )
    return quotes


def _beside_the_cue(attribution: Attribution, content: list[Token], attributor: Attributor) -> bool:
    """Reported words after the cue of a quotation that ends before it, in a clause of their
    own: '"...," she said, adding that the state would send a "strong message"' is two
    statements, the quotation and what she added, even with a fragment quoted in the
    second. Not a quotation split around its cue ('"A," he said of them, "B."') and not
    the cue's setting ('he said on "Meet the Press"')."""
    cue = attribution.cue
    if cue is None or not content or content[0].i <= cue.i:
        return False
    if not any(
        attributor.region_tokens[r] and attributor.region_tokens[r][-1].i < cue.i
        for r in attribution.regions
    ):
        return False
    if content[0].i in attributor.by_cue:
        return True  # "adding that ...", "explaining he ..."
    ids = {t.i for t in content}
    inner = [r for r in attribution.regions if attributor.region_tokens[r][0].i in ids]
    return all(attributor.is_partial(attributor.regions[r]) for r in inner) and any(
        t.pos_ in ("VERB", "AUX") and not attributor.quoted(t) for t in content
    )


def _with_fragments(
    content: list[Token],
    attribution: Attribution,
    attributor: Attributor,
    regions: list[QuoteRegion],
) -> list[Token]:
    """The reported clause with the quoted fragments it reports: 'Ng said the days when the
    city had "one story" from its papers are gone' is one statement, from "the days" to
    "gone", even when the parse hangs the fragment, or the clause's subject, elsewhere. The
    stretch from the clause to its fragments in the same sentence, on the same side of the
    cue."""
    cue = attribution.cue
    if not content or cue is None:
        return content
    sentence = attributor.index.sent(content[0])
    after = content[0].i > cue.i
    lo, hi = content[0].i, content[-1].i
    for index in attribution.regions:
        tokens = attributor.region_tokens[index]
        if (
            not tokens
            or not attributor.is_partial(regions[index])
            or not sentence.start <= tokens[0].i < sentence.end
            or (tokens[0].i > cue.i) != after
        ):
            continue
        if not after and tokens[-1].i > cue.i:
            continue
        lo, hi = min(lo, tokens[0].i), max(hi, tokens[-1].i)
    if (lo, hi) == (content[0].i, content[-1].i):
        return content
    if after and lo < content[0].i:
        lo = _clause_start(cue, lo, attributor)
    return [t for t in attributor.doc[lo : hi + 1] if not t.is_space]


def _clause_start(cue: Token, lo: int, attributor: Attributor) -> int:
    """Where a reported clause that runs into a quoted fragment starts: right after the cue
    and its own objects ("told the board", "said on Monday"), when nothing quoted and no
    other cue stands between; else at the fragment."""
    start = cue.i + 1
    for child in cue.children:
        if start <= child.i and child.right_edge.i < lo and child.dep_ in _CUE_OWN_DEPS:
            start = max(start, child.right_edge.i + 1)
    between = attributor.doc[start:lo]
    if any((attributor.quoted(t) and not t.is_punct) or t.i in attributor.by_cue for t in between):
        return lo
    while start < lo and (
        attributor.doc[start].is_punct
        or attributor.doc[start].is_space
        or attributor.doc[start].dep_ == "mark"
    ):
        start += 1
    return start


def _context(attributor: Attributor, first: Token) -> Span:
    """The sentence a quote starts in; in a run-on "sentence" of more than
    MAX_CONTEXT_TOKENS tokens (a hostile or broken text), only the stretch around the quote."""
    sentence = attributor.index.sent(first)
    if len(sentence) <= MAX_CONTEXT_TOKENS:
        return sentence
    start = max(sentence.start, first.i - MAX_CONTEXT_TOKENS // 4)
    end = min(sentence.end, start + MAX_CONTEXT_TOKENS)
    return attributor.doc[start:end]


def _quote(
    number: int,
    attribution: Attribution,
    speaker: Speaker,
    kind: QuoteKind,
    words: str,
    start: int,
    end: int,
    tokens: list[Token],
    attributor: Attributor,
    lexicon: CueLexicon,
    shape: ContentShape,
) -> Quote:
    sentence = _context(attributor, tokens[0]) if tokens else None
    context = sentence.text.strip() if sentence is not None else words
    topic_tokens = list(tokens[:MAX_CONTEXT_TOKENS]) + (
        attributor.index.tokens[sentence.start : sentence.end] if sentence is not None else []
    )
    if attribution.answers:  # an interview answer: what it answers is its context too
        asked = attribution.answers[:MAX_CONTEXT_TOKENS]
        context = f"{asked[0].doc[asked[0].i : asked[-1].i + 1].text} {context}"
        topic_tokens += asked
    return Quote(
        speaker=speaker.name,
        speaker_kind=speaker.kind,
        speaker_title=speaker.title,
        speaker_org=speaker.org,
        mention=speaker.mention,
        kind=kind,
        cue=attribution.cue_text,
        text=words,
        start=start,
        end=end,
        attribution=number,
        sentence=context,
        topics=topic_words(topic_tokens, lexicon),
        shape=shape,
    )
