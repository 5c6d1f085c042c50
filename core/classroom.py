"""Each visitor's progress (lecture-path predictions, quiz scores, challenges met) and the class they joined.

One SQLite file (the standard library's `sqlite3`, WAL mode) beside the runs folder holds it: an embedded
default that needs no server, safe for many sessions and processes writing at once. Everything the app keeps
about a visitor's progress goes through `Progress`, so another database can replace this one module.

A visitor is the owner id of their runs (core.runs.owner_id: a browser cookie's hash, or a logged-in user).
A display name is whatever the student typed: without `st.login` it is not an authenticated identity.
"""
from __future__ import annotations

import csv
import hmac
import io
import json
import os
import sqlite3
import time
import unicodedata
from contextlib import closing, contextmanager
from pathlib import Path

from core.i18n import SettingError

KINDS = ("lecture", "quiz", "challenge")  # what progress is made of
MAX_NAME = 40  # characters of a display name
MAX_CODE = 64  # characters of a class code
MAX_VALUE_BYTES = 16_000  # one progress entry's JSON: a verdict, a score, a challenge's evidence (numbers)
MAX_ITEM = 80  # characters of an entry's name (a step, a quiz section, a challenge)
BUSY_SECONDS = 10.0  # how long a write waits for another process's write to finish

SCHEMA = """
CREATE TABLE IF NOT EXISTS members (
    owner TEXT PRIMARY KEY,
    class_code TEXT NOT NULL,
    name TEXT NOT NULL,
    joined REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS progress (
    owner TEXT NOT NULL,
    kind TEXT NOT NULL,
    item TEXT NOT NULL,
    value TEXT NOT NULL,
    at REAL NOT NULL,
    PRIMARY KEY (owner, kind, item)
);
CREATE TABLE IF NOT EXISTS attempts (
    gate TEXT PRIMARY KEY,
    misses INTEGER NOT NULL,
    locked_until REAL NOT NULL
);
"""
LOCK_AFTER, LOCK_SECONDS = 5, 60.0  # wrong teacher passwords in a row (from any session), and the lock's length


class ClassError(SettingError):
    """A class code or a display name that cannot be used; a translation key shown in the user's language."""


def default_path() -> Path:
    """`DLC_PROGRESS_DB`, or progress.sqlite3 in the runs folder (`DLC_RUNS_DIR`, default runs/)."""
    if path := os.environ.get("DLC_PROGRESS_DB"):
        return Path(path)
    return Path(os.environ.get("DLC_RUNS_DIR") or "runs") / "progress.sqlite3"


def check_name(name: str) -> str:
    """A display name as stored: NFC, spaces collapsed, 1–MAX_NAME characters with no control or format
    characters (a bidi override would reorder the teacher's table). Raises ClassError."""
    text = " ".join(unicodedata.normalize("NFC", str(name)).split())
    if not text:
        raise ClassError("class.name_empty")
    if len(text) > MAX_NAME:
        raise ClassError("class.name_long", limit=MAX_NAME)
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") for ch in text):
        raise ClassError("class.name_odd")
    return text


def class_key(code: str) -> str:
    """A class code as stored with its members: spaces collapsed, at most MAX_CODE characters."""
    return " ".join(str(code).split())[:MAX_CODE]


def code_matches(given: str, expected: str | None) -> bool:
    """Whether a typed class code is the operator's (spaces and case ignored, compared in constant time)."""
    if not expected:
        return False
    norm = lambda s: " ".join(str(s).split()).casefold()[:MAX_CODE].encode("utf-8")  # noqa: E731
    return hmac.compare_digest(norm(given), norm(expected))


