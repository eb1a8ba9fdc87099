"""Answers about a speaker: a person, an organisation with its people and unnamed
spokespeople, or a title holder ("what did the harbourmaster say?"), on a topic or not."""

from __future__ import annotations

from dataclasses import replace

from ask.affiliated import (
    affiliated_people,
    members_asked,
    org_asked,
    while_members,
    with_forms,
)
from ask.asking import Ask
from ask.cast_choice import cast_choice, narrows, overrides
from ask.described import described_sources, related_topic, relatives_asked
from ask.described_people import asked_words, described_people, plural_asked
from ask.described_stories import described_on_topic, in_stories_on
from ask.followups import speaker_followups
from ask.found_filters import found_held, found_members, keeping
from ask.group_voices import group_voices, named_late
from ask.intents import WHAT_DID_X_SAY
from ask.kin import not_kin
from ask.lexicon import concepts, describe, fts_query, person_singular
from ask.near_kinds import bodies_of_kind
from ask.offices import held_then, one_office
from ask.ordering import newest_first
from ask.org_forms import name_parts, other_forms, regional_arms, same_org_named
from ask.org_kinds import kind_orgs
from ask.organisations import (
    names_an_organisation,
    org_answerers,
    org_members,
    owners_asked,
    speaks_for_self,
)
from ask.people import (
    SpeakerMatch,
    title_alone,
)
from ask.person_kinds import is_person_noun
from ask.search import Found, FoundList, quotes_on_topic
from ask.speaker_topics import in_named_stories, one_concept, topic_things, with_unnamed
from ask.title_holders import holder_phrase, in_the_story, unnamed_holders
from ask.unnamed_described import unnamed_described
from ask.unsaid_words import said_concepts, without_actions
from ask.views import Answer
from common.names import fold
from extract.lexicon import load_lexicon
from storage.profiles import speaker_profile
from storage.quote_lookup import (
    count_statements_by_speakers,
    orgs_described_as,
    orgs_named_with_tail,
    quotes_by_speakers,
    unnamed_quotes_of_org_parts,
    unnamed_quotes_of_orgs,
)
from storage.quotes import QuoteRow, inside_others, named_reporters
from storage.speakers import SpeakerRow


def _names(found: SpeakerMatch) -> str:
    return ", ".join(s.name for s in found.rows[:5]) + (
        " and others" if len(found.rows) > 5 else ""
    )


