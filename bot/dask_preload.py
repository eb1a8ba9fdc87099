"""Imported once in the forkserver a local Dask cluster's workers fork from (`bot.dask_warm`):
loads the spaCy model named in NEWSBRIEF_DASK_PRELOAD_MODEL into the parse cache of
`work.ingest.parsing`, so each forked worker starts with it. Importing this module anywhere else
loads nothing (the variable is unset). A model that cannot be loaded is left to the first
batch, which reports it as a plain ingest would; this import never fails."""

from __future__ import annotations

import logging
import os

from bot import dask_warm
from work.ingest import parsing

_model = os.environ.get(dask_warm.PRELOAD_MODEL_ENV)
if _model:
    try:
        parsing.preload_model(_model)
    except Exception:  # the first batch loads it again and says why it cannot
        logging.getLogger(__name__).debug("preloading %s failed", _model, exc_info=True)