class Progress:
    """The progress database at `path` (created with its folder on first use)."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._db() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)

    @contextmanager
    def _db(self):
        """One connection per call (sqlite3 connections are not shared between threads), one transaction."""
        with closing(sqlite3.connect(self.path, timeout=BUSY_SECONDS)) as db:
            with db:
                yield db

    def join(self, owner: str, code: str, name: str) -> str:
        """Put `owner` in class `code` under display `name` (checked; joining again renames). Returns the name."""
        name = check_name(name)
        code = class_key(code)
        with self._db() as db:
            db.execute("INSERT INTO members VALUES (?, ?, ?, ?) ON CONFLICT(owner) DO UPDATE SET "
                       "class_code = excluded.class_code, name = excluded.name", (owner, code, name, time.time()))
        return name

    def locked(self, gate: str, now: float | None = None) -> float:
        """Seconds until `gate` (e.g. "teacher:<class code>") accepts attempts again; 0 when it is open. The
        count is kept here, not in a browser session, so a new tab or another replica does not reset it."""
        now = time.time() if now is None else now
        with self._db() as db:
            row = db.execute("SELECT locked_until FROM attempts WHERE gate = ?", (gate,)).fetchone()
        return max(0.0, row[0] - now) if row else 0.0

    def missed(self, gate: str, now: float | None = None) -> bool:
        """Count a wrong attempt at `gate`; the LOCK_AFTER-th in a row locks it for LOCK_SECONDS (and starts
        the count again). Returns whether this attempt locked it."""
        now = time.time() if now is None else now
        with self._db() as db:
            db.execute("INSERT INTO attempts VALUES (?, 1, 0) ON CONFLICT(gate) DO UPDATE SET misses = misses + 1",
                       (gate,))
            if db.execute("SELECT misses FROM attempts WHERE gate = ?", (gate,)).fetchone()[0] < LOCK_AFTER:
                return False
            db.execute("UPDATE attempts SET misses = 0, locked_until = ? WHERE gate = ?", (now + LOCK_SECONDS, gate))
            return True

    def passed(self, gate: str) -> None:
        """A right attempt: the count of wrong ones starts again."""
        with self._db() as db:
            db.execute("UPDATE attempts SET misses = 0 WHERE gate = ?", (gate,))

    def leave(self, owner: str) -> None:
        with self._db() as db:
            db.execute("DELETE FROM members WHERE owner = ?", (owner,))

    def member(self, owner: str) -> tuple[str, str] | None:
        """(class code, display name) of the class `owner` joined, or None."""
        with self._db() as db:
            row = db.execute("SELECT class_code, name FROM members WHERE owner = ?", (owner,)).fetchone()
        return tuple(row) if row else None

    def record(self, owner: str, kind: str, item: str, value: dict) -> None:
        """Keep `value` (JSON-able, ≤ MAX_VALUE_BYTES) as the visitor's latest entry for (kind, item).
        Raises ValueError for an unknown kind, a long item name or a value too big."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        if not item or len(item) > MAX_ITEM:
            raise ValueError(f"an item's name has 1–{MAX_ITEM} characters")
        text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        if len(text.encode("utf-8")) > MAX_VALUE_BYTES:
            raise ValueError(f"a progress entry is at most {MAX_VALUE_BYTES} bytes of JSON")
        with self._db() as db:
            db.execute("INSERT INTO progress VALUES (?, ?, ?, ?, ?) ON CONFLICT(owner, kind, item) DO UPDATE SET "
                       "value = excluded.value, at = excluded.at", (owner, kind, item, text, time.time()))

    def forget(self, owner: str, kind: str, item: str) -> None:
        with self._db() as db:
            db.execute("DELETE FROM progress WHERE owner = ? AND kind = ? AND item = ?", (owner, kind, item))

    def of(self, owner: str) -> dict[str, dict[str, dict]]:
        """The visitor's entries: {kind: {item: value}}."""
        found: dict[str, dict[str, dict]] = {}
        with self._db() as db:
            for kind, item, value in db.execute(
                    "SELECT kind, item, value FROM progress WHERE owner = ? ORDER BY kind, item", (owner,)):
                found.setdefault(kind, {})[item] = json.loads(value)
        return found

    def items(self, owner: str, kind: str) -> dict[str, dict]:
        """The visitor's entries of one kind: {item: value}."""
        return self.of(owner).get(kind, {})

    def roster(self, code: str) -> list[dict]:
        """The class `code`, one row per student: name, joined, last activity (seconds since the epoch) and
        their entries {kind: {item: value}}, in order of name."""
        with self._db() as db:
            people = db.execute("SELECT owner, name, joined FROM members WHERE class_code = ? ORDER BY name, joined",
                                (class_key(code),)).fetchall()
            rows = []
            for owner, name, joined in people:
                entries: dict[str, dict[str, dict]] = {}
                last = joined
                for kind, item, value, at in db.execute(
                        "SELECT kind, item, value, at FROM progress WHERE owner = ?", (owner,)):
                    entries.setdefault(kind, {})[item] = json.loads(value)
                    last = max(last, at)
                rows.append({"name": name, "joined": joined, "last": last, "entries": entries})
        return rows


