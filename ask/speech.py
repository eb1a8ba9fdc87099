"""Which statements report what somebody said, for answers a reporter can quote.

Extraction keeps attributions whose cue reports an act or a stance rather than words:
"Scott campaigned for Clinton among business leaders", "Trump sought to protect breaks",
"Cruz thanked Trump on Twitter for backing his bill", "Trump attacked Machado in early-morning
tweets". Without quoted words, such a statement is narration about the person, not something
they said: an answer leaves it out. The cue decides, by its family in the extraction's cue
data (extract/data/cues.json): a family that reports a clause ("said that ...", "warned
that ...", "urged that ...") reports words; the families that take only an object or an
infinitive ("characterise": called, praised, attacked; "intend": wanted, sought, campaigned)
report words only with the quoted words themselves (a partial quote: 'called it "a
disgrace"'). A cue in no family at all (a verb the parse took for a cue) reports none; a
reporting noun ("his claim that ...") and "according to" do.

What the cue reports has a shape too, read at extraction (extract/shapes.py, stored with
the quote): a clause of its own ("proposed that the levy be cut"), a verb phrase ("proposed
to cut the levy"), quoted words, or only a noun phrase ("proposed new limits on tax breaks",
"highlights the killings"). A noun phrase is the thing done, not words said, unless the
cue's family reports words through its object ("warned of a crisis"; data:
ask/data/speech.json). So a statement without quoted words whose words are only a noun
phrase is left out after any other verb: "found a receptive audience", "ordered a review",
and the words beside a quotation ('"...," she told [the forum in Singapore]'). "According to"
keeps its words; a reporting noun's noun phrase is what was talked about ("his remarks
about [the father of a slain soldier]", "her criticism of [the vote]"), not words said.
A cue after a modal ("will also find it difficult", "would also close the loophole") tells
what somebody will or would do or say, not what they said: left out too. Quotes stored
before shapes were (shape None) are judged by their cue.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getLemma

from ask.data_files import ask_data
from ask.inner_sources import voiced_by_another
from ask.views import QuoteView
from ask.work_titles import only_titles
from extract.description_refs import is_person_noun
from extract.lexicon import load_lexicon
from extract.names import fold, is_title_word


@lru_cache(maxsize=4096)
def cue_reports_words(cue: str | None) -> bool:
    """Whether a cue reports what was said without quoted words: a verb of a family that
    takes a clause, a reporting noun or a cue phrase; or no cue at all (quotation marks
    tied to a speaker, a colon)."""
    text = (cue or "").strip().lower()
    if not text or not any(c.isalpha() for c in text):
        return True
    lexicon = load_lexicon()
    if text in lexicon.phrases:
        return True
    words = text.split()
    # "called in", "weighed in": the verb is the first word; "his claim": the noun the last.
    verb, noun = words[0], words[-1]
    if noun in lexicon.nouns or noun.rstrip("s") in lexicon.nouns:
        return True
    lemmas = verb_lemmas(verb)
    return any(lexicon.takes(lemma, "clause") for lemma in lemmas)


def verb_lemmas(word: str) -> set[str]:
    """A cue's verb as written and its lemmas ("proposing": proposing, propose)."""
    return {word, *getLemma(word, upos="VERB")}


@lru_cache(maxsize=1)
def object_word_families() -> frozenset[str]:
    """The cue families whose noun-phrase object is what was said (ask/data/speech.json)."""
    return frozenset(ask_data("speech.json")["object_reports_words"])


@lru_cache(maxsize=4096)
def cue_family(cue: str | None) -> str | None:
    """The family of a verb cue ("proposing" -> "urge"); "" for no cue, a cue phrase or a
    reporting noun; None for a verb in no family."""
    text = (cue or "").strip().lower()
    if not text or not any(c.isalpha() for c in text):
        return ""
    lexicon = load_lexicon()
    words = text.split()
    if (
        text in lexicon.phrases
        or words[-1] in lexicon.nouns
        or words[-1].rstrip("s") in lexicon.nouns
    ):
        return ""
    lemmas = verb_lemmas(words[0])
    if len(words) > 1:  # a phrasal cue ("passed along", "went on") stands for its cue lemma
        phrasal = (lexicon.phrasal.get(f"{lemma} {words[1]}") for lemma in sorted(lemmas))
        lemmas |= {lemma for lemma in phrasal if lemma}
    return next(
        (lexicon.family_of[lemma] for lemma in sorted(lemmas) if lemma in lexicon.family_of), None
    )


