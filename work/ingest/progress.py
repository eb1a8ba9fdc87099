"""Progress bars for long ingests and polls: on a terminal (stderr), silent otherwise."""

from __future__ import annotations

import sys
from types import TracebackType

from rich.console import Console
from rich.progress import Progress, TaskID


class Bar:
    """One bar: advance it as work is done; its total can grow as work is found."""

    def __init__(self, progress: Progress | None, task: TaskID | None) -> None:
        self._progress = progress
        self._task = task

    def advance(self, amount: int = 1) -> None:
        """Count finished work."""
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task, amount)

    @property
    def shown(self) -> bool:
        """Whether the bar is on a terminal (a no-op bar is not)."""
        return self._progress is not None and self._task is not None

    def describe(self, text: str) -> None:
        """Change the words beside the bar."""
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, description=text)

    def add_total(self, amount: int) -> None:
        """Count more work to do."""
        if self._progress is not None and self._task is not None:
            task = next(t for t in self._progress.tasks if t.id == self._task)
            self._progress.update(self._task, total=(task.total or 0) + amount)


class Bars:
    """A set of bars shown while the `with` block runs, only when stderr is a terminal."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self._progress: Progress | None = None

    def __enter__(self) -> Bars:
        if self.enabled:
            self._progress = Progress(console=Console(stderr=True), transient=True)
            self._progress.__enter__()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.__exit__(kind, value, traceback)
            self._progress = None

    def bar(self, description: str, total: int = 0) -> Bar:
        """A new bar (a no-op bar when bars are off)."""
        if self._progress is None:
            return Bar(None, None)
        return Bar(self._progress, self._progress.add_task(description, total=total))
