"""The article's cast: the people and organisations it names, with titles, affiliations and
every mention, so that "Qassem", "he", "the minister" and "the group" resolve to a full name.

Rules implemented here:
- A name is the proper-noun run of a named entity, widened leftwards over proper-noun
  compounds that are not title words ("Mayor Beatriz Aranda": NER may find only "Aranda").
- Title words and adjectives before a name form its title ("Lebanese Prime Minister");
  an apposition gives a title ("Rohan Deshpande, the utility's chief executive") and, through
  a possessive or "of/at ORG", an affiliation; so does a title-first apposition
  ("Hezbollah's newly appointed leader, Naim Qassem").
- spaCy's small model often labels a personal name ORG or GPE; a name is a person when any
  mention of its surname is labelled PERSON, or when it carries a personal title.
- A pronoun resolves to the latest compatible person mentioned as a subject in the same or
  the previous paragraph, else the latest person mentioned there.
- "the mayor" resolves to the latest person whose title holds "mayor"; "the group",
  "the company", "the utility" to the latest organisation named or described so.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token

from extract.docindex import DocIndex
from extract.model import Person
from extract.names import (
    PARTICLES,
    clean_name,
    fold,
    gender_of,
    is_honorific,
    is_title_word,
    looks_like_person_name,
    same_person,
    surname_keys,
)

ORG_WORDS = {
    "ministry", "department", "council", "committee", "commission", "agency", "authority",
    "office", "party", "union", "association", "cooperative", "co-operative", "federation",
    "institute", "university", "polytechnic", "college", "school", "academy", "hospital",
    "bank", "fund", "foundation", "trust", "company", "corporation", "corp", "inc", "ltd",
    "llc", "plc", "group", "holdings", "works", "water", "energy", "police", "army", "navy",
    "force", "forces", "court", "government", "administration", "parliament", "congress",
    "senate", "house", "assembly", "board", "bureau", "service", "services", "network",
    "news", "times", "post", "journal", "press", "campaign", "movement", "front",
    "brigade", "brigades", "coalition", "alliance", "organisation", "organization", "centre",
    "center", "club", "league", "society", "church", "airlines", "airways", "motors", "bridge",
    "nations", "reuters", "associated", "media", "television", "radio", "tv",
    "industries", "partners", "capital", "systems", "technologies", "labs", "inspectorate",
}  # fmt: skip
ORG_NOUNS = {
    "group", "company", "firm", "organisation", "organization", "ministry", "department",
    "council", "committee", "commission", "agency", "authority", "utility", "contractor",
    "government", "administration", "party", "union", "cooperative", "movement", "militia",
    "campaign", "office", "court", "board", "bank", "airline", "newspaper", "network",
    "army", "military", "police", "institute", "university", "school", "hospital",
    "charity", "regulator", "inspectorate", "city", "state", "country", "team", "club",
    "coalition", "alliance", "embassy", "parliament", "congress", "senate", "house", "paper",
}  # fmt: skip
PERSON_NOUNS = {
    "driver", "owner", "resident", "farmer", "worker", "teacher", "student", "nurse", "doctor",
    "mother", "father", "son", "daughter", "wife", "husband", "widow", "veteran", "activist",
    "expert", "scientist", "engineer", "official", "spokesperson", "spokesman", "spokeswoman",
    "chief", "head", "founder", "president", "chair", "director", "candidate", "voter",
    "protester", "commuter", "shopkeeper", "baker", "pilot", "soldier", "lawyer", "judge",
    "analyst", "economist", "professor", "author", "artist", "survivor", "victim", "witness",
}  # fmt: skip
GENERIC_TITLES = {
    "official", "spokesman", "spokeswoman", "spokesperson", "leader", "member", "officer",
    "representative", "aide", "adviser", "advisor", "negotiator", "commander", "source",
}  # fmt: skip
_GENERIC_ORG_NOUNS = {
    "group", "company", "firm", "organisation", "organization", "contractor", "utility",
    "agency", "cooperative", "charity", "regulator", "operator", "manufacturer", "militia",
    "movement", "union", "airline", "carrier", "network", "broadcaster", "newspaper",
}  # fmt: skip
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
MALE_TITLES = {
    "mr",
    "mr.",
    "spokesman",
    "chairman",
    "congressman",
    "councilman",
    "king",
    "prince",
    "father",
    "sir",
    "lord",
    "businessman",
    "sheikh",
    "emir",
    "sultan",
}
FEMALE_TITLES = {
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "spokeswoman",
    "chairwoman",
    "congresswoman",
    "councilwoman",
    "queen",
    "princess",
    "lady",
    "dame",
    "businesswoman",
    "mme",
}
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LAW"}


@dataclass
class Mention:
    """Where an entry of the cast is mentioned (outside quotation marks)."""

    start: int
    entry: int
    subject: bool
    paragraph: int
    main: bool = False  # the subject of its sentence's main clause (not of reported words)
    speaker: bool = False  # the subject of a reporting cue


@dataclass
class NameSpan:
    """A name found in the text: the name's tokens and the title tokens before it."""

    start: int  # token index of the first name token
    end: int  # token index past the last name token
    title_start: int  # token index of the first title token (== start when none)
    label: str