def speaker_answer(ask: Ask, found: SpeakerMatch, topic: str | None, phrase: str) -> Answer:
    """The quotes of the speakers found for `phrase` (their organisation's unnamed
    spokespeople too), on `topic` if given; a message when there are none."""
    since, until = ask.bounds
    owners = owners_asked(ask.store, found.rows, phrase) if found.how == "role" else []
    if owners:  # "the developer": the body its "Developer's managing director" serves
        found = SpeakerMatch(owners, "org", found.exact)
    elif found.how == "role" and not title_alone(phrase):  # an organisation by its words
        found = SpeakerMatch(org_answerers(ask.store, found.rows, phrase), "role", found.exact)
    forms = other_forms(ask.store, phrase)  # "HBL", "Ashgrove council", "Corrie Vale"
    forms += regional_arms(ask.store, phrase, [r.name for r in found.rows if r.kind == "org"])
    if forms:  # (after the role's answerers: not those sharing only words with it)
        found = with_forms(ask.store, found, forms)
    before = found
    found = affiliated_people(ask.store, found, phrase)  # "Mirelland": its minister
    orgs = [r.name for r in found.rows if r.kind == "org"] or (
        [] if found.rows else [strip_the(phrase)]
    )
    if found is not before:
        orgs.append(strip_the(phrase))
    if found.how == "role" and not orgs and names_an_organisation(phrase):
        # "quotes from Elm Police", "the hospital trust": an organisation known through
        # its people's affiliation; its unnamed spokespeople speak for it too.
        # (those it names, when it names some: not another organisation a member moved to)
        theirs = sorted({r.org for r in found.rows if r.org})
        orgs = [o for o in theirs if same_org_named(o, [phrase])] or theirs
        orgs.append(strip_the(phrase))
    orgs += [f for f in forms if f not in orgs]
    if (
        not found.rows
        and orgs == [strip_the(phrase)]
        and not (title_alone(phrase) or holder_phrase(phrase) or speaks_for_self(phrase))
    ):
        # "the food bank", "the operator": the organisations the stories call so (a title
        # such as "the harbourmaster" is a person's, whatever place they work for; "the
        # cleaners" speak for themselves, not for the university they clean)
        orgs = (
            orgs_described_as(ask.store, orgs[0]) + orgs_named_with_tail(ask.store, orgs[0]) + orgs
        )
        if len(orgs) == 1:  # "the airline", "the drivers' union": those the stories call so
            # (or the one body of a near kind its own words fit: "the heritage charity")
            orgs = bodies_of_kind(ask.store, orgs[0], topic) + orgs
    unnamed = unnamed_quotes_of_orgs(ask.store, orgs, since=since, until=until, limit=ask.reach)
    known = {r.id for r in unnamed}  # and "A Department for Schools spokesman" (its part)
    bodies = name_parts([r.name for r in found.rows if r.kind == "org"])  # stored bodies'
    parts = unnamed_quotes_of_org_parts(
        ask.store, bodies, since=since, until=until, limit=ask.reach
    )
    unnamed += [r for r in parts if r.id not in known]
    # its unnamed voices: not those who speak for themselves ("some Elm School parents")
    unnamed = [r for r in unnamed if not speaks_for_self(r.speaker_title)]
    voices = {r.id for r in unnamed}  # they speak for their organisation
    # a person asked for by what they are, not by name ("the solicitor", "the hauliers")
    by_description = found.how == "role" and (
        title_alone(phrase)
        or holder_phrase(phrase)
        or (all(r.kind == "person" for r in found.rows) and not names_an_organisation(phrase))
    )
    if not found.rows and orgs:  # an organisation quoted only through its people
        # (not a person's relatives: "Mrs A's husband" does not speak for Mrs A)
        members = not_kin(ask.store, org_members(ask.store, orgs), orgs)
        found = SpeakerMatch(members, "org")
        people = [] if found.rows or forms else described_people(ask.store, phrase)
        if people:  # "hauliers": the named people stories describe so ("X, a haulier")
            people, orgs = _with_their_people(ask, people)
            found, by_description = SpeakerMatch(people, "name"), True
        if not found.rows and unnamed:
            return _for_their_org(_unnamed_answer(ask, unnamed, orgs[0]), voices)
    alone = title_alone(phrase)
    if not found.rows and (alone or holder_phrase(phrase)):  # "the harbourmaster", unnamed
        holders = unnamed_holders(ask.store, strip_the(phrase), since, until, ask.reach)
        if holders:
            return _unnamed_answer(ask, holders, phrase, topic)
    if not found.rows:  # "the paramedic", "Elif Demir's family": unnamed, described
        described = described_sources(ask.store, phrase, since, until, ask.reach)
        described = described or unnamed_described(ask.store, phrase, since, until, ask.reach)
        relatives = relatives_asked(ask.store, phrase)  # "Elif Demir's brother, Kerem"
        if relatives:
            found, unnamed = SpeakerMatch(relatives, "name"), unnamed + described
        elif described:
            return _unnamed_answer(ask, described, phrase, topic)
    cast = None  # "the bus driver", "the new chair": the stories' best-fitting speakers
    if found.how == "role" or by_description or not found.rows:
        titled = found.how == "role" and (alone or holder_phrase(phrase))  # a title asked
        cast = cast_choice(ask.store, found.rows, phrase, topic, (since, until), titled)
        cast = (
            None
            if found.how == "role" and not overrides(cast, found.rows, phrase, titled)
            else cast
        )
    if cast is not None and not cast.people:
        return _unnamed_answer(ask, cast.unnamed, phrase, topic)
    if cast is not None and narrows(cast, found.rows):  # the title's holders who fit best
        found = SpeakerMatch(cast.people, found.how, found.exact)
    elif cast is not None:
        people, orgs = _with_their_people(ask, cast.people)
        found, by_description = SpeakerMatch(people, "name"), True
        unnamed, alone = cast.unnamed, False
    # "the regulars": all the stories call so; "the farmers": so too, beside the body named
    # for them (the National Farmers' Alliance)
    if (by_description and plural_asked(phrase)) or (
        found.how == "role" and _people_asked(phrase, found.rows)
    ):
        more = described_people(ask.store, phrase, but=found.rows)
        found = SpeakerMatch([*found.rows, *more], found.how, found.exact) if more else found
    if by_description:  # a group's unnamed members too; a person's words before named
        unnamed += group_voices(ask.store, phrase, since, until, ask.reach, unnamed)
        unnamed += named_late(ask.store, found.rows, unnamed)
    if not found.rows:
        answer = ask.answer(WHAT_DID_X_SAY, topic, phrase, f"quotes by {phrase}")
        mentioned = speaker_profile(ask.store, None, strip_the(phrase))
        if mentioned is not None:
            count = len(mentioned["articles"])
            answer.message = (
                f"{mentioned['name']} is mentioned in {count} article(s) I have read, "
                "but not quoted."
            )
        else:
            answer.message = f"No quotes from {phrase} in the articles I have read."
        return answer
    if found.how == "role" and alone:  # "the minister": the story's minister
        match = fts_query(concepts(topic)) if topic else None
        found = in_the_story(ask.store, found, match, since, until)
    elif found.how == "role" and holder_phrase(phrase):  # "the council leader": one council's
        match = fts_query(concepts(topic)) if topic else None
        found = one_office(ask.store, found, phrase, match, since, until, topic)
    if found.how == "role" and topic and (alone or holder_phrase(phrase)):
        # and a holder never named, on the topic ("the judge said" in another case; "The
        # leader of the council came out. '...,' he said." for "the council leader")
        unnamed += unnamed_holders(ask.store, strip_the(phrase), since, until, ask.reach)
    if found.how == "role" and topic:  # and a source only described so, never named ("A
        # farmer whose fields lie upstream said ...": "the farmer" on the flood)
        unnamed += described_sources(ask.store, phrase, since, until, ask.reach)
    # an organisation asked for: its people speak for it while they belong to it
    asked = (
        [] if alone or holder_phrase(phrase) else orgs or org_asked(ask.store, found.rows, phrase)
    )
    if asked and not orgs:  # "what has Brightwell said?": its people's firm's unnamed voices
        firms = sorted({r.org for r in found.rows if r.org and same_org_named(r.org, asked)})
        spoken = unnamed_quotes_of_orgs(ask.store, firms, since=since, until=until, limit=ask.reach)
        unnamed += [
            r for r in spoken if r.id not in voices and not speaks_for_self(r.speaker_title)
        ]
        voices |= {r.id for r in spoken}
    kinds = kind_orgs(found.rows, phrase, asked)  # "the union": each union on the topic
    ids = [s.id for s in found.rows]
    names = _names(found)
    topic = related_topic(topic, found.rows)  # "his wife's death": the wife's, by name
    if topic:
        # words no story says left out: only this speaker's words can answer
        groups, unsaid = said_concepts(ask.store, concepts(topic), topic, speaker=True)
        unsaid_note = f" (no story says {describe(unsaid)})" if unsaid else ""
        answer = ask.answer(
            WHAT_DID_X_SAY, topic, names, f"quotes by {names} about {describe(groups)}{unsaid_note}"
        )
        hits = quotes_on_topic(
            ask.store,
            groups,
            speaker_ids=ids,
            since=since,
            until=until,
            stories=True,
            limit=ask.reach,
        )
        hits = ask.with_recalled(
            hits,
            lambda s, u: quotes_on_topic(
                ask.store, groups, speaker_ids=ids, since=s, until=u, stories=True, limit=ask.reach
            ),
        )
        if unnamed:  # the organisation's unnamed spokespeople on the topic too
            hits = with_unnamed(ask, hits, groups, {r.id for r in unnamed})
        if not hits and orgs and len(groups) > 1:  # "the route cuts": the story's "routes"
            hits = one_concept(ask, groups, ids, {r.id for r in unnamed})
        kept, actions = without_actions(groups) if not hits else (groups, [])
        if actions:  # "losing her dentist": their words on the dentist, in a story on it
            hits = quotes_on_topic(
                ask.store, kept, speaker_ids=ids, since=since, until=until, stories=True
            )
            answer.searched += f" (none of it says {describe(actions)})" if hits else ""
        if not hits:  # their remarks in a story whose address names the topic
            hits = in_named_stories(ask, ids, groups)
        if not hits:  # their remarks in the storyline of the stories about it
            hits = speaker_followups(ask, ids, groups)
        if not hits and by_description:  # a story's person, in the story on the topic
            hits = described_on_topic(ask, ids, groups)
        if not hits and len(groups) > 1:  # "trust in the police": their words in a story
            things = topic_things(topic, groups)  # on the police (not on its head, trust)
            hits = one_concept(ask, things, ids, {r.id for r in unnamed}) if things else hits
        if found.how == "role":  # only what they said while holding the office asked for
            hits = found_held(hits, phrase)
        hits = found_members(ask, hits, members_asked(found.rows, phrase), asked, kinds)
        ask.show(answer, _own_found(ask, hits), ranked=True)
        if not answer.quotes:
            answer.message = f"{names} {_has(found)} not been quoted about {topic}{ask.when()}."
        return _for_their_org(answer, voices)
    answer = ask.answer(WHAT_DID_X_SAY, None, names, f"quotes by {names}")
    rows = quotes_by_speakers(ask.store, ids, since=since, until=until, limit=ask.reach)
    rows += [
        f.row
        for f in ask.with_recalled(
            FoundList(),
            lambda s, u: [
                Found(r, "speaker")
                for r in quotes_by_speakers(ask.store, ids, since=s, until=u, limit=ask.reach)
            ],
        )
    ]
    if found.how == "role":  # only what they said while holding the office asked for
        rows = held_then(rows, phrase)
    rows = while_members(ask.store, rows, members_asked(found.rows, phrase), asked)
    rows = _own_words(ask, newest_first(rows + unnamed)[: ask.reach])
    ask.show(answer, [Found(r, "speaker") for r in rows], ranked=False)
    if len(rows) >= ask.reach:  # more than were read: count them all
        answer.total = count_statements_by_speakers(ask.store, ids, since=since, until=until)
    if not answer.quotes:
        answer.message = f"No quotes from {names}{ask.when()}."
    return _for_their_org(answer, voices)


