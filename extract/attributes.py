"""Stage 4 of the cast: each entry's attributes, its title and the organisation it belongs to
or speaks for, kept beside the name.

- Title words and adjectives before a name form its title ("Lebanese Prime Minister").
- An apposition gives a title ("Rohan Deshpande, the utility's chief executive") and,
  through a possessive or "of/at ORG", an affiliation; so does a title-first apposition
  ("Hezbollah's newly appointed leader, Naim Qassem").
- An official with a generic title and no organisation speaks for the organisation that is
  the subject of the sentence before.

The organisation look-up is extract/org_lookup.py; titles read from noun phrases and
clauses, extract/noun_titles.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from common.post_nominals import post_nominal_role
from common.ranks import is_rank, rank_end, rank_names
from extract.affiliations import (
    appositive_holder,
    is_role,
    possessive_owner,
    role_set_before,
    whole_org,
)
from extract.cast_state import NameSpan
from extract.clause_roles import spoken_for
from extract.name_prefixes import describing_noun, shared_description
from extract.names import fold
from extract.noun_titles import NounTitles
from extract.offices import clause_role, succeeded_title, succession_owner
from extract.people_words import (
    COURTESY_TITLES,
    RANK_WORDS,
)
from extract.role_phrases import (
    address_after_role,
    address_only,
    join_tokens,
    role_taken,
)
from extract.title_kinds import gender_from_title, is_generic, is_officer


class Describer(NounTitles):
    """Gives entries their titles and organisations."""

    def _describe_all(self, spans: list[NameSpan]) -> None:
        lettered: dict[int, str] = {}  # "X KC": a barrister, when nothing says more
        for span in spans:
            entry_index = self.token_entry.get(span.end - 1)
            if entry_index is None:
                continue
            entry = self.entries[entry_index]
            head = self.index.tokens[span.end - 1]
            title, org = self._describe(span, head, entry.kind)
            role = post_nominal_role(self.doc[span.start : span.end].text)
            if role and entry.kind == "person":
                lettered.setdefault(entry_index, role)
            if entry.kind == "org":
                if title:
                    self.descriptors[entry_index].update(fold(w) for w in title.split())
                continue
            if title and not entry.title:
                entry.title = title
            rank = self._text(span.title_start, span.start)  # "Det Sgt": the detective
            self.rank_names[entry_index] = self.rank_names.get(entry_index, set()) | rank_names(
                rank
            )
            org = self._cast_name(org)
            if org and not entry.org and fold(org) != fold(entry.name) and not is_rank(org):
                entry.org = org  # a rank is no organisation: "the Mayor of Elm" (no "Mayor")
            if entry.gender is None:
                entry.gender = gender_from_title(title)
        titles = [e.title if e.kind == "person" else None for e in self.entries]
        for span in spans:  # "traders X and Y": the plural description is both people's
            head = self.index.tokens[span.end - 1]
            shared = shared_description(head, self.token_entry, titles)
            if shared is not None:
                self.entries[self.token_entry[head.i]].title = shared
        for index, entry in enumerate(self.entries):
            entry.title = entry.title or lettered.get(index)
            if entry.kind == "person" and entry.org is None and is_generic(entry.title):
                entry.org = self._org_of_previous_subject(index)
            if entry.kind == "person" and entry.org is None and is_officer(entry.title):
                entry.org = self._org_of_story(index)

    def _describe(self, span: NameSpan, head: Token, kind: str) -> tuple[str | None, str | None]:
        """Title and organisation of a name from its own words and its appositions."""
        doc = self.doc
        written = list(doc[span.title_start : span.start])
        ranked = len(written) - rank_end([t.text for t in written])  # "Lord Mayor": a rank
        title_tokens = [t for t in written if t.i - span.title_start >= ranked or not _courtesy(t)]
        if kind == "person" and not any(is_role(t) or describing_noun(t) for t in title_tokens):
            title_tokens = []  # "Rival", "Derelict", "Retired U.S. Air Force": no role
        if kind == "person":  # "Council leader Cllr X": a leader addressed as Cllr
            title_tokens = address_after_role(title_tokens)
        address = kind == "person" and address_only(title_tokens)  # "Captain X, the master"
        title = None if address else join_tokens(title_tokens)
        org = self._title_org(title_tokens) if kind == "person" and not address else None
        ranked = rank_end([t.text for t in title_tokens])
        if org and ranked:  # "Elm Police Det Sgt X": Det Sgt of Elm Police
            title = join_tokens(title_tokens[-ranked:])
        taken = role_taken(head, lambda t: is_role(t, True)) if kind == "person" else None
        if taken is not None:  # "X will take charge as interim head coach"
            t, o = self._noun_title(taken)
            title, org = t or title, org or o
        owner = possessive_owner(head, span.title_start)  # "Acme's chief executive X"
        if owner is not None:
            org = self.org_text(owner)
        before = role_set_before(doc[span.title_start]) if kind == "person" else None
        if before is not None and not title_tokens:  # "Acme's operations director X said"
            title, org = join_tokens(before[0]), self.org_text(before[1])
        if kind == "person" and not title:  # "Prosecuting, X", "X, for the union, said"
            title, org = self._clause_role(span, title, org)
        # Apposition after the name: "X, the utility's chief executive".
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i and not self.quoted[child.i]:
                if kind == "person" and not is_role(child, appositive=True):
                    continue
                t, o = self._noun_title(child)
                title = title or t
                org = org or o
        # Title-first apposition: "Hezbollah's newly appointed leader, Naim Qassem", "the
        # senior coroner for Dunhallow, Dr Petra Vance" (the parse may hang the name on
        # the place or organisation after the title).
        holder = appositive_holder(head) if kind == "person" else head.head
        if (
            head.dep_ == "appos"
            and holder.i < span.title_start
            and (holder.pos_ == "NOUN" or (holder.pos_ == "PROPN" and kind == "person"))
            and (kind != "person" or is_role(holder, appositive=True))
            and all(t.text != ":" for t in doc[holder.i : span.start])  # "THE JUDGE: Ms X"
        ):
            t, o = self._noun_title(holder)
            title = title or t
            org = org or o
        if kind == "person" and not title:  # "X, who leads the council,"
            title, org = self._clause_title(head, org)
        if kind == "person" and not title:  # "X, who became head of the school"; "Prosecuting, X"
            role = clause_role(head)
            if role is not None and is_role(role, appositive=True):
                title, org = self._noun_title(role)[0], org or self._noun_title(role)[1]
        # "X of the Lower Tavira Farmers Cooperative", "X at Ashgrove Polytechnic"; a part of
        # one is its owner's ("X, of Elm Police's fraud unit": Elm Police).
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "at", "from", "for", "with"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                pobj = whole_org(pobj) if pobj is not None else None
                if pobj is not None and self._is_org_token(pobj):
                    org = org or self.org_text(pobj)
        if kind == "person":
            title, org = self._affiliation(head, title, org)
            title = title or (join_tokens(title_tokens) if address else None)
        if kind == "person" and not _ranked(title):  # "His predecessor, X": a former holder
            # of his title (not "His deputy, Assistant Chief Constable X": hers is ranked)
            succeeded = succeeded_title(head, self.title_of)
            deputy = succession_owner(head) if succeeded else None  # "Her deputy": hers
            title = succeeded or title
            org = org or (self._org_of_person(deputy[1]) if deputy is not None else None)
        if kind == "person" and title:
            title = title[:1].upper() + title[1:]
        return title, org

    def _clause_role(
        self, span: NameSpan, title: str | None, org: str | None
    ) -> tuple[str | None, str | None]:
        """The role a clause beside the name gives (extract/clause_roles.py): a part in a
        hearing, or a spokesperson of the group or organisation spoken for (the organisation
        theirs when the cast knows it as one, else the group in the title)."""
        found = spoken_for(self.doc, span.title_start, span.end)
        if found is None:
            return title, org
        if found.head is None or found.group is None:
            return found.title, org
        named = self.org_text(found.head) if self._is_org_token(found.head) else None
        if named:
            return found.title, org or named
        return f"{found.title} for {join_tokens(found.group)}", org


def _ranked(title: str | None) -> bool:
    """Whether a title names a ranked office itself ("Assistant Chief Constable", not a
    bare "Deputy")."""
    words = {fold(w) for w in (title or "").split()}
    return bool(words & RANK_WORDS) and bool(words - RANK_WORDS)


def _courtesy(token: Token) -> bool:
    return fold(token.text).strip(".") in COURTESY_TITLES
