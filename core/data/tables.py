"""Tables a user gives us, in the dialect they were written in: commas; semicolons with decimal commas
(Excel in most of Europe); tabs; spaces; any line endings (CR-only from old Mac software included); quoted
fields. The dialect is detected with the standard library's `csv.Sniffer` and named back to the user; every
row keeps its number, so a problem can be reported where it is.
"""
from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass

import numpy as np

from core.data import text as text_files
from core.i18n import SettingError

MAX_LINE = 10_000  # characters; longer rows are reported and skipped (csv's own limit raises at 131,072)
SNIFF = 8_192  # characters the dialect is guessed from
_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+(?:[eE][+-]?\d+)?$")
_DECIMAL_POINT = re.compile(r"^[+-]?\d*\.\d+(?:[eE][+-]?\d+)?$")


class TableError(SettingError):
    """A table that cannot be read as a whole; carries a translation key."""


@dataclass(frozen=True)
class Dialect:
    delimiter: str | None  # None: fields separated by runs of spaces
    decimal: str  # "." or ","
    encoding: str  # as the user would name it ("UTF-8", "Windows-1252", …)
    one_column: bool = False  # no separator at all

    @property
    def key(self) -> str:
        """The translation that names this dialect: "table.dialect", or "table.dialect_one" for one column."""
        return "table.dialect_one" if self.one_column else "table.dialect"

    def describe(self) -> dict[str, str]:
        """Fields for `key`: the separator and decimal mark as symbols, and the encoding."""
        names = {",": ",", ";": ";", "\t": "Tab", "|": "|", " ": "␣", None: "␣"}
        return {"sep": names[self.delimiter], "decimal": self.decimal, "encoding": self.encoding}


@dataclass(frozen=True)
class Table:
    rows: list[tuple[int, list[str]]]  # (line number from 1, stripped fields); blank lines left out
    problems: list[tuple[int, str, dict]]  # (line number, translation key, values) of lines that were skipped
    dialect: Dialect

    def number(self, field: str) -> float | None:
        """The field as a finite number in the table's decimal mark, else None (text, empty, inf, nan)."""
        return number(field, self.dialect.decimal)


def read(raw: bytes, max_bytes: int) -> Table:
    """Decode (see core.data.text), detect the dialect, split into rows; raises TextError or TableError."""
    decoded = text_files.decode(raw, max_bytes)
    lines = decoded.text.splitlines()  # \n, \r\n and a bare \r alike
    problems = [(n, "table.line_too_long", {"limit": f"{MAX_LINE:,}"}) for n, line in enumerate(lines, 1)
                if len(line) > MAX_LINE]
    kept = [("" if len(line) > MAX_LINE else line) for line in lines]
    delimiter = sniff("\n".join(kept)[:SNIFF])
    if delimiter is None:
        rows = [(n, line.split()) for n, line in enumerate(kept, 1) if line.strip()]
    else:
        rows = []
        reader = csv.reader(kept, delimiter=delimiter, quotechar='"', skipinitialspace=True)
        try:
            for fields in reader:
                if any(f.strip() for f in fields):
                    rows.append((reader.line_num, [f.strip() for f in fields]))
        except csv.Error as exc:  # an unterminated quote swallowing the rest of the file, for one
            raise TableError("table.unreadable", row=reader.line_num, detail=str(exc)[:100]) from None
    one_column = delimiter is None and all(len(fields) == 1 for _, fields in rows)
    dialect = Dialect(delimiter, _decimal(rows, delimiter), decoded.encoding_name, one_column)
    return Table(rows, problems, dialect)


def sniff(sample: str) -> str | None:
    """The separator `csv.Sniffer` finds among comma, semicolon, tab and bar; None for one column or spaces."""
    lines = [line for line in sample.splitlines()[:-1] or sample.splitlines() if line.strip()]
    try:
        found = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:  # rows of unequal length (the sniffer wants regularity), one column, or spaces
        share = {d: sum(d in line for line in lines) for d in ",;\t|"}
        best = max(share, key=share.get)
        return best if share[best] > len(lines) / 2 else None
    if found == "," and lines and len({line.count(";") for line in lines}) == 1 and ";" in lines[0]:
        return ";"  # "0,2;0,8;1" on every line: commas and semicolons are both regular, and the sniffer
        # prefers the comma; a semicolon on every line in equal numbers is European Excel's separator
    return found


def _decimal(rows: list[tuple[int, list[str]]], delimiter: str | None) -> str:
    """"," when the separator is not a comma and numbers are written 0,5 (and none 0.5); else "."."""
    if delimiter == ",":
        return "."
    fields = [f for _, row in rows[:200] for f in row]
    commas = sum(bool(_DECIMAL_COMMA.match(f)) for f in fields)
    points = sum(bool(_DECIMAL_POINT.match(f)) for f in fields)
    return "," if commas > points else "."


def number(field: str, decimal: str = ".") -> float | None:
    """A finite float written with `decimal` as its decimal mark ("0,25" with ","), else None."""
    result = _float(field, decimal)
    return result if result is not None and math.isfinite(result) else None


@dataclass(frozen=True)
class Column:
    index: int  # from 0
    name: str  # from the header row; "" when there is none
    values: np.ndarray  # (n,) float64, the finite numbers of the column in row order
    problems: list[tuple[int, str, dict]]  # (row, translation key, values): cells left out and why


def numeric_columns(table: Table, share: float = 0.9) -> list[Column]:
    """The columns whose non-empty cells are numbers (at least `share` of them), named by the header row when
    there is one. Cells that are empty, text, or not finite (inf, nan, 1e999) are
    left out and reported by row, so a series is never silently standardised into NaN."""
    if not table.rows:
        return []
    first = table.rows[0][1]
    header = any(_float(f, table.dialect.decimal) is None for f in first)
    rows = table.rows[1:] if header else table.rows
    width = max(len(fields) for _, fields in rows) if rows else 0
    found = []
    for k in range(width):
        cells = [(row, fields[k] if k < len(fields) else "") for row, fields in rows]
        written = [(row, cell) for row, cell in cells if cell]
        parsed = [(row, cell, _float(cell, table.dialect.decimal)) for row, cell in written]
        if not parsed or sum(v is not None for *_, v in parsed) < share * len(parsed):
            continue  # a text column (dates, names)
        values = []
        problems = [*table.problems, *((row, "csv.cell_empty", {}) for row, cell in cells if not cell)]
        for row, cell, value in parsed:
            if value is not None and math.isfinite(value):
                values.append(value)
            else:
                problems.append((row, "csv.cell_not_number" if value is None else "csv.cell_not_finite", {"value": cell[:40]}))
        name = first[k] if header and k < len(first) else ""
        found.append(Column(k, name[:60], np.asarray(values, np.float64), sorted(problems, key=lambda p: p[0])))
    return found


def _float(field: str, decimal: str = ".") -> float | None:
    """The field as a float, infinite and NaN included (they are numbers, only not usable ones), else None."""
    value = field.strip()
    if decimal == "," and "," in value:  # 1.234,5 → 1234.5; a value without a comma is read as written
        value = value.replace(".", "").replace(",", ".")
    try:
        return float(value)
    except ValueError:
        return None