def _with_their_people(ask: Ask, rows: list[SpeakerRow]) -> tuple[list[SpeakerRow], list[str]]:
    """Speakers found by a description, with the people of the organisations among them
    ("the shipyard's owner": the firm the stories call so, and its chief executive), and
    the names of those organisations."""
    orgs = [r.name for r in rows if r.kind == "org"]
    members = not_kin(ask.store, org_members(ask.store, orgs), orgs) if orgs else []
    return [*rows, *(r for r in members if r not in rows)], orgs


def _for_their_org(answer: Answer, voices: set[int]) -> Answer:
    """The organisation's unnamed spokespeople (quotes `voices`) shown under its name, as it
    speaks through them: one speaker for the organisation, however its statements were
    given ("the Legion said", "a spokesman for the Legion said"). The article's words for
    the source stay in `mention`."""
    answer.quotes = [
        replace(q, speaker=q.speaker_org) if q.id in voices and not q.speaker else q
        for q in answer.quotes
    ]
    return answer


def _own_words(ask: Ask, rows: list[QuoteRow]) -> list[QuoteRow]:
    """The quotes without unquoted words found inside another speaker's report: an
    organisation's inside anybody's ("X said the company still believed ..." is X's
    statement, not the company's), a person's inside a named speaker's ("Weaver said
    Sanders believes the ads will pay off", "Frazier said Rubio's claim that ... is false":
    what another tells of them, not their own words; also with a few quoted words: "Trump
    plans to empower ... "capital investment," Ben Carson said"). A report "according to" a source
    still gives the person's words."""
    inner = [r for r in rows if r.speaker_kind == "org" and r.kind == "indirect"]
    drop = inside_others(ask.store, inner)
    people = [r for r in rows if r.speaker_kind == "person" and r.kind != "direct"]
    phrases = load_lexicon().phrases
    for row_id, cues in named_reporters(ask.store, people).items():
        if any(fold(c).strip() not in phrases for c in cues):
            drop.add(row_id)
    return [r for r in rows if r.id not in drop] if drop else rows