class Cast:
    """People and organisations of one article, and the mentions that refer to them."""

    def __init__(
        self,
        doc: Doc,
        paragraph_of: list[int],
        quoted: list[bool],
        index: DocIndex | None = None,
        speakers: set[int] | None = None,
    ) -> None:
        self.doc = doc
        self.index = index or DocIndex(doc)
        self.speakers = speakers or set()  # tokens that are the subject of a reporting cue
        self.paragraph_of = paragraph_of  # token index -> paragraph number
        self.quoted = quoted  # token index -> inside quotation marks
        self.entries: list[Person] = []
        self.descriptors: list[set[str]] = []  # per entry: nouns describing it ("utility")
        self.salience: list[int] = []  # per entry: mentions so far
        self.mentions: list[Mention] = []
        self.token_entry: dict[int, int] = {}  # token index -> entry, for every name token
        self._build()

    # ---------------------------------------------------------------- building
    def _build(self) -> None:
        spans = self._candidate_spans()
        person_surnames = {
            key
            for s in spans
            if s.label == "PERSON" and not self._has_org_word(s)
            for key in surname_keys(self._text(s.start, s.end))
        }
        for span in spans:
            if span.label == "PERSON":
                self._split_title(span)  # the name decides the kind, not its title
            kind = self._kind(span, person_surnames)
            if kind is None:
                continue
            if kind == "person" and span.label != "PERSON":
                self._split_title(span)
            entry = self._add_entry(self._text(span.start, span.end), kind)
            for i in range(span.title_start, span.end):
                self.token_entry.setdefault(i, entry)
            head = self.index.tokens[span.end - 1]
            self.salience[entry] += 1
            if not self.quoted[head.i]:
                self.mentions.append(
                    Mention(
                        head.idx,
                        entry,
                        _is_subject(head),
                        self.paragraph_of[head.i],
                        _is_main_subject(head),
                        self._speaks(head),
                    )
                )
        self._describe_all([s for s in spans if s.end - 1 in self.token_entry])
        self._add_title_mentions()
        self._add_pronoun_mentions()

    def _add_pronoun_mentions(self) -> None:
        """Resolve subject pronouns in reading order, so that "He added ..." keeps the
        chain going for the next "he said"."""
        self.pronoun_entry: dict[int, int] = {}
        for token in self.index.tokens:
            if (
                token.lower_ in ("he", "she")
                and token.dep_ in ("nsubj", "nsubjpass")
                and not self.quoted[token.i]
            ):
                found = self.resolve_pronoun(token)
                if found is not None:
                    self.pronoun_entry[token.i] = found
                    self.add_mention(token, found)

    def _add_title_mentions(self) -> None:
        """ "The mayor rejected that." counts as a mention of the mayor for later pronouns."""
        for token in self.index.tokens:
            if (
                token.pos_ == "NOUN"
                and not self.quoted[token.i]
                and _is_subject(token)
                and is_title_word(token.text)
                and any(c.lower_ == "the" for c in token.children)
            ):
                words = [t.text for t in token.subtree if t.i <= token.i]
                found = self.resolve_title(token, words)
                if found is not None:
                    self.add_mention(token, found)

    def _candidate_spans(self) -> list[NameSpan]:
        """Named entities, widened; plus proper-noun runs the entity recogniser missed."""
        doc = self.doc
        spans: list[NameSpan] = []
        covered = [False] * len(doc)
        for ent in doc.ents:
            for token in ent:
                covered[token.i] = True
            span = (
                self._widen(ent.start, ent.end, ent.label_) if ent.label_ in _NAME_LABELS else None
            )
            if span is not None:
                spans.append(span)
                for i in range(span.start, span.end):
                    covered[i] = True
        i = 0
        while i < len(doc):
            token = doc[i]
            if covered[i] or token.pos_ != "PROPN" or not token.text[:1].isupper():
                i += 1
                continue
            j = i
            while j + 1 < len(doc) and not covered[j + 1] and _continues_name(doc, j + 1):
                j += 1
            head = doc[j]
            if head.dep_ not in ("compound",) or head.head.i <= j:
                span = self._widen(i, j + 1, "PROPN")
                if span is not None and not self.quoted[head.i]:
                    spans.append(span)
            i = j + 1
        spans.sort(key=lambda s: s.start)
        return spans

    def _widen(self, start: int, end: int, label: str) -> NameSpan | None:
        doc = self.doc
        while start < end and doc[start].lower_ in _DETERMINERS:
            start += 1
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1
        if start >= end:
            return None
        # Widen left over proper-noun compounds ("Mayor Beatriz" before "Aranda"),
        # particles ("de" before "Jong") and hyphenated given names ("Jean-" "Baptiste").
        while start > 0:
            prev = doc[start - 1]
            if label == "PERSON" and prev.ent_type_ not in ("", "PERSON"):
                break  # "New Jersey Gov. Chris Christie": the state is another entity
            attached = prev.head.i >= start
            compound = prev.pos_ == "PROPN" and prev.dep_ in ("compound", "nmod")
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

    def _text(self, start: int, end: int) -> str:
        return self.doc[start:end].text

    def _has_org_word(self, span: NameSpan) -> bool:
        return any(fold(t.text) in ORG_WORDS for t in self.doc[span.start : span.end])

    def _kind(self, span: NameSpan, person_surnames: set[str]) -> str | None:
        doc = self.doc
        text = self._text(span.start, span.end)
        if self._has_org_word(span):
            return "org"
        if span.label == "PERSON":
            return "person" if looks_like_person_name(text) else None
        if any(doc[i].ent_type_ in _NOT_NAMES for i in range(span.start, span.end)):
            return None
        titled = any(
            is_title_word(t.text) or is_honorific(t.text)
            for t in doc[max(0, span.start - 3) : span.start + 1]
        ) and span.label in ("PROPN", "ORG", "NORP")
        name_words = [w for w in text.split() if not is_title_word(w) and not is_honorific(w)]
        personal = looks_like_person_name(text) and (
            bool(surname_keys(text) & person_surnames)
            or (titled and len(name_words) >= 2)
            or self._has_personal_apposition(span)
        )
        if personal and not text.isupper():
            return "person"
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
        if any(_same_org(e.name, text) for e in self.entries if e.kind == "org"):
            return "org"
        return None

    def _has_personal_apposition(self, span: NameSpan) -> bool:
        """ "X, president of ...", "X, a delivery driver": a role only people have."""
        head = self.index.tokens[span.end - 1]
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                lemma = child.lemma_.lower()
                if (
                    is_title_word(lemma)
                    or lemma in PERSON_NOUNS
                    or lemma.endswith(("er", "or", "ist", "ian", "ant", "ent"))
                    and lemma not in ORG_NOUNS
                ):
                    return True
        return False

    def _is_group_speaker(self, span: NameSpan) -> bool:
        head = self.index.tokens[span.end - 1]
        return head.dep_ in ("nsubj", "nsubjpass") and head.tag_ in ("NNPS", "NNP")

    def _add_entry(self, raw_name: str, kind: str) -> int:
        name = clean_name(raw_name) if kind == "person" else _org_name(raw_name)
        if not name:
            name = raw_name
        if kind == "person" and name.isupper() and len(name) > 3:
            name = name.title()  # transcripts and headlines shout names: "WALLACE"
        if kind == "person":
            found = self._same_person_entry(name)
            if found is not None:
                entry = self.entries[found]
                if _name_length(name) > _name_length(entry.name):
                    entry.aliases.add(entry.name)
                    entry.name = name
                    entry.gender = gender_of(name) or entry.gender  # a name beats a guess
                else:
                    entry.aliases.add(name)
                return found
        else:
            for index in range(len(self.entries) - 1, -1, -1):
                entry = self.entries[index]
                if entry.kind == "org" and _same_org(entry.name, name):
                    if len(name) > len(entry.name) and fold(entry.name) in fold(name):
                        entry.aliases.add(entry.name)
                        entry.name = name
                    else:
                        entry.aliases.add(name)
                    return index
        person = Person(name=name, kind=kind)  # type: ignore[arg-type]
        if kind == "person":
            person.gender = gender_of(name)
        self.entries.append(person)
        self.descriptors.append(set())
        self.salience.append(0)
        return len(self.entries) - 1

    def _same_person_entry(self, name: str) -> int | None:
        """The person already in the cast that a name denotes. A bare surname shared by two
        people ("Clinton" after "Hillary Clinton" and "Bill Clinton") goes to the one
        mentioned most so far, then the one mentioned last."""
        candidates = [
            i
            for i, entry in enumerate(self.entries)
            if entry.kind == "person" and same_person(entry.name, name)
        ]
        if not candidates:
            return None
        if _name_length(name) > 1:
            exact = [i for i in candidates if fold(self.entries[i].name) == fold(name)]
            if exact:
                return exact[0]
        return max(candidates, key=lambda i: (self.salience[i], self._last_mention(i)))

    def _last_mention(self, entry: int) -> int:
        return max((m.start for m in self.mentions if m.entry == entry), default=-1)

    # ---------------------------------------------------------------- titles
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
            if org and not entry.org and fold(org) != fold(entry.name):
                entry.org = org
            if entry.gender is None:
                entry.gender = _gender_from_title(title)
        for index, entry in enumerate(self.entries):
            if entry.kind == "person" and entry.org is None and _is_generic(entry.title):
                entry.org = self._org_of_previous_subject(index)

    def _describe(self, span: NameSpan, head: Token, kind: str) -> tuple[str | None, str | None]:
        """Title and organisation of a name from its own words and its appositions."""
        doc = self.doc
        title_tokens = [t for t in doc[span.title_start : span.start] if not is_honorific(t.text)]
        title = _join(title_tokens)
        org: str | None = None
        # Possessive organisation on the name: "Ashgrove Polytechnic's Professor X".
        for child in head.children:
            if child.dep_ == "poss" and child.i < span.title_start:
                org = self._org_text(child)
        # Apposition after the name: "X, the utility's chief executive".
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i and not self.quoted[child.i]:
                t, o = self._noun_title(child)
                title = title or t
                org = org or o
        # Title-first apposition: "Hezbollah's newly appointed leader, Naim Qassem".
        if head.dep_ == "appos" and head.head.i < span.title_start and head.head.pos_ == "NOUN":
            t, o = self._noun_title(head.head)
            title = title or t
            org = org or o
        # "X of the Lower Tavira Farmers Cooperative", "X at Ashgrove Polytechnic".
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "at", "from", "for", "with"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and self._is_org_token(pobj):
                    org = org or self._org_text(pobj)
        if kind == "person" and title:
            title = title[:1].upper() + title[1:]
        return title, org

    def _noun_title(self, noun: Token) -> tuple[str | None, str | None]:
        """Title words of a common-noun phrase and the organisation it names, if any."""
        if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ == "PERSON":
            return None, None
        org: str | None = None
        keep: list[Token] = []
        skip: set[int] = set()
        for child in noun.children:
            if child.dep_ == "poss":
                org = self._org_text(child)
                skip.update(t.i for t in child.subtree)
            elif child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj"):
                skip.update(t.i for t in child.subtree)
            elif child.dep_ == "prep" and child.i > noun.i:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if (
                    child.lower_ in ("of", "at", "for", "with", "from")
                    and pobj is not None
                    and (self._is_org_token(pobj) or pobj.pos_ == "PROPN")
                ):
                    org = org or self._org_text(pobj)
                    skip.update(t.i for t in child.subtree)
                elif child.lower_ not in ("of",):
                    skip.update(t.i for t in child.subtree)
        for token in noun.subtree:
            if token.i in skip or token.lower_ in _DETERMINERS or token.is_punct:
                continue
            keep.append(token)
        return _join(keep), org

    def _is_org_token(self, token: Token) -> bool:
        entry = self.token_entry.get(token.i)
        if entry is not None:
            return self.entries[entry].kind == "org"
        return token.ent_type_ in ("ORG", "GPE") or token.lemma_.lower() in ORG_NOUNS

    def _org_text(self, token: Token) -> str | None:
        """The organisation a token names or refers to ("its", "the utility", "Hezbollah")."""
        entry = self.token_entry.get(token.i)
        if entry is not None and self.entries[entry].kind == "org":
            return self.entries[entry].name
        if token.lower_ in ("its", "their"):
            found = self.latest_org(token.idx)
            return self.entries[found].name if found is not None else None
        if token.pos_ == "NOUN" and token.lemma_.lower() in ORG_NOUNS:
            found = self.resolve_org_noun(token.idx, token.lemma_.lower())
            return self.entries[found].name if found is not None else None
        if token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "GPE", "NORP"):
            left = min(
                t.i for t in token.subtree if t.dep_ in ("compound", "det") or t.i == token.i
            )
            return _org_name(self.doc[left : token.i + 1].text)
        return None

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

    # ---------------------------------------------------------------- lookups
    def entry_for_token(self, token: Token) -> int | None:
        """The cast entry a name token belongs to."""
        return self.token_entry.get(token.i)

    def _speaks(self, token: Token) -> bool:
        while token.dep_ in ("compound", "flat") and token.head.i != token.i:
            token = token.head
        return token.i in self.speakers

    def find_person(self, name: str) -> int | None:
        """The person of the cast a name (or a bare surname) denotes, the latest first."""
        for index in range(len(self.entries) - 1, -1, -1):
            entry = self.entries[index]
            if entry.kind == "person" and same_person(entry.name, name):
                return index
        return None

    def add_mention(self, token: Token, entry: int) -> None:
        """Record a resolved reference (a pronoun, a title) so later pronouns can reach it."""
        if any(m.start == token.idx for m in self.mentions):
            return
        mention = Mention(
            token.idx,
            entry,
            _is_subject(token),
            self.paragraph_of[token.i],
            _is_main_subject(token),
            self._speaks(token),
        )
        bisect.insort(self.mentions, mention, key=lambda m: m.start)
        self.salience[entry] += 1

    def resolve_pronoun(self, token: Token) -> int | None:
        """The person a third-person pronoun refers to (see the module's rules)."""
        word = token.lower_
        gender = "m" if word in MALE else "f" if word in FEMALE else None
        if word in ("it", "its"):
            return self.latest_org(token.idx, subject_only=True, paragraphs=1)
        if word in ("they", "them", "their"):
            return None
        paragraph = self.paragraph_of[token.i]
        candidates: list[Mention] = []
        for mention in reversed(self.mentions):
            if mention.start >= token.idx:
                continue
            if paragraph - mention.paragraph > 1:
                break
            entry = self.entries[mention.entry]
            if entry.kind == "person" and not (gender and entry.gender and entry.gender != gender):
                candidates.append(mention)
        # Same paragraph before the previous one; subjects before other mentions; a person
        # known to agree in gender before one whose gender is unknown.
        for same_paragraph in (True, False):
            pool = [m for m in candidates if (m.paragraph == paragraph) == same_paragraph]
            if not pool:
                continue
            agreeing = [m for m in pool if gender and self.entries[m.entry].gender == gender]
            for group in (
                [m for m in agreeing if m.speaker],
                [m for m in pool if m.speaker],
                [m for m in agreeing if m.main],
                [m for m in pool if m.main],
                [m for m in agreeing if m.subject],
                [m for m in pool if m.subject],
            ):
                if group:
                    return self._learn_gender(group[0].entry, gender)
            return self._learn_gender((agreeing or pool)[0].entry, gender)
        for mention in reversed(self.mentions):
            entry = self.entries[mention.entry]
            if (
                mention.start < token.idx
                and entry.kind == "person"
                and mention.subject
                and (not gender or not entry.gender or entry.gender == gender)
            ):
                return self._learn_gender(mention.entry, gender)
        return None

    def _learn_gender(self, entry: int, gender: str | None) -> int:
        if gender and self.entries[entry].gender is None:
            self.entries[entry].gender = gender  # type: ignore[assignment]
        return entry

    def resolve_title(self, token: Token, words: list[str]) -> int | None:
        """The person a title-only phrase ("the transport secretary") refers to."""
        wanted = {fold(w) for w in words if fold(w) not in _DETERMINERS}
        head = fold(token.lemma_)
        best: tuple[int, int, int] | None = None  # (overlap, position, entry)
        for mention in self.mentions:
            if mention.start >= token.idx:
                break
            entry = self.entries[mention.entry]
            if entry.kind != "person" or not entry.title:
                continue
            title_words = {fold(w).strip(".,") for w in entry.title.split()}
            if head not in title_words:
                continue
            score = (len(wanted & title_words), mention.start, mention.entry)
            if best is None or score > best:
                best = score
        return best[2] if best else None

    def resolve_org_noun(self, char: int, noun: str) -> int | None:
        """The organisation "the group", "the council" or "the utility" refers to."""
        noun = fold(noun)
        named: int | None = None
        described: int | None = None
        latest: int | None = None
        for mention in self.mentions:
            if mention.start >= char:
                break
            entry = self.entries[mention.entry]
            if entry.kind != "org":
                continue
            latest = mention.entry
            if noun in fold(entry.name).split():
                named = mention.entry
            if noun in self.descriptors[mention.entry]:
                described = mention.entry
        if named is not None:
            return named
        if described is not None:
            return described
        if noun in _GENERIC_ORG_NOUNS:
            return latest
        return None

    def latest_org(self, char: int, subject_only: bool = False, paragraphs: int = 99) -> int | None:
        """The organisation mentioned last before a position."""
        token_paragraph = None
        for mention in reversed(self.mentions):
            if mention.start >= char:
                continue
            if token_paragraph is None:
                token_paragraph = mention.paragraph
            if token_paragraph - mention.paragraph > paragraphs:
                break
            if self.entries[mention.entry].kind == "org" and (mention.subject or not subject_only):
                return mention.entry
        return None


