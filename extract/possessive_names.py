"""Names of bodies made of an owner's name and a possessive: "Ormsby's Brewery", "Pellow's
Bakery", "St Aidan's College".

The small model reads the possessive as the end of a name, so "Pellow's Bakery in Trenmouth"
comes out as an organisation "Pellow" and a body "Bakery", or as nothing. Rule: a proper noun
marked with "'s", followed by capitalised words the last of which is an organisation's word
(data/people_words.json `org_words` and `org_heads`: "Brewery", "College", "Bakeries") and
set before no other capitalised word, is one organisation's name, from the owner's name to
that word; names the recogniser read inside it are its pieces and give way, a name crossing
its edges stands. The owner's name and "'s" owning no word after them, in an article that
names the body so, are the body's short name ("a spokesman for Ormsby's said"). A name
written with its possessive and owning nothing, again and again or as a verb's subject
("Crumbwell's said", "Crumbwell's, which has 310 shops"), is a shop's or a firm's name of
that form, possessive and all, as Sainsbury's is.

Members' bodies likewise: capitalised words marked with a plural possessive, joined by "and",
before capitalised words ending in an organisation's word, are one name ("The Performers'
and Stage Workers' Guild"; the model reads "Guild" as a person and the rest as nothing).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from extract.names import fold
from extract.people_words import BODY_WORDS

# "'s" as the tokenizer splits it off a name: an owner's mark
POSSESSIVE_MARKS = frozenset({"'s", "\u2019s"})
_PLURAL_MARKS = frozenset({"'", "\u2019"})
_MOST_WORDS = 3  # capitalised words after the possessive
_OWNED = frozenset({"NOUN", "ADJ", "NUM", "PROPN"})  # "Ormsby's pubs", "Ormsby's 14 pubs"
_NOT_OWNED = frozenset({"VERB", "AUX", "ADP", "PART", "CCONJ", "SCONJ", "PUNCT"})
_SHOPS = "newsbrief_shop_names"  # the doc's shop names (Doc.user_data key)
SHOP_USES = 2  # a name written with its possessive owning nothing, at least this often


def possessive_bodies(doc: Doc, tokens: list[Token]) -> None:
    """Read each possessive body name (the module's rule) as one organisation, in place
    (`tokens`: the doc's, read once: extract/docindex.py)."""
    found: list[Span] = []
    for token in tokens:
        if token.text not in POSSESSIVE_MARKS or token.i == 0 or token.i + 1 >= len(tokens):
            continue
        end = _body_end(tokens, token.i + 1)
        if end is None:
            continue
        start = token.i - 1
        while start > 0 and tokens[start - 1].pos_ == "PROPN" and tokens[start - 1].is_title:
            start -= 1
        if tokens[start].pos_ != "PROPN" or not tokens[start].is_title:
            continue
        found.append(Span(doc, start, end, label="ORG"))
    found += _short_forms(doc, tokens, found)
    found += _shop_names(doc, tokens, found)
    found += [m for m in _members_bodies(doc, tokens) if not any(_crosses(f, m) for f in found)]
    if not found:
        return
    ents = list(doc.ents)
    found = [s for s in found if not any(_crosses(e, s) for e in ents)]
    kept = [e for e in ents if not any(s.start <= e.start and e.end <= s.end for s in found)]
    doc.set_ents(sorted([*kept, *found], key=lambda s: s.start), default="outside")


def possessive_owners(doc: Doc) -> frozenset[str]:
    """The folded owners' names of the possessive body names the doc's entities hold
    ("ormsby" for Ormsby's Brewery): "Ormsby's" alone is that body, not Ms Ormsby."""
    return frozenset(
        fold(ent[0].text)
        for ent in doc.ents
        if ent.label_ == "ORG" and len(ent) > 2 and ent[1].text in POSSESSIVE_MARKS
    )


def _short_forms(doc: Doc, tokens: list[Token], bodies: list[Span]) -> list[Span]:
    """The owner's name and "'s" alone where the article names the body in full ("a
    spokesman for Ormsby's said" after "Ormsby's Brewery"): the possessive owns no noun."""
    owners = {fold(doc[b.start : b.end].text.split("'")[0].split("\u2019")[0]) for b in bodies}
    found: list[Span] = []
    for token in tokens:
        if (
            token.text not in POSSESSIVE_MARKS
            or token.i == 0
            or fold(tokens[token.i - 1].text) not in owners
        ):
            continue
        after = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
        if after is not None and (after.is_alpha and (after.is_title or after.pos_ in _OWNED)):
            continue  # "Ormsby's Brewery", "Ormsby's pubs": it owns the word after it
        if any(b.start <= token.i < b.end for b in bodies):
            continue
        found.append(Span(doc, token.i - 1, token.i + 1, label="ORG"))
    return found


def shop_name(doc: Doc, name: str) -> str | None:
    """The name as written, possessive kept, when it is a shop's name of that form in the
    doc ("Crumbwell's", `_shop_names`), else None."""
    words = name.strip().split()
    while words and words[0].lower() == "the":
        words = words[1:]
    if len(words) != 1:
        return None
    owner = words[0][:-2] if words[0].endswith(tuple(POSSESSIVE_MARKS)) else words[0]
    written: dict[str, str] = doc.user_data.get(_SHOPS, {})
    return written.get(fold(owner))  # (a mention without its mark: "Crumbwell")


def _owns_nothing(tokens: list[Token], mark: int) -> bool:
    """Whether a possessive mark owns no word after it ("Crumbwell's said", "Crumbwell's,
    which", "approached Crumbwell's about"): a verb, a mark, a preposition or the end."""
    after = tokens[mark + 1] if mark + 1 < len(tokens) else None
    if after is None:
        return True
    if after.is_alpha and (after.is_title or after.pos_ in _OWNED):
        return False
    return after.pos_ in _NOT_OWNED or (after.is_punct and after.text not in _PLURAL_MARKS)


def _shop_names(doc: Doc, tokens: list[Token], bodies: list[Span]) -> list[Span]:
    """A name written with its possessive and owning nothing ("Crumbwell's, which has 310
    shops", "talks with Crumbwell's about") again and again, at least SHOP_USES times, or
    once as a verb's subject ("Crumbwell's rejected the claim"), is a shop's or a firm's name
    of that form, as Sainsbury's is, wherever it is written so with its owner alone (no
    given name before it: "Peter Crumbwell's" is his)."""
    uses: Counter[str] = Counter()
    for token in tokens:
        if token.text not in POSSESSIVE_MARKS or token.i < 1:
            continue
        owner = tokens[token.i - 1]
        if owner.pos_ != "PROPN" or not owner.is_title or _given_name_before(tokens, owner.i):
            continue
        inside = any(b.start <= token.i < b.end for b in bodies)
        if not inside and _owns_nothing(tokens, token.i):
            verb = token.i + 1 < len(tokens) and tokens[token.i + 1].pos_ == "VERB"
            uses[fold(owner.text)] += SHOP_USES if verb else 1
    shops = {name for name, count in uses.items() if count >= SHOP_USES}
    written: dict[str, str] = {}  # each shop's name as the article writes it
    found: list[Span] = []
    for mark in tokens[1:]:
        owner = tokens[mark.i - 1]
        if mark.text not in POSSESSIVE_MARKS or fold(owner.text) not in shops:
            continue
        written[fold(owner.text)] = owner.text + mark.text
        if not _given_name_before(tokens, owner.i):
            found.append(Span(doc, owner.i, mark.i + 1, label="ORG"))
    doc.user_data[_SHOPS] = written
    return found


def _given_name_before(tokens: list[Token], at: int) -> bool:
    """Whether a capitalised proper noun stands right before the word ("Peter Crumbwell")."""
    return at > 0 and tokens[at - 1].pos_ == "PROPN" and tokens[at - 1].is_title


def _crosses(ent: Span, span: Span) -> bool:
    """Whether a name overlaps a span without lying inside it."""
    overlaps = ent.start < span.end and span.start < ent.end
    return overlaps and not (span.start <= ent.start and ent.end <= span.end)


def _body_end(tokens: list[Token], start: int) -> int | None:
    """The end of the capitalised words after a possessive when the last is an
    organisation's word and no capitalised word follows it; None otherwise."""
    end = start
    while (
        end < len(tokens)
        and end - start < _MOST_WORDS
        and tokens[end].is_title
        and tokens[end].is_alpha
    ):
        end += 1
    if end == start or (end < len(tokens) and tokens[end].is_title and tokens[end].is_alpha):
        return None
    last = fold(tokens[end - 1].text)
    return end if last in BODY_WORDS else None


def _members_bodies(doc: Doc, tokens: list[Token]) -> list[Span]:
    """Members' bodies named with plural possessives ("Performers' and Stage Workers'
    Guild"): from the first marked word to the organisation's word after the last mark."""
    found: list[Span] = []
    for token in tokens:
        if not (token.is_title and fold(token.text) in BODY_WORDS):
            continue
        start, marks, i = token.i, 0, token.i - 1
        while i >= 0:
            word = tokens[i]
            if word.text in _PLURAL_MARKS and i > 0 and tokens[i - 1].is_title:
                marks += 1
            elif word.is_title and word.is_alpha and word.pos_ == "PROPN":
                start = i
            elif not (
                word.lower_ in ("and", "&") and i > 0 and tokens[i - 1].text in _PLURAL_MARKS
            ):
                break
            i -= 1
        if marks and start < token.i and tokens[start].is_title:
            found.append(Span(doc, start, token.i + 1, label="ORG"))
    return found
