"""The user's own points: good rows kept, each bad row reported by its number, nothing else breaks."""
import numpy as np
import pytest

from core.data import csv2d


def test_bad_rows_are_named_and_skipped():
    text = "x1,x2,label\n0.5,0.5,1\n-0.5,-0.5,0\nabc,1,0\n0.2,0.1\n0.3,0.3,1.5\n0.1,-0.9,0\n-0.4,0.9,1\n1,inf,0\n"
    parsed = csv2d.parse_points(text)
    assert len(parsed.x) == 4
    assert [row for row, _, _ in parsed.errors] == [4, 5, 6, 9]
    problems = {row: (key, values) for row, key, values in parsed.errors}
    assert problems[4] == ("csv.row_number", {"name": "x1", "value": "abc"})
    assert problems[5] == ("csv.row_fields", {"found": 2})
    assert problems[6] == ("csv.row_label", {"value": "1.5"})
    assert problems[9] == ("csv.row_number", {"name": "x2", "value": "inf"})


def test_minus_one_plus_one_labels_spaces_and_scaling():
    parsed = csv2d.parse_points("4 0 -1\n-2 2 1\n0 -4 -1\n2 2 1\n")
    assert parsed.label_names == ["-1", "1"] and parsed.labels.tolist() == [0, 1, 0, 1]
    assert parsed.scale == 4.0 and np.abs(parsed.x).max() == 1.0


def test_semicolons_and_three_classes_make_a_dataset():
    rows = "\n".join(f"{np.cos(a):.3f};{np.sin(a):.3f};{i % 3}" for i, a in enumerate(np.linspace(0, 6, 30)))
    data = csv2d.to_dataset(csv2d.parse_points(rows), test_fraction=0.2)
    assert data.n_classes == 3 and len(data.x_train) == 24 and len(data.x_test) == 6


@pytest.mark.parametrize("text, message", [
    ("1,2,0\n", "at least 4"),
    ("1,1,0\n2,2,0\n3,3,0\n4,4,0\n", "2 to 5 different labels"),
    (bytes(range(256)) * 4, "not a text file"),
    (b"0,0,0\n" * 300_000, "limit"),
])
def test_unusable_input_raises_one_clear_error(text, message):
    with pytest.raises(csv2d.CSVError, match=message):
        csv2d.parse_points(text)


EURO = "x1;x2;label\n0,2;0,8;1\n0,6;0,5;1\n-0,3;0,9;1\n-0,5;-0,4;0\n0,1;-0,7;0\n-0,8;0,1;0\n"
COMMA = "x1,x2,label\n0.2,0.8,1\n0.6,0.5,1\n-0.3,0.9,1\n-0.5,-0.4,0\n0.1,-0.7,0\n-0.8,0.1,0\n"


@pytest.mark.parametrize("raw, sep, decimal, encoding", [
    (COMMA.encode(), ",", ".", "UTF-8"),
    (EURO.encode(), ";", ",", "UTF-8"),
    (EURO.replace("x1", "x₁").encode("utf-16"), ";", ",", "UTF-16"),  # Excel's "Unicode text"
    (EURO.replace("label", "étiquette").encode("cp1252"), ";", ",", "Windows-1252"),
    (EURO.replace(";", "\t").encode(), "Tab", ",", "UTF-8"),
    (COMMA.replace("\n", "\r").encode(), ",", ".", "UTF-8"),  # CR-only line endings (classic Mac)
    (COMMA.replace("\n", "\r\n").encode("utf-8-sig"), ",", ".", "UTF-8"),  # Excel's "CSV UTF-8": BOM and CRLF
    (COMMA.replace(",", " ").encode(), "␣", ".", "UTF-8"),
    ("".join('"' + row.replace(",", '","') + '"\n' for row in COMMA.splitlines()).encode(), ",", ".", "UTF-8"),
])
def test_every_dialect_reads_the_same_six_points_and_is_named(raw, sep, decimal, encoding):
    parsed = csv2d.parse_points(raw)
    reference = csv2d.parse_points(COMMA)
    assert parsed.errors == []
    np.testing.assert_array_equal(parsed.x, reference.x)
    np.testing.assert_array_equal(parsed.labels, reference.labels)
    assert parsed.dialect.describe() == {"sep": sep, "decimal": decimal, "encoding": encoding}


def test_a_field_beyond_the_csv_modules_limit_is_one_skipped_row_not_a_crash():
    parsed = csv2d.parse_points(b"x1,x2,label\n1,2,0\n3,4,1\n5,6,0\n7,8,1\n" + b"9" * 200_000 + b"\n")
    assert len(parsed.x) == 4 and [(row, key) for row, key, _ in parsed.errors] == [(6, "table.line_too_long")]
