"""The corrections log: who corrected what and when, applied, pending approval or rejected.

Actions:
- `hide`: a passage that is not a quote (keyed to the article's content hash and offsets);
- `reassign`: a quote given to the right speaker (hash, offsets and the speaker's key);
- `merge`: every speaker under one canonical key filed under another speaker;
- `rename`: a speaker shown under another name (a merge into a speaker of that name).
`storage.correction_apply` applies them to the quotes and speakers the store holds.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from storage.db import Store
from storage.name_keys import speaker_key

HIDE, REASSIGN, MERGE, RENAME = "hide", "reassign", "merge", "rename"
ACTIONS = (HIDE, REASSIGN, MERGE, RENAME)
APPLIED, PENDING, REJECTED = "applied", "pending", "rejected"

COLUMNS = (
    'id, action, status, content_hash, start, "end", quote_text, speaker_key, speaker_name, '
    "speaker_kind, target_key, target_name, target_kind, reason, actor, created_at, "
    "decided_by, decided_at"
)


def now_iso() -> str:
    """The current time, UTC, ISO 8601 to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Correction:
    """One logged correction."""

    id: int
    action: str
    status: str
    content_hash: str | None
    start: int | None
    end: int | None
    quote_text: str | None
    speaker_key: str | None
    speaker_name: str | None
    speaker_kind: str | None
    target_key: str | None
    target_name: str | None
    target_kind: str | None
    reason: str | None
    actor: str
    created_at: str
    decided_by: str | None
    decided_at: str | None

    def to_dict(self) -> dict[str, Any]:
        """JSON fields (`newsbrief corrections --json`)."""
        return asdict(self)

    def describe(self) -> str:
        """One line saying what the correction does."""
        quote = _short(self.quote_text)
        if self.action == HIDE:
            why = f" ({self.reason})" if self.reason else ""
            return f"hide {quote} from {self.speaker_name or 'no speaker'}{why}"
        if self.action == REASSIGN:
            return (
                f"reassign {quote} from {self.speaker_name or 'no speaker'} to {self.target_name}"
            )
        if self.action == MERGE:
            return f"merge speaker {self.speaker_name} into {self.target_name}"
        return f"rename speaker {self.speaker_name} to {self.target_name}"


def _short(text: str | None, most: int = 80) -> str:
    text = " ".join((text or "").split())
    if len(text) > most:
        text = text[: most - 1] + "\u2026"
    return f'"{text}"'


@dataclass(frozen=True)
class NewCorrection:
    """A correction to log (see the module's actions)."""

    action: str
    actor: str
    content_hash: str | None = None
    start: int | None = None
    end: int | None = None
    quote_text: str | None = None
    speaker_name: str | None = None
    speaker_kind: str | None = None
    target_name: str | None = None
    target_kind: str | None = None
    reason: str | None = None


def log_correction(store: Store, new: NewCorrection, status: str) -> Correction:
    """Log a correction with its actor and the time; `status` is APPLIED (the caller applies
    it in the same transaction) or PENDING."""
    if new.action not in ACTIONS:
        raise ValueError(f"unknown correction {new.action!r}")
    key = speaker_key(new.speaker_name, new.speaker_kind) if new.speaker_name else None
    target = speaker_key(new.target_name, new.target_kind) if new.target_name else None
    now = now_iso()
    cursor = store.db.execute(
        'INSERT INTO corrections (action, status, content_hash, start, "end", quote_text, '
        "speaker_key, speaker_name, speaker_kind, target_key, target_name, target_kind, reason, "
        "actor, created_at, decided_by, decided_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            new.action,
            status,
            new.content_hash,
            new.start,
            new.end,
            new.quote_text,
            key,
            new.speaker_name,
            new.speaker_kind,
            target,
            new.target_name,
            new.target_kind,
            new.reason,
            new.actor,
            now,
            new.actor if status == APPLIED else None,
            now if status == APPLIED else None,
        ],
    )
    found = get_correction(store, int(cursor.lastrowid or 0))
    assert found is not None
    return found


def get_correction(store: Store, correction_id: int) -> Correction | None:
    """One correction by id."""
    row = store.db.execute(
        f"SELECT {COLUMNS} FROM corrections WHERE id = ?", [correction_id]
    ).fetchone()
    return Correction(*row) if row else None


