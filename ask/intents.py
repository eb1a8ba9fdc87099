"""What a question asks: its intent, the speaker and topic it names, and its time window.

Journalists type in a hurry: "who said what about the ceasefire", "/whosaid truce", "any
quotes on the strike this week", "what did the mayor say about the leaks?", "has Rahman
commented on the timetable", "what's Halden been saying", "Aranda on rationing", "who is
Tanvir Rahman", "brief me on the bridge", or a bare keyword. The parser is not tied to the
store: where a phrase may be a speaker or a topic ("Aranda on rationing", "tell me about
Halden", "Boateng"), it says so (`Query.maybe_speaker`) and the answer decides from what the
store holds. Anything not recognised is a keyword search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from ask.clause_verbs import doing_phrase  # "who's pointing fingers over X": no name
from ask.compare import COMPARE, compare_parts  # "compare what X and Y said about Z"
from ask.events import find_event
from ask.loose_questions import loose_reading, without_talk  # forms no pattern knows
from ask.people_news import (  # "who's in the news this week", /newsbrief people
    PEOPLE,
    people_command_topic,
    people_topic,
)
from ask.stance_denial import denial_question  # "who denied X", "who rejected claims that X"
from ask.stance_lexicon import question_pattern, question_stance, side_nouns  # "who criticised X"
from ask.when import Period, find_period, zone

MAX_QUESTION_CHARS = 500
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")

WHO_SAID_WHAT = "who_said_what"
WHAT_DID_X_SAY = "what_did_x_say"
WHO_IS = "who_is"
BRIEF = "brief"
KEYWORD = "keyword"
HELP = "help"

_ABOUT = r"(?:about|on|regarding|concerning|over|re|around|in response to|in relation to|of|to)"
ABOUT = _ABOUT  # the words that ask about a subject (ask/named_stories.py)
# Where or when it was said: "what did the coroner say at the inquest?" (at the inquest).
_AT = r"(?:at|during|in|before|after|following|outside|inside|when|while)"
AT = _AT  # the words that place what was said in an event (ask/named_stories.py)
_SPEECH = (
    r"(?:said|says|say|saying|talked|talks|talk|talking|spoke|spoken|speak|speaking|commented|"
    r"comments|comment|commenting|mentioned|mention|mentions|discussed|discuss|addressed|"
    r"address|weighed in|weigh in|reacted|react|reacting|responded|respond|responding|"
    r"remarked|stated|claimed|argued|warned|critici[sz]ed|complained|told|tell|telling|tells|"
    r"think|thinks|thought|quoted|gone on record|been quoted|spoken out|speak out|spoke out)"
)
_FILLER = (
    r"(?:\s+(?:anything|something|much|publicly|yet|so far|lately|recently|at all|out|"
    r"reporters|journalists|the press|the media|us|residents|parliament|the crowd|the council|"
    r"a news conference|a press conference|the meeting|in a statement|in public|on record))*"
)
_NOBODY = (
    r"(?:anyone|anybody|someone|somebody|people|any\s*one|everyone|everybody|any officials?|"
    r"officials|experts|sources|politicians|residents|they|others)"
)
# "anyone talk about X?": a question without its auxiliary, asked of anyone at all
_ANYONE = r"(?:anyone|anybody|any\s*one|someone|somebody|everyone|everybody)"
_WORDS = (
    r"(?:quotes?|quotations?|reactions?|comments?|statements?|remarks?|responses?|views|"
    r"opinions|soundbites?|lines|words|reaction|response)"
)
_BRIEF = (
    r"(?:brief me|brief us|brief|briefing|give me a brief(?:ing)?|catch me up|catch us up|"
    r"get me up to speed|bring me up to speed|fill me in|update me|what'?s the latest|"
    r"what is the latest|the latest|latest|latest news|what'?s new|what is new|"
    r"what'?s happening|what is happening|what'?s going on|what is going on|what happened|"
    r"what do we know|what we know|rundown|the rundown|summary|summari[sz]e|sum up|overview|"
    r"update|news|key figures|figures|numbers|facts)"
)
_STANCE = (
    r"(?:position|stance|view|views|take|line|reaction|response|comments?|statements?|quotes?|"
    r"remarks?|words|thoughts|opinion|verdict|message)"
)
# "who has been criticising X", not "who was criticised": a side taken, not one attacked.
_ACTIVE = r"(?:(?:\s+been|'s|\s+is|\s+was|\s+were|\s+are)(?=\s+(?:\w+ly\s+)?\w+ing\b))?\s+"
# A subject set before a question, after a dash or a colon ("calderbrook fire - what did the
# neighbours say?", "bin strike: who said what?"): the question is about it.
_LEAD_IN = re.compile(
    r"^(?P<lead>[^?:\-\u2013\u2014]{3,80}?)\s*(?:\s[-\u2013\u2014]+|:)\s+"
    r"(?P<rest>(?:who|what|has|have|did|does|is|are|any|anyone|anybody)\b.+)$"
)

_BACK = {"it", "this", "that", "them", "these", "those", "what", "out"}  # "who spoke out?"
_PERSONAL = re.compile(r"^what(?:'s|\s+(?:did|does|do|has|have|had))\s+(?:they|he|she|it)\b")

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (HELP, re.compile(
        r"^(?:/newsbrief\s+)?(?:help|\?|what can you do|commands|how does this work)$"
    )),
    (WHO_SAID_WHAT, re.compile(r"^/whosaid\b\s*(?P<topic>.*)$")),
    (BRIEF, re.compile(r"^/brief\b\s*(?P<subject>.*)$")),
    (BRIEF, re.compile(
        rf"^{_BRIEF}\s+(?!(?:any|all|the|some|more)?\s*{_WORDS}\b)(?:{_ABOUT}|with|for|in|at)?\s*"
        rf"(?P<subject>.+)$"
    )),
    # "who criticised the referee?", "has anyone welcomed the plan": a side taken (ask/stance.py)
    (WHO_SAID_WHAT, re.compile(
        rf"^who(?:\s+else)?(?:'s|\s+(?:has|have|had))?{_ACTIVE}(?:publicly\s+|openly\s+|also\s+)?"
        rf"(?P<stance>{question_pattern()})\s+(?P<topic>.+)$"
    )),
    # "critics of the quarry plan?", "who are the supporters of the ban": a side's people
    (WHO_SAID_WHAT, re.compile(
        rf"^(?:who\s+(?:are|were)\s+)?(?:the\s+)?(?P<stance>{side_nouns()})\s+(?P<topic>.+)$"
    )),
    (WHO_SAID_WHAT, re.compile(  # "who is against the mast?", "who was in favour of it"
        rf"^who\s+(?:is|are|was|were)\s+(?P<stance>{side_nouns(people=False)})\s+(?P<topic>.+)$"
    )),
    (WHO_SAID_WHAT, re.compile(
        rf"^(?:(?:has|have|did|does|do|is|was|were|are)\s+{_NOBODY}|{_ANYONE})"
        rf"{_ACTIVE}(?:publicly\s+|openly\s+)?(?P<stance>{question_pattern(bare=True)})\s+"
        rf"(?P<topic>.+)$"
    )),
    (WHO_SAID_WHAT, re.compile(
        rf"^who(?:\s+else)?(?:'s|\s+(?:has|have|had|is|was|were|else))?\s+(?:been\s+)?"
        rf"{_SPEECH}(?:\s+(?:what|anything|something|out))?(?:\s+{_ABOUT})?\s+(?P<topic>.+)$"
    )),
    (WHO_SAID_WHAT, re.compile(
        rf"^(?:(?:has|have|did|does|do|is|was|were|are)\s+{_NOBODY}|{_ANYONE})\s+(?:been\s+)?"
        rf"{_SPEECH}{_FILLER}(?:\s+{_ABOUT})?\s+(?P<topic>.+)$"
    )),
    (WHO_SAID_WHAT, re.compile(
        rf"^(?:what|anything)\s+(?:are|were|have|has|is|was|did|do|does)\s+{_NOBODY}\s+"
        rf"(?:been\s+)?{_SPEECH}{_FILLER}\s+{_ABOUT}\s+(?P<topic>.+)$"
    )),
    (WHO_SAID_WHAT, re.compile(
        rf"^what(?:'s|s| is| has| was| have)?\s+(?:been\s+|being\s+)*(?:said|written)\s+"
        rf"{_ABOUT}\s+(?P<topic>.+)$"
    )),
    (WHO_SAID_WHAT, re.compile(
        rf"^(?:what(?:'s|s| is| are| were| was)\s+)?(?:any|all|the|some|more|other)?\s*{_WORDS}\s+"
        rf"(?:{_ABOUT}|for|to)\s+(?P<topic>.+)$"
    )),
    (WHO_SAID_WHAT, re.compile(rf"^{_NOBODY}\s+(?:quoted\s+)?(?:{_ABOUT})\s+(?P<topic>.+)$")),
    # "Elm Rail Users - what have they said?": the speaker named first, then the question.
    (WHAT_DID_X_SAY, re.compile(
        rf"^(?P<speaker>.+?)\s*[-\u2013\u2014:]\s+what(?:'s|\s+(?:did|does|do|has|have|had))\s+"
        rf"(?:they|he|she|it)\s+(?:been\s+)?{_SPEECH}{_FILLER}"
        rf"(?:\s+(?:{_ABOUT}|{_AT})\s+(?P<topic>.+?))?{_FILLER}$"
    )),
    # "what did Dr Lindqvist tell the inquest?": whoever was told, the teller's words.
    (WHAT_DID_X_SAY, re.compile(
        rf"^(?:and\s+)?what\s+(?:did|does|has|have|had)\s+(?P<speaker>.+?)\s+(?:tell|told)\s+"
        rf"(?:(?:the|a|an|his|her|their)\s+)?[a-z'-]+(?:\s+[a-z'-]+)?"
        rf"(?:\s+{_ABOUT}\s+(?P<topic>.+))?$"
    )),
    (WHAT_DID_X_SAY, re.compile(
        rf"^(?:and\s+)?what(?:'s|\s+(?:did|does|do|has|have|had|will|would|is|are|was|were))\s+"
        rf"(?P<speaker>.+?)\s+(?:been\s+|got\s+|have\s+|had\s+)?(?:to\s+)?{_SPEECH}{_FILLER}"
        rf"(?:\s+(?:{_ABOUT}|{_AT})\s+(?P<topic>.+?))?{_FILLER}$"
    )),
    (WHAT_DID_X_SAY, re.compile(
        rf"^(?:did|has|have|does|do|is|was|were|had)\s+(?P<speaker>.+?)\s+(?:been\s+|ever\s+)?"
        rf"{_SPEECH}{_FILLER}(?:\s+(?:{_ABOUT}|{_AT})\s+(?P<topic>.+?))?{_FILLER}$"
    )),
    (WHAT_DID_X_SAY, re.compile(
        rf"^(?:any|all|the|some|more|latest|recent)?\s*(?:{_WORDS}|anything|everything|something)\s+"
        rf"(?:from|by)\s+(?P<speaker>.+?)(?:\s+{_ABOUT}\s+(?P<topic>.+))?$"
    )),
    (WHAT_DID_X_SAY, re.compile(
        rf"^what\s+(?P<speaker>.+?)\s+(?:has\s+|have\s+)?(?:said|says|told|thinks|thought|"
        rf"had to say|is saying|has been saying){_FILLER}(?:\s+{_ABOUT}\s+(?P<topic>.+))?$"
    )),
    (WHAT_DID_X_SAY, re.compile(
        r"^how\s+(?:did|has|have|does|do|is|was)\s+(?P<speaker>.+?)\s+(?:been\s+)?"
        r"(?:react|reacted|reacting|respond|responded|responding)(?:\s+to\s+(?P<topic>.+))?$"
    )),
    (WHAT_DID_X_SAY, re.compile(
        r"^where\s+(?:does|do|did|is|are)\s+(?P<speaker>.+?)\s+(?:stand|standing)\s+on\s+(?P<topic>.+)$"
    )),
    (WHAT_DID_X_SAY, re.compile(
        rf"^(?:what(?:'s|s| is| was| were| are)\s+)?(?P<speaker>.+?)(?:'s|')\s+{_STANCE}"
        rf"(?:\s+(?:{_ABOUT})\s+(?P<topic>.+))?$"
    )),
    (WHO_IS, re.compile(r"^(?:who|what)\s+(?:exactly\s+)?(?:is|was|are|were)\s+(?P<speaker>.+)$")),
    (WHO_IS, re.compile(r"^who(?:'s| s|s)\s+(?P<speaker>.+)$")),
    (WHO_IS, re.compile(r"^(?:remind me who|tell me who)\s+(?P<speaker>.+?)(?:\s+is|\s+was)?$")),
    (WHO_IS, re.compile(
        r"^(?:tell me about|tell me more about|profile|profile of|background on|bio of|bio|"
        r"biography of|info on|information on|details on|what do you know about|"
        r"what do we have on|anything(?: new| more| fresh| further)? on)\s+(?P<speaker>.+)$"
    )),
]  # fmt: skip
_LOOSE_WHO_IS = re.compile(
    r"^(?:tell me about|tell me more about|background on|info on|information on|details on|"
    r"what do you know about|what do we have on|anything(?: new| more| fresh| further)? on|"
    r"what is|what was|what are)\s"
)
_POLITE = re.compile(
    r"^(?:(?:hey|hi|hello|ok|okay|so|and|um|quick q|quick question|question|q|newsbrief|bot)"
    r"[\s,:;-]+|(?:please|pls|plz|kindly)\s+|(?:can|could|would|will) you\s+(?:please\s+)?|"
    r"(?:i need|i'd like|i would like|i want|i'm looking for|im looking for|looking for|"
    r"show me|give me|get me|find me|find|fetch|pull up|dig up|list|search for|search|"
    r"do we have|have we got|is there|are there|got)\s+|"
    r"tell me\s+(?=who |what |how |where |if |whether ))"
)
_TRAILING = re.compile(r"(?:[\s,]+(?:please|pls|thanks|thank you|thx|cheers|asap|quickly|again))+$")
_ASKING_WHETHER = re.compile(r"^(?:if|whether)\s+")
_ON_RECORD = re.compile(r"\b(?:(?:gone|go|went|been)\s+)?on (?:the )?record (?=about|on|over)")


@dataclass(frozen=True)
class Query:
    """A parsed question: intent, speaker and topic phrases, time window."""

    question: str
    intent: str
    topic: str | None = None
    speaker: str | None = None
    period: Period | None = None
    maybe_speaker: bool = False
    speakers: tuple[str, ...] = ()  # COMPARE: each speaker compared
    stance: str | None = None  # "who criticised X": the side asked for (ask/stance.py)


def clean_question(raw: str) -> str:
    """The question as text we can work with: no control characters (NUL included), one
    space between words, curly apostrophes straight, at most MAX_QUESTION_CHARS."""
    text = _CONTROL.sub(" ", raw or "")
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"\s+", " ", text).strip()
    return text[:MAX_QUESTION_CHARS]


# "who spoke for the canal trust?", "on behalf of the union about X?": whose voice was asked
_SPOKEN_FOR = re.compile(
    r"^(?:for|behalf\s+of)\s+(?P<voice>.+?)(?:\s+(?:about|over|in|on|at)\s+(?P<topic>.+))?$"
)


def spoken_for(query: Query) -> tuple[str, str | None] | None:
    """Whose spokespeople a "who spoke for X (about Y)?" question asks for, and its topic; None
    for any other question (a side taken on X is asked with a stance word)."""
    if query.intent != WHO_SAID_WHAT or query.stance or not query.topic:
        return None
    found = _SPOKEN_FOR.match(query.topic)
    return (found["voice"], found["topic"]) if found else None


def parse_question(raw: str, *, tz: str, now: datetime | None = None) -> Query:
    """Intent, speaker, topic and time window of a question (see the module docstring).

    Time words are read relative to `now` (default: the current time in `tz`, the newsroom's
    zone, which the caller passes from its settings: nothing here reads the environment)."""
    question = clean_question(raw)
    text = _normalise(question)
    if now is None:
        now = datetime.now(zone(tz))
    period, text = find_period(text, now)
    if period is None:  # "before the vote": dated from the stories when answered
        period, text = find_event(text, now.tzinfo)
    text = _normalise(text)
    lead = _LEAD_IN.match(text)  # "calderbrook fire - what did the neighbours say?"
    if lead is not None:
        led = _led_question(lead.group("lead"), lead.group("rest").rstrip("?. "), tz, now)
        if led is not None:
            return replace(led, question=question, period=led.period or period)
    people = people_topic(text)  # "who's in the news", "who has been quoted about X"
    if people is not None:
        return Query(question, PEOPLE, topic=clean_part(people), period=period)
    compared = compare_parts(text)  # "compare what X and Y said about Z"
    if compared is not None:
        (first, second), about = compared
        both = f"{first} and {second}"
        return Query(question, COMPARE, clean_part(about), both, period, speakers=(first, second))
    for intent, pattern in _PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        groups = match.groupdict()
        topic = without_talk(clean_part(groups.get("topic")))  # "in its statements": none
        speaker = clean_part(groups.get("speaker") or groups.get("subject"))
        if intent == WHAT_DID_X_SAY and speaker and re.fullmatch(_NOBODY, speaker):
            return Query(question, WHO_SAID_WHAT, topic=topic, period=period)
        if intent == BRIEF:
            return Query(question, BRIEF, topic=speaker, speaker=speaker, period=period)
        if intent == WHO_IS and speaker and doing_phrase(speaker, question):
            return Query(question, WHO_SAID_WHAT, topic=speaker, period=period)  # "who's suing"
        loose = intent == WHO_IS and bool(_LOOSE_WHO_IS.match(text))
        if intent in (WHO_SAID_WHAT, WHAT_DID_X_SAY, WHO_IS) and not (topic or speaker):
            continue
        stance = question_stance(groups.get("stance"))
        stance, topic = denial_question(groups.get("stance"), stance, topic)  # "claims that X"
        return Query(question, intent, topic, speaker, period, maybe_speaker=loose, stance=stance)
    read = loose_reading(text)  # "NHS trust statements on the closure" (ask/loose_questions.py)
    if read is not None:
        topic, speaker = clean_part(read.topic), clean_part(read.speaker)
        intent = WHAT_DID_X_SAY if read.speaker else WHO_SAID_WHAT
        return Query(question, intent, topic, speaker, period, maybe_speaker=not read.sure)
    topic = clean_part(text)
    return Query(question, KEYWORD, topic=topic, period=period, maybe_speaker=bool(topic))


def _led_question(about: str, rest: str, tz: str, now: datetime | None) -> Query | None:
    """A question set after its subject ("calderbrook fire - what did the neighbours say?"):
    about the subject when it names no topic of its own or refers back to it ("who
    criticised it?"); its own topic otherwise. None when it asks no one's words."""
    if _PERSONAL.match(rest):  # "Halden: what did she say?": the speaker set first
        return None
    inner = parse_question(rest, tz=tz, now=now)
    if inner.intent in (WHAT_DID_X_SAY, WHO_SAID_WHAT) and inner.topic:
        return replace(inner, topic=about) if inner.topic in _BACK else inner
    inner = parse_question(f"{rest} about {about}", tz=tz, now=now)
    return inner if inner.intent in (WHAT_DID_X_SAY, WHO_SAID_WHAT) else None


def parse_command(command: str, text: str, *, tz: str, now: datetime | None = None) -> Query:
    """The query of a slash command, from its name and its text, parsed once: the name gives
    the intent (`/whosaid`: who said what about the text; `/brief`: a brief on it;
    `/newsbrief people`: the people quoted most), the text its topic or subject and time
    window (read as in parse_question, relative to `now` or the current time in `tz`). The
    question shown is the command as typed. Any other command is parsed as a question."""
    command = command.strip().lower()
    question = clean_question(f"{command} {text}")
    if command not in ("/whosaid", "/brief", "/newsbrief"):
        return parse_question(question, tz=tz, now=now)
    words = _normalise(clean_question(text), whole=False)
    if now is None:
        now = datetime.now(zone(tz))
    period, words = find_period(words, now)
    if period is None:
        period, words = find_event(words, now.tzinfo)
    words = _normalise(words, whole=False)
    if command == "/whosaid":
        return Query(question, WHO_SAID_WHAT, topic=clean_part(words), period=period)
    if command == "/brief":
        subject = clean_part(words)
        return Query(question, BRIEF, topic=subject, speaker=subject, period=period)
    people = people_command_topic(words)
    if people is None:
        return Query(question, HELP, period=period)
    return Query(question, PEOPLE, topic=clean_part(people), period=period)


def _normalise(text: str, *, whole: bool = True) -> str:
    """The text lower-cased, without the mention that addresses the bot, polite openings and
    closings, or punctuation around it. Not `whole`: the text after a slash command's name,
    where only its end is trimmed (the name stands before it)."""
    text = text.lower().strip()
    if whole:
        text = re.sub(r"^(?:<@[^>]*>|@\S+)[\s,:]*", "", text)  # "@newsbrief who said ..."
    text = re.sub(r"\bwh(at|o)s\b", r"wh\1's", text)  # "whats", "whos"
    text = _ON_RECORD.sub("said ", text)  # "anyone on the record about X"
    text = _trim(text, whole)
    for _ in range(4):
        if whole:
            shorter = _TRAILING.sub("", _POLITE.sub("", text, count=1)).strip(" ?!.,;:")
            shorter = _ASKING_WHETHER.sub("", shorter)
        else:  # a space stands for the name before the text: "/whosaid please" is empty
            shorter = _trim(_TRAILING.sub("", " " + text), whole)
        if shorter == text:
            break
        text = shorter
    return text


def _trim(text: str, whole: bool) -> str:
    """Punctuation and spaces off both ends (`whole`), else off the end only."""
    return text.strip(" ?!.,;:") if whole else text.rstrip(" ?!.,;:").lstrip(" ")


_GENERIC_TAIL = re.compile(
    r"(?:\s+(?:so far|lately|recently|yet|at all|publicly|in the news|in the articles|"
    r"in the papers|in the press|these days|of late|then|now))+$"
)


def clean_part(part: str | None) -> str | None:
    """A speaker or topic phrase without surrounding punctuation and trailing filler."""
    if part is None:
        return None
    part = part.strip(" ?!.,;:\"'")
    part = _GENERIC_TAIL.sub("", part).strip(" ?!.,;:\"'")
    return part or None