def summary(entries: dict[str, dict[str, dict]]) -> dict[str, int]:
    """Counts a teacher reads at a glance: lecture predictions made and right, quiz points and questions,
    challenges met."""
    lecture = entries.get("lecture", {}).values()
    quiz = entries.get("quiz", {}).values()
    return {"predicted": sum(1 for v in lecture if v.get("verdict") not in (None, "none")),
            "right": sum(1 for v in lecture if v.get("verdict") == "right"),
            "quiz_points": sum(int(v.get("score", 0)) for v in quiz),
            "quiz_questions": sum(int(v.get("of", 0)) for v in quiz),
            "challenges": sum(1 for v in entries.get("challenge", {}).values() if v.get("met"))}


def roster_csv(rows: list[dict], challenges: tuple[str, ...] = (), quizzes: tuple[str, ...] = ()) -> str:
    """The class table as CSV (UTF-8 text): the counts of `summary`, then a column per challenge key ("1" when
    met) and per quiz section (points/questions). A name starting with = + - @ is quoted so a spreadsheet
    does not run it as a formula (OWASP's CSV-injection advice)."""
    out = io.StringIO()
    fields = ("name", "last_activity_utc", "predicted", "right", "quiz_points", "quiz_questions", "challenges")
    writer = csv.writer(out)
    writer.writerow([*fields, *(f"challenge {c}" for c in challenges), *(f"quiz {q}" for q in quizzes)])
    for row in rows:
        name = row["name"]
        if name[:1] in ("=", "+", "-", "@", "\t", "\r"):
            name = "'" + name
        last = time.strftime("%Y-%m-%d %H:%M", time.gmtime(row["last"]))
        counts, entries = summary(row["entries"]), row["entries"]
        met = ["1" if (entries.get("challenge", {}).get(c) or {}).get("met") else "" for c in challenges]
        scores = [cell("quiz", entries["quiz"][q]) if q in entries.get("quiz", {}) else "" for q in quizzes]
        writer.writerow([name, last, *(counts[k] for k in fields[2:]), *met, *scores])
    return out.getvalue()


MARKS = {"right": "✓", "wrong": "✗", "undecided": "?", "none": "–"}  # a lecture verdict in one character


def cell(kind: str, value: dict) -> str:
    """One entry as a table cell: a lecture verdict's mark, a quiz score "3/5", a challenge met "✓"."""
    if kind == "lecture":
        return MARKS.get(value.get("verdict"), "")
    if kind == "quiz":
        return f"{int(value.get('score', 0))}/{int(value.get('of', 0))}"
    return "✓" if value.get("met") else ""


def report_html(title: str, sections: list[tuple[str, list[str], list[list[str]]]]) -> str:
    """A printable page (UTF-8 HTML, no scripts): a title and, per section, a heading and a table (header,
    rows). Every text is escaped, so a display name or an answer shows as the characters typed."""
    from html import escape

    parts = [f"<!doctype html><meta charset='utf-8'><title>{escape(title)}</title>",
             "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1.5em}"
             "td,th{border:1px solid #999;padding:4px 8px;text-align:left}</style>", f"<h1>{escape(title)}</h1>"]
    for heading, header, rows in sections:
        parts.append(f"<h2>{escape(heading)}</h2><table><tr>"
                     + "".join(f"<th>{escape(h)}</th>" for h in header) + "</tr>")
        parts += ["<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows]
        parts.append("</table>")
    return "\n".join(parts) + "\n"
