"""The user's own 2D points from CSV text (x1, x2, label): good rows kept, bad rows reported by number."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch

from core.data import tables
from core.data.toy2d import Dataset2D
from core.i18n import SettingError

MAX_ROWS = 5000
MAX_BYTES = 1_000_000
MAX_CLASSES = 5


@dataclass(frozen=True)
class ParsedPoints:
    x: np.ndarray  # (n, 2) float32, scaled into [-1, 1]
    labels: np.ndarray  # (n,) int64 in 0..K-1
    errors: list[tuple[int, str, dict]] = field(default_factory=list)  # (row from 1, translation key, values)
    scale: float = 1.0  # the coordinates were divided by this
    label_names: list[str] = field(default_factory=list)  # original label of class k
    dialect: tables.Dialect | None = None  # how the text was read (None: built in code)

    @property
    def classes(self) -> int:
        return len(self.label_names)


class CSVError(SettingError):
    """The text as a whole cannot be used; carries a translation key, and the rows skipped on the way."""

    def __init__(self, key: str, rows: list[tuple[int, str, dict]] | None = None, **values) -> None:
        super().__init__(key, **values)
        self.rows = rows or []


def parse_points(raw: str | bytes) -> ParsedPoints:
    """Rows of x1, x2, label in any dialect `core.data.tables` reads (a header row is allowed); raises CSVError.

    Every skipped row is reported as (row number, translation key, values); user text in the values is raw."""
    try:
        table = tables.read(raw.encode("utf-8") if isinstance(raw, str) else raw, MAX_BYTES)
    except SettingError as exc:
        raise CSVError(exc.key, **exc.values) from None
    points, raw_labels = [], []
    errors: list[tuple[int, str, dict]] = list(table.problems)
    for index, (row, fields) in enumerate(table.rows):
        if index == 0 and table.number(fields[0]) is None:
            continue  # a header
        if len(points) >= MAX_ROWS:
            errors.append((row, "csv.row_limit", {"limit": MAX_ROWS}))
            break
        problem = _row_problem(fields, table)
        if problem:
            errors.append((row, *problem))
            continue
        points.append((table.number(fields[0]), table.number(fields[1])))
        raw_labels.append(int(table.number(fields[2])))
    return _finish(points, raw_labels, sorted(errors, key=lambda e: e[0]), table.dialect)


def _row_problem(fields: list[str], table: tables.Table) -> tuple[str, dict] | None:
    if len(fields) != 3:
        return "csv.row_fields", {"found": len(fields)}
    for name, value in zip(("x1", "x2", "label"), fields, strict=True):
        if table.number(value) is None:
            return "csv.row_number", {"name": name, "value": value[:40]}
    label = table.number(fields[2])
    if label != int(label) or abs(label) > 10**9:
        return "csv.row_label", {"value": fields[2][:40]}
    return None


def _finish(rows: list, raw_labels: list[int], errors: list, dialect: tables.Dialect) -> ParsedPoints:
    if len(rows) < 4:
        raise CSVError("csv.too_few", errors, found=len(rows))
    names = sorted(set(raw_labels))
    if not 2 <= len(names) <= MAX_CLASSES:
        raise CSVError("csv.classes", limit=MAX_CLASSES, found=len(names))
    index = {name: k for k, name in enumerate(names)}
    x = np.asarray(rows, dtype=np.float64)
    scale = float(np.abs(x).max()) or 1.0
    return ParsedPoints((x / scale).astype(np.float32), np.array([index[v] for v in raw_labels], dtype=np.int64),
                        errors, scale, [str(n) for n in names], dialect)


def to_dataset(points: ParsedPoints, test_fraction: float = 0.3, seed: int = 0) -> Dataset2D:
    """Shuffle and split the user's points like the generated sets; test_fraction 0 keeps them all for training."""
    order = np.random.default_rng(seed).permutation(len(points.x))
    n_test = max(1, int(round(len(order) * test_fraction))) if test_fraction > 0 else 0
    x = torch.from_numpy(points.x[order])
    y = torch.from_numpy(points.labels[order])
    return Dataset2D(x[n_test:], y[n_test:], x[:n_test], y[:n_test], points.classes)