def _own_found(ask: Ask, hits: FoundList) -> FoundList:
    """Topic hits without an organisation's words inside another's report (`_own_words`)."""
    return keeping(hits, {r.id for r in _own_words(ask, [f.row for f in hits])})


def _unnamed_answer(ask: Ask, rows: list[QuoteRow], who: str, topic: str | None = None) -> Answer:
    """An organisation whose only quotes are its unnamed spokespeople's, or a title holder
    never named (on the topic, when one is asked)."""
    answer = ask.answer(WHAT_DID_X_SAY, topic, who, f"quotes by {who}")
    if topic:
        since, until = ask.bounds
        keep = {r.id for r in rows}
        groups, _ = said_concepts(ask.store, concepts(topic), topic, speaker=True)
        hits = quotes_on_topic(
            ask.store, groups, since=since, until=until, stories=True, limit=ask.reach
        )
        shown = FoundList(f for f in hits if f.row.id in keep)
        kept, actions = without_actions(groups)  # "about losing her dentist": on the dentist
        for tried in (groups, kept) if actions else (groups,):
            shown = shown or in_stories_on(rows, ask, tried)  # in a story that names it
        ask.show(answer, shown, ranked=True)
        if not answer.quotes:  # said nothing on it: say so, as for a named speaker
            answer.message = (
                f"{who[:1].upper()}{who[1:]} has not been quoted about {topic}{ask.when()}."
            )
        return answer
    ask.show(answer, [Found(r, "speaker") for r in rows], ranked=False)
    return answer


def _has(found: SpeakerMatch) -> str:
    return "has" if len(found.rows) == 1 else "have"


def strip_the(phrase: str) -> str:
    """The phrase without a leading "the "."""
    return phrase[4:] if phrase.lower().startswith("the ") else phrase


def _people_asked(phrase: str, rows: list[SpeakerRow]) -> bool:
    """Whether a plural noun for people is asked ("the farmers") and a body was found by
    its words (the National Farmers' Alliance, and its people): people can be so
    described too."""
    words = asked_words(phrase)
    return (
        plural_asked(phrase)
        and is_person_noun(person_singular(words[-1]))
        and any(r.kind == "org" for r in rows)
    )