def list_corrections(store: Store, status: str | None = None) -> list[Correction]:
    """Every correction (or those with `status`), oldest first."""
    where, params = ("WHERE status = ?", [status]) if status else ("", [])
    rows = store.db.execute(f"SELECT {COLUMNS} FROM corrections {where} ORDER BY id", params)
    return [Correction(*r) for r in rows.fetchall()]


def latest_corrections(store: Store, status: str, limit: int) -> list[Correction]:
    """The newest `limit` corrections with `status`, newest first."""
    rows = store.db.execute(
        f"SELECT {COLUMNS} FROM corrections WHERE status = ? ORDER BY id DESC LIMIT ?",
        [status, limit],
    )
    return [Correction(*r) for r in rows.fetchall()]


def count_corrections(store: Store, status: str) -> int:
    """How many corrections have `status`."""
    sql = "SELECT count(*) FROM corrections WHERE status = ?"
    return int(store.db.execute(sql, [status]).fetchone()[0])


def decide(store: Store, correction_id: int, status: str, by: str) -> Correction | None:
    """Mark a pending correction applied or rejected by `by` (in the caller's transaction);
    None when it was not pending (already decided: a second click changes nothing)."""
    cursor = store.db.execute(
        "UPDATE corrections SET status = ?, decided_by = ?, decided_at = ? "
        "WHERE id = ? AND status = ?",
        [status, by, now_iso(), correction_id, PENDING],
    )
    return get_correction(store, correction_id) if cursor.rowcount == 1 else None


def weekly_counts(store: Store, weeks: int = 8, today: date | None = None) -> list[tuple[str, int]]:
    """Applied corrections per ISO week (the newsroom's error rate), the newest `weeks`
    weeks, oldest first, as ("2026-W49", count), weeks without any included."""
    today = today or datetime.now(UTC).date()
    monday = today - timedelta(days=today.weekday())
    starts = [monday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    counts = {s: 0 for s in starts}
    rows = store.db.execute(
        "SELECT COALESCE(decided_at, created_at) FROM corrections WHERE status = ? "
        "AND COALESCE(decided_at, created_at) >= ?",
        [APPLIED, starts[0].isoformat()],
    ).fetchall()
    for (when,) in rows:
        day = datetime.fromisoformat(when).date()
        start = day - timedelta(days=day.weekday())
        if start in counts:
            counts[start] += 1
    return [(f"{s.isocalendar().year}-W{s.isocalendar().week:02d}", n) for s, n in counts.items()]


@dataclass(frozen=True)
class Statement:
    """A stored statement a correction concerns: its article's content hash, its extent,
    words and speaker."""

    quote_id: int
    content_hash: str
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_kind: str | None


def statement_of(store: Store, quote_id: int) -> Statement | None:
    """The statement a quote id (any of its pieces) belongs to, or None."""
    row = store.db.execute(
        "SELECT q.article_id, q.attribution, a.content_hash FROM quotes q "
        "JOIN articles a ON a.id = q.article_id WHERE q.id = ?",
        [quote_id],
    ).fetchone()
    if row is None:
        return None
    pieces = store.db.execute(
        'SELECT start, "end", text, speaker, speaker_kind FROM quotes '
        "WHERE article_id = ? AND attribution = ? ORDER BY start, id",
        [row[0], row[1]],
    ).fetchall()
    text = " \u2026 ".join(p[2] for p in pieces)
    start, end = min(p[0] for p in pieces), max(p[1] for p in pieces)
    return Statement(quote_id, str(row[2]), start, end, text, pieces[0][3], pieces[0][4])


def speakers_with_counts(store: Store) -> list[dict[str, Any]]:
    """Every speaker with how many quotes (statement pieces) it has, most quoted first."""
    rows = store.db.execute(
        "SELECT s.id, s.name, s.kind, s.title, s.org, count(q.id) AS quotes FROM speakers s "
        "LEFT JOIN quotes q ON q.speaker_id = s.id GROUP BY s.id ORDER BY quotes DESC, s.name"
    ).fetchall()
    keys = ("id", "name", "kind", "title", "org", "quotes")
    return [dict(zip(keys, r, strict=True)) for r in rows]