def _continues_name(doc: Doc, i: int) -> bool:
    token = doc[i]
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        return True
    if i + 1 >= len(doc) or doc[i + 1].pos_ != "PROPN":
        return False
    if token.text in ("-", "\u2010") and not token.whitespace_ and not doc[i - 1].whitespace_:
        return True
    return token.lower_ in PARTICLES and token.pos_ != "PROPN"


def _is_main_subject(token: Token) -> bool:
    """The subject of a sentence's main clause: "Pataki says Kasich has ..." -> Pataki, not
    Kasich (whose clause is what Pataki said)."""
    while token.dep_ in ("compound", "appos", "flat") and token.head.i != token.i:
        token = token.head
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    while verb.dep_ in ("conj", "xcomp", "aux") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _is_subject(token: Token) -> bool:
    while token.dep_ in ("compound", "appos", "flat") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def _org_name(text: str) -> str:
    text = re.sub(r"['\u2019]s?$", "", text.strip())
    words = text.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _same_org(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    short, long_ = (fa, fb) if len(fa) < len(fb) else (fb, fa)
    long_words = long_.split()
    if short == long_words[0] and len(short) > 2:
        return True
    acronym = "".join(w[0] for w in long_words if w not in ("of", "the", "and", "for"))
    return short.replace(".", "") == acronym and len(acronym) > 1


def _name_length(name: str) -> int:
    return len(name.split())


def _join(tokens: list[Token]) -> str | None:
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS"):
        tokens = tokens[:-1]
    if not tokens:
        return None
    doc = tokens[0].doc
    parts: list[str] = []
    for i, token in enumerate(tokens):
        parts.append(token.text)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.i == token.i + 1:
            parts.append(token.whitespace_)
        elif nxt is not None:
            parts.append(" ")
    del doc
    text = "".join(parts).strip()
    return text or None


def _gender_from_title(title: str | None) -> Literal["m", "f"] | None:
    if not title:
        return None
    words = {w.lower().strip(".") for w in title.split()}
    if words & {w.strip(".") for w in MALE_TITLES}:
        return "m"
    if words & {w.strip(".") for w in FEMALE_TITLES}:
        return "f"
    return None


def _is_generic(title: str | None) -> bool:
    if not title:
        return False
    return fold(title.split()[-1]) in GENERIC_TITLES
