"""A quotation with no cue of its own after a sentence that reports someone's words goes on
with that speaker, not with whoever the report has acting inside it ("Achterberg said the
group would still seek a judicial review. 'They knew we were going to court.'": hers, not
the group's; extract/frame_candidates.py). (Fictional names.)"""

from __future__ import annotations

from spacy.language import Language

from tests.conftest import extracted_quotes, speaker_of

STORY = (
    "Council fells the Gallows Oak\n\n"
    "The county council felled the Gallows Oak at dawn on Thursday.\n\n"
    "Petra Achterberg, who chairs the Save the Oak group, said residents were "
    "heartbroken.\n\n"
    "Ben Holt, the cabinet member for highways, said the decision had been a last resort. "
    '"Engineers gave us a clear warning," he said.\n\n'
    'Achterberg said the group would still seek a judicial review. "They knew we were going '
    'to court on Friday. That is why they came in the dark."\n'
)


def test_a_quote_after_a_report_is_the_reporters_speakers(nlp: Language) -> None:
    found = extracted_quotes(nlp, STORY)
    assert speaker_of(found, "That is why they came in the dark") == "Petra Achterberg"
    assert speaker_of(found, "Engineers gave us a clear warning") == "Ben Holt"