def reports_an_act(view: QuoteView) -> bool:
    """Whether a statement without quoted words reports what its speaker did rather than
    said: its words are only a noun phrase and its cue is a verb whose family does not
    report words through its object, or a reporting noun ("his remarks about [the
    father of a slain soldier]": what the remarks were about) (module docstring)."""
    return _an_act(view.kind, view.shape, view.cue)


def _an_act(kind: str | None, shape: str | None, cue: str | None) -> bool:
    if kind != "indirect" or shape != "noun":
        return False
    family = cue_family(cue)
    if family == "":
        return is_reporting_noun(cue)
    return family not in object_word_families()


def row_is_said(kind: str | None, shape: str | None, cue: str | None) -> bool:
    """The checks of `is_said` a stored row answers alone (no sentence, no speaker): a
    report without quoted words has a cue that reports words and does not report an act;
    quoted words inside a clause have a cue that reports speech (`reports_speech`).
    Counts of statements ("who's in the news") use it, so they count what answers show."""
    if kind == "partial":  # quoted words inside a clause: its verb must report speech
        return reports_speech(cue)
    if kind != "indirect":
        return True
    return cue_reports_words(cue) and not _an_act(kind, shape, cue)


@lru_cache(maxsize=4096)
def reports_speech(cue: str | None) -> bool:
    """Whether a cue can report speech at all: no cue, a cue phrase, a reporting noun, a
    verb of a cue family, or a stance frame ("made clear"). Quoted words beside another
    verb are a title, a name or a scare quote in narration ("sat for an interview on ''Fox
    News Sunday''", "strode onstage to the "Air Force One" theme"), not words said."""
    if cue_family(cue) is not None:
        return True
    words = (cue or "").lower().split()
    lexicon = load_lexicon()
    lemmas = verb_lemmas(words[0])
    return bool(lemmas & lexicon.stance_light_verbs) and any(w in lexicon.stances for w in words)


@lru_cache(maxsize=4096)
def is_reporting_noun(cue: str | None) -> bool:
    """Whether a cue is a reporting noun ("remarks", "his criticism"), not a cue phrase
    ("according to") nor a verb."""
    text = (cue or "").strip().lower()
    lexicon = load_lexicon()
    if not text or text in lexicon.phrases or not text.replace(" ", "").isalpha():
        return False
    noun = text.split()[-1]
    return noun in lexicon.nouns or noun.rstrip("s") in lexicon.nouns


# Modal auxiliaries (a closed class): a cue after one says what somebody will, would or
# might say or do, not what they said ("Trump will also find it difficult to ...", "she
# would also close the loophole"). An adverb between them may end in -ly or be "also",
# "not" or "never"; "would later say" and "would often say" tell what was said.
_MODAL_CUE = (
    r"\b(?:will|would|could|might|may|should|must|shall)\s+(?:\w+ly\s+|also\s+|not\s+|never\s+)?"
)


@lru_cache(maxsize=1)
def _not_said_before_to() -> str:
    """A pattern for a word of ask/data/speech.json's "not_said_before_to" families right
    before "to" ("has to", "pressure to", "refused to", "has yet to")."""
    raw = ask_data("speech.json")
    families = raw["not_said_before_to"]
    words = sorted({w for key, group in families.items() if key != "about" for w in group})
    return r"\b(?:" + "|".join(map(re.escape, words)) + r")\s+(?:yet\s+)?to\s+(?:\w+ly\s+)?"


