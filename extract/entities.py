"""Stage 2 of the cast: name spans clustered into entities (people and organisations).

- spaCy's small model often labels a personal name ORG or GPE; a name is a person when any
  mention of its surname is labelled PERSON, or when it carries a personal title.
- Mentions of one person meet in one entry: "Donald J. Trump", "Donald Trump" and "Trump"
  (names.same_person), named by the fullest personal name the article uses. A lone word no
  surname matches is the one person whose full name opens with it ("Dame Morwenna", "Tran").
- A surname two people share goes to the one mentioned most, then who acted, then the last.
"""

from __future__ import annotations

import re
from functools import cached_property

from spacy.tokens import Token

from extract.affiliations import introduced_as_org
from extract.cast_state import DETERMINERS
from extract.closed_words import after_the
from extract.compound_surnames import compound_surname_entry
from extract.kind_names import of_named
from extract.mentions import NameFinder, NameSpan
from extract.misparses import apposition_left_behind
from extract.model import Person
from extract.name_styles import courtesy_named, introduces
from extract.names import (
    canonical_name,
    fold,
    gender_of,
    is_honorific,
    is_title_word,
    looks_like_person_name,
    near_same_person,
    same_person,
    surname_keys,
)
from extract.office_names import office_of_place
from extract.org_joins import leading_short_form, named_inside, same_org
from extract.people_words import ORG_HEADS, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS
from extract.place_names import is_place_name
from extract.possessive_names import shop_name
from extract.role_owners import owner_of_body_post, owner_of_next_role

_PERSONAL_PRONOUNS = frozenset({"he", "she"})
_PLACES = frozenset({"GPE", "LOC"})
NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LAW"}


