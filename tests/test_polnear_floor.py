"""A regression floor on a slice of PolNeAR's dev split (read from ../shared at run time,
skipped when absent; nothing of it is stored in the repository). The whole split is a
benchmark: `python -m bench.eval_quotes ../shared/corpora/polnear/dev.jsonl`."""

from __future__ import annotations

import collections
import json
from typing import Any

import pytest
from spacy.language import Language

from bench.eval_quotes import to_system
from bench.quote_errors import SCORER, load_scorer
from bot.extract_jsonl import extraction_json
from extract.pipeline import extract_doc
from tests.conftest import POLNEAR

SLICE = 20
# Floors a little under the figures on this slice when it was set (all 0.54, quoted 0.69).
FLOOR_ALL = 0.48
FLOOR_QUOTED = 0.63

pytestmark = pytest.mark.skipif(
    not (POLNEAR / "dev.jsonl").exists() or not SCORER.exists(),
    reason="PolNeAR or the shared scorer is not available",
)


def _score(nlp: Language) -> dict[str, Any]:
    scorer = load_scorer()
    lines = (POLNEAR / "dev.jsonl").read_text("utf-8").splitlines()[:SLICE]
    golds = [json.loads(line) for line in lines]
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for gold, doc in zip(golds, nlp.pipe(g["text"] for g in golds), strict=True):
        output = json.loads(extraction_json(gold["id"], extract_doc(doc), gold["text"]))
        scorer.score_article(gold, to_system(output)["quotes"], counts)
    result = {}
    for subset in ("all", "direct"):
        c = counts[subset]
        result[subset] = scorer.prf(c["full_coref_tp"], c["sys"], c["gold"])[2]
    return result


def test_speaker_and_content_f1_stay_above_the_floor(nlp: Language) -> None:
    f1 = _score(nlp)
    assert f1["all"] >= FLOOR_ALL, f1
    assert f1["direct"] >= FLOOR_QUOTED, f1
