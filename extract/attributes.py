"""Stage 4 of the cast: each entry's attributes, its title and the organisation it belongs to
or speaks for, kept beside the name.

- Title words and adjectives before a name form its title ("Lebanese Prime Minister").
- An apposition gives a title ("Rohan Deshpande, the utility's chief executive") and,
  through a possessive or "of/at ORG", an affiliation; so does a title-first apposition
  ("Hezbollah's newly appointed leader, Naim Qassem").
- An official with a generic title and no organisation speaks for the organisation that is
  the subject of the sentence before.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.affiliations import (
    appositive_holder,
    is_role,
    part_owner,
    possessive_owner,
    possessive_role,
    relative_org,
    role_set_before,
    whole_org,
)
from extract.cast_state import DETERMINERS, NameSpan
from extract.descriptions import descriptive_owner
from extract.entities import org_name
from extract.names import fold, is_title_word
from extract.offices import clause_role, court_role, succeeded_title, succession_owner
from extract.org_phrases import joined_name, name_after
from extract.people_words import (
    COURTESY_TITLES,
    ORG_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    RANK_WORDS,
    ROLE_PARTICIPLES,
    ROLE_VERBS,
)
from extract.resolution import Resolver
from extract.role_phrases import (
    address_after_role,
    address_only,
    described_org,
    is_remit,
    join_tokens,
    role_taken,
)
from extract.title_kinds import gender_from_title, is_generic, is_officer, officer_fits


class Describer(Resolver):
    """Gives entries their titles and organisations."""

    def _describe_all(self, spans: list[NameSpan]) -> None:
        for span in spans:
            entry_index = self.token_entry.get(span.end - 1)
            if entry_index is None:
                continue
            entry = self.entries[entry_index]
            head = self.index.tokens[span.end - 1]
            title, org = self._describe(span, head, entry.kind)
            if entry.kind == "org":
                if title:
                    self.descriptors[entry_index].update(fold(w) for w in title.split())
                continue
            if title and not entry.title:
                entry.title = title
            org = self._cast_name(org)
            if org and not entry.org and fold(org) != fold(entry.name):
                entry.org = org
            if entry.gender is None:
                entry.gender = gender_from_title(title)
        for index, entry in enumerate(self.entries):
            if entry.kind == "person" and entry.org is None and is_generic(entry.title):
                entry.org = self._org_of_previous_subject(index)
            if entry.kind == "person" and entry.org is None and is_officer(entry.title):
                entry.org = self._org_of_story(index)

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

    def _describe(self, span: NameSpan, head: Token, kind: str) -> tuple[str | None, str | None]:
        """Title and organisation of a name from its own words and its appositions."""
        doc = self.doc
        title_tokens = [t for t in doc[span.title_start : span.start] if not _courtesy(t)]
        if kind == "person" and not any(is_role(t) for t in title_tokens):
            title_tokens = []  # "Rival", "Derelict", "Retired U.S. Air Force": no role
        if kind == "person":  # "Council leader Cllr X": a leader addressed as Cllr
            title_tokens = address_after_role(title_tokens)
        address = kind == "person" and address_only(title_tokens)  # "Captain X, the master"
        title = None if address else join_tokens(title_tokens)
        org = self._title_org(title_tokens) if kind == "person" and not address else None
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
        # Apposition after the name: "X, the utility's chief executive".
        aside = doc[span.end : span.end + 3]  # "X, prosecuting, said"
        if kind == "person" and len(aside) == 3 and aside[0].text == aside[2].text == ",":
            title = title or ROLE_PARTICIPLES.get(aside[1].lower_)
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
            and holder.pos_ == "NOUN"
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
            title = title or court_role(head)
        # "X of the Lower Tavira Farmers Cooperative", "X at Ashgrove Polytechnic".
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "at", "from", "for", "with"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
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

    def _affiliation(
        self, head: Token, title: str | None, org: str | None
    ) -> tuple[str | None, str | None]:
        """What a person's title and appositions leave open (extract/affiliations.py): the
        whole organisation a part of it stands for, the owner of an appositive role, the
        organisation a relative clause places them in."""
        nouns = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
        holder = appositive_holder(head)
        if head.dep_ == "appos" and holder.i < head.i:
            nouns.append(holder)
        for noun in nouns:
            owner = part_owner(noun)
            if owner is not None:  # "secretary of the Elm branch of the union"
                return title, self.org_text(owner) or org
        if org:
            return title, org
        for noun in nouns:
            near = [*noun.lefts, *(g for c in noun.lefts if c.dep_ == "compound" for g in c.lefts)]
            poss = next((c for c in near if c.dep_ == "poss"), None)  # "the X's vice-chancellor"
            if poss is not None and is_role(noun, appositive=True):
                return title, self.org_text(poss)  # "the university's vice-chancellor, X"
            found = possessive_role(noun, lambda t: is_role(t, appositive=True))
            if found is not None:  # "X, the Office for Rail's director of enforcement"
                role, owner = found
                named = org_name(self.doc[noun.left_edge.i : owner.i + 1].text)
                return title or self.doc[role.i : role.right_edge.i + 1].text, named or None
        for noun in nouns:  # "X, manager of the watchdog Healthwatch Elm," parsed as two
            entry = self.token_entry.get(noun.i)
            if (
                entry is not None
                and self.entries[entry].kind == "org"
                and any(head.i < n.i < noun.i and is_role(n, appositive=True) for n in nouns)
            ):
                return title, self.entries[entry].name
        place = relative_org(head)  # "X, who chairs the trust"
        return title, self.org_text(place) if place is not None else None

    def _clause_title(self, head: Token, org: str | None) -> tuple[str | None, str | None]:
        """The role a relative clause gives a name ("X, who leads the council," -> Leader of
        the council; ROLE_VERBS), its object the organisation."""
        for clause in head.children:
            title = ROLE_VERBS.get(clause.lemma_.lower())
            if clause.dep_ != "relcl" or title is None or self.quoted[clause.i]:
                continue
            if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
                continue
            thing = next((c for c in clause.children if c.dep_ == "dobj"), None)
            if thing is None:
                continue
            words = [t for t in thing.subtree if t.lower_ not in DETERMINERS and not t.is_punct]
            return title, org or self.org_text(whole_org(thing)) or join_tokens(words)
        return None, org

    def _title_org(self, tokens: list[Token]) -> str | None:
        """The organisation a title names before its role: "Trump campaign spokesman" ->
        "Trump campaign", "Wells Fargo CEO" -> "Wells Fargo", "Clinton aide" -> "Clinton";
        a place alone ("Texas Rep.") is no organisation."""
        run: list[Token] = []
        for token in tokens:
            named = token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "PERSON")
            if token.is_sent_start and token.lower_ in PERSON_NOUNS:
                named = False  # "Volunteer coordinator X": a sentence's capital, no name
            if named and token.text[:1].isupper() and not is_title_word(token.text):
                run.append(token)
            elif run and token.lemma_.lower() in ORG_NOUNS and not is_role(token):
                run.append(token)
                break
            elif run and token.text[:1].isupper() and not is_role(token):
                return None  # the name runs on into title words: "Homeland Security"
            elif run:
                break
        if not run:
            return None
        if (
            not any(t.ent_type_ in ("ORG", "PERSON") for t in run)
            and run[-1].lemma_.lower() not in ORG_NOUNS
        ):
            return None
        return org_name(join_tokens(run) or "") or None

    def _noun_title(self, noun: Token) -> tuple[str | None, str | None]:
        """Title words of a common-noun phrase and the organisation it names, if any."""
        if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ == "PERSON":
            return None, None
        org: str | None = None
        keep: list[Token] = []
        skip: set[int] = set()
        kind_of_org = None  # "the club chairman": the club the article names
        for child in noun.children:
            if child.dep_ == "compound" and child.lemma_.lower() in ORG_NOUNS:
                kind_of_org = child if child.pos_ == "NOUN" else None
            if (
                child.dep_ == "poss"
                and child.i not in self.token_entry
                and descriptive_owner(child)
            ):
                continue  # "the lorry's driver": which driver, kept in the title
            if child.dep_ == "poss":
                org = self.org_text(child)
                skip.update(t.i for t in child.subtree)
            elif child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj"):
                skip.update(t.i for t in child.subtree)
            elif child.dep_ == "advmod" and child.lower_ == "there":
                # "who has been head there": the organisation the story was last about
                skip.add(child.i)
                found = self.latest_org(child.idx, subject_only=True, paragraphs=2, speaking=True)
                org = org or (self.entries[found].name if found is not None else None)
            elif child.dep_ == "prep" and child.i > noun.i:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if (
                    child.lower_ in ("of", "at", "for", "with", "from")
                    and pobj is not None
                    and (self._is_org_token(pobj) or pobj.pos_ == "PROPN")
                ):
                    org = org or self.org_text(pobj) or described_org(pobj)
                    skip.update(t.i for t in child.subtree)
                elif child.lower_ not in ("of",) and not is_remit(child):
                    skip.update(t.i for t in child.subtree)
        for token in noun.subtree:
            if token.i in skip or token.lower_ in DETERMINERS or token.is_punct:
                continue
            keep.append(token)
        if org is None and kind_of_org is not None:
            org = self.org_text(kind_of_org)
        return join_tokens(keep), org or self._title_org(sorted(keep, key=lambda t: t.i))

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
        if "NORP" in self.labels[entry] or any(fold(w) in ORG_WORDS for w in name.split()):
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
        if token.lower_ in ("its", "their"):  # the organisation that acted, not an "area"
            found = self.latest_org(token.idx, subject_only=True, speaking=True, paragraphs=1)
            found = self.latest_org(token.idx, speaking=True) if found is None else found
            return self.entries[found].name if found is not None else None
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
                return org_name(f"{org_name(owner[-1].text)} {token.text}")
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

    def _org_of_story(self, entry_index: int) -> str | None:
        """An officer named with no organisation ("Chief executive Lionel Pask said") holds
        office in the organisation the story last made a subject before their first
        mention ("The club said ..."), not in a place or one only acted upon, and one of
        the kind the office belongs to (a managing director's is no union)."""
        first = next((m for m in self.mentions if m.entry == entry_index), None)
        if first is None:
            return None
        fits = officer_fits(self.entries[entry_index].title)  # a managing director's firm
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


def _ranked(title: str | None) -> bool:
    """Whether a title names a ranked office itself ("Assistant Chief Constable", not a
    bare "Deputy")."""
    words = {fold(w) for w in (title or "").split()}
    return bool(words & RANK_WORDS) and bool(words - RANK_WORDS)


def _courtesy(token: Token) -> bool:
    return fold(token.text).strip(".") in COURTESY_TITLES
