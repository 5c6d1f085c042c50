"""Step 5: HOG + logistic regression against the CNN at two sizes, checked against the sweep's own run_one."""
import copy

import pytest
from streamlit.testing.v1 import AppTest

from core.lecture import end_to_end
from core.lessons import learning_curves as lc
from tests.test_pages import ROOT


@pytest.fixture(scope="module")
def result():
    return end_to_end.run({}, 0)


def test_the_run_reproduces_the_sweeps_own_fits_and_quotes_the_stored_findings(result):
    data = lc.offline_digits()
    fresh = lc.run_one("hog_logreg", data, 100, 0)  # HOG computed from scratch, not from the process cache
    assert result["acc"]["hog_logreg"][0] == pytest.approx(fresh["test_acc"])
    assert result["acc"]["cnn"][0] == pytest.approx(lc.run_one("cnn", data, 100, 0)["test_acc"])
    f = lc.findings(lc.summarize(lc.load_stored()["rows"]))
    stored = result["stored"]
    assert (stored["hog_until"], stored["cnn_from"]) == (f["hog_until"], f["cnn_from"])
    assert dict(map(tuple, stored["hog_vs_cnn"])) == f["hog_vs_cnn"]
    assert result["sizes"] == list(end_to_end.SIZES) and result["test_size"] == len(data.y_test)


def with_acc(result, hog, cnn):
    out = copy.deepcopy(result)
    out["acc"] = {"hog_logreg": list(hog), "cnn": list(cnn)}
    return out


def test_the_answer_reads_the_lead_at_each_size_and_a_gap_within_the_margin_decides_nothing(result):
    tie = end_to_end.TIE
    assert end_to_end.answer(with_acc(result, (0.85, 0.95), (0.80, 0.97))) == "crossover"
    assert end_to_end.answer(with_acc(result, (0.80, 0.95), (0.85, 0.97))) == "cnn_both"
    assert end_to_end.answer(with_acc(result, (0.85, 0.97), (0.80, 0.95))) == "hog_both"
    assert end_to_end.answer(with_acc(result, (0.85, 0.95), (0.80, 0.95 + tie / 2))) is None
    assert end_to_end.answer(with_acc(result, (0.80, 0.97), (0.85, 0.95))) is None  # no choice says this
    assert end_to_end.leader(with_acc(result, (0.85, 0.95), (0.80, 0.95 + 1.5 * tie)), 1) == "cnn"


def test_the_measured_sentence_gives_both_accuracies_and_the_lead_at_each_size(result):
    text = end_to_end.measured(result, "en")
    for m in end_to_end.MODELS:
        assert all(f"{a:.1%}" in text for a in result["acc"][m])
    assert "stored sweep" in text and f"up to {result['stored']['hog_until']:,} images" in text
    text = end_to_end.measured(with_acc(result, (0.85, 0.951), (0.80, 0.955)), "en")
    assert "HOG ahead by 5.0 points" in text and "0.4 points apart" in text
    assert "the CNN ahead by" not in text.split("stored sweep")[0]


def test_the_link_opens_the_data_scale_page_with_its_settings(result):
    params = end_to_end.link(result)
    at = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=60)
    at.query_params.update({"lang": "en", **params})
    at.switch_page("app_pages/data_scale.py").run()
    assert not at.exception and not at.warning
    assert at.selectbox(key="ds:source").value == "offline" and at.select_slider(key="ds:largest").value == 2000
    assert at.slider(key="ds:seeds").value == 1
    assert at.multiselect(key="ds:models").value == ["logreg", "hog_logreg", "cnn"]
