"""Stage 1 of the cast: where names are. Named entities and proper-noun runs, widened over
the name's own words and split from the title words before it.

- A name is the proper-noun run of a named entity, widened leftwards over proper-noun
  compounds that are not title words ("Mayor Beatriz Aranda": NER may find only "Aranda").
- Title words and adjectives before a person's name form its title ("Lebanese Prime
  Minister"); they are kept beside the name, never inside it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extract.cast_state import DETERMINERS, CastState, NameSpan
from extract.credits import turn_labels
from extract.name_prefixes import name_start
from extract.names import PARTICLES, fold, is_honorific, is_title_word
from extract.nlp import dateline_tokens
from extract.org_joins import join_org_names
from extract.people_words import ORG_ABBREVIATIONS, ORG_WORDS

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}


class NameFinder(CastState):
    """Finds the name spans of an article."""

    def _candidate_spans(self) -> list[NameSpan]:
        """Named entities, widened; plus proper-noun runs the entity recogniser missed."""
        doc = self.doc
        spans: list[NameSpan] = []
        covered = [False] * len(doc)
        # "DUNSMERE, 13 November (NBW) -": nobody's name
        for i in dateline_tokens(self.index.tokens) | turn_labels(self.index.tokens):
            covered[i] = True  # and "Q: Will you ...?"
        for ent in doc.ents:
            if covered[ent.start]:
                continue
            mislabelled = _mislabelled_org(ent)
            label = "ORG" if mislabelled and _linked(ent) else ent.label_
            if label != "ORG" and (_mistaken(ent) or mislabelled):
                continue  # "Dr Osian Pryderi" taken for a work of art: a proper-noun run
            for token in ent:
                covered[token.i] = True
            span = self._widen(ent.start, ent.end, label) if label in NAME_LABELS else None
            if span is not None:
                spans.append(span)
                for i in range(span.start, span.end):
                    covered[i] = True
        tokens = self.index.tokens
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if covered[i] or token.pos_ != "PROPN" or not token.text[:1].isupper():
                i += 1
                continue
            j = i
            while j + 1 < len(doc) and not covered[j + 1] and _continues_name(doc, j + 1):
                j += 1
            head = tokens[j]
            if head.dep_ not in ("compound",) or head.head.i <= j:
                span = self._widen(i, j + 1, "PROPN")
                if span is not None and not self.quoted[head.i]:
                    if span.start < i:  # widened over "Supporters'": drop the words' own span
                        spans = [s for s in spans if s.start < span.start or s.end > span.end]
                    spans.append(span)
            i = j + 1
        spans.sort(key=lambda s: s.start)
        return join_org_names(doc, spans)

    def _widen(self, start: int, end: int, label: str) -> NameSpan | None:
        doc = self.doc
        while start < end and doc[start].lower_ in DETERMINERS:
            start += 1
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1
        if start >= end:
            return None
        # Widen left over proper-noun compounds ("Mayor Beatriz" before "Aranda"),
        # particles ("de" before "Jong") and hyphenated given names ("Jean-" "Baptiste").
        while start > 0:
            prev = doc[start - 1]
            if _plural_possessive(doc, start, end):
                start -= 2  # "Marrowdale Supporters' Trust", "the Road Workers' Union"
                continue
            if (
                label == "PERSON"
                and prev.ent_type_ not in ("", "PERSON")
                and fold(doc[end - 1].text) not in ORG_WORDS  # "Netball Coaches' Guild"
            ):
                break  # "New Jersey Gov. Chris Christie": the state is another entity
            attached = prev.head.i >= start
            compound = prev.pos_ == "PROPN" and prev.dep_ in ("compound", "nmod")
            compound = compound and not (prev.is_lower and label in ("PERSON", "GPE"))
            compound = compound or _named_before_short_form(doc, start - 1, end)
            particle = prev.lower_ in PARTICLES and prev.whitespace_ != ""
            if attached and (compound or particle):
                start -= 1
            elif (
                prev.text in ("-", "\u2010")
                and start >= 2
                and not prev.whitespace_
                and not doc[start - 2].whitespace_
                and doc[start - 2].pos_ == "PROPN"
            ):
                start -= 2
            else:
                break
        return NameSpan(start, end, start, label)

    def _split_title(self, span: NameSpan) -> None:
        """Move title words off the front of a person's name; take in the title words,
        adjectives and nationality attached before it ("Lebanese Prime Minister")."""
        doc = self.doc
        while span.start < span.end - 1 and (
            is_title_word(doc[span.start].text) or is_honorific(doc[span.start].text)
        ):
            span.start += 1
        for k in range(span.end - 2, span.start - 1, -1):  # "Charlotte Mayor Jennifer Roberts"
            if is_title_word(doc[k].text) or is_honorific(doc[k].text):
                span.start = k + 1
                break
        # "neighbour X", "Ferryman X Y said": a description, kept as the title (name_prefixes.py)
        span.start = name_start(doc, span.start, span.end)
        title_start = span.title_start
        while title_start > 0:
            prev = doc[title_start - 1]
            if (
                prev.head.i >= title_start
                and prev.head.i < span.end
                and (prev.dep_ in ("compound", "amod", "nmod") or is_honorific(prev.text))
            ):
                title_start -= 1
            else:
                break
        span.title_start = title_start


# Labels the small model gives unfamiliar personal names ("Osian Pryderi" as a work of art).
_MISTAKEN_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT"})
_LINKING = frozenset({"and", "of", "for", "&"})
_APOSTROPHES = frozenset({"'", "\u2019"})


def _mistaken(ent: Span) -> bool:
    """A proper-noun run the recogniser labelled as no name: a personal name as a work of
    art, product or event."""
    return ent.label_ in _MISTAKEN_LABELS and all(t.pos_ == "PROPN" for t in ent)


def _linked(ent: Span) -> bool:
    """Whether a mislabelled organisation's name holds a linking word ("The Shipbuilding and
    Engineering Workers' Union"): taken whole, as a proper-noun run would cut it."""
    return any(t.lower_ in _LINKING for t in ent)


