"""Organisations as the cast knows them: the organisation a token names or refers to ("its",
"the utility", "Hezbollah", "the Trump campaign"), and the organisation a person with no
named one speaks for (the subject of the sentence before; the story's organisation of the
kind an officer's office belongs to).
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.affiliations import whole_org
from extract.clause_roles import read_clause
from extract.entities import org_name
from extract.kind_names import naming_words, of_named
from extract.names import fold
from extract.org_kinds import org_kinds
from extract.org_phrases import joined_name, name_after
from extract.org_reference import in_subject_phrase
from extract.outside_ties import outside_tie
from extract.people_words import ORG_NOUNS, ORG_WORDS
from extract.resolution import Resolver
from extract.title_kinds import officer_fits, owner_fits


class OrgLookup(Resolver):
    """Finds the organisations tokens name and the ones people speak for."""

    def _org_of_person(self, token: Token) -> str | None:
        """The organisation of the person a name or a pronoun ("her") refers to."""
        entry = self.token_entry.get(token.i)
        if entry is None and token.pos_ == "PRON":
            entry = self.resolve_pronoun(token)
        return self.entries[entry].org if entry is not None else None

    def _cast_name(self, org: str | None) -> str | None:
        """An organisation's name as the cast knows it: "Council" of "Council leader X" is
        the entry that name was given to ("Brackwell Borough Council")."""
        if org is None:
            return None
        key = fold(org)
        for entry in self.entries:
            if entry.kind == "org" and key in {fold(a) for a in entry.aliases}:
                return entry.name
        return org

    def _is_org_token(self, token: Token) -> bool:
        entry = self.token_entry.get(token.i)
        if entry is not None:
            return self.entries[entry].kind == "org"
        return token.ent_type_ in ("ORG", "GPE") or token.lemma_.lower() in ORG_NOUNS

    def kind_named(self, entry: int, noun: Token) -> str:
        """The organisation "the <name> <noun>" names when the name is an organisation's
        of the cast: that organisation when its name says it is one ("the Save Elm Hospital
        campaign") or is a party's ("the Liberal Democrat group"); else the name with the
        noun ("the Trump campaign", "the Green group")."""
        name = self.entries[entry].name
        words = name.split()  # ("the Friends group": the Friends of Harbury Lido)
        if (
            "NORP" in self.labels[entry]
            or of_named(words)
            or any(fold(w) in ORG_WORDS for w in words)
        ):
            return name
        return org_name(f"{name} {noun.text}") or name

    def org_text(self, token: Token) -> str | None:
        """The organisation a token names or refers to ("its", "the utility", "Hezbollah")."""
        joined = joined_name(token)
        if joined is not None:
            return joined
        entry = self.token_entry.get(token.i)
        if entry is not None:  # an organisation, or the person a campaign or aide serves
            return self.entries[entry].name
        whole = self.branch_whole(token)
        if whole is not None:  # "a spokeswoman for the Elm branch of the X Union"
            return whole
        if token.lower_ in ("its", "their"):  # the organisation that acted, not an "area"
            spoken = self._spoken_for_before(token)
            if spoken is not None:  # "Speaking for the union, its secretary, X"
                return spoken
            found = self._only_org_before(token)  # "... calling themselves X. Their founder"
            if found is None:
                found = self.latest_org(token.idx, subject_only=True, speaking=True, paragraphs=1)
            found = self.latest_org(token.idx, speaking=True) if found is None else found
            return self.entries[found].name if found is not None else None
        if token.pos_ == "NOUN" and token.dep_ == "poss" and token.lemma_.lower() not in ORG_NOUNS:
            return self.body_of_kind(token)  # "the foundry's casting shop", "the centre's manager"
        if token.pos_ == "NOUN" and token.lemma_.lower() in ORG_NOUNS:
            owner = [
                c
                for c in token.children
                if c.dep_ in ("compound", "poss", "amod", "nmod")
                and c.i < token.i
                and c.text[:1].isupper()
                and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PERSON"))
            ]
            if owner:  # "the Trump campaign", "Clinton's campaign"
                entry = self.token_entry.get(owner[-1].i)
                if entry is not None and self.entries[entry].kind == "org":
                    return self.kind_named(entry, token)  # "the Save Elm Library campaign"
                return org_name(f"{org_name(_written_name(owner[-1], token))} {token.text}")
            named = name_after(token)
            if named is not None:  # "the campaign group Free the Herd"
                return named
            found = self.resolve_org_noun(token.idx, token.lemma_.lower())
            return self.entries[found].name if found is not None else None
        if token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "GPE", "NORP"):
            left = min(
                t.i for t in token.subtree if t.dep_ in ("compound", "det") or t.i == token.i
            )
            return org_name(self.doc[left : token.i + 1].text)
        return None

    def branch_whole(self, noun: Token) -> str | None:
        """The organisation a part of it speaks for: "the Pellingford branch of the National
        Union of Teachers" (data/people_words.json "org_parts", extract/affiliations.py
        `whole_org`), not a body called by the name that qualifies the part; None for any
        other noun, a part no name qualifies, a part in apposition to its own name ("X, a
        division of Y"), or no organisation owning it."""
        named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
        if noun.dep_ == "appos" or not named:
            return None  # "the board of X": X's own voice, as the cast reads it
        whole = whole_org(noun)
        entry = self.token_entry.get(whole.i) if whole.i != noun.i else None
        return (
            self.entries[entry].name
            if entry is not None and self.entries[entry].kind == "org"
            else None
        )

    def body_of_kind(self, noun: Token) -> str | None:
        """The organisation a possessive common noun names by its kind ("the foundry's",
        "the observatory's"): the one the story named with the noun in its name
        (extract/resolution.py `resolve_org_noun`); None for a noun no body of the story is
        named by ("the lorry's driver", "the island's shop")."""
        found = self.resolve_org_noun(noun.idx, noun.lemma_.lower())
        words = fold(self.entries[found].name).split() if found is not None else []
        if found is None or fold(noun.lemma_) not in naming_words(words):  # (no Friends of X)
            return None  # only one its name calls so: "a GP surgery" makes no body of "GP"
        return self.entries[found].name

    def _only_org_before(self, pronoun: Token) -> int | None:
        """The one organisation a possessive pronoun opening its sentence can mean when the
        sentence before names exactly one and makes none its subject ("The protest was
        organised by a group calling themselves the Bluetits. Their founder, X, said"):
        that one, not an organisation that spoke further back."""
        sent = pronoun.sent
        if pronoun.i != sent.start or sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        named = [
            m
            for m in self.mentions
            if before.start_char <= m.start < before.end_char
            and self.entries[m.entry].kind == "org"
            and not self._is_place(m.entry)
        ]
        if len({m.entry for m in named}) != 1:
            return None
        if any(m.subject or in_subject_phrase(self.index.token_at(m.start)) for m in named):
            return None  # a subject: the usual reading finds it
        subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        if any(t.lemma_.lower() in ORG_NOUNS or t.pos_ == "PROPN" for t in subjects):
            return None  # "The council sold it to X. Its leader": the council's
        return named[0].entry

    def _spoken_for_before(self, pronoun: Token) -> str | None:
        """The organisation an opening clause speaks for, when a possessive pronoun follows
        it: in "Speaking for the Tilers' Union in Elm, its secretary, X said" (or "On behalf
        of the trust, its chair, X") "its" is that organisation's, whatever the sentence
        before made its subject (extract/clause_roles.py reads the clause)."""
        start = pronoun.sent.start
        if pronoun.i - start < 3 or self.doc[pronoun.i - 1].text != ",":
            return None
        words = [t for t in self.doc[start : pronoun.i - 1] if not (t.is_space or t.is_quote)]
        found = read_clause(words) if words else None
        if found is None or found.head is None:
            return None
        entry = self.token_entry.get(found.head.i)
        if entry is None or self.entries[entry].kind != "org":
            return None
        return self.entries[entry].name

    def _org_of_story(self, entry_index: int) -> str | None:
        """An officer named with no organisation ("Chief executive Lionel Pask said") holds
        office in the organisation the story last made a subject before their first
        mention ("The club said ..."), not in a place or one only acted upon, and one of
        the kind the office belongs to (a managing director's is no union)."""
        first = next((m for m in self.mentions if m.entry == entry_index), None)
        if first is None:
            return None
        token = self.index.token_at(first.start)
        if token is not None and outside_tie(token):
            return None  # "Funeral director X, who uses the crematorium": its client
        title_fits = officer_fits(self.entries[entry_index].title)  # a managing director's
        owner = _owner_noun(token) if token is not None else None  # "the company's" X
        owned = owner_fits(owner) if owner else None
        acted = {
            self.entries[m.entry].name
            for m in self.mentions
            if (m.subject or m.main or m.speaker) and not m.modifier
        }

        def fits(name: str) -> bool:  # of the owner's kind, or of no kind but an actor
            of_owner = owned is None or owned(name) or (name in acted and not org_kinds(name))
            return title_fits(name) and of_owner

        found = self.latest_org(first.start, subject_only=True, speaking=True, fits=fits)
        if found is None:  # "Engineering firm Corvell & Pryce is to cut": a subject unparsed
            found = self.latest_org(first.start, speaking=True, fits=fits)
        return self.entries[found].name if found is not None else None

    def _org_of_previous_subject(self, entry_index: int) -> str | None:
        """An official with no named organisation speaks for the organisation that is the
        subject of the sentence before their first mention, in the same paragraph."""
        first = next((m for m in self.mentions if m.entry == entry_index), None)
        if first is None:
            return None
        token = self.index.token_at(first.start)
        if token is None:
            return None
        sent = self.index.sent(token)
        if sent.start == 0:
            return None
        previous = self.index.sent(self.index.tokens[sent.start - 1])
        if self.paragraph_of[previous.start] != self.paragraph_of[sent.start]:
            return None
        for tok in previous:
            entry = self.token_entry.get(tok.i)
            subject = tok.dep_ in ("nsubj", "nsubjpass")
            if entry is not None and subject and self.entries[entry].kind == "org":
                return self.entries[entry].name
        return None


def _owner_noun(name: Token) -> str | None:
    """The common noun (with its compound words) whose possessive owns the title in a name's
    apposition ("X, the company's chief executive": company; "the food bank's
    coordinator": food bank); None for a pronoun ("its") or a name."""
    for title in (c for c in name.children if c.dep_ == "appos"):
        for owner in title.children:
            if owner.dep_ == "poss" and owner.pos_ == "NOUN":
                before = [c.text for c in owner.children if c.dep_ == "compound" and c.i < owner.i]
                return " ".join([*before, str(owner.lemma_)])  # "the food bank's": food bank
    return None


def _written_name(last: Token, noun: Token) -> str:
    """The capitalised words of a name ending in `last` that compounds an organisation's
    noun, as written: "Save Glenarrow Maternity" and "Save Our Baths" before "campaign"
    and "group" ("Trump" alone)."""
    doc = last.doc
    start = last.i
    while start > 0:
        prev = doc[start - 1]
        capitalised = prev.is_alpha and prev.text[:1].isupper() and prev.pos_ != "DET"
        if not (capitalised and start <= prev.head.i <= noun.i):
            break
        start -= 1
    return doc[start : last.i + 1].text
