"""Titles and organisations read from a noun phrase or a clause beside a name: the title
words of a common-noun phrase and the organisation it names ("the utility's chief
executive"), the organisation a title names before its role ("Trump campaign spokesman"), the
role a relative clause gives ("X, who leads the council,"), and what appositions leave open
(extract/affiliations.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from common.ranks import rank_end
from extract.affiliations import (
    appositive_holder,
    is_role,
    part_owner,
    possessive_role,
    relative_org,
    whole_org,
)
from extract.cast_state import DETERMINERS
from extract.descriptions import descriptive_owner
from extract.docindex import entity_bounds
from extract.entities import org_name
from extract.names import fold, is_title_word
from extract.office_names import office_of_place
from extract.org_lookup import OrgLookup
from extract.people_words import ORG_NOUNS, PERSON_NOUNS, ROLE_VERBS, ROLE_WORDS
from extract.role_phrases import described_org, is_remit, join_tokens


class NounTitles(OrgLookup):
    """Reads titles and organisations from the phrases and clauses beside a name."""

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
            things = [c for c in clause.children if c.dep_ == "dobj"]
            if not things:
                continue
            thing = things[0]
            named = _named_object(things)
            if named is not None:  # "who runs the charity Warm Homes Elm", "who owns the
                return title, org or named  # Elm Tree café on Mill Lane"
            words = [t for t in thing.subtree if t.lower_ not in DETERMINERS and not t.is_punct]
            owner = next((c for c in thing.children if c.dep_ == "poss"), None)
            if thing.lemma_.lower() in ORG_NOUNS:  # "the surgery's patient group": a body
                owner = None
            body = self.org_text(owner) if owner is not None else None  # "the foundry's shop"
            return title, org or self.org_text(whole_org(thing)) or body or join_tokens(words)
        return None, org

    def _title_org(self, tokens: list[Token]) -> str | None:
        """The organisation a title names before its role: "Trump campaign spokesman" ->
        "Trump campaign", "Wells Fargo CEO" -> "Wells Fargo", "Clinton aide" -> "Clinton";
        a place alone ("Texas Rep.") is no organisation, nor a rank ("Group Manager", "Det
        Sgt": common/ranks.py): "Elm Police Det Sgt" -> "Elm Police"."""
        tokens = tokens[: len(tokens) - rank_end([t.text for t in tokens])]
        run: list[Token] = []
        for token in tokens:
            named = token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "PERSON")
            if named and entity_bounds(token)[1] > tokens[-1].i + 1:
                named = False  # "Hotelier Giulia Santoro" taken for one name: no body
            if token.is_sent_start and token.lower_ in PERSON_NOUNS:
                named = False  # "Volunteer coordinator X": a sentence's capital, no name
            if named and token.text[:1].isupper() and not is_title_word(token.text):
                run.append(token)
            elif run and token.tag_ == "POS" and not token.text.endswith("s"):
                run.append(token)  # "Wealdmoor Farmers’ Alliance": a plural's mark inside
            elif run and token.lemma_.lower() in ORG_NOUNS and not is_role(token):
                run.append(token)
                break
            elif run and token.text[:1].isupper() and not is_role(token):
                return None  # the name runs on into title words: "Homeland Security"
            elif run:
                break
        if not run:
            return None
        if len(run) == 1 and run[0].is_sent_start and run[0].lower_ in ORG_NOUNS:
            found = self.resolve_org_noun(run[0].idx, run[0].lower_)  # "Club chairman X":
            return self.entries[found].name if found is not None else None  # the story's club
        if (
            not any(t.ent_type_ in ("ORG", "PERSON") for t in run)
            and run[-1].lemma_.lower() not in ORG_NOUNS
        ):
            return None
        return org_name(join_tokens(run) or "") or None

    def _body_of_place(self, place: Token) -> str | None:
        """The one body of the cast named "<head> of <place>" that a title "of" the place
        holds an office of ("Archdeacon of Brackendale" in the story of the Diocese of
        Brackendale: the diocese, not the Brackendale Youth Orchestra)."""
        if place.pos_ != "PROPN" or any(c.dep_ in ("compound", "amod") for c in place.children):
            return None
        tail = f" of {fold(place.text)}"
        found = {e.name for e in self.entries if e.kind == "org" and fold(e.name).endswith(tail)}
        return found.pop() if len(found) == 1 else None

    def _noun_title(self, noun: Token) -> tuple[str | None, str | None]:
        """Title words of a common-noun phrase and the organisation it names, if any."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None, None
        if noun.ent_type_ == "PERSON" and not office_of_place(noun.doc, noun.i, noun.i + 1):
            return None, None  # a name, but not "the Dean of Wexbury" (an office)
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
                and self.body_of_kind(child) is None  # not org_text: "van" may be a PROPN
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
                through = child.lower_ in ("of", "at", "for", "with", "from")
                if (  # "medical adviser to the charity X": an agent's "to" too
                    (through or (child.lower_ == "to" and _serves_body(noun, pobj)))
                    and pobj is not None
                    and (self._is_org_token(pobj) or pobj.pos_ == "PROPN")
                ):
                    org = org or self._body_of_place(pobj) or self.org_text(pobj)
                    org = org or described_org(pobj)
                    skip.update(t.i for t in child.subtree)
                elif child.lower_ not in ("of",) and not is_remit(child):
                    skip.update(t.i for t in child.subtree)
        for token in noun.subtree:
            if token.i in skip or token.lower_ in DETERMINERS:
                continue
            if token.is_punct and token.tag_ != "POS":  # "Farmers’ Alliance": a name's mark
                continue
            keep.append(token)
        if org is None and kind_of_org is not None:
            org = self.org_text(kind_of_org)
        return join_tokens(keep), org or self._title_org(sorted(keep, key=lambda t: t.i))


def _serves_body(noun: Token, pobj: Token | None) -> bool:
    """Whether "<noun> to <pobj>" is a role held in a body's service ("adviser to the
    charity X", "secretary to the club": a role word of the data, not "a visitor to the
    museum"), the body no person or country ("chief of staff to Bill Clinton", "ambassador
    to Burma": whom or where they serve, not their employer)."""
    if pobj is None or pobj.ent_type_ in ("PERSON", "GPE", "NORP", "LOC"):
        return False
    return fold(noun.lemma_) in ROLE_WORDS or fold(noun.text) in ROLE_WORDS


def _named_object(things: list[Token]) -> str | None:
    """The name of what a relative clause's person runs, owns or founded, when its object
    gives one: the proper name set beside a common noun ("the fuel charity Warm Homes Elm",
    the name in apposition to the noun), or a common noun with a proper name before it ("the
    Elm Tree café on Mill Lane", the parse splitting it into two objects): the whole phrase,
    so that the café's owner is found by "the café owner"."""
    doc = things[0].doc
    if len(things) == 1:
        name = next((c for c in things[0].children if c.dep_ == "appos"), None)
        if things[0].pos_ == "NOUN" and name is not None and name.pos_ == "PROPN":
            return org_name(doc[name.left_edge.i : name.right_edge.i + 1].text) or None
        return None
    last = things[-1]
    if last.pos_ != "NOUN" or not any(t.pos_ == "PROPN" for t in things[:-1]):
        return None
    first = things[0].left_edge.i
    while first < last.i and doc[first].lower_ in DETERMINERS:
        first += 1
    return org_name(doc[first : last.right_edge.i + 1].text) or None
