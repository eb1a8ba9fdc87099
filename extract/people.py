"""The article's cast: the people and organisations it names, with titles, affiliations and
every mention, so that "Qassem", "he", "the minister" and "the group" resolve to a full name.

The cast is built in stages, each its own module: `mentions` (where names are), `entities`
(names clustered into people and organisations), `resolution` (pronouns, titles alone,
"the group"), `attributes` (titles and organisations beside the name). `Cast` runs them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.affiliations import severed
from extract.attributes import Describer
from extract.cast_state import Mention, NameSpan, is_main_subject, is_subject
from extract.description_refs import refer_descriptions
from extract.docindex import DocIndex
from extract.entities import name_length, org_name
from extract.headlines import headline_paragraphs
from extract.honorific_names import given_name_holder, title_surname_holder
from extract.name_prefixes import counted_description, name_start
from extract.name_styles import judicial_style, styled_name
from extract.names import (
    canonical_name,
    fold,
    gender_of,
    generation,
    same_person,
    surname_keys,
)
from extract.org_marks import which_named as which_named_in
from extract.people_words import FEMALE_TITLES, MALE_TITLES, ORG_NOUNS, ORG_WORDS
from extract.placed_bodies import (
    PLACED_NOUNS,
    body_tokens,
    dateline_place,
    described_name,
    first_place,
    opposed_nouns,
    placed_name,
)
from extract.possessive_names import possessive_owners
from extract.quote_marks import paragraph_spans
from extract.relatives import with_family_surnames
from extract.shared_surnames import shared_surname

__all__ = ["ORG_NOUNS", "ORG_WORDS", "Cast"]


class Cast(Describer):
    """People and organisations of one article, and the mentions that refer to them."""

    described: dict[int, int]  # a definite description's token -> the person it refers to

    def __init__(
        self,
        doc: Doc,
        paragraph_of: list[int],
        quoted: list[bool],
        index: DocIndex | None = None,
        speakers: set[int] | None = None,
    ) -> None:
        super().__init__(doc, paragraph_of, quoted, index, speakers)
        self.styles: dict[int, list[str]] = {}  # a judge's entry -> the styles seen
        self._build()

    def _build(self) -> None:
        headlines = headline_paragraphs(self.index.text, paragraph_spans(self.index.text))
        self.headline = [p in headlines for p in self.paragraph_of]
        found = self._candidate_spans()
        spans = [s for s in found if not self.headline[s.start]]
        person_surnames = {
            key
            for s in spans
            if s.label == "PERSON" and not self._has_org_word(s)
            for key in surname_keys(self._text(s.start, s.end))
        }
        self.org_named = self._mostly_org_names(spans)
        which_named = which_named_in(self.index.tokens)
        owners = possessive_owners(self.doc)
        described: dict[
            int, NameSpan
        ] = {}  # "Grandmother of five X": the word describes X, names nobody
        for span in spans:
            word = counted_description(self.doc, span.start, span.end)
            if word is not None:
                described[word] = span
        for span in spans:
            if any(span.start <= i < span.end for i in described):
                continue
            if span in described.values():
                span.title_start = min(i for i, s in described.items() if s is span)
            if span.label != "PERSON":  # "Caretaker Moses Adeyemi" taken for a firm's name
                span.start = name_start(
                    self.doc, span.start, span.end, lower=False, given_next=True
                )
            holder = given_name_holder(self.doc, span, self.entries)  # "Dame Joanne"
            if holder is None:  # "Dean Kowalczyk" for the dean, Mariusz Kowalczyk
                holder = title_surname_holder(self.doc, span, self.entries, self.index.text)
            if span.label == "PERSON" or holder is not None:
                self._split_title(span)  # the name decides the kind, not its title
            kind = "person" if holder is not None else self._kind(span, person_surnames)
            named = fold(self._text(span.start, span.end))
            if kind == "person" and holder is None and named in which_named:
                kind = "org"  # "Kestrel Ales, which is based in Harnley" (extract/org_marks.py)
            owner = re.sub(r"['\u2019]s$", "", named)
            if kind == "person" and owner != named and owner in owners:
                kind = "org"  # "a spokesman for Ormsby's" (extract/possessive_names.py)
            if kind is None:
                continue
            if kind == "person" and span.label != "PERSON" and holder is None:
                self._split_title(span)
            text = self._text(span.start, span.end)
            surname = shared_surname(self.doc, span.start, span.end) if kind == "person" else None
            text = f"{text} {surname}" if surname else text  # "Ahmet and Leyla Demir"
            entry = self._add_entry(
                text if holder is None else self.entries[holder].name,
                kind,
                self.paragraph_of[span.start],
                self._courtesy_gender(span) if kind == "person" else None,
                place=span.label in ("GPE", "LOC"),
            )
            self.labels[entry].add(span.label)
            style = judicial_style([t.text for t in self.doc[span.title_start : span.start]])
            if kind == "person" and style:
                self.styles.setdefault(entry, []).append(style)
            for i in range(span.title_start, span.end):
                self.token_entry.setdefault(i, entry)
            head = self.index.tokens[span.end - 1]
            self.salience[entry] += 1
            if not self.quoted[head.i]:
                self.mentions.append(
                    Mention(
                        head.idx,
                        entry,
                        is_subject(head)
                        or any(is_subject(t) for t in self.doc[span.start : head.i]),
                        self.paragraph_of[head.i],
                        is_main_subject(head)
                        or any(is_main_subject(t) for t in self.doc[span.start : head.i]),
                        self._speaks(head),
                        head.dep_ == "compound" and head.head.pos_ == "NOUN",
                    )
                )
        self._place_bodies()
        self._opposed_bodies()
        for span in found:
            if self.headline[span.start]:
                self._headline_name(span)
        self._describe_all([s for s in spans if s.end - 1 in self.token_entry])
        self._severed_ties()
        self._add_title_mentions()
        self._orgs_of_title_leads()
        self.described = refer_descriptions(self, self.headline)  # "the farmer said"
        self._add_pronoun_mentions()
        self._drop_needless_generations()
        for entry, styles in self.styles.items():  # "Mrs Justice Okonkwo-Ferraro"
            person = self.entries[entry]
            named = styled_name(person.name, styles)
            if named != person.name and person.kind == "person":
                person.aliases.add(person.name)
                person.name = named
        with_family_surnames(self.entries)

    def _place_bodies(self) -> None:
        """A council the story names only by its kind ("the borough council", "Council
        leader X") is its place's (extract/placed_bodies.py): one entry, "Brackwell Borough
        Council", that those words mention; none when the story names a council itself."""
        orgs = [i for i, e in enumerate(self.entries) if e.kind == "org"]
        words = {i: fold(self.entries[i].name).split() for i in orgs}
        if any(set(w) & PLACED_NOUNS and not set(w) <= PLACED_NOUNS for w in words.values()):
            return  # "Elm District Council" is named: "the council" is found by its name
        tokens = body_tokens(self.index.tokens, self.quoted, set(self.token_entry))
        place = (
            (dateline_place(self.doc) or first_place(self.doc, self.quoted, self._person_tokens()))
            if tokens
            else None
        )
        if place is None:
            return
        name, mine = placed_name(place, tokens)
        bare = next((i for i in orgs if set(words[i]) <= PLACED_NOUNS), None)
        if bare is not None:  # "Council leader X": the parse's "Council"
            self.entries[bare].aliases.add(self.entries[bare].name)
            self.entries[bare].name = name
            entry = bare
        else:
            entry = self._add_entry(name, "org")
            self.labels[entry].add("ORG")
        for token in mine:
            if token.i not in self.token_entry:
                self.token_entry[token.i] = entry
                self.add_mention(token, entry)

    def _person_tokens(self) -> set[int]:
        return {i for i, e in self.token_entry.items() if self.entries[e].kind == "person"}

    def _opposed_bodies(self) -> None:
        """ "The opposition Liberal Democrat group said": a body of its own, named by its
        description, not the organisation named last (extract/placed_bodies.py)."""
        for token in opposed_nouns(self.index.tokens, self.quoted, set(self.token_entry)):
            name, words = described_name(token)
            entry = self._add_entry(name, "org")
            self.labels[entry].add("ORG")
            for word in words:
                self.token_entry.setdefault(word.i, entry)
            if is_subject(token):  # what "its" may refer back to ("Its leader, X")
                self.add_mention(token, entry)

    def _severed_ties(self) -> None:
        """ "Elm Rovers have sacked head coach X": the organisation that ends its tie with a
        person has them as its former member (extract/affiliations.py `severed`): their title
        is a former one, the organisation theirs only as it was."""
        for verb in self.index.tokens:
            found = None if self.quoted[verb.i] else severed(verb)
            if found is None:
                continue
            people, actor = found
            org = self.token_entry.get(actor.i)
            if org is None or self.entries[org].kind != "org":
                continue
            for token in people:
                entry = self.token_entry.get(token.i)
                person = self.entries[entry] if entry is not None else None
                if person is None or person.kind != "person" or not person.title:
                    continue
                if not fold(person.title).startswith("former "):
                    person.title = f"Former {person.title[:1].lower()}{person.title[1:]}"
                person.org = person.org or self.entries[org].name

    def _orgs_of_title_leads(self) -> None:
        """ "The chief constable of Harrowdale Police has warned ... Chief Constable Imogen
        Strade told ...": the organisation of a title the story gave before the name is
        the person's, when nothing else gave them one; so is the title itself ("the
        transport minister announced ... Alasdair Kerr said")."""
        for token, found in self.title_mentions:
            entry = self.entries[found]
            if entry.kind == "person" and not entry.title:  # "the transport minister ..."
                words = [t.text for t in token.subtree if t.i <= token.i and t.dep_ != "det"]
                entry.title = " ".join(words).capitalize()
            if entry.kind != "person" or entry.org:
                continue
            for prep in token.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("of", "at"):
                    continue
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and self._is_org_token(pobj):
                    entry.org = self.org_text(pobj)

    def _drop_needless_generations(self) -> None:
        """A generation ("Jr.", "III") keeps father and son apart while the cast is built; the
        name shown keeps it only when it tells two people of the article apart ("Walter
        Brannigan Jr." beside "Walter Brannigan") or the name is a given name alone ("Donald
        Jr."), so that "Joseph R. Biden Jr." is filed as Joseph Biden like "Mr. Biden"."""
        people = [e for e in self.entries if e.kind == "person"]
        for person in people:
            suffix = generation(person.name)
            if not suffix:
                continue
            base = person.name[: -len(suffix)].strip()
            if name_length(base) < 2 or any(
                other is not person
                and fold(canonical_name(other.name)) == fold(base)
                or other is not person
                and fold(_without_generation(other.name)) == fold(base)
                for other in people
            ):
                continue
            person.aliases.add(person.name)
            person.name = base

    def _courtesy_gender(self, span: NameSpan) -> str | None:
        """ "m" or "f" when a gendered courtesy title stands before the name ("Mrs.")."""
        words = {fold(t.text) for t in self.doc[span.title_start : span.start]}
        if words & MALE_TITLES:
            return "m"
        if words & FEMALE_TITLES:
            return "f"
        return None

    def _headline_name(self, span: NameSpan) -> None:
        """A name in a headline points at the person or organisation the article's sentences
        name with its longest run of words ("Derelict Obama" -> Barack Obama); it adds no
        entry and no mention."""
        for size in range(span.end - span.start, 0, -1):
            for start in range(span.start, span.end - size + 1):
                text = self._text(start, start + size)
                entry = self.find_person(text)
                if entry is None:
                    entry = next(
                        (
                            i
                            for i, e in enumerate(self.entries)
                            if e.kind == "org" and fold(e.name) == fold(org_name(text))
                        ),
                        None,
                    )
                if entry is not None:
                    for i in range(start, start + size):
                        self.token_entry.setdefault(i, entry)
                    self._complete_from_headline(entry, text)
                    return

    def _complete_from_headline(self, entry: int, text: str) -> None:
        """A body that names someone by surname only takes the headline's given name when a
        names list knows it as one ("Hillary Clinton" over "Clinton"; never "Derelict")."""
        person = self.entries[entry]
        name = canonical_name(text)
        if (
            person.kind == "person"
            and name_length(person.name) == 1
            and name_length(name) == 2
            and same_person(person.name, name)
            and gender_of(name) is not None
        ):
            person.aliases.add(person.name)
            person.name = name
            person.gender = person.gender or gender_of(name)


def _without_generation(name: str) -> str:
    suffix = generation(name)
    return name[: -len(suffix)].strip() if suffix else name
