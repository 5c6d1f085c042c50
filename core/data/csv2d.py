"""The user's own 2D points from CSV text (x1, x2, label): good rows kept, bad rows reported by number."""
from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass, field

import numpy as np
import torch

from core.data.toy2d import Dataset2D

MAX_ROWS = 5000
MAX_BYTES = 1_000_000
MAX_CLASSES = 5


@dataclass(frozen=True)
class ParsedPoints:
    x: np.ndarray  # (n, 2) float32, scaled into [-1, 1]
    labels: np.ndarray  # (n,) int64 in 0..K-1
    errors: list[tuple[int, str]] = field(default_factory=list)  # (row number, problem); rows start at 1
    scale: float = 1.0  # the coordinates were divided by this
    label_names: list[str] = field(default_factory=list)  # original label of class k

    @property
    def classes(self) -> int:
        return len(self.label_names)


class CSVError(ValueError):
    """The text as a whole cannot be used; the message says why."""


def parse_points(text: str | bytes) -> ParsedPoints:
    """Parse rows of x1, x2, label (comma, semicolon, tab or spaces); a header row is allowed."""
    if isinstance(text, bytes):
        if len(text) > MAX_BYTES:
            raise CSVError(f"the file is {len(text) / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB")
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CSVError("the file is not UTF-8 text") from None
    rows, errors, raw_labels = [], [], []
    for number, fields in enumerate(_rows(text), start=1):
        if not fields or all(not f for f in fields):
            continue
        if number == 1 and not _is_number(fields[0]):
            continue  # header
        if len(rows) >= MAX_ROWS:
            errors.append((number, f"only the first {MAX_ROWS} points are used"))
            break
        problem = _row_problem(fields)
        if problem:
            errors.append((number, problem))
            continue
        rows.append((float(fields[0]), float(fields[1])))
        raw_labels.append(_label(fields[2]))
    return _finish(rows, raw_labels, errors)


def _rows(text: str) -> list[list[str]]:
    sample = text[:2000]
    delimiter = next((d for d in (",", ";", "\t") if d in sample), None)
    if delimiter is None:
        return [line.split() for line in text.splitlines()]
    return [[f.strip() for f in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _is_number(value: str) -> bool:
    try:
        return math.isfinite(float(value))
    except ValueError:
        return False


def _row_problem(fields: list[str]) -> str:
    if len(fields) != 3:
        return f"expected 3 values (x1, x2, label), found {len(fields)}"
    for name, value in zip(("x1", "x2", "label"), fields, strict=True):
        if not _is_number(value):
            return f"{name} = {value!r} is not a finite number"
    if float(fields[2]) != int(float(fields[2])):
        return f"label {fields[2]} is not a whole number"
    return ""


def _label(value: str) -> int:
    return int(float(value))


def _finish(rows: list, raw_labels: list[int], errors: list[tuple[int, str]]) -> ParsedPoints:
    if len(rows) < 4:
        raise CSVError(f"need at least 4 valid points, found {len(rows)}"
                       + (f"; first problem: row {errors[0][0]}: {errors[0][1]}" if errors else ""))
    names = sorted(set(raw_labels))
    if not 2 <= len(names) <= MAX_CLASSES:
        raise CSVError(f"need 2 to {MAX_CLASSES} different labels, found {len(names)}")
    index = {name: k for k, name in enumerate(names)}
    x = np.asarray(rows, dtype=np.float64)
    scale = float(np.abs(x).max()) or 1.0
    return ParsedPoints((x / scale).astype(np.float32), np.array([index[v] for v in raw_labels], dtype=np.int64),
                        errors, scale, [str(n) for n in names])


def to_dataset(points: ParsedPoints, test_fraction: float = 0.3, seed: int = 0) -> Dataset2D:
    """Shuffle and split the user's points like the generated sets; test_fraction 0 keeps them all for training."""
    order = np.random.default_rng(seed).permutation(len(points.x))
    n_test = max(1, int(round(len(order) * test_fraction))) if test_fraction > 0 else 0
    x = torch.from_numpy(points.x[order])
    y = torch.from_numpy(points.labels[order])
    return Dataset2D(x[n_test:], y[n_test:], x[:n_test], y[:n_test], points.classes)
