"""Parsing and extraction of article batches: in this process, or in worker processes.

`extract_batch` parses a batch with spaCy and extracts each article; one article that fails
never costs the others. It runs inside the pipeline's memory zone, so the strings a batch
adds to the vocabulary are freed with it and a long ingest does not grow.

`ParsePool` runs `extract_batch` in worker processes (NEWSBRIEF_PROCESSES): each loads the
model once, and sends back plain extraction records; the store stays with the parent, one
transaction per article. A worker never outlives its parent: it exits when the parent
dies, `kill -9` included, and leaves Ctrl-C to the parent. Handed an executor it did not
start (a Dask cluster's, `bot.dask_pool`), the pool sends it the same work instead: each of
that executor's processes loads the model once, with its first batch.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from records.extraction import Extraction

if TYPE_CHECKING:
    from spacy.language import Language

logger = logging.getLogger(__name__)

Outcome = Extraction | Exception
PARENT_CHECK_SECONDS = 0.5
PARSE_WORDS = 5_000  # NEWSBRIEF_BATCH_WORDS's default (work.ingest.pipeline.DEFAULT_BATCH_WORDS)


def extract_batch(
    nlp: Language, texts: Sequence[str], max_words: int = PARSE_WORDS
) -> list[Outcome]:
    """Each text's extraction, or the exception that stopped it, in order. No spaCy batch
    holds more than `max_words` words, nor a Doc more than extract.nlp.PARSE_WORDS (a longer
    article is parsed in pieces)."""
    from extract.nlp import parse_texts
    from extract.pipeline import extract_doc

    if not texts:
        return []
    with _memory_zone(nlp):
        try:
            return [extract_doc(doc) for doc in parse_texts(nlp, texts, max_words)]
        except Exception:
            logger.exception("batch extraction failed; retrying article by article")
        results: list[Outcome] = []
        for text in texts:
            try:
                results.append(extract_doc(parse_texts(nlp, [text], max_words)[0]))
            except Exception as exc:  # one bad article must not stop the batch
                results.append(exc)
        return results


def _memory_zone(nlp: Language) -> Any:
    """spaCy's memory zone (3.8+): strings interned while parsing are freed at its end."""
    from contextlib import nullcontext

    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else nullcontext()


# ---------------------------------------------------------------- worker side
_worker_nlp: Language | None = None
_worker_model: str | None = None
_load_error: Exception | None = None
_worker_words = PARSE_WORDS


def _init_worker(model: str, parent: int, max_words: int = PARSE_WORDS) -> None:
    """Runs once in each worker: ignore Ctrl-C, watch the parent, load the model (a model
    that cannot be loaded is reported with the first batch, as in one process)."""
    global _worker_nlp, _load_error, _worker_words
    _worker_words = max_words
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    from extract.nlp import load_nlp

    try:
        _worker_nlp = load_nlp(model)
    except Exception as exc:
        _load_error = exc


def _exit_with_parent(parent: int) -> None:
    """An orphaned worker (its parent killed) exits at once: it has nothing to store."""
    while True:
        if os.getppid() != parent:
            os._exit(1)
        threading.Event().wait(PARENT_CHECK_SECONDS)


def _ready() -> int:
    return os.getpid()


def _work(texts: list[str]) -> list[Extraction | str]:
    """A batch in a worker; a failure travels back as its message."""
    if _worker_nlp is None:
        raise _load_error or RuntimeError("the spaCy model is not loaded")
    return [
        r if isinstance(r, Extraction) else f"{type(r).__name__}: {r}"
        for r in extract_batch(_worker_nlp, texts, _worker_words)
    ]


_parse_lock = threading.Lock()


def _work_with(
    model: str, texts: list[str], max_words: int = PARSE_WORDS
) -> list[Extraction | str]:
    """A batch on an executor the pool did not start (a Dask worker): the model is loaded
    once per process, by the first batch; one batch at a time per process (spaCy's memory
    zone is the process's)."""
    global _worker_words
    with _parse_lock:
        _worker_words = max_words
        if _worker_nlp is None or _worker_model != model:
            preload_model(model)  # a model that cannot be loaded raises here
        return _work(texts)


def preload_model(model: str) -> None:
    """Load `model` into this process's parse cache (a Dask worker's, or the forkserver's
    its workers fork from: `bot.dask_preload`)."""
    global _worker_nlp, _worker_model
    from extract.nlp import load_nlp

    _worker_nlp = load_nlp(model)
    _worker_model = model


# ---------------------------------------------------------------- parent side
class ParsePool:
    """Worker processes that parse and extract batches of texts.

    Workers are started (and load the model) as soon as the pool is made. A batch whose
    worker died (the parser crashed, or it was killed) is retried article by article in a
    fresh pool; an article that kills a worker again is reported as failed.

    With `executor` (one this pool does not own, e.g. `distributed.Client.get_executor()`),
    `processes` is that executor's parallelism and `lost` the exceptions that mean a batch's
    worker died for good; the executor retries on its own what it can.
    """

    def __init__(
        self,
        model: str,
        processes: int,
        executor: Executor | None = None,
        lost: tuple[type[BaseException], ...] = (BrokenProcessPool,),
        max_words: int = PARSE_WORDS,
    ) -> None:
        self.model = model
        self.processes = processes
        self.max_words = max_words
        self._lost = lost
        self._given = executor
        self._executor: Executor = executor if executor is not None else self._start()

    def _start(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self.model, os.getpid(), self.max_words),
        )
        for _ in range(self.processes):  # start every worker now: models load meanwhile
            executor.submit(_ready)
        return executor

    def submit(self, texts: list[str]) -> Future[list[Extraction | str]]:
        """Queue a batch; its future holds one extraction or error message per text."""
        if self._given is not None:
            return self._given.submit(_work_with, self.model, texts, self.max_words)
        try:
            return self._executor.submit(_work, texts)
        except BrokenProcessPool:
            self._restart()
            return self._executor.submit(_work, texts)

    def results(self, future: Future[list[Extraction | str]], texts: list[str]) -> list[Outcome]:
        """The outcomes of a submitted batch, waiting for them. Raises what stopped the model
        loading (ModelNotFound, a RuntimeError), as the same ingest in one process would."""
        try:
            return [_outcome(r) for r in future.result()]
        except self._lost:
            logger.warning("a parser process died; retrying its %d articles one by one", len(texts))
        outcomes: list[Outcome] = []
        for text in texts:
            self._restart()
            try:
                outcomes.append(_outcome(self.submit([text]).result()[0]))
            except self._lost:
                outcomes.append(RuntimeError("the parser process died on this article"))
        return outcomes

    def _restart(self) -> None:
        if self._given is not None or not getattr(self._executor, "_broken", False):
            return
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._start()

    def close(self) -> None:
        """Stop the workers (queued batches are dropped); a given executor's batches are
        cancelled and the executor's owner stops it."""
        if self._given is not None:
            self._given.shutdown(wait=False)
            return
        self._executor.shutdown(wait=True, cancel_futures=True)


def _outcome(result: Extraction | str) -> Outcome:
    return result if isinstance(result, Extraction) else RuntimeError(result)