def _mislabelled_org(ent: Span) -> bool:
    """An organisation's name (its last word an organisation word, "Inspectorate", "Trust")
    labelled a law, work of art, product or event ("the Care Standards Inspectorate", "The
    Elm Rovers Supporters' Trust"): its words proper nouns but for linking words and
    apostrophes. Such a name is read as a proper-noun run, which takes in a word after a
    plural possessive ("the Netball Coaches' Guild")."""
    words = [
        t
        for t in ent
        if t.lower_ not in DETERMINERS
        and t.tag_ != "POS"
        and t.lower_ not in _LINKING
        and t.text not in _APOSTROPHES
    ]
    return (
        ent.label_ in _MISTAKEN_LABELS | {"LAW"}
        and bool(words)
        and all(t.pos_ == "PROPN" for t in words)
        and fold(words[-1].text) in ORG_WORDS
    )


def _named_before_short_form(doc: Doc, i: int, end: int) -> bool:
    """ "Pellworth RFC", "Dunsworth FC": a capitalised word the tagger took for a common noun
    before an organisation's short form is its name; so is one compounded with a name that
    ends in an organisation's word ("Tollmere Ferries Holdings", the place-like first word
    tagged an adverb): the proper-noun chain is the organisation's whole name."""
    token = doc[i]
    if not token.text[:1].isupper() or not token.is_alpha:
        return False
    last = fold(doc[end - 1].text).strip(".")
    if last in ORG_ABBREVIATIONS:
        return token.pos_ in ("NOUN", "VERB", "ADJ") and token.dep_ in ("compound", "amod", "nmod")
    return (
        last in ORG_WORDS
        and token.pos_ in ("NOUN", "VERB", "ADJ", "ADV")
        and token.dep_ == "compound"
        and not is_title_word(token.text)
        and not is_honorific(token.text)
    )


def _continues_name(doc: Doc, i: int) -> bool:
    token = doc[i]
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        return True
    if token.lower_ == "of" and doc[i - 1].lower_ in ORG_WORDS and doc[i - 1].text[:1].isupper():
        return i + 1 < len(doc) and doc[i + 1].text[:1].isupper()  # "Chamber of Trade"
    if i + 1 >= len(doc) or doc[i + 1].pos_ != "PROPN":
        return False
    if token.text in ("-", "\u2010") and not token.whitespace_ and not doc[i - 1].whitespace_:
        return True
    return token.lower_ in PARTICLES and token.pos_ != "PROPN"


def _plural_possessive(doc: Doc, start: int, end: int) -> bool:
    """An organisation's name holding a plural possessive: "Supporters' Trust" (the
    recogniser and the parse stop at the apostrophe; an organisation word follows it)."""
    return (
        start >= 2
        and doc[start - 1].text in ("'", "\u2019")
        and doc[start - 2].pos_ == "PROPN"
        and doc[start - 2].lower_.endswith("s")
        and doc[start - 2].head.i >= start
        and fold(doc[end - 1].text) in ORG_WORDS
    )