class EntityBuilder(NameFinder):
    """Turns name spans into the cast's entries."""

    def _has_org_word(self, span: NameSpan) -> bool:
        """An organisation's word in the name, or an ampersand: no personal name joins two
        with "&" ("Fenwright & Dall", "Marks & Spencer"); or "the Friends of Harbury Lido"."""
        return of_named(self._text(span.start, span.end).split()) or any(
            fold(t.text) in ORG_WORDS or t.text == "&" for t in self.doc[span.start : span.end]
        )

    def _kind(self, span: NameSpan, person_surnames: set[str]) -> str | None:
        doc = self.doc
        text = self._text(span.start, span.end)
        if not any(c.isupper() for c in text):  # "the navy" after the Royal Navy, not "state"
            return (
                "org"
                if any(e.kind == "org" and same_org(e.name, text) for e in self.entries)
                else None
            )
        if self._has_org_word(span) or self._named_as_org(span) or self._ends_in_org_head(span):
            return "org"
        if office_of_place(doc, span.start, span.end):
            return None  # "the Dean of Wexbury": an office, not a man called Dean
        if owner_of_next_role(doc[span.end - 1], text.split()) or owner_of_body_post(
            doc[span.end - 1], text.split()
        ):
            return "org"  # "RideLark rejected it. Its head of operations, X, said"
        if (
            span.end - span.start == 1
            and not self._is_known_surname(text)
            and any(
                e.kind == "org" and fold(e.name).split()[0] == fold(text) and " " in e.name
                for e in self.entries
            )
        ):
            return "org"  # "Velmora" after "Velmora Pharmaceuticals"
        if span.end - span.start >= 2 and self._named_org(text):
            return "org"  # "Greystone Aggregates" taken for a person after the firm's own name
        if span.label == "PERSON":
            return "person" if looks_like_person_name(text) else None
        if courtesy_named(doc, span) and looks_like_person_name(text):
            return "person"  # "Mrs Justice Okonkwo-Ferraro" (extract/name_styles.py)
        if is_place_name(doc[span.start : span.end]) or any(  # "moored near Sandpit Lock"
            doc[i].ent_type_ in NOT_NAMES for i in range(span.start, span.end)
        ):
            return None
        if introduced_as_org(doc[span.end - 1]):
            return "org"  # "the head coach of Fellbury Harriers", "the Elm Wheelers club"
        titled = (
            any(  # a title, or a noun for a person before the name ("Farmer Glyn X")
                is_title_word(t.text) or is_honorific(t.text) or _person_noun_before(t, span.start)
                for t in doc[max(0, span.start - 3) : span.start + 1]
            )
            and span.label in ("PROPN", "ORG", "NORP")
        )
        name_words = [w for w in text.split() if not is_title_word(w) and not is_honorific(w)]
        personal = looks_like_person_name(text) and (
            bool(surname_keys(text) & person_surnames)
            or (titled and len(name_words) >= 2)
            or self._has_personal_apposition(span)
            or self._given_name_first(span, name_words)
            or (len(name_words) == 1 and self._is_known_surname(text))
            or (
                titled
                and len(name_words) == 1
                and self._first_word_entry(name_words[0], None) is not None
            )
        )
        if personal and not text.isupper():
            return "person"
        lone = len(name_words) == 1 and looks_like_person_name(text) and not text.isupper()
        if lone and self._taken_up_as_person(span):
            return "person"  # "Voss said ... 'We ...,' she said": a surname, not a firm
        if span.label in ("ORG", "GPE", "FAC"):
            return "org"
        if span.label == "NORP":
            return "org" if self._is_group_speaker(span) else None
        # A proper-noun run the recogniser missed: an organisation when it speaks, owns
        # something, or matches one already named; a person when it looks like a full name.
        head = doc[span.end - 1]
        if span.end - span.start >= 2 and looks_like_person_name(text) and not titled:
            return "person" if all(not is_title_word(w) for w in text.split()) else None
        if head.dep_ in ("nsubj", "nsubjpass", "poss", "pobj") and not is_title_word(head.text):
            return "org"
        if any(same_org(e.name, text) for e in self.entries if e.kind == "org"):
            return "org"
        return None

    def _ends_in_org_head(self, span: NameSpan) -> bool:
        """ "Carrick Bay Steel": several words ending in an organisation's head noun
        (data/people_words.json org_heads), not labelled a person, given name or not."""
        last = self.doc[span.end - 1]
        return (
            span.end - span.start >= 2 and span.label != "PERSON" and fold(last.text) in ORG_HEADS
        )

    def _named_org(self, text: str) -> bool:
        """Whether the article has an organisation of exactly this name (several words: one
        word may be a person's surname and a firm's short name), or of this name with its
        last organisation words left off ("Kestle Homes" for Kestle Homes Group): one
        already in the cast, or a name the recogniser reads as an organisation more often
        than as a person and that starts with no known given name ("Greystone
        Aggregates")."""
        key = fold(org_name(text) or text)
        if key in getattr(self, "org_named", set()):
            return True
        return any(
            e.kind == "org"
            and (key in {fold(n) for n in (e.name, *e.aliases)} or leading_short_form(key, e.name))
            for e in self.entries
        )

    def _mostly_org_names(self, spans: list[NameSpan]) -> set[str]:
        """Names of several words ending in a plural ("Greystone Aggregates": no surname is
        a plural), labelled ORG more often than PERSON, with no given name."""
        votes: dict[str, int] = {}
        for span in spans:
            text = self._text(span.start, span.end)
            if len(text.split()) < 2 or span.label not in ("ORG", "PERSON"):
                continue  # "Macleod-Innes" is one word: a hyphenated surname, no plural
            if self.doc[span.end - 1].tag_ not in ("NNS", "NNPS"):
                continue
            key = fold(org_name(text) or text)
            votes[key] = votes.get(key, 0) + (1 if span.label == "ORG" else -1)
        return {k for k, v in votes.items() if v > 0 and gender_of(k.title()) is None}

    def _named_as_org(self, span: NameSpan) -> bool:
        """A name an organisation noun introduces: "the residents' group Quiet Skies
        Elm", "the charity Hope Bridge", "a campaign group, Save Our Fields", "Elm Rail
        Users, a passenger group,"."""
        doc = self.doc
        head, before = doc[span.end - 1], (doc[span.start - 1] if span.start > 0 else None)
        after = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
        after = after or apposition_left_behind(head)
        holder = head.head if head.dep_ == "appos" and introduces(head.head) else None
        for noun in (holder, before, *after[:1]):
            if (
                noun is not None
                and (noun.i < span.start or noun.i > span.end)
                and noun.pos_ == "NOUN"
                and noun.lemma_.lower() in ORG_NOUNS
            ):
                return True
        return False

    def _is_known_surname(self, text: str) -> bool:
        """A lone word that is the surname of a person already named ("Holt" after
        "Lester Holt", whatever label the recogniser gave it)."""
        keys = surname_keys(text)
        return any(e.kind == "person" and keys & surname_keys(e.name) for e in self.entries)

    def _given_name_first(self, span: NameSpan, name_words: list[str]) -> bool:
        """ "Carly Fiorina" labelled ORG: two or three words, the first a known given name,
        the last a singular proper noun, no nationality or group ("Latino Republicans")."""
        last = self.doc[span.end - 1]
        return (
            2 <= len(name_words) <= 3
            and span.label != "NORP"
            and last.tag_ == "NNP"
            and last.ent_type_ != "NORP"
            and gender_of(f"{name_words[0]} X") is not None
        )

    def _has_personal_apposition(self, span: NameSpan) -> bool:
        """ "X, president of ...", "X, a delivery driver": a role only people have; "X, who
        chairs ...": a relative clause only people take (organisations take "which"); "the
        leader, Cllr X": the name in apposition to a title; "Concord resident X", "voter X": a
        noun only people are, set before the name."""
        head = self.index.tokens[span.end - 1]
        before = self.index.tokens[span.start - 1] if span.start > 0 else None
        if (
            before is not None
            and before.pos_ == "NOUN"
            and before.dep_ == "compound"
            and before.head.i == head.i
            and before.lemma_.lower() in PERSON_NOUNS
        ):
            return True
        for child in head.children:
            if child.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in child.children):
                return True
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                lemma = child.lemma_.lower()
                if (
                    is_title_word(lemma)
                    or lemma in PERSON_NOUNS
                    or lemma.endswith(("er", "or", "ist", "ian", "ant", "ent"))
                    and lemma not in ORG_NOUNS
                ):
                    return True
        # "The leader, Cllr Corrie": the name in apposition to a title only people hold
        role = head.head
        return (
            head.dep_ == "appos"
            and role.pos_ == "NOUN"
            and (is_title_word(role.lemma_.lower()) or role.lemma_.lower() in PERSON_NOUNS)
        )

    def _taken_up_as_person(self, span: NameSpan) -> bool:
        """A lone name the article never introduced, the source of a report whose next
        source in the paragraph is "he" or "she" ("Voss said the cuts were needed. 'We had
        no choice,' she said."): a surname alone; "it"/"they" or "the Crown" is no person."""
        head = self.index.tokens[span.end - 1]
        if head.i not in self.speakers or self.quoted[head.i] or after_the(self.doc, span.start):
            return False  # "the Crown would appeal. He said": no person (extract/closed_words.py)
        paragraph = self.paragraph_of[head.i]
        later = sorted(
            i
            for i in self.speakers
            if i > head.i and self.paragraph_of[i] == paragraph and not self.quoted[i]
        )
        return bool(later) and self.doc[later[0]].lower_ in _PERSONAL_PRONOUNS

    def _is_group_speaker(self, span: NameSpan) -> bool:
        head = self.index.tokens[span.end - 1]
        return head.dep_ in ("nsubj", "nsubjpass") and head.tag_ in ("NNPS", "NNP")

    @cached_property
    def _place_names(self) -> frozenset[str]:
        """The folded names the recogniser labels places anywhere in the article (read once:
        the entities are repaired before the cast is built)."""
        return frozenset(fold(org_name(e.text)) for e in self.doc.ents if e.label_ in _PLACES)

    def _add_entry(
        self,
        raw_name: str,
        kind: str,
        paragraph: int = -1,
        gender: str | None = None,
        place: bool = False,
    ) -> int:
        """The entry a name denotes, added when new; `gender` ("m"/"f", from a courtesy title:
        "Mrs. Clinton") keeps a name off a person of the other gender; a `place`'s name is no
        short form of a firm's (Halden Bay, Halden Bay Logistics)."""
        name = canonical_name(raw_name) if kind == "person" else org_name(raw_name)
        name = (kind == "org" and shop_name(self.doc, raw_name)) or name or raw_name
        if kind == "person" and name.isupper() and len(name) > 3:
            name = name.title()  # transcripts and headlines shout names: "WALLACE"
        if kind == "person":
            found = self._same_person_entry(name, paragraph, gender)
            if found is not None:
                entry = self.entries[found]
                entry.gender = entry.gender or gender  # type: ignore[assignment]
                if name_length(name) > name_length(entry.name) or (
                    name_length(name) == name_length(entry.name)
                    and gender_of(entry.name) is None
                    and gender_of(name) is not None
                ):
                    entry.aliases.add(entry.name)
                    entry.name = name
                    entry.gender = gender_of(name) or entry.gender  # a name beats a guess
                else:
                    entry.aliases.add(name)
                return found
        else:
            for index in range(len(self.entries) - 1, -1, -1):  # (no firm's short form: a place)
                entry = self.entries[index]
                placed = place or bool({fold(name), fold(entry.name)} & self._place_names)
                if entry.kind == "org" and same_org(entry.name, name, trade=not placed):
                    if len(name) > len(entry.name) and fold(entry.name) in fold(name):
                        entry.aliases.add(entry.name)
                        entry.name = name
                    else:
                        entry.aliases.add(name)
                    return index
            name = named_inside(name, [e.name for e in self.entries if e.kind == "org"])
        person = Person(name=name, kind=kind)  # type: ignore[arg-type]
        if kind == "person":
            person.gender = gender_of(name) or gender  # type: ignore[assignment]
        self.entries.append(person)
        self.descriptors.append(set())
        self.salience.append(0)
        self.labels.append(set())
        return len(self.entries) - 1

    def _same_person_entry(
        self, name: str, paragraph: int = -1, gender: str | None = None
    ) -> int | None:
        """The person already in the cast that a name denotes. A bare surname shared by two
        people ("Clinton" after "Hillary Clinton" and "Bill Clinton") goes to the one
        mentioned most so far, then the one who acted, then the one mentioned last."""
        candidates = [
            i
            for i, entry in enumerate(self.entries)
            if entry.kind == "person"
            and same_person(entry.name, name)
            and not (gender and entry.gender and entry.gender != gender)
        ]
        agreeing = [i for i in candidates if gender and self.entries[i].gender == gender]
        candidates = agreeing or candidates
        if not candidates and name_length(name) == 1:
            return self._first_word_entry(name, gender)
        if not candidates and name_length(name) > 1:
            held = compound_surname_entry(self.entries, name)  # "Bastos Moreira"
            if held is not None:
                return held
            near = [
                i
                for i, entry in enumerate(self.entries)
                if entry.kind == "person" and near_same_person(entry.name, name)
            ]
            return near[0] if len(near) == 1 else None  # a slip of spelling, nobody else
        if not candidates:
            return None
        if name_length(name) > 1:
            exact = [i for i in candidates if fold(self.entries[i].name) == fold(name)]
            if exact:
                return exact[0]
        return max(
            candidates,
            key=lambda i: (self.salience[i], self._acts(i), self._last_mention(i)),
        )

    def _first_word_entry(self, name: str, gender: str | None) -> int | None:
        """The one person whose full name opens with a word no surname matches: a given name
        after "Sir"/"Dame" ("Dame Morwenna"), a family name first ("Tran" for Tran Minh Chau)."""
        key = fold(name)
        found = [
            i
            for i, entry in enumerate(self.entries)
            if entry.kind == "person"
            and name_length(entry.name) > 1
            and fold(entry.name.split()[0]) == key
            and not (gender and entry.gender and entry.gender != gender)
        ]
        return found[0] if len(found) == 1 else None

    def _acts(self, entry: int) -> bool:
        """Whether a person has been the subject of a main clause or of a cue so far: an actor
        of the story ("Former President Bill Clinton criticized ...") rather than somebody
        named in passing ("... for his wife Hillary Clinton")."""
        return any(m.entry == entry and (m.main or m.speaker) for m in self.mentions)

    def _last_mention(self, entry: int) -> int:
        return max((m.start for m in self.mentions if m.entry == entry), default=-1)


def org_name(text: str) -> str:
    words = re.sub(r"['\u2019]s?$", "", text.strip()).split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def name_length(name: str) -> int:
    return len(name.split())


def _person_noun_before(token: Token, start: int) -> bool:
    """A capitalised person noun right before a name ("Farmer Glyn Pritchard"), not a name's."""
    return token.i == start - 1 and token.text[:1].isupper() and fold(token.lemma_) in PERSON_NOUNS
