"""Stage 3 of the cast: references without a name resolved to an entry.

- A pronoun resolves to the latest compatible person mentioned as a subject in the same or
  the previous paragraph, else the latest person mentioned there; a name qualifying a noun
  ("the Carse leisure centre") is no antecedent.
- A speaker pronoun names its person only when that person is mentioned in the pronoun's
  sentence or in the reporter's sentence before it (sentences wholly inside quotation marks
  do not count); further back the antecedent is weak and the speaker stays the pronoun,
  unnamed, rather than a guess (`near_antecedent`).
- "the mayor" resolves to the latest person whose title holds "mayor" (in a lead, before
  anyone is named, "the president of X" to the person named next); "the group", "the
  company" to the latest organisation named or described so, else to the latest one whose
  name makes it no other kind ("the company" is no "... Court"), never to a place."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from extract.affiliations import owns_role
from extract.cast_state import DETERMINERS, Mention, is_subject
from extract.entities import EntityBuilder
from extract.exchanges import titled_gender
from extract.kind_names import naming_words
from extract.name_genders import disagrees, learn_gender
from extract.names import fold, is_title_word, person_gender, same_person
from extract.offices import clause_gender
from extract.org_kinds import kind_fits, org_kinds
from extract.org_reference import (
    cited,
    described_as,
    description_words,
    heads_name,
    in_subject_phrase,
    named_with,
    nouns_before,
    owner_of_part,
)
from extract.people_words import (
    FEMALE,
    GENERIC_ORG_NOUNS,
    MALE,
    ORG_PARTS,
    RANK_WORDS,
    ROLE_WORDS,
    org_name_words,
    title_kind,
    title_parts,
)
from extract.place_objects import place_object
from extract.pronoun_clauses import own_clause
from extract.replies import asked_first

PLACE_LABELS = {"GPE", "NORP", "LOC"}  # a country, a people: speakers only when made one
# A pronoun names its speaker only when the person was mentioned in its sentence or the
# ANTECEDENT_SENTENCES reporter's sentences before it; further back it is a guess.
ANTECEDENT_SENTENCES = 1


class Resolver(EntityBuilder):
    """Resolves pronouns, titles alone and organisation nouns."""

    _ranks: list[int] | None = None

    def _add_pronoun_mentions(self) -> None:
        """Resolve subject pronouns in reading order, so that "He added ..." keeps the
        chain going for the next "he said"."""
        self.pronoun_entry: dict[int, int] = {}
        self._ranks: list[int] | None = None
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
        self.title_mentions: list[tuple[Token, int]] = []
        for token in self.index.tokens:
            if (
                token.pos_ == "NOUN"
                and not self.quoted[token.i]
                and is_subject(token)
                and is_title_word(token.text)
                and any(_definite(c) for c in token.children)
            ):
                words = [t.text for t in token.subtree if t.i <= token.i]
                found = self.resolve_title(token, words)
                if found is not None:
                    self.add_mention(token, found)
                    self.title_mentions.append((token, found))

    def find_person(self, name: str) -> int | None:
        """The person of the cast a name (or a bare surname) denotes, the latest first."""
        for index in range(len(self.entries) - 1, -1, -1):
            entry = self.entries[index]
            if entry.kind == "person" and same_person(entry.name, name):
                return index
        return None

    def resolve_pronoun(self, token: Token) -> int | None:
        """The person a third-person pronoun refers to (see the module's rules)."""
        word = token.lower_
        gender = "m" if word in MALE else "f" if word in FEMALE else None
        if word in ("it", "its"):
            return self.latest_org(token.idx, subject_only=True, paragraphs=1, speaking=True)
        if word in ("they", "them", "their"):
            return None
        paragraph = self.paragraph_of[token.i]
        candidates: list[Mention] = []
        for mention in reversed(self.mentions):
            if mention.start >= token.idx or mention.modifier or own_clause(token, mention.start):
                continue  # a noun's name ("the Carse leisure centre"), the one who asked him
            if paragraph - mention.paragraph > 1:
                break
            entry = self.entries[mention.entry]
            place = gender and place_object(self.index.token_at(mention.start), entry)
            titled = titled_gender(self, mention.entry)  # "Ms Harte" is no "he"
            if entry.kind == "person" and not disagrees(entry, gender, titled) and not place:
                candidates.append(mention)
        # Same paragraph first; subjects first; one known to agree before one of unknown gender.
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
            return self._learn_gender(asked_first(self.index, agreeing or pool).entry, gender)
        for mention in reversed(self.mentions):
            entry = self.entries[mention.entry]
            if (
                mention.start < token.idx
                and entry.kind == "person"
                and mention.subject
                and (not gender or person_gender(entry) in (None, gender))
            ):
                return self._learn_gender(mention.entry, gender)
        return None

    def title_of(self, token: Token) -> str | None:
        """The title of the person a name or a pronoun ("his", "Oduya's") refers to."""
        entry = self.token_entry.get(token.i)
        if entry is None and token.pos_ == "PRON":
            entry = self.resolve_pronoun(token)
        return self.entries[entry].title if entry is not None else None

    def near_antecedent(self, token: Token, entry: int) -> bool:
        """Whether `entry` is named, titled or a pronoun in the sentence or the one before."""
        rank = self._narrative_rank()
        sentence = rank[self.index.sentence_number(token.i)]
        for mention in reversed(self.mentions):
            if mention.start >= token.idx or mention.entry != entry:
                continue
            where = self.index.token_at(mention.start)
            if where is None:
                return True
            return sentence - rank[self.index.sentence_number(where.i)] <= ANTECEDENT_SENTENCES
        return False

    def _narrative_rank(self) -> list[int]:
        """Per sentence, how many of the reporter's own sentences precede it: sentences
        wholly inside quotation marks (the speaker's turn) do not push an antecedent back."""
        if self._ranks is None:
            ranks: list[int] = []
            count = 0
            for sent in self.index.sentences:
                ranks.append(count)
                if any(t.is_alpha and not self.quoted[t.i] for t in sent):
                    count += 1
            self._ranks = ranks
        return self._ranks

    def _learn_gender(self, entry: int, gender: str | None) -> int:
        learn_gender(self.entries[entry], gender)  # extract/name_genders.py
        return entry

    def resolve_title(self, token: Token, words: list[str]) -> int | None:
        """The person a title-only phrase ("the transport secretary") refers to: one whose
        title holds its head noun (or a title of its kind: "the judge" is the Recorder) and
        every title word it uses ("the Republican nominee" is no Democratic nominee), no
        rank word it lacks ("vice", "former"), and "former" when it has it; a former post no
        title states is the person the sentence before is about (`subject_before`)."""
        wanted = {
            part for w in words for part in fold(w).strip(".,").removesuffix("'s").split("-")
        } - DETERMINERS
        head = fold(token.lemma_)
        if head not in ROLE_WORDS:
            return None  # "the campaign" is an organisation, not a title
        required = {w for w in wanted if is_title_word(w)} - {head}
        best: tuple[int, int, int] | None = None  # (overlap, position, entry)
        for mention in self.mentions:
            if mention.start >= token.idx:
                break
            entry = self.entries[mention.entry]
            if entry.kind != "person" or not entry.title:
                continue
            title_words = title_parts(entry.title) | self.rank_names.get(mention.entry, set())
            described = title_words | {fold(w) for w in (entry.org or "").split()}
            if not title_words & title_kind(head) or not required <= described:
                continue
            if (title_words & RANK_WORDS) - wanted or ("former" in wanted) > (
                "former" in title_words
            ):
                continue  # "the former leader" is not the leader either
            score = (len(wanted & described), mention.start, mention.entry)
            if best is None or score > best:
                best = score
        if best:
            return best[2]
        if "former" in wanted:  # a former post the article never states as a title
            return self.subject_before(token, clause_gender(token))
        if any(c.dep_ in ("prep", "poss") for c in token.children) and all(
            m.start >= token.idx or self.entries[m.entry].kind != "person" for m in self.mentions
        ):  # a lead's "the president of X says ... Y said", before anyone is named
            return self.named_next(token, "person")
        office = any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in token.children)
        found = self.named_next(token, "person") if office else None  # "the transport minister"
        title = fold(self.entries[found].title or "") if found is not None else ""
        return found if set(title.replace("-", " ").split()) in (set(), wanted) else None

    def subject_before(self, token: Token, gender: str | None = None) -> int | None:
        """ "Harrowgate, 67, who stepped down last week, was applauded. '...,' the former
        leader said.": the person who is the main subject of the sentence before a
        description no title in the article fits, if that sentence has one and agrees with
        the `gender` its clause gives it ("said as he left"); else the last person before
        who may."""
        sentence = self.index.sentence_number(token.i)
        found = None
        for mention in self.mentions:
            if mention.start >= token.idx:
                break
            where = self.index.token_at(mention.start)
            if where is None or self.index.sentence_number(where.i) != sentence - 1:
                continue
            if mention.main and self.entries[mention.entry].kind == "person":
                found = mention.entry if found is None else found
        if (
            gender
            and found is not None
            and person_gender(self.entries[found]) not in (None, gender)
        ):
            fits = [m.entry for m in self.mentions if m.start < token.idx and self._fits(m, gender)]
            return fits[-1] if fits else None
        return found

    def _fits(self, mention: Mention, gender: str) -> bool:
        entry = self.entries[mention.entry]
        return entry.kind == "person" and person_gender(entry) in (None, gender)

    def named_next(self, token: Token, kind: str) -> int | None:
        """A lead's description named in the next sentence, as the entry of `kind` that is its
        main subject, named there first: "The director of the Lantern says ... Ann Roe, who
        ran it, told staff" is Ann Roe; "... The Supper Club, a charity, served" the club."""
        sentence = self.index.sentence_number(token.i)
        for mention in self.mentions:
            if mention.start <= token.idx:
                continue
            where = self.index.token_at(mention.start)
            if where is None or self.index.sentence_number(where.i) > sentence + 1:
                return None
            if self.index.sentence_number(where.i) <= sentence:
                continue
            entry = self.entries[mention.entry]
            group = where.dep_ == "appos" and where.head.tag_ == "NNS"  # "The two females, X,"
            if entry.kind != kind or not mention.main or group:
                return None
            if kind == "org" and not any(c.dep_ == "appos" for c in where.children):
                return None  # an organisation introduced: "The Supper Club, a charity, ..."
            if any(m.entry == mention.entry and m.start < token.idx for m in self.mentions):
                return None
            return mention.entry
        return None

    def resolve_org_noun(self, char: int, noun: str) -> int | None:
        """The organisation "the group", "the council" or "the utility" refers to: of those
        named with the noun, described as one or headed by it, the one the story mentioned
        last (the name's own words break a tie, they do not trump a later description); for
        a generic noun, a body of the kind that acted after the one described."""
        noun = fold(noun)
        orgs = {
            m.entry: self.entries[m.entry].name for m in self.mentions if self._org_entry(m.entry)
        }
        own = named_with(orgs, noun, description_words(self.index.token_at(char)))
        if own is not None:  # "the leisure trust": the trust whose name says "Leisure"
            return own
        named: int | None = None
        headed: int | None = None
        described: int | None = None
        latest: int | None = None
        last_seen: dict[int, int] = {}
        for mention in self.mentions:
            if mention.start >= char:
                break
            entry = self.entries[mention.entry]
            if entry.kind != "org" or self._is_place(mention.entry):
                continue  # "the company" is no country or city
            last_seen[mention.entry] = mention.start
            token = self.index.token_at(mention.start)
            if kind_fits(entry.name, noun) and (
                (mention.main if not org_kinds(entry.name) else mention.subject)
                or cited(token)
                or self._owns_role(mention)
            ):
                latest = mention.entry  # acted (a kindless name: in its own main clause)
            words = org_name_words(fold(entry.name).split())
            before_of = words[: words.index("of")] if "of" in words else words
            if noun in naming_words(words):  # "the gallery": no Friends
                named = mention.entry  # of Harwick Gallery
                if before_of and before_of[-1] == noun:
                    headed = mention.entry  # "the university": University of Elm, not the
                    # University Lecturers' Association
            if (
                described_as(self.descriptors[mention.entry] | nouns_before(token), noun)
                and kind_fits(entry.name, noun)
            ) or heads_name(token, noun, char):
                described = mention.entry
        by_name = headed if headed is not None else named
        if by_name is not None and (
            described is None or last_seen[by_name] >= last_seen[described]
        ):
            return by_name
        if described is not None:  # or one that acted since ("X rejected it. The company")
            acted = latest is not None and last_seen[latest] > last_seen[described]
            return latest if acted and noun in GENERIC_ORG_NOUNS else described
        if noun in ORG_PARTS:  # "the branch": the one named as a part of an organisation
            return owner_of_part(self.doc, char, noun, self.token_entry, self._org_entry)
        if noun in GENERIC_ORG_NOUNS:
            return latest
        return None

    def _org_entry(self, entry: int) -> bool:
        return self.entries[entry].kind == "org"

    def _owns_role(self, mention: Mention) -> bool:
        """ "the head coach of Fellbury Harriers": an organisation with people of its own."""
        token = self.index.token_at(mention.start)
        return token is not None and owns_role(token)

    def latest_org(
        self,
        char: int,
        subject_only: bool = False,
        paragraphs: int = 99,
        speaking: bool = False,
        fits: Callable[[str], bool] | None = None,
    ) -> int | None:
        """The organisation mentioned last before a position; with `speaking`, a place or a
        people ("Israel", "Israeli") only once the text has made it a speaker; with `fits`,
        one whose name it accepts."""
        token_paragraph = None
        for mention in reversed(self.mentions):
            if mention.start >= char:
                continue
            if token_paragraph is None:
                token_paragraph = mention.paragraph
            if token_paragraph - mention.paragraph > paragraphs:
                break
            token = self.index.token_at(mention.start)
            if self.entries[mention.entry].kind != "org" or (
                subject_only and not (mention.subject or in_subject_phrase(token))
            ):
                continue
            if speaking and not self._can_speak(mention.entry, char):
                continue
            if fits is not None and not fits(self.entries[mention.entry].name):
                continue
            return mention.entry
        return None

    def _is_place(self, entry: int) -> bool:
        return bool(self.labels[entry]) and self.labels[entry] <= PLACE_LABELS

    def _can_speak(self, entry: int, char: int) -> bool:
        if not self.labels[entry] <= PLACE_LABELS:
            return True
        return any(m.entry == entry and m.speaker and m.start < char for m in self.mentions)


def _definite(child: Token) -> bool:
    """ "the" before a title, or a definite owner ("the council's leader")."""
    return child.lower_ == "the" or (
        child.dep_ == "poss"
        and child.pos_ == "NOUN"
        and any(c.lower_ == "the" for c in child.children)
    )
