"""Sample articles loaded into a new store on first start, once."""

from __future__ import annotations

from pathlib import Path

from sources.files import iter_paths
from storage.db import Store
from storage.meta import get_meta, set_meta
from work.ingest.pipeline import Ingestor, IngestReport

SEEDED_KEY = "seeds_loaded"


def load_seeds_once(store: Store, seeds: Path, model: str, batch_size: int) -> IngestReport | None:
    """Ingest the seeds directory unless this store has loaded it before."""
    if get_meta(store, SEEDED_KEY) or not seeds.is_dir():
        return None
    report = Ingestor(store, model, batch_size).run(iter_paths([str(seeds)]))
    set_meta(store, SEEDED_KEY, str(seeds))
    return report
