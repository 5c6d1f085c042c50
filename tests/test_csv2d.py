"""The user's own points: good rows kept, each bad row reported by its number, nothing else breaks."""
import numpy as np
import pytest

from core.data import csv2d


def test_bad_rows_are_named_and_skipped():
    text = "x1,x2,label\n0.5,0.5,1\n-0.5,-0.5,0\nabc,1,0\n0.2,0.1\n0.3,0.3,1.5\n0.1,-0.9,0\n-0.4,0.9,1\n1,inf,0\n"
    parsed = csv2d.parse_points(text)
    assert len(parsed.x) == 4
    assert [row for row, _ in parsed.errors] == [4, 5, 6, 9]
    messages = dict(parsed.errors)
    assert "x1" in messages[4] and "3 values" in messages[5] and "whole number" in messages[6]
    assert "x2" in messages[9]


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
    (b"\xff\xfe\x00garbage", "UTF-8"),
    (b"0,0,0\n" * 300_000, "limit"),
])
def test_unusable_input_raises_one_clear_error(text, message):
    with pytest.raises(csv2d.CSVError, match=message):
        csv2d.parse_points(text)