def hypothetical(sentence: str | None, cue: str | None) -> bool:
    """Whether a statement's cue is in its sentence only after a modal auxiliary, or as an
    infinitive after a word of obligation, intention, refusal or request ("has to remind",
    "faces pressure to show", "ignored her call to admit"): what its speaker would, will,
    must or was asked to say or do, not what they said."""
    words = (cue or "").split()
    if not sentence or not words or not words[0].isalpha():
        return False
    verb = re.escape(words[0])
    uses = re.findall(rf"\b{verb}\b", sentence, re.I)
    unsaid = re.findall(rf"(?:{_MODAL_CUE}|{_not_said_before_to()}){verb}\b", sentence, re.I)
    return bool(uses) and len(unsaid) == len(uses)


def is_said(view: QuoteView) -> bool:
    """Whether an answer shows the statement as something its speaker said: it holds
    quoted words, or its cue reports words (see the module docstring); its cue is not
    after a modal ("would also close", `hypothetical`); it does not report an act (quoted
    words that are only a title of a work count as none: ask/work_titles.py); the
    article's words for the source can name that speaker (`credited`); its words do not run
    on over another source's reporting clause ("..., Ben Carson said": ask/inner_sources.py);
    a report without quoted words is no request to do something ("asked to meet the
    leader", `own_request`); and a report without
    quoted words names a source ("Repairs are expected to last", stored for what the article
    reports, is nobody's statement)."""
    kind, shape = view.kind, view.shape
    if kind == "partial" and only_titles(view.text, view.marked):
        # Its quotation marks hold only a title or a name ("analysis on ''Monday Night
        # Baseball''"): no words quoted, and a quotation that is a title is a noun phrase.
        kind, shape = "indirect", "noun" if shape in (None, "quote") else shape
    return (
        row_is_said(kind, shape, view.cue)
        and not (kind == "indirect" and own_request(view.text, view.cue))
        and (kind != "indirect" or has_a_source(view))
        and not view.hypothetical
        and credited(view)
        and not voiced_by_another(view.text, view.speaker)
    )


@lru_cache(maxsize=1)
def _request_verbs() -> frozenset[str]:
    return frozenset(ask_data("speech.json")["own_requests"]["verbs"])


def own_request(text: str, cue: str | None) -> bool:
    """Whether a report without quoted words is what its speaker asked to do, not words
    said: a verb of asking whose words are only an infinitive ("has asked to meet the
    council leader"; ask/data/speech.json "own_requests")."""
    words = (cue or "").lower().split()
    if not words or not text.lower().startswith("to "):
        return False
    return bool(verb_lemmas(words[0]) & _request_verbs())


def has_a_source(view: QuoteView) -> bool:
    """Whether the article names who said it: a speaker, or the words for an unnamed one."""
    return bool(view.speaker or (view.mention or "").strip())


_WORD = re.compile(r"[^\W_]+")
# Words that refer back to a person (a closed class, not an example's words).
PRONOUNS = frozenset({"he", "she", "i", "we", "they", "him", "her", "his", "their", "you", "who"})


def credited(view: QuoteView) -> bool:
    """Whether the words the article uses for the source can denote the speaker the store
    credits: a word of their name (alone: "Mr. King and Mr. Morial" are two people), a
    pronoun, their initials (a transcript's "TO:"), a title or role ("the coroner"), the
    head of the title the article gives them ("the skipper"), or a noun for a person ("the
    farmer": extract/description_refs.py). "All
    this", "Not everyone" or "Some" are no way to refer to one person, whatever a resolution
    made of them."""
    mention, name = (view.mention or "").strip(), view.speaker
    if not mention or not name or view.speaker_kind != "person":
        return True
    words = _WORD.findall(fold(mention))
    if not words:
        return True
    own = set(_WORD.findall(fold(name)))
    if any(w in own for w in words):  # two people, not a firm ("of Fenwright & Dall")
        return not re.search(r"\band\b", re.sub(r"\b(?:of|at|for)\b[^,]*", "", mention))
    if len(words) == 1 and words[0] in PRONOUNS:
        return True
    if mention.isupper() and mention == "".join(w[0] for w in name.split() if w[:1].isupper()):
        return True  # a transcript's label by initials: "TO:" for Tobias Okafor
    if words[-1] in _WORD.findall(fold(view.speaker_title or "")):
        return True  # "the skipper" for "The trawler's skipper, X": the article's own words
    return any(is_title_word(w) for w in words) or is_person_noun(words[-1])  # "the farmer"
